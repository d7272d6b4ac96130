"""A table header whose long titles wrap onto a second line instead of widening the column.

"Knowledge indexing (embedding)" over a column of "0.58" made the projection's column
232 px wide, so at 1366 px the table showed three columns and the fourth's title cut
("Knowledge indexing ("). Each section is as wide as its longest line when the title
is broken in two at its best point (between words, or between characters in a language
written without spaces), the header as tall as the tallest title; the full title is the
section's tooltip (the model's ``ToolTipRole``).
"""

from __future__ import annotations

import logging
import unicodedata

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QWidget

log = logging.getLogger(__name__)

WRAP = Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(int(Qt.TextFlag.TextWordWrap))
SHORT = 12  # titles of up to this many characters stay on one line (Chinese: 6)


def two_line_width(text: str, metrics: QFontMetrics) -> int:
    """The narrowest width that holds ``text`` on at most two lines (its own width when it is
    short or cannot be broken)."""
    whole = metrics.horizontalAdvance(text)
    if sum(2 if _wide(char) else 1 for char in text) <= SHORT:
        return whole
    # between words; in Chinese (no spaces) between two wide characters, where Qt's line
    # breaking may break too; never inside an English word
    points = [i for i, char in enumerate(text) if char.isspace()] or [
        i for i in range(1, len(text)) if _wide(text[i - 1]) and _wide(text[i])
    ]
    best = whole
    for point in points:
        first, second = text[:point].rstrip(), text[point:].lstrip()
        width = max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second))
        best = min(best, width)
    return best


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


class WrappingHeader(QHeaderView):
    """A horizontal header that wraps each title onto at most two lines (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(WRAP)
        # Eliding comes before wrapping and would cut the title to one line; a section the
        # user narrows further clips it (the tooltip has it whole).
        self.setTextElideMode(Qt.TextElideMode.ElideNone)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # noqa: N802, N803
        natural = super().sectionSizeFromContents(logicalIndex)
        model = self.model()
        if model is None:
            return natural
        text = str(model.headerData(logicalIndex, self.orientation()) or "")
        if not text:
            return natural
        metrics = self.fontMetrics()
        extra_w = natural.width() - metrics.horizontalAdvance(text)  # margins, sort indicator
        extra_h = max(natural.height() - metrics.height(), 0)
        # Measured as painted (a fallback font for Chinese is wider than the advance says,
        # and a title a pixel short of its width would wrap and be cut off)
        one_line = _box(metrics, 100_000, text)
        width = min(two_line_width(text, metrics) + 2, one_line.width())
        box = _box(metrics, width, text)
        if box.height() > 2 * one_line.height():  # Qt breaks elsewhere: keep it whole
            width, box = one_line.width(), one_line
        return QSize(
            max(width, box.width()) + extra_w, max(box.height() + extra_h, natural.height())
        )


def _box(metrics: QFontMetrics, width: int, text: str) -> QRect:
    return metrics.boundingRect(QRect(0, 0, width, 10_000), int(WRAP), text)
