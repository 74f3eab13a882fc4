"""Collection settings for the whole repository: ``toponyms/spark.py`` needs the optional ``spark`` extra."""

try:
    import pyspark  # noqa: F401
except ImportError:  # without it, importing the module for its doctests would be a collection error
    collect_ignore = ["toponyms/spark.py"]
