"""The one form builder: a dialog for any ``FormSpec`` of ``app.entry.forms``.

Each field kind has one small editor widget with ``value()``, ``set_value()`` and
a ``changed`` signal. Checks run as the operator types and show under the field
that failed; a refused save (a failed check or a database error) keeps every
typed value in place.
"""

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ..db.engine import Database
from ..entry import store
from ..entry.fields import Field, Problem, Unlisted
from ..entry.forms import FormSpec
from ..entry.options import WILAYAH_LEVELS, Option, options, wilayah_children, wilayah_path
from .dialogs import SAVE, STAY, ask_to_save
from .translations import interface_locale

LONG_LIST = 30  # choices longer than this can be typed into, with completion
ERROR_COLOR = "#b00020"
ERROR_STYLE = f"color: {ERROR_COLOR};"
MIN_WIDTH = 480  # short forms too leave room for a field's error message


def tr_entry(text: str) -> str:
    return QCoreApplication.translate("Entry", text)


def option_label(option: Option) -> str:
    return tr_entry(option.label) if option.marked else option.label


class LineEditor(QLineEdit):
    changed = Signal()

    def __init__(self, f: Field):
        super().__init__()
        if f.kind == "digits" and f.length:
            self.setMaxLength(f.length + 2)  # room to see a mistake, not to paste an essay
        elif f.length:
            self.setMaxLength(f.length + 1)
        self.textChanged.connect(self.changed)

    def value(self):
        return self.text()

    def set_value(self, value) -> None:
        self.setText("" if value is None else _plain(value))


def _plain(value) -> str:
    text = str(value)
    return text[:-3] if text.endswith(".00") else text


class DateEditor(QWidget):
    """A typed date (HH-BB-TTTT) that may stay empty, with a calendar to pick from."""

    changed = Signal()

    def __init__(self, f: Field):
        super().__init__()
        self.line = QLineEdit()
        self.line.setInputMask("00-00-0000;_")
        self.line.setPlaceholderText(QCoreApplication.translate("Entry", "HH-BB-TTTT"))
        self.line.textChanged.connect(self.changed)
        button = QToolButton(text="▾", popupMode=QToolButton.InstantPopup)
        button.setFocusPolicy(Qt.NoFocus)  # Tab goes field to field; the calendar is for the mouse
        button.setToolTip(QCoreApplication.translate("Entry", "Pilih dari kalender"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(button)
        self.setFocusProxy(self.line)
        # The calendar's menu comes after the line in the focus chain: made before it,
        # Tab from the line went round to the line again and never left the date.
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(interface_locale())
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self)
        menu.setWindowTitle(button.toolTip())
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._show_typed)
        button.setMenu(menu)

    def _show_typed(self) -> None:
        """The calendar opens on the date typed, not on today."""
        typed = self.value()
        if isinstance(typed, date):
            self.calendar.setSelectedDate(QDate(typed.year, typed.month, typed.day))

    def _picked(self, day: QDate) -> None:
        self.set_value(day.toPython())
        self.calendar.parentWidget().close()

    def value(self):
        text = self.line.text()
        if not any(ch.isdigit() for ch in text):
            return None
        try:
            day, month, year = (int(p) for p in text.split("-"))
            return date(year, month, day)
        except ValueError:
            return text  # not a date: the check names the field and the format

    def set_value(self, value) -> None:
        self.line.setText(value.strftime("%d%m%Y") if isinstance(value, date) else "")
        if isinstance(value, date):
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))


class ChoiceEditor(QComboBox):
    changed = Signal()

    def __init__(self, f: Field, choices: list[Option]):
        super().__init__()
        self.addItem("", None)
        for option in choices:
            self.addItem(option_label(option), option.value)
        if len(choices) > LONG_LIST:
            self.setEditable(True)
            self.setInsertPolicy(QComboBox.NoInsert)
            self.completer().setFilterMode(Qt.MatchContains)
            self.completer().setCompletionMode(QCompleter.PopupCompletion)
            self.editTextChanged.connect(self.changed)
        self.currentIndexChanged.connect(self.changed)

    def value(self):
        if self.isEditable():
            index = self.findText(self.currentText(), Qt.MatchFixedString)
            if index < 0:
                return Unlisted(self.currentText())
            return self.itemData(index)
        return self.currentData()

    def set_value(self, value) -> None:
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))


class BoolEditor(QCheckBox):
    changed = Signal()

    def __init__(self, f: Field):
        super().__init__()
        self.toggled.connect(self.changed)

    def value(self):
        return self.isChecked()

    def set_value(self, value) -> None:
        self.setChecked(bool(value))


