"""Read access to a compiled index: entities, names and registries by id or by name.

Opening is cheap (the tries, rank arrays and record blobs are memory-mapped,
SQLite pages are read on demand), so a CLI call starts in a fraction of a
second. Lookups by name never touch SQLite; whole entities with all their
names, registries and redirects come from it. An :class:`Index` is safe to
share between threads: each thread gets its own read-only SQLite connection.
"""

from __future__ import annotations

import json
import os
import sqlite3
import struct
import threading
from collections import defaultdict
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .layers.geonames import GEONAMES_USAGE
from .layers.geonames_dump import DUMP_USAGE
from .model import Entity, Name, Party, Source, Usage
from .ranktable import RankTable
from .records import Records

if TYPE_CHECKING:
    from .fuzzyindex import FuzzyIndex

#: Name rows are packed as little-endian uint32 in the tries.
NID = struct.Struct("<I")
#: Key-index values: name row and how the entry was made (see :data:`toponyms.derive.HOW`).
KEY_ENTRY = struct.Struct("<IB")
#: ``names.used_by`` value standing for :data:`~toponyms.layers.geonames.GEONAMES_USAGE`.
GEONAMES_MARK = "g"
#: ``names.used_by`` value standing for :data:`~toponyms.layers.geonames_dump.DUMP_USAGE`.
DUMP_MARK = "d"

_ENTITY_COLS = "rid, id, kind, name, country, admin1, lat, lon, population, geonames, wikidata, iso, related"


def _usages(raw: str | None) -> tuple[Usage, ...]:
    if raw is None:
        return ()
    return tuple(Usage(u["party"], u.get("from"), u.get("until"), u.get("source")) for u in json.loads(raw))


