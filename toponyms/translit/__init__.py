"""Cyrillic → Latin romanization under named schemes, and the matching key that folds their differences.

::

    from toponyms.translit import translit, schemes, romanizations, match_key
    translit("Артёмовск", "ru", "bgn-pcgn")      # 'Artëmovsk'
    schemes("uk")                                # ['national', 'bgn-pcgn', 'bgn-1965', ...]
    romanizations("Харків", "uk")["de"]          # 'Charkiw'
    match_key("Charkiw") == match_key("Kharkiv") # True

Recognition goes forward: the index generates every romanization of every
Cyrillic name and files it under its matching key; Latin is never turned back
into Cyrillic.
"""

import sys as _sys
import types as _types

from .detect import cyrillic_langs as cyrillic_langs
from .key import match_key as match_key
from .romanize import romanizations as romanizations
from .romanize import translit as translit
from .registry import schemes as schemes


class _CallableModule(_types.ModuleType):
    """Lets ``toponyms.translit(text, lang, scheme)`` work as the documented API while
    ``toponyms.translit`` stays the subpackage (module ``__class__`` assignment, PEP 549's
    documented alternative)."""

    def __call__(self, text: str, lang: str = "ru", scheme: str = "bgn-pcgn") -> str:
        return translit(text, lang, scheme)


_sys.modules[__name__].__class__ = _CallableModule
