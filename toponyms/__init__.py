"""toponyms: one stable id for every spelling of a place, person or organisation, and who uses which name.

The public API is small::

    from toponyms import Gazetteer
    gaz = Gazetteer.default()            # build once (cached on disk), then share across threads
    gaz.entity("geonames:713174")        # Bakhmut, with every name, language, party and date

Importing the package is light: heavy libraries load only when used.
"""

from .errors import GazetteerError as GazetteerError
from .errors import ToponymsError as ToponymsError
from .errors import UsageError as UsageError
from .gazetteer import Gazetteer as Gazetteer
from .model import Entity as Entity
from .model import Name as Name
from .model import Party as Party
from .model import Source as Source
from .model import Usage as Usage

__all__ = ["Normalizer", "match_key", "romanizations", "schemes", "translit", "variants", "Entity", "Gazetteer", "GazetteerError", "Name", "Party", "Source", "ToponymsError", "Usage", "UsageError"]


_LAZY = {"match_key", "romanizations", "schemes"}


def __getattr__(name: str):
    """Load the transliteration layer (iuliia, translitua) only when it is used.

    ``toponyms.translit`` is the subpackage itself, and it is callable:
    ``toponyms.translit("Артёмовск", "ru", "bgn-pcgn")``.
    """
    if name == "Normalizer":
        from .normalizer import Normalizer

        return Normalizer
    if name in _LAZY or name == "translit":
        import importlib

        module = importlib.import_module(".translit", __name__)
        return module if name == "translit" else getattr(module, name)
    raise AttributeError(f"module 'toponyms' has no attribute {name!r}")


def variants(name: str, lang: str | None = None, *, gazetteer: Gazetteer | None = None) -> set[str]:
    """Every spelling of ``name``: the romanizations of a Cyrillic name under every scheme, or,
    for a Latin name, the names of the entity it resolves to and their romanizations.

    ``gazetteer`` (for Latin names) defaults to :meth:`Gazetteer.default`.

    >>> sorted(variants("Бахмут", "uk"))[:3]
    ['Bachmut', 'Bahmut', 'Bajmut']
    """
    from .translit.detect import cyrillic_langs
    from .translit.variants import cyrillic_variants

    if cyrillic_langs(name):  # no gazetteer needed
        return cyrillic_variants(name, lang)
    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    return set().union(*gaz.variants(name, lang).values())
