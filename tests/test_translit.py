"""Romanization schemes (issue 4): data-table samples, library reference examples, context rules, case, errors."""

from __future__ import annotations

import doctest
import json
import re

import pytest
from click.testing import CliRunner

import toponyms.translit.detect
import toponyms.translit.engine
import toponyms.translit.key
import toponyms.translit.romanize
import toponyms.translit.registry
import toponyms.translit.variants
from toponyms.errors import UsageError
from toponyms.translit import cyrillic_langs, romanizations, schemes, translit
from toponyms.translit.cli import translit_command
from toponyms.translit.registry import LANGS, TABLES_DIR, get_scheme, lang_schemes
from toponyms.translit.variants import cyrillic_variants

pytestmark = pytest.mark.issue(4)

CYRILLIC = re.compile("[\u0400-\u04ff]")
ALL_SCHEMES = [(lang, name) for lang in LANGS for name in schemes(lang)]


def _table_schemes() -> dict[str, tuple[str, str]]:
    """Data-table file stem → (lang, scheme) under which the registry serves it."""
    return {
        s.source.removeprefix("table "): (lang, name)
        for lang in LANGS
        for name, s in lang_schemes(lang).items()
        if s.source.startswith("table ")
    }


def _table_samples() -> list[tuple[str, str, str, str, str]]:
    tables = _table_schemes()
    return [
        (path.stem, *tables[path.stem], source, expected)
        for path in sorted(TABLES_DIR.glob("*.json"))
        for source, expected in json.loads(path.read_text(encoding="utf-8"))["samples"]
    ]


# --------------------------------------------------------------------------- data tables


def test_every_table_file_is_a_registered_scheme():
    assert sorted(p.stem for p in TABLES_DIR.glob("*.json")) == sorted(_table_schemes())


@pytest.mark.parametrize("path", sorted(TABLES_DIR.glob("*.json")), ids=lambda p: p.stem)
def test_table_is_documented_and_single_script(path):
    defn = json.loads(path.read_text(encoding="utf-8"))
    assert defn["name"] == path.stem
    assert defn["description"] and defn["url"].startswith("http")
    assert len(defn["samples"]) >= 10
    for field in ("mapping", "prev_mapping", "next_mapping", "ending_mapping"):
        for key, value in (defn.get(field) or {}).items():
            # A Latin letter in a key never matches; a Cyrillic one in a value leaks (the iuliia ё bug).
            assert all("\u0400" <= char <= "\u04ff" for char in key), (field, key)
            assert not CYRILLIC.search(value), (field, key, value)
            assert len(key) <= (2 if field != "mapping" else 1), (field, key)


@pytest.mark.parametrize(("table", "lang", "scheme", "source", "expected"), _table_samples(),
                         ids=lambda v: v if isinstance(v, str) and len(v) < 25 else None)
def test_table_sample(table, lang, scheme, source, expected):
    assert translit(source, lang, scheme) == expected


# --------------------------------------------------------------------------- library schemes and pinned examples


