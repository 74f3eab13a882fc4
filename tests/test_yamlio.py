"""The strict YAML reader keeps codes and dates as strings and reports lines."""

from toponyms.yamlio import load_yaml


def test_yaml11_traps_stay_strings():
    loaded, problems = load_yaml("lang: no\nflag: on\nfrom: 2016-05-12\nadmin1: '05'\nn: 7\nx: 1.5\ne:\nt: true\n", "f.yaml")
    assert problems == []
    assert loaded.data == {"lang": "no", "flag": "on", "from": "2016-05-12", "admin1": "05", "n": 7, "x": 1.5, "e": None, "t": True}


def test_line_numbers_of_nested_values():
    loaded, _ = load_yaml("a: 1\nnames:\n  - text: x\n  - text: y\n    lang: en\n", "f.yaml")
    assert loaded.line_of(("names", 1, "lang")) == 5
    assert loaded.line_of(("names", 0, "missing")) == 3


def test_duplicate_key_is_a_problem_with_its_line():
    _, problems = load_yaml("a: 1\nb: 2\na: 3\n", "f.yaml")
    assert [(p.line, p.code) for p in problems] == [(3, "E003")]


def test_syntax_error_names_line():
    loaded, problems = load_yaml("a: [1,\nb: 2\n", "f.yaml")
    assert loaded is None
    assert problems[0].code == "E001" and problems[0].path == "f.yaml" and problems[0].line >= 2


def test_python_tags_are_refused():
    loaded, problems = load_yaml("a: !!python/object:os.system x\n", "f.yaml")
    assert loaded is None and problems[0].code == "E002"
