"""The ``toponyms`` command line: the entry point and the options every command shares.

Each command group lives in its own module and is registered here. Errors the
toolkit raises on purpose (:class:`~toponyms.errors.ToponymsError`) are printed
without a traceback and exit with their code.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..config import Config, shipped_gazetteer
from ..errors import ToponymsError


class Context:
    """What the shared options chose; opens the gazetteer on first use only."""

    def __init__(self, config: Config):
        self.config = config
        self._gazetteer = None

    def gazetteer(self):
        if self._gazetteer is None:
            from ..gazetteer import Gazetteer

            self._gazetteer = Gazetteer.load(self.config)
        return self._gazetteer


class _Group(click.Group):
    """Imports each subcommand only when it runs (click's documented lazy-loading
    pattern: a cold ``toponyms resolve`` must not import the normalizer), and turns
    :class:`ToponymsError` into a message and an exit code."""

    lazy = {
        "gazetteer": "gazetteer_cmds:gazetteer",
        "resolve": "resolve_cmd:resolve",
        "normalize": "normalize_cmd:normalize",
        "variants": "variants_cmd:variants",
        "usage": "usage_cmds:usage",
        "name": "usage_cmds:name",
        "report": "report_cmd:report",
        "translit": "..translit.cli:translit_command",
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx: click.Context, name: str):
        if name in self.lazy:
            import importlib

            module, _, attr = self.lazy[name].partition(":")
            path = module if module.startswith(".") else f".{module}"
            return getattr(importlib.import_module(path, __package__), attr)
        return super().get_command(ctx, name)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ToponymsError as exc:
            click.echo(f"toponyms: error: {exc}", err=True)
            sys.exit(exc.exit_code)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--gazetteer",
    "gazetteer_dirs",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    envvar="TOPONYMS_GAZETTEER",
    help="Extra curated gazetteer directory, layered on the shipped one (repeatable; also $TOPONYMS_GAZETTEER).",
)
@click.option("--no-curated", is_flag=True, help="Leave out the shipped curated layer (use with --gazetteer to replace it).")
@click.option("--no-geonames", is_flag=True, help="Leave out the GeoNames base layer.")
@click.option("--no-iso", is_flag=True, help="Leave out the ISO 3166 layer (countries and subdivisions).")
@click.version_option(package_name="toponyms")
@click.pass_context
def cli(ctx: click.Context, gazetteer_dirs: tuple[Path, ...], no_curated: bool, no_geonames: bool, no_iso: bool) -> None:
    """Normalize place, person and organisation names across languages and camps.

    \b
    Examples:
      toponyms gazetteer show geonames:713174     # Bakhmut: every name, who uses it, since when
      toponyms gazetteer stats                    # what the default gazetteer holds
      toponyms --gazetteer my-places/ gazetteer check

    The default gazetteer (GeoNames cities500 + ISO 3166 + the curated layer)
    works offline; it is compiled into a cache on first use (about a minute).
    """
    dirs = () if no_curated else (shipped_gazetteer(),)
    dirs += tuple(gazetteer_dirs)
    ctx.obj = Context(Config(curated_dirs=dirs, geonames=not no_geonames, iso=not no_iso))


#: Exit status after Ctrl-C, as shells report a process killed by SIGINT (128 + 2); exit 1
#: means that some input records were bad, and a script must be able to tell the two apart.
INTERRUPTED = 130


def main() -> None:
    """Console-script entry point."""
    try:
        status = cli.main(prog_name="toponyms", standalone_mode=False)
    except click.exceptions.Abort:  # Ctrl-C (click turns KeyboardInterrupt into Abort)
        click.echo("Aborted!", err=True)
        sys.exit(INTERRUPTED)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    sys.exit(status if isinstance(status, int) else 0)
