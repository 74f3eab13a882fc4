"""The importer for the real GeoNames dump format (issue 3), on a hand-checked fixture."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from toponyms.config import Config
from toponyms.errors import GazetteerError
from toponyms.gazetteer import Gazetteer
from toponyms.layers import geonames_dump
from toponyms.layers.geonames_dump import DUMP_USAGE, SOURCE, entities

pytestmark = pytest.mark.issue(3)

FIXTURE = Path(__file__).parent / "data" / "geonames_dump"


def geoname(gid: int, name: str, fclass: str = "P", fcode: str = "PPL", alternates: str = "", country: str = "XX") -> str:
    """One line of the 19-column geoname table (values not read by the importer left empty)."""
    cols = [str(gid), name, name, alternates, "1.5", "2.5", fclass, fcode, country, "", "01", "", "", "", "1000", "", "", "", ""]
    return "\t".join(cols) + "\n"


def altname(aid: int, gid: int, lang: str, text: str, flags: str = "", start: str = "", until: str = "") -> str:
    """One line of alternateNamesV2; ``flags`` is a subset of "psch" (preferred, short, colloquial, historic)."""
    cols = [str(aid), str(gid), lang, text, *("1" if f in flags else "" for f in "psch"), start, until]
    return "\t".join(cols) + "\n"


@pytest.fixture(scope="module")
def fixture_entities():
    return {e.id: e for e in entities(FIXTURE)}


def names_of(entity) -> dict[tuple[str, str], object]:
    return {(n.text, n.lang): n for n in entity.names}


def test_kinds_and_fields(fixture_entities):
    kinds = {eid: e.kind for eid, e in fixture_entities.items()}
    assert kinds == {
        "geonames:690791": "country",
        "geonames:703448": "place",
        "geonames:713174": "place",
        "geonames:578071": "region",
        "geonames:578072": "place",
        "geonames:524901": "place",
    }
    ukraine = fixture_entities["geonames:690791"]
    assert (ukraine.name, ukraine.country, ukraine.iso, ukraine.admin1, ukraine.wikidata) == ("Ukraine", "UA", "UA", None, "Q212")
    bakhmut = fixture_entities["geonames:713174"]
    assert (bakhmut.country, bakhmut.admin1, bakhmut.geonames, bakhmut.population) == ("UA", "05", 713174, 80500)
    assert (bakhmut.lat, bakhmut.lon) == (48.59419, 37.99886)
    assert fixture_entities["geonames:703448"].wikidata == "Q1899"
    assert fixture_entities["geonames:578071"].admin1 == "09"


def test_names_languages_types_and_dates(fixture_entities):
    names = names_of(fixture_entities["geonames:713174"])
    assert names[("Bakhmut", "en")].type == "official"  # isPreferredName
    assert names[("Бахмут", "uk")].type == "official"
    assert names[("Бахмут", "ru")].type == "common"
    assert names[("Артемовск", "ru")].type == "former"
    assert names[("Артемовск", "ru")].used_by is DUMP_USAGE  # undated: the shared usage
    for key in (("Artemivsk", "en"), ("Артемівськ", "uk")):
        assert names[key].type == "former"
        (usage,) = names[key].used_by
        assert (usage.party, usage.start, usage.until, usage.source) == ("geonames", "1924", "2016-02-04", SOURCE.id)
    # The main name is dropped as "und" because the dump names it in English.
    assert ("Bakhmut", "und") not in names
    assert {lang for _, lang in names} == {"en", "uk", "ru", "de", "fr", "es"}


def test_pseudo_languages_are_not_names(fixture_entities):
    texts = {n.text for e in fixture_entities.values() for n in e.names}
    assert not {t for t in texts if t.startswith("http")}
    assert not texts & {"84500", "01001", "101000", "IEV", "MOW", "Q1899", "Q649", "Q212"}
    langs = {n.lang for e in fixture_entities.values() for n in e.names}
    assert not langs & {"link", "wkdt", "post", "iata"}


def test_without_alternate_names_the_column_is_used(tmp_path):
    shutil.copy(FIXTURE / "UA.txt", tmp_path / "UA.txt")
    bakhmut = {e.id: e for e in entities(tmp_path)}["geonames:713174"]
    assert {(n.lang, n.type) for n in bakhmut.names} == {("und", "common")}
    texts = [n.text for n in bakhmut.names]
    assert texts[0] == "Bakhmut" and "Артемівськ" in texts and len(texts) == len(set(texts))
    assert bakhmut.wikidata is None


def test_all_countries_replaces_country_files(tmp_path):
    (tmp_path / "allCountries.txt").write_text(geoname(1, "Alpha"), "utf-8")
    (tmp_path / "UA.txt").write_text(geoname(2, "Beta"), "utf-8")
    assert [e.id for e in entities(tmp_path)] == ["geonames:1"]


def test_flags_and_special_codes(tmp_path):
    # Name examples from the GeoNames readme; the ids are made up.
    (tmp_path / "US.txt").write_text(geoname(1, "New York City") + geoname(2, "Mumbai") + geoname(3, "State of California", "A", "ADM1"), "utf-8")
    (tmp_path / "alternateNamesV2.txt").write_text(
        altname(1, 1, "en", "Big Apple", "c")
        + altname(2, 1, "abbr", "NYC")
        + altname(3, 1, "zh-Hant", "紐約")
        + altname(4, 1, "tcid", "12345")
        + altname(5, 1, "unlc", "USNYC")
        + altname(6, 2, "en", "Bombay", "h", until="19951101")
        + altname(7, 2, "en", "Bombay", "h", start="1600")
        + altname(8, 2, "fr_1793", "Bombay")
        + altname(9, 3, "en", "California", "ps")
        + altname(10, 99, "en", "Not in any geoname file"),
        "utf-8",
    )
    ents = {e.id: names_of(e) for e in entities(tmp_path)}
    nyc = ents["geonames:1"]
    assert nyc[("Big Apple", "en")].type == "colloquial"
    assert nyc[("NYC", "und")].type == "abbreviation"
    assert ("紐約", "zh") in nyc
    assert not {text for text, _ in nyc} & {"12345", "USNYC"}
    bombay = ents["geonames:2"][("Bombay", "en")]
    assert bombay.type == "former"
    assert [(u.start, u.until) for u in bombay.used_by] == [(None, "1995-11-01"), ("1600", None)]
    assert ents["geonames:2"][("Bombay", "fr")].type == "former"
    assert ents["geonames:3"][("California", "en")].type == "short"


def test_kinds_default_and_custom(tmp_path):
    rows = [
        (1, "P", "PPLW"), (2, "A", "PCLH"), (3, "A", "ADM2"), (4, "A", "ADM3"), (5, "H", "STM"),
        (6, "T", "PEN"), (7, "S", "HTL"), (8, "S", "PSN"), (9, "R", "RD"), (10, "L", "RGN"),
    ]
    (tmp_path / "UA.txt").write_text("".join(geoname(gid, f"N{gid}", c, code) for gid, c, code in rows), "utf-8")
    got = {e.geonames: e.kind for e in entities(tmp_path)}
    assert got == {1: "place", 2: "country", 3: "region", 5: "feature", 6: "feature", 8: "feature", 10: "feature"}
    only_places = {e.geonames for e in entities(tmp_path, kinds={"P": "place"})}
    assert only_places == {1}


def test_malformed_lines_are_all_reported_with_file_and_line(tmp_path):
    good = geoname(1, "Alpha")
    (tmp_path / "UA.txt").write_bytes(
        (good + "2\tBeta\tonly three columns\n" + geoname(1, "Alpha again")).encode()
        + geoname(3, "Gamma").replace("Gamma", "G\udcffamma").encode("utf-8", "surrogateescape")
        + geoname(4, "Delta").replace("1000", "many").encode()
    )
    (tmp_path / "alternateNamesV2.txt").write_text(
        altname(1, 1, "en", "Alpha") + altname(2, 1, "en", "Alpha", start="long ago") + "3\tx\ten\tAlpha\t\t\t\t\t\t\n"
        + "4\t1\ten\tAlpha\t2\t\t\t\t\t\n" + altname(5, 1, "wkdt", "not-a-qid"),
        "utf-8",
    )
    gen = entities(tmp_path)
    with pytest.raises(GazetteerError) as info:
        next(gen)  # raised before the first entity: a bad dump never yields a partial index
    got = [(Path(p.path).name, p.line, p.code) for p in info.value.problems]
    assert got == [
        ("UA.txt", 2, "G001"),
        ("UA.txt", 3, "G001"),
        ("UA.txt", 4, "G001"),
        ("UA.txt", 5, "G001"),
        ("alternateNamesV2.txt", 2, "G001"),
        ("alternateNamesV2.txt", 3, "G001"),
        ("alternateNamesV2.txt", 4, "G001"),
        ("alternateNamesV2.txt", 5, "G001"),
    ]
    messages = [p.message for p in info.value.problems]
    assert "found 3" in messages[0] and "duplicate geonameid 1" in messages[1] and "UTF-8" in messages[2]
    assert "population" in messages[3] and "'long ago'" in messages[4] and "isPreferredName" in messages[6]
    assert f"{tmp_path / 'UA.txt'}:2: G001" in str(info.value)


def test_directory_without_geoname_table(tmp_path):
    with pytest.raises(GazetteerError) as info:
        list(entities(tmp_path))
    assert info.value.problems[0].code == "G000"


def test_problem_collection_stops_at_the_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(geonames_dump, "MAX_PROBLEMS", 3)
    (tmp_path / "UA.txt").write_text("bad\n" * 10, "utf-8")
    with pytest.raises(GazetteerError) as info:
        list(entities(tmp_path))
    assert [p.line for p in info.value.problems] == [1, 2, 3, 3]
    assert "stopped reading" in info.value.problems[-1].message


def test_end_to_end_index(tmp_path, monkeypatch):
    monkeypatch.setenv("TOPONYMS_CACHE_DIR", str(tmp_path / "cache"))
    gaz = Gazetteer.load(Config(curated_dirs=(), geonames=False, iso=False, geonames_dump=FIXTURE), progress=False)
    bakhmut = gaz.entity("geonames:713174")
    assert (bakhmut.name, bakhmut.kind, bakhmut.country) == ("Bakhmut", "place", "UA")
    names = names_of(bakhmut)
    assert {("Bakhmut", "en"), ("Бахмут", "uk"), ("Artemivsk", "en"), ("Артемівськ", "uk"), ("Артемовск", "ru")} <= names.keys()
    assert names[("Артемівськ", "uk")].used_by[0].until == "2016-02-04"
    assert gaz.entity("geonames:703448").wikidata == "Q1899"
    stats = gaz.stats()
    assert stats["by_kind"] == {"place": 4, "country": 1, "region": 1}