class Index:
    """A compiled gazetteer on disk (``index.sqlite``, the tries, :mod:`~toponyms.ranktable`
    and :mod:`~toponyms.records` files)."""

    def __init__(self, directory: Path):
        import marisa_trie

        self.directory = Path(directory)
        self._local = threading.local()
        self.exact = marisa_trie.BytesTrie()
        self.exact.mmap(str(self.directory / "exact.marisa"))
        self.keys = marisa_trie.BytesTrie()
        self.keys.mmap(str(self.directory / "keys.marisa"))
        self.script_keys = marisa_trie.BytesTrie()  # of names in other scripts than Latin, Greek, Cyrillic
        self.script_keys.mmap(str(self.directory / "script-keys.marisa"))
        self.surfaces = marisa_trie.Trie()
        self.surfaces.mmap(str(self.directory / "surfaces.marisa"))
        self.spellings = marisa_trie.BytesTrie()
        self.spellings.mmap(str(self.directory / "spellings.marisa"))
        self.rank = RankTable(self.directory)
        self.records = Records(self.directory)
        self._fuzzy: FuzzyIndex | None = None
        self._fuzzy_lock = threading.Lock()
        self._names_of = lru_cache(maxsize=4096)(self._load_names)

    @property
    def fuzzy(self) -> FuzzyIndex:
        """The trigram block index, opened on first fuzzy query."""
        if self._fuzzy is None:
            with self._fuzzy_lock:
                if self._fuzzy is None:
                    from .fuzzyindex import FuzzyIndex

                    self._fuzzy = FuzzyIndex(self.directory)
        return self._fuzzy

    @property
    def db(self) -> sqlite3.Connection:
        """This thread's read-only connection."""
        conn, pid = getattr(self._local, "db", (None, None))
        if conn is None or pid != os.getpid():  # never use a connection inherited through fork
            uri = (self.directory / "index.sqlite").resolve().as_uri() + "?mode=ro&immutable=1"
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._local.db = (conn, os.getpid())
        return conn

    # -- by name -----------------------------------------------------------
    def exact_nids(self, norm: str) -> list[int]:
        """Name rows whose normalized text is exactly ``norm``."""
        return [nid for (nid,) in NID.iter_unpack(b"".join(self.exact.get(norm, ())))]

    def spelled(self, skeleton: str) -> list[str]:
        """The one-word Cyrillic names of places and regions whose :func:`~toponyms.textnorm.cyrillic_skeleton`
        is ``skeleton`` (Новороссийск for Новоросійськ's)."""
        return [name.decode() for name in self.spellings.get(skeleton, ())]

    @staticmethod
    def _name(text: str, lang: str, type_: str, scheme: str | None, used_by: str | None) -> Name:
        usage = GEONAMES_USAGE if used_by == GEONAMES_MARK else DUMP_USAGE if used_by == DUMP_MARK else _usages(used_by)
        return Name(text, lang, type_, scheme, usage)

    def match(self, nid: int, rid: int) -> tuple[Entity, Name]:
        """Name row ``nid`` and its entity ``rid`` (without names): a resolver winner, read without SQL."""
        return self.records.entity(rid), self._name(*self.records.name_fields(nid))

    # -- entities ----------------------------------------------------------
    def entity(self, entity_id: str, *, with_names: bool = True) -> Entity | None:
        """The entity with this id, following redirects of superseded ids; None if unknown."""
        entity_id = self.resolve_id(entity_id)
        row = self.db.execute(f"SELECT {_ENTITY_COLS} FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return self._entity(row, with_names) if row else None

    @cached_property
    def _curated(self) -> list[tuple[int, str, str]]:
        """(rid, id, kind) of the entities the curated layer defines or extends: one scan of the table."""
        return self.db.execute("SELECT rid, id, kind FROM entities WHERE layers LIKE '%curated%'").fetchall()

    @cached_property
    def curated_ids(self) -> frozenset[str]:
        """Ids of the entities the curated layer defines or extends."""
        return frozenset(entity_id for _, entity_id, _ in self._curated)

    @cached_property
    def lower_headed(self) -> dict[str, frozenset[str]]:
        """By language, the curated names of places, regions, features and organisations that open with
        a lower-case word, a capitalized one after it (French bande de Gaza, Russian сектор Газа, le groupe
        Wagner), as running text writes them: names that no capital marks the start of."""
        rids = [rid for rid, _, kind in self._curated if kind in ("place", "region", "feature", "organization")]
        rows = self.db.execute(
            f"SELECT text, lang FROM names WHERE rid IN ({','.join('?' * len(rids))}) AND text LIKE '% %' AND lang != 'und'", rids
        )
        names: dict[str, set[str]] = defaultdict(set)
        for text, lang in rows:
            if (words := text.split())[0].islower() and any(w[:1].isupper() for w in words[1:]):
                names[lang].add(text)
        return {lang: frozenset(texts) for lang, texts in names.items()}

    @cached_property
    def country_languages(self) -> dict[str, frozenset[str]]:
        """ISO 3166-1 alpha-2 code → the languages its places are named in
        (:func:`toponyms.layers.geonames.country_languages`, as compiled)."""
        return {code: frozenset(langs) for code, langs in json.loads(self.meta("country_languages") or "{}").items()}

    @cached_property
    def capital_ids(self) -> frozenset[str]:
        """Ids of the countries' capitals (:func:`toponyms.layers.geonames.capitals`, as compiled): of a
        country's places named as its GeoNames record names its capital, the most populous."""
        return frozenset(json.loads(self.meta("capitals") or "[]"))

    def resolve_id(self, entity_id: str) -> str:
        """The current id for ``entity_id`` (itself unless it was superseded)."""
        row = self.db.execute("SELECT new FROM redirects WHERE old = ?", (entity_id,)).fetchone()
        return row[0] if row else entity_id

    def _load_names(self, rid: int) -> tuple[Name, ...]:
        rows = self.db.execute("SELECT text, lang, type, scheme, used_by FROM names WHERE rid = ? ORDER BY nid", (rid,))
        return tuple(self._name(*r) for r in rows)

    def _entity(self, row, with_names: bool) -> Entity:
        rid = row[0]
        return Entity(
            id=row[1], kind=row[2], name=row[3], country=row[4], admin1=row[5], lat=row[6], lon=row[7],
            population=row[8], geonames=row[9], wikidata=row[10], iso=row[11],
            related=tuple(json.loads(row[12])) if row[12] else (),
            names=self._names_of(rid) if with_names else (),
        )

    # -- registries and metadata ------------------------------------------
    def parties(self) -> dict[str, Party]:
        out = {}
        for pid, data in self.db.execute("SELECT id, data FROM parties ORDER BY rowid"):
            d = json.loads(data)
            out[pid] = Party(d["id"], d["label"], d.get("description", ""), tuple(d.get("langs", ())))
        return out

    def sources(self) -> dict[str, Source]:
        out = {}
        for sid, data in self.db.execute("SELECT id, data FROM sources ORDER BY rowid"):
            d = json.loads(data)
            out[sid] = Source(d["id"], d["title"], d.get("url"), d.get("date"), d.get("note", ""))
        return out

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def stats(self) -> dict:
        """Counts computed when the index was compiled."""
        return json.loads(self.meta("stats") or "{}")
