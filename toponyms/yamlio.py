"""Strict YAML reading for gazetteer files, with a line number for every value.

PyYAML's safe loader follows YAML 1.1, which turns ``no``/``on`` into booleans
and ``2016-05-12`` into a ``date``. Gazetteer files hold language codes (``no``
is Norwegian) and ISO dates that must stay strings, so this module resolves
scalars itself: quoted scalars are strings; plain scalars become ``null``,
integers, floats or ``true``/``false`` only in their YAML 1.2 core-schema
spelling, and a string otherwise. It also rejects duplicate keys, which PyYAML
silently overwrites. Written by hand because no YAML library offers both the
1.2 core schema and per-value line numbers without a round-trip document model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .errors import Problem

_INT = re.compile(r"[-+]?[0-9]+\Z")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
_NULL = {"", "~", "null", "Null", "NULL"}
_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "map", "seq")}


class _PlainLoader(yaml.SafeLoader):
    """Composes nodes without YAML 1.1 implicit typing: every plain scalar is tagged str,
    so any other tag on a node was written explicitly and is refused."""

    yaml_implicit_resolvers: dict = {}

_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}


@dataclass
class Loaded:
    """A parsed document: ``data`` plus the 1-based line of every JSON-pointer path in it."""

    data: Any
    lines: dict[tuple, int] = field(default_factory=dict)

    def line_of(self, path: tuple) -> int:
        """The line of ``path`` or of its nearest ancestor that has one."""
        path = tuple(path)
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 1)


def _scalar(node: yaml.ScalarNode) -> Any:
    value = node.value
    if node.style:
        return value  # quoted or block scalars are always strings
    if value in _NULL:
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _INT.match(value):
        return int(value)
    if _FLOAT.match(value):
        return float(value)
    return value


def _build(node: yaml.Node, path: tuple, out: Loaded, problems: list[Problem], fname: str) -> Any:
    out.lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return [_build(child, path + (i,), out, problems, fname) for i, child in enumerate(node.value)]
    if isinstance(node, yaml.MappingNode):
        result: dict = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(Problem(fname, key_node.start_mark.line + 1, "E002", "mapping keys must be plain strings"))
                continue
            key = key_node.value
            if key in result:
                problems.append(
                    Problem(fname, key_node.start_mark.line + 1, "E003", f"duplicate key {key!r} (the earlier value would be lost)")
                )
                continue
            result[key] = _build(value_node, path + (key,), out, problems, fname)
            out.lines[path + (key,)] = key_node.start_mark.line + 1
        return result
    problems.append(Problem(fname, node.start_mark.line + 1, "E002", f"unsupported YAML node {type(node).__name__}"))
    return None


def load_yaml(text: str, fname: str) -> tuple[Loaded | None, list[Problem]]:
    """Parse one YAML document strictly; return it with its line map, and any problems."""
    problems: list[Problem] = []
    try:
        node = yaml.compose(text, Loader=_PlainLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        msg = " ".join(str(x) for x in (exc.context, exc.problem) if x)
        return None, [Problem(fname, line, "E001", f"YAML syntax error: {msg}")]
    except yaml.YAMLError as exc:  # composer errors such as multiple documents
        return None, [Problem(fname, 1, "E001", f"YAML error: {exc}")]
    if node is None:
        return Loaded(None), problems
    bad = next((n for n in _walk(node) if n.tag not in _TAGS), None)
    if bad is not None:
        return None, [Problem(fname, bad.start_mark.line + 1, "E002", f"YAML tags such as {bad.tag!r} are not allowed")]
    out = Loaded(None)
    out.data = _build(node, (), out, problems, fname)
    return out, problems


def _walk(node: yaml.Node):
    yield node
    if isinstance(node, yaml.SequenceNode):
        for child in node.value:
            yield from _walk(child)
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield key
            yield from _walk(value)
