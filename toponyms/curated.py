"""The curated layer: human-edited YAML files under ``gazetteer/``, read and validated.

Layout of a gazetteer directory::

    parties.yaml                     # registry of parties (who names things)
    sources.yaml                     # registry of sources (what backs a usage)
    homonyms.yaml                    # pairs of entities that really share a name
    entities/geonames/713174.yaml    # one file per entity; the path is derived
    entities/tp/russian-volunteer-corps.yaml   # from the id alone

Every problem is collected (never just the first) as a :class:`Problem` with
the file and line, so that ``toponyms gazetteer check`` can print them all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

from .errors import Problem
from .model import Entity, Name, Party, Source, Usage
from .yamlio import Loaded, load_yaml


@dataclass
class EntityRecord:
    """One curated entity as written: the validated dict, its file and its line map."""

    data: dict
    path: Path
    loaded: Loaded

    @property
    def id(self) -> str:
        return self.data["id"]

    def line(self, *keys) -> int:
        return self.loaded.line_of(tuple(keys))


@dataclass
class CuratedLayer:
    """Everything read from one or more gazetteer directories, with every problem found."""

    entities: dict[str, EntityRecord] = field(default_factory=dict)
    parties: dict[str, Party] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    homonyms: list[dict] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


@lru_cache(maxsize=None)
def schema(name: str) -> dict:
    """The JSON Schema ``name`` (``entity``, ``parties``, ``sources``) shipped in the package."""
    text = resources.files("toponyms").joinpath("schemas", f"{name}.schema.json").read_text("utf-8")
    return json.loads(text)


@lru_cache(maxsize=None)
def _validator(name: str):
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema(name))


def entity_path(entity_id: str) -> Path:
    """The path, relative to a gazetteer directory, where the entity ``entity_id`` lives.

    >>> entity_path("geonames:713174").as_posix()
    'entities/geonames/713174.yaml'
    """
    namespace, _, local = entity_id.partition(":")
    return Path("entities", namespace, f"{local}.yaml")


def read_text(path: Path, display: str) -> tuple[str | None, list[Problem]]:
    """Read a UTF-8 text file, reporting undecodable bytes with their line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(display, 1, "E000", f"cannot read file: {exc.strerror}")]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        return None, [Problem(display, line, "E001", f"invalid UTF-8 at byte {exc.start}: {exc.reason}")]


def schema_problems(loaded: Loaded, schema_name: str, display: str) -> list[Problem]:
    problems = []
    for err in sorted(_validator(schema_name).iter_errors(loaded.data), key=lambda e: list(map(str, e.absolute_path))):
        path = tuple(err.absolute_path)
        where = "/".join(str(p) for p in path) or "(top level)"
        message = err.message
        if err.validator == "additionalProperties":
            allowed = err.schema.get("properties", {})
            extra = sorted(k for k in err.instance if k not in allowed)
            path += (extra[0],) if extra else ()  # point at the offending key's line
            message += f"; allowed keys: {', '.join(sorted(allowed))}"
        problems.append(Problem(display, loaded.line_of(path), "E010", f"{where}: {message}"))
    return problems


def _load_doc(path: Path, display: str, schema_name: str) -> tuple[Loaded | None, list[Problem]]:
    text, problems = read_text(path, display)
    if text is None:
        return None, problems
    loaded, problems = load_yaml(text, display)
    if loaded is None:
        return None, problems
    if loaded.data is None:
        return None, problems + [Problem(display, 1, "E002", "file is empty")]
    invalid = schema_problems(loaded, schema_name, display)
    return (None if invalid else loaded), problems + invalid


