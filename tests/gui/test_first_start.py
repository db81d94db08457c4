"""The first start, as a newcomer follows the README: the wizard, the demo school,
the login dialog, Beranda."""

import pytest

from app.validation import engine as validation
from tests.gui.hands import Operator

DEMO = "Lihat sekolah demo dulu (tanpa server)"
VALID_DEMO = "Lihat sekolah demo tanpa kesalahan (untuk langsung mencoba Sinkronisasi)"


@pytest.mark.parametrize("finish", ["click Selesai", "press Enter"])
def test_the_demo_school_is_reached_from_the_first_start_wizard(qtbot, launch, finish):
    op = Operator(qtbot)
    startup = launch()
    op.window("Pendaftaran Sekolah")
    op.click(op.find(DEMO))
    if finish == "click Selesai":
        op.click("Selesai")
    else:
        op.enter()
    op.window("Masuk")
    op.sees("Ini sekolah demo.")
    op.click("Masuk")
    window = op.window("Beranda")
    assert window is startup.window
    op.sees("SD Negeri Sukamaju 1")


def _validated_demo(qtbot, op: Operator, choice: str):
    """From the first-start wizard to the demo ``choice``'s Beranda, then Validasi run."""
    op.window("Pendaftaran Sekolah")
    op.click(op.find(choice))
    op.enter()
    op.window("Masuk")
    op.click("Masuk")
    window = op.window("Beranda")
    op.click_item("Validasi", window.nav)
    op.click("Jalankan Validasi")
    qtbot.waitUntil(lambda: not window.pages["validasi"].is_busy(), timeout=30_000)
    return window


def test_the_demo_without_mistakes_can_be_chosen_to_try_a_sync(qtbot, launch):
    op = Operator(qtbot)
    startup = launch()
    _validated_demo(qtbot, op, VALID_DEMO)
    assert validation.counts(startup.db.engine).invalid == 0


def test_the_demo_with_mistakes_says_how_to_try_a_sync(qtbot, launch):
    op = Operator(qtbot)
    launch()
    window = _validated_demo(qtbot, op, DEMO)
    op.click_item("Sinkronisasi", window.nav)
    op.waits_to_see("Sekolah demo ini sengaja berisi kesalahan.")
    op.sees("python -m app demo --valid")
