"""The Cetak menus as an operator uses them: a click on Cetak, a printout from
the menu, what it asks, and the preview it opens, saved as PDF from there."""

from datetime import date

import pytest
from pdf_support import pdf_page_size, pdf_text
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QMessageBox, QWizard

from app.cetak.dates import indonesian_date
from app.cetak.jenis import build
from app.cetak.request import Request
from app.ui.cetak import PrintPreview, RombelChoice
from app.ui.sinkronisasi import LembarKonfirmasiPage


def _choose(qtbot, button, title: str):
    """Click Cetak and, in the menu that drops down, the printout named ``title``;
    the dialog it opens."""

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        action = next(a for a in menu.actions() if a.text() == f"{title}…")
        QTest.mouseClick(menu, Qt.LeftButton, pos=menu.actionGeometry(action).center())

    QTimer.singleShot(0, pick)
    QTest.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: button.dialog is not None and button.dialog.isVisible())
    return button.dialog


def _laid_out(qtbot, preview: PrintPreview) -> PrintPreview:
    qtbot.waitUntil(lambda: preview.save_button.isEnabled(), timeout=20_000)
    return preview


def _save(qtbot, monkeypatch, preview: PrintPreview, path) -> str:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    QTest.mouseClick(preview.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: preview.status.text().startswith("Tersimpan"), timeout=20_000)
    return pdf_text(path)


def _students_page(qtbot, window):
    page = window.show_tab("peserta_didik")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    return page


def test_formulir_pd_of_the_selected_student_opens_in_its_preview(
    qtbot, monkeypatch, window, tmp_path
):
    page = _students_page(qtbot, window)
    rect = page.view.visualRect(page.model.index(2, 0))
    QTest.mouseClick(page.view.viewport(), Qt.LeftButton, pos=rect.center())
    nama = page.model.index(2, 0).data()
    preview = _laid_out(qtbot, _choose(qtbot, page.cetak, "Formulir Peserta Didik"))
    assert isinstance(preview, PrintPreview)
    assert preview.view.pageCount() == preview.pages.count >= 1
    text = _save(qtbot, monkeypatch, preview, tmp_path / "formulir.pdf")
    assert nama in text and "FORMULIR PESERTA DIDIK" in text
    assert f"Bandung, {indonesian_date(date.today())}" in text


def test_formulir_without_a_selected_row_says_to_choose_one(qtbot, window):
    page = _students_page(qtbot, window)
    message = _choose(qtbot, page.cetak, "Formulir Peserta Didik")
    assert isinstance(message, QMessageBox)
    assert "Pilih dahulu satu baris" in message.text()


def test_daftar_pd_asks_for_the_rombel(qtbot, monkeypatch, window, tmp_path):
    page = _students_page(qtbot, window)
    choice = _choose(qtbot, page.cetak, "Daftar Peserta Didik per Rombel")
    assert isinstance(choice, RombelChoice)
    assert choice.rombel.currentText() == "Semua rombel"
    QTest.keyClick(choice.rombel, Qt.Key_Down)
    QTest.keyClick(choice.rombel, Qt.Key_Down)  # Kelas 2
    assert choice.rombel.currentText() == "Kelas 2"
    QTest.mouseClick(_button(choice, "Pratinjau"), Qt.LeftButton)
    preview = _laid_out(qtbot, page.cetak.dialog)
    text = _save(qtbot, monkeypatch, preview, tmp_path / "daftar.pdf")
    assert "Kelas 2" in text and "Kelas 3" not in text and "Halaman 1 dari 1" in text


