"""Compile the gazetteer layers into the on-disk index (the second stage of the data flow).

load layers → merge by id → write ``index.sqlite`` (entities, names, registries,
redirects, statistics), memory-mapped tries that later processes open in
milliseconds (``exact.marisa``: normalized name → name rows; ``keys.marisa``:
matching key → name rows; ``surfaces.marisa``: every form the text scanner
looks for; ``spellings.marisa``: the Cyrillic skeleton of each one-word
Cyrillic name of a place or region → the name, see
:func:`~toponyms.textnorm.cyrillic_skeleton`), the fuzzy block index and the
rank arrays.

The index is written to a temporary directory and renamed into place, so a
reader never sees a half-built index and two processes that build at once
both end with a complete one.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
import time
import statistics
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Iterator

from .config import Config
from .curated import CuratedLayer, entity_from_record, load_curated
from .errors import GazetteerError
from .givennames import given_names, surnames
from . import fuzzyindex
from .derive import ARABIC_COUNTRIES, ARTICLE_DROPPED_POPULATION, KEY, SURNAME, VARIANT, article_dropped, derived_forms
from .index import DUMP_MARK, GEONAMES_MARK, KEY_ENTRY, NID
from .translit import match_key, romanizations
from .layers import geonames, geonames_dump, iso
from .ranktable import RankTableWriter, importance
from .records import RecordWriter
from .model import Entity, Name
from .textnorm import OTHER_SCRIPT, cyrillic_skeleton, normalize, surface
from .textnorm import CYRILLIC as _CYRILLIC


SCHEMA_SQL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entities (
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, name TEXT NOT NULL,
    country TEXT, admin1 TEXT, lat REAL, lon REAL, population INTEGER, geonames INTEGER,
    wikidata TEXT, iso TEXT, related TEXT, layers TEXT NOT NULL);
CREATE TABLE names (
    nid INTEGER PRIMARY KEY, rid INTEGER NOT NULL, text TEXT NOT NULL, lang TEXT NOT NULL,
    type TEXT NOT NULL, scheme TEXT, used_by TEXT);
CREATE TABLE redirects (old TEXT PRIMARY KEY, new TEXT NOT NULL);
CREATE TABLE parties (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE sources (id TEXT PRIMARY KEY, data TEXT NOT NULL);
"""


#: Languages whose Cyrillic names get romanized variants, by the country of the entity.
CYRILLIC_LANGS = {"UA": ("uk", "ru"), "RU": ("ru",), "BY": ("be", "ru")}


def search_forms(ent: Entity, name: Name) -> Iterable[tuple[str, int]]:
    """Every string indexed under its matching key for ``name``: the name itself, its derived forms
    (surname, unless it is a given name; region stem; a sizeable Arab town's name without its article)
    and, for Cyrillic names of UA/RU/BY entities or of a Cyrillic language, its romanization under
    every scheme."""
    yield name.text, KEY
    for form, how in derived_forms(ent.kind, name.text):
        if how == SURNAME and form in given_names():
            continue  # Abiy Ahmed: Ahmed, his father's name and many men's, is not him alone (Mohamed Ahmed said)
        yield form, how
    if ent.kind == "place" and ent.country in ARABIC_COUNTRIES and (ent.population or 0) >= ARTICLE_DROPPED_POPULATION and (
        bare := article_dropped(name.text)
    ) and bare not in given_names() and bare not in surnames():
        yield bare, VARIANT  # not a person's name: El Asher (Tenth of Ramadan City) is no "Asher"
    if not _CYRILLIC.search(name.text):
        return
    langs = (name.lang,) if name.lang in ("ru", "uk", "be") else CYRILLIC_LANGS.get(ent.country or "", ())
    for lang in langs:
        for variant in set(romanizations(name.text, lang).values()):
            yield variant, VARIANT
            yield from ((form, VARIANT) for form, _ in derived_forms(ent.kind, variant))


