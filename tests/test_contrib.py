"""The contribution workflow (issue 8): lints, canonical format, ``add``, ``diff`` and coverage stats."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from toponyms.cli.main import cli
from toponyms.config import shipped_gazetteer
from toponyms.curated import entity_path, schema_problems
from toponyms.fmt import format_entity, format_file
from toponyms.lint import HINTS
from toponyms.model import KINDS, NAME_TYPES
from toponyms.yamlio import load_yaml

pytestmark = pytest.mark.issue(8)

DATA = Path(__file__).parent / "data" / "contrib"
LINT_CASES = sorted(DATA.glob("lint/*.yaml"))
REPO = Path(__file__).resolve().parent.parent


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def check_json(directory: Path) -> tuple[int, list[dict]]:
    """Exit code and problems of ``gazetteer check --json`` on ``directory`` alone."""
    result = run("--no-curated", "gazetteer", "check", "--json", str(directory))
    return result.exit_code, [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def install(fixture: Path, gazetteer: Path) -> Path:
    """Copy a fixture entity file to the path its id asks for; return that path."""
    loaded, _ = load_yaml(fixture.read_text("utf-8"), str(fixture))
    dest = gazetteer / entity_path(loaded.data["id"])
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(fixture, dest)
    return dest


def expected(fixture: Path) -> tuple[str, int]:
    """The code a fixture must trigger and its line, from its ``# expect: CODE`` marker."""
    for number, line in enumerate(fixture.read_text("utf-8").splitlines(), 1):
        found = re.search(r"# expect: (\w+)", line)
        if found:
            return found.group(1), number
    raise AssertionError(f"{fixture} has no '# expect: CODE' marker")


# -- lints ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def shipped_problems() -> tuple[int, list[dict]]:
    return check_json(shipped_gazetteer())


@pytest.fixture(scope="module")
def broken_problems(tmp_path_factory) -> tuple[Path, list[dict]]:
    """The shipped gazetteer plus every crafted bad file, checked once."""
    gazetteer = tmp_path_factory.mktemp("broken") / "gazetteer"
    shutil.copytree(shipped_gazetteer(), gazetteer)
    for fixture in LINT_CASES:
        install(fixture, gazetteer)
    _, problems = check_json(gazetteer)
    return gazetteer, problems


@pytest.mark.parametrize("fixture", LINT_CASES, ids=lambda p: p.stem)
def test_each_lint_fires_on_its_crafted_file(broken_problems, fixture: Path):
    gazetteer, problems = broken_problems
    code, line = expected(fixture)
    where = str(install(fixture, gazetteer))
    found = [(p["code"], p["line"]) for p in problems if p["path"] == where]
    assert (code, line) in found, found
    assert all(p["severity"] == HINTS[p["code"]][0] for p in problems)


@pytest.mark.parametrize("code", sorted({expected(f)[0] for f in LINT_CASES}))
def test_no_lint_fires_on_the_shipped_data(shipped_problems, code: str):
    exit_code, problems = shipped_problems
    assert exit_code == 0
    assert [p for p in problems if p["code"] == code] == []


def test_shipped_data_has_no_problem_at_all(shipped_problems):
    assert shipped_problems == (0, [])


def test_homonyms_allow_list_silences_the_collision(gazetteer_copy: Path):
    install(DATA / "lint" / "W100.yaml", gazetteer_copy)
    assert any(p["code"] == "W100" for p in check_json(gazetteer_copy)[1])
    with (gazetteer_copy / "homonyms.yaml").open("a", encoding="utf-8") as out:
        out.write("  - ids: [tp:lint-w100, geonames:713174]\n    note: Two places called Bakhmut (test).\n")
    assert [p for p in check_json(gazetteer_copy)[1] if p["code"] == "W100"] == []


def test_check_groups_problems_with_a_hint(broken_problems):
    gazetteer, _ = broken_problems
    result = CliRunner().invoke(cli, ["--no-curated", "gazetteer", "check", str(gazetteer)])
    assert result.exit_code == 1
    for fixture in LINT_CASES:
        code, _ = expected(fixture)
        assert re.search(rf"^  {code} x\d+: to fix this, {re.escape(HINTS[code][1])}$", result.stderr, re.M), code