@pytest.mark.parametrize(
    ("lang", "scheme", "source", "expected"),
    [
        # Russian, iuliia (ё must come out Latin ë, never Cyrillic ё)
        ("ru", "bgn-pcgn", "Артёмовск", "Artëmovsk"),
        ("ru", "bgn-pcgn", "Ёлкин", "Yëlkin"),
        ("ru", "bgn-pcgn", "Соловьёв", "Solov’yëv"),
        ("ru", "bgn-pcgn", "Ельцин", "Yel’tsin"),
        ("ru", "bgn-pcgn", "Подъезд", "Pod”yezd"),
        ("ru", "bgn-pcgn", "Чапаевск", "Chapayevsk"),
        ("ru", "wikipedia", "Артёмовск", "Artyomovsk"),
        ("ru", "wikipedia", "Ельцин", "Yeltsin"),
        ("ru", "wikipedia", "Юрий", "Yury"),
        ("ru", "press-en-simple", "Артёмовск", "Artemovsk"),
        ("ru", "press-en-simple", "Горбачёв", "Gorbachev"),
        ("ru", "icao", "Юрий", "Iurii"),
        ("ru", "icao", "Артёмовск", "Artemovsk"),
        ("ru", "iso9", "Щёлково", "Ŝëlkovo"),
        ("ru", "iso9", "Вячеслав", "Vâčeslav"),
        ("ru", "gost-779-b", "Щёлково", "Shhyolkovo"),
        ("ru", "scholarly", "Горбачёв", "Gorbačëv"),
        ("ru", "ala-lc", "Юрий", "I͡uriĭ"),
        # Russian, our tables: the examples the issue names
        ("ru", "de", "Вячеслав", "Wjatscheslaw"),
        ("ru", "pl", "Артёмовск", "Artiomowsk"),
        ("ru", "pl", "Вячеслав", "Wiaczesław"),
        ("ru", "fr", "Вячеслав", "Viatcheslav"),
        # Ukrainian, translitua: national 2010 context rules
        ("uk", "national", "Згорани", "Zghorany"),
        ("uk", "national", "Єнакієве", "Yenakiieve"),
        ("uk", "national", "В'ячеслав", "Viacheslav"),
        ("uk", "national", "Знам’янка", "Znamianka"),
        ("uk", "national", "Юрій", "Yurii"),
        ("uk", "national", "Ярослав Костянтин", "Yaroslav Kostiantyn"),
        ("uk", "national", "Харків", "Kharkiv"),
        ("uk", "bgn-pcgn", "Єнакієве", "Yenakiieve"),
        ("uk", "bgn-1965", "Київ", "Kyyiv"),
        ("uk", "bgn-1965", "Згурівка", "Z·hurivka"),
        ("uk", "iso9", "Тернопіль", "Ternopìlʹ"),
        ("uk", "scholarly", "Харків", "Xarkiv"),
        ("uk", "de", "Харків", "Charkiw"),
        ("uk", "de", "Житомир", "Schytomyr"),
        ("uk", "pl", "Харків", "Charkiw"),
        # Belarusian
        ("be", "national", "Магілёў", "Mahilioŭ"),
        ("be", "bgn-pcgn", "Магілёў", "Mahilyow"),
    ],
)
def test_reference_example(lang, scheme, source, expected):
    assert translit(source, lang, scheme) == expected


def test_uk_bgn_pcgn_is_the_national_system():
    text = "Згурівка, Єнакієве, Зеленський, Подвір'я"
    assert translit(text, "uk", "bgn-pcgn") == translit(text, "uk", "national")


WORDS_UK = ["Згорани", "Єнакієве", "В'ячеслав", "Їжакевич", "Йосипівка", "Юрій", "Подвір'я", "Щастя", "Ґорґани",
            "Зеленський", "Запоріжжя", "Миколаїв", "Житомир", "Харків", "Луцьк", "Олексій", "Ньютон"]


def test_uk_national_agrees_with_uklatn():
    """translitua's KMU table checked against an independent implementation of the same resolution."""
    uklatn = pytest.importorskip("uklatn")
    for word in WORDS_UK:
        assert translit(word, "uk", "national") == uklatn.encode(word, table=uklatn.KMU_55), word


# --------------------------------------------------------------------------- case, passthrough, leaks


@pytest.mark.parametrize(("lang", "scheme"), ALL_SCHEMES)
def test_case_is_restored(lang, scheme):
    for word in ("щёлково", "єнакієве", "вячеслав", "юрий", "магілёў"):
        lower = translit(word, lang, scheme)
        assert translit(word.upper(), lang, scheme) == lower.upper()
        title = translit(word.capitalize(), lang, scheme)
        assert title.lower() == lower and title[0].isupper()


def test_all_caps_inside_mixed_text():
    # Both libraries garble these: iuliia gives ShchYoLKOVO, translitua YeNAKIIeVE.
    assert translit("ЩЁЛКОВО Юрий", "ru", "wikipedia") == "SHCHYOLKOVO Yury"
    assert translit("ЄНАКІЄВЕ Київ", "uk", "national") == "YENAKIIEVE Kyiv"
    assert translit("МакДональд", "ru", "wikipedia") == "MakDonald"


ALL_LETTERS = "абвгґдеёєжзиіїйклмнопрстуўфхцчшщъыьэюя'ʼ ӘәЂђ"


@pytest.mark.parametrize(("lang", "scheme"), ALL_SCHEMES)
def test_no_cyrillic_letter_in_any_output(lang, scheme):
    text = f"{ALL_LETTERS} {ALL_LETTERS.upper()} {ALL_LETTERS.title()}"
    out = translit(text, lang, scheme)
    assert not CYRILLIC.search(out), out


@pytest.mark.parametrize(("lang", "scheme"), ALL_SCHEMES)
def test_non_cyrillic_passes_through(lang, scheme):
    for text in ("", "Kharkiv, 2022 — Charków!", "Αθήνα 東京", "  "):
        assert translit(text, lang, scheme) == text
    assert translit("Харків (Kharkiv)", "uk", "national") == "Kharkiv (Kharkiv)"


def test_stress_marks_are_dropped():
    assert translit("Арте\u0301мовск", "ru", "wikipedia") == "Artemovsk"


