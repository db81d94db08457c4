"""Refresh the translation files after changing user-visible text.

Collects every tr()/translate()/QT_TRANSLATE_NOOP string of app/ and of the
core dapodik/ (whose messages reach the client's screen) into
resources/translations/dapodik_en.ts (keeping existing translations), then
compiles it to the .qm the app loads. New strings arrive "unfinished": translate
them in Qt Linguist (pyside6-linguist) or in the .ts file, then run this again.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "dapodik_en.ts"
# Qt's own texts (file dialogs, standard buttons, text menus) in Indonesian: Qt
# ships none. Kept by hand (their sources are Qt's), compiled here with ours.
QT_TS = ROOT / "resources" / "translations" / "qtbase_id.ts"


def tool(name: str) -> Path:
    """A Qt tool installed with PySide6 into this Python's environment. Found next
    to ``sys.executable``, never on PATH: a PATH that happens to hold another copy
    would hide a missing set-up step."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(
        f"{name} tidak ada di {folder}: pasang proyek ke lingkungan ini (pip install -e .)"
    )


# Folders whose marked strings the client shows.
SOURCE_FOLDERS = ("app", "dapodik")


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT)) for folder in SOURCE_FOLDERS for p in (ROOT / folder).rglob("*.py")
    )


def update(ts: Path = TS) -> None:
    subprocess.run(
        [
            str(tool("pyside6-lupdate")),
            *sources(),
            "-source-language",
            "id_ID",
            "-target-language",
            "en_GB",
            "-no-obsolete",
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def release(ts: Path = TS) -> None:
    subprocess.run(
        [str(tool("pyside6-lrelease")), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


if __name__ == "__main__":
    update()
    release()
    release(QT_TS)
    unfinished = TS.read_text(encoding="utf-8").count('type="unfinished"')
    print(f"{TS.relative_to(ROOT)}: {unfinished} belum diterjemahkan")
    sys.exit(1 if unfinished else 0)