def test_absensi_of_a_chosen_month_is_landscape(qtbot, monkeypatch, window, tmp_path):
    page = _students_page(qtbot, window)
    choice = _choose(qtbot, page.cetak, "Absensi Peserta Didik")
    QTest.keyClick(choice.rombel, Qt.Key_Down)  # Kelas 1
    choice.month.setFocus()
    QTest.keyClick(choice.month, Qt.Key_Home)  # Januari
    choice.year.selectAll()
    QTest.keyClicks(choice.year, "2027")
    QTest.mouseClick(_button(choice, "Pratinjau"), Qt.LeftButton)
    preview = _laid_out(qtbot, page.cetak.dialog)
    pdf = tmp_path / "absensi.pdf"
    text = _save(qtbot, monkeypatch, preview, pdf)
    assert "Bulan Januari 2027" in text and "Kelas 1" in text
    width, height = pdf_page_size(pdf)
    assert width > height


def test_paper_f4_is_laid_out_again_and_remembered(qtbot, monkeypatch, window, tmp_path):
    page = window.show_tab("sekolah")
    preview = _laid_out(qtbot, _choose(qtbot, page.cetak, "Profil Sekolah"))
    assert preview.pages.paper == "a4"
    QTest.keyClick(preview.paper, Qt.Key_Down)
    assert preview.paper.currentText().startswith("F4")
    qtbot.waitUntil(lambda: preview.pages.paper == "f4" and preview.save_button.isEnabled())
    pdf = tmp_path / "profil.pdf"
    assert "PROFIL SEKOLAH" in _save(qtbot, monkeypatch, preview, pdf)
    assert pdf_page_size(pdf) == pytest.approx((609.45, 935.43), abs=0.5)
    assert QSettings().value("cetak/kertas") == "f4"


def test_gtk_tab_prints_the_rekap_mengajar(qtbot, window):
    page = window.show_tab("ptk")
    preview = _laid_out(qtbot, _choose(qtbot, page.main.cetak, "Rekap Mengajar GTK"))
    assert preview.view.pageCount() >= 1


def test_hasil_validasi_before_any_run_says_why_nothing_prints(qtbot, window):
    page = window.show_tab("validasi")
    preview = _choose(qtbot, page.cetak, "Hasil Validasi")
    qtbot.waitUntil(lambda: "belum pernah dijalankan" in preview.status.text(), timeout=10_000)
    assert not preview.save_button.isEnabled() and not preview.print_button.isEnabled()


def test_batal_stops_a_long_printout(qtbot, large_db):
    request = Request(date(2026, 12, 6))
    preview = PrintPreview(lambda: build(large_db, "daftar-pd", request), "Daftar Peserta Didik")
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.progress.cancel_button.isVisible(), timeout=10_000)
    QTest.mouseClick(preview.progress.cancel_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: preview.status.text() == "Dibatalkan.", timeout=20_000)
    assert preview.pages is None and not preview.save_button.isEnabled()


def test_lembar_konfirmasi_is_printed_on_the_letterhead(qtbot, monkeypatch, small_db, tmp_path):
    wizard = QWizard()
    page = LembarKonfirmasiPage(small_db)
    wizard.addPage(page)
    qtbot.addWidget(wizard)
    wizard.show()
    pdf = tmp_path / "lembar.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    QTest.mouseClick(_button(page, "Simpan PDF…"), Qt.LeftButton)
    text = pdf_text(pdf)
    assert "LEMBAR KONFIRMASI" in text and "SD NEGERI SUKAMAJU 1" in text
    assert "== Peserta Didik ==" in text  # the sheet as the wizard shows it
    assert "menyatakan bahwa data yang dikirim adalah benar" in " ".join(text.split())
    assert f"Bandung, {indonesian_date(date.today())}" in text and "NIP." in text
    QTest.mouseClick(_button(page, "Cetak…"), Qt.LeftButton)
    preview = page.findChild(PrintPreview)
    assert preview.isVisible() and "Lembar Konfirmasi" in preview.windowTitle()
    assert _laid_out(qtbot, preview).pages.count >= 1


def _button(widget, text: str) -> QAbstractButton:
    return next(b for b in widget.findChildren(QAbstractButton) if b.text() == text)
