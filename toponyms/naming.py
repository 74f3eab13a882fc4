"""Who uses which name of an entity, and the name one party would use for it (issue 7).

Two questions, both answered from the curated usage data (``used_by`` in
``gazetteer/entities``, each usage with a source from ``sources.yaml``):

* :func:`usage`: for every name of an entity, which parties use it, from
  when, until when, on what source, and whether that use holds on a date::

      >>> [(u.text, [p.party for p in u.used_by if p.active]) for u in usage(gaz, "geonames:713174")][:2]  # doctest: +SKIP
      [('Bakhmut', ['ua-gov']), ('Бахмут', ['ua-gov'])]

* :func:`name_for`: the name a party uses for an entity in a language on a
  date, so that a text can be written the way that party writes::

      >>> name_for(gaz, "geonames:713174", party="ru-gov", lang="en").text        # doctest: +SKIP
      'Artyomovsk'
      >>> name_for(gaz, "geonames:713174", party="ua-gov", lang="ru").text        # doctest: +SKIP
      'Бахмут'

Dates are ISO days. A shorter date means its first day: ``1991`` is
1991-01-01 and ``2019-08`` is 2019-08-01, both in the data (``from: "1991"``)
and in a query. ``from`` is inclusive and ``until`` exclusive: a name renamed
on 2016-02-04 is the old name on 2016-02-03 and the new one on 2016-02-04.
Without a date, a usage holds when it has no ``until`` (it is current).

The fallback chain of :func:`name_for`
--------------------------------------

Without ``lang``, the party's first language (``party.langs[0]``, its
language default) is used. Then the first step that gives a name answers:

1. **own**: the party's own name in ``lang``, in use on the date. When it
   has several, the one in use since the latest ``from`` wins, then the
   type in :data:`RENDER_ORDER` (``short`` before ``official``: a text says
   North Macedonia, not Republic of North Macedonia), then the spelling that
   agrees with the party's first-language name romanized (ru-gov writes both
   Artemovsk and Artyomovsk in English; Артёмовск romanized is Artyomovsk),
   then data order.
2. **rendered**: the party's own name in another language (its languages
   first, in ``party.langs`` order), written for ``lang``. A name the party
   is on record for beats a name nobody is on record for, so the party's
   stance survives the change of language. Written, in this order:

   * as the entity's own ``lang`` spelling of the same name, when it has one
     that no other party is on record for (same matching key,
     :func:`toponyms.translit.match_key`): ua-gov's Покровськ is Покровск in
     Russian, its Kyiv is Kyjiw in German;
   * romanized, when the name is Cyrillic and ``lang`` has a press scheme
     (:data:`PRESS_SCHEMES`): ru-gov's Красноармейск is Krasnoarmeysk in
     English, Krasnoarmeisk in German;
   * as written, when the name is in the party's first language and in the
     script of ``lang``: ua-gov's Кропивницький in a Russian text with no
     Russian spelling of it, tr-gov's Türkiye in German.

   So ua-gov in Russian writes Бахмут: its Ukrainian Бахмут, spelled as the
   Russian name Бахмут (the common Russian name, which step 4 would also
   give). Where the two differ (a renamed place whose only Russian name is
   the Soviet-era one), the party's name wins.
3. **party-lang**: the entity's name in the party's first language, written
   for ``lang`` as in step 2 (ru-gov in English: Харьков → Kharkov), when
   the party has no name of its own on record and ``lang`` has no exonym of
   its own: the entity's name in ``lang`` is missing or is itself a
   romanization of one of its Cyrillic names (same matching key: Kharkiv).
   An exonym (Crimea, Moscow) is what every party writes, so step 4 gives it.
   Only where the party's language is one of the entity's country (GeoNames'
   country records): ru-gov's Париж romanized is no English name of Paris.
   Not for persons: a party writes a foreign person's name as the language
   does (Vladimir Putin, not Ukrainian Володимир Путін romanized).
4. **neutral**: the entity's name in ``lang`` (curated names before names
   only a database such as GeoNames records; current names before former
   ones; then :data:`RENDER_ORDER`, except that a person's short name, the
   surname, comes last). On a date before a renaming on record (the entity's
   official name came into use only later, and a former one was in use that
   day and later ended), the former names in use that day come first (the
   one the renaming replaced before a party's lasting one), then former
   names with no usage on record, then the current names, and last a former
   name out of use that day: in 2010 Dnipro is Днепропетровск in Russian and
   Bakhmut Artemivsk in English. Without a party the chain starts here.
5. **canonical**: ``entity.name``.

:attr:`NameChoice.fallback` is None when the first step that applies
answered (step 1, or step 4 without a party), and otherwise says which step
answered and why, so a caller can tell the user that it fell back.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .errors import UsageError
from .model import Entity, Name, Party, Source, Usage
from .textnorm import CYRILLIC as _CYRILLIC

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

#: No usage is recorded before this day; an earlier date is a typo, not a question.
EARLIEST = "1900-01-01"

#: Which type of name a text prefers, first to last. The short name before the formal one
#: (Belarus, not Republic of Belarus; the ISO layer's official names are inverted list forms
#: such as "Moldova, Republic of"), and a former name among the current ones: when a usage of
#: it holds on the date, it was that party's current name then.
RENDER_ORDER: tuple[str, ...] = (
    "short", "common", "official", "former", "colloquial", "transliteration", "abbreviation", "misspelling",
)

#: The romanization the press of each Latin-script language uses for Cyrillic names, tried in
#: order until the name's language has the scheme: English writes Russian names the Wikipedia
#: way (Artyomovsk) and Ukrainian and Belarusian ones in their national systems (Kharkiv).
PRESS_SCHEMES: dict[str, tuple[str, ...]] = {
    "en": ("wikipedia", "national"),
    "de": ("de",),
    "fr": ("fr",),
    "es": ("es",),
    "pl": ("pl",),
    "it": ("it",),
    "cs": ("cs",),
}

#: Languages by writing system, to tell whether a name can stand as written in a text.
SCRIPTS: dict[str, frozenset[str]] = {
    "Cyrl": frozenset({"ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tg", "mn"}),
    "Latn": frozenset(PRESS_SCHEMES)
    | {"tr", "ro", "crh", "ss", "pt", "nl", "sk", "sl", "hr", "hu", "lt", "lv", "et", "fi", "sv", "da", "no", "az", "uz", "sq"},
}

_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


# -- validation --------------------------------------------------------------
def normalize_date(value: str | None) -> str | None:
    """``value`` as a full ISO day (a year or a month means its first day); None stays None.

    Raises :class:`~toponyms.errors.UsageError` for a malformed date or one before 1900.

    >>> normalize_date("1991"), normalize_date("2019-08"), normalize_date("2016-02-04"), normalize_date(None)
    ('1991-01-01', '2019-08-01', '2016-02-04', None)
    >>> normalize_date("1850-06-01")
    Traceback (most recent call last):
    toponyms.errors.UsageError: date '1850-06-01' is before 1900: no naming is on record that early
    >>> normalize_date("2016-02-30")
    Traceback (most recent call last):
    toponyms.errors.UsageError: malformed date '2016-02-30': expected YYYY-MM-DD (or YYYY, YYYY-MM)
    """
    if value is None:
        return None
    text = value.strip()
    day = _first_day(text) if _DATE.fullmatch(text) else ""
    try:
        datetime.date.fromisoformat(day)
    except ValueError:
        raise UsageError(f"malformed date {value!r}: expected YYYY-MM-DD (or YYYY, YYYY-MM)") from None
    if day < EARLIEST:
        raise UsageError(f"date {value!r} is before 1900: no naming is on record that early")
    return day


def check_party(gaz: "Gazetteer", party: str) -> Party:
    """The registered party ``party``; a :class:`~toponyms.errors.UsageError` listing the valid ones if unknown."""
    parties = gaz.parties
    if party not in parties:
        raise UsageError(f"unknown party {party!r}; valid parties: {', '.join(parties)}")
    return parties[party]


def load_entity(gaz: "Gazetteer", entity: Entity | str) -> Entity:
    """``entity`` with all its names: an id is looked up, and an entity the resolver returned
    (which comes without names) is loaded again. Unknown id: :class:`~toponyms.errors.UsageError`."""
    if isinstance(entity, Entity) and entity.names:
        return entity
    entity_id = entity.id if isinstance(entity, Entity) else entity
    found = gaz.entity(entity_id)
    if found is None:
        raise UsageError(f"unknown entity id {entity_id!r}")
    return found


# -- who uses which name -------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PartyUsage:
    """One party's use of a name, with its source looked up and whether it holds on the asked date."""

    party: str
    start: str | None
    until: str | None
    source: str | None
    source_title: str | None
    source_url: str | None
    active: bool

    @classmethod
    def of(cls, use: Usage, source: Source | None, day: str | None) -> "PartyUsage":
        return cls(
            use.party, use.start, use.until, use.source,
            source.title if source else None, source.url if source else None, use.active_on(day),
        )

    def to_json(self) -> dict:
        return {
            "party": self.party, "from": self.start, "until": self.until, "source": self.source,
            "source_title": self.source_title, "source_url": self.source_url, "active": self.active,
        }


