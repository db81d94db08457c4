"""The main window on the demo school: every tab opens, tables load, search,
sort and the Referensi chooser work, and bad databases get a clear message."""

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt
from PySide6.QtWidgets import QLabel

from app.ui.main_window import SCREEN_MARGIN, MainWindow, opening_size
from app.ui.pages import BerandaPage, ReferensiPage, SarprasPage
from app.ui.start import open_or_create_default
from app.ui.table_page import TablePage
from app.ui.translations import install_translator, remove_translator
from tests.gui.hands import Operator


def _loaded(qtbot, page: TablePage) -> TablePage:
    if page.model.rowCount() == 0:
        with qtbot.waitSignal(page.model.loaded, timeout=5000):
            pass
    return page


def _labels(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_every_tab_opens(qtbot, window):
    for key in window.tab_keys():
        page = window.show_tab(key)
        assert page.isVisible()
        for table in page.findChildren(TablePage) + ([page] if isinstance(page, TablePage) else []):
            qtbot.waitUntil(lambda t=table: t.count.text() != "Memuat…", timeout=5000)


def test_beranda_shows_identity_and_counts(window):
    page = window.show_tab("beranda")
    assert isinstance(page, BerandaPage)
    text = " ".join(_labels(page))
    assert "SD Negeri Sukamaju 1" in text and "20219001" in text
    assert "180" in text and "Kec. Soreang" in text


def test_peserta_didik_table_lists_every_student(qtbot, window):
    page = _loaded(qtbot, window.show_tab("peserta_didik"))
    model = page.model
    assert model.rowCount() == 180
    assert page.count.text() == "180 baris"
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == sorted(names)


def test_search_narrows_and_clearing_restores(qtbot, window):
    page = _loaded(qtbot, window.show_tab("peserta_didik"))
    target = page.model.index(5, 2).data()  # a NISN
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        qtbot.keyClicks(page.search, target)
    assert page.model.rowCount() >= 1
    assert all(target in page.model.index(r, 2).data() for r in range(page.model.rowCount()))
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.search.clear()
    assert page.model.rowCount() == 180


def test_header_click_sorts_descending(qtbot, window):
    page = _loaded(qtbot, window.show_tab("ptk"))
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.view.sortByColumn(0, Qt.DescendingOrder)
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert names == sorted(names, reverse=True) and len(names) == 12


def test_sarpras_has_a_table_per_kind(qtbot, window):
    page = window.show_tab("sarpras")
    assert isinstance(page, SarprasPage)
    assert [page.tabText(i) for i in range(page.count())] == ["Tanah", "Bangunan", "Ruang", "Alat"]
    ruang = _loaded(qtbot, page.widget(2))
    assert ruang.model.rowCount() == 17


def test_referensi_switches_tables(qtbot, window):
    page = window.show_tab("referensi")
    assert isinstance(page, ReferensiPage)
    page.chooser.setCurrentIndex(page.chooser.findData("ref_agama"))
    table = _loaded(qtbot, page.table)
    assert table.model.rowCount() == 8
    assert not table.search.isEnabled() or table.model.listing.search == ("nama",)


def test_referensi_and_rombel_speak_the_operators_language(qtbot, window):
    op = Operator(qtbot)
    op.click_item("Referensi", window.nav)
    page = window.pages["referensi"]
    op.choose(page.chooser, "Agama")
    table = _loaded(qtbot, page.table)
    headers = [table.model.headerData(c, Qt.Horizontal) for c in range(table.model.columnCount())]
    assert headers == ["Kode", "Nama", "Tidak berlaku sejak"]
    assert not any(page.chooser.itemText(i).startswith("ref_") for i in range(page.chooser.count()))
    op.click_item("Rombongan Belajar", window.nav)
    rombel = _loaded(qtbot, window.pages["rombongan_belajar"].currentWidget())
    semester = [c.key for c in rombel.model.listing.columns].index("semester")
    assert rombel.model.index(0, semester).data() == "2026/2027 Ganjil"


def test_jadwal_names_the_days(qtbot, window):
    page = _loaded(qtbot, window.show_tab("jadwal"))
    days = {page.model.index(r, 1).data() for r in range(page.model.rowCount())}
    assert days <= {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"} and "Senin" in days


def test_listing_model_passes_qt_model_checks(qtbot, qtmodeltester, window):
    page = _loaded(qtbot, window.show_tab("nilai"))
    qtmodeltester.check(page.model, force_py=True)


def test_last_tab_is_remembered(qtbot, small_db):
    QSettings().clear()
    first = MainWindow(small_db)
    qtbot.addWidget(first)
    first.show_tab("ptk")
    first.close()
    second = MainWindow(small_db)
    qtbot.addWidget(second)
    assert second.nav.currentRow() == second.tab_keys().index("ptk")


def test_english_translation_is_used_when_chosen(qtbot, small_db):
    app = QCoreApplication.instance()
    translator = install_translator(app, "en")
    try:
        assert translator is not None
        w = MainWindow(small_db)
        qtbot.addWidget(w)
        assert w.nav.item(0).text() == "Home"
        assert w.nav.item(w.tab_keys().index("peserta_didik")).text() == "Students"
    finally:
        remove_translator(app, translator)


def test_settings_dialog_stores_the_language(qtbot, window):
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.db, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert QSettings().value("language") == "en"
    QSettings().remove("language")


def test_settings_refuse_a_bad_server_address_and_keep_what_was_typed(qtbot, window, tmp_path):
    from app import domain_settings
    from app.sync.backup import backup_folder
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.db, window)
    qtbot.addWidget(dialog)
    dialog.server.setText("dapo.contoh.go.id")
    dialog.backup.setText(str(tmp_path))
    dialog.accept()
    assert "http://" in dialog.error.text() and dialog.server.text() == "dapo.contoh.go.id"
    assert domain_settings.load(window.db).server == ""
    dialog.server.setText("http://127.0.0.1:8765/")
    dialog.accept()
    assert domain_settings.load(window.db) == domain_settings.DomainSettings(
        "http://127.0.0.1:8765", str(tmp_path)
    )
    assert backup_folder(window.db.path) == tmp_path


def test_a_file_that_is_not_a_database_gets_a_message(qtbot, tmp_path, launch):
    bad = tmp_path / "rapor.sqlite"
    bad.write_text("bukan basis data")
    op = Operator(qtbot)
    startup = launch(bad)
    op.window("Basis data tidak dapat dibuka")
    op.sees("bukan basis data Dapodik Lokal")
    with qtbot.waitSignal(startup.ended) as ended:
        op.click("Tutup")
    assert ended.args == [2]
    assert bad.read_text() == "bukan basis data"


def test_first_start_creates_the_demo_school(isolated_user_dirs):
    db = open_or_create_default(None)
    try:
        assert db.path == (isolated_user_dirs / "dapodik.sqlite").resolve()
        from app.db.summary import has_school

        assert has_school(db)
    finally:
        db.close()


def test_a_second_start_on_the_same_database_defers_to_the_first(qtbot, tmp_path):
    from app.ui.single_instance import SingleInstance

    first = SingleInstance(tmp_path / "x.sqlite")
    assert first.claim()
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert not SingleInstance(tmp_path / "x.sqlite").claim()
    assert SingleInstance(tmp_path / "other.sqlite").claim()


def test_an_unexpected_error_is_logged_and_explained(qtbot, tmp_path, monkeypatch):
    import sys
    import threading

    from app.ui.crash import install_exception_hook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_exception_hook(tmp_path / "dapodik-lokal.log")
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        error = sys.exc_info()
    worker = threading.Thread(target=sys.excepthook, args=error)
    worker.start()
    worker.join()  # a dialog on a worker thread would crash the app: only logged
    op = Operator(qtbot)
    shown = []

    def read_and_close(hands, _dialog):
        shown.append(hands.sees("tidak hilang").text())
        hands.click("Tutup")

    with op.answering("Terjadi kesalahan", read_and_close):
        sys.excepthook(*error)
    assert len(shown) == 1 and "dapodik-lokal.log" in shown[0]


def test_a_validation_result_jumps_to_its_record(qtbot, window, small_demo_file):
    report = small_demo_file[1]
    bad_student = next(i for i in report.deliberate if i.code == "PD-NIK-01")
    window.open_record(bad_student.table, bad_student.row_id)
    page = window.pages["peserta_didik"]
    qtbot.waitUntil(lambda: page.view.selectionModel().hasSelection(), timeout=5000)
    row = page.view.selectionModel().selectedRows()[0].row()
    assert page.model.row_id(row) == bad_student.row_id
    window.open_record("ruang", next(i.row_id for i in report.deliberate if i.table == "ruang"))
    assert window.pages["sarpras"].currentIndex() == 2


def test_the_main_window_fits_a_1366x768_laptop_screen(qtbot, window):
    op = Operator(qtbot)
    for row in range(window.nav.count()):
        op.click_item(window.nav.item(row).text(), window.nav)
    # Every page built: none may make the window wider or taller than such a screen
    # leaves room for (its panel, the title bar and the frame).
    smallest = window.minimumSizeHint()
    assert smallest.width() <= 1024 and smallest.height() <= 768 - SCREEN_MARGIN
    assert opening_size(QSize(1366, 728)) is None  # maximized there
    assert opening_size(QSize(1920, 1040)) == QSize(1280, 800)


def test_the_active_semester_stays_in_the_status_bar_after_a_menu_is_read(qtbot, window):
    op = Operator(qtbot)
    op.sees("Semester aktif: 2026/2027 Ganjil")
    op.menu_items(window, "Pengaturan")
    op.sees("Semester aktif: 2026/2027 Ganjil")


def test_a_tabs_shortcuts_work_right_after_the_tab_is_chosen(qtbot, window):
    op = Operator(qtbot)
    op.click_item("Peserta Didik", window.nav)
    page = window.pages["peserta_didik"]
    qtbot.waitUntil(lambda: page.count.text() != "Memuat…", timeout=5000)
    assert window.nav.hasFocus()
    op.press(Qt.Key_N, Qt.ControlModifier)
    form = op.window("Tambah Peserta Didik")
    op.escape()
    op.gone(form)
    op.click_item("GTK", window.nav)  # another tab: its own Tambah, not the students'
    op.press(Qt.Key_N, Qt.ControlModifier)
    op.window("Tambah GTK")
