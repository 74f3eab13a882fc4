"""``toponyms normalize``: the main job — find and resolve every name in documents."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import UsageError
from ..language import LANGS, language_code
from ..textnorm import SURROGATE
from .inputs import PROGRESS_FROM, input_size, open_input, read_document, write_records
from .stream import Line

#: Line separators that JSON allows raw but line-splitting readers break on.
_UNSAFE = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\u0085": "\\u0085"}


def dumps(record: dict) -> str:
    """One JSON line that every reader splits correctly (no raw U+2028/U+2029/U+0085) and that is valid UTF-8."""
    text = json.dumps(record, ensure_ascii=False)
    for raw, escaped in _UNSAFE.items():
        text = text.replace(raw, escaped)
    return SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)  # not encodable as UTF-8: kept escaped


class RecordProcessor:
    """Turns one JSONL input line into one output line; never raises on bad input.

    :meth:`process` gives the fields added to a good record; a command adding others overrides it.
    """

    def __init__(self, normalizer, text_field: str, default_lang: str | None):
        self.normalizer = normalizer
        self.text_field = text_field
        self.default_lang = default_lang

    def __call__(self, line: Line) -> tuple[str, str | None]:
        """``(output line, error message or None)``."""
        try:
            return self._record(line)
        except Exception as exc:  # JSON nested too deep for the parser, a bug: an error for this line only
            return self.failed(line, f"{type(exc).__name__}: {exc}")

    def prime(self) -> None:
        """Normalize a short text, so that what a first call loads (wordfreq, langcodes, compiled patterns: ~0.5 s)
        is loaded before worker processes are forked, once for all of them."""
        self.normalizer("Shelling near Kyiv and Paris, Texas.", self.default_lang or "en")

    def failed(self, line: Line, reason: str) -> tuple[str, str]:
        """The error record of a line that could not be processed (also for a line whose worker process died)."""
        error = f"line {line.number}: {reason}"
        return dumps({"line": line.number, "error": error}), error

    def _record(self, line: Line) -> tuple[str, str | None]:
        if line.error:
            return dumps({"line": line.number, "error": line.error}), line.error
        try:
            record = json.loads(line.text, parse_constant=_no_constant)
        except ValueError as exc:
            where = f" at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
            error = f"line {line.number}: not JSON ({getattr(exc, 'msg', exc)}{where})"
            return dumps({"line": line.number, "error": error}), error
        if not isinstance(record, dict) or not isinstance(record.get(self.text_field), str):
            error = f"line {line.number}: no string field {self.text_field!r}"
            # The input's fields, then the error's: a field of its own named "line" or "error" gives way.
            return dumps({**(record if isinstance(record, dict) else {}), "line": line.number, "error": error}), error
        lang = record.get("lang") if isinstance(record.get("lang"), str) else self.default_lang
        try:
            record.update(self.process(record, lang))
        except UsageError as exc:  # a bad value in the record, such as its "date"
            error = f"line {line.number}: {exc}"
            return dumps({**record, "line": line.number, "error": error}), error
        return dumps(record), None

    def process(self, record: dict, lang: str | None) -> dict:
        """The fields to add to ``record``: its text normalized, and rendered as of its "date" when names
        are rendered for a party or a language."""
        renders = self.normalizer.party is not None or self.normalizer.render_lang is not None
        date = record_date(record, None) if renders else None
        return self.normalizer(record[self.text_field], lang, date=date).to_json()


def record_date(record: dict, default: str | None) -> str | None:
    """The day of a record: its ``"date"`` (an ISO date, or a timestamp whose day is taken), else ``default``.

    >>> record_date({"date": "2023-05-21T08:00:00Z"}, "2024-01-01"), record_date({}, "2024-01-01")
    ('2023-05-21', '2024-01-01')
    """
    value = record.get("date")
    if value is None:
        return default
    if not isinstance(value, str):
        raise UsageError(f"field 'date' is not a string: {value!r}")
    return value.partition("T")[0]


def _no_constant(name: str) -> None:
    """For ``json.loads``: NaN and Infinity, which Python's parser takes, are no JSON (RFC 8259)."""
    raise ValueError(f"{name} is not a JSON value")


