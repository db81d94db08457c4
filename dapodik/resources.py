"""Where the shipped resources live: referensi CSV, PMP instruments, icons, translations."""

import sys
from pathlib import Path


def resources_dir() -> Path:
    # In a PyInstaller bundle the resources sit beside the packages in _internal.
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return base / "resources"
