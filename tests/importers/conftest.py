"""Fixtures for the importer tests: the sources in tests/data/imports, and a Slack export written fresh."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

DATA = Path(__file__).parent.parent / "data" / "imports"


def _maker():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_slack_export", DATA / "make_slack_export.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def slack_maker():  # type: ignore[no-untyped-def]
    """tests/data/imports/make_slack_export.py, which writes a Slack export in Slack's layout."""
    return _maker()


@pytest.fixture
def data() -> Path:
    return DATA
