"""Fit a view's columns to their contents only when the contents could have changed width.

``resizeColumnsToContents`` measures every cell's text with the font (~40-100 ms for the
results tables), and the results are shown again after every estimate: while a folder is
scanned, every couple of seconds.  Most of those estimates change digits, not widths.
So the fitting is skipped while each cell's text length, bold weight and icon, the row
count and the hidden columns are what they were at the last fit (digits are the same
width in the fonts Qt uses for tables).
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView, QTreeView

AnyIndex = QModelIndex | QPersistentModelIndex


def content_shape(model: QAbstractItemModel, parent: AnyIndex | None = None) -> Hashable:
    """What a column's fitted width depends on, for every cell of ``model`` (a tree too)."""
    parent = parent if parent is not None else QModelIndex()
    rows, columns = model.rowCount(parent), model.columnCount(parent)
    shape: list[Hashable] = [rows, columns]
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column, parent)
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            font = model.data(index, Qt.ItemDataRole.FontRole)
            icon = model.data(index, Qt.ItemDataRole.DecorationRole)
            bold = font.bold() if isinstance(font, QFont) else None
            shape.append((0 if text is None else len(str(text)), bold, icon is not None))
        first = model.index(row, 0, parent)
        if model.hasChildren(first):
            shape.append(content_shape(model, first))
    return tuple(shape)


class ColumnFitter(QObject):
    """Remembers, per view, the contents it last fitted the columns to.  A view that is not
    shown (another tab is current) is fitted when it is shown, not before: fonts and
    styles are final then, and a hidden tab costs nothing per estimate."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shapes: dict[int, Hashable] = {}
        self._waiting: set[int] = set()  # views to fit when shown

    def fit(self, view: QTableView | QTreeView) -> bool:
        """Fit ``view``'s columns to their contents if those changed; True when it did."""
        model = view.model()
        if model is None:
            return False
        if not view.isVisible():
            if id(view) not in self._waiting:
                self._waiting.add(id(view))
                view.installEventFilter(self)
            return False
        hidden = tuple(view.isColumnHidden(c) for c in range(model.columnCount()))
        shape = (hidden, content_shape(model))
        if self._shapes.get(id(view)) == shape:
            return False
        self._shapes[id(view)] = shape
        if isinstance(view, QTableView):
            view.resizeColumnsToContents()
        else:
            for column in range(model.columnCount()):
                view.resizeColumnToContents(column)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and id(watched) in self._waiting:
            self._waiting.discard(id(watched))
            watched.removeEventFilter(self)
            if isinstance(watched, QTableView | QTreeView):
                self._shapes.pop(id(watched), None)
                self.fit(watched)
        return False
