"""Shared fixtures: the real default gazetteer, compiled once per test session.

The index is cached under ``$TOPONYMS_CACHE_DIR`` (or the user cache dir), so
a test run after the first reuses it; tests that build their own small
gazetteers point ``TOPONYMS_CACHE_DIR`` at a temporary directory.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from toponyms import Gazetteer
from toponyms.config import shipped_gazetteer


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.fixture()
def gazetteer_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped curated layer, to break on purpose."""
    dest = tmp_path / "gazetteer"
    shutil.copytree(shipped_gazetteer(), dest)
    return dest


def pytest_configure(config):
    config.addinivalue_line("markers", "issue(n): regression test for the numbered issue")
