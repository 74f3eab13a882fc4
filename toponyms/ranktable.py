"""Compact per-name and per-entity facts for ranking, as memory-mapped numpy arrays.

Ranking a query's hits needs, for every matched name, its entity, language,
type, whether it is the entity's main name and whether a party is on record
using it today, and for every entity its kind,
country and importance. Fetching full rows from SQLite for every hit costs
~10 µs each; these arrays answer the same in a vectorized lookup, and only the
few winning candidates are then read in full. Row 0 is a dummy: name and
entity ids (``nid``, ``rid``) start at 1.
"""

from __future__ import annotations

import json
from array import array
from pathlib import Path

import numpy as np

from .model import KINDS, NAME_TYPES

NAME_DTYPE = np.dtype([("rid", "<i4"), ("lang", "<u2"), ("type", "u1"), ("main", "u1"), ("attested", "u1")])
ENTITY_DTYPE = np.dtype([("kind", "u1"), ("country", "<u2"), ("importance", "<f4")])


class RankTableWriter:
    """Collects the arrays while the compiler adds entities and names, in id order."""

    def __init__(self) -> None:
        self.name_rid = array("i", [0])
        self.name_lang = array("H", [0])
        self.name_type = array("B", [0])
        self.name_main = array("B", [0])
        self.name_attested = array("B", [0])
        self.ent_kind = array("B", [0])
        self.ent_country = array("H", [0])
        self.ent_importance = array("f", [0.0])
        self.langs: dict[str, int] = {"": 0}
        self.countries: dict[str, int] = {"": 0}

    def add_entity(self, kind: str, country: str | None, importance: float) -> None:
        self.ent_kind.append(KINDS.index(kind))
        self.ent_country.append(self.countries.setdefault(country or "", len(self.countries)))
        self.ent_importance.append(importance)

    def add_name(self, rid: int, lang: str, type_: str, is_main: bool, attested: bool) -> None:
        self.name_rid.append(rid)
        self.name_lang.append(self.langs.setdefault(lang, len(self.langs)))
        self.name_type.append(NAME_TYPES.index(type_))
        self.name_main.append(is_main)
        self.name_attested.append(attested)

    def save(self, directory: Path) -> None:
        names = np.empty(len(self.name_rid), dtype=NAME_DTYPE)
        for field in NAME_DTYPE.names:
            names[field] = getattr(self, f"name_{field}")
        entities = np.empty(len(self.ent_kind), dtype=ENTITY_DTYPE)
        for field in ENTITY_DTYPE.names:
            entities[field] = getattr(self, f"ent_{field}")
        np.save(directory / "rank-names.npy", names)
        np.save(directory / "rank-entities.npy", entities)
        (directory / "rank-codes.json").write_text(json.dumps({"langs": list(self.langs), "countries": list(self.countries)}))


class RankTable:
    """Read side: batch lookups returning plain Python lists."""

    def __init__(self, directory: Path):
        # Plain ndarray views of the mapped files: np.memmap's own indexing is ~3x slower.
        self.name_rows = np.asarray(np.load(directory / "rank-names.npy", mmap_mode="r"))
        self.entity_rows = np.asarray(np.load(directory / "rank-entities.npy", mmap_mode="r"))
        codes = json.loads((directory / "rank-codes.json").read_text())
        self.langs: list[str] = codes["langs"]
        self.countries: list[str] = codes["countries"]

    def names(self, nids: list[int]) -> list[tuple[int, str, str, bool, bool]]:
        """For each name id: (entity row, language, type, is-main-name, attested: a party uses it today)."""
        langs = self.langs
        return [(rid, langs[lang], NAME_TYPES[type_], bool(main), bool(att)) for rid, lang, type_, main, att in self.name_rows[nids].tolist()]

    def entities(self, rids: list[int]) -> list[tuple[str, str, float]]:
        """For each entity row: (kind, country or '', importance)."""
        countries = self.countries
        return [(KINDS[kind], countries[country], imp) for kind, country, imp in self.entity_rows[rids].tolist()]
