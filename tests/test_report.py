"""The naming stance of documents: `toponyms report` and :mod:`toponyms.stance` (issue 7).

Expectations come from the curated data (gazetteer/entities): ru-gov is on
record for Артёмовск/Artyomovsk/Artemovsk, Красноармейск, Дзержинск, Димитров,
Красный Лиман/Krasny Liman and Kiev with no end date; ua-gov for Bakhmut (from
2016-02-04), Pokrovsk, Toretsk, Myrnohrad and Lyman (2016). Nobody is on record
for Днепропетровск or Кировоград today (ua-gov dropped them in 2016; ru-gov's use
is not curated), nor for any name of Kharkiv or Odesa.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from toponyms import Normalizer
from toponyms.cli.main import cli
from toponyms.cli.report_cmd import report
from toponyms.naming import name_for
from toponyms.stance import NEUTRAL, StanceReader

pytestmark = pytest.mark.issue(7)

RU_TEXT = (
    "Российские войска освободили Артёмовск. Бои идут у Красноармейска, Дзержинска и Димитрова, "
    "под Красным Лиманом. В Днепропетровске и Кировограде объявлена тревога."
)
UA_TEXT = "Ukrainian forces hold Bakhmut. Fighting continues near Pokrovsk, Toretsk, Myrnohrad and Lyman; Dnipro and Kropyvnytskyi were hit."
NEUTRAL_TEXT = "Sunny weather in Kharkiv and Odesa today; rain is expected in Kharkiv tomorrow."
TODAY_ISH = "2024-06-01"

#: Renamed towns of Donetsk Oblast both states are on record for today, with different names.
CONTESTED = ["geonames:713174", "geonames:704422", "geonames:709354", "geonames:710035", "geonames:704204"]
DONETSK_OBLAST = "tp:iso-ua-14"


@pytest.fixture(scope="module")
def norm(gaz):
    return Normalizer(gaz)


@pytest.fixture(scope="module")
def reader(gaz):
    return StanceReader(gaz)


def stances(norm, reader, text, lang, date=TODAY_ISH):
    return reader(norm(text, lang), date)


def by_entity(doc):
    return {m.mention.entity.id: m for m in doc.mentions}


def test_ru_gov_and_ua_gov_texts_take_opposite_stances(norm, reader):
    ru = stances(norm, reader, RU_TEXT, "ru")
    ua = stances(norm, reader, UA_TEXT, "en")
    assert set(ru.counts) == {"ru-gov", NEUTRAL} and set(ua.counts) == {"ua-gov", NEUTRAL}
    ru_by, ua_by = by_entity(ru), by_entity(ua)
    for entity in CONTESTED:
        assert (ru_by[entity].stance, ru_by[entity].others) == ("ru-gov", ("ua-gov",)), entity
        assert (ua_by[entity].stance, ua_by[entity].others) == ("ua-gov", ("ru-gov",)), entity
    assert ru.to_json()["summary"].startswith(f"{len(CONTESTED)} names only ru-gov uses, ")


def test_names_no_party_uses_on_the_date_are_neutral_and_say_who_writes_otherwise(norm, reader):
    ru = by_entity(stances(norm, reader, RU_TEXT, "ru"))
    for entity in ("geonames:709930", "geonames:705812"):  # Днепропетровск, Кировоград
        assert (ru[entity].stance, ru[entity].used_by, ru[entity].others) == (NEUTRAL, (), ("ua-gov",))


def test_neutral_text_is_neutral(norm, reader):
    doc = stances(norm, reader, NEUTRAL_TEXT, "en")
    assert [m.mention.text for m in doc.mentions] == ["Kharkiv", "Odesa", "Kharkiv"]
    assert doc.counts == {NEUTRAL: 3}
    assert doc.to_json()["summary"] == "3 names neutral"


@pytest.mark.parametrize("entity", CONTESTED)
@pytest.mark.parametrize("party, lang", [("ru-gov", "ru"), ("ru-gov", "en"), ("ua-gov", "en"), ("ua-gov", "uk"), ("ua-gov", "ru")])
def test_the_name_a_party_writes_is_that_partys_stance(gaz, norm, reader, entity, party, lang):
    town, oblast = (name_for(gaz, e, party=party, lang=lang, date=TODAY_ISH).text for e in (entity, DONETSK_OBLAST))
    doc = stances(norm, reader, f"{town}, {oblast}.", lang)  # the oblast tells Toretsk's Dzerzhinsk from Russia's
    assert by_entity(doc)[entity].stance == party, town


@pytest.mark.parametrize(
    "text, date, stance",
    [
        ("Bakhmut", "2016-02-03", NEUTRAL),  # ua-gov's name from the Rada resolution of 2016-02-04 on
        ("Bakhmut", "2016-02-04", "ua-gov"),
        ("Kiev", "2024-06-01", "ru-gov"),  # en-press switched to Kyiv in 2019
        ("Kiev", "2018-06-01", "ru-gov+en-press"),  # bgn-pcgn had switched in 2006
    ],
)
def test_the_date_decides_who_uses_a_name(norm, reader, text, date, stance):
    doc = stances(norm, reader, f"News from {text}.", "en", date)
    assert [m.stance for m in doc.mentions] == [stance]


def test_bad_date_is_refused(norm, reader):
    from toponyms.errors import UsageError

    with pytest.raises(UsageError, match="before 1900"):
        reader(norm("Kyiv", "en"), "1850")


# -- the command ----------------------------------------------------------------
@pytest.fixture()
def run(monkeypatch):
    """`toponyms report ARGS`, registered here until main.py lists it."""
    monkeypatch.setitem(cli.commands, "report", report)

    def invoke(*args, input=None):
        return CliRunner().invoke(cli, ["report", *args], input=input)

    return invoke


def test_cli_document_json(run):
    result = run("-", "--json", "--text-lang", "ru", "--date", TODAY_ISH, input=RU_TEXT.encode())
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["date"] == TODAY_ISH and out["counts"]["ru-gov"] == len(CONTESTED)
    first = out["mentions"][0]
    assert RU_TEXT[first["start"] : first["end"]] == first["text"] == "Артёмовск"
    assert (first["id"], first["stance"], first["used_by"], first["others"]) == ("geonames:713174", "ru-gov", ["ru-gov"], ["ua-gov"])


def test_cli_document_text_table(run, tmp_path):
    path = tmp_path / "ua.txt"
    path.write_text(UA_TEXT + " Bakhmut stands.", encoding="utf-8")
    result = run(str(path), "--date", TODAY_ISH)
    assert result.exit_code == 0, result.output
    head, columns, *rows = result.stdout.splitlines()
    assert head.startswith(f"== {path} ({TODAY_ISH}): ") and "only ua-gov uses" in head
    assert columns.split() == ["n", "mention", "entity", "stance", "used", "by", "others", "use"]
    assert rows[0].split() == ["2", "Bakhmut", "Bakhmut", "geonames:713174", "ua-gov", "ua-gov", "ru-gov"]


def test_cli_jsonl_keeps_order_fields_and_reports_bad_lines(run):
    stdin = "\n".join(
        [
            json.dumps({"id": 1, "text": RU_TEXT, "lang": "ru", "date": TODAY_ISH}, ensure_ascii=False),
            "not json",
            json.dumps({"id": 3, "text": "Bakhmut", "date": "2016-02-03T12:00:00Z"}),
            json.dumps({"id": 4, "text": "Bakhmut", "date": "2016-02-30"}),
            json.dumps({"id": 5}),
            json.dumps({"id": 6, "text": UA_TEXT, "extra": [1, 2]}),
        ]
    ).encode() + b"\n"
    result = run("--jsonl", "--date", TODAY_ISH, input=stdin)
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 6
    assert records[0]["id"] == 1 and records[0]["stance"]["counts"]["ru-gov"] == len(CONTESTED)
    assert records[1]["line"] == 2 and "not JSON" in records[1]["error"]
    assert records[2]["stance"]["date"] == "2016-02-03" and records[2]["stance"]["counts"] == {NEUTRAL: 1}
    assert records[3]["line"] == 4 and records[3]["id"] == 4 and "malformed date '2016-02-30'" in records[3]["error"]
    assert records[4]["line"] == 5 and "text" in records[4]["error"]
    assert records[5]["extra"] == [1, 2] and records[5]["stance"]["date"] == TODAY_ISH
    assert set(records[5]["stance"]["counts"]) == {"ua-gov", NEUTRAL}
    assert "toponyms report: line 4: malformed date" in result.stderr


def test_cli_jsonl_text_gives_a_table_per_document_and_a_total(run):
    stdin = "\n".join(json.dumps({"text": t}) for t in ("Artyomovsk and Kiev.", "not a place", "Bakhmut and Kharkiv.")) + "\n{"
    result = run("--jsonl", "--format", "text", "--text-lang", "en", "--date", TODAY_ISH, input=stdin.encode())
    assert result.exit_code == 1
    heads = [line for line in result.stdout.splitlines() if line.startswith("== ")]
    assert heads == [
        f"== line 1 ({TODAY_ISH}): 2 names only ru-gov uses",
        f"== line 2 ({TODAY_ISH}): no names",
        f"== line 3 ({TODAY_ISH}): 1 name only ua-gov uses, 1 neutral",
        heads[3],
    ]
    assert heads[3].startswith("== line 4: not JSON")
    assert result.stdout.splitlines()[-1] == "total, 4 documents (1 error): 2 names only ru-gov uses, 1 only ua-gov uses, 1 neutral"


def test_cli_html_colours_mentions_by_stance(run):
    result = run("-", "--format", "html", "--text-lang", "en", "--date", TODAY_ISH, input=b"Artyomovsk, Bakhmut & Kharkiv <b>")
    assert result.exit_code == 0, result.output
    page = result.stdout
    assert "mark.stance-ru-gov" in page and "&lt;b&gt;" in page
    assert "<mark class='stance-party stance-ru-gov'" in page and "data-stance='ru-gov'>Artyomovsk</mark>" in page
    assert "<mark class='stance-party stance-ua-gov'" in page and "<mark class='stance-neutral'" in page
    assert "stance: ru-gov (ua-gov uses another name)" in page


@pytest.mark.parametrize(
    "args, message",
    [
        (["--json", "--format", "html"], "--json contradicts --format html"),
        (["--date", "2016-13-01"], "malformed date"),
    ],
)
def test_cli_refuses_bad_options(run, args, message):
    result = run("-", *args, input=b"Kyiv")
    assert result.exit_code == 2 and message in result.output
