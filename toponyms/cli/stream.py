"""Reading line-oriented input the way a streaming command must: every record, in order.

Input is split on ``\\n`` only (``str.splitlines`` would also split on U+2028,
U+0085 and others that may sit inside a record), a trailing ``\\r`` is
dropped, and so is a byte order mark before the first line; a line that is
not valid UTF-8 is still yielded, decoded with replacement characters and with
an error message naming its line and byte offset, so the caller can emit a
record for it and keep going.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO, Iterator


#: UTF-8's byte order mark, which some editors write at a file's start.
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class Line:
    """One input line: its 1-based number, its text, and an error if it was not valid UTF-8."""

    number: int
    text: str
    error: str | None = None
    size: int = 0  # bytes it took in the input, newline included (for progress)


def read_lines(stream: BinaryIO, chunk_size: int = 1 << 20) -> Iterator[Line]:
    """Yield every line of ``stream`` as a :class:`Line`, without reading it all into memory."""
    number = 0
    offset = 0  # byte offset of the current line's start, for error messages
    parts: list[bytes] = []  # pieces of a line that spans chunks (joined once: no quadratic copying)
    while chunk := stream.read(chunk_size):
        start = 0
        while (end := chunk.find(b"\n", start)) != -1:
            parts.append(chunk[start:end])
            raw = b"".join(parts)
            parts = []
            number += 1
            yield _decode(raw, number, offset)
            offset += len(raw) + 1
            start = end + 1
        parts.append(chunk[start:])
    raw = b"".join(parts)
    if raw:
        yield _decode(raw, number + 1, offset)


def _decode(raw: bytes, number: int, offset: int) -> Line:
    size = len(raw) + 1
    if number == 1 and raw.startswith(_BOM):  # a byte order mark some editors write: no part of the record
        raw, offset = raw[len(_BOM) :], offset + len(_BOM)
    if raw.endswith(b"\r"):
        raw = raw[:-1]
    try:
        return Line(number, raw.decode("utf-8"), size=size)
    except UnicodeDecodeError as exc:
        return Line(
            number,
            raw.decode("utf-8", errors="replace"),
            f"line {number}: invalid UTF-8 at byte {offset + exc.start} ({exc.reason})",
            size,
        )
