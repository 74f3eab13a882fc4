"""The one canonical layout of gazetteer files, so that a diff shows only the real change.

Like the name-suggestion-index and Who's On First, the files are written by a
tool: keys in the order of the JSON Schema's ``properties``, names sorted by
type, language and text, usages by date, one name per block and one usage or
example per line (flow style), and strings quoted only when a plain scalar
would be read back as something else (``no``, ``05``, ``2016-02-04``, ``null``)
or would not parse, with invisible characters escaped (``\\u200b``) so that a
diff shows them. ``format_data(load(text)) == text`` holds for any file
that passed through the formatter once (idempotence is tested).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from .curated import read_text, schema, schema_problems
from .errors import Problem
from .model import NAME_TYPES
from .yamlio import load_yaml

_TYPE_RANK = {t: i for i, t in enumerate(NAME_TYPES)}
_PLAIN_OK = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^\n]*\Z")
_FLOW_UNSAFE = re.compile(r"[,?\[\]{}]")  # inside {...} or [...], PyYAML ends a plain scalar at these
_YAML11_SPECIAL = re.compile(
    r"(?i:y|n|yes|no|on|off|true|false|null|~)\Z|[-+]?\.?[0-9][0-9_:.eE+-]*\Z|[-+]?\.(inf|nan)\Z|\d{4}-\d\d?-\d\d?"
)


def invisible(ch: str) -> bool:
    """Control, format and separator characters other than the space: YAML may drop, fold or
    refuse them, and a reviewer cannot see them, so the formatter writes them as escapes
    and the checker warns about them (W106).

    >>> invisible("\u00a0"), invisible("\u200b"), invisible(" "), invisible("й")
    (True, True, False, False)
    """
    category = unicodedata.category(ch)
    return category in ("Cc", "Cf", "Zl", "Zp") or (category == "Zs" and ch != " ")


def _escape(ch: str) -> str:
    return f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else f"\\U{ord(ch):08x}"


def scalar(value, *, flow: bool = False) -> str:
    r"""One YAML scalar in canonical form: plain when that reads back identically, else double-quoted.

    Invisible characters are written as escapes (``\u200b``), so that a diff shows them.

    >>> scalar("Kozinka"), scalar("no"), scalar("05"), scalar("a: b"), scalar("zero\u200bwidth")
    ('Kozinka', '"no"', '"05"', '"a: b"', '"zero\\u200bwidth"')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    text = str(value)
    hidden = any(map(invisible, text))
    plain = (
        not hidden
        and _PLAIN_OK.match(text)
        and not _YAML11_SPECIAL.match(text)
        and ": " not in text
        and " #" not in text
        and not text.endswith((" ", ":"))
        and not (flow and _FLOW_UNSAFE.search(text))
    )
    if plain:
        return text
    quoted = json.dumps(text, ensure_ascii=False)  # JSON strings are YAML double-quoted scalars
    return "".join(_escape(ch) if invisible(ch) else ch for ch in quoted) if hidden else quoted


def _order(obj: dict, properties: dict) -> list[str]:
    known = [k for k in properties if k in obj]
    return known + sorted(k for k in obj if k not in properties)


def _flow(obj: dict, properties: dict) -> str:
    return "{" + ", ".join(f"{k}: {scalar(obj[k], flow=True)}" for k in _order(obj, properties)) + "}"


def _name_sort_key(name: dict):
    return (_TYPE_RANK.get(name.get("type"), 99), name.get("lang", ""), name.get("text", ""))


def format_entity(data: dict) -> str:
    """The canonical text of one entity file."""
    root = schema("entity")
    props = root["properties"]
    defs = root["$defs"]
    lines: list[str] = []
    for key in _order(data, props):
        value = data[key]
        if value == []:
            lines.append(f"{key}: []")  # an empty block list would read back as null
        elif key == "names":
            lines.append("names:")
            for name in sorted(value, key=_name_sort_key):
                name_props = defs["name"]["properties"]
                first = True
                for nkey in _order(name, name_props):
                    prefix = "  - " if first else "    "
                    first = False
                    if nkey == "used_by" and name[nkey] == []:
                        lines.append(f"{prefix}used_by: []")
                    elif nkey == "used_by":
                        lines.append(f"{prefix}used_by:")
                        usages = sorted(name[nkey], key=lambda u: (u.get("from") or "", u.get("until") or "", u.get("party", "")))
                        lines += [f"      - {_flow(u, defs['usage']['properties'])}" for u in usages]
                    else:
                        lines.append(f"{prefix}{nkey}: {scalar(name[nkey])}")
        elif key == "examples":
            lines.append("examples:")
            lines += [f"  - {_flow(e, defs['example']['properties'])}" for e in value]
        elif isinstance(value, list):
            lines.append(f"{key}: [{', '.join(scalar(v, flow=True) for v in sorted(value))}]")
        else:
            lines.append(f"{key}: {scalar(value)}")
    return "\n".join(lines) + "\n"


def format_registry(kind: str, data: dict, header: str = "") -> str:
    """The canonical text of ``parties.yaml``, ``sources.yaml`` or ``homonyms.yaml`` (sources sorted by id)."""
    items = data[kind]
    if kind == "sources":
        items = sorted(items, key=lambda s: s["id"])
    props = schema(kind)["properties"][kind]["items"]["properties"]
    lines = [header.rstrip("\n")] if header else []
    lines.append(f"{kind}:")
    for item in items:
        for i, key in enumerate(_order(item, props)):
            value = item[key]
            rendered = f"[{', '.join(scalar(v, flow=True) for v in value)}]" if isinstance(value, list) else scalar(value)
            lines.append(f"{'  - ' if i == 0 else '    '}{key}: {rendered}")
    return "\n".join(lines) + "\n"


def _header(text: str) -> str:
    """Leading comment lines of a registry file, kept as they are."""
    out = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        out.append(line)
    return "\n".join(out) + "\n" if out else ""


def format_file(path: Path, display: str) -> tuple[str | None, str | None, list[Problem]]:
    """``(current text, canonical text, problems)`` for one gazetteer file.

    The canonical text is None when the file cannot be parsed (the problems say why).
    """
    text, problems = read_text(path, display)
    if text is None:
        return None, None, problems
    loaded, problems = load_yaml(text, display)
    if loaded is None or problems:
        return text, None, problems
    kind = path.stem if path.name in ("parties.yaml", "sources.yaml", "homonyms.yaml") else "entity"
    problems = schema_problems(loaded, kind, display)
    if problems:
        return text, None, problems
    header = _header(text)
    if _comment_marks(text[len(header):]) > _comment_marks(json.dumps(loaded.data, ensure_ascii=False)):
        return text, None, [Problem(display, 1, "F001", "comments below the leading block would be lost: move them into notes:")]
    if kind == "entity":
        return text, header + format_entity(loaded.data), []
    return text, format_registry(kind, loaded.data, header), []


def _comment_marks(text: str) -> int:
    return text.count("#")
