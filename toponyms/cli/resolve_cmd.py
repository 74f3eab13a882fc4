"""``toponyms resolve``: names in, ranked canonical entities out, one record per name."""

from __future__ import annotations

import json
import sys

import click

from ..model import KINDS
from .stream import Line, read_lines


@click.command()
@click.argument("names", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="One JSON line per input name, in input order.")
@click.option("--limit", default=5, show_default=True, type=click.IntRange(1, 100), help="Candidates per name.")
@click.option("--country", metavar="CC", help="Only entities in this country (ISO 3166-1 alpha-2).")
@click.option("--kind", type=click.Choice(KINDS), help="Only entities of this kind.")
@click.option("--lang", metavar="L", help="Prefer names in this language (ISO 639-1).")
@click.pass_obj
def resolve(obj, names: tuple[str, ...], as_json: bool, limit: int, country: str | None, kind: str | None, lang: str | None) -> None:
    """Resolve NAMES (or stdin, one name per line) to canonical entities.

    \b
    Examples:
      toponyms resolve Artiomovsk Kiew "Belgorod region"
      printf 'Charków\\nВячеслав Гладков\\n' | toponyms resolve --json
      toponyms resolve Moscow --country US --limit 3

    With --json every input line gives exactly one line out, in order, even
    when nothing matched ("candidates": []). A line that is not valid UTF-8 is
    reported on stderr, answered with an "error" record, and makes the exit
    code 1 once all lines are done.
    """
    gaz = obj.gazetteer()
    if country is not None and country.upper() not in gaz.index.country_languages:
        # GeoNames' country codes: ISO 3166-1 alpha-2 and Kosovo's XK
        raise click.BadParameter(f"{country!r} is no country code of the gazetteer (UA, RU, US...)", param_hint="'--country'")
    lines = (Line(i + 1, n) for i, n in enumerate(names)) if names else read_lines(sys.stdin.buffer)
    failed = False
    for line in lines:
        query = line.text.strip()
        candidates = gaz.resolve(query, limit=limit, country=country, kind=kind, lang=lang)
        if line.error:
            failed = True
            click.echo(f"toponyms resolve: {line.error}", err=True)
        if as_json:
            record = {"query": query, "candidates": [c.to_json() for c in candidates]}
            if line.error:
                record["error"] = line.error
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            _table(query, candidates)
    if failed:
        sys.exit(1)


def _table(query: str, candidates) -> None:
    if not candidates:
        click.echo(f"{query}\t(no match)")
        return
    rows = [(f"{c.score:.2f}", c.entity.id, c.entity.name, c.entity.kind, _where(c.entity), c.explain()) for c in candidates]
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    click.echo(query)
    for r in rows:
        click.echo("  " + "  ".join(col.ljust(w) for col, w in zip(r, widths)) + "  " + r[5])


def _where(entity) -> str:
    """Country, and the first-level division where known, as GeoNames writes them (US.KY):
    twenty Madison Counties differ in nothing else."""
    if entity.country and entity.admin1 and entity.kind in ("place", "region", "feature"):
        return f"{entity.country}.{entity.admin1}"
    return entity.country or ""
