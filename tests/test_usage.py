"""Who uses which name, and the name a party uses (issue 7), on the real default gazetteer.

The renaming dates below were read from the curated entity files and agree
with ``shared/notes/renamings.tsv``; they are pinned here on purpose, so that
a change to the data that moves a date makes these tests fail.
"""

from __future__ import annotations

import datetime
import json

import pytest
from click.testing import CliRunner

from toponyms.cli import usage_cmds
from toponyms.cli.main import cli
from toponyms.errors import UsageError
from toponyms.naming import name_for, normalize_date, usage
from toponyms.normalizer import Normalizer

pytestmark = pytest.mark.issue(7)

BAKHMUT, KYIV, KHARKIV, CRIMEA, LONDON = "geonames:713174", "geonames:703448", "geonames:706483", "tp:iso-ua-43", "geonames:2643743"

#: (entity, old and new English names, old and new Ukrainian names, day of the Rada resolution, source)
RENAMINGS = [
    (BAKHMUT, "Artemivsk", "Bakhmut", "Артемівськ", "Бахмут", "2016-02-04", "rada-2016-02-04"),
    ("geonames:704422", "Krasnoarmiisk", "Pokrovsk", "Красноармійськ", "Покровськ", "2016-05-12", "rada-2016-05-12-pokrovsk"),
    ("geonames:709354", "Dzerzhynsk", "Toretsk", "Дзержинськ", "Торецьк", "2016-02-04", "rada-2016-02-04"),
    ("geonames:710035", "Dymytrov", "Myrnohrad", "Димитров", "Мирноград", "2016-05-12", "rada-2016-05-12-pokrovsk"),
    ("geonames:704204", "Krasnyi Lyman", "Lyman", "Красний Лиман", "Лиман", "2016-02-04", "rada-2016-02-04"),
    ("geonames:6559559", "Komsomolsk", "Horishni Plavni", "Комсомольськ", "Горішні Плавні", "2016-05-19", "rada-2016-05-19-kamianske"),
    ("geonames:705812", "Kirovohrad", "Kropyvnytskyi", "Кіровоград", "Кропивницький", "2016-07-14", "rada-2016-07-14-kropyvnytskyi"),
    ("geonames:709930", "Dnipropetrovsk", "Dnipro", "Дніпропетровськ", "Дніпро", "2016-05-19", "rada-2016-05-19-dnipro"),
    ("geonames:707688", "Illichivsk", "Chornomorsk", "Іллічівськ", "Чорноморськ", "2016-02-04", "rada-2016-02-04"),
    ("geonames:687997", "Yuzhne", "Pivdenne", "Южне", "Південне", "2024-10-09", "rada-2024-10-09"),
]

#: The Soviet-era names the Russian state keeps using, with the source that shows it.
RU_GOV_NAMES = [
    (BAKHMUT, "Артёмовск", "izvestia-2023-05-23-artemovsk"),
    ("geonames:704422", "Красноармейск", "tass-2025-12-09-gerasimov"),
    ("geonames:709354", "Дзержинск", "ria-2025-02-07-dzerzhinsk"),
    ("geonames:710035", "Димитров", "tass-2025-12-09-gerasimov"),
    ("geonames:704204", "Красный Лиман", "rbc-2022-05-28-krasny-liman"),
]


def _uses(gaz, entity_id, text, lang, party, date=None):
    """One party's usages of a name (text and language) of an entity."""
    return [u for nu in usage(gaz, entity_id, date) if (nu.text, nu.lang) == (text, lang) for u in nu.used_by if u.party == party]


def _day_before(day: str) -> str:
    return (datetime.date.fromisoformat(day) - datetime.timedelta(days=1)).isoformat()


