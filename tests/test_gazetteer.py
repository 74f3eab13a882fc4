"""The default gazetteer and its commands, on the real data (issue 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from toponyms.cli.main import cli

pytestmark = pytest.mark.issue(3)


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_stats_counts_the_base_layers(gaz):
    stats = gaz.stats()
    assert stats["by_kind"]["place"] >= 230_000
    assert stats["names"] >= 1_000_000
    assert stats["by_kind"]["country"] >= 240
    assert stats["by_kind"]["region"] >= 4_000  # ISO 3166-2 subdivisions


def test_stats_cli_json():
    result = run("gazetteer", "stats", "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["by_kind"]["place"] >= 230_000 and data["names"] >= 1_000_000


def test_show_bakhmut_lists_names_with_languages_and_dates():
    result = run("gazetteer", "show", "geonames:713174", "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    names = {(n["text"], n["lang"]): n for n in data["names"]}
    assert data["name"] == "Bakhmut" and data["country"] == "UA" and data["geonames"] == 713174
    assert ("Бахмут", "uk") in names and ("Артемівськ", "uk") in names and ("Артёмовск", "ru") in names
    assert ("Artemivsk", "en") in names
    bakhmut_uk = names[("Бахмут", "uk")]["used_by"][0]
    assert (bakhmut_uk["party"], bakhmut_uk["from"]) == ("ua-gov", "2016-02-04")
    assert names[("Артемівськ", "uk")]["used_by"][0]["until"] == "2016-02-04"
    assert any(u["party"] == "ru-gov" for u in names[("Артёмовск", "ru")]["used_by"])


def test_show_human_table():
    result = run("gazetteer", "show", "geonames:713174")
    assert result.exit_code == 0
    assert "Bakhmut" in result.output and "ua-gov 2016-02-04–" in result.output


def test_show_unknown_id_is_a_clear_error():
    result = run("gazetteer", "show", "geonames:1")
    assert result.exit_code == 2
    assert "unknown id" in result.output


def test_iso_layer_gives_translated_regions(gaz):
    region = gaz.entity("tp:iso-ua-09") or gaz.entity("UA-09")
    assert region is not None and region.kind == "region" and region.iso == "UA-09"
    assert any(n.lang == "uk" and n.text == "Луганська область" for n in region.names)


@pytest.mark.parametrize("iso_id, admin1, geonameid", [("tp:iso-ca-on", "08", 6093943), ("tp:iso-gb-eng", "ENG", 6269131), ("tp:iso-es-an", "51", 2593109)])
def test_iso_regions_are_linked_to_geonames_divisions(gaz, iso_id, admin1, geonameid):
    """Ontario, England, Andalucía carry GeoNames' admin1 code and id (so Toronto lies in Ontario)
    and a point, under their stable tp:iso-… ids."""
    region = gaz.entity(iso_id)
    assert (region.admin1, region.geonames) == (admin1, geonameid)
    assert region.lat is not None


def test_iso_to_geonames_links_agree_with_curated_regions(gaz):
    """Where a curator set a region's admin1 code by hand and the name matching links it too,
    both say the same (today UA-30 Kyiv City and UA-40 Sevastopol)."""
    import pycountry

    from toponyms.layers import geonames, iso

    matched = iso.admin1_matches(pycountry.subdivisions, geonames.admin1_rows(), geonames.iso_admin1_pairs())
    curated = [(code, gaz.entity(iso.iso_id(code))) for code in matched]
    checked = [(code, e.admin1, matched[code][0]) for code, e in curated if e is not None and e.id in gaz.index.curated_ids and e.admin1]
    assert checked and all(ours == theirs for _, ours, theirs in checked), checked
    assert len(matched) > 3200  # of ~3,500 first-level subdivisions outside the US


def test_geonames_own_iso_codes_link_what_names_cannot_but_never_against_a_name():
    """GeoNames' own ISO codes pair Bayern with Bavaria and Moskovskaya oblast' with Moscow Oblast,
    which no name comparison does, and Poland's voivodeships under their codes of 2017; in Iran, whose codes ISO has reassigned since GeoNames listed
    them, they contradict the names (IR-01 is Gīlān, their IR-01 East Azerbaijan) and none is taken."""
    import pycountry

    from toponyms.layers import geonames, iso

    rows, pairs = geonames.admin1_rows(), geonames.iso_admin1_pairs()
    by_name = iso.admin1_matches(pycountry.subdivisions, rows)
    linked = iso.admin1_matches(pycountry.subdivisions, rows, pairs)
    assert "DE-BY" not in by_name and "RU-MOS" not in by_name
    assert linked["DE-BY"] == ("02", 2951839) and linked["RU-MOS"] == ("47", 524925)
    assert linked["PL-02"] == ("72", 3337492)  # Dolnośląskie, PL-DS when GeoNames listed it: Lower Silesia
    assert pairs["IR-01"] != by_name["IR-01"] and linked["IR-01"] == by_name["IR-01"]
    assert all(linked[code] == pair for code, pair in by_name.items())  # the pairs only add links


def test_provinces_under_a_grouping_unit_are_first_level_and_linked(gaz):
    """ISO puts Indonesia's provinces under seven "geographical units" that administer nothing
    (Kalimantan Timur under Kalimantan): the provinces are the first level, as GeoNames has them,
    and so gain its English names (East Kalimantan); a province of a region (Milan) is not."""
    import pycountry

    from toponyms.divisions import first_level

    assert first_level("ID-KI") and first_level("ID-KA") and first_level("IT-25") and not first_level("IT-MI")
    region = gaz.entity("tp:iso-id-ki")
    assert (region.admin1, region.geonames, region.name) == ("14", 1641897, "East Kalimantan")
    assert gaz.resolve("East Kalimantan")[0].entity.id == "tp:iso-id-ki"
    provinces = [s for s in pycountry.subdivisions.get(country_code="ID") if s.type == "Province"]
    assert len(provinces) > 30 and sum(gaz.entity(f"tp:iso-{s.code.lower()}").admin1 is not None for s in provinces) >= 30


@pytest.mark.parametrize("query, iso_id", [("Omsk region", "tp:iso-ru-oms"), ("Lombardy", "tp:iso-it-25"), ("North Holland", "tp:iso-nl-nh")])
def test_regions_linked_by_close_names_gain_geonames_english_name(gaz, query, iso_id):
    """Omskaya oblast' ~ Omsk Oblast, Lombardia ~ Lombardy, Noord-Holland ~ North Holland: linked
    as each other's clear closest names, the ISO region answers to GeoNames' name too. (Omsk region
    once resolved to Donetsk Oblast by a fuzzy match.)"""
    top = gaz.resolve(query)[0].entity
    assert top.id == iso_id and top.admin1 is not None


def test_russian_names_read_back_from_iso_romanization_agree_with_pycountrys_own():
    """Where pycountry's Russian catalogue does name a Russian region, the name read back from
    the ISO romanization is the same; most it does not name, and those are read back too."""
    import gettext

    import pycountry

    from toponyms.layers.ru_names import TYPES, russian_name

    ru = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"])
    subs = [s for s in pycountry.subdivisions if s.country_code == "RU" and s.type in TYPES]
    catalogued = [(s.name, ru.gettext(s.name)) for s in subs if ru.gettext(s.name) != s.name]
    assert len(catalogued) >= 5 and all(russian_name(iso) == name for iso, name in catalogued), catalogued
    assert sum(russian_name(s.name) is not None for s in subs) >= 55
    assert russian_name("Irkutskaya oblast'") == "Иркутская область"  # ts is тс here, ц in Lipetskaya
    assert russian_name("Lipetskaya oblast'") == "Липецкая область"


def test_russian_republics_get_their_official_and_short_names(gaz):
    """Tatarstan, Respublika → Республика Татарстан and Татарстан; Altay gets no short name
    (Altayskiy kray starts with it); Mariy El none at all (Эл reads as ел)."""
    def russian(iso_id):
        return {(n.text, n.type) for n in gaz.entity(iso_id).names if n.lang == "ru"}

    assert {("Республика Татарстан", "official"), ("Татарстан", "short")} <= russian("tp:iso-ru-ta")
    assert russian("tp:iso-ru-al") == {("Республика Алтай", "official")}
    assert not any(text.endswith("Ел") for text, _ in russian("tp:iso-ru-me"))


def test_geonames_name_of_a_region_that_is_its_capitals_is_not_added(gaz):
    """GeoNames calls Rostovskaya oblast' just Rostov: that is the city's name, not the region's."""
    region = gaz.entity("tp:iso-ru-ros")
    assert region.admin1 == "61" and "Rostov" not in {n.text for n in region.names}
    assert gaz.resolve("Rostov")[0].entity.kind == "place"


