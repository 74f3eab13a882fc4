"""The data model: entities, their names, and who uses which name.

Everything the toolkit knows is expressed in these few immutable types. The
gazetteer layers produce them, the compiled index stores them, and the
resolver and normalizer hand them back to callers.

IDs are forever: a place that exists in GeoNames is ``geonames:<geonameid>``,
otherwise ``wikidata:<Q-id>`` when one is known, else ``tp:<slug>``. A renamed
place keeps its ID and gains names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Kinds of entity, in the order of their importance for ranking.
KINDS: tuple[str, ...] = ("country", "region", "place", "feature", "organization", "person")

#: Types of name. ``official`` outranks ``common`` outranks ``former`` and so on.
NAME_TYPES: tuple[str, ...] = (
    "official",
    "common",
    "former",
    "colloquial",
    "short",
    "abbreviation",
    "transliteration",
    "misspelling",
)


@dataclass(frozen=True, slots=True)
class Usage:
    """One party's use of a name, optionally bounded in time.

    ``start`` and ``until`` are ISO dates (``YYYY-MM-DD``, or a shorter
    ``YYYY-MM``/``YYYY``) or None for an open end; ``source`` is an id in the
    sources registry.
    """

    party: str
    start: str | None = None
    until: str | None = None
    source: str | None = None

    def active_on(self, date: str | None) -> bool:
        """Whether this usage holds on ``date`` (an ISO date); None means today or any time."""
        if date is None:
            return self.until is None
        if self.start is not None and date < self.start:
            return False
        return self.until is None or date < self.until

    def to_json(self) -> dict:
        """The JSON form used by every CLI output (``from``, not ``start``)."""
        return {"party": self.party, "from": self.start, "until": self.until, "source": self.source}


@dataclass(frozen=True, slots=True)
class Name:
    """A name of an entity as written in one language."""

    text: str
    lang: str = "und"
    type: str = "common"
    scheme: str | None = None
    used_by: tuple[Usage, ...] = ()

    def parties(self) -> tuple[str, ...]:
        """The distinct parties that use this name, in registry order of appearance."""
        return tuple(dict.fromkeys(u.party for u in self.used_by))

    def to_json(self) -> dict:
        out: dict[str, Any] = {"text": self.text, "lang": self.lang, "type": self.type}
        if self.scheme:
            out["scheme"] = self.scheme
        out["used_by"] = [u.to_json() for u in self.used_by]
        return out


@dataclass(frozen=True, slots=True)
class Entity:
    """A place, region, country, feature, person or organisation with all its names."""

    id: str
    kind: str
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    geonames: int | None = None
    wikidata: str | None = None
    iso: str | None = None
    related: tuple[str, ...] = ()
    names: tuple[Name, ...] = field(default=(), repr=False)

    def own_name(self, text: str) -> bool:
        """Whether ``text`` is the entity's own name, or the first part of a GeoNames name that places it
        after a comma (Gjadër, of "Gjadër, Dajc": the village and its municipality)."""
        return text == self.name or (self.name.startswith(text) and self.name.startswith(", ", len(text)))

    def to_json(self, *, with_names: bool = True) -> dict:
        """A JSON-ready dict with the field names of the CLI contract."""
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "admin1": self.admin1,
            "geonames": self.geonames,
            "wikidata": self.wikidata,
            "iso": self.iso,
            "lat": self.lat,
            "lon": self.lon,
            "population": self.population,
            "related": list(self.related),
        }
        if with_names:
            out["names"] = [n.to_json() for n in self.names]
        return out


@dataclass(frozen=True, slots=True)
class Party:
    """Somebody whose naming habits are tracked: a state, an agency, a press tradition."""

    id: str
    label: str
    description: str = ""
    langs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    """A document that backs a usage or a date: a law, a style guide, a news report."""

    id: str
    title: str
    url: str | None = None
    date: str | None = None
    note: str = ""