# -- the renamings -------------------------------------------------------------
@pytest.mark.parametrize("entity_id, old, new, old_uk, new_uk, day, source", RENAMINGS, ids=[r[2] for r in RENAMINGS])
def test_renamings_are_dated_and_sourced(gaz, entity_id, old, new, old_uk, new_uk, day, source):
    for text, lang in ((new, "en"), (new_uk, "uk")):
        [use] = _uses(gaz, entity_id, text, lang, "ua-gov")
        assert (use.start, use.until, use.source) == (day, None, source)
        assert use.source_title == gaz.sources[source].title and use.source_url == gaz.sources[source].url
    for text, lang in ((old, "en"), (old_uk, "uk")):
        [use] = _uses(gaz, entity_id, text, lang, "ua-gov")
        assert (use.start, use.until, use.source) == (None, day, source)
    assert gaz.sources[source].date == day


@pytest.mark.parametrize("entity_id, old, new, old_uk, new_uk, day, source", RENAMINGS, ids=[r[2] for r in RENAMINGS])
def test_ua_gov_switches_names_on_the_day_of_the_resolution(gaz, entity_id, old, new, old_uk, new_uk, day, source):
    before = _day_before(day)
    assert name_for(gaz, entity_id, party="ua-gov", lang="en", date=before).text == old
    assert name_for(gaz, entity_id, party="ua-gov", lang="en", date=day).text == new
    assert name_for(gaz, entity_id, party="ua-gov", lang="uk", date=before).text == old_uk
    assert name_for(gaz, entity_id, party="ua-gov", lang="uk").text == new_uk


@pytest.mark.parametrize("entity_id, text, source", RU_GOV_NAMES, ids=[r[1] for r in RU_GOV_NAMES])
def test_the_russian_state_keeps_the_old_names(gaz, entity_id, text, source):
    [use] = _uses(gaz, entity_id, text, "ru", "ru-gov")
    assert use.active and use.until is None and use.source == source and use.source_title
    choice = name_for(gaz, entity_id, party="ru-gov")
    assert (choice.text, choice.lang, choice.fallback) == (text, "ru", None)


# -- usage() -------------------------------------------------------------------
def test_usage_lists_party_names_first_and_marks_active_ones(gaz):
    names = usage(gaz, BAKHMUT, "2010-01-01")
    marked = [nu.text for nu in names if any(u.party not in ("geonames", "osm") for u in nu.used_by)]
    assert [nu.text for nu in names[: len(marked)]] == marked
    assert set(marked) >= {"Bakhmut", "Artemivsk", "Artyomovsk", "Артёмовск"}
    active = {(nu.text, u.party) for nu in names for u in nu.used_by if u.active}
    assert ("Artemivsk", "ua-gov") in active and ("Bakhmut", "ua-gov") not in active


def test_partial_dates_are_their_first_day_and_until_is_exclusive(gaz):
    assert normalize_date("1991") == "1991-01-01"
    [old] = _uses(gaz, "geonames:630336", "Byelorussia", "en", "by-gov", "1991")
    [new] = _uses(gaz, "geonames:630336", "Belarus", "en", "by-gov", "1991")
    assert (old.until, old.active, new.start, new.active) == ("1991", False, "1991", True)
    assert name_for(gaz, "geonames:630336", party="by-gov", lang="en", date="1990-12-31").text == "Byelorussia"


# -- name_for() ----------------------------------------------------------------
def test_ru_gov_in_english_writes_artyomovsk(gaz):
    # ru-gov has two English spellings on record; the one agreeing with Артёмовск romanized wins.
    choice = name_for(gaz, BAKHMUT, party="ru-gov", lang="en")
    assert (choice.text, choice.fallback) == ("Artyomovsk", None)


def test_ua_gov_in_russian_writes_bakhmut(gaz):
    choice = name_for(gaz, BAKHMUT, party="ua-gov", lang="ru")
    assert choice.text == "Бахмут"
    assert choice.fallback.code == "rendered" and "uk" in choice.fallback.message


def test_ua_gov_before_the_renaming(gaz):
    choice = name_for(gaz, BAKHMUT, party="ua-gov", lang="uk", date="2010-01-01")
    assert (choice.text, choice.fallback) == ("Артемівськ", None)


