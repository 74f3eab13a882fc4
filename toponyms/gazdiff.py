"""What a change to the curated gazetteer does, for a pull request description (``gazetteer diff``).

A line diff of YAML files shows edits; a reviewer wants their effect: which
entities were added, removed or changed, and for each changed one which names
came or went, with language, type and the parties that use them. This module
reads the gazetteer files at two git revisions (or one revision and the
working tree), compares them record by record and renders the result as
Markdown or JSON. Files are read with ``git ls-tree`` and one ``git cat-file
--batch`` process per revision, so a diff of the whole gazetteer takes a
fraction of a second.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Problem, ToponymsError, UsageError

#: Registry files and the field that identifies an item in each.
REGISTRIES = ("parties", "sources", "homonyms")
#: Entity fields compared as a whole (names and examples are compared item by item).
_ITEMIZED = ("names", "examples")


@dataclass
class Snapshot:
    """The gazetteer at one revision: entities and registry items by id, and files that could not be read."""

    label: str
    entities: dict[str, dict] = field(default_factory=dict)
    registries: dict[str, dict[str, dict]] = field(default_factory=lambda: {kind: {} for kind in REGISTRIES})
    unreadable: list[str] = field(default_factory=list)


# -- reading revisions -----------------------------------------------------------

def _git(cwd: Path, *args: str, stdin: bytes | None = None, failure: str | None = None) -> bytes:
    """The output of ``git ARGS`` run in ``cwd``; on failure a :class:`UsageError` saying ``failure``
    when given (the caller's words for a bad argument), else git's own message."""
    import subprocess  # only diff needs it; `gazetteer show` imports this module for usage_text

    try:
        done = subprocess.run(["git", *args], cwd=cwd, input=stdin, capture_output=True, check=False)
    except FileNotFoundError:
        raise ToponymsError("git is not installed: gazetteer diff reads the files at git revisions") from None
    if done.returncode and failure:
        raise UsageError(failure)
    if done.returncode:
        raise ToponymsError(f"git {args[0]} failed: {done.stderr.decode(errors='replace').strip()}")
    return done.stdout


def _repository(directory: Path) -> tuple[Path, str]:
    """The top of the git work tree holding ``directory``, and the directory's path inside it."""
    if not directory.is_dir():
        raise UsageError(f"{directory} is not a directory")
    out = _git(directory, "rev-parse", "--show-toplevel", "--show-prefix", failure=f"{directory} is not inside a git repository")
    top, _, prefix = out.decode().partition("\n")
    return Path(top), prefix.strip()


def _commit(top: Path, rev: str) -> str:
    failure = f"unknown git revision {rev!r} (a branch, tag or commit, e.g. origin/main or HEAD~1)"
    return _git(top, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}", failure=failure).decode().strip()


def _files_at(top: Path, prefix: str, commit: str) -> dict[str, bytes]:
    """Path (relative to the gazetteer directory) → content of every ``.yaml`` file at ``commit``."""
    listing = _git(top, "ls-tree", "-r", "-z", commit, "--", prefix or ".")
    entries = []
    for entry in filter(None, listing.split(b"\0")):
        meta, _, path = entry.partition(b"\t")
        _mode, kind, sha = meta.split()
        name = path.decode()
        if kind == b"blob" and name.endswith(".yaml"):
            entries.append((name[len(prefix):], sha))
    if not entries:
        return {}
    out = _git(top, "cat-file", "--batch", stdin=b"".join(sha + b"\n" for _, sha in entries))
    files, pos = {}, 0
    for name, _ in entries:
        end = out.index(b"\n", pos)
        size = int(out[pos:end].split()[2])
        files[name] = out[end + 1 : end + 1 + size]
        pos = end + 1 + size + 1
    return files


def _files_on_disk(directory: Path) -> dict[str, bytes]:
    return {path.relative_to(directory).as_posix(): path.read_bytes() for path in sorted(directory.rglob("*.yaml")) if path.is_file()}


def read_snapshot(directory: Path, rev: str | None) -> Snapshot:
    """The gazetteer in ``directory`` at git revision ``rev``, or as it is on disk when ``rev`` is None."""
    top, prefix = _repository(directory)
    if rev is None:
        snapshot, files = Snapshot("working tree"), _files_on_disk(directory)
    else:
        commit = _commit(top, rev)
        snapshot, files = Snapshot(f"{rev} ({commit[:10]})"), _files_at(top, prefix, commit)
    for name, raw in files.items():
        _add_file(snapshot, name, raw)
    return snapshot


def _add_file(snapshot: Snapshot, name: str, raw: bytes) -> None:
    """Add the records of one file; a file that does not parse or fails its schema is listed as unreadable."""
    from .curated import schema_problems
    from .yamlio import load_yaml

    stem = name.removesuffix(".yaml")
    kind = stem if stem in REGISTRIES else "entity" if name.startswith("entities/") else None
    if kind is None:
        return  # not gazetteer data: load_curated does not read it either
    try:
        loaded, problems = load_yaml(raw.decode("utf-8"), name)
    except UnicodeDecodeError as exc:
        loaded, problems = None, [Problem(name, 1, "E001", f"invalid UTF-8 at byte {exc.start}")]
    if loaded is not None and loaded.data is not None and not problems:
        problems = schema_problems(loaded, kind, name)
    if problems or loaded is None or loaded.data is None:
        snapshot.unreadable.append(str(problems[0]) if problems else f"{name}: E002: file is empty")
    elif kind == "entity":
        snapshot.entities[loaded.data["id"]] = loaded.data
    else:
        for item in loaded.data[kind]:
            snapshot.registries[kind][_registry_key(kind, item)] = item


def _registry_key(kind: str, item: dict) -> str:
    return " + ".join(sorted(item["ids"])) if kind == "homonyms" else item["id"]


# -- comparing ------------------------------------------------------------------

def _field_changes(old: dict, new: dict, skip: tuple[str, ...] = ()) -> dict[str, list]:
    """``{key: [old value, new value]}`` for every key whose value differs (None when absent)."""
    keys = [k for k in dict.fromkeys([*old, *new]) if k not in skip]
    return {k: [old.get(k), new.get(k)] for k in keys if old.get(k) != new.get(k)}


def _keyed_diff(old: dict[str, dict], new: dict[str, dict]) -> dict[str, list]:
    """Items added, removed and changed (with their field changes) between two id → item maps."""
    return {
        "added": [new[k] for k in new if k not in old],
        "changed": [{"id": k, "changes": _field_changes(old[k], new[k])} for k in new if k in old and old[k] != new[k]],
        "removed": [old[k] for k in old if k not in new],
    }


def _minus(items: list, others: list) -> list:
    """``items`` without those in ``others``, keeping duplicates that ``others`` holds fewer times."""
    rest = list(others)
    out = []
    for item in items:
        if item in rest:
            rest.remove(item)
        else:
            out.append(item)
    return out


def name_summary(name: dict) -> dict:
    """A name as the diff reports it: text, lang, type, the parties that use it, and its usages."""
    used_by = name.get("used_by") or []
    return {
        "text": name.get("text"),
        "lang": name.get("lang"),
        "type": name.get("type"),
        "parties": list(dict.fromkeys(u.get("party") for u in used_by)),
        "used_by": used_by,
    }


def _paired(old: list[dict], new: list[dict], key) -> tuple[list[dict], list[dict], list[tuple[dict, dict]]]:
    """Items added and removed, and ``(before, after)`` pairs of items edited in place (same ``key``)."""
    removed, added = _minus(old, new), _minus(new, old)
    pairs = []
    for before in list(removed):
        after = next((item for item in added if key(item) == key(before)), None)
        if after is not None:
            removed.remove(before)
            added.remove(after)
            pairs.append((before, after))
    return added, removed, pairs


def _name_change(before: dict, after: dict) -> dict:
    return {
        "text": after.get("text"),
        "lang": after.get("lang"),
        "changes": _field_changes(before, after, skip=("used_by",)),
        "usages_added": _minus(after.get("used_by") or [], before.get("used_by") or []),
        "usages_removed": _minus(before.get("used_by") or [], after.get("used_by") or []),
    }


def entity_summary(data: dict) -> dict:
    """An added or removed entity: id, name, kind, country and its names."""
    return {
        "id": data["id"],
        "name": data.get("name"),
        "kind": data.get("kind"),
        "country": data.get("country"),
        "names": [name_summary(n) for n in data.get("names") or []],
    }


def _entity_change(old: dict, new: dict) -> dict:
    names = _paired(old.get("names") or [], new.get("names") or [], key=lambda n: (n.get("text"), n.get("lang")))
    examples = _paired(old.get("examples") or [], new.get("examples") or [], key=lambda e: e.get("text"))
    return {
        "id": new["id"],
        "name": new.get("name"),
        "names_added": [name_summary(n) for n in names[0]],
        "names_removed": [name_summary(n) for n in names[1]],
        "names_changed": [_name_change(before, after) for before, after in names[2]],
        "fields_changed": _field_changes(old, new, skip=_ITEMIZED),
        "examples_added": examples[0],
        "examples_removed": examples[1],
        "examples_changed": [{"text": after.get("text"), "changes": _field_changes(before, after)} for before, after in examples[2]],
    }


def diff(old: Snapshot, new: Snapshot) -> dict:
    """Everything that changed from ``old`` to ``new``, as JSON-ready data."""
    superseded = {former: data["id"] for data in new.entities.values() for former in data.get("supersedes") or []}
    removed = [{**entity_summary(old.entities[i]), "superseded_by": superseded.get(i)} for i in sorted(old.entities) if i not in new.entities]
    return {
        "base": old.label,
        "head": new.label,
        "entities": {
            "added": [entity_summary(new.entities[i]) for i in sorted(new.entities) if i not in old.entities],
            "changed": [
                _entity_change(old.entities[i], new.entities[i])
                for i in sorted(new.entities)
                if i in old.entities and old.entities[i] != new.entities[i]
            ],
            "removed": removed,
        },
        **{kind: _keyed_diff(old.registries[kind], new.registries[kind]) for kind in REGISTRIES},
        "unreadable": {"base": old.unreadable, "head": new.unreadable},
    }


# -- rendering ------------------------------------------------------------------

def usage_text(usage: dict) -> str:
    """One usage in a line: party, the dates it holds, and its source.

    >>> usage_text({"party": "ua-gov", "from": "2016-02-04", "source": "rada-2016-02-04"})
    'ua-gov 2016-02-04– [rada-2016-02-04]'
    """
    start, until = usage.get("from"), usage.get("until")
    span = f" {start or '…'}–{until or ''}" if start or until else ""
    return f"{usage.get('party')}{span}" + (f" [{usage['source']}]" if usage.get("source") else "")


def _name_text(name: dict) -> str:
    used = "; ".join(usage_text(u) for u in name["used_by"])
    return f"**{name['text']}** ({name['lang']}, {name['type']}{'; ' + used if used else ''})"


def _value(value) -> str:
    return "(none)" if value is None else json.dumps(value, ensure_ascii=False)


def _changes_text(changes: dict[str, list]) -> str:
    return "; ".join(f"{key}: {_value(old)} → {_value(new)}" for key, (old, new) in changes.items())


def _counts(label: str, **counts: int) -> str:
    parts = [f"{n} {what}" for what, n in counts.items() if n]
    return f"{label} {', '.join(parts)}" if parts else ""


def briefly(result: dict) -> str:
    """The one-line summary: how many entities, names and registry items were added, changed, removed."""
    ents = result["entities"]
    names = {
        "added": sum(len(e["names"]) for e in ents["added"]) + sum(len(c["names_added"]) for c in ents["changed"]),
        "changed": sum(len(c["names_changed"]) for c in ents["changed"]),
        "removed": sum(len(e["names"]) for e in ents["removed"]) + sum(len(c["names_removed"]) for c in ents["changed"]),
    }
    parts = [_counts("entities:", **{k: len(v) for k, v in ents.items()}), _counts("names:", **names)]
    parts += [_counts(f"{kind}:", **{k: len(v) for k, v in result[kind].items()}) for kind in REGISTRIES]
    return "; ".join(p for p in parts if p)


def _entity_lines(change: dict) -> list[str]:
    lines = [f"- `{change['id']}` **{change['name']}**"]
    lines += [f"  - added name {_name_text(n)}" for n in change["names_added"]]
    lines += [f"  - removed name {_name_text(n)}" for n in change["names_removed"]]
    for n in change["names_changed"]:
        what = [_changes_text(n["changes"])] if n["changes"] else []
        what += [f"added usage {usage_text(u)}" for u in n["usages_added"]]
        what += [f"removed usage {usage_text(u)}" for u in n["usages_removed"]]
        lines.append(f"  - changed name **{n['text']}** ({n['lang']}): {'; '.join(what)}")
    lines += [f"  - {_changes_text({key: pair})}" for key, pair in change["fields_changed"].items()]
    lines += [f"  - added example {_value(e.get('text'))}" for e in change["examples_added"]]
    lines += [f"  - removed example {_value(e.get('text'))}" for e in change["examples_removed"]]
    lines += [f"  - changed example {_value(e['text'])}: {_changes_text(e['changes'])}" for e in change["examples_changed"]]
    return lines


def _registry_lines(kind: str, changes: dict) -> list[str]:
    def label(item: dict) -> str:
        text = item.get("label") or item.get("title") or item.get("note") or ""
        return f"`{_registry_key(kind, item)}`: {text}" + (f" ({item['date']})" if item.get("date") else "")

    lines = [f"- added {label(item)}" for item in changes["added"]]
    lines += [f"- removed {label(item)}" for item in changes["removed"]]
    lines += [f"- changed `{item['id']}`: {_changes_text(item['changes'])}" for item in changes["changed"]]
    return lines


def to_markdown(result: dict) -> str:
    """The diff as Markdown for a PR description: a summary line, then a section per kind of change."""
    ents = result["entities"]
    lines = [f"## Gazetteer changes: {result['base']} → {result['head']}", ""]
    summary = briefly(result)
    lines.append(f"Briefly: {summary}." if summary else "No changes to the gazetteer.")
    sections: list[tuple[str, list[str]]] = [
        ("Entities added", [line for e in ents["added"] for line in _added_lines(e)]),
        ("Entities changed", [line for c in ents["changed"] for line in _entity_lines(c)]),
        ("Entities removed", [_removed_line(e) for e in ents["removed"]]),
        *((kind.capitalize(), _registry_lines(kind, result[kind])) for kind in REGISTRIES),
        ("Files that could not be read", [f"- {side}: {f}" for side, files in result["unreadable"].items() for f in files]),
    ]
    for title, body in sections:
        if body:
            lines += ["", f"### {title}", "", *body]
    return "\n".join(lines) + "\n"


def _added_lines(entity: dict) -> list[str]:
    where = ", ".join(x for x in (entity["kind"], entity["country"]) if x)
    return [f"- `{entity['id']}` **{entity['name']}** ({where})", *(f"  - name {_name_text(n)}" for n in entity["names"])]


def _removed_line(entity: dict) -> str:
    by = f", superseded by `{entity['superseded_by']}`" if entity["superseded_by"] else ""
    return f"- `{entity['id']}` **{entity['name']}** ({len(entity['names'])} names){by}"