# -- canonical format --------------------------------------------------------------

SHIPPED_FILES = sorted(shipped_gazetteer().rglob("*.yaml"))


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.relative_to(shipped_gazetteer()).as_posix())
def test_fmt_is_idempotent_on_every_shipped_file(tmp_path: Path, path: Path):
    old, once, problems = format_file(path, str(path))
    assert problems == [] and once == old, "run `toponyms gazetteer fmt`"
    copy = tmp_path / path.name
    copy.write_text(once, encoding="utf-8")
    assert format_file(copy, str(copy))[1] == once


YAML_TRAPS = [
    "no", "No", "on", "off", "yes", "y", "n", "true", "False", "null", "~", "2016-05-12", "2016-5-2", "05", "0x1A",
    "1e3", ".5", "-.5", "+1", "1_000", "12:30", "a: b", "a #b", "#a", "a#b", "- a", "-", "a:", "[a]", "{a}", "a, b",
    "*a", "&a", "!a", "|", ">", "%a", "@a", "`a", "'a'", '"a"', "?", "? a", " a", "a ", "a\tb", "a\nb", "a\\b",
    "Козинка", "Kozinka", "Yañı Qapı", "\u00a0", "a\u2028b", "\u200b", "\ufeffa", "\x85", "\x7f", "𝔸", "=", "<<",
]
_texts = st.one_of(
    st.sampled_from(YAML_TRAPS),
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20),
    st.builds(lambda a, b: a + b, st.sampled_from(YAML_TRAPS), st.sampled_from(YAML_TRAPS)),
)
_langs = st.one_of(st.sampled_from(["no", "on", "yes", "off", "und", "en", "ru", "uk"]), st.from_regex(r"[a-z]{2,3}", fullmatch=True))
_dates = st.one_of(st.none(), st.from_regex(r"[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?", fullmatch=True))
_slugs = st.one_of(st.sampled_from(["no", "on", "null", "true", "05", "1"]), st.from_regex(r"[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}", fullmatch=True))
_ids = st.one_of(
    st.builds("geonames:{}".format, st.integers(1, 10**9)),
    st.builds("wikidata:Q{}".format, st.integers(1, 10**9)),
    st.builds("tp:{}".format, _slugs),
)
_usages = st.fixed_dictionaries(
    {"party": _slugs, "source": _texts}, optional={"from": _dates, "until": _dates, "note": _texts}
)
_names = st.fixed_dictionaries(
    {"text": _texts, "lang": _langs, "type": st.sampled_from(NAME_TYPES)},
    optional={"scheme": _texts, "used_by": st.lists(_usages, max_size=3), "note": _texts},
)
_countries = st.from_regex(r"[A-Z]{2}", fullmatch=True)
_examples = st.fixed_dictionaries({"text": _texts}, optional={"lang": _langs, "country": _countries, "note": _texts})
_entities = st.fixed_dictionaries(
    {"id": _ids, "kind": st.sampled_from(KINDS), "name": _texts},
    optional={
        "country": _countries,
        "admin1": _texts,
        "iso": st.from_regex(r"[A-Z]{2}(-[A-Z0-9]{1,3})?", fullmatch=True),
        "geonames": st.integers(1, 10**9),
        "wikidata": st.builds("Q{}".format, st.integers(1, 10**9)),
        "lat": st.floats(-90, 90, allow_nan=False),
        "lon": st.one_of(st.floats(-180, 180, allow_nan=False), st.integers(-180, 180)),
        "population": st.integers(0, 10**10),
        "related": st.lists(_ids, max_size=3),
        "supersedes": st.lists(_texts, max_size=3),
        "notes": st.one_of(_texts, st.just("")),
        "names": st.lists(_names, max_size=5),
        "examples": st.lists(_examples, max_size=3),
    },
)


