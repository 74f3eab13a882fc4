"""``toponyms usage`` and ``toponyms name``: who uses which name of an entity, and the name one party uses.

Both take an entity id (anything with a ``:``) or a name, which is resolved
to its best candidate; the answer says which entity that was. The logic is
in :mod:`toponyms.naming`; these commands only choose the entity and print.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from .. import naming
from ..errors import UsageError
from ..model import Entity

if TYPE_CHECKING:
    from ..resolver import Candidate

#: Candidates asked of the resolver for a NAME: the chosen one and its runner-ups.
CANDIDATES = 4
#: Names listed per database source in the table (all of them are in --json).
RECORDED_SHOWN = 12


@click.command()
@click.argument("query", metavar="NAME|ID")
@click.option("--date", metavar="YYYY-MM-DD", help="Mark the usages that hold on this day (default: the current ones).")
@click.option("--json", "as_json", is_flag=True, help='{"query", "entity", "date", "alternatives", "names": [{"text", "lang", "type", "used_by"}]}')
@click.pass_obj
def usage(obj, query: str, date: str | None, as_json: bool) -> None:
    """Every name of an entity: who uses it, since when, until when, on what source.

    NAME is resolved and its best match taken (the runner-ups are listed);
    an ID (geonames:713174, tp:iso-ua-43) is looked up. Usages in force on
    --date (a year or month means its first day; until is exclusive) are
    marked with *.

    \b
    Examples:
      toponyms usage Artemovsk
      toponyms usage geonames:703448 --date 2018-06-01
      toponyms usage Bakhmut --json
    """
    day = naming.normalize_date(date)
    gaz = obj.gazetteer()
    entity, others = _pick(gaz, query)
    names = naming.usage(gaz, entity.id, day)
    if as_json:
        record = {
            "query": query,
            "entity": _entity_json(entity),
            "date": day,
            "alternatives": [_entity_json(c.entity) | {"score": round(c.score, 4)} for c in others],
            "names": [n.to_json() for n in names],
        }
        click.echo(json.dumps(record, ensure_ascii=False))
        return
    click.echo(f"{query}: {_describe(entity)}" if query != entity.id else _describe(entity))
    if others:
        click.echo("  other candidates: " + "; ".join(_describe(c.entity) for c in others))
    click.echo(f"  * = in use {'on ' + day if day else 'today'}")
    _table(names, naming.database_parties(gaz))


@click.command()
@click.argument("query", metavar="NAME|ID")
@click.option("--as", "party", required=True, metavar="PARTY", help="The party whose name to give (ua-gov, ru-gov, en-press...).")
@click.option("--lang", metavar="L", help="Language of the text the name is for (default: the party's first language).")
@click.option("--date", metavar="YYYY-MM-DD", help="The name in use on this day (default: today's).")
@click.option("--json", "as_json", is_flag=True, help='{"query", "entity", "party", "date", "text", "lang", "name", "scheme", "fallback"}')
@click.pass_obj
def name(obj, query: str, party: str, lang: str | None, date: str | None, as_json: bool) -> None:
    """The name PARTY uses for an entity, in a language, on a date.

    When the party has no name of its own on record for that language and
    day, the answer falls back and says so on stderr (or in "fallback" with
    --json): to the party's name in another language, in this language's
    spelling of it, romanized, or as written; then to the entity's name in
    the party's first language, likewise; then to the entity's name in the
    language; then to its canonical name.

    \b
    Examples:
      toponyms name geonames:713174 --as ru-gov --lang en     # Artyomovsk
      toponyms name Bakhmut --as ua-gov --date 2010-01-01     # Артемівськ
      toponyms name Kyiv --as en-press --date 2018-06-01      # Kiev
    """
    gaz = obj.gazetteer()
    entity, _ = _pick(gaz, query)
    choice = naming.name_for(gaz, entity, party=party, lang=lang, date=date)
    if as_json:
        record = {"query": query, "entity": _entity_json(entity), "party": party, "date": naming.normalize_date(date)}
        click.echo(json.dumps(record | choice.to_json(), ensure_ascii=False))
        return
    if query not in (entity.id, entity.name):
        click.echo(f"toponyms name: {query!r} is {_describe(entity)}", err=True)
    if choice.fallback:
        click.echo(f"toponyms name: fell back ({choice.fallback})", err=True)
    click.echo(choice.text)


def _pick(gaz, query: str) -> tuple[Entity, list["Candidate"]]:
    """The entity QUERY means (an id if it contains ':', else the best match of the name) and the runner-ups."""
    if ":" in query:
        return naming.load_entity(gaz, query), []
    found = gaz.resolve(query, limit=CANDIDATES)
    if not found:
        raise UsageError(f"{query!r} matches no entity")
    return naming.load_entity(gaz, found[0].entity), found[1:]


def _entity_json(entity: Entity) -> dict:
    return {"id": entity.id, "name": entity.name, "kind": entity.kind, "country": entity.country}


def _describe(entity: Entity) -> str:
    where = f", {entity.country}" if entity.country else ""
    return f"{entity.id} {entity.name} ({entity.kind}{where})"


def _table(names: list[naming.NameUsage], databases: frozenset[str]) -> None:
    """One block per name with its usages, then the names only a database records (one line per
    database source), then the sources cited, each once."""
    stated: list[naming.NameUsage] = []
    recorded: dict[tuple[str, str | None], list[str]] = {}
    for n in names:
        parties = {u.party for u in n.used_by}
        if parties and parties <= databases:
            for u in n.used_by:
                recorded.setdefault((u.party, u.source), []).append(n.text)
        else:
            stated.append(n)
    uses = [u for n in stated for u in n.used_by]
    party_width = max((len(u.party) for u in uses), default=0)
    text_width = max((len(n.text) for n in stated), default=0)
    for n in stated:
        click.echo(f"{n.text:<{text_width}}  {n.lang:<3}  {n.type}" + ("" if n.used_by else "  (no usage on record)"))
        for u in n.used_by:
            span = f"{'from ' + u.start if u.start else '':<16}{'until ' + u.until if u.until else '':<17}"
            click.echo(f"  {'*' if u.active else ' '} {u.party:<{party_width}}  {span}{u.source or '(no source)'}")
    for (party, source), texts in recorded.items():
        more = f" (+{len(texts) - RECORDED_SHOWN} more; --json lists all)" if len(texts) > RECORDED_SHOWN else ""
        click.echo(f"recorded by {party} ({source}): {', '.join(texts[:RECORDED_SHOWN])}{more}")
    cited = {u.source: u for u in uses if u.source}
    if cited:
        click.echo("sources:")
    for source, u in cited.items():
        title = u.source_title or "(not in the sources registry)"
        click.echo(f"  {source}: {title}" + (f" <{u.source_url}>" if u.source_url else ""))
