"""``toponyms.spark.normalize_column`` in Spark ``local[2]`` mode against the in-process normalizer (issue 9).

The documents are generated: sentences of filler words in eight languages
around names of the curated layer in the document's language, seeded.
Skipped when PySpark is not installed (``pip install -e '.[spark]'``) or Java
is missing, except the check that importing ``toponyms.spark`` without PySpark
says so.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest

from toponyms import Gazetteer, Normalizer

pytestmark = pytest.mark.issue(9)

#: Lower-case filler per language; names of the curated layer go between them.
FILLER = {
    "en": "the convoy reached road after heavy shelling near town people were evacuated from and to on".split(),
    "ru": "колонна дошла до дороги после обстрела возле города люди были эвакуированы из и в на".split(),
    "uk": "колона дійшла до дороги після обстрілу біля міста людей евакуювали з і в на".split(),
    "de": "der konvoi erreichte die straße nach schwerem beschuss bei der stadt menschen wurden aus und nach".split(),
    "pl": "konwój dotarł do drogi po ostrzale w pobliżu miasta ludzi ewakuowano z i do na".split(),
    "fr": "le convoi a atteint la route après des bombardements près de la ville les gens ont été évacués".split(),
    "es": "el convoy llegó a la carretera tras los bombardeos cerca de la ciudad la gente fue evacuada".split(),
    "it": "il convoglio ha raggiunto la strada dopo i bombardamenti vicino alla città la gente è stata evacuata".split(),
}
DOCS = 300


def generated_documents(gaz: Gazetteer, count: int, seed: int = 9) -> list[tuple[str, str]]:
    """``count`` (text, lang) documents of 2-6 sentences, each with one or two curated names of that language."""
    names: dict[str, list[str]] = {lang: [] for lang in FILLER}
    for entity_id in sorted(gaz.index.curated_ids):
        entity = gaz.entity(entity_id)
        for name in entity.names if entity else ():
            if name.lang in names:
                names[name.lang].append(name.text)
    rng = random.Random(seed)
    docs = []
    for _ in range(count):
        lang = rng.choice(sorted(FILLER))
        sentences = []
        for _ in range(rng.randint(2, 6)):
            words = rng.sample(FILLER[lang], rng.randint(5, 10))
            for _ in range(rng.randint(1, 2)):
                words.insert(rng.randrange(1, len(words) + 1), rng.choice(names[lang] or names["en"]))
            sentence = " ".join(words)
            sentences.append(sentence[0].upper() + sentence[1:] + ".")
        docs.append((" ".join(sentences), lang))
    return docs


def projected(doc) -> list[dict]:
    """The in-process mentions as ``MENTION_SCHEMA`` rows."""
    from toponyms.spark import MENTION_SCHEMA

    return [{k: m.to_json()[k] for k in MENTION_SCHEMA.fieldNames()} for m in doc.mentions]


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        pytest.skip("Spark needs Java (17)")
    from pyspark.sql import SparkSession

    with pytest.MonkeyPatch.context() as env:
        # The Python workers run PYSPARK_PYTHON ("python3" on the PATH when unset): this interpreter,
        # so that they import the toponyms under test. (The spark.pyspark.python setting is read by
        # spark-submit only, not by a session built from Python.)
        env.setenv("PYSPARK_PYTHON", sys.executable)
        session = (
            SparkSession.builder.master("local[2]")
            .appName("toponyms-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.sql.execution.arrow.maxRecordsPerBatch", "32")  # several batches per task
            .getOrCreate()
        )
        session.sparkContext.setLogLevel("ERROR")
        yield session
        session.stop()


def test_workers_run_the_toponyms_under_test(spark):
    import toponyms.scan

    def worker_toponyms(_rows: Iterator[int]) -> Iterator[tuple[str, str]]:  # nested: pickled by value
        import sys

        import toponyms.scan

        yield toponyms.scan.__file__, sys.executable

    seen = set(spark.sparkContext.parallelize(range(4), 2).mapPartitions(worker_toponyms).collect())
    assert seen == {(toponyms.scan.__file__, sys.executable)}


@pytest.fixture(scope="module")
def norm(gaz) -> Normalizer:
    return Normalizer(gaz)


@pytest.fixture(scope="module")
def documents(gaz) -> list[tuple[int, str | None, str | None]]:
    """(id, text, lang) rows: the generated documents, then a null and an empty text."""
    rows = [(i, text, lang) for i, (text, lang) in enumerate(generated_documents(gaz, DOCS))]
    return rows + [(DOCS, None, "en"), (DOCS + 1, "", None), (DOCS + 2, "Kyiv and Odesa.", None)]


def frame(spark, rows, partitions: int = 4):
    return spark.createDataFrame(rows, "id long, text string, lang string").repartition(partitions, "id")


def test_import_without_pyspark_names_the_extra():
    code = "import sys; sys.modules['pyspark'] = None; import toponyms.spark"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "ImportError: toponyms.spark needs PySpark" in result.stderr and "pip install -e '.[spark]'" in result.stderr


def test_mentions_column_has_the_declared_schema(spark):
    from pyspark.sql.types import ArrayType, StringType

    from toponyms.spark import MENTION_SCHEMA, normalize_column

    df = spark.createDataFrame([(1, "Kyiv")], "id long, body string")
    out = normalize_column(df, "body", out_col="found", render_col="normalized", error_col="error")
    assert out.columns == ["id", "body", "found", "normalized", "error"]
    assert out.schema["found"].dataType == ArrayType(MENTION_SCHEMA)
    assert out.schema["normalized"].dataType == out.schema["error"].dataType == StringType()
    assert MENTION_SCHEMA.fieldNames() == ["start", "end", "text", "id", "name", "kind", "country", "geonames", "lat", "lon", "score"]


def test_same_mentions_as_in_process_normalizer(spark, gaz, norm, documents):
    from toponyms.spark import normalize_column

    out = normalize_column(frame(spark, documents), lang_col="lang", render_col="normalized", error_col="error", index_dir=gaz.index.directory)
    rows = sorted(out.collect(), key=lambda r: r.id)
    assert [r.id for r in rows] == [d[0] for d in documents]
    found = 0
    for row, (_, text, lang) in zip(rows, documents):
        assert row.error is None
        if not text:
            assert row.mentions == [] and row.normalized == text
            continue
        doc = norm(text, lang)
        assert [m.asDict() for m in row.mentions] == projected(doc), text
        assert row.normalized == doc.normalized
        found += len(doc.mentions)
    assert found >= DOCS  # the generated names are found, not just the filler


def test_default_gazetteer_through_the_cache_dir(spark, norm, documents):
    from toponyms.spark import normalize_column

    sample = documents[:20] + documents[-3:]
    rows = sorted(normalize_column(frame(spark, sample, 2), lang_col="lang").collect(), key=lambda r: r.id)
    assert [[m.asDict() for m in r.mentions] for r in rows] == [projected(norm(t, l)) if t else [] for _, t, l in sample]


def test_each_python_worker_opens_the_gazetteer_once(spark, gaz, documents):
    import pandas as pd

    from toponyms.spark import normalize_column

    pinned = str(gaz.index.directory)
    df = frame(spark, documents, 6)  # 6 tasks of ~50 rows, in batches of 32
    assert normalize_column(df, lang_col="lang", index_dir=pinned).count() == len(documents)

    def probe(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        from toponyms.spark import worker_normalizer

        for _ in batches:
            info = worker_normalizer.cache_info()
            yield pd.DataFrame({"pid": [os.getpid()], "loads": [info.misses], "reuses": [info.hits], "open": [info.currsize]})

    seen = df.mapInPandas(probe, "pid long, loads long, reuses long, open long").distinct().collect()
    used = [r for r in seen if r.open]
    assert used, seen  # PySpark reuses its Python workers: the probe ran where the normalizer did
    for r in used:
        assert r.loads == r.open <= 2, r  # each gazetteer (pinned, default) opened once per process
    assert sum(r.reuses for r in used) >= 6, used  # later batches and tasks reused it


def test_null_and_huge_texts_give_a_row_each(spark, gaz, norm):
    from toponyms.spark import normalize_column

    rng = random.Random(5)
    words = FILLER["en"] * 10 + ["Kharkiv", "Odesa"]  # a name every ~85 words
    huge = " ".join(rng.choice(words) for _ in range(1_000_000))[:5_000_000]
    rows = [(1, None, None), (2, huge, "en"), (3, "", "en"), (4, "Shelling near Kharkiv.", "en")]
    out = normalize_column(frame(spark, rows, 1), lang_col="lang", error_col="error", index_dir=gaz.index.directory)
    got = {r.id: r for r in out.collect()}
    assert set(got) == {1, 2, 3, 4} and all(r.error is None for r in got.values())
    assert got[1].mentions == [] and got[3].mentions == []
    assert len(got[2].mentions) == len(norm(huge, "en").mentions) > 5_000
    assert [m.name for m in got[4].mentions] == ["Kharkiv"]


def test_a_row_the_normalizer_fails_on_gets_an_error_not_a_failed_task():
    pytest.importorskip("pyspark")
    from toponyms.spark import _normalize_row

    def broken(text, lang):
        raise RecursionError("too deep")

    assert _normalize_row(broken, "Kyiv", "en", True) == (None, None, "RecursionError: too deep")
    assert _normalize_row(broken, None, "en", True) == ((), None, None)
    assert _normalize_row(broken, "", "en", True) == ((), "", None)


def test_a_missing_index_fails_the_job_with_its_reason(spark, tmp_path):
    from toponyms.spark import normalize_column

    out = normalize_column(spark.createDataFrame([(1, "Kyiv")], "id long, text string"), index_dir=tmp_path / "nothing")
    with pytest.raises(Exception, match="not a compiled toponyms index"):
        out.collect()
