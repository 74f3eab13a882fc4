"""What the CLDR import scripts share: their command line, and Babel, which ships CLDR's data.

Babel is needed only to regenerate the shipped files (``pip install babel``), not to use toponyms.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def out_path(doc: str, default: Path, argv: list[str] | None) -> Path:
    """The ``-o/--out`` file of an import script whose docstring is ``doc`` (default ``default``)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("-o", "--out", type=Path, default=default)
    return ap.parse_args(argv).out


def require_babel() -> str:
    """``CLDR <version> via Babel <version>``, for the written file's header; exit 2 without Babel."""
    try:
        import babel
        from babel.core import get_cldr_version
    except ImportError:
        sys.exit("needs Babel: pip install babel")
    return f"CLDR {get_cldr_version()} via Babel {babel.__version__}"
