"""Where the app keeps its files, and the defaults it starts with."""

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "DapodikLokal"
_dirs = PlatformDirs(APP_NAME, appauthor=False)


def data_dir() -> Path:
    """The user data folder; ``DAPODIK_DATA_DIR`` overrides it (tests, portable use)."""
    override = os.environ.get("DAPODIK_DATA_DIR")
    return Path(override) if override else Path(_dirs.user_data_dir)


def log_dir() -> Path:
    override = os.environ.get("DAPODIK_DATA_DIR")
    return Path(override) / "logs" if override else Path(_dirs.user_log_dir)


def default_database_path() -> Path:
    return data_dir() / "dapodik.sqlite"


def resources_dir() -> Path:
    # In a PyInstaller bundle the resources sit beside the app package in _internal.
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return base / "resources"
