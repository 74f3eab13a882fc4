"""Compact per-name and per-entity facts for ranking, as memory-mapped numpy arrays.

Ranking a query's hits needs, for every matched name, its entity, language,
type, whether it is the entity's main name and whether a party is on record
using it today, and for every entity its kind, country and importance.
Fetching full rows from SQLite for every hit costs ~10 µs each; these
memory-mapped ``.npy`` arrays, a name's facts packed in one word, answer in
well under a microsecond per hit, and only the few winning candidates are
then read in full (:mod:`toponyms.records`). Row 0 is a dummy: name and entity ids (``nid``,
``rid``) start at 1.
"""

from __future__ import annotations

import json
import math
from array import array
from pathlib import Path
from typing import Any

import numpy as np

from .model import KINDS, NAME_TYPES, Entity

#: Share of importance given by the kind of entity.
KIND_WEIGHT = {"country": 1.0, "region": 0.75, "organization": 0.6, "person": 0.6, "place": 0.35, "feature": 0.3}


def importance(ent: Entity, *, curated: bool, places_population: int | None = None) -> float:
    """How prominent an entity is, in [0, 1]: kind, then log population, plus a bonus for curated ones.

    A region without a population of its own counts a tenth of its places'
    population (``places_population``): Georgia the US state then weighs
    about as much as Georgia the country, so that context decides, while a
    city-state region (Kyiv City) stays below its city.
    """
    population = ent.population or (places_population // 10 if ent.kind == "region" and ent.admin1 and places_population else None)
    pop = min(1.0, math.log10(population + 1) / 7.5) if population else 0.0
    # A curated feature is one the news names (the Black Sea, the Sea of Azov): it weighs as a region, where
    # GeoNames' features (streams, hills: millions of them, in a full dump) weigh least.
    kind = "region" if curated and ent.kind == "feature" else ent.kind
    return min(1.0, 0.5 * KIND_WEIGHT.get(kind, 0.3) + 0.4 * pop + (0.1 if curated else 0.0))


def place_weight(population: int) -> float:
    """The importance a place of ``population`` people is stored with here (as float32)."""
    return float(np.float32(importance(Entity("", "place", "", population=population), curated=False)))


#: A name's facts packed in one uint64, so that a hit costs one memory access:
#: (field, shift, bits). The entity's importance is a float32 column of its own.
NAME_FIELDS = (("rid", 0, 32), ("lang", 32, 16), ("type", 48, 8), ("main", 56, 1), ("attested", 57, 1))
ENTITY_FIELDS = (("kind", 0, 8), ("country", 8, 16))


def _pack(columns: dict[str, array], layout: tuple[tuple[str, int, int], ...]) -> np.ndarray:
    packed = np.zeros(len(next(iter(columns.values()))), dtype="<u8")
    for field, shift, _bits in layout:
        packed |= np.frombuffer(columns[field], dtype=columns[field].typecode).astype("<u8") << np.uint64(shift)
    return packed


def _unpack(packed: np.ndarray, layout: tuple[tuple[str, int, int], ...], field: str) -> np.ndarray:
    _, shift, bits = next(f for f in layout if f[0] == field)
    return ((packed >> np.uint64(shift)) & np.uint64((1 << bits) - 1)).astype(np.int64)


class RankTableWriter:
    """Collects the arrays while the compiler adds entities and names, in id order."""

    def __init__(self) -> None:
        self.names = {"rid": array("I", [0]), "lang": array("H", [0]), "type": array("B", [0]), "main": array("B", [0]), "attested": array("B", [0])}
        self.entities = {"kind": array("B", [0]), "country": array("H", [0])}
        self.importance = array("f", [0.0])
        self.langs: dict[str, int] = {"": 0}
        self.countries: dict[str, int] = {"": 0}

    def add_entity(self, kind: str, country: str | None, importance: float) -> None:
        self.entities["kind"].append(KINDS.index(kind))
        self.entities["country"].append(self.countries.setdefault(country or "", len(self.countries)))
        self.importance.append(importance)

    def add_name(self, rid: int, lang: str, type_: str, is_main: bool, attested: bool) -> None:
        self.names["rid"].append(rid)
        self.names["lang"].append(self.langs.setdefault(lang, len(self.langs)))
        self.names["type"].append(NAME_TYPES.index(type_))
        self.names["main"].append(is_main)
        self.names["attested"].append(attested)

    def save(self, directory: Path) -> None:
        np.save(directory / "rank-names.npy", _pack(self.names, NAME_FIELDS))
        np.save(directory / "rank-entities.npy", _pack(self.entities, ENTITY_FIELDS))
        np.save(directory / "rank-importance.npy", np.frombuffer(self.importance, dtype="<f4"))
        (directory / "rank-codes.json").write_text(json.dumps({"langs": list(self.langs), "countries": list(self.countries)}))


def _view(directory: Path, file: str) -> tuple[np.ndarray, Any]:
    """The mapped array, and a memoryview of it: indexing one item at a time is ~10x
    faster than numpy's for the handful of hits a query has."""
    column = np.asarray(np.load(directory / file, mmap_mode="r"))
    # Any: it indexes to the column's item type, int or float (typeshed says int; a compiled build checks).
    return column, memoryview(column).cast("B").cast(column.dtype.char)  # type: ignore[arg-type]


class RankTable:
    """Read side: per-hit lookups returning plain Python values for the resolver, and
    whole columns (:meth:`name_column`, :meth:`entity_column`) for statistics."""

    def __init__(self, directory: Path):
        self._names, self._name_view = _view(directory, "rank-names.npy")
        self._entities, self._entity_view = _view(directory, "rank-entities.npy")
        _, self._importance = _view(directory, "rank-importance.npy")
        codes = json.loads((directory / "rank-codes.json").read_text())
        self.langs: list[str] = codes["langs"]
        self.countries: list[str] = codes["countries"]

    def name_column(self, field: str) -> np.ndarray:
        """One fact of every name row (``"rid"``, ``"lang"``, ...) as an int64 array."""
        return _unpack(self._names, NAME_FIELDS, field)

    def entity_column(self, field: str) -> np.ndarray:
        """``"kind"`` or ``"country"`` code of every entity row as an int64 array."""
        return _unpack(self._entities, ENTITY_FIELDS, field)

    def facts(self, nids: list[int]) -> list[tuple[int, str, str, bool, bool, str, str, float]]:
        """For each name id: its entity row, language, type, is-main-name, attested (a party
        uses it today), and the entity's kind, country (or '') and importance."""
        names, entities, importance = self._name_view, self._entity_view, self._importance
        langs, countries = self.langs, self.countries
        out = []  # the shifts unroll NAME_FIELDS and ENTITY_FIELDS: this runs for every hit of every query
        for nid in nids:
            word = names[nid]
            rid = word & 0xFFFFFFFF
            ent = entities[rid]
            out.append((
                rid, langs[(word >> 32) & 0xFFFF], NAME_TYPES[(word >> 48) & 0xFF], bool(word >> 56 & 1), bool(word >> 57 & 1),
                KINDS[ent & 0xFF], countries[(ent >> 8) & 0xFFFF], importance[rid],
            ))
        return out
