"""Build the one-folder bundle and prove it starts: ``python packaging/build.py``.

Writes dist/DapodikLokal/, runs ``DapodikLokal --self-test`` offscreen (which also
starts the bundle's reference server and syncs the demo school with it on loopback)
and prints the bundle's size. On Windows, compile the installer afterwards with Inno Setup:
``iscc packaging\\installer.iss`` (Inno Setup 6 is not available on Linux).
"""

import os
import signal
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "DapodikLokal"


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def write_version_info() -> None:
    """The Windows version resource, from the package version."""
    parts = [int(p) for p in version().split(".")] + [0]
    numbers = tuple(parts[:4])
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}),
  kids=[StringFileInfo([StringTable('041004B0', [
    StringStruct('CompanyName', 'Dapodik Lokal'),
    StringStruct('FileDescription', 'Dapodik Lokal'),
    StringStruct('FileVersion', '{version()}'),
    StringStruct('ProductName', 'Dapodik Lokal'),
    StringStruct('ProductVersion', '{version()}')])]),
    VarFileInfo([VarStruct('Translation', [0x0421, 1200])])]
)"""
    (ROOT / "build").mkdir(exist_ok=True)
    (ROOT / "build" / "version_info.txt").write_text(text, encoding="utf-8")


def build() -> None:
    write_version_info()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "packaging" / "dapodik_lokal.spec"),
        ],
        cwd=ROOT,
        check=True,
    )


# The self-test takes seconds; a hung step must fail the build, not stall it.
SELF_TEST_TIMEOUT_S = 120


def self_test() -> int:
    exe = DIST / ("DapodikLokal.exe" if sys.platform == "win32" else "DapodikLokal")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # Its own session, so that a timeout also ends the reference server it started.
    with subprocess.Popen([str(exe), "--self-test"], env=env, start_new_session=True) as test:
        try:
            return test.wait(SELF_TEST_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            if sys.platform == "win32":
                test.kill()
            else:
                os.killpg(test.pid, signal.SIGKILL)
            print(f"self-test did not finish within {SELF_TEST_TIMEOUT_S} s")
            return 1


def size_mib(folder: Path) -> float:
    """Bytes on disk: on Linux the bundle links some Qt libraries to PySide6's copies,
    and following those links would count them twice."""
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 2**20


if __name__ == "__main__":
    build()
    code = self_test()
    print(f"bundle {DIST.relative_to(ROOT)}: {size_mib(DIST):.0f} MiB, self-test exit {code}")
    sys.exit(code)
