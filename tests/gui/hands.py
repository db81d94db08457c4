"""An operator's hands for GUI tests.

``Operator`` finds what is on the screen the way a person does, by the text a
widget shows or the label written next to it, and acts on it with ``QTest``:
mouse clicks, typing, Tab, Enter, Escape. It refuses, failing the test with a
clear message, to touch anything a person could not: a hidden or disabled
widget, one clipped by its parents so that the click would miss it, or one under
a modal dialog that is not its own window. Tests written with it pass only where
an operator in front of the screen would get through.

Dialogs opened with ``exec()`` block the click that opened them; ``answering``
sets up the hands that deal with such a dialog before the click.
"""

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPoint,
    QRect,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QRadioButton,
    QScrollArea,
    QStyle,
    QTabBar,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as WaitTimedOut

from app.accounts import acting
from app.config import APP_NAME
from app.ui.app import create_application
from app.ui.start import StartUp
from app.ui.translations import interface_locale, remove_translator

TIMEOUT_MS = 10_000
# Qt's own texts as Qt writes them in English: none may show in the Indonesian
# interface (the app names its buttons itself, and ships Qt's texts in Indonesian).
ENGLISH_QT_TEXTS = {
    "OK", "Cancel", "Yes", "No", "Save", "Save All", "Open", "Close", "Discard", "Apply",
    "Reset", "Help", "Abort", "Retry", "Ignore", "Yes to All", "No to All",
    "Restore Defaults", "Choose", "Print", "< Back", "Next >", "Finish", "Commit",
    "Look in:", "File name:", "Files of type:", "Directory:",
}  # fmt: skip
SETTLE_MS = 10


class Refused(AssertionError):
    """What the operator could not do, and why."""


def visible_text(text: str) -> str:
    """A widget's text as it reads on the screen: no markup, no mnemonic '&', one
    space between words."""
    if QtGui_Qt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = re.sub(r"&(.)", r"\1", text)
    return " ".join(text.split())


def _shows(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton | QLabel):
        return visible_text(widget.text())
    if isinstance(widget, QGroupBox):
        return visible_text(widget.title())
    return ""


def _name(widget: QWidget) -> str:
    text = _shows(widget)
    kind = type(widget).__name__
    return f"{kind} '{text}'" if text else f"{kind} {widget.objectName() or ''}".rstrip()


def _windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def _window_chain(widget: QWidget) -> Iterator[QWidget]:
    """The widget's window, then the windows it was opened from."""
    window = widget.window()
    while window is not None:
        yield window
        parent = window.parentWidget()
        window = parent.window() if parent is not None else None


def blocking_dialog(widget: QWidget) -> QWidget | None:
    """The modal dialog that keeps the operator from reaching ``widget``, if any."""
    modal = QApplication.activeModalWidget()
    if modal is None or not modal.isVisible():
        return None
    if modal in _window_chain(widget):
        return None  # the dialog itself, or a window opened from it
    if modal.windowModality() == Qt.ApplicationModal:
        return modal
    parent = modal.parentWidget()
    blocked = set(_window_chain(parent)) if parent is not None else set()
    return modal if widget.window() in blocked else None


def shown_rect(widget: QWidget) -> QRect:
    """The part of ``widget`` (in its own coordinates) its parents do not clip."""
    shown = widget.rect()
    ancestor = widget
    while not ancestor.isWindow():
        ancestor = ancestor.parentWidget()
        shown = shown.intersected(QRect(widget.mapFrom(ancestor, QPoint(0, 0)), ancestor.size()))
    return shown


def english_texts(window: QWidget) -> list[str]:
    """Qt's English texts on the buttons and labels a window shows."""
    shown = (w for w in window.findChildren(QWidget) if w.isVisible())
    return sorted({t for w in shown if (t := _shows(w)) in ENGLISH_QT_TEXTS})


def _scroll_into_view(widget: QWidget) -> None:
    """What an operator does with the scroll bars before reaching a widget."""
    parent = widget.parentWidget()
    while parent is not None:
        content = parent.widget() if isinstance(parent, QScrollArea) else None
        if content is not None and content.isAncestorOf(widget):
            parent.ensureWidgetVisible(widget, 0, 0)
        parent = parent.parentWidget()


