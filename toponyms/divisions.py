"""What kind of division a division word names, and which ISO subdivisions are of that kind.

"le département du Nord" is France's Nord (ISO 3166-2 type "Metropolitan
department"), not Burkina Faso's Nord region, which ties with it by name;
"el departamento de Santa Cruz" Bolivia's, not Argentina's province. ISO
3166-2, through ``pycountry``, gives each subdivision a type; the word written
before the name says which type is meant.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Collection, Iterable, Sequence

from .resolver import Candidate

#: The word of an ISO 3166-2 subdivision type (lower case, as in "Metropolitan department") that each
#: division word of the scanner's (toponyms.scan._REGION_PREFIX, lower case) names. Words that name
#: divisions ISO types variously (oblast: "Region", "Administrative region", "Oblast") are left out.
_TYPE_OF_WORD = {
    word: kind
    for kind, words in {
        "department": "département départements departamento departamentos dipartimento dipartimenti",
        "province": "province provinces provincia provincias provinzen",
        "region": "région régions region regions regione regioni región regiones regionen",
        "canton": "canton cantons cantone cantoni cantón cantones kanton kantons kantone kantonen",
        "state": "estado estados",
        "land": "land bundesland bundesländer bundesländern freistaat",
        "voivodship": "województwo województwa województwie województwem województw województwach województwami woj.",
    }.items()
    for word in words.split()
}
#: Score factor of a subdivision of another type than the division word names, where one of that type is a
#: candidate: low enough that the document's boosts of the other do not outweigh the word (la provincia de
#: Valencia, in a story naming the Comunitat Valenciana: the province; 0.9 let the community win).
OTHER_TYPE = 0.7


def division_kind(word: str) -> str | None:
    """The ISO type word ``word`` names (département: "department"), or None."""
    return _TYPE_OF_WORD.get(word.lower())


@lru_cache(maxsize=4096)
def iso_type_words(code: str) -> frozenset[str]:
    """The words of the ISO 3166-2 type of subdivision ``code`` (FR-59: {"metropolitan", "department"})."""
    import pycountry

    subdivision = pycountry.subdivisions.get(code=code)
    return frozenset(subdivision.type.lower().split()) if subdivision is not None and subdivision.type else frozenset()


@lru_cache(maxsize=4096)
def first_level(code: str) -> bool:
    """Whether ISO 3166-2 subdivision ``code`` is of a country's first level (see :func:`toponyms.layers.iso.first_level`)."""
    import pycountry

    from .layers.iso import first_level as of_first_level

    subdivision = pycountry.subdivisions.get(code=code)
    return subdivision is not None and of_first_level(subdivision)


def of_kind(candidate: Candidate, word: str) -> bool:
    """Whether ``candidate`` is an ISO subdivision of the type ``word`` names (France's Nord for département)."""
    kind = division_kind(word)
    entity = candidate.entity
    return kind is not None and entity.kind == "region" and entity.iso is not None and kind in iso_type_words(entity.iso)


def any_of_kind(candidates: Iterable[Candidate], word: str, countries: Collection[str]) -> bool:
    """Whether a candidate is a subdivision of the type ``word`` names in one of ``countries``."""
    return any(c.entity.country in countries and of_kind(c, word) for c in candidates)


def prefer_kind(candidates: Sequence[Candidate], word: str) -> list[Candidate]:
    """``candidates`` best first, subdivisions of another type than ``word`` names scored at
    :data:`OTHER_TYPE` where one of that type is among them (département du Nord: France's Nord
    before Burkina Faso's region)."""
    fits = [of_kind(c, word) for c in candidates]
    if not any(fits):
        return list(candidates)
    rescored = [
        c if fit or c.entity.kind != "region" else Candidate(c.entity, c.score * OTHER_TYPE, c.matched)
        for c, fit in zip(candidates, fits)
    ]
    return sorted(rescored, key=lambda c: -c.score)