@pytest.mark.parametrize(
    "date, expected",
    [("2018-06-01", "Kiev"), ("2019-08-13", "Kiev"), ("2019-08-14", "Kyiv"), ("2019-09-01", "Kyiv"), ("2020-01-01", "Kyiv"), (None, "Kyiv")],
)
def test_en_press_switched_from_kiev_to_kyiv_in_2019(gaz, date, expected):
    # AP switched on 2019-08-14, the BBC on 2019-10-14: in between the latest switch wins.
    choice = name_for(gaz, KYIV, party="en-press", lang="en", date=date)
    assert (choice.text, choice.fallback) == (expected, None)


def test_the_language_defaults_to_the_partys_first(gaz):
    assert name_for(gaz, BAKHMUT, party="ru-gov").text == "Артёмовск"
    assert name_for(gaz, BAKHMUT, party="ua-gov").text == "Бахмут"


@pytest.mark.parametrize(
    "entity_id, party, expected",
    [("geonames:630336", "by-gov", "Belarus"), ("geonames:718075", "mk-gov", "North Macedonia"), ("geonames:718075", "un", "North Macedonia")],
)
def test_a_short_name_beats_the_formal_one(gaz, entity_id, party, expected):
    assert name_for(gaz, entity_id, party=party, lang="en").text == expected


def test_a_cyrillic_name_of_the_party_is_romanized_for_a_latin_text(gaz):
    choice = name_for(gaz, "geonames:709354", party="ru-gov", lang="en")
    assert (choice.text, choice.scheme, choice.fallback.code) == ("Dzerzhinsk", "wikipedia", "rendered")
    assert name_for(gaz, BAKHMUT, party="ua-gov", lang="de").text == "Bachmut"


def test_without_party_data_the_partys_language_is_romanized_unless_there_is_an_exonym(gaz):
    kharkov = name_for(gaz, KHARKIV, party="ru-gov", lang="en")
    assert (kharkov.text, kharkov.fallback.code) == ("Kharkov", "party-lang")
    crimea = name_for(gaz, CRIMEA, party="ru-gov", lang="en")
    assert (crimea.text, crimea.fallback.code) == ("Crimea", "neutral")


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_partys_language_is_romanized_only_for_places_of_its_countries(gaz, lang):
    # ru-gov has no name for Paris on record; its Russian exonym Париж romanized ("Parizh") is no
    # name of Paris in English or German, as Харьков → Kharkov is of Kharkiv, in Ukraine.
    choice = name_for(gaz, "geonames:2988507", party="ru-gov", lang=lang)
    assert choice.text == "Paris" and choice.fallback.code != "party-lang"


def test_an_entity_without_party_data_falls_back_and_says_so(gaz):
    choice = name_for(gaz, LONDON, party="ru-gov", lang="en")
    assert choice.text == "London" and choice.name is None
    assert choice.fallback.code == "canonical" and "ru-gov" in choice.fallback.message


def test_without_a_party_the_entitys_name_in_the_language_is_no_fallback(gaz):
    assert name_for(gaz, BAKHMUT, lang="de").text == "Bachmut"
    assert name_for(gaz, BAKHMUT, lang="de").fallback is None
    assert name_for(gaz, BAKHMUT).text == "Bakhmut"


@pytest.mark.parametrize("entity_id, old, new, old_uk, new_uk, day, source", RENAMINGS)
def test_a_party_without_a_record_writes_the_name_in_force_on_the_date(gaz, entity_id, old, new, old_uk, new_uk, day, source):
    # en-press is on record for none of these places: on the eve of the renaming the name then in
    # force (the press wrote Artemivsk in 2010), from its day the new one, with or without a party.
    eve = (datetime.date.fromisoformat(day) - datetime.timedelta(days=1)).isoformat()
    for party in ("en-press", None):
        assert name_for(gaz, entity_id, party=party, lang="en", date=eve).text == old
        assert name_for(gaz, entity_id, party=party, lang="en", date=day).text == new