class Operator:
    """The hands of an operator in front of the screen (see the module's docstring)."""

    def __init__(self, qtbot, within: QWidget | None = None):
        self.qtbot = qtbot
        self.within = within  # look only inside this window (a dialog's own hands)

    # -- looking -------------------------------------------------------------------

    def window(self, title: str, timeout: int = TIMEOUT_MS) -> QWidget:
        """Wait for a window whose title contains ``title`` and return it."""
        found: list[QWidget] = []

        def shown() -> bool:
            titled = [w for w in _windows() if title in w.windowTitle()]
            exact = [w for w in titled if w.windowTitle() == title]
            found[:] = exact or titled  # "Sinkronisasi", not "Sinkronisasi — SD Negeri…"
            return bool(found)

        try:
            self.qtbot.waitUntil(shown, timeout=timeout)
        except Exception:
            titles = [w.windowTitle() for w in _windows()]
            raise Refused(f"no window titled '{title}' appeared; open windows: {titles}") from None
        window = found[-1]
        self._activate(window)
        self.in_indonesian(window)
        return window

    def in_indonesian(self, window: QWidget) -> None:
        """Refuse a window showing Qt's English texts in the Indonesian interface."""
        if interface_locale().language() == QLocale.Indonesian and english_texts(window):
            raise Refused(f"'{window.windowTitle()}' shows English: {english_texts(window)}")

    def _activate(self, window: QWidget) -> None:
        """What the window manager does with a new window, or one clicked into: it
        gets the keyboard."""
        window = window.window()
        if not window.isActiveWindow():
            window.activateWindow()
            self.qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)

    def gone(self, window: QWidget, timeout: int = TIMEOUT_MS) -> None:
        """Wait for a window to close; the window it came from gets the keyboard
        back, as the window manager gives it."""
        self.qtbot.waitUntil(lambda: not window.isVisible(), timeout=timeout)
        parent = window.parentWidget()
        if parent is not None and parent.window().isVisible():
            self._activate(parent.window())

    def _roots(self) -> list[QWidget]:
        return [self.within] if self.within is not None else _windows()

    def _candidates(self, matches: Callable[[QWidget], bool]) -> list[QWidget]:
        found = []
        for root in self._roots():
            for widget in [root, *root.findChildren(QWidget)]:
                # A window opened from this one is a root of its own.
                if widget.window() is root and widget.isVisible() and matches(widget):
                    found.append(widget)
        return found

    def _one(self, found: list[QWidget], what: str) -> QWidget:
        if len(found) > 1:
            modal = QApplication.activeModalWidget()
            narrowed = [w for w in found if modal is not None and modal.isAncestorOf(w)]
            if not narrowed:
                active = QApplication.activeWindow()
                narrowed = [w for w in found if active is not None and active.isAncestorOf(w)]
            found = narrowed or found
        if not found:
            shown = sorted({_shows(w) for w in self._candidates(lambda w: bool(_shows(w)))})
            raise Refused(f"nothing visible shows {what}; on the screen: {shown}")
        if len(found) > 1:
            raise Refused(f"{len(found)} widgets show {what}: {[_name(w) for w in found]}")
        return found[0]

    def find(self, text: str, kind: type = QWidget) -> QWidget:
        """The visible widget of ``kind`` that shows ``text`` (a button, a label…)."""
        wanted = visible_text(text)
        return self._one(
            self._candidates(lambda w: isinstance(w, kind) and _shows(w) == wanted),
            f"'{text}'",
        )

    def button(self, text: str) -> QAbstractButton:
        return self.find(text, QAbstractButton)

    def sees(self, text: str) -> QWidget:
        """A label or button showing ``text`` (or containing it), whole on the screen."""
        wanted = visible_text(text)
        widget = self._one(
            self._candidates(lambda w: wanted in _shows(w)),
            f"'{text}'",
        )
        self.readable(widget)
        return widget

    def waits_to_see(self, text: str, timeout: int = TIMEOUT_MS) -> QWidget:
        """``sees``, once the text has appeared (read off the UI thread, say)."""
        wanted = visible_text(text)
        with suppress(WaitTimedOut):  # then sees() names what is on the screen instead
            self.qtbot.waitUntil(
                lambda: bool(self._candidates(lambda w: wanted in _shows(w))), timeout=timeout
            )
        return self.sees(text)

    def field(self, label: str) -> QWidget:
        """The input a form label names (a QLabel's buddy, or its QFormLayout row),
        or an unlabelled line showing it as its hint; a required field's trailing
        '*' may be left out."""
        wanted = visible_text(label)
        labels = self._candidates(
            lambda w: isinstance(w, QLabel) and _shows(w) in (wanted, f"{wanted} *")
        )
        fields = [f for f in (self._labelled(label) for label in labels) if f is not None]
        # A field without a label is found by the hint it shows while empty.
        fields += self._candidates(
            lambda w: isinstance(w, QLineEdit) and visible_text(w.placeholderText()) == wanted
        )
        return self._one(fields, f"a field labelled '{label}'")

    @staticmethod
    def _labelled(label: QLabel) -> QWidget | None:
        if label.buddy() is not None:
            return _input_of(label.buddy())
        for form in label.parentWidget().findChildren(QFormLayout) + [
            label.parentWidget().layout()
        ]:
            if not isinstance(form, QFormLayout):
                continue
            row, role = form.getWidgetPosition(label)
            if row < 0 or role != QFormLayout.LabelRole:
                continue
            item = form.itemAt(row, QFormLayout.FieldRole)
            if item is None:
                return None
            if item.widget() is not None:
                return _input_of(item.widget())
            layout = item.layout()
            widgets = [layout.itemAt(i).widget() for i in range(layout.count())]
            return _input_of(next(w for w in widgets if w is not None))
        return None

    # -- what may be touched --------------------------------------------------------

    def settle(self) -> None:
        """Let Qt lay out what the last action changed: a person sees the screen
        after that, never in between."""
        self.qtbot.wait(SETTLE_MS)

    def usable(self, widget: QWidget, point: QPoint | None = None) -> QPoint:
        """Refuse a widget a person could not click; return the point to click."""
        self.settle()
        if not widget.isVisible():
            raise Refused(f"{_name(widget)} is not visible")
        if not widget.isEnabled():
            raise Refused(f"{_name(widget)} is disabled")
        blocker = blocking_dialog(widget)
        if blocker is not None:
            raise Refused(f"{_name(widget)} is under the dialog '{blocker.windowTitle()}'")
        _scroll_into_view(widget)
        point = _aim(widget) if point is None else point
        if not shown_rect(widget).contains(point):
            raise Refused(f"{_name(widget)} is clipped: the point {point.toTuple()} is hidden")
        return point

    def readable(self, widget: QWidget) -> None:
        """Refuse a text a person could not read whole: hidden, or clipped by its parents."""
        self.settle()
        if not widget.isVisible():
            raise Refused(f"{_name(widget)} is not visible")
        _scroll_into_view(widget)
        shown = shown_rect(widget)
        if not shown.contains(widget.rect()):
            raise Refused(
                f"{_name(widget)} is cut off: {shown.width()}×{shown.height()} of "
                f"{widget.width()}×{widget.height()} shown"
            )
        if isinstance(widget, QLabel) and not widget.wordWrap():
            needed = widget.sizeHint().width()
            if needed > widget.width():
                raise Refused(f"{_name(widget)} needs {needed} px, has {widget.width()}")
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height():
                raise Refused(f"{_name(widget)} needs {needed} px high, has {widget.height()}")

    # -- acting with the mouse ------------------------------------------------------

    def _target(self, target: "QWidget | str") -> QWidget:
        return self.button(target) if isinstance(target, str) else target

    def click(self, target: "QWidget | str", point: QPoint | None = None) -> None:
        widget = self._target(target)
        point = self.usable(widget, point)
        self._activate(widget)
        QTest.mouseClick(widget, Qt.LeftButton, Qt.NoModifier, point)

    def double_click(self, widget: QWidget, point: QPoint | None = None) -> None:
        point = self.usable(widget, point)
        _double_click(widget, point)

    def _tab_bar(self, text: str) -> tuple[QTabBar, int]:
        wanted = visible_text(text)

        def has(bar) -> bool:
            return isinstance(bar, QTabBar) and any(
                visible_text(bar.tabText(i)) == wanted for i in range(bar.count())
            )

        bar = self._one(self._candidates(has), f"a tab '{text}'")
        index = next(i for i in range(bar.count()) if visible_text(bar.tabText(i)) == wanted)
        if not bar.isTabEnabled(index) or not bar.isTabVisible(index):
            raise Refused(f"the tab '{text}' cannot be chosen")
        return bar, index

    def tab_text(self, text: str) -> str:
        """The full text of the tab whose name starts with ``text`` (marks included)."""
        bars = self._candidates(lambda w: isinstance(w, QTabBar))
        for bar in bars:
            for i in range(bar.count()):
                if visible_text(bar.tabText(i)).startswith(visible_text(text)):
                    return visible_text(bar.tabText(i))
        raise Refused(f"no tab starts with '{text}'")

    def open_tab(self, text: str) -> None:
        bar, index = self._tab_bar(text)
        self.click(bar, bar.tabRect(index).center())

    def _item(
        self, text: str, view: QAbstractItemView | None, under: str = ""
    ) -> tuple[QAbstractItemView, QModelIndex]:
        """The item showing ``text``; with ``under``, in the branch of the top item
        showing that (titles may repeat from branch to branch)."""
        wanted = visible_text(text)

        def shows(index: QModelIndex, what: str) -> bool:
            return visible_text(str(index.data() or "")) == what

        def matches(model, parent: QModelIndex) -> QModelIndex | None:
            for row in range(model.rowCount(parent)):
                for column in range(_columns(model, parent)):
                    index = model.index(row, column, parent)
                    if shows(index, wanted):
                        return index
                    if column == 0 and model.rowCount(index) > 0:
                        found = matches(model, index)
                        if found is not None:
                            return found
            return None

        def search(model) -> QModelIndex | None:
            if not under:
                return matches(model, QModelIndex())
            tops = (model.index(row, 0) for row in range(model.rowCount()))
            top = next((i for i in tops if shows(i, visible_text(under))), None)
            return matches(model, top) if top is not None else None

        if view is None:
            views = self._candidates(
                lambda w: (
                    isinstance(w, QAbstractItemView)
                    and not isinstance(w, QHeaderView)  # a header shows no items of its own
                    and w.model() is not None
                )
            )
        else:
            views = [view]
        found = [(v, i) for v in views if (i := search(v.model())) is not None]
        if len(found) != 1:
            raise Refused(f"{len(found)} lists show an item '{text}'")
        return found[0]

    def _item_point(self, view: QAbstractItemView, index: QModelIndex) -> QPoint:
        view.scrollTo(index)  # the operator scrolls the list to the item
        rect = view.visualRect(index)
        if rect.isEmpty():
            raise Refused(f"the item '{index.data()}' is not shown (a collapsed branch?)")
        return rect.center()

    def click_item(self, text: str, view: QAbstractItemView | None = None, under: str = "") -> None:
        view, index = self._item(text, view, under)
        point = self._item_point(view, index)
        self.usable(view)
        QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, point)

    def double_click_item(
        self, text: str, view: QAbstractItemView | None = None, under: str = ""
    ) -> None:
        view, index = self._item(text, view, under)
        point = self._item_point(view, index)
        self.usable(view)
        _double_click(view.viewport(), point)

    def tick_item(self, text: str, view: QAbstractItemView | None = None, under: str = "") -> None:
        """Click the check box in front of a list or tree item."""
        view, index = self._item(text, view, under)
        self._item_point(view, index)
        self.usable(view)
        rect: QRect = view.visualRect(index)
        style = view.style()
        margin = style.pixelMetric(QStyle.PM_FocusFrameHMargin, None, view) + 1
        size = style.pixelMetric(QStyle.PM_IndicatorWidth, None, view)
        point = QPoint(rect.left() + margin + size // 2, rect.center().y())
        before = index.data(Qt.CheckStateRole)
        QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, point)
        if index.data(Qt.CheckStateRole) == before:
            raise Refused(f"clicking the box of '{text}' did not tick it")

    def choose(self, combo: "QComboBox | str", option: str) -> None:
        """Open a drop-down list (by the combo or its label) and click the option."""
        if isinstance(combo, str):
            combo = self.field(combo)
        self.click(combo)
        popup = combo.view()
        self.qtbot.waitUntil(popup.isVisible, timeout=TIMEOUT_MS)
        # A list just opened ignores a click as quick as a double click (the click
        # that opened it must not choose): a person is never that fast.
        self.qtbot.wait(QApplication.doubleClickInterval() + 50)
        self.click_item(option, popup)
        self.qtbot.waitUntil(lambda: not popup.isVisible(), timeout=TIMEOUT_MS)

    def menu(self, window: QMainWindow, *path: str) -> None:
        """Open a menu of the menu bar and click through ``path``."""
        bar = window.menuBar()
        actions = {visible_text(a.text()): a for a in bar.actions()}
        if path[0] not in actions:
            raise Refused(f"no menu '{path[0]}' in {sorted(actions)}")
        self.click(bar, bar.actionGeometry(actions[path[0]]).center())
        menu = actions[path[0]].menu()
        for step in path[1:]:
            self.qtbot.waitUntil(menu.isVisible, timeout=TIMEOUT_MS)
            menu = _click_menu_item(menu, step)

    def drop_down(self, button: "QWidget | str", item: str) -> None:
        """Click a button whose menu drops down and, in it, ``item``. The menu holds
        the click until it closes: the item is clicked from the event loop."""
        failed: list[Refused] = []

        def pick() -> None:
            menu = QApplication.activePopupWidget()
            if menu is None:
                QTimer.singleShot(SETTLE_MS, pick)
                return
            try:
                _click_menu_item(menu, item)
            except Refused as exc:
                failed.append(exc)
                menu.close()

        QTimer.singleShot(0, pick)
        self.click(button)
        if failed:
            raise failed[0]

    def menu_items(self, window: QMainWindow, title: str) -> dict[str, bool]:
        """The items of a menu (text → enabled), as seen when it is opened."""
        bar = window.menuBar()
        action = next(a for a in bar.actions() if visible_text(a.text()) == title)
        self.click(bar, bar.actionGeometry(action).center())
        menu = action.menu()
        self.qtbot.waitUntil(menu.isVisible, timeout=TIMEOUT_MS)
        items = {}
        for action in (a for a in menu.actions() if a.text()):
            # Read item by item, the pointer over each, as a person reads a menu.
            QTest.mouseMove(menu, menu.actionGeometry(action).center())
            items[visible_text(action.text())] = action.isEnabled()
        QTest.keyClick(menu, Qt.Key_Escape)
        self.qtbot.waitUntil(lambda: not menu.isVisible(), timeout=TIMEOUT_MS)
        return items

    # -- acting with the keyboard ---------------------------------------------------

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        if widget is None:
            raise Refused("no widget has the keyboard focus")
        return widget

    def type(self, text: str) -> None:
        """Type into whatever has the focus."""
        widget = self.focused()
        self.usable(widget)
        QTest.keyClicks(widget, text)

    def press(self, key: Qt.Key, modifier=Qt.NoModifier) -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:  # an open menu or list has the keyboard
            QTest.keyClick(popup, key, modifier)
            return
        widget = self.focused()
        if blocking_dialog(widget) is not None:
            raise Refused(f"{_name(widget)} has the focus under a modal dialog")
        QTest.keyClick(widget, key, modifier)

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.press(Qt.Key_Tab)

    def enter(self) -> None:
        self.press(Qt.Key_Return)

    def escape(self) -> None:
        self.press(Qt.Key_Escape)

    def fill(self, label: str, text: str) -> QWidget:
        """Click into the field a label names, select what is there, type ``text``."""
        field = self.field(label)
        self.click(field)
        QTest.keyClick(field, Qt.Key_A, Qt.ControlModifier)
        if text:
            QTest.keyClicks(field, text)
        else:
            QTest.keyClick(field, Qt.Key_Delete)
        return field

    # -- dialogs that block ---------------------------------------------------------

    @contextmanager
    def answering(self, title: str, act: Callable[["Operator", QWidget], None], showing: str = ""):
        """Deal with a new window titled ``title`` that the body of the ``with`` opens,
        even one opened with ``exec()``: ``act(hands, dialog)`` runs once it shows,
        with hands that look only inside it; ``showing`` tells two windows of the
        same title apart by a text the right one shows. A window that opens only
        after this dialog has closed is answered by another ``answering`` around
        this one, not from inside ``act``. If ``act`` fails, the dialog is closed so
        the test ends instead of hanging, and the failure is raised."""
        state: dict = {"done": False, "error": None}
        already_open = set(_windows())  # the dialog to deal with is a new one
        timer = QTimer()
        timer.setInterval(20)

        def shows(window: QWidget) -> bool:
            texts = [_shows(w) for w in window.findChildren(QWidget) if w.isVisible()]
            return not showing or any(visible_text(showing) in text for text in texts)

        def poll() -> None:
            new = [w for w in _windows() if w not in already_open]
            dialog = next((w for w in new if title in w.windowTitle() and shows(w)), None)
            if dialog is None or state["done"]:
                return
            timer.stop()
            state["done"] = True
            try:
                hands = Operator(self.qtbot, dialog)
                hands._activate(dialog)  # as the window manager gives a new window the keyboard
                hands.in_indonesian(dialog)
                act(hands, dialog)
            except BaseException as exc:  # raised after the dialog is out of the way
                state["error"] = exc
                if dialog.isVisible():
                    dialog.close()

        timer.timeout.connect(poll)
        timer.start()
        try:
            yield
            self.qtbot.waitUntil(lambda: state["done"], timeout=TIMEOUT_MS)
        finally:
            timer.stop()
        if state["error"] is not None:
            raise state["error"]

    def answer(self, title: str, button: str, showing: str = ""):
        """``answering`` a question by clicking one of its buttons."""
        return self.answering(title, lambda hands, _dialog: hands.click(button), showing)


