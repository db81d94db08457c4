"""Shared fixtures. Qt runs offscreen, on a screen the size of the operators'
laptops (1366x768); every test gets its own data folder and settings, so nothing
touches the user's real files."""

import os
import shutil
from pathlib import Path

if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    LAPTOP_SCREEN = Path(__file__).with_name("laptop_screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={LAPTOP_SCREEN}"

import keyring  # noqa: E402
import keyring.backend  # noqa: E402
import pytest  # noqa: E402

from app.db.engine import open_database  # noqa: E402
from dapodik.demo.school import build_demo  # noqa: E402


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """While pytest-qt closes a test's windows, answer any question they ask
    ("Simpan perubahan?", "Tutup Sinkronisasi?") with its escape button: a test
    that failed halfway must end, not wait for an operator."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    timer = None
    if QApplication.instance() is not None:
        timer = QTimer()
        timer.setInterval(20)

        def dismiss() -> None:
            for window in QApplication.topLevelWidgets():
                if isinstance(window, QMessageBox) and window.isVisible():
                    window.reject()

        timer.timeout.connect(dismiss)
        timer.start()
    yield
    if timer is not None:
        timer.stop()


@pytest.fixture(autouse=True)
def qt_texts_in_indonesian(request):
    """Qt's own texts (file dialogs, standard buttons) in Indonesian, as the app
    installs them at start, for every test that shows widgets."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    from app.ui.translations import install_translator, remove_translator

    app = request.getfixturevalue("qapp")
    translator = install_translator(app, "id")
    yield
    remove_translator(app, translator)


@pytest.fixture(scope="session", autouse=True)
def isolated_qt_settings(tmp_path_factory):
    """QSettings of the tests live in a temporary folder, never the user's."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("DapodikLokalTests")
    QCoreApplication.setApplicationName("DapodikLokalTests")
    folder = str(tmp_path_factory.mktemp("qsettings"))
    for fmt in (QSettings.NativeFormat, QSettings.IniFormat):
        QSettings.setPath(fmt, QSettings.UserScope, folder)


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path, monkeypatch):
    data = tmp_path / "userdata"
    monkeypatch.setenv("DAPODIK_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return data


def _demo_file(tmp_path_factory, size: str, valid: bool = False):
    path = tmp_path_factory.mktemp(f"demo-{size}") / "demo.sqlite"
    db = open_database(path)
    with db.engine.begin() as conn:
        report = build_demo(conn, size=size, valid=valid)
    db.close()
    return path, report


@pytest.fixture(scope="session")
def small_demo_file(tmp_path_factory):
    return _demo_file(tmp_path_factory, "small")


@pytest.fixture(scope="session")
def large_demo_file(tmp_path_factory):
    return _demo_file(tmp_path_factory, "large")


@pytest.fixture
def small_db(small_demo_file, tmp_path):
    """A private copy of the small demo school, free to change."""
    path = tmp_path / "small.sqlite"
    shutil.copy(small_demo_file[0], path)
    db = open_database(path)
    yield db
    db.close()


@pytest.fixture
def large_db(large_demo_file):
    """The shared large demo school: read it, don't change it."""
    db = open_database(large_demo_file[0])
    yield db
    db.close()


@pytest.fixture
def window(qtbot, small_db):
    """The main window on a private copy of the small demo school, with fresh settings."""
    from PySide6.QtCore import QSettings

    from app.ui.main_window import MainWindow

    QSettings().clear()
    w = MainWindow(small_db)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def empty_db(tmp_path):
    db = open_database(tmp_path / "empty.sqlite")
    yield db
    db.close()


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring test backend: secrets live in this object only."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