class WilayahEditor(QWidget):
    """Province → kabupaten → kecamatan → desa; the value is the deepest chosen."""

    changed = Signal()

    def __init__(self, f: Field, db: Database):
        super().__init__()
        self.db = db
        self.levels = [QComboBox() for _ in WILAYAH_LEVELS]
        grid = QGridLayout(self)  # two by two: four names side by side do not fit a form
        grid.setContentsMargins(0, 0, 0, 0)
        for level, (combo, name) in enumerate(zip(self.levels, WILAYAH_LEVELS, strict=True)):
            combo.setToolTip(tr_entry(name))
            combo.setMinimumContentsLength(14)
            combo.currentIndexChanged.connect(lambda _i, lv=level: self._chosen(lv))
            grid.addWidget(combo, level // 2, level % 2)
        self._fill(0, None)
        self.setFocusProxy(self.levels[0])

    def _fill(self, level: int, parent: str | None) -> None:
        combo = self.levels[level]
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        if level == 0 or parent:
            with self.db.Session() as session:
                for option in wilayah_children(session, parent):
                    combo.addItem(option.label, option.value)
        combo.blockSignals(False)

    def _chosen(self, level: int) -> None:
        for below in range(level + 1, len(self.levels)):
            self._fill(below, self.levels[level].currentData() if below == level + 1 else None)
        self.changed.emit()

    def value(self):
        chosen = [c.currentData() for c in self.levels if c.currentData()]
        return chosen[-1] if chosen else None

    def set_value(self, value) -> None:
        with self.db.Session() as session:
            path = wilayah_path(session, value)
        for level, code in enumerate(path[: len(self.levels)]):
            combo = self.levels[level]
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(code), 0))
            combo.blockSignals(False)
            if level + 1 < len(self.levels):
                self._fill(level + 1, code)


def _inputs(editor: QWidget) -> list[QWidget]:
    """The widgets of an editor that take the keyboard, in order."""
    if isinstance(editor, WilayahEditor):
        return list(editor.levels)
    if isinstance(editor, DateEditor):
        return [editor.line]
    return [editor]


def make_editor(f: Field, db: Database, current) -> QWidget:
    if f.kind == "date":
        return DateEditor(f)
    if f.kind == "bool":
        return BoolEditor(f)
    if f.kind == "wilayah":
        return WilayahEditor(f, db)
    if f.kind == "choice":
        with db.Session() as session:
            return ChoiceEditor(f, options(session, f.source, current))
    return LineEditor(f)


