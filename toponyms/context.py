"""Choose one entity per mention using the whole document (the resolve-in-context stage).

A plain ``Moscow`` in a story about Russia is Moscow, Russia; ``Moscow, Idaho``
is not; ``Alexandria`` next to ``Louisiana`` is Alexandria, Louisiana. Each
mention arrives with its context-free candidates from the resolver; this
module scores them again with what the document says:

* countries and first-level regions the document names (or that its
  confidently resolved regions, places, persons and organisations lie in or
  relate to) boost the candidates inside them; a name that reads as any of 20
  Madison Counties says nothing yet about the state;
* a place and a county reading of two names, the place inside the county,
  boost each other more (Huntsville and Walker County: Texas's), as two
  neighbouring counties do (Greene and Webster counties), and a name alone in
  a story that names its county is the county (north DeKalb, DeKalb County);
* ``City, Region`` and ``City, Country`` patterns (also ``Valence, dans la
  Drôme``) boost the candidates inside the named region or country strongly,
  the region being the state a reading of the city lies in where its name
  reads first as a town elsewhere (``Kingston, Ontario``); a division word
  soon after a name (``Belgorod and Bryansk, border regions``) and Ukrainian
  ``на`` before a declined name (``на Запоріжжі``) boost its region readings;
* one sense per document: every mention with the same text gets the entity
  that scores best over all of them, or, where patterns place the name in
  several places, the reading of the nearest placed mention before it.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from .derive import REGION_WORDS, SINGULAR_OR_PLURAL_DIVISION, strip_region_words
from .divisions import first_level, iso_type_words
from .evidence import ARTICLE_BEFORE, PREPOSITIONS, PROMINENT_POPULATION, dateline
from .model import Entity
from .resolver import Candidate
from .textnorm import CYRILLIC as _CYRILLIC, normalize

#: Boosts, as multipliers of (1 + boost), for a candidate in a region or country the document names.
COUNTRY_BOOST = 0.12
REGION_BOOST = 0.2
PATTERN_BOOST = 0.6
#: Characters after a mention searched for a division word.
CUE_WINDOW = 48
#: Plural division words: at the end of a list of names (Tver, Yaroslavl and Lipetsk regions)
#: they make every name of it a region.
PLURAL_CUES = frozenset(
    "regions oblasts provinces regiones régions regioni regiony obwody областях областей области регионы регионах області областях регіони".split()
)
#: Division words, singular and plural, that make a preceding name a region.
REGION_CUES = REGION_WORDS | PLURAL_CUES
#: Words that may stand between the names of a list and its division word (and, the, или...).
LIST_WORDS = frozenset("and or the и или та і й або und oder et ou y o e i oraz lub".split())
#: A state's word right before a name, or English "state" after it before no noun, makes it the name
#: of a federation's state (the state of Washington, Washington state, в штате Вашингтон, w stanie
#: Waszyngton, im Bundesstaat Washington, dans l'État de Washington, nello stato di Washington; Spanish
#: estado de is a division word of the scan; English "state of" after the article, US or a compass
#: adjective, Italian "stato" in lower case). Not a head of state's or the sovereign State's country
#: (the head of state of Georgia, the Council of State of Georgia, le chef d'État de Géorgie, lo Stato
#: della Georgia), a coup's city (coup d'État de Santiago), Italian "è stato di" (has been), nor a
#: country's state services (Georgia state media, state security service; "state" after a name only
#: before punctuation, a function word or a state's officials: New York state officials); Polish "w
#: stanie" (able to) names no federation's state.
_STATE_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|US|U\.S\.|American|[a-z]+ern) state of|\bштат(?:а|е|у|і|ом)?|\bstan(?:u|ie|em)?|Bundesstaat(?:e?s)?|(?<![Dd]['’])\b[ÉE]tat de"
    r"|\b(?:[Ll]o|[Nn]ello|[Dd]ello|[Aa]llo|[Dd]allo|[Ss]ullo) stato d(?:i|el|ello|ella))\s+\Z"
    r"|(?:(?<![Dd]['’])\b[ÉE]tat|\b(?:[Ll]o|[Nn]ello|[Dd]ello|[Aa]llo|[Dd]allo|[Ss]ullo) stato) d['’]\Z"
)
#: What every match of :data:`_STATE_BEFORE` holds, in lower case: a cheap test before the regex.
_STATE_STEMS = ("stat", "staat", "штат", "stan", "tat")
_STATE_AFTER = re.compile(
    r" state(?:['’]s)?(?=[.,;:!?)]|\Z|\s+(?:and|or|in|on|at|of|to|for|from|is|was|has|had|will|would|could|said|says"
    r"|officials?|lawmakers?|legislat\w+|senators?|senate|representatives?|assembly|governor|capitol|troopers?|lines?"
    r"|residents|voters)\b)"
)
#: What joins the names of a list: a comma, or a conjunction of :data:`LIST_WORDS` with or without one
#: (Oregon, Washington and Idaho).
LIST_GAP = re.compile(rf",\s*|,?\s+(?:{'|'.join(sorted(LIST_WORDS - {'the'}))}|&)\s+")
#: A name listed with this many federation's states is one (:func:`_among_states`).
LISTED_STATES = 2
#: How far before a mention a state's word may start (nello stato della Georgia).
_STATE_REACH = 24
#: Cues (:func:`_cues`): a federation's state, a dateline's city, a city by its preposition, a name a plural
#: division word's list gave, a French name after an article, a governor's territory.
STATE, CITY, TO_A_CITY, DIVISION, ARTICLE, GOVERNED, LAND = "state", "city", "to a city", "division", "article", "governed", "land"
#: Ukrainian "на" before a declined name: a land's preposition (на Запоріжжі, на Волині: the oblast),
#: where a town takes "у", "в" (у Запоріжжі: the city); "на" before the name as written is "towards"
#: (атака на Запоріжжя: the city).
_UKRAINIAN_ON = re.compile(r"(?<!\w)[Нн]а \Z")
#: A governor's title and the preposition before the territory governed (el gobernador de Tucumán, i
#: governatori di Campania e Puglia, le gouverneur du Texas, the governor of Salta): a region, not its capital.
#: So is a Spanish province's council, its diputación (las diputaciones de Girona y Tarragona).
_GOVERNOR_OF = {
    "es": re.compile(r"\b(?:[Gg]obernador(?:a|es|as)?|[Dd]iputaci(?:ón|ones)) (?:de|del) \Z"),
    "it": re.compile(r"\b[Gg]overnat(?:ore|ori|rice) (?:di|della|del|dello|dell['’]) ?\Z"),
    "fr": re.compile(r"\b[Gg]ouverneur(?:e|s)? (?:de|du|de la|de l['’]) ?\Z"),
    "en": re.compile(r"\b[Gg]overnors? of \Z"),
}
#: English names a governor's territory before the title too (Murmansk Governor Yury Yevdokimov, Murmansk's
#: governor, the Belgorod governor), as it does a mayor's town.
_GOVERNOR_AFTER = {"en": re.compile(r"(?:['’]s)? [Gg]overnor\b")}
#: The conjunctions that carry a governor's cue on to the next name (los gobernadores de Salta y Jujuy).
_GOVERNED_LIST = re.compile(r"(?:,| y| e| et| and) ")
#: French writes an article before a département's or a region's name, not a town's (dans la
#: Vienne, du Vaucluse): the article, alone or fused with a preposition, in lower case right
#: before the name. A town takes one only when qualified (la Vienne impériale, le Paris des
#: années folles), so the name must close its phrase (:data:`_PHRASE_CLOSES`).
_FRENCH_ARTICLE = re.compile(r"(?:\b(?:le|la|du|au|les|des|aux) |\bl['’])\Z")
_PHRASE_CLOSES = re.compile(r"[,.;:!?)»”\n]| (?:et|ou) |\Z")
#: French "à" right before a name, and Italian "a" (ad): a city's preposition, where a country or a region
#: takes an article or "in" (à Luxembourg, à Québec, à Mexico, a Lussemburgo: the cities; au Luxembourg, au
#: Québec, au Mexique, in Lussemburgo).
_CITY_PREPOSITION = {"fr": re.compile(r"(?<!\w)[àÀ] \Z"), "it": re.compile(r"(?<!\w)[aA]d? \Z")}
#: The countries whose divisions French writes so.
_ARTICLE_DIVISION_COUNTRIES = frozenset({"FR", "BE", "CH", "LU"})
#: Federations whose first-level divisions are states, the only regions a state's word boosts.
STATE_COUNTRIES = frozenset({"US", "MX", "BR", "AU", "IN", "NG", "VE", "MY", "SD", "SS", "DE", "AT"})
_CLAUSE_END = re.compile(r"[.;:!?\n]")
_WORDS = re.compile(r"\w+")
#: The normalized text of a mention, which groups the mentions of one name (cached: names repeat).
_mention_key = lru_cache(maxsize=100_000)(normalize)
#: Boost for a region and a place in it read from two different mentions.
COHERENCE_BOOST = 0.2
#: A place vouched for by the readings of several of the story's other names near it (Litchfield among
#: Torrington, Bantam, Winsted and Waterbury, Connecticut) is likelier than one vouched for by a single
#: other's (Litchfield, Minnesota, beside Albany, Minnesota): each name beyond the first adds this, up to
#: :data:`NEIGHBOURS_COUNTED` of them.
NEIGHBOURS_BOOST = 0.05
#: See :data:`NEIGHBOURS_BOOST`.
NEIGHBOURS_COUNTED = 2
#: A region named like a country gets :data:`COHERENCE_BOOST` where the document names this many other
#: regions of its own country (Georgia, the US state, in "Trump won Pennsylvania, Georgia and Arizona"; not
#: beside one: "Biden carried Georgia and Arizona" stays the country).
SIBLING_REGIONS = 2
#: Two places vouch for each other only this close (km); a region and a place in it, wherever.
NEAR_KM = 150.0
#: Two places in different regions vouch for each other only this close (km): a border's neighbours, not
#: two towns of neighbouring US states (Hopkinton, Rhode Island, 80 km from Boston).
NEAR_ACROSS_KM = 50.0
#: Kilometres per degree of latitude.
_KM_PER_DEGREE = 111.2
#: NEAR_ACROSS_KM in degrees of latitude.
_ACROSS_DEGREES = NEAR_ACROSS_KM / _KM_PER_DEGREE
#: A place and a county (a region below the first level) vouch for each other once more, by
#: :data:`CONTAINED_BOOST`, when the place lies this close (km) to the county's point: inside the
#: county or at its edge (Huntsville beside Walker County: Texas's pair, not Alabama's, whose Walker
#: County lies 120 km from its Huntsville). A US county's point is its centre; the median county
#: covers about 1,600 km², some 40 km across.
COUNTY_KM = 35.0
#: Two county readings of two names this close (km) are neighbours (see :data:`COUNTY_KM`): counties
#: listed together (Clarke, Madison, Oconee and Oglethorpe counties) border each other, whose points
#: lie 30–70 km apart.
NEIGHBOUR_KM = 80.0
#: See :data:`COUNTY_KM`.
CONTAINED_BOOST = 0.2
#: A town named like the county the story names lies in it when this close (km) to its point
#: (Lancaster, Pennsylvania, 5 km from Lancaster County's): the town, not the county, is meant.
TOWN_IN_COUNTY_KM = 50.0
#: How a county's name is written in full (DeKalb County, Avoyelles Parish).
_COUNTY_SUFFIXES = (" County", " Parish")
#: A county reading confirms the places in it only while it scores, with the document's other
#: boosts, within this share of its name's best reading: one of the 20 Madison Counties read
#: beside Kentucky is Kentucky's, and does not draw Atlanta to Atlanta, Indiana, beside Indiana's.
LEADING = 0.99
#: A candidate takes part in that only when it scores at least this share of its mention's best
#: (London, Ontario, 2.4 % below London, does not make Paris Paris, Ontario); nor does a country
#: the document names lift a candidate below it (Paris, Texas, in a French story naming the USA).
PLAUSIBLE = 0.98
#: A name a party is on record using (the White House; Дзержинск, Russia's for Toretsk) is outrun
#: through the document by a namesake matched only by an untagged GeoNames alternate name from this
#: population on (Dzerzhinsk, Nizhny Novgorod Oblast, 231,797 people), not below (Whitehouse, Ohio).
SOURCED_NAMESAKE_POPULATION = 50_000
#: A country's capital is not outrun through the document's countries by a namesake abroad of less than this
#: share of its people (Washington, England, 53,000, against the US capital's 690,000; not Saint-Denis near
#: Paris, 96,000, against Réunion's capital of 155,000).
CAPITAL_NAMESAKE_SHARE = 0.2
#: A country named exactly is outrun through the document by no village below this population
#: (Mexico, Indiana, of 836 people, in a story naming Indiana; Lebanon, Tennessee, may be).
COUNTRY_NAMESAKE_POPULATION = 10_000
#: A place counts as context only when its top candidate leads the next by this much.
CONFIDENT_MARGIN = 0.04
#: A dateline's town outranks the country or region of its name from this population (LUXEMBOURG —).
DATELINE_TOWN_POPULATION = 50_000
#: A city of this size is the one of its name that a national story means (:data:`NATIONAL_REGIONS`).
NATIONAL_CITY_POPULATION = 500_000
#: A story whose names lie in this many first-level divisions of a country (states it names, or states of
#: the places it names), two of them at least :data:`NATIONAL_SPAN_KM` apart, is a national story: its
#: country's city of :data:`NATIONAL_CITY_POPULATION` keeps its namesakes below
#: :data:`DATELINE_TOWN_POPULATION` in that country from the document's boosts (Washington, the capital,
#: in a story naming Pennsylvania, Georgia and Wisconsin, not Washington, Pennsylvania; Portland, Oregon,
#: in one naming Los Angeles, Chicago and Texas, not Portland, Texas).
NATIONAL_REGIONS = 3
#: See :data:`NATIONAL_REGIONS`: Pennsylvania and Georgia lie 1,000 km apart; Nebraska, Iowa and Kansas,
#: a region's story (Columbus, Nebraska, not Columbus, Ohio), within 600 km of each other.
NATIONAL_SPAN_KM = 1000.0
#: A city of this size is one a Russian or Ukrainian text names by its Cyrillic name, which GeoNames leaves
#: untagged (у Рівному), and no short name of a county the story names (Washington, Washington County).
SIZEABLE_CITY_POPULATION = 100_000
#: A town of this size named by its own name keeps its village namesakes by untagged alternates from
#: document boosts (Charlotte, not Newfane, New York, which GeoNames also calls so; Youngstown, not Mount
#: Gilead, Ohio).
OWN_NAME_TOWN_POPULATION = 50_000
#: A hyphenated pair of towns is a maker's name when both are smaller than this (Mercedes-Benz).
PAIR_TOWN_POPULATION = 100_000
#: What stands between a place and the region or country it is placed in: Paris, Texas; and, in French,
#: Spanish and Italian, a preposition too (Valence, dans la Drôme; Valence, en Espagne; Ala, in Trentino); in
#: Russian and Ukrainian, "на" before a region's locative (Олександрівка на Кіровоградщині).
_PLACING_GAPS = frozenset({", ", ",", ", dans la ", ", dans le ", ", dans l'", ", dans l’", ", en ", ", in ", " на "})
#: What stands between a town and the province it is placed in: ARTEIXO (A Coruña), Martorell, en
#: Barcelona (not a comma alone, which lists towns: Madrid, Barcelona y Vitoria).
_PROVINCE_AFTER_TOWN = frozenset({" (", ", en ", ", in ", ", à ", ", w "})
#: The readings whose overturn by the document changes the context the others are read in: a
#: country or a region (Georgia, the country by its name alone; Henry County, one of ten); also
#: the first readings a dateline's town may outrank (LUXEMBOURG —).
_COUNTRY_OR_REGION = frozenset({"country", "region"})


@dataclass
class Pending:
    """A span with its candidates, before the document-level choice."""

    start: int
    end: int
    candidates: list[Candidate]
    #: Looked up as a division by a division word the span leaves out (the second name of "le
    #: province di Ravenna e Bologna"): a name apart from the same name written alone.
    division: bool = False


def _where(c: Candidate) -> tuple[str | None, str | None]:
    return c.entity.country, c.entity.admin1


def _context(
    pending: list[Pending], settled: list[Candidate | None], related: dict[str, tuple[str | None, str | None]],
) -> tuple[dict[str | None, float], dict[tuple[str | None, str | None], float]]:
    """Weights of the countries and (country, admin1) regions the document is about; a mention the
    document has ``settled`` counts as its settled reading, confidently."""
    countries: defaultdict[str | None, float] = defaultdict(float)
    regions: defaultdict[tuple[str | None, str | None], float] = defaultdict(float)
    for p, reading in zip(pending, settled):
        top = reading or p.candidates[0]
        kind = top.entity.kind
        confident = reading is not None or len(p.candidates) == 1 or top.score - p.candidates[1].score >= CONFIDENT_MARGIN
        country, admin1 = _where(top)
        if kind == "country":
            # Not a country tied with another of its name (Congo: the DRC in English news, the Republic of the
            # Congo too), which would make itself likelier: the document's other names decide between them.
            if confident or p.candidates[1].entity.kind != "country":
                countries[country] += 1.0
        elif kind == "region" and (confident or top.score > p.candidates[1].score or p.candidates[1].entity.country == country):
            # Not a region tied with others of its name in other countries (14 called Nord, Burkina Faso's first by id).
            countries[country] += 0.5
            if admin1 and confident:
                regions[(country, admin1)] += 1.0
        elif confident:
            countries[country] += 0.5
            if admin1 and kind == "place":
                regions[(country, admin1)] += 0.5
        elif admin1 and _where(p.candidates[1]) == (country, admin1):
            # Brazzaville, the city or its department: in the Republic of the Congo either way (not Lancaster,
            # California or Pennsylvania, which would make itself American)
            countries[country] += 0.5
        for rel in top.entity.related:
            if rel in related and confident:
                rc, ra = related[rel]
                countries[rc] += 0.5
                if ra:
                    regions[(rc, ra)] += 0.5
    countries.pop(None, None)
    return countries, regions


def _pattern_targets(text: str, pending: list[Pending]) -> tuple[dict[int, tuple[str | None, str | None]], dict[int, bool], dict[int, str]]:
    """For ``A, B`` where B is a region or country: A's index → B's (country, admin1); for ``B's A``
    (Iran's Kurdistan province) where B is a country: A's index → (B's country, None). With the indices
    whose B is a country or an ISO division, which place that mention of A, each with whether B is a
    country or a state (:func:`state_or_country`), which place A for the whole story; and by B's index,
    the id of the state or country a B read first as a place is here (London, Ontario)."""
    targets: dict[int, tuple[str | None, str | None]] = {}
    placing: dict[int, bool] = {}
    areas: dict[int, str] = {}
    for i in range(len(pending) - 1):
        a, b = pending[i], pending[i + 1]
        gap = text[a.end : b.start]
        if gap in _PLACING_GAPS and not (a.division and b.division):  # not two names of one division's list (Clarke, Madison and Oconee counties)
            top = b.candidates[0].entity
            if top.kind == "place" and (area := _area_behind_place(a, b)) is not None:
                top = area
                areas[i + 1] = area.id
            if top.kind in ("region", "country"):
                targets[i] = (top.country, top.admin1 if top.kind == "region" else None)
                if top.kind == "country" or top.iso is not None:  # an ISO division of any level (dans la Drôme), not a county
                    placing[i] = state_or_country(top)
        elif gap in POSSESSIVES and i + 1 not in targets and (top := a.candidates[0].entity).kind == "country":
            targets[i + 1] = (top.country, None)
            placing[i + 1] = True
    return targets, placing, areas


def _area_behind_place(a: Pending, b: Pending) -> Entity | None:
    """For ``A, B`` where B reads first as a place: the state or country among B's readings that a reading of
    A lies in, where B's place lies elsewhere or is a city smaller than that reading of A (Kingston, Ontario:
    the province, not Ontario, California, first by its size; LEÓN, Guanajuato: León, 1.6 million, lies in
    no city of 72,000); None where B's place is a city A lies in (Rego Park, New York: the city; Washington,
    D.C.)."""
    top = b.candidates[0].entity
    return next((
        e for c in b.candidates[1:] if state_or_country(e := c.entity) and any(
            lies_in(o.entity, e) and (not lies_in(top, e) or (o.entity.population or 0) > (top.population or 0)) for o in a.candidates
        )
    ), None)


def lies_in(entity: Entity, area: Entity) -> bool:
    """Whether ``entity`` lies in ``area``, a country or a first-level region."""
    return entity.country == area.country and (area.kind == "country" or entity.admin1 == area.admin1)


def _in_area(entity: Entity, area: tuple[str | None, str | None]) -> bool:
    """Whether ``entity`` lies in ``area``, a (country, admin1) pair of :func:`_pattern_targets` (admin1
    None: the whole country)."""
    return entity.country == area[0] and (area[1] is None or entity.admin1 == area[1])


#: What joins a country's name to the name of a place in it: its possessive (Iran's Kurdistan province).
POSSESSIVES = ("'s ", "’s ")


def state_or_country(entity: Entity) -> bool:
    """Whether ``entity`` is a country or a first-level division (Seychelles, Texas)."""
    return entity.kind == "country" or (entity.kind == "region" and entity.iso is not None and first_level(entity.iso))


def names_a_state_or_country(p: Pending) -> bool:
    """Whether the mention reads first as a country or a first-level division (Seychelles, Texas)."""
    return state_or_country(p.candidates[0].entity)


def _province_targets(text: str, pending: list[Pending]) -> dict[int, str | None]:
    """For ``A (B)`` or ``A, en B`` (in, à, w) where A reads as a town and B as a place but also as a province of
    A's country (a division of no first-level code: Spain's, Italy's, France's): B's index → that
    country. A town is placed by its province, which is named after its capital (Martorell, en
    Barcelona: the province of Barcelona, not the city)."""
    targets = {}
    for i in range(1, len(pending)):
        a, b = pending[i - 1], pending[i]
        gap = text[a.end : b.start]
        if gap not in _PROVINCE_AFTER_TOWN or (gap == " (" and text[b.end : b.end + 1] != ")"):
            continue
        town, first = a.candidates[0].entity, b.candidates[0].entity
        if town.kind == "place" and first.kind == "place" and first.id != town.id and any(
            c.entity.kind == "region" and c.entity.admin1 is None and c.entity.country == town.country for c in b.candidates
        ):
            targets[i] = town.country
    return targets


def admit_city_of_region(text: str, pending: list[Pending], held: dict[int, Pending]) -> list[Pending]:
    """``pending`` with the ``held`` spans (rejected on their own, keyed by their end) that
    stand in a ``City, Region`` or ``City, Country`` pattern with a pending region or
    country that one of their candidates lies in: ``COLUMBUS, Ohio (AP)``, ``Mobile, Ala.``, also
    where the region reads first as a place (:func:`_area_behind_place`: ``LEÓN, Guanajuato (EFE)``).
    The pattern is evidence that capitalization alone was not."""
    admitted = []
    for b in pending:
        a = held.get(b.start - 2) if text[b.start - 2 : b.start] == ", " else None
        if a is None:
            continue
        top = b.candidates[0].entity
        if (top.kind in ("region", "country") and any(lies_in(c.entity, top) for c in a.candidates)) or (
            top.kind == "place" and _area_behind_place(a, b) is not None
        ):
            admitted.append(a)
    return sorted(pending + admitted, key=lambda p: p.start) if admitted else pending


def drop_foreign_pairs(text: str, pending: list[Pending], held: dict[int, Pending]) -> list[Pending]:
    """``pending`` without the halves of a hyphenated pair of towns that lie in two countries, neither
    of them a city of :data:`PAIR_TOWN_POPULATION`: a maker's name (Mercedes-Benz: not Mercedes,
    Argentina, and Benz, Germany), a half being ``held`` (not taken on its own) or not. A pair in one
    country is a metro area or a school district's (Fargo-Moorhead, Logan-Rogersville), and one with a
    city, a region or a country in it a route or a relation (Lyon-Turin, Russia-Ukraine)."""
    if not any(text[p.end : p.end + 1] == "-" for p in (*pending, *held.values())):
        return pending  # most documents: no name before a hyphen
    spans = sorted([*pending, *held.values()], key=lambda p: p.start) if held else pending
    foreign = {
        half.start for a, b in itertools.pairwise(spans)
        if b.start == a.end + 1 and text[a.end] == "-" and _small_town(a) and _small_town(b)
        and a.candidates[0].entity.country != b.candidates[0].entity.country
        for half in (a, b)
    }
    # So is a small town's name before a capitalized word that names nothing (Coca-Cola, Hewlett-Packard);
    # not before initials (Watertown-ML, a school district).
    starts = {p.start for p in spans}
    foreign |= {
        p.start for p in pending
        if text[p.end : p.end + 1] == "-" and text[p.end + 1 : p.end + 2].isupper() and text[p.end + 2 : p.end + 3].islower()
        and p.end + 1 not in starts and _small_town(p)
    }
    return [p for p in pending if p.start not in foreign] if foreign else pending


def _small_town(p: Pending) -> bool:
    top = p.candidates[0].entity
    return top.kind == "place" and (top.population or 0) < PAIR_TOWN_POPULATION


def _plural_division(words: list[str]) -> bool:
    """Whether a mention's words hold a plural division word: "области" (Ukrainian "області") is the
    plural after an adjective in the nominative singular, one per region listed (Курская и
    Белгородская области, Курська та Бєлгородська області), and singular after one in another case
    (в Белгороде и Курской области: the city and the region)."""
    return any(
        word.casefold() in PLURAL_CUES and (word.casefold() not in SINGULAR_OR_PLURAL_DIVISION or (i > 0 and words[i - 1][-1:] in ("а", "я")))
        for i, word in enumerate(words)
    )


def _region_cue(text: str, end: int, later: Iterable[Pending], lang: str | None) -> bool:
    """Whether the mention ending at ``end`` heads a list of names that a division word closes
    soon after, in the same clause: ``Belgorod and Bryansk, border regions``, ``Tver, Yaroslavl
    and Lipetsk regions``. Between them only other mentions (``later``, in order), list words,
    capitalized words and at most one other word (Russian border regions); a division word inside
    another mention closes the list only when plural (``в Орле ... Орловской области`` is no list,
    nor ``Moscow blamed both regions``). In Russian and Ukrainian, a preposition ends the mention's
    phrase: "у Харькова, в Курской и Брянской областях" lists the city, then two regions."""
    stop = end + CUE_WINDOW
    tokens: list[str] = []  # the words after the mention, up to the clause's end; another mention is a cue or nothing
    pos = end
    for q in [*itertools.takewhile(lambda q: q.start < stop, later), None]:
        gap = text[pos : q.start if q else stop]
        clause = _CLAUSE_END.split(gap, maxsplit=1)
        tokens += _WORDS.findall(clause[0])
        if len(clause) > 1 or q is None:
            break
        if _plural_division(_WORDS.findall(text[q.start : q.end])):
            tokens.append("regions")
        pos = q.end
    others = 0
    prepositions = PREPOSITIONS[lang] if lang in ("ru", "uk") else ()
    for word in tokens:
        if word.casefold() in REGION_CUES:
            return True
        if word in prepositions:
            return False
        if word.casefold() not in LIST_WORDS and not word[:1].isupper():  # a demonym is free: Russian border regions
            others += 1
            if others > 1:
                return False
    return False


def _after_state_word(text: str, start: int) -> bool:
    """Whether a state's word ends right before ``start`` (:data:`_STATE_BEFORE`)."""
    base = max(0, start - _STATE_REACH)
    window = text[base:start].lower()
    return any(stem in window for stem in _STATE_STEMS) and _STATE_BEFORE.search(text, base, start) is not None


