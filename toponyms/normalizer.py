"""Find every place, person and organisation in running text and resolve it in context.

    >>> from toponyms import Gazetteer, Normalizer             # doctest: +SKIP
    >>> norm = Normalizer(Gazetteer.default())                 # doctest: +SKIP
    >>> doc = norm("Russia calls Bakhmut Artiomovsk.", lang="en")  # doctest: +SKIP
    >>> [(m.text, m.entity.id) for m in doc.mentions]          # doctest: +SKIP
    [('Russia', 'geonames:2017370'), ('Bakhmut', 'geonames:713174'), ('Artiomovsk', 'geonames:713174')]

The stages: :mod:`toponyms.scan` proposes spans, the resolver gives each its
context-free candidates, :mod:`toponyms.evidence` drops spans that are not
names, :mod:`toponyms.context` picks one entity per span with the whole
document in view, and the renderer writes the text with canonical names.
A :class:`Normalizer` is built once and then called from any thread.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Container
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial

from .context import LIST_GAP, POSSESSIVES, STATE_COUNTRIES, Pending, admit_city_of_region, choose, drop_foreign_pairs, lies_in, names_a_state_or_country, state_or_country
from .derive import REGION_WORDS, strip_region_words
from .divisions import any_of_kind, prefer_kind
from .evidence import (
    COMMON_ZIPF, CONJUNCTIONS, HOME_COUNTRIES, ITALIAN_ELIDED_BEFORE, ITALIAN_MASCULINE_BEFORE, MENTION, OTHER, OPENING_NAME_QUOTES, PERSON, PROMINENT_POPULATION, RIVER_APPOSITION, RIVER_BEFORE, RIVER_BEFORE_CHARS, SETTLEMENT_NOUNS, SPEECH_VERBS, SIZEABLE_POPULATION, SMALL_POPULATION, UNTAGGED_LOWER_ZIPF, UNTAGGED_WORD_ZIPF, WORD_ZIPF, Evidence, after_given_name, after_preposition,
    after_german_place_preposition, after_listed_preposition, after_settlement_noun, assess, dateline, in_context, is_compass, is_given_name, names_river, names_something_else, names_town, sentence_initial, town_word_after, word_after, zipf,
)
from .givennames import surnames
from .gazetteer import Gazetteer
from .language import detect, language_code
from .model import Entity, Name
from .resolver import CONTRACT_HOW, MAX_TIES, Candidate, Match
from .scan import COUNTY_SUFFIX, REGION_SUFFIX, RESPELLED_LANGS, Scanner, Span, division_name, plural_division, word_lemmas
from .textnorm import CYRILLIC as _CYRILLIC
from .textnorm import SURROGATE, cyrillic_skeleton, reading_form
from .translit.key import match_key

#: Candidates per span considered in context: the best ones, and any tied with the last of them
#: (20 Madison Counties rank alike; only the document can tell them apart).
CANDIDATES = 8
#: From this population a place's untagged GeoNames alternate written in a language of its country
#: is taken for its local name (Napoli, Nürnberg; Venezia, whose place GeoNames counts at 51,298).
LOCAL_NAME_POPULATION = 50_000
#: The same in Russian and Ukrainian text for a Cyrillic name, all of which GeoNames leaves untagged: a town of
#: 10,000 in Ukraine or Russia is named so in its own language (Щастя, Shchastia; a common word, "happiness").
CYRILLIC_LOCAL_NAME_POPULATION = 10_000
#: An Italian town after a masculine article is its football club from this size (il Napoli, il Como; not al Lido).
CLUB_TOWN_POPULATION = 50_000
#: Languages in which a settlement's noun makes a town of a word the evidence rejected (у місті Бар, burmistrz miasta Koła).
_SETTLEMENT_NOUN_LANGS = frozenset({"ru", "uk", "pl"})
#: The words of a newspaper's name after its town's (the Augusta Herald, the Hailey Times).
_NEWSPAPER_AFTER = re.compile(
    r" (?:Herald|Chronicle|Times|Gazette|Journal|Tribune|Post|News|Observer|Courier|Register|Examiner|Sentinel|Ledger|Dispatch"
    r"|Inquirer|Bulletin|Daily|Democrat|Record|Star)\b"
)
#: Abbreviated division words ending a mention, whose period is theirs (Вінницької обл., Харківська обл.).
_ABBREVIATED_DIVISION = (" обл",)
#: How a name matched when only its matching key or a generated romanization agreed.
_LOOSE = ("key", "variant")
#: What joins the cities of a German list.
_GERMAN_LIST_GAPS = frozenset({", ", " und ", " oder ", " sowie "})
#: Lower-case words after a place's name that make a longer one of it (the Jersey city mayor, Salt Lake county).
_PLACE_TAILS = frozenset({"city", "county", "parish", "borough", "township"})
#: A comma and the capitalized word after it (Dillon, Montana).
_COMMA_WORD = re.compile(r", ([^\W\d_][^\W_]*)")
#: "of" and a capitalized word after a compass point (la regione del Sud della Francia, the North of England).
_OF_A_NAME = re.compile(r"\s+(?:de\s+la|de\s+l['’]|du|de|des|della|dello|dell['’]|del|di|of\s+the|of|von)\s*[^\W\d_a-zà-ÿ]")
#: French "le" (or "dans le") right before a word, and the compass words a French division is named by after it.
_FRENCH_THE_BEFORE = re.compile(r"(?<![\w'’])(?:[Dd]ans )?[Ll]e \Z")
_FRENCH_COMPASS = frozenset({"Nord", "Sud", "Est", "Ouest"})
#: Where a phrase ends after a word: punctuation, the text's end or a conjunction (dans le Nord, mardi; dans le Nord et...).
_PHRASE_ENDS = re.compile(r"\s*(?:[,.;:!?)»]|\Z|(?:et|ou) )")
#: The endings of Russian and Ukrainian surnames (Данилов, Кірсанов, Гагарін; adjectival: Жуковський,
#: Полярний), in a dictionary form; feminine ones too (Кузнєцова, Орловська).
_SURNAME_SHAPED = re.compile(r"(?:[оеєё]ва?|[иіы]на?|[иіыо]й|[иіы]я|ська|цька|ская|цкая)$")
#: The Russian ending -овка/-евка of a village's name (as a skeleton: ё is е), which Ukrainian writes -івка
#: (Щербиновка, Щербинівка; Кругляковка, Кругляківка): a skeleton keeps vowels, so it does not meet.
_RUSSIAN_VKA = re.compile(r"[ое]вка$")
#: How a region matches by its stem: an adjective without its division word (Івано-Франківська), or
#: that stem romanized.
_REGION_STEMS = frozenset({"region-stem", "variant"})
#: A space and a word right after a mention.
_WORD_AFTER = re.compile(r" [^\W\d_]")
#: Readings of a two-word phrase tried by :meth:`Normalizer._phrase_spelled_as` (each word has up to three).
MAX_PHRASE_READINGS = 4
#: The word and hyphen right before a compound's later part.
_HYPHENATED_HEAD = re.compile(r"(?<![^\W_])([^\W_]+)-\Z")
#: Languages whose press writes acronyms in title case (Italian: la Nato, l'Ue, gli Usa).
TITLE_CASE_ACRONYMS = frozenset({"it"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in the text, ``text[start:end]`` (code points, end exclusive)."""

    start: int
    end: int
    text: str
    entity: Entity
    score: float
    name: Name
    how: str

    def to_json(self) -> dict:
        e = self.entity
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "id": e.id,
            "name": e.name,
            "kind": e.kind,
            "country": e.country,
            "geonames": e.geonames,
            "lat": e.lat,
            "lon": e.lon,
            "score": round(self.score, 4),
            "matched": {"name": self.name.text, "lang": self.name.lang, "type": self.name.type, "how": self.how},
            "used_by": [u.to_json() for u in self.name.used_by],
        }


@dataclass(frozen=True)
class Document:
    """The result of normalizing one text."""

    text: str
    lang: str | None
    mentions: tuple[Mention, ...]
    normalized: str = field(repr=False)

    def to_json(self) -> dict:
        return {"mentions": [m.to_json() for m in self.mentions], "normalized": self.normalized}


#: Words that make a display name a division's on its face (Belgorod Oblast, Kursk Region, Cook County).
_DIVISION_WORDS = REGION_WORDS | frozenset("county canton kanton voivodeship department département state krai kraj".split())
#: The word right before a mention: a preposition there may decide the case a rendering is declined in.
_WORD_BEFORE = re.compile(r"([\w-]+)\s+\Z")
#: The rest of a list of names that a plural division word closes, right after a name (Kharkiv and Sumy oblasts;
#: Kursk und Brjansk Oblaste).
_PLURAL_AFTER_LIST = re.compile(
    r"(?:(?:,| and| und| et| y| e| i| oraz) [A-Z][\w'’-]*)*\s+(?:oblasts|regions|provinces|prefectures|voivodeships|oblaste|regionen|provinzen)\b"
)
#: What joins a list's names (у Києві та Харкові, в Курской, Брянской и Белгородской областях).
_LIST_GAP = re.compile(r"\s*(?:,|и|і|й|та|или|або|,\s*а также)\s+")
#: Endings of a Russian or Ukrainian adjective's masculine nominative (Донецький, Киевский).
_MASCULINE_ADJECTIVE_ENDINGS = ("ий", "ій", "ый", "ой")
#: An elided French or Italian article right before a word (l'oblast, L'oblast, dell'oblast).
_ELIDED_ARTICLES = frozenset({"l'", "L'", "l’", "L’"})
#: A division word and the word joining it to its name, opening a mention (oblast de Donetsk, oblast d'Odessa).
_DIVISION_LEAD = re.compile(r"(\w+) (?:de |d['’]|di |del |della |dell['’])")
#: Letters an elided article may stand before.
_VOWELS = frozenset("aeiouyhàâäéèêëîïôöùûü")
#: Words that join a division word to its name (Región de Murcia, Oblast of Kursk).
_JOINERS = frozenset("de di du del della of".split())


