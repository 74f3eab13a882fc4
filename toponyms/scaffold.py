"""The entity file that ``toponyms gazetteer add`` writes: extend what exists, never duplicate it.

The name is looked up in the compiled gazetteer first. When the base layers
already hold the place (GeoNames, or an ISO 3166 region), the new file extends
that entity under its id (``geonames:543229``), so the place keeps one id and
gains names. Only a place the gazetteer does not know gets a new id,
``tp:<slug of the name>``. Ids are forever, so a name that matches several
entities is refused until the contributor says which one is meant.

The file holds only what the contributor typed (the name, its language) and
the id, kind, English name and country of the entity: coordinates, admin1
and population come from the base layer and are not copied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .curated import entity_path
from .errors import ToponymsError, UsageError
from .gazetteer import Gazetteer
from .lint import script_mismatch
from .model import Entity

#: Ways of matching that mean "the gazetteer has this very name" (see :data:`toponyms.resolver.CONTRACT_HOW`).
STRONG_MATCHES = ("exact", "variant")
_LANG = re.compile(r"([a-z]{2,3}|und)\Z")


@dataclass(frozen=True)
class Scaffold:
    """A planned entity file: its id, where it goes, its content, and what the lookup found."""

    entity_id: str
    path: Path
    data: dict
    extends: Entity | None
    similar: tuple[Entity, ...] = ()


def slug(name: str) -> str:
    """The local part of a new ``tp:`` id: the name in ASCII, lower case, words joined by ``-``.

    >>> slug("Horishni Plavni"), slug("Козинка"), slug("Kozinka (farm)")
    ('horishni-plavni', 'kozinka', 'kozinka-farm')
    """
    from unidecode import unidecode

    return re.sub(r"[^a-z0-9]+", "-", unidecode(name).lower()).strip("-")


def describe(entity: Entity) -> str:
    """One line that lets a contributor recognise a place: id, name, kind, country, admin1, population.

    >>> describe(Entity("geonames:543229", "place", "Kozinka", country="RU", admin1="09", population=1097))
    'geonames:543229 Kozinka (place, RU, admin1 09, population 1,097)'
    """
    facts = [entity.kind, entity.country, entity.admin1 and f"admin1 {entity.admin1}", entity.population and f"population {entity.population:,}"]
    return f"{entity.id} {entity.name} ({', '.join(f for f in facts if f)})"


def _check_arguments(name: str, country: str, lang: str) -> None:
    import pycountry

    if not name.strip() or name != name.strip():
        raise UsageError(f"--name {name!r}: give the name without leading or trailing spaces")
    if pycountry.countries.get(alpha_2=country) is None:
        raise UsageError(f"--country {country!r} is not an ISO 3166-1 alpha-2 code (UA, RU, BY, ...)")
    if not _LANG.match(lang):
        raise UsageError(f"--lang {lang!r} is not a language code (two or three lower-case letters, or und)")
    mismatch = script_mismatch(name, lang)
    if mismatch:
        raise UsageError(f"{mismatch}: pass the --lang of the name (ru, uk, be, en, ...)")


def _by_geonames(gaz: Gazetteer, geonameid: int, country: str, kind: str | None) -> Entity:
    entity = gaz.entity(f"geonames:{geonameid}")
    if entity is None:
        raise UsageError(f"GeoNames id {geonameid} is not in the base layer: check it on https://www.geonames.org/{geonameid}")
    if entity.country != country:
        raise UsageError(f"{describe(entity)} is in {entity.country}, not {country}: check --geonames and --country")
    if kind and entity.kind != kind:
        raise UsageError(f"{describe(entity)} is a {entity.kind}, not a {kind}: drop --kind or check --geonames")
    return entity


def _by_name(gaz: Gazetteer, name: str, country: str, kind: str | None) -> tuple[Entity | None, tuple[Entity, ...]]:
    """The one entity that already has this name, or None and the entities with similar names."""
    candidates = gaz.resolve(name, limit=10, country=country, kind=kind)
    strong = {c.entity.id: c.entity for c in candidates if c.matched.to_json()["how"] in STRONG_MATCHES}
    if len(strong) > 1:
        listing = "\n".join(f"  {describe(e)}" for e in strong.values())
        raise UsageError(
            f"{name!r} names {len(strong)} entities in {country}:\n{listing}\n"
            "pass --geonames ID for the one you mean, or --new if it is none of them"
        )
    if strong:
        return next(iter(strong.values())), ()
    return None, tuple({c.entity.id: c.entity for c in candidates}.values())


def _new_id(gaz: Gazetteer, name: str) -> str:
    """``tp:<slug>`` for a new entity; refused when the slug is empty or the id is taken."""
    local = slug(name)
    if not local:
        raise UsageError(f"cannot make an id from {name!r}: give the name in a Latin or Cyrillic script")
    entity_id = f"tp:{local}"
    known = gaz.entity(entity_id)
    if known is not None:
        raise ToponymsError(
            f"the id {entity_id} is taken by {describe(known)}: if that is the place, extend it; "
            "if not, write the file by hand under a more specific id (tp:<name>-<region>)"
        )
    return entity_id


def _needs_country_hint(gaz: Gazetteer, name: str, entity_id: str) -> bool:
    """Whether the example must carry ``country:``: the name alone resolves elsewhere, or to a homonym."""
    top = gaz.resolve(name, limit=1)
    return bool(top) and top[0].entity.id != entity_id


def plan(
    gaz: Gazetteer,
    *,
    name: str,
    country: str,
    directory: Path,
    kind: str | None = None,
    lang: str = "en",
    geonames: int | None = None,
    new: bool = False,
    curated_dirs: tuple[Path, ...] = (),
) -> Scaffold:
    """Decide the id, path and content of the entity file for ``name`` in ``country``.

    Raises :class:`UsageError` for bad arguments or an ambiguous name, and
    :class:`ToponymsError` when the entity's file already exists in
    ``directory`` or any of ``curated_dirs``.
    """
    _check_arguments(name, country, lang)
    if new and geonames is not None:
        raise UsageError("--new and --geonames exclude each other: --new makes a tp: entity, --geonames extends one")
    similar: tuple[Entity, ...] = ()
    if geonames is not None:
        base = _by_geonames(gaz, geonames, country, kind)
    elif new:
        base = None
    else:
        base, similar = _by_name(gaz, name, country, kind)
    entity_id = base.id if base else _new_id(gaz, name)
    for root in (directory, *curated_dirs):
        existing = Path(root) / entity_path(entity_id)
        if existing.exists():
            raise ToponymsError(f"{existing} already exists: edit that file to add names to {entity_id}")
    example = {"text": name}
    if _needs_country_hint(gaz, name, entity_id):
        example["country"] = country
    fields = {
        "id": entity_id,
        "kind": base.kind if base else kind or "place",
        "name": base.name if base else name,
        "country": base.country if base else country,
        "names": [{"text": name, "lang": lang, "type": "common"}],
        "examples": [example],
    }
    data = {key: value for key, value in fields.items() if value is not None}
    return Scaffold(entity_id, Path(directory) / entity_path(entity_id), data, base, similar)


def write(scaffold: Scaffold) -> None:
    """Write the planned file in the canonical format, creating its folder; never overwrite."""
    from .fmt import format_entity

    scaffold.path.parent.mkdir(parents=True, exist_ok=True)
    with scaffold.path.open("x", encoding="utf-8") as out:
        out.write(format_entity(scaffold.data))