def _declined(written: str, name: str) -> bool:
    """Whether ``written`` is a case form of ``name``, its last letters changed (Запоріжжі, Волині, Донбасі),
    not the name as written nor an adjective made from it (на Запорізькому напрямку: the front)."""
    return written != name and written[:-2] == name[: len(written) - 2]


def _cues(text: str, pending: list[Pending], lang: str | None) -> list[str | None]:
    """What the words around each mention say it names: :data:`STATE` after a state's word (the
    state of Washington, в штате Вашингтон), before English "state" (Washington state) or in a list of
    a federation's states (Oregon, Washington and Idaho: :func:`_among_states`), :data:`CITY`
    for a dateline (BUENOS AIRES —), :data:`TO_A_CITY` after French "à" and Italian "a" (à Luxembourg, a
    Lussemburgo), :data:`DIVISION` for a name a list after a plural division word gave (:attr:`Pending.division`), :data:`ARTICLE` for a French name
    after an article that closes its phrase (dans la Vienne,), :data:`GOVERNED` after a governor's title
    (el gobernador de Tucumán) and for the names listed after it, or before it in English (Murmansk Governor), :data:`LAND` after Ukrainian "на" before
    a declined name (на Запоріжжі: the oblast, where Ukrainian media say so), or None."""
    governor = _GOVERNOR_OF.get(lang or "en")
    governor_after = _GOVERNOR_AFTER.get(lang or "en")
    to_a_city = _CITY_PREPOSITION.get(lang or "en")
    listed = _among_states(text, pending)
    cues: list[str | None] = []
    for i, p in enumerate(pending):
        cues.append(
            DIVISION if p.division
            else STATE if _STATE_AFTER.match(text, p.end) or _after_state_word(text, p.start) or i in listed
            else CITY if (text[p.start + 1 : p.start + 2].isupper() or text[p.end + 1 : p.end + 2] == "(") and dateline(text, p.start, p.end)  # cheap tests first
            else TO_A_CITY if to_a_city is not None and to_a_city.search(text, max(0, p.start - 3), p.start)
            else ARTICLE if lang == "fr" and _FRENCH_ARTICLE.search(text, max(0, p.start - 4), p.start) and _PHRASE_CLOSES.match(text, p.end)
            else GOVERNED if governor is not None and (
                governor.search(text, max(0, p.start - 16), p.start)
                or (governor_after is not None and governor_after.match(text, p.end))
                or (i and cues[-1] is GOVERNED and _GOVERNED_LIST.fullmatch(text, pending[i - 1].end, p.start) is not None)
            )
            else LAND if lang == "uk" and _UKRAINIAN_ON.search(text, max(0, p.start - 3), p.start) and _declined(
                text[p.start : p.end], p.candidates[0].matched.name.text
            )
            else None
        )
    return cues