class RecordForm(QDialog):
    """Enter or edit one record of ``spec``. ``save(raw)`` writes it (by default
    ``store.save``) and raises ``store.EntryError`` when it cannot."""

    def __init__(
        self,
        db: Database,
        spec: FormSpec,
        record_id: str | None = None,
        save: Callable[[dict], object] | None = None,
        parent=None,
        title: str | None = None,
        heading: str = "",
    ):
        """``title`` replaces "Tambah …"/"Ubah …"; ``heading`` is shown above the
        fields (whom a Keluar form is about)."""
        super().__init__(parent)
        self.db, self.spec, self.record_id = db, spec, record_id
        self._save = save or (lambda raw: store.save(db, spec, raw, record_id))
        self.result_value = None
        self.touched: set[str] = set()
        if title is None:
            title = (self.tr("Tambah %1") if record_id is None else self.tr("Ubah %1")).replace(
                "%1", tr_entry(spec.title)
            )
        self.setWindowTitle(title)
        current = self._stored()
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.tabs: QTabWidget | None = None
        self._switching_page = False
        body = self._body(current)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Batal"))
        self.buttons.button(QDialogButtonBox.Save).setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        # Why a save was refused by the database; the form stays open and filled.
        self.banner = QLabel()
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.setMinimumWidth(MIN_WIDTH)
        layout = QVBoxLayout(self)
        if heading:
            layout.addWidget(QLabel(f"<b>{html.escape(heading)}</b>", wordWrap=True))
        layout.addWidget(body, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        for key, editor in self.editors.items():
            editor.set_value(current.get(key))
            editor.changed.connect(lambda k=key: self._edited(k))
        # What was there when the form opened: closing asks only if it changed.
        self.initial = self.raw()
        self.tab_chain = [w for editor in self.editors.values() for w in _inputs(editor)]
        if record_id is not None:
            # A stored record may already be wrong (imported, old data): show what to fix.
            self.touched.update(self.editors)
            self.show_problems(self._check())
        first = next(iter(self.editors.values()))
        first.setFocus()

    def _stored(self) -> dict:
        if self.record_id is None:
            return {}
        with self.db.Session() as session:
            return store.load(session, self.spec, self.record_id)

    def _body(self, current: dict) -> QWidget:
        groups: dict[str, QFormLayout] = {}
        pages: list[tuple[str, QWidget]] = []
        for f in self.spec.fields:
            if f.group not in groups:
                page = QWidget()
                groups[f.group] = QFormLayout(page)
                groups[f.group].setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
                pages.append((f.group, page))
            groups[f.group].addRow(self._label(f), self._cell(f, current.get(f.key)))
        if len(pages) == 1:
            return pages[0][1]
        tabs = self.tabs = QTabWidget()
        tabs.setUsesScrollButtons(False)  # every page's name stays in view: the form widens
        widest = max(page.sizeHint().width() for _group, page in pages)
        for group, page in pages:
            scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.NoFrame)
            scroll.setWidget(page)
            scroll.setMinimumWidth(widest + scroll.verticalScrollBar().sizeHint().width())
            # A form's own fields may have no page name: they go on a page named after it.
            tabs.addTab(scroll, tr_entry(group or self.spec.title))
        return tabs

    def _label(self, f: Field) -> QLabel:
        text = tr_entry(f.label) + (" *" if f.required else "")
        return QLabel(text)

    def _cell(self, f: Field, current) -> QWidget:
        editor = make_editor(f, self.db, current)
        editor.setObjectName(f.key)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        cell = QWidget()
        # As wide as the form: a short field (a combo box) would wrap its message
        # into lines the form row has no height for, cutting it off.
        cell.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(editor)
        box.addWidget(error)
        self.editors[f.key], self.errors[f.key] = editor, error
        return cell

    def raw(self) -> dict:
        return {key: editor.value() for key, editor in self.editors.items()}

    def _edited(self, key: str) -> None:
        self.touched.add(key)
        self.show_problems(self._check(), only_touched=True)

    def _check(self) -> list[Problem]:
        with self.db.Session() as session:
            return store.check(self.spec, self.raw(), session)[1]

    def show_problems(self, problems: list[Problem], only_touched: bool = False) -> None:
        messages: dict[str, list[str]] = {}
        for p in problems:
            if not only_touched or p.field in self.touched:
                messages.setdefault(p.field, []).append(p.text(tr_entry))
        for key, label in self.errors.items():
            label.setText("\n".join(messages.get(key, [])))
            label.setVisible(key in messages)
        self._mark_tabs(set(messages))

    def _mark_tabs(self, wrong: set[str]) -> None:
        """A page holding a field in error says so on its tab, seen from any page."""
        if self.tabs is None:
            return
        warning = self.style().standardIcon(QStyle.SP_MessageBoxWarning)
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            has_error = any(page.isAncestorOf(self.editors[key]) for key in wrong)
            self.tabs.setTabIcon(i, warning if has_error else QIcon())
            self.tabs.tabBar().setTabTextColor(i, QColor(ERROR_COLOR) if has_error else QColor())
            self.tabs.setTabToolTip(
                i, self.tr("Ada isian yang perlu diperbaiki di halaman ini.") if has_error else ""
            )
        # The marks widen the tabs: the form widens with them, every page name in view.
        needed = self.tabs.tabBar().sizeHint().width() + self.width() - self.tabs.width()
        if needed > self.width():
            self.setMinimumWidth(needed)
            self.resize(needed, self.height())

    def message(self, key: str) -> str:
        return self.errors[key].text()

    def submit(self) -> None:
        problems = self._check()
        if problems:
            self.touched.update(p.field for p in problems)
            self.show_problems(problems)
            self._focus(problems[0].field)
            return
        try:
            self.result_value = self._save(self.raw())
        except store.FormRefused as exc:
            self.show_problems(exc.problems)
            return
        except store.EntryError as exc:
            self.banner.setText(tr_entry(exc.message).format(**exc.params))
            self.banner.show()
            return
        self.accept()

    def _focus(self, key: str) -> None:
        self._show_and_focus(self.editors[key], Qt.OtherFocusReason)

    def _show_and_focus(self, widget: QWidget, reason: Qt.FocusReason) -> None:
        if self.tabs is not None:
            for i in range(self.tabs.count()):
                if self.tabs.widget(i).isAncestorOf(widget):
                    self._switching_page = True
                    try:
                        self.tabs.setCurrentIndex(i)
                    finally:
                        self._switching_page = False
        widget.setFocus(reason)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        """Tab goes field to field in the form's order, from one page to the next:
        a whole form is filled with Tab and typing alone. From the last field
        (or before the first) Tab goes on to the buttons."""
        if self._switching_page:
            # Hiding the page with the focus asks where it goes: to the field shown next,
            # not along the chain (which switched the tabs again, tab and page apart).
            return True
        focus = self.focusWidget()
        if focus in self.tab_chain:
            position = self.tab_chain.index(focus) + (1 if forward else -1)
            if 0 <= position < len(self.tab_chain):
                reason = Qt.TabFocusReason if forward else Qt.BacktabFocusReason
                self._show_and_focus(self.tab_chain[position], reason)
                return True
        return super().focusNextPrevChild(forward)

    def reject(self) -> None:
        """Batal, Escape and the window's ×: typed data is never thrown away unasked."""
        if self.raw() != self.initial:
            answer = ask_to_save(self, self.windowTitle())
            if answer == STAY:
                return
            if answer == SAVE:
                self.submit()  # closes only if the record is saved
                return
        super().reject()