#: A local city's score as a share of the best one's, from which it counts as tied with it (see ``_resolve``).
LOCAL_TIE = 0.99
#: A declined city's score as a share of the best one's, written exactly so in another language, from which the city
#: comes first (see ``_resolve``: у Лодзі).
DECLINED_CITY_TIE = 0.97
#: Score factor of a candidate matched by a romanization key (a lower-case GeoNames alternate) where
#: another is matched exactly by a name as written.
ROMANIZATION_KEY_TRUST = 0.9
#: Short words that join a name's parts, which GeoNames capitalizes in some alternate names (Rostow Am Don).
_JOINING_WORDS = frozenset("am an der on upon sur nad pod".split())
#: Russian, Ukrainian and Polish "in" right before a word.
_IN_BEFORE = {
    "ru": re.compile(r"(?<!\w)[Вв]о? \Z"), "uk": re.compile(r"(?<!\w)[ВвУу] \Z"), "pl": re.compile(r"(?<!\w)[Ww]e? \Z"),
}


def _romanization_key(candidate: Candidate, lookup: str) -> bool:
    """Whether ``candidate`` matched a capitalized ``lookup`` only through an untagged GeoNames alternate
    in lower-case ASCII, a romanization key rather than a name as written (atalanta, dubai)."""
    name = candidate.matched.name.text
    return name.islower() and name.isascii() and not lookup.islower() and candidate.untagged_alternate()


def _promoted(found: list[Candidate], first: Candidate) -> list[Candidate]:
    """``found`` with ``first`` moved to the front at the best one's score (the document may still choose another)."""
    return [Candidate(first.entity, found[0].score, first.matched), *(c for c in found if c is not first)]


#: Languages whose held spans are taken again as a mention the document made (:func:`_repeated`).
_REPEATED_LANGS = frozenset({"en", "ru", "uk", "de"})
#: German verbs of being, becoming and having after a sentence's first word, which is then their subject (Halle ist...).
_GERMAN_SUBJECT_VERBS = frozenset("ist war wird wurde bleibt blieb hat hatte liegt lag gilt galt".split())


def _repeated(text: str, pending: list[Pending], held: dict[int, Pending], lang: str) -> list[Pending]:
    """``pending`` with the held spans written, letter for letter, as a mention taken elsewhere in the document:
    one sense per document, where the word had been left in doubt. In English, one opening a sentence before
    a word for a town's services or people (Reading police said..., after "in Reading") or a possessive
    (Washington's attorney general, after "southwest Washington"), where the forced capital alone said
    nothing; not a gerund (Reading the report), nor a hamlet's name (a Division of Highways, then Highways
    officials: a town of 10,000 at least). In German, which capitalizes nouns, a town's (of 10,000
    at least) opening a sentence as the subject of a verb of being or having (das Turnier in Halle, then Halle
    ist die letzte Station; not Zug um Zug, Essen und Trinken after in Zug, in Essen). In Russian and
    Ukrainian, which capitalize only names, one inside a sentence (у місті Щастя..., then Тепер Щастя
    зруйноване: "happiness" is written so at a sentence's start only); not one alone in guillemets (a club's
    name), nor a street's, a storm's or a club's (:func:`~toponyms.evidence.names_something_else`: ФК
    Краснодар after в городе Краснодар). Taken out of ``held``."""
    taken = {text[p.start : p.end] for p in pending}
    if lang == "en":
        repeated = [
            h for end, h in held.items()
            if text[h.start : end] in taken and (h.candidates[0].entity.population or 0) >= SMALL_POPULATION
            and sentence_initial(text, h.start) and (town_word_after(text, end) or text.startswith(POSSESSIVES, end))
        ]
    elif lang == "de":
        repeated = [
            h for end, h in held.items()
            if text[h.start : end] in taken and (h.candidates[0].entity.population or 0) >= SMALL_POPULATION and sentence_initial(text, h.start)
            and word_after(text, end) in _GERMAN_SUBJECT_VERBS
        ]
    else:
        repeated = [
            h for end, h in held.items()
            if text[h.start : end] in taken and not sentence_initial(text, h.start) and text[h.start - 1 : h.start] not in OPENING_NAME_QUOTES
            and not names_something_else(text, h.start, end, lang)
        ]
    for h in repeated:
        del held[h.end]
    return sorted([*pending, *repeated], key=lambda p: p.start) if repeated else pending