def test_republics_named_for_their_land_take_geonames_english_name(gaz):
    """Dagestan, Respublika is Dagestan and Chukotskiy avtonomnyy okrug Chukotka: a republic or
    autonomous okrug is named for its land or people, not its capital, so GeoNames' name without a
    division word is its English (and canonical) name; but not Nenets for Nenetskiy avtonomnyy
    okrug, ISO's adjective cut short (the people's name)."""
    for query, iso_id in [("Dagestan", "tp:iso-ru-da"), ("Chukotka", "tp:iso-ru-chu"), ("Karelia", "tp:iso-ru-kr")]:
        top = gaz.resolve(query)[0].entity
        assert (top.id, top.name) == (iso_id, query)
    assert "Nenets" not in {n.text for n in gaz.entity("tp:iso-ru-nen").names}


def test_countries_answer_to_cldr_short_names(gaz):
    """pycountry translates ISO's formal names (Korea, Demokratische Volksrepublik); news write the
    short ones CLDR gives (Nordkorea, Corée du Nord, Сирия), in capitals an abbreviation (ОАЭ). A
    name that is not the country's English one and names a town of 10,000 elsewhere is left out:
    Polish "Norfolk" (Norfolk Island) would be Norfolk, Virginia in English text."""
    from toponyms.layers import iso

    for text, lang, code in [("Nordkorea", "de", "KP"), ("Corée du Nord", "fr", "KP"), ("Сирия", "ru", "SY"),
                             ("Boliwia", "pl", "BO"), ("Венесуела", "uk", "VE"), ("Túnez", "es", "TN")]:
        top = gaz.resolve(text, lang=lang, fuzzy=False)[0]
        assert (top.entity.iso, top.matched.how) == (code, "exact"), text
    uae = gaz.entity("geonames:290557")
    assert ("ОАЭ", "ru", "abbreviation") in {(n.text, n.lang, n.type) for n in uae.names}
    assert "Norfolk" not in {n.text for n in gaz.entity("geonames:2155115").names}
    rows = [(code, lang, name) for code, names in iso.cldr_country_names().items() for lang, name in names]
    assert len(rows) > 1900 and len(set(rows)) == len(rows)
    assert {lang for _, lang, _ in rows} == {"en", "ru", "uk", "de", "fr", "es", "pl", "it"}
    assert not any("(" in name or "," in name or " - " in name for _, _, name in rows)


