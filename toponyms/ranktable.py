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

_FILES = ("name_rid", "name_lang", "name_type", "name_main", "name_attested", "ent_kind", "ent_country", "ent_importance")


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
        dtypes = {"i": np.int32, "H": np.uint16, "B": np.uint8, "f": np.float32}
        for name in _FILES:
            arr = getattr(self, name)
            np.save(directory / f"rank-{name}.npy", np.frombuffer(arr, dtype=dtypes[arr.typecode]))
        (directory / "rank-codes.json").write_text(json.dumps({"langs": list(self.langs), "countries": list(self.countries)}))


class RankTable:
    """Read side: batch lookups returning plain Python lists."""

    def __init__(self, directory: Path):
        for name in _FILES:
            # A plain ndarray view of the mapped file: np.memmap's own indexing is ~3x slower.
            setattr(self, name, np.asarray(np.load(directory / f"rank-{name}.npy", mmap_mode="r")))
        codes = json.loads((directory / "rank-codes.json").read_text())
        self.langs: list[str] = codes["langs"]
        self.countries: list[str] = codes["countries"]

    def names(self, nids: list[int]) -> tuple[list[int], list[str], list[str], list[bool], list[bool]]:
        """For each name id: entity row, language, type, is-main-name, attested (a party is on record using it)."""
        idx = np.asarray(nids, dtype=np.int64)
        langs = self.langs
        return (
            self.name_rid[idx].tolist(),
            [langs[i] for i in self.name_lang[idx].tolist()],
            [NAME_TYPES[i] for i in self.name_type[idx].tolist()],
            [bool(b) for b in self.name_main[idx].tolist()],
            [bool(b) for b in self.name_attested[idx].tolist()],
        )

    def entities(self, rids: list[int]) -> tuple[list[str], list[str], list[float]]:
        """For each entity row: kind, country ('' when none), importance."""
        idx = np.asarray(rids, dtype=np.int64)
        countries = self.countries
        return (
            [KINDS[i] for i in self.ent_kind[idx].tolist()],
            [countries[i] for i in self.ent_country[idx].tolist()],
            self.ent_importance[idx].tolist(),
        )