def _among_states(text: str, pending: list[Pending]) -> set[int]:
    """The indices of the mentions that stand in a list (names joined by commas and a conjunction) with at
    least :data:`LISTED_STATES` others that read first as first-level divisions of a federation (Missouri,
    New York, North Carolina and Virginia: the state; not "between New York and Atlanta")."""
    states = [
        (top := p.candidates[0].entity).kind == "region" and top.country in STATE_COUNTRIES and state_or_country(top)
        for p in pending
    ]
    if sum(states) < LISTED_STATES:
        return set()  # most documents
    joined = [LIST_GAP.fullmatch(text, a.end, b.start) is not None for a, b in zip(pending, pending[1:])]
    found: set[int] = set()
    start = 0
    for end in range(len(pending)):  # each run of mentions joined into one list: pending[start : end + 1]
        if end < len(joined) and joined[end]:
            continue
        run_states = sum(states[start : end + 1])
        found.update(i for i in range(start, end + 1) if run_states - states[i] >= LISTED_STATES)
        start = end + 1
    return found


def _plausible_areas(
    pending: list[Pending], settled: list[Candidate | None], keys: list[str],
) -> tuple[dict[tuple, dict[str, bool]], dict[tuple, dict[str, list[Entity]]]]:
    """For each (country, admin1): the names (normalized mention texts) that may be a region of
    it, each with whether as its first-level division (a state, not a county), and, by name, the
    place readings that may lie in it, counting only candidates close to their mention's best, and
    a ``settled`` mention's settled reading."""
    regions: dict[tuple, dict[str, bool]] = defaultdict(dict)
    places: dict[tuple, dict[str, list[Entity]]] = defaultdict(dict)
    for key, p, reading in zip(keys, pending, settled):
        floor = p.candidates[0].score * PLAUSIBLE
        for c in p.candidates:
            e = c.entity
            if (c.score >= floor or (reading is not None and e.id == reading.entity.id)) and e.admin1:
                if e.kind == "region":
                    area = regions[(e.country, e.admin1)]
                    area[key] = area.get(key, False) or e.iso is not None
                elif e.kind == "place":
                    places[(e.country, e.admin1)].setdefault(key, []).append(e)
    return regions, places


