"""What a language switch carries from the old window to the new one.

``AppController.set_language`` builds a new window in the new language; the document (the
plan, its unsaved edits, its undo history), the table model and the controllers stay.  This
module takes what lives only in the widgets: the window's place and size, every tab
widget's tab, every splitter, every scroll position, every item view's current row, and the
file table's sort, filter, selection and current row (by item id, so a sorted or filtered
view gets the same files back).

Widgets are paired by their place in the window (``widget_key``: object names, or the
class and position among siblings where there is none); both windows are built by the same
code, so the keys agree, and a widget that is not in the new window is skipped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QRect,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QSplitter, QTabWidget

from gptbots_planner.gui.file_table import ITEM_ROLE
from gptbots_planner.gui.main_window import MainWindow

log = logging.getLogger(__name__)


def widget_key(widget: QObject, top: QObject) -> str:
    """``widget``'s place below ``top``: names (or class#index) from the top down."""
    parts: list[str] = []
    node: QObject | None = widget
    while node is not None and node is not top:
        parent = node.parent()
        name = node.objectName()
        if not name:
            siblings = [c for c in (parent.children() if parent else []) if type(c) is type(node)]
            name = f"{type(node).__name__}#{siblings.index(node) if node in siblings else 0}"
        parts.append(name)
        node = parent
    return "/".join(reversed(parts))


def _by_key(window: MainWindow, kind: type[QObject]) -> dict[str, QObject]:
    found: list[QObject] = window.findChildren(kind)
    return {widget_key(w, window): w for w in found}


@dataclass
class WindowState:
    geometry: QByteArray = field(default_factory=QByteArray)
    dock_state: QByteArray = field(default_factory=QByteArray)
    rect: QRect | None = None  # the place and size of a window neither maximised nor full
    tabs: dict[str, int] = field(default_factory=dict)
    splitters: dict[str, QByteArray] = field(default_factory=dict)
    scrolls: dict[str, tuple[int, int]] = field(default_factory=dict)
    current_rows: dict[str, tuple[int, int]] = field(default_factory=dict)
    scenario: int = -1
    sort_column: int = -1
    sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder
    filter_text: str = ""
    selected_ids: list[str] = field(default_factory=list)
    current_id: str = ""
    current_column: int = 0


def capture(window: MainWindow) -> WindowState:
    state = WindowState(window.saveGeometry(), window.saveState())
    if not window.windowState() & (
        Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
    ):
        state.rect = window.geometry()
    for key, tabs in _by_key(window, QTabWidget).items():
        assert isinstance(tabs, QTabWidget)
        state.tabs[key] = tabs.currentIndex()
    for key, splitter in _by_key(window, QSplitter).items():
        assert isinstance(splitter, QSplitter)
        state.splitters[key] = splitter.saveState()
    for key, area in _by_key(window, QAbstractScrollArea).items():
        assert isinstance(area, QAbstractScrollArea)
        state.scrolls[key] = (
            area.horizontalScrollBar().value(),
            area.verticalScrollBar().value(),
        )
        if isinstance(area, QAbstractItemView) and area.currentIndex().isValid():
            index = area.currentIndex()
            state.current_rows[key] = (index.row(), index.column())
    state.scenario = window.results.scenario_combo.currentIndex()
    ws = window.workspace
    header = ws.table.horizontalHeader()
    state.sort_column, state.sort_order = header.sortIndicatorSection(), header.sortIndicatorOrder()
    if not ws.table.isSortingEnabled() or ws.proxy.sortColumn() < 0:
        state.sort_column = -1
    state.filter_text = ws.filter_edit.text()
    state.selected_ids = sorted(ws.selected_ids())
    current = ws.table.currentIndex()
    if current.isValid():
        item = current.data(ITEM_ROLE)
        state.current_id = item.item_id if item is not None else ""
        state.current_column = current.column()
    return state


def restore(window: MainWindow, state: WindowState) -> None:
    """Put ``state`` on the new ``window`` (already holding the plan and the last estimate).

    Scroll positions are set again once the window has laid itself out (a view's scroll
    range is known only then).
    """
    window.restoreGeometry(state.geometry)
    if state.rect is not None:
        # restoreGeometry fits a window saved on other screens into these; this one was just
        # on these screens, so it goes back exactly where it was.
        window.setGeometry(state.rect)
    window.restoreState(state.dock_state)
    for key, tabs in _by_key(window, QTabWidget).items():
        if key in state.tabs:
            assert isinstance(tabs, QTabWidget)
            tabs.setCurrentIndex(state.tabs[key])
    for key, splitter in _by_key(window, QSplitter).items():
        if key in state.splitters:
            assert isinstance(splitter, QSplitter)
            splitter.restoreState(state.splitters[key])
    if 0 <= state.scenario < window.results.scenario_combo.count():
        window.results.select_scenario(state.scenario)
    _restore_file_table(window, state)
    for key, view in _by_key(window, QAbstractItemView).items():
        if key in state.current_rows and view is not window.workspace.table:
            assert isinstance(view, QAbstractItemView)
            model = view.model()
            row, column = state.current_rows[key]
            if model is not None and row < model.rowCount() and column < model.columnCount():
                view.setCurrentIndex(model.index(row, column))
    restore_scrolls(window, state)
    QTimer.singleShot(0, window, lambda: restore_scrolls(window, state))


def _restore_file_table(window: MainWindow, state: WindowState) -> None:
    ws = window.workspace
    ws.filter_edit.setText(state.filter_text)
    if state.sort_column >= 0:
        ws.table.sortByColumn(state.sort_column, state.sort_order)
    model, proxy = ws.model, ws.proxy
    selection = QItemSelection()
    for item_id in state.selected_ids:
        row = model.row_of(item_id)
        if row >= 0:
            index = proxy.mapFromSource(model.index(row, 0))
            if index.isValid():
                selection.select(index, index)
    flags = QItemSelectionModel.SelectionFlag
    selection_model = ws.table.selectionModel()
    if state.current_id:
        row = model.row_of(state.current_id)
        if row >= 0:
            current = proxy.mapFromSource(model.index(row, state.current_column))
            selection_model.setCurrentIndex(current, flags.NoUpdate)
    selection_model.select(selection, flags.ClearAndSelect | flags.Rows)


def restore_scrolls(window: MainWindow, state: WindowState) -> None:
    for key, area in _by_key(window, QAbstractScrollArea).items():
        if key in state.scrolls:
            assert isinstance(area, QAbstractScrollArea)
            horizontal, vertical = state.scrolls[key]
            area.horizontalScrollBar().setValue(horizontal)
            area.verticalScrollBar().setValue(vertical)