def test_a_former_name_of_another_language_stands_for_the_name_in_force_then(gaz):
    # Only ua-gov is on record for Dnipro; in Russian, before 2016, the city was Днепропетровск.
    assert name_for(gaz, "geonames:709930", party="ru-gov", date="2010-01-01").text == "Днепропетровск"
    assert name_for(gaz, "geonames:709930", party="ru-gov", date="2020-01-01").text == "Днепр"
    # ru-gov began to write Донецк (beside Сталино) in 2020; that is no renaming, and Донецк it was before.
    assert name_for(gaz, "geonames:709717", lang="ru", date="2010-01-01").text == "Донецк"


def test_before_a_renaming_a_name_given_up_long_before_is_not_the_name_in_force(gaz):
    # No such name is on record; a German former name of Dnipro given up in 1926 (as a contributor might add one)
    # is the name of 1920, not of 2010, when Dnipro had no German former name in use and keeps its current one.
    from dataclasses import replace as with_names

    from toponyms.model import Name, Usage
    from toponyms.naming import _neutral, database_parties

    dnipro = gaz.entity("geonames:709930")
    old = Name("Jekaterinoslaw", "de", "former", used_by=(Usage("ua-gov", None, "1926-07-20"),))
    added = with_names(dnipro, names=(*dnipro.names, old))
    assert _neutral(added, "de", database_parties(gaz), "1920-01-01").text == "Jekaterinoslaw"
    assert _neutral(added, "de", database_parties(gaz), "2010-01-01").text == "Dnipro"


def test_a_resolver_candidate_can_be_passed_as_it_is(gaz):
    entity = gaz.resolve("Artemovsk")[0].entity  # comes without its names
    assert name_for(gaz, entity, party="ru-gov", lang="en").text == "Artyomovsk"


# -- errors --------------------------------------------------------------------
def test_an_unknown_party_is_an_error_listing_the_valid_ones(gaz):
    with pytest.raises(UsageError) as err:
        name_for(gaz, BAKHMUT, party="kremlin")
    assert all(party in str(err.value) for party in gaz.parties)


@pytest.mark.parametrize(
    "date, message",
    [("1850", "before 1900"), ("1899-12-31", "before 1900"), ("2016-02-30", "malformed"), ("04.02.2016", "malformed"), ("", "malformed")],
)
def test_bad_dates_are_errors(gaz, date, message):
    with pytest.raises(UsageError, match=message):
        name_for(gaz, BAKHMUT, party="ua-gov", date=date)
    with pytest.raises(UsageError, match=message):
        usage(gaz, BAKHMUT, date)


def test_an_unknown_entity_is_an_error(gaz):
    with pytest.raises(UsageError, match="unknown entity"):
        usage(gaz, "geonames:0")
    with pytest.raises(UsageError, match="unknown entity"):
        name_for(gaz, "tp:no-such-place", party="ua-gov")


# -- the commands --------------------------------------------------------------
@pytest.fixture()
def run(monkeypatch):
    """Invoke ``toponyms`` with the usage commands registered for this test only."""
    monkeypatch.setitem(cli.commands, "usage", usage_cmds.usage)
    monkeypatch.setitem(cli.commands, "name", usage_cmds.name)
    return lambda *args: CliRunner().invoke(cli, list(args))


