"""Horizontal bars painted by hand: every label in full on the left, the value after the bar.

QtCharts elides a category label to "..." as soon as its band is shorter than a line of text
(ten scenarios in a 220-pixel chart) and prints bar values as floats ("1.26261e+06").  Here
the widget asks for the height its rows need (the page around it scrolls), a label is never
cut, and every value text comes from the app's own number format.  Colours follow the
palette: the window's text, the highlight for the selected row.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from gptbots_planner.gui.results import theme

log = logging.getLogger(__name__)

#: the parts of a bar, first to last (the QtCharts light theme's first two colours)
PART_COLORS = ("#209fdf", "#99ca53", "#f6a625", "#6d5fd5")
_PAD = 8
_GAP = 10
_MIN_BAR = 60  # the narrowest bar area worth drawing


@dataclass(frozen=True)
class Bar:
    """One row: its label, the lengths of its parts (same unit), the text after the bar."""

    label: str
    parts: tuple[float, ...]
    value_text: str
    strong: bool = False  # bold label (the cheapest)
    warning: bool = False  # label in the warning colour (does not fit the window)


@dataclass(frozen=True)
class RowGeometry:
    label: QRectF
    bar: QRectF  # the whole row's bar (all parts)
    value: QRectF


class BarList(QWidget):
    """A titled list of horizontal (stacked) bars with a legend; emits ``rowClicked``."""

    rowClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._bars: list[Bar] = []
        self._legend: list[str] = []
        self._selected = -1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(240)

    # --- data -------------------------------------------------------------------------
    def set_bars(self, title: str, bars: Sequence[Bar], legend: Sequence[str] = ()) -> None:
        self._title = title
        self._bars = list(bars)
        self._legend = list(legend)
        self._selected = min(self._selected, len(self._bars) - 1)
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def title(self) -> str:
        return self._title

    def select(self, index: int) -> None:
        self._selected = index
        self.update()

    def selected(self) -> int:
        return self._selected

    def point_count(self) -> int:
        """How many values the chart draws (tests: never empty when there is data)."""
        return sum(len(b.parts) for b in self._bars)

    def totals(self) -> list[float]:
        """What each bar adds up to."""
        return [sum(b.parts) for b in self._bars]

    # --- geometry ---------------------------------------------------------------------
    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _row_height(self) -> int:
        return QFontMetrics(self._bold()).height() + 8

    def _label_width(self) -> int:
        bold = QFontMetrics(self._bold())
        return max((bold.horizontalAdvance(b.label) for b in self._bars), default=0)

    def _value_width(self) -> int:
        metrics = QFontMetrics(self.font())
        return max((metrics.horizontalAdvance(b.value_text) for b in self._bars), default=0)

    def _top(self) -> int:
        return _PAD + (QFontMetrics(self._bold()).height() + _PAD if self._title else 0)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        legend = QFontMetrics(self.font()).height() + _PAD if self._legend else 0
        height = self._top() + max(len(self._bars), 1) * self._row_height() + legend + _PAD
        width = 2 * _PAD + self._label_width() + self._value_width() + 2 * _GAP + _MIN_BAR
        return QSize(width, height)

    def row_geometry(self) -> list[RowGeometry]:
        """Where each row's label, bar and value are painted (tests read it too)."""
        label_width = self._label_width()
        value_width = self._value_width()
        row_h = self._row_height()
        bar_left = _PAD + label_width + _GAP
        bar_room = max(self.width() - bar_left - _GAP - value_width - _PAD, 1)
        longest = max((sum(b.parts) for b in self._bars), default=0.0)
        scale = bar_room / longest if longest > 0 else 0.0
        rows = []
        for i, bar in enumerate(self._bars):
            y = self._top() + i * row_h
            length = sum(bar.parts) * scale
            rows.append(
                RowGeometry(
                    label=QRectF(_PAD, y, label_width, row_h),
                    bar=QRectF(bar_left, y + 4, length, row_h - 8),
                    value=QRectF(bar_left + length + _GAP / 2, y, value_width + _GAP, row_h),
                )
            )
        return rows

    def elided_labels(self) -> list[str]:
        """Each label as it fits its painted rectangle (tests: equal to the full labels)."""
        bold = QFontMetrics(self._bold())
        plain = QFontMetrics(self.font())
        return [
            (bold if bar.strong else plain).elidedText(
                bar.label, Qt.TextElideMode.ElideRight, int(row.label.width())
            )
            for bar, row in zip(self._bars, self.row_geometry(), strict=True)
        ]

    # --- painting ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if self._title:
            painter.setFont(self._bold())
            painter.setPen(text)
            painter.drawText(
                QRectF(_PAD, _PAD, self.width() - 2 * _PAD, QFontMetrics(self._bold()).height()),
                int(Qt.AlignmentFlag.AlignCenter),
                self._title,
            )
        selected = QColor(palette.color(QPalette.ColorRole.Highlight))
        selected.setAlpha(60)
        for i, (bar, row) in enumerate(zip(self._bars, self.row_geometry(), strict=True)):
            if i == self._selected:
                painter.fillRect(
                    QRectF(0, row.label.top(), self.width(), row.label.height()), selected
                )
            painter.setFont(self._bold() if bar.strong else self.font())
            painter.setPen(theme.warning_color(palette) if bar.warning else text)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(row.label, int(align), bar.label)
            self._paint_parts(painter, bar, row)
            painter.setFont(self.font())
            painter.setPen(text)
            left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(row.value, int(left), bar.value_text)
        self._paint_legend(painter, text)
        painter.end()

    def _paint_parts(self, painter: QPainter, bar: Bar, row: RowGeometry) -> None:
        total = sum(bar.parts)
        x = row.bar.left()
        for n, part in enumerate(bar.parts):
            width = row.bar.width() * part / total if total > 0 else 0.0
            if width > 0:
                color = QColor(PART_COLORS[n % len(PART_COLORS)])
                painter.fillRect(QRectF(x, row.bar.top(), width, row.bar.height()), color)
            x += width

    def _paint_legend(self, painter: QPainter, text: QColor) -> None:
        if not self._legend:
            return
        metrics = QFontMetrics(self.font())
        y = self._top() + len(self._bars) * self._row_height() + _PAD / 2
        x = float(_PAD + self._label_width() + _GAP)
        painter.setFont(self.font())
        for n, name in enumerate(self._legend):
            box = metrics.height() * 0.6
            painter.fillRect(
                QRectF(x, y + (metrics.height() - box) / 2, box, box),
                QColor(PART_COLORS[n % len(PART_COLORS)]),
            )
            x += box + 4
            painter.setPen(text)
            painter.drawText(
                QRectF(x, y, metrics.horizontalAdvance(name) + 2, metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft),
                name,
            )
            x += metrics.horizontalAdvance(name) + 3 * _GAP

    # --- input ------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        y = event.position().y()
        for i, row in enumerate(self.row_geometry()):
            if row.label.top() <= y < row.label.bottom():
                self.rowClicked.emit(i)
                break
        super().mousePressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
        super().changeEvent(event)