# --------------------------------------------------------------------------- API and errors


def test_schemes_lists_the_named_ids():
    assert schemes("ru") == ["bgn-pcgn", "iso9", "gost-779-b", "icao", "scholarly", "ala-lc", "wikipedia",
                             "press-en-simple", "de", "fr", "es", "pl", "it", "cs"]
    assert schemes("uk") == ["national", "bgn-pcgn", "bgn-1965", "iso9", "scholarly", "ru-style",
                             "de", "fr", "es", "pl", "it", "cs"]
    assert schemes("be") == ["national", "bgn-pcgn"]


def test_every_scheme_is_documented():
    for lang, name in ALL_SCHEMES:
        assert len(get_scheme(lang, name).description) > 40, (lang, name)


def test_romanizations_covers_every_scheme_in_order():
    forms = romanizations("Артёмовск", "ru")
    assert list(forms) == schemes("ru")
    assert {forms["bgn-pcgn"], forms["wikipedia"], forms["de"], forms["pl"], forms["fr"]} == {
        "Artëmovsk", "Artyomovsk", "Artjomowsk", "Artiomowsk", "Artiomovsk"}


@pytest.mark.parametrize("call", [
    lambda: translit("Харків", "kk"),
    lambda: schemes("ua"),
    lambda: romanizations("Харків", "xx"),
])
def test_unknown_language_lists_the_known_ones(call):
    with pytest.raises(UsageError, match="unknown language .*known: ru, uk, be"):
        call()


def test_unknown_scheme_lists_the_known_ones():
    with pytest.raises(UsageError, match="unknown scheme 'national' for language 'ru'; known: bgn-pcgn, iso9"):
        translit("Харків", "ru", "national")


@pytest.mark.parametrize(("text", "langs"), [
    ("Київ", ("uk",)), ("Ґорґани", ("uk",)), ("Магілёў", ("be",)), ("Лукашэнка Віцебск", ("be",)),
    ("Мінск", ("uk", "be")), ("Артёмовск", ("ru",)), ("Подъезд", ("ru",)), ("Бахмут", ("ru", "uk")),
    ("Bakhmut", ()), ("", ()),
])
def test_cyrillic_langs(text, langs):
    assert cyrillic_langs(text) == langs


def test_cyrillic_variants():
    variants = cyrillic_variants("Харків", "uk")
    assert {"Харків", "Kharkiv", "Charkiw", "Xarkiv", "Harkìv"} <= variants
    assert "Kharkov" not in variants  # the Russian name Харьков is another name, linked by the gazetteer
    assert cyrillic_variants("Артёмовск") >= {"Artëmovsk", "Artyomovsk", "Artemovsk", "Artjomowsk", "Artiomowsk"}


# --------------------------------------------------------------------------- CLI


def test_cli_all_schemes_table():
    result = CliRunner().invoke(translit_command, ["Артёмовск", "--lang", "ru", "--all"])
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split()[1] for line in result.output.splitlines()}
    assert rows["bgn-pcgn"] == "Artëmovsk" and rows["iso9"] == "Artëmovsk" and rows["scholarly"] == "Artëmovsk"
    assert (rows["de"], rows["fr"], rows["pl"]) == ("Artjomowsk", "Artiomovsk", "Artiomowsk")


def test_cli_one_scheme_and_json():
    runner = CliRunner()
    assert runner.invoke(translit_command, ["В'ячеслав", "--lang", "uk", "--scheme", "de"]).output == "Wjatscheslaw\n"
    assert runner.invoke(translit_command, ["Артёмовск"]).output == "Artëmovsk\n"
    result = runner.invoke(translit_command, ["Гомель", "--lang", "be", "--all", "--json"])
    assert json.loads(result.output) == {"national": "Homieĺ", "bgn-pcgn": "Homyel’"}


def test_cli_errors():
    runner = CliRunner()
    assert runner.invoke(translit_command, ["x", "--scheme", "de", "--all"]).exit_code == 2
    assert runner.invoke(translit_command, ["x", "--lang", "kk"]).exit_code == 2
    result = runner.invoke(translit_command, ["x", "--scheme", "nope"])
    assert isinstance(result.exception, UsageError) and "known: bgn-pcgn" in str(result.exception)


# --------------------------------------------------------------------------- docstrings


@pytest.mark.parametrize("module", [
    toponyms.translit.detect, toponyms.translit.engine, toponyms.translit.key,
    toponyms.translit.romanize, toponyms.translit.registry, toponyms.translit.variants,
], ids=lambda m: m.__name__)
def test_docstring_examples(module):
    failures, _ = doctest.testmod(module)
    assert failures == 0
