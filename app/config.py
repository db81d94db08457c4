"""Where the app keeps its files, and the defaults it starts with."""

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "DapodikLokal"
# Given first to the bundle's program, it runs the reference server instead of the
# GUI (packaging/entry.py): the bundle has no Python to run ``-m server`` with.
REFERENCE_SERVER_ARGUMENT = "--reference-server"
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


def staging_dir() -> Path:
    """Where a registration keeps the prefill it downloads (app.accounts.registration);
    emptied at every start of the app."""
    return data_dir() / "pendaftaran"


def reference_server_command(*args: str) -> list[str]:
    """The command line of ``python -m server ARGS``: this Python from source, the
    bundle's own program when frozen by PyInstaller (``sys.executable`` is then
    DapodikLokal itself). ``app`` starts the server as a process, never imports it."""
    if getattr(sys, "frozen", False):
        return [sys.executable, REFERENCE_SERVER_ARGUMENT, *args]
    return [sys.executable, "-m", "server", *args]