@dataclass(frozen=True, slots=True)
class NameUsage:
    """A name of an entity and every party's use of it."""

    name: Name
    used_by: tuple[PartyUsage, ...]

    @property
    def text(self) -> str:
        return self.name.text

    @property
    def lang(self) -> str:
        return self.name.lang

    @property
    def type(self) -> str:
        return self.name.type

    def to_json(self) -> dict:
        return {"text": self.text, "lang": self.lang, "type": self.type, "used_by": [u.to_json() for u in self.used_by]}


def usage(gaz: "Gazetteer", entity_id: str, date: str | None = None) -> list[NameUsage]:
    """Every name of the entity with who uses it, since and until when, on what source, and
    whether each use holds on ``date`` (None: whether it is current).

    Names some party (other than a name database) is on record for come first, then names
    nobody is on record for, then names only a database records; each group in data order.
    """
    day = normalize_date(date)
    entity = load_entity(gaz, entity_id)
    sources = gaz.sources
    databases = database_parties(gaz)
    found = [NameUsage(n, tuple(PartyUsage.of(u, sources.get(u.source or ""), day) for u in n.used_by)) for n in entity.names]
    return sorted(found, key=lambda nu: _stance_group(nu.name, databases))


def database_parties(gaz: "Gazetteer") -> frozenset[str]:
    """Parties that collect names in every language (``langs: [und]``: GeoNames, OSM): their
    records say that a name exists, not that anyone prefers it."""
    return frozenset(p.id for p in gaz.parties.values() if p.langs == ("und",))


