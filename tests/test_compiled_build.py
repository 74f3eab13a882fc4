"""The optional compiled build (setup.py, ``TOPONYMS_MYPYC=1 pip install .``) keeps compiling.

mypyc refuses modules that do not type-check, and compiled code enforces their annotations at
run time (a float where ``int`` is declared raises TypeError), so the modules setup.py compiles must
pass mypy with the project's configuration (pyproject.toml, [tool.mypy]); and none may use what a
compiled class lacks (``functools.cached_property`` needs an instance ``__dict__``).
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def compiled_modules() -> list[str]:
    """setup.py's COMPILED list, read without running setup.py."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "COMPILED" for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError("setup.py defines no COMPILED list")


def test_compiled_modules_exist_and_use_nothing_a_compiled_class_lacks():
    modules = compiled_modules()
    assert "toponyms/scan.py" in modules
    for module in modules:
        source = (ROOT / module).read_text(encoding="utf-8")
        assert "cached_property" not in source, f"{module}: cached_property does not cache once compiled"


def test_compiled_modules_type_check():
    pytest.importorskip("mypy", reason="mypy is in the test extra: pip install -e '.[test]'")
    run = subprocess.run([sys.executable, "-m", "mypy", *compiled_modules()], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_compiled_modules_translate_to_c(tmp_path):
    """mypyc's own checks go beyond mypy's (it compiles no string literal holding a surrogate code point,
    which had broken the build): its C code generation runs here, in a temporary directory (~12 s); the C
    compiler, the slow part of an install, does not."""
    pytest.importorskip("mypyc", reason="mypyc ships with mypy, in the test extra: pip install -e '.[test]'")
    script = (
        "import sys\n"
        "from mypyc.build import mypycify\n"
        "mypycify(['--ignore-missing-imports', *sys.argv[2:]], opt_level='3', target_dir=sys.argv[1])\n"
    )
    run = subprocess.run([sys.executable, "-c", script, str(tmp_path), *compiled_modules()], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