def merge(base: Entity, top: Entity) -> Entity:
    """``top`` extends ``base``: its fields win where set, its names come first.

    A base name is dropped when ``top`` has the same name in the same language
    and type, and an untagged (``und``) base name is dropped when ``top`` names
    the same text in a known language: the curated record says more about it.
    """
    fields = {}
    for attr in ("name", "country", "admin1", "lat", "lon", "population", "geonames", "wikidata", "iso"):
        value = getattr(top, attr)
        fields[attr] = value if value is not None else getattr(base, attr)
    top_texts = {normalize(n.text) for n in top.names}
    seen = {(normalize(n.text), n.lang, n.type) for n in top.names}
    names = list(top.names)
    for n in base.names:
        key = (normalize(n.text), n.lang, n.type)
        if key in seen or (n.lang == "und" and key[0] in top_texts):
            continue
        seen.add(key)
        names.append(n)
    related = tuple(dict.fromkeys(base.related + top.related))
    return replace(base, id=top.id, kind=top.kind, related=related, names=tuple(names), **fields)


def _overlay(config: Config, curated: CuratedLayer) -> tuple[dict[str, tuple[Entity, str]], dict[str, str]]:
    """The ISO layer with the curated layer merged on top: id → (entity, layers), and redirects."""
    overlay: dict[str, tuple[Entity, str]] = {}
    by_iso: dict[str, str] = {}
    if config.iso:
        for ent in iso.entities():
            overlay[ent.id] = (ent, "iso")
            by_iso[ent.iso] = ent.id
    redirects: dict[str, str] = {}
    for record in curated.entities.values():
        ent = entity_from_record(record.data)
        base_id = ent.id if ent.id in overlay else by_iso.get(ent.iso or "")
        if base_id is not None:
            base, layers = overlay.pop(base_id)
            if base_id != ent.id:
                redirects[base_id] = ent.id
            overlay[ent.id] = (merge(base, ent), layers + "+curated")
        else:
            overlay[ent.id] = (ent, "curated")
        for old in record.data.get("supersedes", ()):
            redirects[old] = ent.id
    return overlay, redirects


def _base_entities(config: Config) -> Iterator[Entity]:
    if config.geonames_dump is not None:
        yield from geonames_dump.entities(config.geonames_dump)
    elif config.geonames:
        yield from geonames.entities()


def _progress(total: int | None, desc: str, enabled: bool | None):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=" entities", file=sys.stderr, disable=enabled is False or None, leave=False)


