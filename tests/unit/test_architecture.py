"""House rules that a reviewer would otherwise have to remember."""

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import update_translations  # noqa: E402


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_qt_is_imported_only_in_app_ui():
    offenders = [
        str(p.relative_to(ROOT))
        for folder in ("app", "server", "dapodik")
        for p in (ROOT / folder).rglob("*.py")
        if "PySide6" in _imports(p) and (ROOT / "app" / "ui") not in p.parents
    ]
    assert offenders == []


def test_headless_modules_load_without_qt():
    code = (
        "import sys, app.cli, dapodik.demo.school, app.db.listing; "
        "sys.exit('PySide6' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


# Imports every module of these packages, then names what else got loaded.
LOADED_BY = """
import importlib, pkgutil, sys
for package in sys.argv[1:]:
    for module in pkgutil.walk_packages(importlib.import_module(package).__path__, package + "."):
        if ".migrations.env" not in module.name:  # Alembic runs it, inside a migration
            importlib.import_module(module.name)
print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] in ("app", "server", "PySide6"))))
"""


def _loaded_by(*packages: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", LOADED_BY, *packages],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return set(done.stdout.split())


def test_the_centre_loads_no_client_module_and_no_qt():
    loaded = _loaded_by("server")
    assert "server.app" in loaded
    assert {m for m in loaded if m.split(".")[0] != "server"} == set()


def test_the_core_loads_neither_the_client_nor_the_centre_nor_qt():
    assert _loaded_by("dapodik") == set()


def _require_tool(name: str) -> Path:
    """In CI a missing tool is a failure: a skip there would hide a set-up step."""
    try:
        return update_translations.tool(name)
    except FileNotFoundError as exc:
        if os.environ.get("CI"):
            pytest.fail(str(exc))
        pytest.skip(str(exc))


def test_the_import_contracts_hold():
    """The borders of pyproject.toml's [tool.importlinter]: the core imports neither
    program, the centre never the client, the client never the centre, app.db no
    feature package, and no import circles."""
    done = subprocess.run(
        [str(_require_tool("lint-imports")), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_translation_tools_come_from_this_environment_not_path(monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    _require_tool("pyside6-lupdate")
    assert update_translations.tool("pyside6-lupdate").parent == Path(sys.executable).parent


def test_every_user_visible_string_has_an_english_translation(tmp_path):
    _require_tool("pyside6-lupdate")
    ts = tmp_path / "dapodik_en.ts"
    shutil.copy(update_translations.TS, ts)
    update_translations.update(ts)
    text = ts.read_text(encoding="utf-8")
    assert text.count("<message") > 100
    assert 'type="unfinished"' not in text, "run scripts/update_translations.py and translate"


@pytest.mark.parametrize("source", [update_translations.TS, update_translations.QT_TS])
def test_compiled_translation_matches_its_source(tmp_path, source):
    _require_tool("pyside6-lrelease")
    ts = tmp_path / source.name
    shutil.copy(source, ts)
    update_translations.release(ts)
    assert ts.with_suffix(".qm").read_bytes() == source.with_suffix(".qm").read_bytes()