def _unordered(value):
    """``value`` with every list sorted, so that data equal up to the formatter's ordering compares equal."""
    if isinstance(value, dict):
        return {k: _unordered(v) for k, v in value.items()}
    if isinstance(value, list):
        return sorted((_unordered(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


@settings(max_examples=200, deadline=None)
@given(_entities)
def test_format_round_trips_generated_entities(data: dict):
    text = format_entity(data)
    loaded, problems = load_yaml(text, "generated.yaml")
    assert problems == [] and loaded is not None, text
    assert _unordered(loaded.data) == _unordered(data), text
    assert schema_problems(loaded, "entity", "generated.yaml") == []
    assert format_entity(loaded.data) == text


# -- add ------------------------------------------------------------------------

def test_add_extends_an_existing_geonames_place(gaz, gazetteer_copy: Path):
    base = gaz.resolve("Valuyki", country="RU")[0].entity
    assert base.id.startswith("geonames:") and not (gazetteer_copy / entity_path(base.id)).exists()
    result = run("gazetteer", "add", "--name", "Valuyki", "--country", "RU", "--dir", str(gazetteer_copy))
    assert result.exit_code == 0, result.output
    path = gazetteer_copy / entity_path(base.id)
    assert f"wrote {path}" in result.output and f"extends {base.id}" in result.output
    data = load_yaml(path.read_text("utf-8"), str(path))[0].data
    assert data == {
        "id": base.id, "kind": "place", "name": base.name, "country": "RU",
        "names": [{"text": "Valuyki", "lang": "en", "type": "common"}], "examples": [{"text": "Valuyki"}],
    }
    assert format_file(path, str(path))[1] == path.read_text("utf-8")
    assert check_json(gazetteer_copy) == (0, [])


def test_add_by_geonames_id_in_another_language(gaz, gazetteer_copy: Path):
    result = run("gazetteer", "add", "--name", "Валуйки", "--lang", "ru", "--country", "ru", "--geonames", "477192",
                 "--dir", str(gazetteer_copy))
    assert result.exit_code == 0, result.output
    data = load_yaml((gazetteer_copy / "entities/geonames/477192.yaml").read_text("utf-8"), "f")[0].data
    assert data["id"] == "geonames:477192" and data["name"] == gaz.entity("geonames:477192").name
    assert data["names"] == [{"text": "Валуйки", "lang": "ru", "type": "common"}]
    assert check_json(gazetteer_copy) == (0, [])


def test_add_new_entity_gets_a_tp_id(gaz, gazetteer_copy: Path):
    result = run("gazetteer", "add", "--name", "Zarechny Lint Khutor", "--country", "RU", "--dir", str(gazetteer_copy))
    assert result.exit_code == 0, result.output
    assert "new entity tp:zarechny-lint-khutor" in result.output
    data = load_yaml((gazetteer_copy / "entities/tp/zarechny-lint-khutor.yaml").read_text("utf-8"), "f")[0].data
    assert data["id"] == "tp:zarechny-lint-khutor" and data["kind"] == "place" and data["country"] == "RU"
    assert check_json(gazetteer_copy) == (0, [])
    again = run("gazetteer", "add", "--name", "Zarechny Lint Khutor", "--country", "RU", "--dir", str(gazetteer_copy))
    assert again.exit_code == 1 and "already exists" in again.output


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["--name", "Kozinka", "--country", "RU"], 1, "543229.yaml already exists"),
        (["--name", "Pervomaisk", "--country", "UA"], 2, "names 2 entities in UA"),
        (["--name", "Lintville", "--country", "XX"], 2, "not an ISO 3166-1 alpha-2 code"),
        (["--name", "Козинка", "--country", "RU"], 2, "pass the --lang of the name"),
        (["--name", "Valuyki", "--country", "UA", "--geonames", "477192"], 2, "is in RU, not UA"),
        (["--name", "Valuyki", "--country", "RU", "--geonames", "999999999"], 2, "not in the base layer"),
        (["--name", "Valuyki", "--country", "RU", "--kind", "person", "--geonames", "477192"], 2, "is a place, not a person"),
        (["--name", "Dmitry Peskov", "--country", "RU", "--kind", "person", "--new"], 1, "tp:dmitry-peskov is taken"),
        (["--name", "???", "--country", "RU"], 2, "cannot make an id"),
        (["--name", "Valuyki", "--country", "RU", "--new", "--geonames", "477192"], 2, "exclude each other"),
    ],
)
def test_add_refuses_with_a_clear_message(gaz, tmp_path: Path, args: list[str], code: int, message: str):
    result = CliRunner().invoke(cli, ["gazetteer", "add", *args, "--dir", str(tmp_path)])
    assert result.exit_code == code, result.output
    assert message in result.output and "Traceback" not in result.output
    assert not list(tmp_path.rglob("*.yaml"))


