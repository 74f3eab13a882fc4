"""The README's library example gives the values its comments show (run on the default gazetteer)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
#: A line's comment that opens with a Python literal: the value the line's expression gives.
_SHOWN = re.compile(r"  # ('(?:[^'\\]|\\.)*'|\[.*\])")


def test_readme_library_example_gives_what_it_shows():
    block = README.read_text("utf-8").split("\n## Library\n", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict = {}
    checked = 0
    for line in block.splitlines():
        shown = _SHOWN.search(line)
        code = line[: shown.start()] if shown else line
        if shown:
            assert eval(code, namespace) == ast.literal_eval(shown.group(1)), line
            checked += 1
        else:
            exec(code, namespace)
    assert checked >= 4
