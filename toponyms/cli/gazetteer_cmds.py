"""``toponyms gazetteer …``: inspect, check and build the gazetteer."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import click

from ..errors import UsageError
from ..model import KINDS


@click.group()
def gazetteer() -> None:
    """Inspect, check and build the gazetteer.

    \b
    Examples:
      toponyms gazetteer show geonames:713174
      toponyms gazetteer stats --json
      toponyms gazetteer check gazetteer/
      toponyms gazetteer add --name Valuyki --country RU
      toponyms gazetteer diff origin/main
      toponyms gazetteer build --geonames-dump ~/geonames/
    """


def _echo_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False))


@gazetteer.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of a table.")
@click.option("--countries", type=click.IntRange(min=1), default=15, show_default=True, help="How many countries the coverage table shows (--json gives all).")
@click.pass_obj
def stats(obj, as_json: bool, countries: int) -> None:
    """Entity counts per kind and layer, name counts per language, coverage per country and party.

    Coverage per country: entities, curated entities and names per language
    (curated countries first); per party: usages and the entities named.
    JSON keys by_country, curated_by_country, names_by_country and by_party
    ("-" stands for no country).

    Example: toponyms gazetteer stats --json
    """
    from ..coverage import coverage

    gaz = obj.gazetteer()
    data = {**gaz.stats(), **coverage(gaz.index)}
    if as_json:
        _echo_json(data)
        return
    click.echo(f"entities  {data['entities']:>10,}")
    click.echo(f"names     {data['names']:>10,}")
    for title, key in (("by kind", "by_kind"), ("by layers", "by_layers"), ("names by language", "names_by_lang")):
        click.echo(f"\n{title}:")
        for k, v in data[key].items():
            click.echo(f"  {k:<24} {v:>10,}")
    _echo_country_coverage(data, countries)
    click.echo(f"\ncoverage by party:{'usages':>19} {'entities':>10}")
    for party, row in data["by_party"].items():
        click.echo(f"  {party:<24} {row['usages']:>10,} {row['entities']:>10,}")


def _echo_country_coverage(data: dict, limit: int) -> None:
    """The per-country table: countries with curated entities first, then the largest; top languages."""
    curated = data["curated_by_country"]
    order = sorted(data["by_country"], key=lambda c: (-curated.get(c, 0), -data["by_country"][c]))
    click.echo(f"\ncoverage by country:{'entities':>17} {'curated':>10} {'names':>10}  languages (most names first)")
    for country in order[:limit]:
        langs = data["names_by_country"].get(country, {})
        top = ", ".join(f"{lang} {n:,}" for lang, n in list(langs.items())[:6])
        click.echo(f"  {country:<24} {data['by_country'][country]:>10,} {curated.get(country, 0):>10,} {sum(langs.values()):>10,}  {top}")
    if len(order) > limit:
        click.echo(f"  ... {len(order) - limit} more countries (--countries N or --json for all)")


@gazetteer.command()
@click.argument("entity_id")
@click.option("--json", "as_json", is_flag=True, help="The entity as one JSON object.")
@click.pass_obj
def show(obj, entity_id: str, as_json: bool) -> None:
    """Show one entity with all its names, languages, types, parties and dates.

    Example: toponyms gazetteer show geonames:713174
    """
    from ..gazdiff import usage_text

    ent = obj.gazetteer().entity(entity_id)
    if ent is None:
        raise UsageError(f"unknown id {entity_id!r} (ids look like geonames:713174, tp:iso-ua-14, tp:russian-volunteer-corps)")
    data = ent.to_json()
    if as_json:
        _echo_json(data)
        return
    where = ", ".join(x for x in (ent.country, f"admin1 {ent.admin1}" if ent.admin1 else None) if x)
    click.echo(f"{ent.id}  {ent.name}  ({ent.kind}{', ' + where if where else ''})")
    if ent.lat is not None:
        click.echo(f"  at {ent.lat:.4f}, {ent.lon:.4f}" + (f"   population {ent.population:,}" if ent.population else ""))
    for label, value in (("geonames", ent.geonames), ("wikidata", ent.wikidata), ("iso", ent.iso)):
        if value:
            click.echo(f"  {label}: {value}")
    if ent.related:
        click.echo(f"  related: {', '.join(ent.related)}")
    click.echo(f"  names ({len(ent.names)}):")
    width = max((len(n.text) for n in ent.names), default=0)
    for n in data["names"]:
        used = "; ".join(usage_text(u) for u in n["used_by"])
        click.echo(f"    {n['type']:<15} {n['lang']:<4} {n['text']:<{width}}  {used}".rstrip())


@gazetteer.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per problem, one per line.")
@click.pass_obj
def check(obj, paths: tuple[Path, ...], as_json: bool) -> None:
    """Validate gazetteer directories and name every problem as FILE:LINE: CODE: message.

    Without PATHS, checks the curated layer in use (the shipped one plus any
    --gazetteer directories). Exits 1 when any error is found.

    Example: toponyms gazetteer check gazetteer/
    """
    from collections import Counter

    from ..curated import load_curated
    from ..lint import HINTS, lint

    dirs = list(paths or obj.config.curated_dirs)
    layer = load_curated(dirs)
    problems = layer.problems + lint(layer)
    for problem in problems:
        click.echo(json.dumps(problem.to_json(), ensure_ascii=False) if as_json else str(problem))
    errors = sum(p.severity == "error" for p in problems)
    if problems and not as_json:
        click.echo("\nby kind:", err=True)
        for code, count in sorted(Counter(p.code for p in problems).items()):
            click.echo(f"  {code} x{count}: to fix this, {HINTS.get(code, ('', 'see the message'))[1]}", err=True)
    click.echo(
        f"{len(layer.files)} files, {len(layer.entities)} entities checked: {errors} errors, {len(problems) - errors} warnings",
        err=True,
    )
    if errors:
        raise SystemExit(1)


@gazetteer.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--check", "check_only", is_flag=True, help="Change nothing; list the files that would change and exit 1 if any.")
@click.pass_obj
def fmt(obj, paths: tuple[Path, ...], check_only: bool) -> None:
    """Rewrite gazetteer files in the one canonical layout (key order, quoting, sorted names).

    PATHS may be files or directories (default: the curated layer in use).
    CI runs `toponyms gazetteer fmt --check`.

    Example: toponyms gazetteer fmt gazetteer/entities/geonames/713174.yaml
    """
    from ..fmt import format_file

    files: list[Path] = []
    for path in paths or obj.config.curated_dirs:
        files += sorted(p for p in path.rglob("*.yaml")) if path.is_dir() else [path]
    changed = failed = 0
    for path in files:
        display = str(path)
        old, new, problems = format_file(path, display)
        for problem in problems:
            click.echo(str(problem), err=True)
        failed += bool(problems)
        if new is None or new == old:
            continue
        changed += 1
        if check_only:
            click.echo(f"{display}: would be reformatted")
        else:
            path.write_text(new, encoding="utf-8")
            click.echo(f"{display}: reformatted")
    verb = "would change" if check_only else "changed"
    click.echo(f"{len(files)} files: {changed} {verb}, {failed} not formatted because of errors", err=True)
    if failed or (check_only and changed):
        raise SystemExit(1)


def _work_dir(obj, directory: Path | None) -> Path:
    """The gazetteer directory ``add`` writes to and ``diff`` compares: --dir, else the last curated one in use."""
    if directory is not None:
        return directory
    if not obj.config.curated_dirs:
        raise UsageError("no curated gazetteer directory in use: pass --dir DIR")
    return obj.config.curated_dirs[-1]


_DIR_OPTION = click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False, path_type=Path),
    help="Gazetteer directory (default: the last curated directory in use, normally the repository's gazetteer/).",
)


@gazetteer.command()
@click.option("--name", required=True, help="The name as you met it, e.g. \"Kozinka\" or \"Козинка\".")
@click.option("--country", required=True, callback=lambda _ctx, _param, value: value.upper(), help="ISO 3166-1 alpha-2 code, e.g. RU.")
@click.option("--geonames", "geonameid", type=click.IntRange(min=1), help="GeoNames id of the place, when you know it (or the name is ambiguous).")
@click.option("--kind", type=click.Choice(KINDS), help="Kind of entity (default: the existing entity's, else place).")
@click.option("--lang", default="en", show_default=True, help="Language of --name.")
@click.option("--new", "new", is_flag=True, help="A new entity even though the name matches one (a homonym; list the pair in homonyms.yaml).")
@_DIR_OPTION
@click.pass_obj
def add(obj, name: str, country: str, geonameid: int | None, kind: str | None, lang: str, new: bool, directory: Path | None) -> None:
    """Scaffold the file of an entity to extend or create, in the canonical format.

    Looks the name up first: a place the gazetteer already has (GeoNames, ISO)
    is extended under its id, never duplicated; only an unknown one gets a new
    tp:<slug> id. Refuses to overwrite an existing file.

    Example: toponyms gazetteer add --name Valuyki --country RU
    """
    from ..scaffold import describe, plan, write

    scaffold = plan(
        obj.gazetteer(), name=name, country=country, directory=_work_dir(obj, directory), kind=kind, lang=lang,
        geonames=geonameid, new=new, curated_dirs=obj.config.curated_dirs,
    )
    write(scaffold)
    if scaffold.extends:
        click.echo(f"extends {describe(scaffold.extends)}")
    else:
        click.echo(f"new entity {scaffold.entity_id}")
        for entity in scaffold.similar[:5]:
            click.echo(f"  similar name, not the same place? {describe(entity)} (if it is: --geonames)")
        if lang != "en":
            click.echo(f"  name: is {name!r} as given; make it the English name")
    click.echo(
        f"wrote {scaffold.path}\n\nnext steps:\n"
        "  1. add the names you know, each with lang and type; official, former and disputed names need\n"
        "     used_by with party, dates and a source from sources.yaml (CONTRIBUTING.md)\n"
        f"  2. toponyms gazetteer fmt {scaffold.path}\n"
        "  3. toponyms gazetteer check\n"
        f"  4. pytest -q tests/test_resolve.py -k '{scaffold.entity_id}'   # its examples must resolve to it"
    )


@gazetteer.command()
@click.argument("base")
@click.argument("head", required=False)
@click.option("--json", "as_json", is_flag=True, help="The changes as one JSON object instead of Markdown.")
@_DIR_OPTION
@click.pass_obj
def diff(obj, base: str, head: str | None, as_json: bool, directory: Path | None) -> None:
    """Summarise what changed in the gazetteer between two git revisions, as Markdown for a PR.

    BASE and HEAD are git revisions (branch, tag, commit); without HEAD, the
    working tree. Lists entities added, removed and changed; for each changed
    entity the names added, removed and changed (language, type, parties) and
    the other fields changed; then parties, sources and homonyms.

    Example: toponyms gazetteer diff origin/main
    """
    from ..gazdiff import diff as compare
    from ..gazdiff import read_snapshot, to_markdown

    directory = _work_dir(obj, directory)
    result = compare(read_snapshot(directory, base), read_snapshot(directory, head))
    if as_json:
        _echo_json(result)
    else:
        click.echo(to_markdown(result), nl=False)


@gazetteer.command()
@click.option(
    "--geonames-dump",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder with a GeoNames dump (allCountries.txt or XX.txt files, alternateNamesV2.txt) to use instead of the bundled extract.",
)
@click.pass_obj
def build(obj, geonames_dump: Path | None) -> None:
    """Compile the gazetteer into its on-disk index now (normally done on first use).

    Example: toponyms gazetteer build
    """
    from ..gazetteer import Gazetteer

    config = obj.config if geonames_dump is None else replace(obj.config, geonames_dump=geonames_dump)
    started = time.perf_counter()
    gaz = Gazetteer.load(config, rebuild=True)
    data = gaz.stats()
    click.echo(
        f"compiled {data['entities']:,} entities and {data['names']:,} names in {time.perf_counter() - started:.1f} s\n"
        f"index: {gaz.index.directory}"
    )