def _stance_group(name: Name, databases: frozenset[str]) -> int:
    """0: some party is on record for the name; 1: nobody is; 2: only name databases are."""
    parties = set(name.parties())
    return 0 if parties - databases else 1 if not parties else 2


# -- the name a party uses -----------------------------------------------------
@dataclass(frozen=True, slots=True)
class Fallback:
    """Which step of the chain answered when the party's own name in the language did not."""

    code: str  # "rendered", "party-lang", "neutral" or "canonical"
    message: str

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"

    def to_json(self) -> dict:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True, slots=True)
class NameChoice:
    """The answer of :func:`name_for`.

    ``text`` is what to write; ``name`` the stored name it comes from (None for the canonical
    name); ``lang`` the language ``text`` is written for (the asked one, or the stored name's
    own when it stands as written); ``scheme`` the romanization applied, if any.
    """

    text: str
    name: Name | None
    lang: str | None
    fallback: Fallback | None = None
    scheme: str | None = None

    def to_json(self) -> dict:
        return {
            "text": self.text,
            "lang": self.lang,
            "name": self.name.to_json() if self.name else None,
            "scheme": self.scheme,
            "fallback": self.fallback.to_json() if self.fallback else None,
        }


@dataclass(frozen=True, slots=True)
class _Ask:
    """One :func:`name_for` question, passed to each step of the chain."""

    entity: Entity
    lang: str | None
    day: str | None
    databases: frozenset[str]
    spoken: frozenset[str]  # the languages of the entity's country

    @property
    def when(self) -> str:
        return f"on {self.day}" if self.day else "today"


