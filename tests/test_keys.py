"""The matching key (issue 4): recall on press variant pairs, no merge of the negative pairs, each fold."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from toponyms.translit import match_key

pytestmark = pytest.mark.issue(4)

PAIRS = Path(__file__).parent / "data" / "variant_pairs.tsv"


def _rows(kind: str) -> list[dict[str, str]]:
    with PAIRS.open(encoding="utf-8") as f:
        rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
    return [r for r in rows if r["kind"] == kind]


VARIANTS = _rows("variant")
NEGATIVES = _rows("negative")


def test_pair_file_is_large_and_covers_eight_languages():
    per_lang = Counter(r["lang"] for r in VARIANTS)
    assert len(VARIANTS) >= 300 and len(NEGATIVES) >= 50
    assert set(per_lang) == {"en", "ru", "uk", "de", "fr", "es", "pl", "it"}
    assert min(per_lang.values()) >= 30
    assert all(r["a"] != r["b"] for r in VARIANTS + NEGATIVES)


def test_recall_on_variant_pairs():
    hits = [match_key(r["a"]) == match_key(r["b"]) for r in VARIANTS]
    recall = sum(hits) / len(hits)
    misses = [(r["a"], r["b"]) for r, hit in zip(VARIANTS, hits) if not hit]
    assert recall >= 0.97, misses


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "de", "fr", "es", "pl", "it"])
def test_recall_per_language(lang):
    rows = [r for r in VARIANTS if r["lang"] == lang]
    assert sum(match_key(r["a"]) == match_key(r["b"]) for r in rows) / len(rows) >= 0.93


def test_only_the_hard_pairs_miss():
    """A miss must be one the key leaves out by design (Spanish j = х, French j = ж, Italian c = ч...)."""
    misses = [r for r in VARIANTS if match_key(r["a"]) != match_key(r["b"])]
    assert all(r["note"].endswith("(hard)") for r in misses), misses


@pytest.mark.parametrize("row", NEGATIVES, ids=lambda r: f"{r['a']}-{r['b']}")
def test_negative_pair_keys_differ(row):
    assert match_key(row["a"]) != match_key(row["b"])


@pytest.mark.parametrize(("spellings", "rule"), [
    (["Artyomovsk", "Artiomovsk", "Artjomowsk", "Artëmovsk", "Arťomovsk", "Artemovsk", "Артёмовск"], "ё habits"),
    (["Kharkiv", "Charkiw", "Харків"], "х as kh/ch"),
    (["Vyacheslav", "Viacheslav", "Wjatscheslaw", "Viatcheslav", "Wiaczesław", "Vjačeslav", "V'yacheslav"], "я, ч, в"),
    (["Zaporizhzhia", "Saporischschja", "Zaporižžja", "Zaporizhia", "Zaporizhzhya", "Запоріжжя"], "ж, doubling"),
    (["Zelensky", "Zelenskyy", "Zelenskyi", "Selenskyj", "Zełenski", "Zelenskiy", "Зеленський"], "endings, з"),
    (["Yeltsin", "Jelzin", "Eltsin", "Jelcyn", "El'tsin", "Ельцин"], "initial е, ц"),
    (["Gorbachev", "Gorbatschow", "Gorbaczow", "Gorbatchev", "Gorbačëv", "Gorbachyov"], "ч, ё after ч"),
    (["Tchaikovsky", "Tschaikowski", "Czajkowski", "Čajkovskij", "Chaikovski"], "ч, й"),
    (["Graivoron", "Grayvoron", "Hraivoron", "Грайворон"], "г as g/h"),
    (["Hostomel", "Gostomel", "Гостомель"], "ru/uk-ambiguous Cyrillic"),
    (["Ivano-Frankivsk", "Ivano Frankivsk", "IVANO-FRANKIVSK"], "case, hyphen"),
    (["Sergei", "Sergey", "Serguei", "Sergueï", "Siergiej", "Serghei"], "gu/gh, ie"),
    (["Putin", "Poutine"], "French -ine"),
    (["Rachmaninoff", "Rakhmaninov"], "old -off"),
    (["Chelyabinsk", "Czelabińsk", "Tscheljabinsk"], "Polish l for л + я"),
])
def test_fold(spellings, rule):
    assert len({match_key(s) for s in spellings}) == 1, {s: match_key(s) for s in spellings}


@pytest.mark.parametrize(("a", "b"), [
    ("Holovyne", "Holovyn"),      # Ukrainian -yne is not the French -ine
    ("Kharkiv", "Kharkov"),       # Ukrainian and Russian names of one city: linked by the gazetteer, not the key
    ("Pervomaiske", "Pervomaiskyi"),
    ("Krasnoye", "Krasnaya"),
    ("Ivanov", "Ivanova"),
])
def test_kept_apart(a, b):
    assert match_key(a) != match_key(b)


def test_key_shape():
    assert match_key("") == "" and match_key(" -–' ") == ""
    key = match_key("Αθήνα")  # other scripts fall back to unidecode's ASCII
    assert key and key.isascii()
    assert match_key("Kyiv 2") != match_key("Kyiv 3")
