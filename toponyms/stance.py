"""The naming stance of a document: which parties' names it uses for places whose name is contested (issue 7).

A mention takes a stance when the name it uses is one some parties use on
the document's date while other parties use a different name for the same
entity then. Its stance is the parties that use its name::

    >>> reader = StanceReader(gaz)                                          # doctest: +SKIP
    >>> doc = Normalizer(gaz)("Russian forces took Artyomovsk.", "en")      # doctest: +SKIP
    >>> [(m.mention.text, m.stance, m.others) for m in reader(doc, "2024-01-01").mentions]  # doctest: +SKIP
    [('Artyomovsk', 'ru-gov', ('ua-gov',))]

Everything else is ``neutral``: a name nobody is on record for (Kharkiv), a
name every party with a name on record uses, and a name no party uses on the
date any more (Dnipropetrovsk in 2024: ``used_by`` is empty and ``others``
says that ua-gov writes something else).

Names are compared by their matching key (:func:`toponyms.translit.match_key`),
across languages and spellings: ru-gov's Артёмовск and Artyomovsk are one
name, so are ua-gov's Бахмут and Bakhmut, so a Russian text that writes Бахмут
uses ua-gov's name against ru-gov's Артёмовск. Name databases (GeoNames, OSM:
:func:`toponyms.naming.database_parties`) record names, not preferences, and
never take part. Dates follow :mod:`toponyms.naming` (``from`` inclusive,
``until`` exclusive).
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Mapping

from .naming import database_parties, load_entity, normalize_date

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .normalizer import Document, Mention

#: The stance of a mention whose name does not side with any party.
NEUTRAL = "neutral"


@dataclass(frozen=True, slots=True)
class MentionStance:
    """A mention, the parties that use its name on the date, and those that use another name for its entity then."""

    mention: "Mention"
    used_by: tuple[str, ...]
    others: tuple[str, ...]

    @property
    def stance(self) -> str:
        """``"ru-gov"``, ``"ua-gov+en-press"``...: the parties using the name when others use another; else ``"neutral"``."""
        return "+".join(self.used_by) if self.used_by and self.others else NEUTRAL

    def to_json(self) -> dict:
        m = self.mention
        return {
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "id": m.entity.id,
            "name": m.entity.name,
            "matched": m.name.text,
            "stance": self.stance,
            "used_by": list(self.used_by),
            "others": list(self.others),
        }


@dataclass(frozen=True, slots=True)
class DocumentStance:
    """The stance of every mention of a document on its date."""

    date: str
    mentions: tuple[MentionStance, ...]

    @property
    def counts(self) -> dict[str, int]:
        """Mentions per stance, in the order :func:`summarize` lists them."""
        return ordered_counts(Counter(m.stance for m in self.mentions))

    def to_json(self) -> dict:
        counts = self.counts
        return {"date": self.date, "summary": summarize(counts), "counts": counts, "mentions": [m.to_json() for m in self.mentions]}


class StanceReader:
    """``StanceReader(gazetteer)(document, date=None) -> DocumentStance``; build once, call from any thread."""

    def __init__(self, gazetteer: "Gazetteer"):
        self.gazetteer = gazetteer
        self.databases = database_parties(gazetteer)
        self.order = {party: i for i, party in enumerate(gazetteer.parties)}
        self._parties = lru_cache(maxsize=100_000)(self._who)

    def __call__(self, doc: "Document", date: str | None = None) -> DocumentStance:
        """The stance of ``doc`` on ``date`` (YYYY[-MM[-DD]]; default today).

        Raises :class:`~toponyms.errors.UsageError` for a malformed date or one before 1900.
        """
        from .translit import match_key

        day = normalize_date(date) or datetime.date.today().isoformat()
        mentions = tuple(MentionStance(m, *self._parties(m.entity.id, match_key(m.name.text), day)) for m in doc.mentions)
        return DocumentStance(day, mentions)

    def _who(self, entity_id: str, key: str, day: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(parties using a name of the entity with matching key ``key`` on ``day``, parties using only other names then)."""
        from .translit import match_key

        users: set[str] = set()
        others: set[str] = set()
        for name in load_entity(self.gazetteer, entity_id).names:
            active = {u.party for u in name.used_by if u.active_on(day)} - self.databases
            if active:
                (users if match_key(name.text) == key else others).update(active)
        return self._ordered(users), self._ordered(others - users)

    def _ordered(self, parties: set[str]) -> tuple[str, ...]:
        """``parties`` in registry order (ua-gov, ru-gov, ..., en-press); unregistered ones last."""
        return tuple(sorted(parties, key=lambda p: (self.order.get(p, len(self.order)), p)))


def ordered_counts(counts: Mapping[str, int]) -> dict[str, int]:
    """Stances by falling count (then name), ``neutral`` last.

    >>> ordered_counts({"neutral": 12, "ua-gov": 1, "ru-gov": 7})
    {'ru-gov': 7, 'ua-gov': 1, 'neutral': 12}
    """
    return dict(sorted(counts.items(), key=lambda kv: (kv[0] == NEUTRAL, -kv[1], kv[0])))


def total(stances: Iterable[DocumentStance]) -> dict[str, int]:
    """Mentions per stance over a corpus, ordered as :func:`ordered_counts`."""
    counts: Counter[str] = Counter()
    for doc in stances:
        counts.update(doc.counts)
    return ordered_counts(counts)


def summarize(counts: Mapping[str, int]) -> str:
    """One line for counts per stance, in their order; every mention counts.

    >>> summarize({"ru-gov": 7, "ua-gov": 1, "neutral": 12})
    '7 names only ru-gov uses, 1 only ua-gov uses, 12 neutral'
    >>> summarize({"ua-gov+bgn-pcgn+en-press": 1, "neutral": 1})
    '1 name only ua-gov, bgn-pcgn and en-press use, 1 neutral'
    >>> summarize({})
    'no names'
    """
    parts = []
    for i, (stance, n) in enumerate(counts.items()):
        noun = "" if i else (" name" if n == 1 else " names")
        if stance == NEUTRAL:
            parts.append(f"{n}{noun} {NEUTRAL}")
            continue
        parties = stance.split("+")
        who = parties[0] if len(parties) == 1 else f"{', '.join(parties[:-1])} and {parties[-1]}"
        parts.append(f"{n}{noun} only {who} {'uses' if len(parties) == 1 else 'use'}")
    return ", ".join(parts) or "no names"
