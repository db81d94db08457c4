"""The system libraries of Qt's X11 platform plugin, checked before Qt starts on Linux.

The PySide6 wheel carries Qt but not the X libraries its xcb plugin links to. A
desktop without one of them (libxcb-cursor0 on Ubuntu; libxcb-icccm4 and
libxcb-keysyms1 on a fresh Debian) makes Qt abort with "could not load the Qt
platform plugin xcb", naming no package. This check names the packages instead.
Plain Python: it runs before any Qt object exists, and Windows and macOS skip it.
"""

import ctypes
import os
import sys

# What ``readelf -d`` lists as NEEDED for PySide6 6.11's plugins/platforms/libqxcb.so
# and lib/libQt6XcbQpa.so.6 (Qt's own and the C runtime's libraries left out), each
# with its Debian/Ubuntu package (``dpkg -S`` on Debian 12).
XCB_PLUGIN_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}


def qt_will_use_xcb() -> bool:
    """True on Linux when Qt will open its window through X11: forced with
    QT_QPA_PLATFORM=xcb, or by default on an X display outside a Wayland session
    (there Qt tries its wayland plugin first)."""
    if not sys.platform.startswith("linux") or not os.environ.get("DISPLAY"):
        return False
    forced = os.environ.get("QT_QPA_PLATFORM")
    if forced:
        return forced == "xcb"
    wayland = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("XDG_SESSION_TYPE") == "wayland"
    return not wayland


def _loads(library: str) -> bool:
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def missing_libraries() -> list[str]:
    """The xcb plugin's libraries this system cannot load; none when Qt will not use it."""
    if not qt_will_use_xcb():
        return []
    return [library for library in XCB_PLUGIN_LIBRARIES if not _loads(library)]


def missing_libraries_message(libraries: list[str]) -> str:
    """For the terminal, before Qt (and its translations) exists: Indonesian, then
    English, then the one command that installs what is missing."""
    names = ", ".join(libraries)
    packages = " ".join(XCB_PLUGIN_LIBRARIES[library] for library in libraries)
    return (
        f"Dapodik Lokal tidak dapat membuka jendelanya: pustaka sistem yang diperlukan Qt "
        f"untuk tampilan X11 belum terpasang ({names}).\n"
        f"Pasang paket berikut (Debian/Ubuntu), lalu jalankan aplikasi lagi.\n\n"
        f"Dapodik Lokal cannot open its window: system libraries that Qt needs for the "
        f"X11 display are not installed ({names}).\n"
        f"Install these packages (Debian/Ubuntu), then start the app again.\n\n"
        f"    sudo apt-get install {packages}\n"
    )
