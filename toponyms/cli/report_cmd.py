"""``toponyms report``: the naming stance of documents — whose names for contested places they use.

The logic is in :mod:`toponyms.stance`; this module reads documents the way
``toponyms normalize`` does (:mod:`toponyms.cli.normalize_cmd`) and prints
the stance as JSON, as a table per document with a total, or as an HTML page.
"""

from __future__ import annotations

import datetime
import json
import sys
from collections import Counter
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Iterable, Iterator

import click

from ..naming import normalize_date
from ..stance import NEUTRAL, ordered_counts, summarize
from .inputs import input_size, open_input, read_document, records, write_records
from .normalize_cmd import RecordProcessor, dumps, record_date, text_lang_option


class ReportProcessor(RecordProcessor):
    """A JSONL record with its ``"stance"``, judged on its ``"date"`` field or else the run's date."""

    def __init__(self, normalizer, reader, text_field: str, default_lang: str | None, date: str):
        super().__init__(normalizer, text_field, default_lang)
        self.reader = reader
        self.date = date

    def process(self, record: dict, lang: str | None) -> dict:
        doc = self.normalizer(record[self.text_field], lang)
        return {"stance": self.reader(doc, record_date(record, self.date)).to_json()}


@dataclass(frozen=True, slots=True)
class _Report:
    """One document to print: its title, its text, and its stance (``DocumentStance.to_json()``) or an error."""

    title: str
    text: str
    stance: dict | None
    error: str | None = None


@click.command()
@click.argument("source", default="-", type=click.Path(allow_dash=True, dir_okay=False, path_type=Path))
@click.option("--jsonl", is_flag=True, help="Input is JSON lines with the text in --text-field (and optional lang, date).")
@click.option("--text-field", default="text", show_default=True, help="Field holding the text in --jsonl records.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), help="Output: json (default with --jsonl), text (default otherwise) or html.")
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
@click.option("--date", metavar="YYYY-MM-DD", help="Judge names as used on this day (default: today); a record's date field wins.")
@text_lang_option
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 256), help="Processes for --jsonl input (output order is kept).")
@click.pass_obj
def report(obj, source: Path, jsonl: bool, text_field: str, fmt: str | None, as_json: bool, date: str | None,
           text_lang: str | None, workers: int) -> None:
    """The naming stance of SOURCE (a file or - for stdin): whose names it uses for contested places.

    A mention takes a stance when its name is used on the date by some
    parties while others use a different name for the place: Artyomovsk is
    ru-gov's, Bakhmut ua-gov's. Other mentions are neutral: nobody is on
    record for the name, everybody on record uses it, or nobody uses it any
    more (then "others" says who writes what instead).

    \b
    Examples:
      toponyms report article.txt --text-lang ru
      toponyms report article.txt --date 2015-06-01 --json
      toponyms report corpus.jsonl --jsonl > stances.jsonl
      toponyms report corpus.jsonl --jsonl --format text   # a table per document and a total
      toponyms report article.txt --format html > page.html

    With --jsonl every input line gives exactly one output line, in order:
    the input fields unchanged plus "stance": {"date", "summary", "counts",
    "mentions": [{"start", "end", "text", "id", "name", "matched", "stance",
    "used_by", "others"}]}. A line that is not JSON, lacks the text field or
    has a bad date gives {"line": N, "error": ...}; the run goes on and exits
    1 at the end.
    """
    from ..normalizer import Normalizer
    from ..stance import StanceReader

    if as_json and fmt not in (None, "json"):
        raise click.UsageError(f"--json contradicts --format {fmt}")
    fmt = "json" if as_json else fmt or ("json" if jsonl else "text")
    day = normalize_date(date) or datetime.date.today().isoformat()
    gaz = obj.gazetteer()
    normalizer, reader = Normalizer(gaz), StanceReader(gaz)
    with open_input(source) as stream:
        if jsonl:
            process = ReportProcessor(normalizer, reader, text_field, text_lang, day)
            size = input_size(source)
            if fmt == "json":
                failed = write_records(stream, process, workers, size, "report")
            else:
                reports = list(_jsonl_reports(records(stream, process, workers, size, "report"), text_field))
                failed = any(r.error for r in reports)
                _print(gaz, reports, fmt, corpus=True)
        else:
            text, failed = read_document(stream, "report")
            stance = reader(normalizer(text, text_lang), day).to_json()
            if fmt == "json":
                click.echo(dumps(stance))
            else:
                _print(gaz, [_Report(str(source), text, stance)], fmt, corpus=False)
    if failed:
        sys.exit(1)


def _jsonl_reports(records: Iterable[tuple[str, str | None]], text_field: str) -> Iterator[_Report]:
    """The output lines of :class:`ReportProcessor`, numbered by input line, as reports."""
    for number, (line_out, error) in enumerate(records, 1):
        if error:
            yield _Report(f"line {number}", "", None, error)
        else:
            record = json.loads(line_out)
            yield _Report(f"line {number}", record[text_field], record["stance"])