def _text_lang(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and language_code(value) is None:
        raise click.BadParameter(f"{value!r}: the normalizer reads {' '.join(LANGS)} (omit the option to tell it from the text)")
    return language_code(value)


#: ``--text-lang``, as ``normalize`` and ``report`` take it.
text_lang_option = click.option(
    "--text-lang", metavar="L", callback=_text_lang,
    help="Language of the input text (en ru uk de fr es pl it); a record's \"lang\" field wins with --jsonl. Default: told from the text.",
)


@click.command()
@click.argument("source", default="-", type=click.Path(allow_dash=True, dir_okay=False, path_type=Path))
@click.option("--jsonl", is_flag=True, help="Input is JSON lines with the text in --text-field (and optional lang, date).")
@click.option("--text-field", default="text", show_default=True, help="Field holding the text in --jsonl records.")
@click.option("--format", "fmt", type=click.Choice(["json", "text", "html"]), help="Output: json (default with --jsonl), text (default otherwise) or html.")
@text_lang_option
@click.option("--lang", "render_lang", metavar="L", help="Write names in this language (--lang uk renders Bakhmut as Бахмут).")
@click.option("--as", "party", metavar="PARTY", help="Write names as this party does (ua-gov, ru-gov, en-press, ...).")
@click.option("--date", metavar="YYYY-MM-DD", help="With --as: the names the party used on that date (a --jsonl record's \"date\" field wins).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 256), help="Processes for --jsonl input (output order is kept).")
@click.pass_obj
def normalize(obj, source: Path, jsonl: bool, text_field: str, fmt: str | None, text_lang: str | None,
              render_lang: str | None, party: str | None, date: str | None, workers: int) -> None:
    """Find every place, person and organisation in SOURCE (a file or - for stdin) and resolve it.

    \b
    Examples:
      toponyms normalize seeds/belgorod-incursion-2023-05-23.txt
      toponyms normalize article.txt --format json --text-lang en
      toponyms normalize corpus.jsonl --jsonl --workers 2 > out.jsonl
      toponyms normalize report.txt --as ru-gov --lang en      # Bakhmut -> Artyomovsk
      toponyms normalize page.txt --format html > page.html

    Plain input is one document. With --jsonl every input line gives exactly
    one output line, in order: the input fields unchanged plus "mentions"
    (start/end in code points, end exclusive) and "normalized". A line that is
    not JSON or lacks the text field gives {"line": N, "error": ...}; bad
    UTF-8 is reported with its byte offset. Either way the run goes on and
    exits 1 at the end.
    """
    from ..normalizer import Normalizer

    if not jsonl and text_field != "text":
        raise click.UsageError("--text-field names the text of --jsonl records; plain input is one document")
    if jsonl and fmt in ("text", "html"):
        raise click.UsageError(f"--format {fmt} writes one document; with --jsonl the output is JSON lines, each record's rendered text in its \"normalized\" field")
    gaz = obj.gazetteer()
    normalizer = Normalizer(gaz, render_lang=render_lang, party=party, date=date)
    fmt = fmt or ("json" if jsonl else "text")
    with open_input(source) as stream:
        if jsonl:
            failed = write_records(stream, RecordProcessor(normalizer, text_field, text_lang), workers, input_size(source), "normalize")
        else:
            failed = _run_document(stream, normalizer, text_lang, fmt, gaz, str(source))
    if failed:
        sys.exit(1)


def _run_document(stream, normalizer, lang: str | None, fmt: str, gaz, title: str) -> bool:
    text, failed = read_document(stream, "normalize")
    if not text:
        return failed
    if len(text) > PROGRESS_FROM and sys.stderr.isatty():
        # One document is read in one call, which reports no progress; say what is under way.
        click.echo(f"toponyms normalize: reading one document of {len(text) / 1e6:.1f} M characters "
                   "(--jsonl streams records one by one, with a progress bar)", err=True)
    doc = normalizer(text, lang)
    if fmt == "json":
        click.echo(dumps(doc.to_json()))
    elif fmt == "html":
        from ..render_html import render_html

        asked = [f"as {normalizer.party}" if normalizer.party else "", f"in {normalizer.render_lang}" if normalizer.render_lang else "",
                 f"on {normalizer.date}" if normalizer.date and (normalizer.party or normalizer.render_lang) else ""]
        click.echo(render_html(gaz, [(title, doc)], ", ".join(a for a in asked if a) or None))
    else:
        click.echo(doc.normalized, nl=not doc.normalized.endswith("\n"))
    return failed
