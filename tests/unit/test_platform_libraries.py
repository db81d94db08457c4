"""On a Linux desktop without the X libraries of Qt's xcb plugin, ``python -m app``
names the packages to install and exits 2 instead of Qt's abort."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.ui import app as gui
from app.ui import platform_libraries

ROOT = Path(__file__).resolve().parents[2]
HIDDEN = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0"}
SESSION_VARIABLES = ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")


class Loader:
    """ctypes.CDLL on a system missing some libraries; records what was asked."""

    def __init__(self, missing: set[str]) -> None:
        self.missing = missing
        self.asked: list[str] = []

    def __call__(self, name: str):
        self.asked.append(name)
        if name in self.missing:
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")
        return object()


@pytest.fixture
def desktop(monkeypatch):
    """A Linux X11 desktop session with nothing forced; returns its loader."""
    for name in SESSION_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(sys, "platform", "linux")
    loader = Loader(HIDDEN)
    monkeypatch.setattr(platform_libraries.ctypes, "CDLL", loader)
    return loader


def test_missing_libraries_are_named_with_their_packages_before_qt_starts(
    desktop, monkeypatch, capsys, isolated_user_dirs
):
    def qt_started(_argv):
        raise AssertionError("the application object was created")

    monkeypatch.setattr(gui, "create_application", qt_started)
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "pustaka sistem yang diperlukan Qt" in err and "Qt needs" in err
    for library in HIDDEN:
        assert library in err
    (command,) = re.findall(r"^ +sudo apt-get install (.+)$", err, re.MULTILINE)
    assert sorted(command.split()) == ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"]
    assert not isolated_user_dirs.exists()  # no demo school made, no log started


def test_every_library_of_the_plugin_is_asked_for_and_none_missing_passes(desktop):
    desktop.missing = set()
    assert platform_libraries.missing_libraries() == []
    assert desktop.asked == list(platform_libraries.XCB_PLUGIN_LIBRARIES)


@pytest.mark.parametrize(
    ("platform", "variables"),
    [
        ("win32", {"DISPLAY": ":0"}),
        ("darwin", {"DISPLAY": ":0"}),
        ("linux", {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}),
        ("linux", {"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}),
        ("linux", {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}),
        ("linux", {"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}),
        ("linux", {}),
        ("linux", {"QT_QPA_PLATFORM": "xcb"}),
    ],
)
def test_nothing_is_checked_where_qt_will_not_use_xcb(desktop, monkeypatch, platform, variables):
    monkeypatch.delenv("DISPLAY")
    monkeypatch.setattr(sys, "platform", platform)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert platform_libraries.missing_libraries() == []
    assert desktop.asked == []


def test_forcing_xcb_on_a_wayland_desktop_is_checked(desktop, monkeypatch):
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert set(platform_libraries.missing_libraries()) == HIDDEN


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("ldd"), reason="Linux with ldd"
)
def test_the_list_covers_the_x_libraries_of_the_installed_plugin():
    """A PySide6 upgrade that links the plugin to another X library fails here."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    listed = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True)
    needed = set(
        re.findall(r"^\s*(lib(?:xcb|X11|xkbcommon)[\w.+-]*\.so\.\d+)", listed.stdout, re.M)
    )
    assert needed and needed <= set(platform_libraries.XCB_PLUGIN_LIBRARIES)


def test_the_readme_installs_every_package_of_the_plugin():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    installed = {
        package
        for line in re.findall(r"sudo apt-get install (.+)", readme)
        for package in line.split()
    }
    assert set(platform_libraries.XCB_PLUGIN_LIBRARIES.values()) <= installed
