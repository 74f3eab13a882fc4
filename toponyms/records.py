"""Entity and name records of a compiled index, readable by row id without SQL.

The resolver loads only its few winning candidates in full, but it does so on
every call: through SQLite that one join costs ~25 µs, half of the exact-lookup
budget (issue 5 asks for a p50 of 50 µs). Here each record is a slice of a
memory-mapped blob, located by an offsets array, so a record costs one slice,
one decode and one split (~1 µs).

Files (row 0 of each is a dummy: ids start at 1)::

    entities.rec / entities-offsets.npy   id, kind, name, country, admin1, lat, lon, population,
                                          geonames, wikidata, iso, related (JSON list)
    entities-points.json                  {rid: [lat, lon]}: the median points the compiler gives
                                          countries and regions once their places are known
    names.rec / names-offsets.npy         text, lang, type, scheme, used_by
"""

from __future__ import annotations

import json
import mmap
from array import array
from pathlib import Path

import numpy as np

from .model import Entity

#: Separates the fields of a record; the writer refuses a field containing it.
SEP = "\x1f"


def _pack(fields: tuple[str | None, ...], what: str) -> bytes:
    texts = ["" if f is None else f for f in fields]
    for text in texts:
        if SEP in text:
            raise ValueError(f"{what}: a field contains the control character U+001F: {text!r}")
    return SEP.join(texts).encode("utf-8")


class _Blob:
    """Appends records to a file, remembering where each one ends."""

    def __init__(self, path: Path):
        self.path = path
        self.file = path.open("wb")
        self.ends = array("Q", [0, 0])  # row 0 is the empty dummy record
        self.size = 0

    def append(self, record: bytes) -> None:
        self.file.write(record)
        self.size += len(record)
        self.ends.append(self.size)

    def close(self) -> None:
        self.file.close()
        np.save(self.path.with_name(self.path.stem + "-offsets.npy"), np.frombuffer(self.ends, dtype="<u8"))


class RecordWriter:
    """Written by the compiler as it adds entities and names, in id order."""

    def __init__(self, directory: Path):
        self.entities = _Blob(directory / "entities.rec")
        self.names = _Blob(directory / "names.rec")
        self.points: dict[int, tuple[float, float]] = {}
        self.directory = directory

    def add_entity(self, ent: Entity) -> None:
        related = json.dumps(list(ent.related), ensure_ascii=False) if ent.related else None
        numbers = tuple(None if v is None else repr(v) for v in (ent.lat, ent.lon, ent.population, ent.geonames))
        self.entities.append(_pack((ent.id, ent.kind, ent.name, ent.country, ent.admin1, *numbers, ent.wikidata, ent.iso, related), ent.id))

    def add_name(self, text: str, lang: str, type_: str, scheme: str | None, used_by: str | None, entity_id: str) -> None:
        self.names.append(_pack((text, lang, type_, scheme, used_by), entity_id))

    def set_point(self, rid: int, lat: float, lon: float) -> None:
        """Give entity ``rid`` a point it did not have (a country's or region's median)."""
        self.points[rid] = (lat, lon)

    def save(self) -> None:
        self.entities.close()
        self.names.close()
        (self.directory / "entities-points.json").write_text(json.dumps(self.points))


class _BlobReader:
    def __init__(self, path: Path):
        with path.open("rb") as fh:
            # mmap refuses empty files; a dummy-only blob is empty.
            self.data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) if path.stat().st_size else b""
        # A memoryview indexes to plain ints ~10x faster than a numpy (mem)map does.
        self.ends = memoryview(np.asarray(np.load(path.with_name(path.stem + "-offsets.npy"), mmap_mode="r"))).cast("B").cast("Q")  # type: ignore[arg-type]  # numpy has no Buffer stub

    def fields(self, row: int) -> list[str]:
        return self.data[self.ends[row] : self.ends[row + 1]].decode("utf-8").split(SEP)


class Records:
    """Read side; safe to share between threads (reads only)."""

    def __init__(self, directory: Path):
        self._entities = _BlobReader(directory / "entities.rec")
        self._names = _BlobReader(directory / "names.rec")
        self._points: dict[int, tuple[float, float]] = {int(rid): tuple(point) for rid, point in json.loads((directory / "entities-points.json").read_text()).items()}

    def entity(self, rid: int) -> Entity:
        """Entity row ``rid`` without its names."""
        id_, kind, name, country, admin1, lat, lon, population, geonames, wikidata, iso, related = self._entities.fields(rid)
        latitude, longitude = (float(lat), float(lon)) if lat else self._points.get(rid, (None, None))
        return Entity(  # positional: ~1 µs faster than keywords, and this runs per winner
            id_, kind, name, country or None, admin1 or None, latitude, longitude,
            int(population) if population else None, int(geonames) if geonames else None,
            wikidata or None, iso or None, tuple(json.loads(related)) if related else (),
        )

    def name_fields(self, nid: int) -> tuple[str, str, str, str | None, str | None]:
        """Name row ``nid`` as (text, lang, type, scheme, raw used_by as stored in SQLite)."""
        text, lang, type_, scheme, used_by = self._names.fields(nid)
        return text, lang, type_, scheme or None, used_by or None