def _print(gaz, reports: list[_Report], fmt: str, *, corpus: bool) -> None:
    """``reports`` as an HTML page or as text tables; with ``corpus``, their total too."""
    if fmt == "html":
        click.echo(render_report_html(gaz, reports, corpus=corpus))
        return
    for r in reports:
        click.echo("\n".join(_text_lines(r)))
    if corpus:
        click.echo(_total_line(reports))


def _total_line(reports: list[_Report]) -> str:
    """``total, 3 documents (1 error): 7 names only ru-gov uses, 12 neutral``."""
    counts: Counter[str] = Counter()
    for r in reports:
        if r.stance:
            counts.update(r.stance["counts"])
    errors = sum(1 for r in reports if r.error)
    noun = "document" if len(reports) == 1 else "documents"
    failed = f" ({errors} error{'s' if errors > 1 else ''})" if errors else ""
    return f"total, {len(reports)} {noun}{failed}: {summarize(ordered_counts(counts))}"


def _rows(stance: dict) -> list[tuple[int, dict]]:
    """The stance's mentions with the same text, entity and parties merged: (count, first such mention), in text order."""
    rows: dict[tuple, list] = {}
    for m in stance["mentions"]:
        key = (m["text"], m["id"], m["stance"], tuple(m["used_by"]), tuple(m["others"]))
        rows.setdefault(key, [0, m])[0] += 1
    return [(n, m) for n, m in rows.values()]


def _text_lines(r: _Report) -> Iterator[str]:
    """A report as a table: a head line with the summary, then one line per distinct mention."""
    if r.stance is None:
        yield f"== {r.error}"  # which names its line
        return
    yield f"== {r.title} ({r.stance['date']}): {r.stance['summary']}"
    head = ("n", "mention", "entity", "stance", "used by", "others use")
    table = [head] + [
        (str(n), m["text"], f"{m['name']} {m['id']}", m["stance"], " ".join(m["used_by"]) or "-", " ".join(m["others"]) or "-")
        for n, m in _rows(r.stance)
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(head))]
    for row in table:
        yield "  " + "  ".join(cell.rjust(w) if i == 0 else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths))).rstrip()


# -- HTML ---------------------------------------------------------------------
_STANCE_STYLE = """
mark.stance-neutral, td.stance-neutral { background: #eee; } mark.stance-party, td.stance-party { background: #e6e0ff; }
mark.stance-ru-gov, td.stance-ru-gov { background: #f6b3b3; } mark.stance-ua-gov, td.stance-ua-gov { background: #b3d4ff; }
p.summary { font-weight: bold; } p.error { color: #b00; }
"""


def render_report_html(gaz, reports: list[_Report], *, corpus: bool) -> str:
    """One page for ``reports``: each text with its mentions coloured by stance (class ``stance-neutral``,
    else ``stance-party`` and ``stance-<party>`` for each party whose name it is), its summary and table;
    with ``corpus``, the total at the end. Styles and tooltips are :mod:`toponyms.render_html`'s."""
    from ..render_html import STYLE, tooltip

    cache: dict[str, str] = {}
    parts = ["<!doctype html><html><head><meta charset='utf-8'><title>toponyms report</title>", f"<style>{STYLE}{_STANCE_STYLE}</style></head><body>"]
    for r in reports:
        parts.append(f"<h1>{escape(r.title)}</h1>")
        if r.stance is None:
            parts.append(f"<p class='error'>{escape(r.error or '')}</p>")
            continue
        parts.append(f"<p class='summary'>{escape(r.stance['date'])}: {escape(r.stance['summary'])}</p><article>")
        pos = 0
        for m in r.stance["mentions"]:
            parts.append(escape(r.text[pos : m["start"]]))
            tip = escape(f"{tooltip(gaz, m['id'], cache)}\nstance: {_stance_words(m)}", quote=True)
            parts.append(f"<mark class='{_classes(m)}' title=\"{tip}\" data-id='{escape(m['id'])}' data-stance='{escape(m['stance'])}'>{escape(m['text'])}</mark>")
            pos = m["end"]
        parts.append(escape(r.text[pos:]) + "</article>")
        rows = "".join(
            f"<tr><td>{n}</td><td>{escape(m['text'])}</td><td>{escape(m['name'])}</td><td>{escape(m['id'])}</td>"
            f"<td class='{_classes(m)}'>{escape(m['stance'])}</td><td>{escape(' '.join(m['others']))}</td></tr>"
            for n, m in _rows(r.stance)
        )
        parts.append(f"<table><tr><th>n</th><th>mention</th><th>entity</th><th>id</th><th>stance</th><th>others use</th></tr>{rows}</table>")
    if corpus:
        parts.append(f"<h1>total</h1><p class='summary'>{escape(_total_line(reports))}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def _classes(mention: dict) -> str:
    """``stance-neutral``, or ``stance-party`` and a ``stance-<party>`` class per party using the name."""
    if mention["stance"] == NEUTRAL:
        return "stance-neutral"
    return " ".join(["stance-party"] + [f"stance-{p}" for p in mention["used_by"]])


def _stance_words(mention: dict) -> str:
    """``ru-gov (ua-gov uses another name)``; ``neutral``."""
    others = mention["others"]
    return mention["stance"] + (f" ({', '.join(others)} {'uses' if len(others) == 1 else 'use'} another name)" if others else "")