def _other_than(names: dict[str, bool] | dict[str, list[Entity]] | None, key: str) -> bool:
    """Whether ``names`` holds a name other than ``key``."""
    if not names:
        return False
    return len(names) > 1 or key not in names


def _near(a: Entity, b: Entity) -> bool:
    """Whether two places lie within :data:`NEAR_KM` of each other (either without a point: their
    shared region is all that is known, and it counts)."""
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return True
    return _distance(a, b) <= NEAR_KM


def _distance(a: Entity, b: Entity) -> float:
    """Kilometres between two places with points: an equirectangular distance, exact enough at these ranges, and cheap."""
    x = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))  # type: ignore[operator]
    y = math.radians(b.lat - a.lat)  # type: ignore[operator]
    return 6371.0 * math.hypot(x, y)


def _near_across_areas(place_in: dict[tuple, dict[str, list[Entity]]], pending: list[Pending], keys: list[str]) -> set[str]:
    """The ids of the place readings that lie within :data:`NEAR_ACROSS_KM` of another name's first
    reading in another area: front-line villages on either side of a border (Новопавлівка, in
    Dnipropetrovsk Oblast, beside Удачне, in Donetsk Oblast) vouch for each other as two in one region
    do. Only a name's first reading vouches so: a namesake of a common name, plausible but not the
    likeliest, would find a neighbour of some other namesake across a US state line (Concord,
    Missouri, beside Alton, Illinois, in a story about Concord, New Hampshire). The first readings, one
    per name, are sorted by latitude, so each reading is measured against those in its band only."""
    # Once per name and reading, however often the document repeats them (else quadratic in its mentions).
    unique = {(key, e.id): e for key, p in zip(keys, pending) if (e := p.candidates[0].entity).kind == "place" and e.admin1}
    firsts = sorted(
        ((e.lat, (e.country, e.admin1), key, e) for (key, _), e in unique.items() if e.lat is not None and e.lon is not None),
        key=itemgetter(0),  # by latitude alone: entities do not compare
    )
    found: set[str] = set()
    if not firsts:
        return found
    latitudes = [first[0] for first in firsts]
    lowest, highest = latitudes[0] - _ACROSS_DEGREES, latitudes[-1] + _ACROSS_DEGREES
    seen: set[tuple[str, str]] = set()
    for area, names in place_in.items():
        for key, readings in names.items():
            for e in readings:
                if e.lat is None or e.lon is None or not lowest <= e.lat <= highest or e.id in found or (key, e.id) in seen:
                    continue  # most readings of a story's namesakes lie far from all its first readings
                seen.add((key, e.id))
                band = firsts[bisect.bisect_left(latitudes, e.lat - _ACROSS_DEGREES) : bisect.bisect_right(latitudes, e.lat + _ACROSS_DEGREES)]
                if band and any(other_area != area and other != key and _distance(e, place) <= NEAR_ACROSS_KM for _, other_area, other, place in band):
                    found.add(e.id)
    return found


