"""The :class:`Gazetteer`: build once, then query from any thread.

    >>> gaz = Gazetteer.default()                       # doctest: +SKIP
    >>> gaz.entity("geonames:713174").name              # doctest: +SKIP
    'Bakhmut'

Opening a gazetteer finds the compiled index for its inputs in the cache
directory, compiling it first when the inputs changed (about a minute, with a
progress bar on a terminal).
"""

from __future__ import annotations

import fcntl
import shutil
from typing import TYPE_CHECKING

from .config import Config, cache_root
from .model import Entity, Party, Source
from .textnorm import CYRILLIC as _CYRILLIC

if TYPE_CHECKING:
    from .index import Index
    from .naming import NameUsage
    from .resolver import Candidate




class Gazetteer:
    """An immutable, thread-safe view of a compiled gazetteer."""

    def __init__(self, index: "Index", config: Config):
        from .resolver import Resolver

        self.index = index
        self.config = config
        self._resolver = Resolver(index)

    @classmethod
    def default(cls, *, progress: bool | None = None) -> "Gazetteer":
        """GeoNames + ISO + the shipped curated layer (+ ``$TOPONYMS_GAZETTEER``)."""
        return cls.load(Config.default(), progress=progress)

    @classmethod
    def load(cls, config: Config, *, rebuild: bool = False, progress: bool | None = None) -> "Gazetteer":
        """Open the index for ``config``, compiling it if it is missing, stale or ``rebuild`` is set."""
        dest = config.index_dir()
        if rebuild or not (dest / "exact.marisa").exists():
            from .build import compile_index, stale_indexes

            dest.parent.mkdir(parents=True, exist_ok=True)
            with open(dest.parent / ".build.lock", "w") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)  # one builder at a time; the others wait, then reuse
                if rebuild and dest.exists():
                    shutil.rmtree(dest)
                if not (dest / "exact.marisa").exists():
                    compile_index(config, dest, progress=progress)
                    for old in stale_indexes(cache_root(), dest):
                        shutil.rmtree(old, ignore_errors=True)
        from .index import Index

        return cls(Index(dest), config)

    def resolve(
        self,
        name: str,
        *,
        limit: int = 5,
        country: str | None = None,
        kind: str | None = None,
        lang: str | None = None,
        fuzzy: bool = True,
        keep_ties: bool = False,
    ) -> list["Candidate"]:
        """Rank the entities that ``name`` may refer to, best first (``[]`` when none).

        ``country`` (ISO alpha-2) and ``kind`` filter; ``lang`` prefers names in
        that language. Every candidate says which stored name matched and how
        (exact, variant, key or fuzzy); ``fuzzy=False`` skips the fuzzy search
        that runs when nothing else matches (running text wants no typo guesses).
        ``keep_ties`` also returns the candidates that score as high as the last of
        the ``limit`` (namesakes that rank alike, as 20 Madison Counties do), up to 40.

        >>> Gazetteer.default().resolve("Artiomovsk")[0].entity.name   # doctest: +SKIP
        'Bakhmut'
        """
        return self._resolver.resolve(name, limit=limit, country=country, kind=kind, lang=lang, fuzzy=fuzzy, keep_ties=keep_ties)

    def variants(self, name: str, lang: str | None = None) -> dict[str, set[str]]:
        """Spellings of ``name``, grouped by the entity they belong to.

        A Cyrillic ``name`` gets its romanizations under every scheme (key ``""``:
        no entity needed). A Latin ``name`` is resolved; the best entity's names
        and the romanizations of its Cyrillic names come back under its id.

        >>> "Артёмовск" in Gazetteer.default().variants("Artemovsk")["geonames:713174"]  # doctest: +SKIP
        True
        """
        from .translit.variants import cyrillic_variants

        if _CYRILLIC.search(name):
            return {"": cyrillic_variants(name, lang)}
        found = self.resolve(name, limit=1, lang=lang)
        if not found:
            return {}
        entity = self.entity(found[0].entity.id)
        assert entity is not None, found[0].entity.id  # a resolved id, from this gazetteer
        spellings: set[str] = set()
        for n in entity.names:
            spellings |= cyrillic_variants(n.text, n.lang if n.lang in ("ru", "uk", "be") else None)
        return {entity.id: spellings}

    def usage(self, entity_id: str, date: str | None = None) -> list["NameUsage"]:
        """Every name of the entity: who uses it, since and until when, on what source (see :func:`toponyms.naming.usage`)."""
        from .naming import usage

        return usage(self, entity_id, date)

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this id (or a superseded id of it), with all its names; None if unknown."""
        return self.index.entity(entity_id)

    @property
    def parties(self) -> dict[str, Party]:
        return self.index.parties()

    @property
    def sources(self) -> dict[str, Source]:
        return self.index.sources()

    def stats(self) -> dict:
        """Entity counts per kind and layer, name counts per language, usage counts per party."""
        return self.index.stats()
