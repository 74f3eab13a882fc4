"""Input for the commands that read documents or JSONL records (``normalize``, ``report``).

A file or ``-`` (stdin) is read as bytes: a whole document (invalid UTF-8 is
decoded with replacement characters and said on stderr), or line by line
through :func:`~toponyms.cli.stream.read_lines`, each record processed (in
worker processes when asked) and answered in input order, with a progress bar
on a terminal for large inputs.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Iterator, Protocol

import click

from .stream import Line, read_lines

#: Inputs above this many bytes get a progress bar (when stderr is a terminal).
PROGRESS_FROM = 4_000_000
#: Seconds a run on stdin goes before its bar appears (a short pipe gets none).
PROGRESS_DELAY = 2.0


class Processor(Protocol):
    """Turns one input line into (output line, error or None); ``failed`` answers for a line
    whose worker died (see :func:`toponyms.parallel.ordered_map`)."""

    def __call__(self, line: Line) -> tuple[str, str | None]: ...

    def failed(self, line: Line, reason: str) -> tuple[str, str]: ...

    def prime(self) -> None:
        """Load what a first call loads, before worker processes are forked (they then share it)."""


def open_input(path: Path):
    """``path`` opened for reading bytes; ``-`` is stdin."""
    if str(path) == "-":
        return contextlib.nullcontext(sys.stdin.buffer)
    try:
        return open(path, "rb")
    except OSError as exc:
        raise click.FileError(str(path), hint=exc.strerror) from None


def input_size(source: Path) -> int | None:
    """Bytes in ``source``; None for stdin."""
    return None if str(source) == "-" else os.path.getsize(source)


def read_document(stream, command: str) -> tuple[str, bool]:
    """All of ``stream`` as text, and whether it was not valid UTF-8 (then decoded with
    replacement characters, and said on stderr)."""
    raw = stream.read()
    try:
        return raw.decode("utf-8"), False
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        click.echo(f"toponyms {command}: invalid UTF-8 at byte {exc.start} (line {line}); decoded with replacement characters", err=True)
        return raw.decode("utf-8", errors="replace"), True


def _progress(total: int | None):
    """A bar of bytes read, on a terminal: for a file over :data:`PROGRESS_FROM` bytes, and for stdin,
    whose size is unknown, once it has run :data:`PROGRESS_DELAY` seconds (a count without a total)."""
    from tqdm import tqdm

    shown = total is None or total > PROGRESS_FROM
    return tqdm(
        total=total, unit="B", unit_scale=True, file=sys.stderr, disable=not (shown and sys.stderr.isatty()), leave=False,
        delay=PROGRESS_DELAY if total is None else 0,
    )


def records(stream, process: Processor, workers: int, size: int | None, command: str) -> Iterator[tuple[str, str | None]]:
    """(output line, error or None) for every input line, in order; errors are also said on stderr."""
    from ..parallel import ordered_map

    bar = _progress(size)
    for (line_out, error), consumed in ordered_map(process, read_lines(stream), workers, lost=process.failed, prime=process.prime):
        if error:
            click.echo(f"toponyms {command}: {error}", err=True)
        yield line_out, error
        bar.update(consumed)
    bar.close()


def write_records(stream, process: Processor, workers: int, size: int | None, command: str) -> bool:
    """Write the output line of every input line to stdout, in order; whether any was an error."""
    failed = False
    out = sys.stdout
    for line_out, error in records(stream, process, workers, size, command):
        failed = failed or error is not None
        out.write(line_out + "\n")
    out.flush()
    return failed