def test_us_counties_are_regions_of_their_state_with_geonames_ids_and_census_points(gaz):
    """Laurel County, Kentucky: GeoNames' id (US.KY.125) and the Census Bureau's point, inside
    Kentucky; the Census spelling St. Clair County reaches GeoNames' Saint Clair Counties."""
    laurel = gaz.entity("geonames:4297480")
    assert (laurel.kind, laurel.name, laurel.country, laurel.admin1) == ("region", "Laurel County", "US", "KY")
    assert 36.5 < laurel.lat < 39.2 and -89.6 < laurel.lon < -81.9
    found = gaz.resolve("St. Clair County", limit=10)
    assert len(found) >= 4 and {(c.entity.name, c.entity.country) for c in found} == {("Saint Clair County", "US")}


def test_us_counties_file_has_one_row_per_county():
    from toponyms.layers import geonames

    rows = [line.split("\t") for line in geonames.COUNTIES_FILE.read_text("utf-8").splitlines() if not line.startswith("#")]
    assert len(rows) > 3000
    assert len({r[0] for r in rows}) == len(rows) and len({r[3] for r in rows}) == len(rows)  # codes, ids unique
    assert all(r[0].startswith("US.") and r[1].endswith(("County", "Parish", "Borough", "Area", "Municipality")) for r in rows)