def _vouched(
    entity: Entity, key: str, region_of: dict[tuple, dict[str, bool]], place_in: dict[tuple, dict[str, list[Entity]]], across: set[str],
) -> bool:
    """Georgia beside Gainesville: a region and a place in it, each a plausible reading of
    another name, make each other likelier; so do a state and a county of it (contea di Fulton,
    in Georgia; not two counties: Greene and Webster counties lie in several states), and two
    places near each other in one region (or Belgorod the region would outrun Belgorod the city
    beside Graivoron), or two near each other across a border (``across``: :func:`_near_across_areas`),
    but not any two places of a large state (Chicago does not make Washington Washington, Illinois).
    Not readings of the same name: they would vouch for themselves."""
    area = (entity.country, entity.admin1)
    places = place_in.get(area)
    if entity.kind == "region":
        first_level = entity.iso is not None
        return _other_than(places, key) or any(
            other != key and state != first_level for other, state in region_of.get(area, {}).items()
        )
    if _other_than(region_of.get(area), key) or entity.id in across:
        return True
    # Most places share their area with no other name's reading: no distance to measure.
    return places is not None and _other_than(places, key) and next(_near_names(entity, key, places), None) is not None


def _near_names(entity: Entity, key: str, places: dict[str, list[Entity]]) -> Iterator[str]:
    """The names other than ``key`` with a reading among ``places`` (by name) within :data:`NEAR_KM` of ``entity``."""
    return (other for other, readings in places.items() if other != key and any(_near(entity, place) for place in readings))


def _neighbour_names(entity: Entity, key: str, place_in: dict[tuple, dict[str, list[Entity]]]) -> int:
    """How many names other than ``key`` have a plausible reading in the place ``entity``'s region within
    :data:`NEAR_KM` of it (``place_in``: :func:`_plausible_areas`)."""
    return sum(1 for _ in _near_names(entity, key, place_in.get((entity.country, entity.admin1)) or {}))


def _county(entity: Entity) -> bool:
    """Whether ``entity`` is a region below the first level (a US county) with a point."""
    return entity.kind == "region" and entity.iso is None and entity.admin1 is not None and entity.lat is not None and entity.lon is not None


#: The document boosts of each name's candidates, by (name, id of its candidate list), as
#: :func:`_document_boosts` gives them.
Boosts = dict[tuple[str, int], list[tuple[Candidate, float | None]]]


#: Readings with points sorted by latitude, and their latitudes: a band of them is found by bisection.
Band = tuple[list[float], list[tuple[str, Entity]]]


def _band(readings: Iterable[tuple[str, Entity]]) -> Band:
    """``readings`` (name, entity) with a point, as a :data:`Band`."""
    points = sorted(((e.lat, key, e) for key, e in readings if e.lat is not None and e.lon is not None), key=itemgetter(0))
    return [lat for lat, _, _ in points], [(key, e) for _, key, e in points]


def _leading(names: Iterable[tuple[str, list[tuple[Candidate, float | None]]]], kind: Callable[[Entity], bool], areas: Container[tuple]) -> dict[tuple, Band]:
    """By area (country, admin1), among ``areas``: the readings of each of ``names`` (name, its document
    boosts) that are of ``kind`` and score, with their boosts, within :data:`LEADING` of the name's best,
    each with its name."""
    out: defaultdict[tuple, list[tuple[str, Entity]]] = defaultdict(list)
    for key, boosts in names:
        scored = [(c.score * (1 + boost), c.entity) for c, boost in boosts if boost is not None]
        best = max((score for score, _ in scored), default=0.0)
        for score, e in scored:
            if score >= best * LEADING and (e.country, e.admin1) in areas and kind(e):
                out[(e.country, e.admin1)].append((key, e))
    return {area: _band(readings) for area, readings in out.items()}


def _holds(entity: Entity, key: str, band: Band, km: float = COUNTY_KM) -> bool:
    """Whether a reading in ``band`` of another name than ``key`` (and not a spelling of it: Platte,
    Platte County) lies within ``km`` of ``entity``."""
    latitudes, readings = band
    lat = entity.lat
    if lat is None or entity.lon is None or not latitudes:
        return False
    first, last = bisect.bisect_left(latitudes, lat - km / _KM_PER_DEGREE), bisect.bisect_right(latitudes, lat + km / _KM_PER_DEGREE)
    return any(
        not (key.startswith(other) or other.startswith(key)) and _distance(entity, e) <= km
        for other, e in readings[first:last]
    )


