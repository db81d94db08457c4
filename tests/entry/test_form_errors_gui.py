"""Every form refused empty: each field's message is shown whole under it, however
short the field (a combo box) and however long the message."""

import pytest

from app.entry.forms import FORMS
from app.ui.record_form import RecordForm
from tests.gui.hands import Operator


@pytest.mark.parametrize("key", sorted(k for k, spec in FORMS.items() if spec.leave is None))
def test_every_message_of_a_refused_form_is_shown_whole(qtbot, small_db, key):
    form = RecordForm(small_db, FORMS[key])
    qtbot.addWidget(form)
    form.open()
    op = Operator(qtbot)
    op.window(form.windowTitle())
    op.click("Simpan")
    pages = form.tabs.count() if form.tabs is not None else 1
    for page in range(pages):
        if form.tabs is not None:
            op.open_tab(form.tabs.tabText(page))
        for error in form.errors.values():
            if error.isVisible() and error.text():
                op.readable(error)
