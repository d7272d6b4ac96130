"""Every scenario (model x key mode) side by side: GPTBots credits, the provider's bill, the
total cost, the context window; the cheapest (by total cost) marked, a call too large for
its model's window marked red (and never cheapest)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from gptbots_planner.core.estimate import Estimate, ScenarioEstimate
from gptbots_planner.core.money import fmt_credits
from gptbots_planner.gui.results import theme
from gptbots_planner.gui.results.comparison_text import (
    context_cell,
    context_tooltip,
    provider_tooltip,
    total_cost_tooltip,
)
from gptbots_planner.gui.results.names import billing_type_name, key_mode_name, usd_amount
from gptbots_planner.gui.results.roles import (
    DECIMAL_ROLE,
    ID_ROLE,
    SORT_ROLE,
    UNPRICED_ROLE,
)

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex


class ComparisonModel(QAbstractTableModel):
    MODEL, KEY_MODE, CREDITS, PROVIDER, TOTAL_COST, CONTEXT, PER_CONVERSATION, UNPRICED = range(8)
    TOTAL = CREDITS  # month-1 credits (the name the tests and the panel used first)
    NUMBERS = (CREDITS, PROVIDER, TOTAL_COST, PER_CONVERSATION)

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
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                None,
                None,
                self.tr("GPTBots credits in month 1 (on the own key: the service fee only)"),
                self.tr("What the model vendor bills you in month 1 (own key; USD)"),
                self.tr("Month 1: credits x $0.01 + the provider's bill (USD)"),
                self.tr("The model's context window, and whether the largest call fits"),
                None,
                None,
            )[section]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Model"),
            self.tr("Key mode"),
            self.tr("Month 1 credits"),
            self.tr("Provider bill"),
            self.tr("Total cost"),
            self.tr("Context window"),
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
            return self._decimal(s, col)
        if role == SORT_ROLE:
            return self._sort_key(s, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and cheapest:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and cheapest:
            return theme.highlight_background()
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(s, col)
        if role == Qt.ItemDataRole.DecorationRole and s.fits_context is False:
            if col in (self.MODEL, self.CONTEXT):
                style = QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(s, col, cheapest)
        return None

    def _decimal(self, s: ScenarioEstimate, col: int) -> Any:
        if col == self.PER_CONVERSATION:
            return s.per_conversation
        if col == self.PROVIDER:
            return s.provider_bill_usd
        if col == self.TOTAL_COST:
            return s.total_cost_usd
        if col == self.CONTEXT:
            return None if s.call is None else s.call.tokens
        return s.monthly_total

    def _sort_key(self, s: ScenarioEstimate, col: int) -> Any:
        if col == self.MODEL:
            return s.model.display
        if col == self.KEY_MODE:
            return s.key_mode
        if col == self.UNPRICED:
            return len(s.unpriced_types)
        if col == self.CONTEXT:
            return -1 if s.model.context_window is None else s.model.context_window
        value = self._decimal(s, col)
        return -1.0 if value is None else float(value)

    def _foreground(self, s: ScenarioEstimate, col: int) -> Any:
        if col == self.UNPRICED and s.unpriced_types:
            return theme.warning_color()
        if col == self.CONTEXT and s.fits_context is not True:
            return theme.warning_color()
        if col in (self.MODEL, self.CONTEXT) and s.fits_context is False:
            return theme.warning_color()
        if col in (self.PROVIDER, self.TOTAL_COST) and s.total_cost_usd is None:
            return theme.warning_color()
        if col == self.PROVIDER and s.key_mode == "own_key":
            if s.text_pricing_model.provider_price.inconsistent:
                return theme.warning_color()
        return None

    def _tooltip(self, s: ScenarioEstimate, col: int, cheapest: bool) -> str | None:
        if col == self.CONTEXT or (col == self.MODEL and s.fits_context is False):
            return context_tooltip(s)
        if col == self.PROVIDER:
            return provider_tooltip(s)
        if col == self.TOTAL_COST:
            return total_cost_tooltip(s)
        if cheapest:
            return self.tr("The cheapest choice by total cost in month 1 (credits + provider bill)")
        if s.unpriced_types:
            return self.tr("Not comparable yet: some billing types have no price")
        return None

    def _display(self, s: ScenarioEstimate, col: int, cheapest: bool) -> str:
        if col == self.MODEL:
            name = s.model.display
            return self.tr("{model} ★ cheapest").format(model=name) if cheapest else name
        if col == self.KEY_MODE:
            return key_mode_name(s.key_mode)
        if col == self.CREDITS:
            text = fmt_credits(s.monthly_total)
            return text + " +?" if s.unpriced_types else text
        if col == self.PROVIDER:
            return usd_amount(s.provider_bill_usd)
        if col == self.TOTAL_COST:
            text = usd_amount(s.total_cost_usd)
            return text + " +?" if s.unpriced_types and s.total_cost_usd is not None else text
        if col == self.CONTEXT:
            return context_cell(s)
        if col == self.PER_CONVERSATION:
            per = s.per_conversation
            return "—" if per is None else fmt_credits(per)  # the one rule: to the cent
        if not s.unpriced_types:
            return "—"
        return ", ".join(billing_type_name(t) for t in s.unpriced_types)
