"""No invalid result is a dead end: every rule of severity invalid names the form
(and its fields) or the action that clears it, and that form, field and action
exist in the app an operator sees."""

import pytest
from PySide6.QtWidgets import QPushButton

from app.entry.forms import FORMS
from app.ui.table_page import TablePage
from app.validation.fixes import ADD, DELETE, EDIT, FIXES
from app.validation.rule import INVALID
from app.validation.rules import ALL_RULES

INVALID_CODES = sorted(rule.code for rule in ALL_RULES if rule.severity == INVALID)
# Tabs that hold data forms; the Sekolah tab has its own buttons rather than a table.
DATA_TABS = ("sarpras", "peserta_didik", "ptk", "rombongan_belajar", "pembelajaran", "jadwal")
SEKOLAH_BUTTONS = {"sekolah": "edit_button", "sekolah_periodik": "periodik_button"}
TABLE_ACTIONS = {ADD: "Tambah", EDIT: "Ubah", DELETE: "Hapus"}


def test_every_invalid_rule_says_where_it_is_fixed():
    assert [code for code in INVALID_CODES if code not in FIXES] == []
    assert sorted(set(FIXES) - set(INVALID_CODES)) == []  # no entry outlives its rule
    assert all(FIXES[code] for code in INVALID_CODES)


@pytest.mark.parametrize("code", INVALID_CODES)
def test_each_fix_names_fields_of_a_real_form(code):
    for fix in FIXES[code]:
        spec = FORMS[fix.form]
        # Hapus on Peserta Didik and GTK asks why and when they left: the leave form.
        fields = spec.leave.fields if fix.action == DELETE and spec.leave else spec.fields
        assert set(fix.fields) <= {f.key for f in fields}, (code, fix)
        assert fix.action in TABLE_ACTIONS and (fix.action != ADD or spec.adds), (code, fix)


def _tables(window) -> dict[str, TablePage]:
    """Every data table of the window, by its form, as the operator can open them."""
    for tab in (*DATA_TABS, "nilai"):
        window.show_tab(tab)
    return {page.spec.key: page for page in window.findChildren(TablePage) if page.spec is not None}


def test_each_fix_is_an_action_on_screen(qtbot, window):
    tables = _tables(window)
    sekolah = window.show_tab("sekolah")
    for code in INVALID_CODES:
        for fix in FIXES[code]:
            if fix.form in SEKOLAH_BUTTONS:
                button = getattr(sekolah, SEKOLAH_BUTTONS[fix.form])
                assert isinstance(button, QPushButton) and button.isEnabled(), (code, fix)
                continue
            page = tables[fix.form]
            texts = {a.text() for a in page.toolbar.actions() if a.isEnabled()}
            assert TABLE_ACTIONS[fix.action] in texts, (code, fix)