def name_for(
    gaz: "Gazetteer",
    entity: Entity | str,
    *,
    party: str | None = None,
    lang: str | None = None,
    date: str | None = None,
) -> NameChoice:
    """The name ``party`` uses for ``entity`` (an :class:`Entity` or an id) in ``lang`` on ``date``.

    Follows the chain in the module documentation; :attr:`NameChoice.fallback` says when and
    how it fell back. Raises :class:`~toponyms.errors.UsageError` for an unknown party (listing
    the valid ones), an unknown entity id, or a malformed date or one before 1900.
    """
    day = normalize_date(date)
    who = check_party(gaz, party) if party is not None else None
    if lang is None and who is not None and who.langs:
        lang = who.langs[0]
    found = load_entity(gaz, entity)
    ask = _Ask(found, lang, day, database_parties(gaz), gaz.index.country_languages.get(found.country or "", frozenset()))
    if who is not None and lang is not None:
        for step in (_own, _rendered, _party_lang):
            choice = step(ask, who, lang)
            if choice is not None:
                return choice
    if lang is not None:
        choice = _neutral_choice(ask, who, lang)
        if choice is not None:
            return choice
    return _canonical(ask, who)


def _own(ask: _Ask, party: Party, lang: str) -> NameChoice | None:
    """Step 1: the party's own name in the language."""
    found = [(n, start, i) for n, start, i in _party_names(ask, party) if n.lang == lang]
    if not found:
        return None
    name = _best_own(found, _romanized_own(ask, party, lang) if len(found) > 1 else None)
    return NameChoice(name.text, name, lang)


def _rendered(ask: _Ask, party: Party, lang: str) -> NameChoice | None:
    """Step 2: the party's own name in another language, written for the language."""
    langs = party.langs
    others = [(n, start, i) for n, start, i in _party_names(ask, party) if n.lang != lang]
    others.sort(key=lambda f: (langs.index(f[0].lang) if f[0].lang in langs else len(langs), -f[1], _rank(f[0]), f[2]))
    for name, _, _ in others:
        written = _write(ask, party, name, lang, as_written=bool(langs) and name.lang == langs[0])
        if written is not None:
            choice, how = written
            why = f"{party.id} has no {lang} name for {ask.entity.name} in use {ask.when}; its {name.lang} name {name.text}, {how}"
            return replace(choice, fallback=Fallback("rendered", why))
    return None


def _party_lang(ask: _Ask, party: Party, lang: str) -> NameChoice | None:
    """Step 3: the entity's name in the party's first language, written for a language without an
    exonym, where that language is one of the entity's country (ru-gov's Харьков for Kharkiv, in
    Ukraine); not a person's (Ukrainian Володимир Путін romanized is no English name of Putin's),
    nor a place's abroad (Russian Париж romanized is no English name of Paris)."""
    first = party.langs[0] if party.langs else None
    if ask.entity.kind == "person" or first not in ask.spoken:
        return None
    name = _neutral(ask.entity, first, ask.databases, ask.day) if first and first != lang else None
    written = _write(ask, party, name, lang, as_written=False) if name is not None and not _has_exonym(ask, lang) else None
    if written is None:
        return None
    choice, how = written
    why = (f"{party.id} has no name for {ask.entity.name} on record {ask.when}; "
           f"the {name.lang} name {name.text} ({party.id}'s first language), {how}")
    return replace(choice, fallback=Fallback("party-lang", why))


def _write(ask: _Ask, party: Party, name: Name, lang: str, *, as_written: bool) -> tuple[NameChoice, str] | None:
    """``name``, of another language, written for a text in ``lang``, and how: as the entity's
    own ``lang`` spelling of the same name (same matching key: Покровськ → Покровск, Kyiv → Kyjiw)
    that no other party is on record for (ua-gov's former Dzerzhynsk is not ru-gov's Дзержинск
    in English), else romanized (Красноармейск → Krasnoarmeysk), else, when ``as_written`` and
    the scripts agree, as it is (Кропивницький in a Russian text with no other spelling for it)."""
    from .translit import match_key

    key = match_key(name.text)
    ours = ask.databases | {party.id}
    spelled = _neutral_among(
        [(i, n) for i, n in enumerate(ask.entity.names) if n.lang == lang and not set(n.parties()) - ours and match_key(n.text) == key],
        ask.databases,
    )
    if spelled is not None:
        return NameChoice(spelled.text, spelled, lang), f"spelled as the {lang} name {spelled.text}"
    scheme = _press_scheme(name, lang)
    if scheme is not None:
        from .translit import translit

        return NameChoice(translit(name.text, name.lang, scheme), name, lang, scheme=scheme), f"romanized (scheme {scheme})"
    if as_written and _script(name.text) == _lang_script(lang):
        return NameChoice(name.text, name, name.lang), "as written"
    return None


