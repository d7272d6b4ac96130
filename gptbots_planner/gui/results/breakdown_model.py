"""One month of one scenario broken down by the platform's ten billing types."""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from gptbots_planner.core.estimate import Line, Month
from gptbots_planner.core.money import fmt_credits, fmt_usd
from gptbots_planner.gui.results import theme
from gptbots_planner.gui.results.names import (
    billing_type_name,
    quantity_unit_name,
    unpriced_text,
)
from gptbots_planner.gui.results.roles import (
    DECIMAL_ROLE,
    ID_ROLE,
    SORT_ROLE,
    UNPRICED_ROLE,
    fmt_quantity,
)
from gptbots_planner.vocab.billing import BILLING_TYPE_IDS

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex


class BreakdownModel(QAbstractTableModel):
    """Rows: the ten billing types in the seed's order; columns below."""

    TYPE, QUANTITY, CREDITS, USD = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[Line] = []

    def set_month(self, month: Month | None) -> None:
        self.beginResetModel()
        self._lines = (
            [month.lines[t] for t in BILLING_TYPE_IDS if t in month.lines] if month else []
        )
        self.endResetModel()

    def line(self, row: int) -> Line:
        return self._lines[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Billing type"),
            self.tr("Quantity"),
            self.tr("Credits"),
            self.tr("USD"),
        )[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, col)
        if role == ID_ROLE:
            return line.billing_type
        if role == UNPRICED_ROLE:
            return line.unpriced
        if role == DECIMAL_ROLE:
            return line.quantity if col == self.QUANTITY else line.credits
        if role == SORT_ROLE:
            if col == self.TYPE:
                return BILLING_TYPE_IDS.index(line.billing_type)
            if col == self.QUANTITY:
                return float(line.quantity)
            return -1.0 if line.credits is None else float(line.credits)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.TYPE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if line.unpriced:
            if role == Qt.ItemDataRole.BackgroundRole:
                return theme.attention_background()
            if role == Qt.ItemDataRole.ForegroundRole and col in (self.CREDITS, self.USD):
                return theme.warning_color()
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
                return self.tr(
                    "Used by this plan but without a price: it is not in the total. "
                    "Use “Enter price…” to give it one."
                )
        return None

    def _display(self, line: Line, col: int) -> str:
        if col == self.TYPE:
            return billing_type_name(line.billing_type)
        if col == self.QUANTITY:
            return f"{fmt_quantity(line.quantity)} {quantity_unit_name(line.unit)}"
        if line.credits is None:
            return unpriced_text()
        if col == self.CREDITS:
            return fmt_credits(line.credits)
        return fmt_usd(line.credits)

    def priced_values(self) -> list[tuple[str, Decimal]]:
        """(billing type, credits) of the priced, non-zero lines (for the chart)."""
        return [
            (line.billing_type, line.credits)
            for line in self._lines
            if line.credits is not None and line.credits > 0
        ]