def test_cldr_names_tell_the_language_of_geonames_alternates_and_name_places_only(gaz):
    """Lisboa is Lisbon's Spanish name (GeoNames lists it untagged); every CLDR row names a place
    of cities500, once per language, in a language of the toolkit, without CLDR's qualifiers."""
    from toponyms.layers import geonames

    lisbon = gaz.entity("geonames:2267057")
    assert {(n.lang, n.parties()) for n in lisbon.names if n.text == "Lisboa"} == {("es", ("geonames",))}
    assert {n.lang for n in lisbon.names if n.text == "Lizbona"} == {"pl"}
    # CLDR keys Kolkata's zone by its old id (Asia/Calcutta), its territory by the current one.
    assert {n.lang for n in gaz.entity("geonames:1275004").names if n.text == "Kalkutta"} == {"de"}
    rows = geonames.cldr_names()
    assert len(rows) > 200
    pairs = [(gid, lang, name) for gid, names in rows.items() for lang, name in names]
    assert len(set(pairs)) == len(pairs)
    assert {lang for _, lang, _ in pairs} <= {"en", "ru", "uk", "de", "fr", "es", "pl", "it"}
    assert not any("(" in name or "\u00ad" in name for _, _, name in pairs)
    for gid in rows:
        assert gaz.entity(f"geonames:{gid}").kind == "place"


def test_each_countrys_capital_is_its_most_populous_place_of_the_name_geonames_gives(gaz):
    from toponyms.layers.geonames import capitals

    capital_ids = gaz.index.capital_ids
    assert len(capital_ids) >= 230 and len(capitals()) >= 240  # a few capitals are no place of cities500 (Melekeok)
    # Washington, D.C., not Washington, England, nor Washington State, nor the smaller US towns so named.
    assert "geonames:4140963" in capital_ids and "geonames:2634715" not in capital_ids and "geonames:5815135" not in capital_ids
    canberra = gaz.index.entity("geonames:2172517")
    assert canberra.id in capital_ids and canberra.country == "AU"
    for entity_id in sorted(capital_ids)[::20]:  # each one is a place of the country whose capital GeoNames names so
        entity = gaz.index.entity(entity_id)
        assert entity.kind == "place" and any(n.text == capitals()[entity.country] for n in entity.names), entity_id


def test_countries_carry_geonames_ids_and_translations(gaz):
    ukraine = gaz.entity("geonames:690791")
    assert ukraine.kind == "country" and ukraine.iso == "UA" and ukraine.name == "Ukraine"
    assert {("Україна", "uk"), ("Украина", "ru"), ("Ukraina", "pl")} <= {(n.text, n.lang) for n in ukraine.names}


def test_check_passes_on_shipped_data():
    result = run("gazetteer", "check")
    assert result.exit_code == 0, result.output
    assert "0 errors" in result.output