def _romanized_own(ask: _Ask, party: Party, lang: str) -> str | None:
    """The party's own name in its first language romanized for ``lang`` (Артёмовск → Artyomovsk):
    the spelling a party with several in ``lang`` is taken to prefer."""
    first = party.langs[0] if party.langs else None
    found = [(n, start, i) for n, start, i in _party_names(ask, party) if n.lang == first]
    if not found:
        return None
    name = _best_own(found)
    scheme = _press_scheme(name, lang)
    if scheme is None:
        return None
    from .translit import translit

    return translit(name.text, name.lang, scheme)


def _neutral_choice(ask: _Ask, party: Party | None, lang: str) -> NameChoice | None:
    """Step 4: the entity's own name in the language; a fallback only when a party was asked for."""
    name = _neutral(ask.entity, lang, ask.databases, ask.day)
    if name is None:
        return None
    if party is None:
        return NameChoice(name.text, name, lang)
    why = f"{party.id} has no name for {ask.entity.name} on record {ask.when} that fits {lang}; the entity's {lang} name"
    return NameChoice(name.text, name, lang, Fallback("neutral", why))


def _canonical(ask: _Ask, party: Party | None) -> NameChoice:
    """Step 5: the canonical name; a fallback whenever a party or a language was asked for."""
    if ask.lang is None and party is None:
        return NameChoice(ask.entity.name, None, None)
    missing = f"{ask.entity.name} has no {ask.lang} name" if ask.lang else "no language was given"
    prefix = f"{party.id} has no name for {ask.entity.name} on record {ask.when} and " if party else ""
    return NameChoice(ask.entity.name, None, None, Fallback("canonical", f"{prefix}{missing}; the canonical name"))


# -- helpers -------------------------------------------------------------------
def _party_names(ask: _Ask, party: Party) -> list[tuple[Name, int, int]]:
    """(name, latest ``from`` as YYYYMMDD or 0, data index) for each name the party uses on the day."""
    out = []
    for i, name in enumerate(ask.entity.names):
        starts = [_day_number(u.start) for u in name.used_by if u.party == party.id and u.active_on(ask.day)]
        if starts:
            out.append((name, max(starts), i))
    return out


def _best_own(found: list[tuple[Name, int, int]], agreed: str | None = None) -> Name:
    """The best of a party's names from :func:`_party_names`: latest ``from``, then :data:`RENDER_ORDER`,
    then the spelling ``agreed``, then data order."""
    return max(found, key=lambda f: (f[1], -_rank(f[0]), f[0].text == agreed, -f[2]))[0]


def _neutral(entity: Entity, lang: str | None, databases: frozenset[str], day: str | None = None) -> Name | None:
    """The entity's best name in ``lang``; a person's in full, the surname (a short name) last
    (Putin → Владимир Путин, not Путин); an organisation whose canonical name is its abbreviation
    by its abbreviation (NATO → OTAN, НАТО; not Organisation du traité de l'Atlantique nord);
    on a ``day`` before a renaming on record (:func:`_renamed_after`), a former name."""
    abbreviated = entity.kind == "organization" and any(n.type == "abbreviation" and n.text == entity.name for n in entity.names)
    return _neutral_among(
        [(i, n) for i, n in enumerate(entity.names) if n.lang == lang], databases,
        surname_last=entity.kind == "person", abbreviation_first=abbreviated,
        before_renaming=day if day is not None and _renamed_after(entity, day) else None,
    )