def _compass_regions_placed(mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """``mentions`` but a region written as compass words alone (South East, Sud-Ouest, Nord-Est,
    Centre-Est) where no other mention lies in its country: Botswana, Burkina Faso, Haiti and Cameroon
    name regions so, and the words name a part of any country (le Sud-Est de la France, the South East
    of England, il Nord-Est). Kept in a story that names its country (Au Cameroun, les régions du
    Nord-Ouest...) or a place there; a division word written with it is part of its span (département
    du Sud-Est), which then is no compass words alone."""
    compass = [m.entity.kind == "region" and _compass_words_only(m.text) for m in mentions]
    if True not in compass:
        return mentions
    placed = {m.entity.country for m, c in zip(mentions, compass) if not c}
    return tuple(m for m, c in zip(mentions, compass) if not c or m.entity.country in placed)


def _compass_words_only(text: str) -> bool:
    """Whether ``text`` is two or more compass words joined by hyphens or spaces (Sud-Est, North West)."""
    parts = text.replace("-", " ").split()
    return len(parts) > 1 and all(is_compass(part) for part in parts)


def _inner_period(text: str, end: int) -> bool:
    """Whether a period stands at ``end`` inside a sentence: before a comma, a colon, a semicolon, a closing
    bracket or a lower-case word (обл., ще одного), not where it may end the sentence as well."""
    after = text[end + 1 : end + 3]
    return text.startswith(".", end) and (after[:1] in (",", ";", ":", ")") or (after[:1] == " " and after[1:].islower()))


def _unplaced_person_names(text: str, pending: list[Pending], curated: Container[str]) -> list[Pending]:
    """``pending`` without an English town's name that is a person's too (Welch, Chapman, Hailey), where the
    town is neither sizeable nor curated and none of the document's mentions of the name stands where a
    place's does: after a preposition (or "of": Theresa Pilkington of Jeannette), before a word for a town's
    services or people or a newspaper's (the Augusta Herald), in a dateline, or listed with another mention
    (Welch, W.Va.; Gainesville and Lindsay). "stabbed Welch", "Team Hailey", "the Chapman Valve site": the
    person's."""
    suspects: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(pending):
        written = text[p.start : p.end]
        top = p.candidates[0].entity
        if top.kind == "place" and (top.population or 0) < SIZEABLE_POPULATION and top.id not in curated and " " not in written and (
            written.istitle() and (written in surnames() or is_given_name(written, "en"))
        ):
            suspects[written].append(i)
    if not suspects:
        return pending
    dropped: set[int] = set()
    for indices in suspects.values():
        if not any(
            after_preposition(text, (p := pending[i]).start, "en") or text.endswith(" of ", 0, p.start) or town_word_after(text, p.end)
            or dateline(text, p.start, p.end) or _NEWSPAPER_AFTER.match(text, p.end)
            or (i + 1 < len(pending) and LIST_GAP.fullmatch(text, p.end, pending[i + 1].start))
            or (i > 0 and LIST_GAP.fullmatch(text, pending[i - 1].end, p.start))
            for i in indices
        ):
            dropped.update(indices)
    return [p for i, p in enumerate(pending) if i not in dropped] if dropped else pending


def _town_below_prominent(entity: Entity) -> bool:
    """Whether ``entity`` is a town or city below a city of millions: a name the document gives a person
    is rather that person's (see the normalizer's one sense per document for persons)."""
    return entity.kind == "place" and (entity.population or 0) < PROMINENT_POPULATION


def _person_keys(word: str, lang: str) -> set[str]:
    """A name as written and its dictionary forms (Жукова, Жукове: Жуков), which tell one person's
    name in any of its cases."""
    return {word, *word_lemmas(word, lang)}


def _without_division_words(name: str) -> str:
    """``name`` without its division words and the joiners they leave at its ends (Belgorod Oblast:
    Belgorod; Región de Murcia: Murcia; Broward County: Broward); ``name`` itself if nothing is left."""
    words = [word for word in name.split() if word.casefold() not in _DIVISION_WORDS]
    while words and words[0] in _JOINERS:
        words.pop(0)
    while words and words[-1] in _JOINERS:
        words.pop()
    return " ".join(words) or name


#: A US county's score where a county's word before its name also names a division so called (comté de
#: Kent: the English county unless the document names the US state, as in comté de York, en Pennsylvanie).
COUNTY_BEHIND_DIVISION = 0.8


class Normalizer:
    """``Normalizer(gazetteer)(text, lang=None) -> Document``; build once, call from any thread.

    ``render_lang``, ``party`` and ``date`` choose how mentions are written in
    ``Document.normalized``: by default each becomes its entity's canonical
    English name; with a language, the entity's name in that language; with a
    party, the name that party uses (see :func:`toponyms.naming.name_for`).
    """

    def __init__(self, gazetteer: Gazetteer, *, render_lang: str | None = None, party: str | None = None, date: str | None = None):
        writes = render_lang
        if party is not None or date is not None:
            from .naming import check_party, normalize_date

            date = normalize_date(date)  # fail on a bad party or date now, not at the first mention
            if party is not None:
                langs = check_party(gazetteer, party).langs
                writes = writes or (langs[0] if langs else None)
        # Whether renderings are in Cyrillic: a name with none on record in the language is then kept as the
        # text wrote it in Cyrillic, not replaced by its Latin canonical name (Сумы, not Sumy, with --lang ru).
        self._cyrillic_rendering = writes in RESPELLED_LANGS
        self.gazetteer = gazetteer
        self.render_lang = render_lang
        self.party = party
        self.date = date
        # Not a settlement noun's (город Киев, a curated name of Kyiv City): "в городе Москве" names the city.
        self.scanner = Scanner(gazetteer.index.surfaces, {
            lang: [name for name in names if name.split()[0] not in SETTLEMENT_NOUNS.get(lang, ())]
            for lang, names in gazetteer.index.lower_headed.items()
        }, self._respelled, self._town_size, self._names_a_state)
        self._spoken = gazetteer.index.country_languages
        self._candidates = lru_cache(maxsize=100_000)(self._resolve)
        self._assessed = lru_cache(maxsize=100_000)(self._assess)
        self._display = lru_cache(maxsize=100_000)(self._render_name)
        self._location = lru_cache(maxsize=10_000)(self._locate)
        self._respelling = lru_cache(maxsize=100_000)(self._lookup_respelling)
        self._namesakes = lru_cache(maxsize=10_000)(self._all_namesakes)
        self._articled = lru_cache(maxsize=10_000)(self._named_with_article)  # il Napoli, in every sports page

    def __call__(self, text: str, lang: str | None = None, *, date: str | None = None) -> Document:
        """The mentions of ``text`` in ``lang`` (en ru uk de fr es pl it, in any case, with or without a
        region: pl-PL); without one, or with a language it has no rules for, the language is told from
        the text (:func:`toponyms.language.detect`) and kept in ``Document.lang``. ``date`` (YYYY-MM-DD)
        renders as the party named places on that day, instead of the date the normalizer was built
        with (a :class:`~toponyms.errors.UsageError` if malformed)."""
        if date is not None:
            from .naming import normalize_date

            date = normalize_date(date)
        else:
            date = self.date
        original = text
        if not text.isascii() and SURROGATE.search(text):
            # A lone surrogate (JSON may spell one, \ud83d) cannot be encoded to look a word up; read the
            # text with U+FFFD in its place, one code point for one, so that offsets stay the original's.
            text = SURROGATE.sub("\ufffd", text)
        # Combining marks (decomposed Québec, stressed Ба́хмутом) would cut names: the text is read composed
        # and without stress marks, and the mentions' offsets are mapped back to the original's at the end.
        origin = None
        if (reading := reading_form(text)) is not None:
            marked, (text, origin) = text, reading
        lang = language_code(lang)
        if lang is None:
            lang = detect(text)
        lang_code = lang or "en"
        pending: list[Pending] = []
        inflected: set[int] = set()  # starts of mentions found in a declined form
        # Where the name starts in a mention a division word opens (provincia de Cuenca), and whether a plural one.
        named_at: dict[int, tuple[int, bool]] = {}
        persons_at: list[tuple[int, int, set[str]]] = []  # where the document writes a name as a person's (Flores said), and its keys
        speakers: set[str] = set()  # prominent places' names it writes as persons' (Prime Minister Luís Montenegro)
        sizeable: list[bool] = []  # per pending mention: its entity outweighs a person's name
        held: dict[int, Pending] = {}  # spans not taken on their own, by end: a City, Region pattern may admit them
        opener: Pending | None = None  # the last span held, if it opens a sentence and may open a list
        rejected_end = -1  # where the last span that names nothing here ends
        place_word = partial(self._place_word, lang=lang)
        river = RIVER_BEFORE.get(lang_code)  # a river's word before a name

        def take(span: Span, candidates: list[Candidate], big: bool, division: bool = False) -> None:
            """Make ``span`` a pending mention (``big``: its entity outweighs a person's name), with the period of
            an abbreviated division word it ends with (Вінницької обл., ще: rendered, no stray period is left),
            but one that ends a sentence too."""
            end = span.end + 1 if text.endswith(_ABBREVIATED_DIVISION, span.start, span.end) and _inner_period(text, span.end) else span.end
            pending.append(Pending(span.start, end, candidates, division))
            sizeable.append(big)
            if span.inflected:
                inflected.add(span.start)

        for span in self.scanner.spans(text, lang):
            assessed = self._assessed(text[span.start : span.end], span.lookup, lang)
            if span.lookup[:1].islower() and span.lookup.endswith(" " + (written := text[span.start : span.end])) and (  # the article's case first: cheap
                assessed is None or assessed[0][0].entity.kind != "country"
            ) and (unarticled := self._assessed(written, written, lang)) is not None and unarticled[0][0].entity.kind == "country":
                # al Perú: a country after a preposition fused with an article, whose name has none; the article
                # is a village's (El Perú), as it is Le Havre's (au Havre) and El Salvador's (del Salvador)
                span, assessed = Span(span.start, span.end, written), unarticled
            # Looked up as a division by a division word before the span (le province di Ravenna e Bologna).
            division = plural = False
            named = None
            if not span.inflected and (bare := division_name(span.lookup)) is not None and not text.endswith(span.lookup, 0, span.end):
                division = text.startswith(bare, span.start)
                named = Span(span.end - len(bare), span.end, bare)
                word = text[span.start : named.start].split()[0] if named.start > span.start else None  # région, Kanton...
                plural = division or (word is not None and plural_division(word, lang))
                if is_compass(bare) and (plural or _OF_A_NAME.match(text, span.end)) and not (
                    # but for a division of the word's kind so named in a home country of the language
                    # (les départements du Nord et du Pas-de-Calais: France's Nord)
                    assessed is not None and word is not None and any_of_kind(assessed[0], word, HOME_COUNTRIES.get(lang or "", ()))
                ):
                    # les régions du Nord et de l'Est, la regione del Sud della Francia: the northern ones, the
                    # south of France, not regions named Nord or Sud (Burkina Faso's, Cameroon's)
                    rejected_end = span.end
                    continue
                if span.lookup.endswith(COUNTY_SUFFIX):
                    # A county's word before a name: a division so named (comté de Kent, comté de Durham: ISO's
                    # County Durham) and a US county (Kent County, Delaware) are both candidates, the county at
                    # COUNTY_BEHIND_DIVISION of its score; the document chooses (comté de York, en Pennsylvanie).
                    written = text[span.start : span.end]
                    # An English list that "counties" closes (Otoe and Washington counties) names counties, not
                    # regions: a British or Irish one is named "County Cork", or like a US one.
                    regional = (None if division and lang_code == "en" else self._assessed(written, bare + REGION_SUFFIX, lang)) or (
                        self._assessed(written, f"County {bare}", lang)
                    )
                    if regional is not None:
                        ids = {c.entity.id for c in regional[0]}
                        county = [Candidate(c.entity, c.score * COUNTY_BEHIND_DIVISION, c.matched)
                                  for c in (assessed[0] if assessed is not None else []) if c.entity.id not in ids]
                        assessed = sorted([*regional[0], *county], key=lambda c: -c.score), regional[1]
                        span = Span(span.start, span.end, bare + REGION_SUFFIX)
                if assessed is None or (
                    (text.startswith("Land ", span.start) or (lang_code == "en" and word is not None and word.lower().startswith("region")))
                    and self._names_a_country(named.lookup, lang)
                ):
                    # "provincia della Spezia", "région de Sens": no region of that name; the name alone, the
                    # place the division is named after. German "Land" is a country too (das Land Georgien),
                    # and an English "region of" one is a part of (a region of Georgia, of Mexico: not the
                    # US state, the State of Mexico; the province of Luxembourg is Belgium's).
                    span, assessed = named, self._assessed(named.lookup, named.lookup, lang)
                    division = False
                elif word is not None:  # the division word says which kind (département du Nord: France's)
                    assessed = prefer_kind(assessed[0], word), assessed[1]
            if lang_code == "fr" and span.lookup in _FRENCH_COMPASS and _FRENCH_THE_BEFORE.search(text, max(0, span.start - 8), span.start):
                # dans le Nord, (in Roubaix) dans le Nord et le Pas-de-Calais: France's Nord, a département of a
                # French-speaking country so named; not where words go on with it (le Nord du pays, le Nord syrien).
                divisions = [c for c in self._candidates(span.lookup, lang) if c.entity.kind == "region" and c.matched.how == "exact"
                             and c.entity.country in HOME_COUNTRIES["fr"]]
                opener = None
                if divisions and _PHRASE_ENDS.match(text, span.end):
                    take(span, divisions, False)
                else:
                    rejected_end = span.end
                continue
            if assessed is None and lang_code == "en" and span.lookup.endswith(COUNTY_SUFFIX) and (
                regional := self._assessed(text[span.start : span.end], span.lookup[: -len(COUNTY_SUFFIX)] + REGION_SUFFIX, lang)
            ) is not None and regional[0][0].entity.kind == "region":
                # Tulcea County, Nakuru County, Cork County: no US county, a region of a country whose divisions
                # English calls counties (Romania's, Kenya's, Ireland's), which the name alone (the city) is not.
                assessed = regional
            if assessed is None and not span.inflected and " " in span.lookup and (shorter := self.scanner.shorter(text, span.start, span.end)):
                # A phrase that is no name as written here (Texas City written "Texas city"): the state it
                # opens, or the city (New York city officials), but not another place (the Jersey city
                # mayor, Salt Lake county officials).
                assessed = self._assessed(text[shorter.start : shorter.end], shorter.lookup, lang)
                tail = text[shorter.end : span.end].split()[0]
                kind = assessed[0][0].entity.kind if assessed is not None else None
                if kind == "region" or (kind == "place" and tail == "city") or (assessed is not None and tail not in _PLACE_TAILS):
                    span = shorter
                else:
                    assessed = None
            if assessed is None and lang_code in _SETTLEMENT_NOUN_LANGS and after_settlement_noun(text, span.start, lang_code) and not (
                is_given_name(text[span.start : span.end], lang_code) and after_settlement_noun(text, span.start, lang_code, genitive=True)
            ) and (towns := [c for c in self._candidates(span.lookup, lang) if c.entity.kind == "place"]):
                # у місті Бар, в селе Мир: a settlement noun says the word is a town's name, however common a word
                # or small a town (Bar, 8,800 people: too few for a short name alone); a town of a country
                # speaking the language, if one is so named (Bar in Ukraine, not Baar in Switzerland). Not a
                # given name after a genitive: the town's head's (prezydent miasta Hanna Zdanowska).
                local = [c for c in towns if lang_code in self._spoken.get(c.entity.country or "", ())]
                opener = None
                take(span, local or towns, False)
                continue
            if assessed is None:
                rejected_end = span.end
                continue
            candidates, evidence = assessed
            if lang_code in RESPELLED_LANGS and len(candidates) > 1 and lang_code not in self._spoken.get(candidates[0].entity.country or "", ()) and (
                after_settlement_noun(text, span.start, lang_code)
            ) and (village := next((c for c in candidates[1:] if c.entity.kind == "place" and c.matched.how == "exact"
                                    and lang_code in self._spoken.get(c.entity.country or "", ())), None)):
                # в селе Таборы: the Russian village so named, not Tabora (Tanzania), whose genitive it spells
                candidates = _promoted(candidates, village)
            if rivers := [c for c in candidates if c.entity.kind == "feature" and c.entity.id in self.gazetteer.index.curated_ids]:
                # A curated river (or sea) and a town share the name: crossed the Dnipro, на Днепре, nad Dnieprem,
                # am linken Ufer des Dnipro, the Oskil river name the river (the Dnieper, not the city of Dnipro);
                # the village of Oskil and w Wiśle the town (not утонул в Волге: the village Volga is small),
                # however the document names the other; else the scores and the document choose. A river named
                # by one of its language's commonest words is named only so (an der Oder; "Oder" opening a
                # sentence is "or").
                if names_river(text, span.start, span.end, lang_code):
                    candidates = rivers
                elif " " not in span.lookup and (
                    names_town(text, span.start, lang_code, any((c.entity.population or 0) >= SMALL_POPULATION for c in candidates if c not in rivers))
                    or (candidates[0] in rivers and zipf(span.lookup, lang_code) >= WORD_ZIPF)
                ):
                    candidates = [c for c in candidates if c not in rivers]
                    if not candidates:
                        rejected_end = span.end
                        continue
            if river is not None and (
                (candidates[0].entity.kind == "place" and river.search(text, max(0, span.start - RIVER_BEFORE_CHARS), span.start))
                or (candidates[0].entity.kind == "region" and lang_code in RIVER_APPOSITION and text[span.start : span.end] == candidates[0].matched.name.text
                    and RIVER_APPOSITION[lang_code].search(text, max(0, span.start - RIVER_BEFORE_CHARS), span.start))
            ):
                # на реке Ишим, у реки Днепр, на реке Москве: a river named like a town on it (not Ishim, not the
                # city Dnipro); but not a region's or a country's name (реки Крыма, Річки Закарпаття: their rivers),
                # unless the name stands beside a singular river's word as written (на реке Кубань: not the krai)
                rejected_end = span.end
                continue
            if text[span.start - 1 : span.start] == "-" and not evidence.prominent and (
                span.start - 1 == rejected_end or (
                    lang_code in RESPELLED_LANGS and span.inflected and not (pending and pending[-1].end == span.start - 1)
                )
            ) and (
                head := _HYPHENATED_HEAD.search(text, max(0, span.start - 40), span.start)
            ) and head.group(1)[0].isupper() and not head.group(1).isupper():
                # Wal-Mart: the last part of a compound whose first part the gazetteer knows and found no
                # name there is none either (Wal: an untagged alternate); a country or a big city is
                # (Indo-Pakistan), and so is a town after a party's initials (D-Raleigh), or after a
                # first part the gazetteer lacks (the Robotyne-Verbove line, лінія Роботине-Вербове); but
                # not a declined word in Russian and Ukrainian, whose double surnames and French given names
                # are hyphenated (Римского-Корсакова, Сухово-Кобылина, Жан-Клода: not Korsakov, Kobylin, Claude).
                continue
            decision = in_context(
                text, span.start, span.end, lang_code, evidence, place_word=place_word,
                after_mention=bool(pending) and pending[-1].end == span.start - 1 and text[pending[-1].end] == " ",
                declined=span.inflected,
            )
            if decision is MENTION and lang_code == "it" and " " not in span.lookup and (
                (elided := ITALIAN_ELIDED_BEFORE.search(text, max(0, span.start - 6), span.start))
                or ITALIAN_MASCULINE_BEFORE.search(text, max(0, span.start - 5), span.start)
            ):
                # A name written with its article is the town's that has it (al Cairo, all'Avana, dell'Aquila:
                # Il Cairo, L'Avana, L'Aquila, not Aquila, Mexico). Else il Napoli, contro il Barcellona,
                # l'Atalanta: the club, as towns are feminine in Italian (la Napoli di oggi) and named with no
                # article; not a smaller place named by a masculine noun (al Lido, il Sestriere), nor a name
                # of several words (al Lido di Ostia).
                written = text[span.start : span.end]
                if (articled := next((c for c in candidates if c.entity.kind == "place" and self._articled(c.entity.id, written)), None)) is not None:
                    candidates = _promoted(candidates, articled) if articled is not candidates[0] else candidates
                elif (top := candidates[0].entity).kind == "place" and (elided or (top.population or 0) >= CLUB_TOWN_POPULATION):
                    decision = OTHER
            if decision is MENTION and lang_code == "en" and candidates[0].entity.kind == "country" and (
                candidates[0].matched.name.lang not in ("en", "und") and _WORD_AFTER.match(text, span.end) and text[span.start].isascii()
            ):
                # Argentine President Javier Milei, the Argentine peso: English's adjective, which is French's
                # name of the country; in English, a country's name in another language written in Latin
                # letters before a word is read as an adjective (not Россия, nor "Argentina's")
                decision = OTHER
            if decision is not MENTION and pending and text[pending[-1].end : span.start] == " (" and text[span.end : span.end + 1] == ")" and (
                evidence.prominent or evidence.sizeable or evidence.local_town
            ):
                # Castel Volturno (Caserta), ARTEIXO (A Coruña): a place in brackets after a place named is where
                # that lies, though a bracket opens it as a sentence does.
                decision = MENTION
            if decision is not MENTION and lang_code == "de" and evidence.local_town and pending and (
                text[pending[-1].end : span.start] in _GERMAN_LIST_GAPS
            ):
                # German capitalizes nouns, so a town after another is a noun's place (Flughafen Frankfurt)
                # unless a list joins them: the next town of one taken (in Offenbach, Mainz und Darmstadt;
                # Kassel und Fulda; zwischen Zürich und Zug),
                # not a noun of a list of nouns (Kämpfen, Siegen und Verlieren).
                decision = MENTION
            if decision is not MENTION:
                if decision is PERSON and not evidence.prominent:
                    persons_at.append((span.start, span.end, _person_keys(text[span.start : span.end], lang_code)))
                else:
                    if decision is PERSON:
                        speakers.update(_person_keys(text[span.start : span.end], lang_code))
                    held[span.end] = Pending(span.start, span.end, candidates)
                    # A sizeable place whose name is a common word, opening a sentence: a list's first
                    # name if a name taken follows it with a conjunction (Washington and Brussels have...).
                    # So is a German town after a place preposition (zwischen Regen und Zwiesel; not in Zug und Bus).
                    opener = held[span.end] if (evidence.sizeable and sentence_initial(text, span.start)) or (
                        lang_code == "de" and evidence.single and evidence.local_town and after_german_place_preposition(text, span.start, span.end, listed=True)
                    ) else None
                continue
            if opener is not None and text[opener.end : span.start].strip() in CONJUNCTIONS.get(lang_code, ()):
                pending.append(opener)
                sizeable.append(True)
            opener = None
            take(span, candidates, evidence.sizeable, division)
            if not span.inflected and named is not None and (named.start > span.start or division):  # a list's later names too
                named_at[span.start] = (named.start, plural)
        people = {key for _, _, keys in persons_at for key in keys}  # the names the document writes as persons'
        if people or speakers:
            # One sense per document for persons too: after "Matthew D. Flores", Flores
            # alone is the person, not a town of that name, unless the town is sizeable or written as a
            # place there (looked at only for a name the document gives a person); declined too (маршала
            # Жукова, then о Жукове, памятнику Жукову: the marshal, not the town Zhukov). A country's or a
            # sizeable place's name the document gives a person is that person where a verb of saying
            # follows it (Luís Montenegro, then "Montenegro told supporters"; not "Montenegro voted"). A town
            # below a city of millions is not sizeable enough for the surname of a person named in full, but
            # after a preposition (Elizabeth Fairfield, then "Fairfield's defense team": the woman, not
            # Fairfield, California; "in Fairfield": the town).
            kept, kept_sizeable = [], []
            surnames_in_full: set[str] | None = None  # of the people's names, those written after a given name: looked for once needed
            for p, big in zip(pending, sizeable):
                keys = _person_keys(text[p.start : p.end], lang_code)
                if big and not people.isdisjoint(keys) and _town_below_prominent(p.candidates[0].entity) and not after_preposition(text, p.start, lang_code):
                    if surnames_in_full is None:
                        surnames_in_full = {key for start, _, named in persons_at if after_given_name(text, start, lang_code) for key in named}
                    big = surnames_in_full.isdisjoint(keys)
                if (
                    (speakers.isdisjoint(keys) and people.isdisjoint(keys)) or word_after(text, p.end) not in SPEECH_VERBS.get(lang_code, ())
                    if big
                    else people.isdisjoint(keys) or self._anchored(text, p.start, p.end, lang_code)
                ):
                    kept.append(p)
                    kept_sizeable.append(big)
            pending, sizeable = kept, kept_sizeable
        pending = self._surnames_of_named_persons(
            text, pending, sizeable, lang_code, [(p.start, p.end) for p in held.values()] + [(start, end) for start, end, _ in persons_at]
        )
        if held and pending and lang_code in _REPEATED_LANGS:
            pending = _repeated(text, pending, held, lang_code)
        pending = drop_foreign_pairs(text, pending, held)
        if lang_code == "en" and pending:
            pending = _unplaced_person_names(text, pending, self.gazetteer.index.curated_ids)
        if pending and ", " in text:
            self._add_namesakes_before_their_area(text, pending, held, lang)
        if held:
            pending = admit_city_of_region(text, pending, held)
        if pending:
            self._add_namesakes_in_named_regions(pending, lang)
        chosen = choose(text, pending, self._related(pending), lang, self.gazetteer.index.capital_ids) if pending else []
        mentions = tuple(
            Mention(p.start, p.end, text[p.start : p.end], c.entity, c.score, c.matched.name, CONTRACT_HOW[c.matched.how])
            for p, c in zip(pending, chosen)
        )
        mentions = _compass_regions_placed(mentions)
        if origin is not None:
            mentions = tuple(replace(m, start=origin[m.start], end=origin[m.end], text=marked[origin[m.start] : origin[m.end]]) for m in mentions)
            inflected = {origin[start] for start in inflected}
            named_at = {origin[start]: (origin[name_start], plural) for start, (name_start, plural) in named_at.items()}
        return Document(original, lang, mentions, self._render(original, mentions, inflected, named_at, lang, date))

    def _assess(self, span: str, lookup: str, lang: str | None) -> tuple[list[Candidate], Evidence] | None:
        """The span's candidates and what it says about itself as a mention of the best one;
        None when nothing matches or the span is no name wherever it stands. Cached per
        (span, lookup, language): spans repeat, and many (The, I, March) are settled here
        without looking at their context."""
        if lang in TITLE_CASE_ACRONYMS and 2 <= len(span) <= 4 and span.istitle() and span.isalpha():
            # Italian news write acronyms in title case (Nato, Ue, Usa): the abbreviation so named, in a
            # language (not ISO's three-letter codes, which GeoNames' und names: Rus, Tur).
            upper = self._assessed(span.upper(), lookup.upper(), lang)
            if upper is not None and (name := upper[0][0].matched.name).type == "abbreviation" and name.lang != "und":
                # Not where capitals are forced: "Nato a Roma" opening a sentence is "born in Rome".
                return upper[0], replace(upper[1], verdict=None, prominent=False, mid_sentence=True, forced=False)
        candidates = self._candidates(lookup, lang)
        if not candidates:
            return None
        best = candidates[0]
        top, name = best.entity, best.matched.name
        # A division word before the name (Kanton Waadt, département du Nord) names the region as one after it does.
        division = (bare := division_name(lookup)) is not None and not span.endswith(lookup[len(bare) :])
        if " " in span and not division and (named := name.text.split()) and len(named) == span.count(" ") + 1 and any(
            word.islower() and part[:1].isupper() and word not in REGION_WORDS and word not in _JOINING_WORDS for word, part in zip(span.split(), named)
        ) and not (top.kind in ("place", "region", "feature", "country") and top.id in self.gazetteer.index.curated_ids and span[:1].isupper()):
            # El temblor ("the tremor") is no El Temblor, Mexico: a name's capitals are its own, but for
            # its division word (Gomel region, Gomel Region), a word joining its parts (Rostow am Don, which
            # GeoNames writes Rostow Am Don) and a curated place's or country's later words
            # (the Gaza strip, Great britain; not an organisation's: una Russia unita is no United Russia).
            return None
        if " " in span and " " not in top.name and (_romanization_key(best, lookup) or (best.matched.how == "key" and " " not in name.text)):
            # Gao Feng, Lin Jian, Zhang Jun: capitalized words that only a lower-case romanization GeoNames lists (gao
            # feng) or a key joining them (Shangyun) give to a town of one word are a person's name, surname first.
            return None
        stem_alone = best.matched.how == "region-stem" and strip_region_words(span) is None and not division
        if stem_alone and lang is not None and name.lang not in (lang, "und"):
            return None  # a region's stem alone, of its name in another language: Polish "Kijowski" is a surname in English
        # GeoNames' alternate names carry no language; written in a language of the place's
        # country, a town's or city's is most likely its local name (Napoli, Nürnberg, Genève).
        tagged = not best.untagged_alternate(lang) or self._named_locally(
            best, lang or "en", CYRILLIC_LOCAL_NAME_POPULATION if lang in RESPELLED_LANGS and _CYRILLIC.search(span) else LOCAL_NAME_POPULATION
        ) or (top.country in STATE_COUNTRIES and (top.population or 0) >= SIZEABLE_POPULATION and any(
            # A city ranked above the federation's state of its name, by an untagged name, is named in the
            # language as the state is (Polish Waszyngton, the state's official name: w Waszyngtonie);
            # not a town one of whose alternates is a state's name (Chiapa de Corzo: Chiapas).
            c.entity.kind == "region" and c.entity.country == top.country and c.matched.name.text == name.text
            and not c.untagged_alternate(lang) for c in candidates[1:3]
        ))
        # A region's stem written without a division word (Jewish, of the Jewish Autonomous Oblast) is loose too.
        # A key match is loose but after a division word, which says what is named (Regionen Kiew: "Kiew region";
        # regiones de Murcia: "Murcia region", by the romanized Belarusian name of the Region of Murcia).
        loose = (best.matched.how in ("key", "variant") and not division) or stem_alone
        lemma = lookup if lookup != span and " " not in lookup else None
        if lemma is None and lang in RESPELLED_LANGS and best.matched.how == "inflection" and " " not in span:
            # A Russian or Ukrainian word looked up as written that the resolver read as a declined form (as the scanner
            # gives a word of two place lemmas, for the resolver to choose) is as common as the form it matched
            # (Каменского: Каменское, rare); and where one of its lemmas is a common adjective that it did not
            # match, it is that adjective (Донецького аеропорту: Донецький, not Донецьке, an untagged alternate of
            # Donetsk; Киевском районе: Киевский).
            from .inflect import word_nominatives

            lemma = best.matched.name.text
            adjectives = [form for form in word_nominatives(span, lang) if form.endswith(_MASCULINE_ADJECTIVE_ENDINGS)]
            if lemma not in adjectives and any(zipf(form, lang) >= COMMON_ZIPF for form in adjectives):
                return None
        if lemma is None and loose and lang in ("de", "pl") and " " not in span:
            # A declined noun that names something only through a key is as common as its dictionary form
            # (über Zölle: Zoll, not Collie in Australia by a key).
            from .inflect import lemma as lemmatize

            lemma = found if (found := lemmatize(span, lang)) != span else None
        evidence = assess(
            span, lang or "en", kind=top.kind, population=top.population, curated=top.id in self.gazetteer.index.curated_ids,
            tagged=tagged, secondary=top.admin1 is None or not tagged, foreign=lang is not None and name.lang not in (lang, "und", "en"),
            loose=loose,
            lemma=lemma,
            division=division,
            local=(lang or "en") in self._spoken.get(top.country or "", ()), main=top.own_name(name.text), country=top.country,
            capital=top.id in self.gazetteer.index.capital_ids,
        )
        return None if evidence.verdict is False else (candidates, evidence)

    def _resolve(self, lookup: str, lang: str | None) -> list[Candidate]:
        # Cached per (form, language): names repeat across a corpus. Candidates are immutable.
        # Empty for a Polish word the scanner found in two lemmas, which are read below (w Lubinie: Lubin, Lubiń).
        found = self._ranked(lookup, lang)
        if len(found) > 1 and lang not in (None, "en") and not self._local_name(found[0], lang) and (
            local := next((c for c in found[1:] if c.score >= found[0].score * LOCAL_TIE and self._local_name(c, lang)), None)
        ) and zipf(lookup, lang) < UNTAGGED_WORD_ZIPF:
            # Of names tied but for population, a city's in a country of the language is the one meant, by the
            # alternate its people write (German Marburg: Marburg an der Lahn, not Maribor, 96,000, whose
            # German name it was); not a common word's (Spanish pueblo: no Puebla; Italian mila: no Milan).
            found = _promoted(found, local)
        if len(found) > 1 and lang not in (None, "en") and found[0].entity.kind == "country" and (
            city := next((c for c in found[1:] if self._home_city_so_named(c, lookup, lang)), None)
        ):
            # A country's name in the language that is a big city's own there (Spanish Granada: the city of
            # 230,000, not Grenada, which Spanish calls so): the city, unless the document says otherwise.
            found = _promoted(found, city)
        if len(found) > 1 and lang in RESPELLED_LANGS and found[0].matched.how == "exact" and found[0].matched.name.lang != lang and (
            city := next((c for c in found[1:4] if c.matched.how == "inflection" and c.score >= found[0].score * DECLINED_CITY_TIE
                          and (c.entity.population or 0) >= max(SIZEABLE_POPULATION, (found[0].entity.population or 0) + 1)), None)
        ):
            # A Russian or Ukrainian word that is a city's declined name is that city of 100,000, before a smaller place or a
            # region written exactly so by a name of another language (у Лодзі: Łódź, not Lodi in California nor the
            # province of Lodi, whose Belarusian name is Лодзі).
            found = _promoted(found, city)
        if len(found) > 1 and lang in RESPELLED_LANGS and found[0].entity.kind == "region" and found[0].matched.how in _REGION_STEMS and (
            city := next((c for c in found[1:] if c.entity.kind == "place" and c.matched.how == "inflection"
                          and (c.entity.population or 0) >= SIZEABLE_POPULATION and c.entity.country == found[0].entity.country), None)
        ):
            # A city's genitive that is its oblast's adjective too, alone (з Івано-Франківська: the city, not the
            # Івано-Франківська область its stem reads as): the scanner reads a division word with the
            # adjective when one follows (Івано-Франківської області), so none follows here.
            found = _promoted(found, city)
        if len(found) > 1 and lang is not None and found[0].entity.kind == "place" and (found[0].entity.population or 0) < SIZEABLE_POPULATION and (
            found[0].untagged_alternate(lang) or found[0].matched.name.lang == "und"
        ) and found[0].entity.id not in (curated := self.gazetteer.index.curated_ids) and (
            tagged := next((c for c in found[1:] if c.entity.id in curated and c.matched.how == "exact" and c.matched.name.lang == lang), None)
        ):
            # A curated entity's name in the text's language comes before a small town's name of unknown language
            # (German Nato, dpa's spelling: NATO, not the Philippine villages named Nato).
            found = _promoted(found, tagged)
        if len(found) > 1 and _romanization_key(found[0], lookup) and any(
            c.matched.how == "exact" and not _romanization_key(c, lookup) for c in found
        ):
            # A GeoNames alternate in lower case is a romanization key, no name as written (atalanta among
            # Atlanta's): a capitalized word is first a name so written (Atalanta, Brazil; Bergamo's club).
            found = sorted(
                (Candidate(c.entity, c.score * ROMANIZATION_KEY_TRUST, c.matched) if _romanization_key(c, lookup) else c for c in found),
                key=lambda c: -c.score,
            )
        if found and found[0].matched.how == "exact":
            # A name written exactly so leaves no room for namesakes matched only by a looser key,
            # which the document could otherwise boost past it (Merz: Fort Myers, in a story naming
            # the US president; Lyon: Rennes, its key "len", in one naming Rennes).
            found = [c for c in found if c.matched.how not in _LOOSE]
        elif any(c.matched.how == "exact" for c in found):
            # Nor one written in another alphabet, however important (Amman: Oman, by the Belarusian
            # Аман romanized; Новоалександровка: Melitopol, by its old name's romanization
            # Novoalexandrovka). A key match in the same alphabet may still lead: George ~ Géorgie
            # says George is no place.
            cyrillic = bool(_CYRILLIC.search(lookup))
            # Nor, beside an official name written exactly, a town under 100,000 that only a key matched
            # (Zhejiang, an ISO name of the province: not Hede, one of whose alternates is Sheyang;
            # Vénétie: Veneto, not Venette; but Chan Junus, the governorate's Polish name, is still Khan Yunis).
            official = any(c.matched.how == "exact" and c.matched.name.type == "official" for c in found)
            found = [c for c in found if c.matched.how != "variant"
                     # (nor one read through a declined form's key: Іванів, a Ukrainian village, is no Jiwani)
                     and not (c.matched.how in ("key", "inflection") and bool(_CYRILLIC.search(c.matched.name.text)) != cyrillic)
                     and not (official and c.matched.how == "key" and (c.entity.population or 0) < SIZEABLE_POPULATION)]
        if lang in ("pl", "de") and " " not in lookup and not (found and self._curated_as_written(found[0], lang)):
            # Polish "Putina" is Putin's genitive far more often than Putina, Peru: a curated
            # entity's declined form outranks an uncurated namesake written so (by a name of its own,
            # not by one of GeoNames' untagged alternates).
            declined: list[Candidate] = []
            for form in word_lemmas(lookup, lang):
                readings = self._ranked(form, lang)
                if readings and self._curated_as_written(readings[0], lang):
                    return [Candidate(c.entity, c.score, Match(c.matched.name, "inflection", c.matched.similarity)) for c in readings]
                if lang == "pl":  # at par with the word as written: Polish declines names as often as not
                    declined += [Candidate(c.entity, c.score, Match(c.matched.name, "inflection", c.matched.similarity))
                                 for c in readings if c.matched.how == "exact"]
            if declined:
                # Any other declined form competes with the word as written, an exact reading of either
                # leaving no room for looser ones: do Tarnowa is Tarnów, not the village Tarnowa; w Kole
                # Koło, not Köln (whose key "kole" is); z Gdańska Gdańsk. Not German, whose declined
                # readings here are mostly adjective endings undone (nach Baden: Bade, Taiwan).
                merged: dict[str, Candidate] = {}
                for c in sorted(found + declined, key=lambda c: (c.matched.how in _LOOSE, -c.score)):
                    merged.setdefault(c.entity.id, c)  # an entity's exact reading before its looser ones
                ranked = sorted([c for c in merged.values() if c.matched.how not in _LOOSE] or merged.values(), key=lambda c: -c.score)
                # The best, and any tied with the last of them, as the resolver keeps them.
                found = [c for i, c in enumerate(ranked[:MAX_TIES]) if i < CANDIDATES or c.score >= ranked[CANDIDATES - 1].score]
        return found

    def _named_with_article(self, entity_id: str, word: str) -> bool:
        """Whether one of the entity's names is ``word`` after an Italian article (Il Cairo, L'Avana, L'Aquila);
        cached as ``_articled``, since it reads the entity's names from the records."""
        folded = word.casefold()
        named = {f"il {folded}", f"lo {folded}", f"la {folded}", f"l'{folded}", f"l’{folded}"}
        entity = self.gazetteer.entity(entity_id)  # a candidate's entity carries no names
        return entity is not None and any(n.text.casefold() in named for n in entity.names)

    def _named_locally(self, candidate: Candidate, lang: str, population: int) -> bool:
        """Whether the name ``candidate`` matched, written in ``lang``, a language of its country, is most
        likely its local name, for an entity of ``population`` people or more (Napoli, Nürnberg, Genève); not
        one GeoNames lists in lower case: a romanization key (dubai, sharja), no name as written (English
        "part" among Perth's, Spanish "pleno" among Plano's)."""
        entity, name = candidate.entity, candidate.matched.name
        return (
            (entity.population or 0) >= population and lang in self._spoken.get(entity.country or "", ())
            and not (name.text.islower() and name.text.isascii())
        )

    def _local_name(self, candidate: Candidate, lang: str) -> bool:
        """Whether ``candidate`` is a city matched exactly by an untagged alternate that is its local name."""
        return (
            candidate.matched.how == "exact" and candidate.entity.kind == "place" and candidate.untagged_alternate(lang)
            and self._named_locally(candidate, lang, LOCAL_NAME_POPULATION)
        )

    def _home_city_so_named(self, candidate: Candidate, lookup: str, lang: str) -> bool:
        """Whether ``candidate`` is a city of :data:`SIZEABLE_POPULATION` in a country of ``lang`` whose own
        (main) name is ``lookup``."""
        entity = candidate.entity
        return (
            entity.kind == "place" and (entity.population or 0) >= SIZEABLE_POPULATION and entity.name.casefold() == lookup.casefold()
            and lang in self._spoken.get(entity.country or "", ())
        )

    def _respelled(self, text: str, start: int, end: int, lang: str) -> tuple[str, bool] | None:
        """The name the Russian or Ukrainian word ``text[start:end]``, which no name is written as, stands
        for as the other language spells it, and whether the word is declined (see :meth:`_spelled_as`);
        only after a preposition or a settlement noun (or in a list one opens), a word shaped like a
        surname (-ов, -ін, -ський, -ний: у Жуковському; not Данілов наголосив, Полярний розповів:
        Ukrainian spellings of Russian surnames that Faker's lists lack) and a village's name (в районе
        Щербиновки: Shcherbynivka, 3,900 people, which GeoNames names in Ukrainian only)."""
        found = self._respelling(text[start:end], lang)
        if found is None:
            return None
        name, declined, cued = found
        if cued and not (
            after_preposition(text, start, lang) or after_settlement_noun(text, start, lang) or after_listed_preposition(text, start, end, lang)
        ):
            return None
        return name, declined

    def _lookup_respelling(self, word: str, lang: str) -> tuple[str, bool, bool] | None:
        """For :meth:`_respelled`, cached per word: the name, whether the word is declined, whether it
        names a place only after a preposition or a settlement noun (its dictionary form is shaped like
        a surname, or it names a village). Two words are read by :meth:`_phrase_spelled_as`."""
        if " " in word:
            return self._phrase_spelled_as(word, lang)
        for form in (word, *word_lemmas(word, lang)):
            if spelled := self._spelled_as(word, form, lang):
                name, village = spelled
                return name, form != word, village or bool(_SURNAME_SHAPED.search(form))
        return None

    def _spelled_as(self, word: str, form: str, lang: str) -> tuple[str, bool] | None:
        """The name of a place or region that the Russian or Ukrainian ``word`` stands for, by its ``form``
        (as written or a nominative) spelled as the other language spells it, in a country whose people
        write that language (Ukrainian Новоросійськ, Сизрань, Тихорецьк: Russia's Новороссийск, Сызрань,
        Тихорецк), or None. By a name tagged Russian or Ukrainian or one that is an entity's own name
        in Cyrillic (Новороссийск, Novorossiysk; not any of GeoNames' untagged alternates: Кива, of
        Kyiv), of a region or a town of :data:`SMALL_POPULATION` or more, else of a smaller place; not a
        common word of the language nor a surname, which meet villages' names so (Ukrainian Мирний,
        Russian Сорокин ~ Сорокине, Кирилов ~ Kirillov). With the name, whether it is a smaller place's."""
        skeleton = cyrillic_skeleton(form)
        names = self.gazetteer.index.spelled(skeleton)
        if not names and lang == "ru" and (ukrainian := _RUSSIAN_VKA.sub("ивка", skeleton)) != skeleton:
            names = self.gazetteer.index.spelled(ukrainian)  # Щербиновка: Щербинівка, whose і was Russian о
        if not names or max(zipf(word, lang), zipf(form, lang)) >= UNTAGGED_LOWER_ZIPF or not {word, form}.isdisjoint(surnames()):
            return None
        other = "ru" if lang == "uk" else "uk"
        village = None
        for name in names:
            # Any of the name's readings, which the document then chooses among (Алексеевка: a Ukrainian
            # village first, the Russian town of 37,000 in a story naming Бєлгородська область).
            for c in self._candidates(name, lang):
                if c.matched.how == "exact" and other in self._spoken.get(c.entity.country or "", ()) and (
                    c.matched.name.lang in RESPELLED_LANGS or match_key(name) == match_key(c.entity.name)
                ) and c.entity.kind in ("region", "place"):
                    if c.entity.kind == "region" or (c.entity.population or 0) >= SMALL_POPULATION:
                        return name, False
                    if c.entity.population:  # not a place of no known size (a hamlet, a former village)
                        village = village or name
        return (village, True) if village is not None else None

    def _phrase_spelled_as(self, phrase: str, lang: str) -> tuple[str, bool, bool] | None:
        """For :meth:`_lookup_respelling`: the nominative of the Russian or Ukrainian ``phrase`` of two
        words (as declined: Великой Новосёлки), whether it is declined, and False (it needs no cue), when
        that nominative (Великая Новосёлка) is a place's name by its romanization alone (Velikaya
        Novoselka: Velyka Novosilka, which GeoNames writes in Cyrillic in Ukrainian only), a place of
        known size in a country whose people write the other language. Not by a Cyrillic name: the
        scanner has looked the phrase up as written and declined. Two capitalized words whose
        romanization is a village's whole name are that village wherever they stand."""
        other = "ru" if lang == "uk" else "uk"
        readings = [word_lemmas(word, lang) or (word,) for word in phrase.split(" ")]
        for words in itertools.islice(itertools.product(*readings), MAX_PHRASE_READINGS):
            form = " ".join(words)
            if any(
                c.matched.how == "key" and c.entity.kind == "place" and c.entity.population
                and other in self._spoken.get(c.entity.country or "", ())
                for c in self._candidates(form, lang)
            ):
                return form, form != phrase, False
        return None

    def _curated_as_written(self, candidate: Candidate, lang: str) -> bool:
        """Whether ``candidate`` is a curated entity named exactly so by a name of its own, not one of
        GeoNames' untagged alternates."""
        return candidate.entity.id in self.gazetteer.index.curated_ids and candidate.matched.how == "exact" and not candidate.untagged_alternate(lang)

    def _surnames_of_named_persons(
        self, text: str, pending: list[Pending], sizeable: list[bool], lang: str, untaken: list[tuple[int, int]],
    ) -> list[Pending]:
        """``pending`` with a curated person's surname alone read as that person where the document names
        him in full (Marco Rubio, then Rubio: not Rubio, Venezuela; Андрієм Єрмаком, then Єрмак), as the
        people it writes as persons are; not a sizeable place's name, nor one written as a place there.
        So too for the ``untaken`` spans (start, end), which the document did not take for a place (Pedro
        Sánchez, then "Sánchez visitará": no town Sánchez either way, but the president)."""
        named: dict[str, Candidate] = {}
        for p in pending:
            top = p.candidates[0]
            if top.entity.kind == "person" and " " in (written := text[p.start : p.end]):
                for word in (written.split()[-1], top.matched.name.text.split()[-1]):
                    for key in _person_keys(word, lang):
                        named.setdefault(key, top)
        if not named:
            return pending

        def person_of(start: int, end: int) -> Candidate | None:
            found = next((named[key] for key in _person_keys(text[start:end], lang) if key in named), None)
            return None if found is None or self._anchored(text, start, end, lang) else found

        out = [
            replace(p, candidates=[person]) if not big and p.candidates[0].entity.kind != "person" and (person := person_of(p.start, p.end)) is not None else p
            for p, big in zip(pending, sizeable)
        ]
        taken = {p.start for p in pending}
        added = [
            Pending(start, end, [person]) for start, end in untaken
            if start not in taken and " " not in text[start:end] and (person := person_of(start, end)) is not None
        ]
        return sorted(out + added, key=lambda p: p.start) if added else out

    def _anchored(self, text: str, start: int, end: int, lang: str) -> bool:
        """Whether the mention ``text[start:end]`` is written as a place whatever persons the document
        names so: after a settlement noun (die Stadt Halle, в городе Гагарин), after a Russian,
        Ukrainian or Polish "in" (в Пушкине, w Policach: a person is none to be in), or before a comma
        and a region's name (Dillon, Montana)."""
        if after_settlement_noun(text, start, lang) or (lang in _IN_BEFORE and _IN_BEFORE[lang].search(text, max(0, start - 3), start)):
            return True
        region = _COMMA_WORD.match(text, end)
        if region is None:
            return False
        assessed = self._assessed(region.group(1), region.group(1), lang)
        return assessed is not None and assessed[0][0].entity.kind in ("region", "country")

    def _town_size(self, name: str, lang: str) -> int:
        """The population of the first place ``name`` is read as, among those of a country speaking ``lang``
        (the resolver's order: Костянтинівка, 67,000, not the villages; Курахів's stray reading Karachi
        does not count), or 0."""
        spoken = self._spoken
        return next((c.entity.population or 0 for c in self._candidates(name, lang)
                     if c.entity.kind == "place" and lang in spoken.get(c.entity.country or "", ())), 0)

    def _place_word(self, word: str, lang: str | None) -> bool:
        """Whether ``word`` alone names a country, a region or a sizeable place (Israel, Mississippi,
        Jackson): a given name that is one stands for it beside another name (Jackson Mississippi)."""
        assessed = self._assessed(word, word, lang)
        return assessed is not None and (assessed[1].sizeable or assessed[0][0].entity.kind in ("country", "region"))

    def _names_a_state(self, name: str) -> bool:
        """Whether ``name`` written so names a country or a first-level division first in English (Texas)."""
        found = self._candidates(name, "en")
        return bool(found) and found[0].matched.how == "exact" and state_or_country(found[0].entity)

    def _names_a_country(self, name: str, lang: str | None) -> bool:
        """Whether ``name`` written so names a country first (Georgien, Luxemburg)."""
        found = self._candidates(name, lang)
        return bool(found) and found[0].entity.kind == "country" and found[0].matched.how == "exact"

    def _add_namesakes_in_named_regions(self, pending: list[Pending], lang: str | None) -> None:
        """Give a place mention whose candidates were cut at :data:`CANDIDATES` (a name dozens of places
        bear) the namesakes the document's areas hold, for it to choose among:

        - the places in a region it names, where none of the candidates lies in one: село Олександрівка
          Херсонської області is one of Kherson Oblast's three Oleksandrivkas, which rank below eight
          larger ones elsewhere. Not where the first is a sizeable place: Washington in a story naming
          Kansas is still the capital, not Washington, Kansas;
        - the first-level divisions of a country it names (or whose state it names), where none of the
          candidates lies in one: "western Victoria" in a story from Melbourne is the Australian state,
          which ranks below forty towns of its name (Victoria, Hong Kong, first)."""
        if not any(len(p.candidates) >= CANDIDATES and p.candidates[0].entity.kind == "place" for p in pending):
            return  # most documents: no name so many places bear
        regions = {(top.country, top.admin1) for p in pending if (top := p.candidates[0].entity).kind == "region" and top.admin1}
        countries = {p.candidates[0].entity.country for p in pending if names_a_state_or_country(p)}
        if not regions and not countries:
            return
        extended: dict[int, list[Candidate]] = {}  # by the cached list's id: one extended list per name, as the context keys on it
        for p in pending:
            if (done := extended.get(id(p.candidates))) is not None:
                p.candidates = done
                continue
            best = p.candidates[0]
            if best.entity.kind != "place" or len(p.candidates) < CANDIDATES:
                continue
            in_regions = not regions or (best.entity.population or 0) >= SIZEABLE_POPULATION or any(
                (c.entity.country, c.entity.admin1) in regions for c in p.candidates
            )
            in_countries = not countries or any(c.entity.country in countries for c in p.candidates)
            if in_regions and in_countries:
                continue
            known = {c.entity.id for c in p.candidates}
            more = [
                c for c in self._namesakes(best.matched.name.text, lang) if c.entity.id not in known and (
                    (not in_regions and c.entity.kind == "place" and (c.entity.country, c.entity.admin1) in regions)
                    or (not in_countries and c.entity.kind == "region" and c.entity.country in countries
                        and state_or_country(c.entity))
                )
            ]
            if more:
                extended[id(p.candidates)] = p.candidates = [*p.candidates, *more]  # a new list: the cached one is shared

    def _add_namesakes_before_their_area(self, text: str, pending: list[Pending], held: dict[int, Pending], lang: str | None) -> None:
        """Give a place's name written before a comma and a country or a state taken (``VICTORIA, Seychelles
        (AFP)``, ``HAMILTON, Bermuda``), none of whose candidates lies there, its namesakes there, however
        large the places ranked first (Victoria, Hong Kong; Hamilton, Ontario): the pattern says where it
        lies, and :func:`~toponyms.context.admit_city_of_region` and the context then read it so. Every
        mention of the name gets them, as the context reads a name's mentions together. Not before a
        county, whose name several states' counties bear (In Mansfield, Richland County: not Illinois')."""
        spans = [*pending, *held.values()]
        follow = {p.end + 2 for p in spans if text.startswith(", ", p.end)}
        areas = {p.start: p.candidates[0].entity for p in pending if p.start in follow and names_a_state_or_country(p)}
        if not areas:
            return
        more: dict[str, list[Candidate]] = {}  # by the name as written, in any case: its other mentions get them too
        for p in spans:
            area = areas.get(p.end + 2) if text[p.end : p.end + 2] == ", " else None
            best = p.candidates[0]
            if area is None or best.entity.kind != "place" or any(lies_in(c.entity, area) for c in p.candidates):
                continue
            namesakes = [c for c in self._namesakes(best.matched.name.text, lang) if c.entity.kind == "place" and lies_in(c.entity, area)]
            more.setdefault(text[p.start : p.end].casefold(), []).extend(namesakes)
        extended: dict[int, list[Candidate]] = {}  # by the cached list's id: one extended list per name, as the context keys on it
        for p in spans if more else ():
            if (done := extended.get(id(p.candidates))) is not None:
                p.candidates = done
            elif added := more.get(text[p.start : p.end].casefold()):
                known = {c.entity.id for c in p.candidates}
                # a new list: the cached one is shared
                extended[id(p.candidates)] = p.candidates = [*p.candidates, *(c for c in dict.fromkeys(added) if c.entity.id not in known)]

    def _all_namesakes(self, name: str, lang: str | None) -> list[Candidate]:
        """Every entity named ``name`` the resolver ranks (up to :data:`MAX_TIES`), for :meth:`_add_namesakes_in_named_regions`."""
        return self.gazetteer.resolve(name, limit=MAX_TIES, lang=lang, fuzzy=False)

    def _ranked(self, form: str, lang: str | None) -> list[Candidate]:
        """The gazetteer's context-free candidates for ``form``: the best, and any tied with the last."""
        return self.gazetteer.resolve(form, limit=CANDIDATES, lang=lang, fuzzy=False, keep_ties=True)

    def _related(self, pending: list[Pending]) -> dict[str, tuple[str | None, str | None]]:
        """Where the entities related to persons and organisations lie (Gladkov → Belgorod Oblast)."""
        ids = {rel for p in pending for rel in p.candidates[0].entity.related}
        return {rel: where for rel in ids if (where := self._location(rel)) is not None}

    def _locate(self, entity_id: str) -> tuple[str | None, str | None] | None:
        # Cached: the same few persons and organisations recur in document after document.
        ent = self.gazetteer.index.entity(entity_id, with_names=False)
        return (ent.country, ent.admin1) if ent is not None else None

    def _render_name(self, entity_id: str, date: str | None) -> tuple[str, str | None]:
        """The entity's name in the chosen language or as the chosen party writes it on ``date``, and
        that name's language."""
        from .naming import name_for

        entity = self.gazetteer.entity(entity_id)
        assert entity is not None, entity_id  # a mention's id, from this gazetteer
        name = name_for(self.gazetteer, entity, party=self.party, lang=self.render_lang, date=date)
        return name.text, name.lang

    def _render(
        self, text: str, mentions: tuple[Mention, ...], inflected: set[int], named_at: dict[int, tuple[int, bool]], lang: str | None,
        date: str | None,
    ) -> str:
        """The text with each mention replaced by its display name, declined like the
        original where the original was a declined Russian or Ukrainian word; the division word
        written before a name stays where the display name has none (la provincia de Cuenca: Cuenca,
        the province's name, would read as the city; la région de Belgorod: Belgorod Oblast), and
        always a plural one, which the list's other names share, before the display name without its
        division words (les régions de Kursk et de Belgorod, not "de Kursk Oblast")."""
        parts, pos = [], 0
        preposition: str | None = None  # the word before the last mention, which a list's later names share
        for m in mentions:
            parts.append(text[pos : m.start])
            display, display_lang = (m.entity.name, None) if self.render_lang is None and self.party is None else self._display(m.entity.id, date)
            # Declension is for a Cyrillic rendering of a Russian or Ukrainian text's Cyrillic mention only.
            cyrillic = self._cyrillic_rendering and lang in RESPELLED_LANGS and _CYRILLIC.search(m.text) is not None
            if cyrillic and not (pos and _LIST_GAP.fullmatch(text, pos, m.start)):
                # у Києві та Харкові, в Курской и Брянской областях: the preposition before the list's first name
                before = _WORD_BEFORE.search(text, max(0, m.start - 12), m.start)
                preposition = before.group(1) if before else None
            if (display.casefold() == m.name.text.casefold() and display_lang in (None, lang) and m.start not in named_at) or (
                cyrillic and not _CYRILLIC.search(display)
            ):
                # The name the text wrote, in the language it wrote it: as written, declined or in capitals
                # (у Донецьку, АРТЁМОВСКОМ), not rebuilt from its nominative; or where the rendering has no
                # Cyrillic name to write (Сумы with --lang ru).
                parts.append(m.text)
                pos = m.end
                continue
            if m.entity.kind == "person" and m.start > 1 and text[m.start - 1] == "-" and text[m.start - 2].isalpha():
                # anti-Putin, not anti-Vladimir Putin: a compound takes the surname, with its particles (anti-von der Leyen)
                display = " ".join(display.split()[-len(m.text.split()) :])
            if m.entity.kind == "region" and not cyrillic:
                if _PLURAL_AFTER_LIST.match(text, m.end):
                    display = _without_division_words(display)  # Kharkiv and Sumy oblasts: not "Kharkiv region and Sumy region oblasts"
                elif " " in m.text and (closing := _PLURAL_AFTER_LIST.match(m.text, m.text.rindex(" "))):
                    display = f"{_without_division_words(display)} {closing.group().strip()}"  # Sumy and Chernihiv regions: the list's word
            name_start, plural = named_at.get(m.start, (None, False))
            # After an elided article, a display name opening with a consonant would read "l'Donetsk Oblast": the
            # text's division word stays, as after a plural one (dans l'oblast de Donetsk), also where it is part of
            # the name the text wrote (oblast de Donetsk, a French name of Donetsk Oblast).
            elided = text[max(0, m.start - 2) : m.start] in _ELIDED_ARTICLES and display[:1].lower() not in _VOWELS
            if elided and name_start is None and (lead := _DIVISION_LEAD.match(text, m.start, m.end)) and lead.group(1).casefold() in _DIVISION_WORDS:
                name_start = lead.end()
            if name_start is not None:
                if plural or elided:  # the list's word stays, and the name goes without its own (les régions de Kursk)
                    parts.append(text[m.start : name_start])
                    display = _without_division_words(display)
                elif not any(word in _DIVISION_WORDS for word in display.casefold().split()):
                    parts.append(text[m.start : name_start])
            if cyrillic:
                # Declined as the text declined its name, also one GeoNames lists declined (Киевом, Одессе)
                from .inflect import inflect_like

                # Declined also where the scanner found the word as written, if it is the name with an ending (Мешканці
                # Донецька: a GeoNames alternate, which pymorphy3 reads as a nominative adjective).
                declined = m.start in inflected or (len(m.text) > len(m.name.text) and m.text.casefold().startswith(m.name.text.casefold()))
                display = inflect_like(display, m.text, lang or "ru", display_lang, preposition, declined=declined, animate=m.entity.kind == "person")
            parts.append(display)
            pos = m.end
        parts.append(text[pos:])
        return "".join(parts)