def _add_containment(by_name: Boosts, place_in: dict[tuple, dict[str, list[Entity]]]) -> None:
    """Add :data:`CONTAINED_BOOST` to the document boosts of a place and a county reading of two
    names where the place lies within :data:`COUNTY_KM` of the county's point, and of two county
    readings of two names within :data:`NEIGHBOUR_KM` of each other. A place and a region already
    vouch for each other when they share a state (:func:`_vouched`), two counties do not (Greene
    and Webster counties lie in several states); one lying inside the other, or beside it, is rarer,
    and says more: Huntsville and Walker County are Texas's pair, Paris and Henry County Tennessee's,
    Greene and Webster counties Missouri's or Iowa's, not Georgia's. In steps, each on what the
    ones before settled: a county reading holding a plausible reading of another name's place
    (``place_in``, :func:`_plausible_areas`); a county reading beside one of another name that leads
    it (:data:`LEADING`); a place inside a county reading that leads its name (one of 20 Madison
    Counties, read beside Kentucky as Kentucky's, does not draw Atlanta to Atlanta, Indiana, beside
    Indiana's); a county reading, not boosted in the first step, holding a place reading that now
    leads its name (Anderson County, Texas, around Palestine, Texas, which a country's name had outrun)."""
    counties = [
        (key, boosts, i) for (key, _), boosts in by_name.items()
        for i, (c, boost) in enumerate(boosts) if boost is not None and c.entity.kind == "region" and _county(c.entity)
    ]
    if not counties:
        return  # most documents name no county

    def add(key: str, boosts: list[tuple[Candidate, float | None]], i: int, bands: dict[tuple, Band], km: float = COUNTY_KM) -> bool:
        """Boost the ``i``-th reading of ``key`` if it holds a reading of ``bands`` in its area; whether it did."""
        c, boost = boosts[i]
        band = bands.get((c.entity.country, c.entity.admin1))
        if boost is None or band is None or not _holds(c.entity, key, band, km):
            return False
        boosts[i] = (c, boost + CONTAINED_BOOST)
        return True

    areas = {(boosts[i][0].entity.country, boosts[i][0].entity.admin1) for _, boosts, i in counties}  # the counties' states
    named = list({id(boosts): (key, boosts) for key, boosts, _ in counties}.values())  # the names with county readings
    plausible = {area: _band((key, place) for key, readings in place_in[area].items() for place in readings) for area in areas if area in place_in}
    holding: set[tuple[int, int]] = set()  # (id of the name's boosts, index): the county readings boosted first
    for key, boosts, i in counties:
        if add(key, boosts, i, plausible):
            holding.add((id(boosts), i))
    neighbours = _leading(named, _county, areas)
    for key, boosts, i in counties:
        add(key, boosts, i, neighbours, NEIGHBOUR_KM)
    around = _leading(named, _county, areas)
    placed = []  # the names with a place reading in a county's state
    for (key, _), boosts in by_name.items():
        places = [i for i, (c, _) in enumerate(boosts) if c.entity.kind == "place" and (c.entity.country, c.entity.admin1) in areas]
        for i in places:
            add(key, boosts, i, around)
        if places:
            placed.append((key, boosts))
    inside = _leading(placed, lambda e: e.kind == "place", areas)
    for key, boosts, i in counties:
        if (id(boosts), i) not in holding:
            add(key, boosts, i, inside)


def _national(pending: list[Pending], settled: list[Candidate | None], regions: dict[tuple[str | None, str | None], float]) -> set[str | None]:
    """The countries whose story the document tells as a nation's (:data:`NATIONAL_REGIONS`): those
    with that many first-level divisions among the document's ``regions`` (named, or holding a place
    it names), two of whose readings lie :data:`NATIONAL_SPAN_KM` apart."""
    touched: defaultdict[str | None, set[str]] = defaultdict(set)
    for country, admin1 in regions:
        if admin1:
            touched[country].add(admin1)
    if all(len(divisions) < NATIONAL_REGIONS for divisions in touched.values()):
        return set()  # most documents
    points: defaultdict[str | None, dict[str, Entity]] = defaultdict(dict)  # one reading per division
    for p, reading in zip(pending, settled):
        e = (reading or p.candidates[0]).entity
        if e.admin1 and e.admin1 in touched.get(e.country, ()) and e.lat is not None and e.lon is not None:
            points[e.country][e.admin1] = e
    return {
        country for country, readings in points.items()
        if len(touched[country]) >= NATIONAL_REGIONS and any(_distance(a, b) >= NATIONAL_SPAN_KM for a, b in itertools.combinations(readings.values(), 2))
    }


def _document_boosts(
    candidates: list[Candidate], key: str, country_boost: dict, region_boost: dict,
    region_of: dict[tuple, dict[str, bool]], place_in: dict[tuple, dict[str, list[Entity]]], across: set[str],
    areas: dict[str | None, set[str]], capitals: frozenset[str], named: dict[str | None, set[str]],
) -> list[tuple[Candidate, float | None]]:
    """Each candidate of the name ``key`` with the boost the document's countries, regions and
    other names give it; None for one that takes no boost at all: a country named exactly (Iran)
    is not outrun through context by a namesake that matched a looser spelling (Iraan, Texas,
    in a story about Texas) or one of GeoNames' untagged alternate names (USA, of Concord, North
    Carolina, in a story naming North Carolina), nor is a name a party is on record using (the White House, for the
    presidency) by a namesake that matched one of its untagged GeoNames alternate names
    (Whitehouse, Ohio, in a story that names Ohio), nor is it by a village (Mexico, Indiana), nor
    is a city of millions so (Vienne, Vienna in French: not Vienne-le-Château in a story naming
    the Grand Est). Nor is a country's capital by its own name by a much smaller namesake abroad
    (:data:`CAPITAL_NAMESAKE_SHARE`) through that namesake's country alone (Washington, the US capital,
    not Washington, England, in a German story naming Keir Starmer); its region or neighbours still may
    (a story naming Sunderland).
    A country the document names boosts only its plausible candidates: it is the weakest evidence. Where
    the name reads first in a country another of the document's names names (``named``: country → names),
    neighbouring readings in a country it does not name do not vouch for each other (Dublin and Limerick,
    Pennsylvania, in a story from Ireland; but Lebanon and Boone County, Indiana, in a story naming no
    other country than Lebanon itself).
    ``areas``: the first-level divisions (admin1 codes) of each country the document names, whose
    siblings a region reading is among (:data:`SIBLING_REGIONS`)."""
    top = candidates[0]
    floor = top.score * PLAUSIBLE
    country_named = top.matched.how == "exact" and top.entity.kind == "country"
    sourced = top.matched.how == "exact" and any(u.party != "geonames" for u in top.matched.name.used_by)
    # A city of millions by its own name or one tagged with its language (Vienne, Vienna's French name).
    world_city = top.matched.how == "exact" and top.entity.kind == "place" and (top.entity.population or 0) >= PROMINENT_POPULATION and not top.untagged_alternate()
    capital = top.entity.id in capitals and top.matched.how == "exact" and top.entity.own_name(top.matched.name.text)
    # the first reading's country is one another of the document's names names
    names = named.get(top.entity.country, set())
    named_elsewhere = bool(names) and not names <= {key}
    out: list[tuple[Candidate, float | None]] = []
    for c in candidates:
        entity = c.entity
        if (
            (country_named and (c.matched.how != "exact" or c.untagged_alternate()))
            or ((sourced or world_city) and c.untagged_alternate() and (entity.population or 0) < SOURCED_NAMESAKE_POPULATION)
        ) and c is not top:
            out.append((c, None))
            continue
        if country_named and c is not top and entity.kind == "place" and (entity.population or 0) < COUNTRY_NAMESAKE_POPULATION:
            out.append((c, 0.0))  # nothing from the document, but "Mexico, Indiana" still says so
            continue
        boost = country_boost.get(entity.country, 0.0) if c.score >= floor and not (
            capital and entity.country != top.entity.country and (entity.population or 0) < (top.entity.population or 0) * CAPITAL_NAMESAKE_SHARE
        ) else 0.0
        if c.matched.how == "region-stem" and c.score < floor:
            # A region read from its stem alone, well below the name's best: its own division or places
            # named around it (На Київщині, у Броварах) do not make У Києві the oblast.
            out.append((c, boost))
            continue
        if entity.admin1:
            boost += region_boost.get((entity.country, entity.admin1), 0.0)
            if entity.kind in ("region", "place") and (entity.country in named or not named_elsewhere) and _vouched(
                entity, key, region_of, place_in, across
            ):
                boost += COHERENCE_BOOST
                if entity.kind == "place":
                    boost += NEIGHBOURS_BOOST * min(max(_neighbour_names(entity, key, place_in) - 1, 0), NEIGHBOURS_COUNTED)
            elif country_named and entity.kind == "region" and len(areas.get(entity.country, set()) - {entity.admin1}) >= SIBLING_REGIONS:
                boost += COHERENCE_BOOST  # a state of a country the name is not (Georgia), among its named siblings
        out.append((c, boost))
    return out