def _click_menu_item(menu: QMenu, text: str) -> QMenu | None:
    """Click the item ``text`` of an open menu; its submenu, if it has one."""
    items = {visible_text(a.text()): a for a in menu.actions() if a.isVisible()}
    if text not in items:
        raise Refused(f"no item '{text}' in the menu: {sorted(items)}")
    action = items[text]
    if not action.isEnabled():
        raise Refused(f"the menu item '{text}' is disabled")
    # A menu just opened is read before an item is clicked: a person is never as quick
    # as a double click (on a loaded machine Qt may drop a click that quick).
    QTest.qWait(QApplication.doubleClickInterval() + 50)
    QTest.mouseClick(menu, Qt.LeftButton, Qt.NoModifier, menu.actionGeometry(action).center())
    return action.menu() if isinstance(action.menu(), QMenu) else None


def _double_click(widget: QWidget, point: QPoint) -> None:
    """A double click as a mouse makes it: a click, then the second press that Qt
    reports as the double click."""
    QTest.mouseClick(widget, Qt.LeftButton, Qt.NoModifier, point)
    QTest.mouseDClick(widget, Qt.LeftButton, Qt.NoModifier, point)


def _columns(model, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model: PySide keeps its columnCount private
        return 1


def _aim(widget: QWidget) -> QPoint:
    """Where a person clicks a widget: a check box or radio button on its box (its
    row may be wider than the box and text), anything else in the middle."""
    centre = widget.rect().center()
    if isinstance(widget, QCheckBox | QRadioButton):
        metric = (
            QStyle.PM_IndicatorWidth
            if isinstance(widget, QCheckBox)
            else (QStyle.PM_ExclusiveIndicatorWidth)
        )
        return QPoint(widget.style().pixelMetric(metric, None, widget) // 2 + 1, centre.y())
    return centre


def _input_of(widget: QWidget) -> QWidget:
    """The part of a field that takes the input: a date's line, a cell's editor."""
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    if widget.focusPolicy() != Qt.NoFocus:
        return widget
    for child in widget.findChildren(QWidget):
        if child.isVisible() and child.focusPolicy() != Qt.NoFocus:
            return _input_of(child)
    return widget


@pytest.fixture
def launch(qapp, memory_keyring):
    """``launch(path=None, fresh=True)``: the application set up as ``run_gui`` sets
    it up (``fresh``: with no settings kept from an earlier start), then
    its start-up steps (first-start wizard, login, main window) begun, with no
    event loop of its own: the test's hands drive the windows."""
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    started: list[StartUp] = []

    def launch(path=None, fresh: bool = True) -> StartUp:
        if fresh:  # a first start: no language, window geometry or last tab kept
            QSettings(APP_NAME, APP_NAME).clear()
        create_application(sys.argv[:1])
        startup = StartUp(path)
        started.append(startup)
        startup.begin()
        return startup

    yield launch
    for window in QApplication.topLevelWidgets():
        window.close()
    for startup in started:
        startup.close()
    remove_translator(qapp, getattr(qapp, "_translator", None))
    qapp._translator = None
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])
    acting.end()