class _Writer:
    """Appends entities to the SQLite file and collects trie keys; ``close`` writes the tries."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.db = sqlite3.connect(directory / "index.sqlite")
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA_SQL)
        self.exact: list[tuple[str, bytes]] = []
        self.keys: list[tuple[str, bytes]] = []
        # Keys of names in other scripts than Latin, Greek and Cyrillic, apart: only a query in such a script
        # looks there (unidecode's skeleton of Kiowa's Arabic كيوا is Kyiv's key).
        self.script_keys: list[tuple[str, bytes]] = []
        self.surfaces: set[str] = set()  # every form the text scanner looks for
        self.spellings: set[tuple[str, str]] = set()  # (Cyrillic skeleton, one-word name) of places and regions
        self.entity_rows: list[tuple] = []
        self.rank = RankTableWriter()
        self.records = RecordWriter(directory)
        # Regions come after the places (overlay after base): their places' total
        # population stands in for their own in the importance.
        self.place_population: Counter = Counter()
        # Countries and regions without coordinates get the median of their places'.
        self.unplaced: list[tuple[int, str | None, str | None]] = []
        self.points: dict[tuple, list[tuple[float, float]]] = defaultdict(list)
        self.name_rows: list[tuple] = []
        # Each country's capital: of its places named so (main or alternate name), the most populous.
        self.capital_names = geonames.capitals()
        self.capitals: dict[str, tuple[int, str]] = {}  # country code → (population, entity id)
        self.rid = 0
        self.nid = 0
        self.stats = {"entities": Counter(), "layers": Counter(), "names_by_lang": Counter(), "usages_by_party": Counter()}

    def add(self, ent: Entity, layers: str) -> None:
        self.rid += 1
        if ent.kind == "place" and ent.population:
            self.place_population[(ent.country, ent.admin1)] += ent.population
            if (capital := self.capital_names.get(ent.country or "")) is not None and ent.population > self.capitals.get(ent.country or "", (0, ""))[0] and (
                any(name.text == capital for name in ent.names)
            ):
                self.capitals[ent.country or ""] = (ent.population, ent.id)
        curated = "curated" in layers
        # A region weighs by its places where GeoNames and ISO (US states) or a curator define it;
        # an ISO subdivision linked to GeoNames' divisions by name (layers/iso.py) gains the link,
        # not the weight: a Jamaican parish would outweigh Manchester. Nor does a county (no ISO
        # code), which shares its state's admin1 and would weigh as the whole state.
        defined = curated or (ent.iso is not None and ent.id == f"geonames:{ent.geonames}")
        weight = importance(ent, curated=curated, places_population=self.place_population.get((ent.country, ent.admin1)) if defined else None)
        self.entity_rows.append(
            (self.rid, ent.id, ent.kind, ent.name, ent.country, ent.admin1, ent.lat, ent.lon, ent.population,
             ent.geonames, ent.wikidata, ent.iso, json.dumps(list(ent.related)) if ent.related else None, layers)
        )
        self.rank.add_entity(ent.kind, ent.country, weight)
        self.records.add_entity(ent)
        if ent.lat is None and (ent.kind == "country" or (ent.kind == "region" and ent.admin1)):
            self.unplaced.append((self.rid, ent.country, ent.admin1 if ent.kind == "region" else None))
        elif ent.kind == "place" and ent.lat is not None:
            self.points[(ent.country, None)].append((ent.lat, ent.lon))
            self.points[(ent.country, ent.admin1)].append((ent.lat, ent.lon))
        self.stats["entities"][ent.kind] += 1
        self.stats["layers"][layers] += 1
        for name in ent.names:
            self.nid += 1
            if name.used_by is geonames.GEONAMES_USAGE:
                used_by = GEONAMES_MARK  # 1.2M base names share one usage: store a mark
            elif name.used_by is geonames_dump.DUMP_USAGE:
                used_by = DUMP_MARK
            else:
                used_by = json.dumps([u.to_json() for u in name.used_by], ensure_ascii=False) if name.used_by else None
            self.name_rows.append((self.nid, self.rid, name.text, name.lang, name.type, name.scheme, used_by))
            self.records.add_name(name.text, name.lang, name.type, name.scheme, used_by, ent.id)
            attested = any(u.party != "geonames" and u.until is None for u in name.used_by)  # in use today
            self.rank.add_name(self.rid, name.lang, name.type, ent.own_name(name.text), attested)
            self.exact.append((normalize(name.text), NID.pack(self.nid)))
            if ent.kind in ("place", "region") and _CYRILLIC.match(name.text) and name.text.isalpha():
                self.spellings.add((cyrillic_skeleton(name.text), name.text))
            keys = self.script_keys if OTHER_SCRIPT.search(name.text) else self.keys
            for form, how in search_forms(ent, name):
                key = match_key(form)
                if key:
                    keys.append((key, KEY_ENTRY.pack(self.nid, how)))
                    self.surfaces.add(surface(form))
            self.stats["names_by_lang"][name.lang] += 1
            for usage in name.used_by:
                self.stats["usages_by_party"][usage.party] += 1
        if len(self.name_rows) > 200_000:
            self.flush()

    def _medians(self) -> list[tuple[float, float, int]]:
        """(lat, lon, rid) for each country or region lacking coordinates whose places are known.

        The median of the places' points is an approximation of the area's own
        point, robust to outliers (Alaska for the US), and good enough to measure
        distances within a country or state.
        """
        out = []
        for rid, country, admin1 in self.unplaced:
            points = self.points.get((country, admin1))
            if points:
                out.append((statistics.median(p[0] for p in points), statistics.median(p[1] for p in points), rid))
        return out

    def flush(self) -> None:
        self.db.executemany("INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", self.entity_rows)
        self.db.executemany("INSERT INTO names VALUES (?,?,?,?,?,?,?)", self.name_rows)
        self.entity_rows.clear()
        self.name_rows.clear()

    def close(self, curated: CuratedLayer, redirects: dict[str, str], config: Config) -> None:
        import marisa_trie

        self.flush()
        medians = self._medians()
        self.db.executemany("UPDATE entities SET lat = ?, lon = ? WHERE rid = ?", medians)
        for lat, lon, rid in medians:
            self.records.set_point(rid, lat, lon)
        self.db.executemany("INSERT INTO redirects VALUES (?,?)", sorted(redirects.items()))
        parties = {p.id: p for p in curated.parties.values()}
        sources = {geonames.SOURCE.id: geonames.SOURCE, geonames.ADMIN_SOURCE.id: geonames.ADMIN_SOURCE, **curated.sources}
        if config.geonames_dump is not None:
            sources[geonames_dump.SOURCE.id] = geonames_dump.SOURCE
        self.db.executemany(
            "INSERT INTO parties VALUES (?,?)",
            [(p.id, json.dumps({"id": p.id, "label": p.label, "description": p.description, "langs": list(p.langs)}, ensure_ascii=False))
             for p in parties.values()],
        )
        self.db.executemany(
            "INSERT INTO sources VALUES (?,?)",
            [(s.id, json.dumps({"id": s.id, "title": s.title, "url": s.url, "date": s.date, "note": s.note}, ensure_ascii=False))
             for s in sources.values()],
        )
        self.db.execute("CREATE INDEX names_rid ON names (rid)")
        self.db.execute("CREATE INDEX entities_geonames ON entities (geonames)")
        stats = {
            "entities": sum(self.stats["entities"].values()),
            "names": self.nid,
            "by_kind": dict(self.stats["entities"].most_common()),
            "by_layers": dict(self.stats["layers"].most_common()),
            "names_by_lang": dict(self.stats["names_by_lang"].most_common()),
            "usages_by_party": dict(self.stats["usages_by_party"].most_common()),
            "parties": len(parties),
            "sources": len(sources),
            "redirects": len(redirects),
        }
        meta = {
            "stats": json.dumps(stats),
            "fingerprint": config.fingerprint(),
            "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            # The normalizer reads GeoNames' untagged names written in a language of their country as tagged.
            "country_languages": json.dumps({code: sorted(langs) for code, langs in sorted(geonames.country_languages().items())}),
            # and a country's capital, named alone before a verb of saying, as its government (Washington said).
            "capitals": json.dumps(sorted(entity_id for _, entity_id in self.capitals.values())),
        }
        self.db.executemany("INSERT INTO meta VALUES (?,?)", meta.items())
        self.db.commit()
        self.db.close()
        self.rank.save(self.directory)
        self.records.save()
        marisa_trie.Trie(self.surfaces).save(str(self.directory / "surfaces.marisa"))
        marisa_trie.BytesTrie(self.keys).save(str(self.directory / "keys.marisa"))
        marisa_trie.BytesTrie(self.script_keys).save(str(self.directory / "script-keys.marisa"))
        marisa_trie.BytesTrie((skeleton, name.encode()) for skeleton, name in sorted(self.spellings)).save(str(self.directory / "spellings.marisa"))
        fuzzyindex.build({key for key, _ in self.keys} | {key for key, _ in self.script_keys}, self.directory)
        marisa_trie.BytesTrie(self.exact).save(str(self.directory / "exact.marisa"))


def compile_index(config: Config, dest: Path, *, progress: bool | None = None) -> Path:
    """Build the index for ``config`` into ``dest`` (a directory) and return ``dest``.

    Raises :class:`GazetteerError` listing every problem when the curated layer
    does not validate. ``progress`` None shows a bar only on a terminal.
    """
    curated = load_curated(config.curated_dirs)
    if curated.errors:
        raise GazetteerError(curated.errors)
    if progress is None and not sys.stderr.isatty():
        # Where no bar shows (a pipe, a log, a Spark executor), say why the first call takes a while.
        print(f"toponyms: compiling the gazetteer index into {dest} (a minute or so, once per installation)", file=sys.stderr, flush=True)
    overlay, redirects = _overlay(config, curated)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f"{dest.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        writer = _Writer(tmp)
        bar = _progress(None, "compiling gazetteer", progress)
        for ent in _base_entities(config):
            layers = "geonames"
            if ent.id in overlay:
                top, top_layers = overlay.pop(ent.id)
                ent = merge(ent, top)
                layers += "+" + top_layers
            writer.add(ent, layers)
            bar.update()
        for ent, layers in overlay.values():
            writer.add(ent, layers)
            bar.update()
        bar.close()
        writer.close(curated, redirects, config)
        try:
            os.rename(tmp, dest)
        except OSError:  # another process finished first; its index is as good as ours
            if not (dest / "exact.marisa").exists():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return dest


def stale_indexes(root: Path, keep: Path) -> Iterable[Path]:
    """Index directories under ``root`` other than ``keep`` (left by older inputs)."""
    if not root.is_dir():
        return []
    return [p for p in root.iterdir() if p.is_dir() and p.name.startswith("index-") and p != keep]
