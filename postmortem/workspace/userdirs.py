"""Where Postmortem Studio keeps its own files (never beside the writer's)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "postmortem-studio"
DATA_ENV = "POSTMORTEM_STUDIO_DATA"


def data_dir() -> Path:
    """The per-user data folder; `POSTMORTEM_STUDIO_DATA` overrides it (tests, portable use)."""
    override = os.environ.get(DATA_ENV)
    return Path(override) if override else user_data_path(APP_NAME, appauthor=False)


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def versions_dir() -> Path:
    return data_dir() / "versions"