# -- diff -----------------------------------------------------------------------

def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture()
def two_commits(tmp_path: Path) -> Path:
    """A git repository whose gazetteer/ holds the base fixture in HEAD~1 and the head fixture in HEAD."""
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    for side in ("base", "head"):
        shutil.rmtree(repo / "gazetteer", ignore_errors=True)
        shutil.copytree(DATA / "diff" / side, repo / "gazetteer")
        _git(repo, "add", "-A")
        _git(repo, "commit", "-q", "-m", side)
    return repo / "gazetteer"


def test_diff_lists_the_changes_between_two_commits(two_commits: Path):
    result = run("gazetteer", "diff", "HEAD~1", "HEAD", "--json", "--dir", str(two_commits))
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    ents = data["entities"]
    assert [e["id"] for e in ents["added"]] == ["tp:kozinka-farm"]
    assert ents["added"][0]["names"][0] == {
        "text": "Козинка", "lang": "ru", "type": "official", "parties": ["ru-gov"],
        "used_by": [{"party": "ru-gov", "from": "2016", "source": "rada-2016-02-04"}],
    }
    assert [(e["id"], e["superseded_by"]) for e in ents["removed"]] == [("tp:kozinka-old", "tp:kozinka-farm")]
    [bakhmut] = ents["changed"]
    assert {(n["text"], n["lang"], n["type"], tuple(n["parties"])) for n in bakhmut["names_added"]} == {
        ("Бахмут", "uk", "official", ("ua-gov",)),
        ("Artyomovsk", "en", "former", ("ru-gov",)),
    }
    assert [(n["text"], n["lang"]) for n in bakhmut["names_removed"]] == [("Bakhmout", "fr")]
    [renamed] = bakhmut["names_changed"]
    assert renamed["text"] == "Артемівськ" and renamed["changes"] == {"type": ["official", "former"]}
    assert renamed["usages_added"] == [{"party": "ua-gov", "until": "2016-02-04", "source": "rada-2016-02-04"}]
    assert bakhmut["fields_changed"] == {"notes": [None, "Renamed by the Verkhovna Rada on 2016-02-04."]}
    assert bakhmut["examples_changed"] == [{"text": "Bakhmut", "changes": {"country": [None, "UA"]}}]
    assert [p["id"] for p in data["parties"]["added"]] == ["en-press"]
    assert [s["id"] for s in data["sources"]["added"]] == ["tass-2023-05-21-artyomovsk"]


def test_diff_markdown_for_a_pull_request(two_commits: Path):
    result = run("gazetteer", "diff", "HEAD~1", "HEAD", "--dir", str(two_commits))
    assert result.exit_code == 0, result.output
    text = result.output
    assert "Briefly: entities: 1 added, 1 changed, 1 removed; names: 3 added, 1 changed, 2 removed; parties: 1 added; sources: 1 added." in text
    assert "- `tp:kozinka-farm` **Kozinka Farm** (place, RU)" in text
    assert "  - added name **Бахмут** (uk, official; ua-gov 2016-02-04– [rada-2016-02-04])" in text
    assert "  - changed name **Артемівськ** (uk): type: \"official\" → \"former\"; added usage ua-gov …–2016-02-04 [rada-2016-02-04]" in text
    assert "- `tp:kozinka-old` **Kozinka** (1 names), superseded by `tp:kozinka-farm`" in text
    assert "- added `en-press`: English-language press" in text


def test_diff_against_the_working_tree(two_commits: Path):
    path = two_commits / "entities" / "tp" / "kozinka-farm.yaml"
    path.write_text(path.read_text("utf-8").replace("name: Kozinka Farm", "name: Kozinka"), encoding="utf-8")
    data = json.loads(run("gazetteer", "diff", "HEAD", "--json", "--dir", str(two_commits)).output)
    assert data["head"] == "working tree"
    assert [(c["id"], c["fields_changed"]) for c in data["entities"]["changed"]] == [("tp:kozinka-farm", {"name": ["Kozinka Farm", "Kozinka"]})]
    assert "No changes to the gazetteer." in run("gazetteer", "diff", "HEAD~1", "HEAD~1", "--dir", str(two_commits)).output