def display_path(path: Path) -> str:
    """``path`` relative to the working directory when it lies below it, as problems print it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def load_curated(dirs: Iterable[Path]) -> CuratedLayer:
    """Read the gazetteer directories ``dirs`` in order; later ones extend earlier ones.

    An entity id defined in two files is an error even across directories: a
    custom directory extends the shipped data by adding entities, and changes
    an entity by editing its file.
    """
    layer = CuratedLayer()
    for directory in dirs:
        directory = Path(directory)
        if not directory.is_dir():
            layer.problems.append(Problem(str(directory), 1, "E000", "gazetteer directory does not exist"))
            continue
        _load_registry(layer, directory, "parties")
        _load_registry(layer, directory, "sources")
        _load_registry(layer, directory, "homonyms")
        for path in sorted((directory / "entities").rglob("*")):
            if path.is_dir():
                continue
            layer.files.append(path)
            display = display_path(path)
            if path.suffix != ".yaml":
                layer.problems.append(Problem(display, 1, "E011", "only .yaml files belong under entities/"))
                continue
            loaded, problems = _load_doc(path, display, "entity")
            layer.problems.extend(problems)
            if loaded is None:
                continue
            record = EntityRecord(loaded.data, path, loaded)
            expected = entity_path(record.id)
            if path.relative_to(directory) != expected:
                layer.problems.append(
                    Problem(display, record.line("id"), "E011", f"entity {record.id} must live in {expected.as_posix()}")
                )
            if record.id in layer.entities:
                first = layer.entities[record.id]
                layer.problems.append(
                    Problem(display, record.line("id"), "E012", f"duplicate id {record.id}, first defined in {display_path(first.path)}")
                )
                continue
            layer.entities[record.id] = record
    layer.problems.extend(_reference_problems(layer))
    return layer


def _load_registry(layer: CuratedLayer, directory: Path, kind: str) -> None:
    path = directory / f"{kind}.yaml"
    if not path.exists():
        return
    layer.files.append(path)
    display = display_path(path)
    loaded, problems = _load_doc(path, display, kind)
    layer.problems.extend(problems)
    if loaded is None:
        return
    if kind == "homonyms":
        layer.homonyms += loaded.data[kind]
        return
    for i, item in enumerate(loaded.data[kind]):
        line = loaded.line_of((kind, i))
        if item["id"] in getattr(layer, kind):
            layer.problems.append(Problem(display, line, "E012", f"duplicate {kind[:-1]} id {item['id']}"))
            continue
        if kind == "parties":
            layer.parties[item["id"]] = Party(item["id"], item["label"], item.get("description", ""), tuple(item.get("langs", ())))
        else:
            layer.sources[item["id"]] = Source(item["id"], item["title"], item.get("url"), item.get("date"), item.get("note", ""))


def _reference_problems(layer: CuratedLayer) -> list[Problem]:
    """Problems that need the registries: unknown parties and sources, bad date ranges, id/field clashes."""
    problems = []
    for record in layer.entities.values():
        display = display_path(record.path)
        data = record.data
        namespace, _, local = record.id.partition(":")
        if namespace == "geonames" and data.get("geonames") not in (None, int(local)):
            problems.append(Problem(display, record.line("geonames"), "E013", f"geonames {data['geonames']} contradicts id {record.id}"))
        if namespace == "wikidata" and data.get("wikidata") not in (None, local):
            problems.append(Problem(display, record.line("wikidata"), "E013", f"wikidata {data['wikidata']} contradicts id {record.id}"))
        for i, name in enumerate(data.get("names", ())):
            for j, usage in enumerate(name.get("used_by", ())):
                line = record.line("names", i, "used_by", j)
                if usage["party"] not in layer.parties:
                    problems.append(
                        Problem(display, line, "E020", f"unknown party {usage['party']!r}; known: {', '.join(sorted(layer.parties))}")
                    )
                if usage["source"] not in layer.sources:
                    problems.append(
                        Problem(display, line, "E021", f"unknown source {usage['source']!r}; add it to sources.yaml first")
                    )
                start, until = usage.get("from"), usage.get("until")
                if start and until and until < start:
                    problems.append(Problem(display, line, "E022", f"until {until} is before from {start}"))
    return problems


def entity_from_record(data: dict) -> Entity:
    """Turn a validated curated dict into an :class:`Entity` (names in file order)."""
    names = tuple(
        Name(
            text=n["text"],
            lang=n["lang"],
            type=n["type"],
            scheme=n.get("scheme"),
            used_by=tuple(Usage(u["party"], u.get("from"), u.get("until"), u["source"]) for u in n.get("used_by", ())),
        )
        for n in data.get("names", ())
    )
    namespace, _, local = data["id"].partition(":")
    geonames = data.get("geonames", int(local) if namespace == "geonames" else None)
    wikidata = data.get("wikidata", local if namespace == "wikidata" else None)
    return Entity(
        id=data["id"],
        kind=data["kind"],
        name=data["name"],
        country=data.get("country"),
        admin1=data.get("admin1"),
        lat=data.get("lat"),
        lon=data.get("lon"),
        population=data.get("population"),
        geonames=geonames,
        wikidata=wikidata,
        iso=data.get("iso"),
        related=tuple(data.get("related", ())),
        names=names,
    )