def _renamed_after(entity: Entity, day: str) -> bool:
    """Whether ``entity`` was renamed after ``day``, as its usages record it: its official names all came into use
    later (Dnipro, from 2016-05-19), and a former name was in use that day and later ended (Dnipropetrovsk,
    until 2016-05-19). Not a place a party only began to name after the day (ru-gov's Донецк, from 2020)."""
    day = _first_day(day)
    official = [n for n in entity.names if n.type == "official" and n.used_by]
    return bool(official) and all(u.start is not None and _first_day(u.start) > day for n in official for u in n.used_by) and any(
        _in_force(n, day) == 0 for n in entity.names if n.type == "former"
    )


def _neutral_among(
    found: list[tuple[int, Name]], databases: frozenset[str], *, surname_last: bool = False, abbreviation_first: bool = False,
    before_renaming: str | None = None,
) -> Name | None:
    """The best of (data index, name) pairs: curated before database-only, current before former, then :data:`RENDER_ORDER`
    (with ``surname_last``, short names after every other type; with ``abbreviation_first``, abbreviations before).
    ``before_renaming``, a day before the entity's renaming: ranked by :func:`_before_renaming_rank`."""
    if not found:
        return None
    return min(
        found,
        key=lambda f: (
            _stance_group(f[1], databases) == 2,
            _before_renaming_rank(f[1], before_renaming) if before_renaming is not None else f[1].type == "former",
            surname_last and f[1].type == "short",
            abbreviation_first and f[1].type != "abbreviation", _rank(f[1]), f[0],
        ),
    )[1]


def _before_renaming_rank(name: Name, day: str) -> int:
    """Where a name ranks on a ``day`` before its entity's renaming: a former name in use that day which the renaming
    replaced (a usage ending later: ua-gov's Krasnyi Lyman), one otherwise in use that day (ru-gov's Krasny Liman),
    one with no usage on record (Russian Днепропетровск), then the current names, and last a former name out of use
    that day (one given up long before, or that a party took up only later: ru-gov's Сталино, from 2020)."""
    if name.type != "former":
        return 3
    if not name.used_by:
        return 2
    force = _in_force(name, day)
    return force if force < 2 else 4


def _in_force(name: Name, day: str) -> int:
    """0 for a name in use on ``day`` whose use ended later (what a renaming replaced), 1 for one otherwise in use
    that day, 2 for one not in use."""
    active = [u for u in name.used_by if u.active_on(_first_day(day))]
    return 0 if any(u.until is not None for u in active) else 1 if active else 2


def _has_exonym(ask: _Ask, lang: str) -> bool:
    """Whether the entity's name in ``lang`` is the language's own (Crimea) rather than a
    romanization of one of the entity's Cyrillic names (Kharkiv, Kiew: same matching key)."""
    own = _neutral(ask.entity, lang, ask.databases)
    if own is None:
        return False
    from .translit import match_key

    key = match_key(own.text)
    return all(match_key(n.text) != key for n in ask.entity.names if _CYRILLIC.search(n.text))


def _press_scheme(name: Name, lang: str) -> str | None:
    """The scheme romanizing Cyrillic ``name`` for a text in ``lang``; None when there is none."""
    if not _CYRILLIC.search(name.text):
        return None
    from .translit import schemes
    from .translit.registry import LANGS

    if name.lang not in LANGS:
        return None
    available = schemes(name.lang)
    return next((s for s in PRESS_SCHEMES.get(lang, ()) if s in available), None)


def _first_day(date: str) -> str:
    """A stored or asked ISO date padded to its first day: ``1991`` → ``1991-01-01``."""
    return date + "-01-01"[len(date) - 4 :]


def _day_number(date: str | None) -> int:
    """``date`` as a number that sorts like the day (YYYYMMDD); 0 for an open start."""
    return int(_first_day(date).replace("-", "")) if date else 0


def _rank(name: Name) -> int:
    return RENDER_ORDER.index(name.type) if name.type in RENDER_ORDER else len(RENDER_ORDER)


def _script(text: str) -> str | None:
    return "Cyrl" if _CYRILLIC.search(text) else "Latn" if _LATIN.search(text) else None


def _lang_script(lang: str) -> str | None:
    return next((script for script, langs in SCRIPTS.items() if lang in langs), None)