def test_usage_json_lists_who_uses_which_name_with_sources(run):
    result = run("usage", "Artemovsk", "--json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert set(record) >= {"query", "entity", "date", "names"}
    assert record["query"] == "Artemovsk" and record["date"] is None
    assert record["entity"] == {"id": BAKHMUT, "name": "Bakhmut", "kind": "place", "country": "UA"}
    names = {(n["text"], n["lang"]): n for n in record["names"]}
    for n in record["names"]:
        assert set(n) == {"text", "lang", "type", "used_by"}
        for u in n["used_by"]:
            assert set(u) == {"party", "from", "until", "source", "source_title", "source_url", "active"}
    [bakhmut] = names["Bakhmut", "en"]["used_by"]
    assert bakhmut["party"] == "ua-gov" and bakhmut["from"] == "2016-02-04" and bakhmut["source_title"]
    for text, lang in (("Артёмовск", "ru"), ("Artyomovsk", "en")):
        [use] = names[text, lang]["used_by"]
        assert use["party"] == "ru-gov" and use["source"] and use["source_url"] and use["active"]


def test_usage_table_says_which_entity_and_marks_the_date(run):
    result = run("usage", "Kiev", "--date", "2018-06-01")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"Kiev: {KYIV} Kyiv (place, UA)" and "other candidates" in lines[1]
    assert "in use on 2018-06-01" in result.stdout
    assert any(line.split()[:2] == ["*", "en-press"] and "until 2019-08-14" in line for line in lines)
    assert "kyivpost-2019-08-14-ap-kyiv: Kyiv Post" in result.stdout


def test_name_prints_the_partys_name_and_reports_a_fallback_on_stderr(run):
    own = run("name", BAKHMUT, "--as", "ru-gov", "--lang", "en")
    assert (own.exit_code, own.stdout, own.stderr) == (0, "Artyomovsk\n", "")
    fell = run("name", BAKHMUT, "--as", "ua-gov", "--lang", "ru")
    assert fell.stdout == "Бахмут\n" and "fell back (rendered" in fell.stderr
    record = json.loads(run("name", LONDON, "--as", "ru-gov", "--lang", "en", "--json").stdout)
    assert record["text"] == "London" and record["fallback"]["code"] == "canonical" and record["party"] == "ru-gov"


def test_name_errors_exit_2_with_a_message(run):
    result = run("name", BAKHMUT, "--as", "kremlin")
    assert result.exit_code == 2 and "valid parties: ua-gov, ru-gov" in result.stderr
    result = run("name", BAKHMUT, "--as", "ua-gov", "--date", "1850-01-01")
    assert result.exit_code == 2 and "before 1900" in result.stderr


@pytest.mark.parametrize(
    "entity_id, party, lang, expected",
    [
        ("geonames:704422", "ua-gov", "ru", "Покровск"),  # its Покровськ, in the Russian spelling
        ("geonames:705812", "ua-gov", "ru", "Кропивницкий"),  # not the Soviet-era Кировоград
        (KYIV, "ua-gov", "de", "Kyjiw"),  # its Kyiv, in the German spelling
        (KYIV, "ru-gov", "de", "Kiew"),  # its Kiev, in the German spelling
        ("geonames:704422", "ru-gov", "de", "Krasnoarmeisk"),  # its Красноармейск, romanized for German
        ("geonames:298795", "tr-gov", "de", "Türkiye"),  # its own-language name, as written
    ],
)
def test_a_partys_name_keeps_its_stance_in_another_language(gaz, entity_id, party, lang, expected):
    choice = name_for(gaz, entity_id, party=party, lang=lang)
    assert (choice.text, choice.fallback.code) == (expected, "rendered")


def test_an_exonym_is_written_by_every_party(gaz):
    for party in ("ru-gov", "ua-gov"):
        choice = name_for(gaz, "geonames:524901", party=party, lang="en")
        assert (choice.text, choice.fallback.code) == ("Moscow", "neutral")


def test_the_us_federal_government_names_the_gulf_by_its_order_of_2025(gaz):
    """Executive Order 14172 (20 January 2025) renamed the Gulf of Mexico the Gulf of America for the
    US federal government: its name from that day, the old one before; the canonical name stays."""
    assert name_for(gaz, "tp:gulf-of-mexico", party="us-gov", lang="en", date="2025-06-01").text == "Gulf of America"
    assert name_for(gaz, "tp:gulf-of-mexico", party="us-gov", lang="en", date="2024-06-01").text == "Gulf of Mexico"
    assert gaz.entity("tp:gulf-of-mexico").name == "Gulf of Mexico"
    doc = Normalizer(gaz, party="us-gov", date="2025-06-01")("A storm crossed the Gulf of Mexico toward Houston.", "en")
    assert doc.normalized.startswith("A storm crossed the Gulf of America")
