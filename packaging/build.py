"""Build the one-folder bundle and prove it starts: ``python packaging/build.py``.

Writes dist/DapodikLokal/, runs ``DapodikLokal --self-test`` offscreen and prints
the bundle's size. On Windows, compile the installer afterwards with Inno Setup:
``iscc packaging\\installer.iss`` (Inno Setup 6 is not available on Linux).
"""

import os
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


def self_test() -> int:
    exe = DIST / ("DapodikLokal.exe" if sys.platform == "win32" else "DapodikLokal")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(exe), "--self-test"], env=env).returncode


def size_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


if __name__ == "__main__":
    build()
    code = self_test()
    print(f"bundle {DIST.relative_to(ROOT)}: {size_mib(DIST):.0f} MiB, self-test exit {code}")
    sys.exit(code)
