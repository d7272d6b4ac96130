"""Every scenario (model x key mode) side by side, the cheapest one marked."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from gptbots_planner.core.estimate import Estimate, ScenarioEstimate
from gptbots_planner.core.money import fmt_credits, fmt_usd
from gptbots_planner.gui.results import theme
from gptbots_planner.gui.results.names import billing_type_name, key_mode_name
from gptbots_planner.gui.results.roles import (
    DECIMAL_ROLE,
    ID_ROLE,
    SORT_ROLE,
    UNPRICED_ROLE,
)

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex


class ComparisonModel(QAbstractTableModel):
    MODEL, KEY_MODE, TOTAL, USD, PER_CONVERSATION, UNPRICED = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._scenarios: list[ScenarioEstimate] = []
        self._cheapest: ScenarioEstimate | None = None

    def set_estimate(self, estimate: Estimate | None) -> None:
        self.beginResetModel()
        self._scenarios = list(estimate.scenarios) if estimate else []
        self._cheapest = estimate.cheapest if estimate else None
        self.endResetModel()

    def scenario(self, row: int) -> ScenarioEstimate:
        return self._scenarios[row]

    def is_cheapest(self, row: int) -> bool:
        return self._cheapest is not None and self._scenarios[row] is self._cheapest

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._scenarios)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (
            self.tr("Model"),
            self.tr("Key mode"),
            self.tr("Month 1 credits"),
            self.tr("USD"),
            self.tr("Per conversation"),
            self.tr("Unpriced"),
        )[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._scenarios):
            return None
        row, col = index.row(), index.column()
        s = self._scenarios[row]
        cheapest = self.is_cheapest(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(s, col, cheapest)
        if role == ID_ROLE:
            return row
        if role == UNPRICED_ROLE:
            return bool(s.unpriced_types)
        if role == DECIMAL_ROLE:
            if col == self.PER_CONVERSATION:
                return s.per_conversation
            return s.monthly_total
        if role == SORT_ROLE:
            if col == self.MODEL:
                return s.model.display
            if col == self.KEY_MODE:
                return s.key_mode
            if col == self.PER_CONVERSATION:
                return -1.0 if s.per_conversation is None else float(s.per_conversation)
            if col == self.UNPRICED:
                return len(s.unpriced_types)
            return float(s.monthly_total)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            self.TOTAL,
            self.USD,
            self.PER_CONVERSATION,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and cheapest:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and cheapest:
            return theme.highlight_background()
        if role == Qt.ItemDataRole.ForegroundRole and col == self.UNPRICED and s.unpriced_types:
            return theme.warning_color()
        if role == Qt.ItemDataRole.ToolTipRole:
            if cheapest:
                return self.tr("The cheapest fully priced choice for month 1")
            if s.unpriced_types:
                return self.tr("Not comparable yet: some billing types have no price")
        return None

    def _display(self, s: ScenarioEstimate, col: int, cheapest: bool) -> str:
        if col == self.MODEL:
            name = s.model.display
            return self.tr("{model} ★ cheapest").format(model=name) if cheapest else name
        if col == self.KEY_MODE:
            return key_mode_name(s.key_mode)
        if col == self.TOTAL:
            text = fmt_credits(s.monthly_total)
            return text + " +?" if s.unpriced_types else text
        if col == self.USD:
            return fmt_usd(s.monthly_total)
        if col == self.PER_CONVERSATION:
            per = s.per_conversation
            return "—" if per is None else fmt_credits(per, 4)
        if not s.unpriced_types:
            return "—"
        return ", ".join(billing_type_name(t) for t in s.unpriced_types)