def choose(
    text: str, pending: list[Pending], related: dict[str, tuple[str | None, str | None]], lang: str | None = None,
    capitals: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """The chosen candidate for each pending mention, in order (scores rescaled into [0, 1]); ``capitals``:
    the ids of the countries' capitals (:attr:`toponyms.index.Index.capital_ids`).

    Where the document overturned a mention's first reading (Georgia, the country by its name
    alone, is the US state beside Pennsylvania and Michigan), every mention is chosen again in
    the context of the reading the document settled on (Atlanta, Georgia, not Atlanta, Michigan)."""
    cues = _cues(text, pending, lang)
    first: list[Candidate | None] = [None] * len(pending)
    chosen = _choose_once(text, pending, cues, first, related, lang, capitals)
    settled = [
        c if c.entity.id != p.candidates[0].entity.id and {c.entity.kind, p.candidates[0].entity.kind} <= _COUNTRY_OR_REGION else None
        for p, c in zip(pending, chosen)
    ]
    if settled != first:
        chosen = _choose_once(text, pending, cues, settled, related, lang, capitals)
    return _lists_of_one_kind(text, pending, _counties_by_short_name(text, pending, chosen))


def _lists_of_one_kind(text: str, pending: list[Pending], chosen: list[Candidate]) -> list[Candidate]:
    """``chosen``, where a list of names (joined by commas and a last conjunction) holds a division that
    names nothing else, by its name alone (Appenzell Innerrhoden): the list's other names read as divisions of
    its ISO type in its country where they name one by name (in Schwyz, Zug und Appenzell Innerrhoden: the
    cantons, not their capitals). Not by a division word (в Белгороде и Курской области: the city and the
    region; Kursk, Belgorod and Bryansk oblasts are read so by their division word already)."""
    out = list(chosen)
    i = 0
    while i < len(pending):
        j = i  # the list pending[i..j]: each joined to the next by a comma or a conjunction
        while j + 1 < len(pending) and LIST_GAP.fullmatch(text, pending[j].end, pending[j + 1].start):
            j += 1
        if j > i:
            members = range(i, j + 1)
            kinds = {
                (c.entity.country, types) for k in members if (c := out[k]).entity.kind == "region" and c.entity.iso is not None
                and strip_region_words(c.matched.name.text) is None  # by its name alone, not Курской области
                and all(o.entity.kind == "region" for o in pending[k].candidates) and (types := iso_type_words(c.entity.iso))
            }
            if len(kinds) == 1:
                country, types = next(iter(kinds))
                for k in members:
                    if out[k].entity.kind != "region" and (division := next((
                        c for c in pending[k].candidates if c.entity.kind == "region" and c.entity.country == country
                        and c.matched.how != "region-stem" and c.entity.iso is not None and iso_type_words(c.entity.iso) == types
                    ), None)) is not None:
                        out[k] = division
        i = j + 1
    return out


def _town_of_first(entity: Entity, first: Entity) -> bool:
    """Whether ``entity`` is a town of :data:`DATELINE_TOWN_POPULATION` in the country or region ``first``,
    which a city's cue says the name names rather (LUXEMBOURG —, a Lussemburgo)."""
    return entity.kind == "place" and first.kind in _COUNTRY_OR_REGION and entity.country == first.country and (
        (entity.population or 0) >= DATELINE_TOWN_POPULATION
    )


def _counties_by_short_name(text: str, pending: list[Pending], chosen: list[Candidate]) -> list[Candidate]:
    """``chosen``, where a name written alone in a story that names its county (DeKalb, in a story about
    DeKalb County; Kanawha Circuit Court, beside Kanawha County) reads as that county: a local story's
    short name for it. Not where the name reads as a town inside the county (Lancaster, in Lancaster
    County: within :data:`TOWN_IN_COUNTY_KM`), nor where it reads first, out of context, as a country, a
    state or a place of :data:`SIZEABLE_CITY_POPULATION` (Washington, beside Washington County), nor
    for a name of a list of counties, read already."""
    counties: dict[str, Candidate] = {}
    for p, c in zip(pending, chosen):
        written = text[p.start : p.end]
        if written.endswith(_COUNTY_SUFFIXES) and _county(c.entity):
            counties.setdefault(written[: written.rindex(" ")], c)
    if not counties:
        return chosen  # most documents
    return [
        county if (county := counties.get(text[p.start : p.end])) is not None and not p.division
        and _short_for(county.entity, c.entity, p.candidates[0].entity) else c
        for p, c in zip(pending, chosen)
    ]


def _short_for(county: Entity, reading: Entity, first: Entity) -> bool:
    """Whether a name the document reads as ``reading``, and out of context first as ``first``, is a
    short name of ``county`` (:func:`_counties_by_short_name`)."""
    if reading.id == county.id or first.kind == "country" or (first.kind == "region" and first.iso is not None) or (
        (first.population or 0) >= SIZEABLE_CITY_POPULATION
    ):
        return False
    if _county(reading):
        return True  # another state's county of the name
    inside = reading.country == county.country and reading.admin1 == county.admin1 and (
        reading.lat is None or _distance(reading, county) <= TOWN_IN_COUNTY_KM
    )
    return reading.kind == "place" and not inside


def _choose_once(
    text: str, pending: list[Pending], cues: list[str | None], settled: list[Candidate | None],
    related: dict[str, tuple[str | None, str | None]], lang: str | None, capitals: frozenset[str],
) -> list[Candidate]:
    """One round of :func:`choose`, with each mention's :func:`_cues`, in the context of the ``settled``
    readings (None: the first), for a text in ``lang``, with the countries' ``capitals``."""
    countries, regions = _context(pending, settled, related)
    country_boost = {country: COUNTRY_BOOST * min(1.0, weight) for country, weight in countries.items()}
    region_boost = {area: REGION_BOOST * min(1.0, weight) for area, weight in regions.items()}
    areas: defaultdict[str | None, set[str]] = defaultdict(set)
    for (country, admin1), weight in regions.items():
        if weight >= 1.0 and admin1:
            areas[country].add(admin1)
    national = _national(pending, settled, regions)
    targets, placing, pattern_areas = _pattern_targets(text, pending)
    provinces = _province_targets(text, pending)
    # A name written as a state's, a division's, a land's, a governor's, a French département's after its article,
    # a city's after its preposition or a province's is a name apart from the same name written alone (the state of
    # Washington; Washington, the capital, elsewhere in the story; на Запоріжжі, у Запоріжжі; la Vienne, à
    # Vienne; a Lussemburgo, in Lussemburgo; Martorell, en Barcelona, and inquilinos de Madrid y Barcelona);
    # so is a river's, read first as the water (crossed the Dnipro; in Dnipro, the city, elsewhere in the story).
    keys = [
        f"{_mention_key(text[p.start : p.end])} ({cue})" if cue is STATE or cue is DIVISION or cue is LAND or cue is ARTICLE or cue is TO_A_CITY or cue is GOVERNED
        else f"{_mention_key(text[p.start : p.end])} (province)" if i in provinces
        else f"{_mention_key(text[p.start : p.end])} (water)" if p.candidates[0].entity.kind == "feature"
        else _mention_key(text[p.start : p.end])
        for i, (p, cue) in enumerate(zip(pending, cues))
    ]
    # The countries the document names by a name no other reading comes near (Ireland; not Georgia), with those names.
    named: defaultdict[str | None, set[str]] = defaultdict(set)
    for key, p in zip(keys, pending):
        if p.candidates[0].entity.kind == "country" and (len(p.candidates) == 1 or p.candidates[0].score - p.candidates[1].score >= CONFIDENT_MARGIN):
            named[p.candidates[0].entity.country].add(key)
    region_of, place_in = _plausible_areas(pending, settled, keys)
    across = _near_across_areas(place_in, pending, keys)
    rescored: list[list[tuple[float, Candidate]]] = []
    # What the document as a whole says of a name's candidates, worked out once per name
    # (most names recur); what the mention's surroundings say is added per mention.
    by_name: Boosts = {}
    for key, p in zip(keys, pending):
        if (key, id(p.candidates)) not in by_name:
            by_name[(key, id(p.candidates))] = _document_boosts(p.candidates, key, country_boost, region_boost, region_of, place_in, across, areas, capitals, named)
    _add_containment(by_name, place_in)
    for i, p in enumerate(pending):
        key = keys[i]
        boosts = by_name[(key, id(p.candidates))]
        target = targets.get(i)
        # "the White House", "l'Élysée": after the article, a name that also reads as an organisation
        # is not a town's for the document's sake (White House, Tennessee, in a story about Tennessee;
        # Paris 08 Élysée, in one about Paris).
        article = bool(ARTICLE_BEFORE.search(text, max(0, p.start - 5), p.start)) and any(c.entity.kind == "organization" for c, _ in boosts)
        # After a French article, a division outranks a town, not where the name is a country's (au
        # Luxembourg): a French-speaking country's (dans la Vienne: the département, not Vienna), or where
        # none is a reading, another country's first-level one (au Québec, le Sichuan; not the province of
        # "du Milan", the club).
        divisional = cues[i] is ARTICLE and not any(c.entity.kind == "country" for c, _ in boosts)
        home_division = divisional and any(c.entity.kind == "region" and c.entity.country in _ARTICLE_DIVISION_COUNTRIES for c, _ in boosts)
        division = None  # whether a division word follows: looked for once, and only for a region candidate
        stem_region = None  # whether a region reads by its stem: the same, looked for once a region comes
        # A dateline names a city: a town of 50,000 or more of its name outranks the country or region it
        # reads as first, in that country (LUXEMBOURG —; not ARMENIA —, Armenia, Colombia, nor FLORIDA —,
        # Florida, Cuba; GRANADA — stays Grenada), and no region of its name is made likelier
        # by the document (BUENOS AIRES —, MOSCOW —, in stories about their province and oblast); not
        # where no such town is (RUSSIA —: not Russia, Ohio; CALIFORNIA —), nor a place over another (COLUMBUS —).
        city = cues[i] is CITY or cues[i] is TO_A_CITY
        state = cues[i] is STATE
        first = p.candidates[0].entity  # what the name reads as first, which a dateline's town may outrank
        # A city of millions first, by its name in the text's own language, is no village of that name either,
        # however near the story's places (Spanish Los Ángeles in a story from Jalisco); English names too
        # many places as it names big cities for that (London in a story about Kentucky).
        exonym = lang not in (None, "en") and p.candidates[0].matched.name.lang == lang
        # The population from which the first reading keeps the villages of its name from the document's
        # boosts: a dateline's or an exonym's city of millions; any town of 50,000 named by its own name,
        # against a village GeoNames calls so only in an untagged alternate (the Charlotte-based lender:
        # not a village in New York; Youngstown, not Mount Gilead, Ohio, among central Ohio's towns).
        shielding = PROMINENT_POPULATION if city or exonym else None
        # A Russian or Ukrainian text names a city by its Cyrillic name, which GeoNames leaves untagged (у Рівному: the
        # city of 244,000, not a Volyn village of that name beside Луцьк).
        own_name = first.own_name(p.candidates[0].matched.name.text) or (
            lang in ("ru", "uk") and (first.population or 0) >= SIZEABLE_CITY_POPULATION and _CYRILLIC.search(p.candidates[0].matched.name.text) is not None
        )
        # A national story's city of 500,000, named by its own name or by its name in the text's language,
        # keeps its namesakes below 50,000 in its country from the boosts too (WASHINGTON —, in a story
        # naming Pennsylvania, Michigan and Georgia: not Washington, Pennsylvania). A local story names
        # fewer states: COLUMBUS —, in a Nebraska paper, stays Columbus, Nebraska.
        national_city = first.kind == "place" and (first.population or 0) >= NATIONAL_CITY_POPULATION and (
            (own_name or exonym) and first.country in national
        )
        scored = []
        for c, boost in boosts:
            entity = c.entity
            if boost is None:
                if not (city and _town_of_first(entity, first)):
                    scored.append((c.score, c))
                    continue
                boost = 0.0  # a Lussemburgo: the city, by a name GeoNames gives it untagged, as a city's cue says
            if article and entity.kind == "place":
                boost = 0.0
            if entity is not first and entity.kind == "place" and (entity.population or 0) < COUNTRY_NAMESAKE_POPULATION and first.kind == "place" and (
                (shielding is not None and (first.population or 0) >= shielding)
                or (own_name and (first.population or 0) >= OWN_NAME_TOWN_POPULATION and c.untagged_alternate(lang))
            ):
                boost = 0.0  # MADRID —, Los Ángeles, Charlotte: the city, not a village of its name near the story's places
            elif national_city and entity is not first and entity.kind == "place" and entity.country == first.country and (
                (entity.population or 0) < DATELINE_TOWN_POPULATION
            ):
                boost = 0.0
            # Only a region named by its stem (Belgorod of Belgorod Oblast): one that bears its city's
            # very name (Moscow, the federal city) is the city, whatever division word follows. Where
            # no region reads so, one named so exactly is (Aurora and Quezon provinces: ISO's names).
            if entity.kind == "region" and stem_region is None:
                stem_region = any(o.entity.kind == "region" and o.matched.how == "region-stem" for o, _ in boosts)
            if entity.kind == "region" and (c.matched.how == "region-stem" or not stem_region):
                if division is None:
                    division = _region_cue(text, p.end, (pending[j] for j in range(i + 1, len(pending))), lang)  # not islice: it walks from 0
                if division:
                    boost += PATTERN_BOOST
            if (target is not None and _in_area(entity, target)) or (pattern_areas and pattern_areas.get(i) == entity.id):
                boost += PATTERN_BOOST
            if i in provinces and entity.kind == "region" and entity.admin1 is None and entity.country == provinces[i]:
                boost += PATTERN_BOOST
            if divisional and entity.kind == "region" and (entity.country in _ARTICLE_DIVISION_COUNTRIES or (
                not home_division and state_or_country(entity)
            )):
                boost += PATTERN_BOOST
            if state and entity.kind == "region" and entity.country in STATE_COUNTRIES:
                boost += PATTERN_BOOST
            if (cues[i] is GOVERNED or cues[i] is LAND) and entity.kind == "region":
                boost += PATTERN_BOOST
            if city and entity.kind == "region":
                boost = 0.0
            elif city and _town_of_first(entity, first):
                boost += PATTERN_BOOST
            scored.append((c.score * (1 + boost), c))
        rescored.append(scored)
    # One sense per document: a name written more than once gets, everywhere, the entity
    # whose scores summed over its mentions are best. But a mention placed by "City, Country", "City,
    # State" or "Country's" (VICTORIA, Seychelles; Paris, Texas) is the reading there, and the name's
    # other mentions read so too where only one place is so given (Kingston, Jamaica and Kingston,
    # Ontario: each its own, the others as the nearest placed before them, or by the sums before any);
    # not by a county's name after the comma, which names counties in several states (In Mansfield,
    # Richland County...). A lower division places its mention and the later ones, not those before it
    # (à Valence, in a story about Valencia, then le maire de Valence, dans la Drôme).
    repeated = {key for key, n in Counter(keys).items() if n > 1}
    totals: dict[tuple[str, str], float] = defaultdict(float)
    own: dict[int, tuple[float, Candidate]] = {}  # by index: the best reading inside its placing pattern's area
    placed: dict[str, set[str]] = defaultdict(set)
    for i, (key, scored) in enumerate(zip(keys, rescored)):
        if key in repeated:
            for s, c in scored:
                totals[(key, c.entity.id)] += s
            if i in placing and (inside := [
                sc for sc in scored if _in_area(sc[1].entity, targets[i])
            ]):
                own[i] = max(inside, key=itemgetter(0))
                if placing[i]:
                    placed[key].add(own[i][1].entity.id)
    chosen = []
    last_placed: dict[str, str] = {}  # by name: the reading the nearest pattern before gave it
    for i, (key, scored) in enumerate(zip(keys, rescored)):
        if i in own:
            best_score, best = own[i]
            last_placed[key] = best.entity.id
        elif key in repeated and (
            # where patterns place the name in several places, a mention after one reads as the nearest before
            # it does (KINGSTON, Jamaica —, then "landed in Kingston", then Kingston, Ontario); before any, by the sums
            reading := last_placed.get(key) or (next(iter(placed[key])) if len(placed.get(key, ())) == 1 else None)
        ) is not None and (pinned := next((sc for sc in scored if sc[1].entity.id == reading), None)) is not None:
            best_score, best = pinned
        elif key in repeated:
            best_score, best = max(scored, key=lambda sc: (totals[(key, sc[1].entity.id)], sc[0]))
        else:
            best_score, best = max(scored, key=itemgetter(0))
        chosen.append(Candidate(best.entity, min(1.0, best_score), best.matched))
    return chosen
