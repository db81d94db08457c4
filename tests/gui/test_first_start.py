"""The first start, as a newcomer follows the README: the wizard, the demo school,
the login dialog, Beranda."""

import pytest

from tests.gui.hands import Operator

DEMO = "Lihat sekolah demo dulu (tanpa server)"


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