def test_diff_lists_files_it_cannot_read(two_commits: Path):
    (two_commits / "entities" / "tp" / "kozinka-farm.yaml").write_text("id: tp:kozinka-farm\nkind: hamlet\nname: K\n", encoding="utf-8")
    (two_commits / "sources.yaml").write_text("sources: [\n", encoding="utf-8")
    result = run("gazetteer", "diff", "HEAD", "--dir", str(two_commits))
    assert result.exit_code == 0, result.output
    assert "### Files that could not be read" in result.output
    assert "- head: entities/tp/kozinka-farm.yaml:2: E010: kind: 'hamlet' is not one of" in result.output
    assert "- head: sources.yaml:2: E001: YAML syntax error" in result.output


def test_diff_unknown_revision_is_a_clear_error(two_commits: Path):
    result = CliRunner().invoke(cli, ["gazetteer", "diff", "no-such-rev", "--dir", str(two_commits)])
    assert result.exit_code == 2 and "unknown git revision 'no-such-rev'" in result.output


def test_diff_outside_git_is_a_clear_error(tmp_path: Path):
    result = CliRunner().invoke(cli, ["gazetteer", "diff", "HEAD", "--dir", str(tmp_path)])
    assert result.exit_code == 2 and "is not inside a git repository" in result.output


# -- stats ----------------------------------------------------------------------

def test_stats_coverage_per_country_and_party(gaz):
    result = run("gazetteer", "stats", "--json")
    data = json.loads(result.output)
    for key in ("entities", "names", "by_kind", "by_layers", "names_by_lang", "usages_by_party"):
        assert key in data
    assert sum(data["by_country"].values()) == data["entities"]
    assert sum(n for langs in data["names_by_country"].values() for n in langs.values()) == data["names"]
    assert data["curated_by_country"]["UA"] >= 50 and data["names_by_country"]["UA"]["uk"] > 0
    assert data["by_party"]["ua-gov"]["usages"] == data["usages_by_party"]["ua-gov"]
    assert 10 <= data["by_party"]["ua-gov"]["entities"] <= data["curated_by_country"]["UA"]
    table = run("gazetteer", "stats").output
    assert "coverage by country:" in table and "coverage by party:" in table


# -- repository -----------------------------------------------------------------

def test_ci_workflow_runs_fmt_check_and_tests():
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "ci.yml").read_text("utf-8"))
    steps = [step.get("run", "") for job in workflow["jobs"].values() for step in job["steps"]]
    for command in ("pip install -e '.[test,spark]'", "toponyms gazetteer fmt --check", "toponyms gazetteer check", "pytest -q"):
        assert any(command in step for step in steps), command
    # .ci/run runs exactly the README's test command
    ci_test = next(line for line in (REPO / ".ci" / "run").read_text("utf-8").splitlines() if "pytest -q" in line)
    assert ci_test.startswith("pip install -e ") and ci_test in (REPO / "README.md").read_text("utf-8")


def test_contributing_explains_every_checker_code():
    text = (REPO / "CONTRIBUTING.md").read_text("utf-8")
    assert [code for code in HINTS if f"`{code}`" not in text] == []


def test_every_curated_file_ships_in_the_wheel():
    """pyproject's package-data patterns for ``toponyms/_gazetteer`` (a link to gazetteer/) match
    every file of the curated layer, so a non-editable install has the whole layer."""
    import fnmatch

    from toponyms.config import shipped_gazetteer

    tomllib = pytest.importorskip("tomllib")  # Python 3.11+

    root = Path(__file__).resolve().parent.parent
    assert (root / "toponyms" / "_gazetteer").resolve() == (root / "gazetteer").resolve() == shipped_gazetteer()
    patterns = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["toponyms"]
    gazetteer_patterns = [p.removeprefix("_gazetteer/") for p in patterns if p.startswith("_gazetteer/")]
    files = [f.relative_to(root / "gazetteer").as_posix() for f in (root / "gazetteer").rglob("*") if f.is_file()]
    assert len(files) > 100
    missing = [f for f in files if not any(fnmatch.fnmatch(f, p) and f.count("/") == p.count("/") for p in gazetteer_patterns)]
    assert missing == []

