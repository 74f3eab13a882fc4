"""``toponyms variants``: every spelling the toolkit knows or generates for a name."""

from __future__ import annotations

import json

import click


@click.command()
@click.argument("name")
@click.option("--lang", type=click.Choice(["ru", "uk", "be"]), help="Language of a Cyrillic NAME (default: guessed from its letters).")
@click.option("--json", "as_json", is_flag=True, help='{"query": NAME, "variants": {entity id or "": [spellings]}}')
@click.pass_obj
def variants(obj, name: str, lang: str | None, as_json: bool) -> None:
    """List the spellings of NAME.

    A Cyrillic NAME gives its romanization under every scheme; a Latin NAME is
    resolved first, and the names of the entity it reaches, with the
    romanizations of their Cyrillic forms, are listed.

    \b
    Examples:
      toponyms variants Артёмовск
      toponyms variants Artemovsk --json
    """
    found = obj.gazetteer().variants(name, lang)
    if as_json:
        click.echo(json.dumps({"query": name, "variants": {k: sorted(v) for k, v in found.items()}}, ensure_ascii=False))
        return
    if not found:
        raise click.ClickException(f"{name!r} matches no entity; nothing to vary")
    for entity_id, spellings in found.items():
        if entity_id:
            click.echo(f"{entity_id}:")
        for spelling in sorted(spellings):
            click.echo(f"  {spelling}")