BROKEN = {
    "bad YAML": ("names: [\n", "E001"),
    "unknown field": ("id: geonames:713174\nkind: place\nname: Bakhmut\ncolour: red\n", "E010"),
    "unknown party": (
        "id: geonames:713174\nkind: place\nname: Bakhmut\nnames:\n  - text: Bakhmut\n    lang: en\n    type: official\n"
        "    used_by:\n      - {party: nobody, source: rada-2016-02-04}\n",
        "E020",
    ),
    "until before from": (
        "id: geonames:713174\nkind: place\nname: Bakhmut\nnames:\n  - text: Bakhmut\n    lang: en\n    type: official\n"
        "    used_by:\n      - {party: ua-gov, from: '2016-02-04', until: '2015-01-01', source: rada-2016-02-04}\n",
        "E022",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_check_names_file_and_line_of_each_problem(gazetteer_copy: Path, case: str):
    text, code = BROKEN[case]
    path = gazetteer_copy / "entities" / "geonames" / "713174.yaml"
    path.write_text(text, encoding="utf-8")
    result = run("--no-curated", "gazetteer", "check", str(gazetteer_copy))
    assert result.exit_code == 1
    line = next(l for l in result.output.splitlines() if f": {code}: " in l)
    file_part, line_no = line.split(":")[0:2]
    assert file_part.endswith("entities/geonames/713174.yaml") and int(line_no) >= 1
    assert "Traceback" not in result.output


def test_check_duplicate_id(gazetteer_copy: Path):
    src = gazetteer_copy / "entities" / "geonames" / "713174.yaml"
    other = gazetteer_copy / "entities" / "geonames" / "999999999.yaml"
    other.write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("gazetteer", "check", str(gazetteer_copy))
    assert result.exit_code == 1
    assert ": E012: duplicate id geonames:713174" in result.output or ": E011: " in result.output


def test_check_unknown_field_reports_its_line(gazetteer_copy: Path):
    path = gazetteer_copy / "entities" / "geonames" / "713174.yaml"
    path.write_text("id: geonames:713174\nkind: place\nname: Bakhmut\n\ncolour: red\n", encoding="utf-8")
    result = run("gazetteer", "check", str(gazetteer_copy))
    assert any(l.endswith("713174.yaml:5: E010: (top level): Additional properties are not allowed ('colour' was unexpected); "
                          "allowed keys: admin1, country, examples, geonames, id, iso, kind, lat, lon, name, names, notes, population, related, supersedes, wikidata")
               for l in result.output.splitlines()), result.output


def test_invalid_utf8_names_the_line(gazetteer_copy: Path):
    path = gazetteer_copy / "entities" / "geonames" / "713174.yaml"
    path.write_bytes(b"id: geonames:713174\nkind: place\nname: Bakh\xffmut\n")
    result = run("gazetteer", "check", str(gazetteer_copy))
    assert result.exit_code == 1
    assert "713174.yaml:3: E001: invalid UTF-8" in result.output


def test_broken_gazetteer_gives_message_not_traceback(gazetteer_copy: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("TOPONYMS_CACHE_DIR", str(tmp_path / "cache"))
    (gazetteer_copy / "entities" / "geonames" / "713174.yaml").write_text("names: [\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--no-curated", "--no-geonames", "--gazetteer", str(gazetteer_copy), "gazetteer", "stats"])
    assert result.exit_code == 1
    assert "713174.yaml:2: E001" in result.output and result.exception is None or isinstance(result.exception, SystemExit)


def test_custom_gazetteer_extends_without_base_layers(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("TOPONYMS_CACHE_DIR", str(tmp_path / "cache"))
    custom = tmp_path / "mine"
    (custom / "entities" / "tp").mkdir(parents=True)
    (custom / "entities" / "tp" / "kozinka-farm.yaml").write_text(
        "id: tp:kozinka-farm\nkind: place\nname: Kozinka Farm\ncountry: RU\nnames:\n  - {text: Козинка, lang: ru, type: official}\n",
        encoding="utf-8",
    )
    result = run("--no-geonames", "--no-iso", "--gazetteer", str(custom), "gazetteer", "show", "tp:kozinka-farm", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["names"][0]["text"] == "Козинка"
    assert "compiling the gazetteer index" in result.stderr  # the first call says why it takes a while, without a terminal
    stats = json.loads(run("--no-geonames", "--no-iso", "--gazetteer", str(custom), "gazetteer", "stats", "--json").output)
    assert "place" in stats["by_kind"] and stats["by_kind"].get("place", 0) < 1000  # no GeoNames places


def test_a_translation_pycountry_gives_two_subdivisions_stays_with_the_likelier(gaz):
    """pycountry's Ukrainian catalogue names both Saha and Altay, Respublika "Республіка Алтай", and
    Krasnoyarskiy kray "Краснодарський край": the wrong ones would find the other region."""
    assert [c.entity.id for c in gaz.resolve("Республіка Алтай", lang="uk", fuzzy=False)][:1] == ["tp:iso-ru-al"]
    sakha = {(n.text, n.lang) for n in gaz.entity("tp:iso-ru-sa").names}
    krasnoyarsk = {(n.text, n.lang) for n in gaz.entity("tp:iso-ru-kya").names}
    assert ("Республіка Алтай", "uk") not in sakha and ("Краснодарський край", "uk") not in krasnoyarsk
