"""``toponyms translit``: romanize Cyrillic text under one scheme, or under all of them as a table.

The command is registered by :mod:`toponyms.cli.main`; errors it raises on
purpose (an unknown scheme) are :class:`~toponyms.errors.UsageError`, which the
main group prints with the list of known schemes and exit code 2.
"""

from __future__ import annotations

import json

import click

from .romanize import romanizations, translit
from .registry import LANGS, get_scheme


@click.command("translit")
@click.argument("text")
@click.option("--lang", type=click.Choice(LANGS), default="ru", show_default=True, help="Language of TEXT.")
@click.option("--scheme", metavar="S", help="Scheme name (default bgn-pcgn); see --all for the list.")
@click.option("--all", "all_schemes", is_flag=True, help="Every scheme of the language, as a table.")
@click.option("--json", "as_json", is_flag=True, help="JSON: {scheme: output}.")
def translit_command(text: str, lang: str, scheme: str | None, all_schemes: bool, as_json: bool) -> None:
    """Romanize Cyrillic TEXT; Latin text and punctuation pass through unchanged.

    \b
    Examples:
      toponyms translit Артёмовск                      # Artëmovsk (BGN/PCGN)
      toponyms translit Артёмовск --all                # every scheme, with its source
      toponyms translit "В'ячеслав" --lang uk --scheme de
    """
    if scheme and all_schemes:
        raise click.UsageError("give --scheme or --all, not both")
    if all_schemes:
        outputs = romanizations(text, lang)
    else:
        name = scheme or "bgn-pcgn"
        outputs = {name: translit(text, lang, name)}
    if as_json:
        click.echo(json.dumps(outputs, ensure_ascii=False))
    elif all_schemes:
        name_width, output_width = max(map(len, outputs)), max(map(len, outputs.values()))
        for name, output in outputs.items():
            click.echo(f"{name:<{name_width}}  {output:<{output_width}}  {get_scheme(lang, name).source}")
    else:
        click.echo(next(iter(outputs.values())))
