"""Optional compiled build: ``TOPONYMS_MYPYC=1 pip install .`` compiles the per-mention hot path with
mypyc (the compiler mypy and black ship their own wheels with), 1.4x the pure-Python speed on
English news (README, "Measured"). Without the variable, the install is pure Python, as the project metadata in
pyproject.toml describes it; the compiled modules are the same source, so both behave alike.

Compiled code checks the type annotations at run time, so the modules below keep theirs true
(``mypy`` on them reports no error). An editable install cannot be compiled: the extension modules
would shadow the sources being edited.
"""

from __future__ import annotations

import os
import sys

from setuptools import setup

#: The modules every mention passes through: scanning, evidence, context, resolution, records.
#: Not index.py: its cached_property attributes would not cache in a compiled class (mypyc has none).
COMPILED = [
    "toponyms/scan.py", "toponyms/evidence.py", "toponyms/context.py", "toponyms/normalizer.py",
    "toponyms/resolver.py", "toponyms/records.py", "toponyms/ranktable.py", "toponyms/textnorm.py",
    "toponyms/translit/key.py", "toponyms/gazetteer.py",
]


def _extensions() -> tuple[list, list[str]]:
    """(ext_modules, build requirements) for this build."""
    if os.environ.get("TOPONYMS_MYPYC") != "1":
        return [], []
    if "editable_wheel" in sys.argv:
        sys.exit("TOPONYMS_MYPYC=1 builds a compiled, non-editable install: pip install . (not -e)")
    requires = ["mypy>=1.10"]
    try:
        from mypyc.build import mypycify
    except ImportError:
        if "egg_info" in sys.argv or "dist_info" in sys.argv:  # pip is asking what to install first
            return [], requires
        sys.exit("TOPONYMS_MYPYC=1 needs mypy (which ships mypyc) in the build environment")
    # Third-party modules without type stubs are opaque objects to the compiler, as to mypy.
    return mypycify(["--ignore-missing-imports", *COMPILED], opt_level="3"), requires


ext_modules, setup_requires = _extensions()
setup(ext_modules=ext_modules, setup_requires=setup_requires)
