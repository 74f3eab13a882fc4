"""Exceptions with exit codes, in the manner of click's ``ClickException``.

Every error the toolkit raises on purpose derives from :class:`ToponymsError`;
the CLI prints its message and exits with its ``exit_code`` instead of a
traceback.
"""

from __future__ import annotations

from dataclasses import dataclass


class ToponymsError(Exception):
    """Base of all deliberate errors. ``exit_code`` is what the CLI exits with."""

    exit_code = 1


class UsageError(ToponymsError):
    """The caller asked for something that does not exist (unknown scheme, party, id...)."""

    exit_code = 2


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem found in a gazetteer file, printed as ``path:line: code: message``."""

    path: str
    line: int
    code: str
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.code}: {self.message}"

    def to_json(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "code": self.code,
            "message": self.message,
            "severity": self.severity,
        }


class GazetteerError(ToponymsError):
    """The curated layer has problems; ``problems`` lists every one, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        lines = [str(p) for p in self.problems[:20]]
        if len(self.problems) > 20:
            lines.append(f"... and {len(self.problems) - 20} more (run `toponyms gazetteer check`)")
        super().__init__("gazetteer has problems:\n" + "\n".join(lines))
