"""The month-by-month projection of one scenario: credits per billing type and cumulative."""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from gptbots_planner.core.estimate import Month
from gptbots_planner.core.money import add, fmt_credits
from gptbots_planner.gui.results import theme
from gptbots_planner.gui.results.names import billing_type_name, unpriced_text
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

# Columns: month, conversations, one per billing type, total, cumulative.
MONTH, CONVERSATIONS = 0, 1
FIRST_TYPE = 2
TOTAL = FIRST_TYPE + len(BILLING_TYPE_IDS)
CUMULATIVE = TOTAL + 1
COLUMNS = CUMULATIVE + 1


class ProjectionModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._months: list[Month] = []
        self._cumulative: list[Decimal] = []

    def set_months(self, months: list[Month] | None) -> None:
        self.beginResetModel()
        self._months = list(months or [])
        running = Decimal(0)
        self._cumulative = []
        for m in self._months:
            running = add(running, m.total)
            self._cumulative.append(running)
        self.endResetModel()

    def months(self) -> list[Month]:
        return list(self._months)

    def cumulative(self, row: int) -> Decimal:
        return self._cumulative[row]

    def used_types(self) -> list[str]:
        """Billing types with a non-zero quantity in some month (others can be hidden)."""
        return [
            t
            for t in BILLING_TYPE_IDS
            if any(m.lines[t].quantity != 0 or m.lines[t].unpriced for m in self._months)
        ]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._months)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,  # the whole title where the header wraps or clips it
        ):
            return None
        if section == MONTH:
            return self.tr("Month")
        if section == CONVERSATIONS:
            return self.tr("Conversations")
        if section == TOTAL:
            return self.tr("Total credits")
        if section == CUMULATIVE:
            return self.tr("Cumulative")
        return billing_type_name(BILLING_TYPE_IDS[section - FIRST_TYPE])

    def _value(self, row: int, col: int) -> Decimal | None:
        month = self._months[row]
        if col == CONVERSATIONS:
            return month.conversations
        if col == TOTAL:
            return month.total
        if col == CUMULATIVE:
            return self._cumulative[row]
        if FIRST_TYPE <= col < TOTAL:
            return month.lines[BILLING_TYPE_IDS[col - FIRST_TYPE]].credits
        return None

    def _unpriced(self, row: int, col: int) -> bool:
        month = self._months[row]
        if FIRST_TYPE <= col < TOTAL:
            return month.lines[BILLING_TYPE_IDS[col - FIRST_TYPE]].unpriced
        if col == TOTAL:
            return bool(month.unpriced_types)
        if col == CUMULATIVE:
            return any(m.unpriced_types for m in self._months[: row + 1])
        return False

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._months):
            return None
        row, col = index.row(), index.column()
        month = self._months[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == MONTH:
                return month.label
            if col == CONVERSATIONS:
                return fmt_quantity(month.conversations)
            value = self._value(row, col)
            if FIRST_TYPE <= col < TOTAL and value is None:
                return unpriced_text()
            text = fmt_credits(value) if value is not None else ""
            if col in (TOTAL, CUMULATIVE) and self._unpriced(row, col):
                text += " +?"  # the summary and the tooltip say it in words
            return text
        if role == ID_ROLE:
            return month.index
        if role == UNPRICED_ROLE:
            return self._unpriced(row, col)
        if role == DECIMAL_ROLE:
            return self._value(row, col)
        if role == SORT_ROLE:
            if col == MONTH:
                return month.index
            value = self._value(row, col)
            return -1.0 if value is None else float(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != MONTH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._unpriced(row, col):
            return theme.warning_color()
        if role == Qt.ItemDataRole.ToolTipRole and self._unpriced(row, col):
            months = self._months[: row + 1] if col == CUMULATIVE else [month]
            types = dict.fromkeys(t for m in months for t in m.unpriced_types)
            return self.tr("Leaves out billing types that have no price: {types}").format(
                types=", ".join(billing_type_name(t) for t in types)
            )
        return None
