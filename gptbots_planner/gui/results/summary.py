"""The top of the results: the selected scenario's monthly total, in credits and USD.

On the own key the USD line adds the model vendor's bill and the total cost.  Unpriced
billing types are named loudly here, never shown as 0, and so is a call too large for
the model's context window.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gptbots_planner.core.estimate import ScenarioEstimate
from gptbots_planner.core.money import fmt_credits, fmt_usd
from gptbots_planner.gui.results import theme
from gptbots_planner.gui.results.comparison_text import context_tooltip, provider_tooltip
from gptbots_planner.gui.results.names import billing_type_name, credits_text, usd_amount

log = logging.getLogger(__name__)


class SummaryBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsSummary")
        self.scenario_combo = QComboBox()
        self.scenario_combo.setObjectName("scenarioSelector")
        self.scenario_combo.setAccessibleName(self.tr("Scenario shown"))
        self.scenario_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        showing = QLabel(self.tr("Showin&g:"))
        showing.setBuddy(self.scenario_combo)
        self.total_label = QLabel()
        self.total_label.setObjectName("monthlyTotal")
        self.total_label.setAccessibleName(self.tr("Monthly total"))
        font = QFont(self.total_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.total_label.setFont(font)
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.usd_label = QLabel()
        self.usd_label.setObjectName("monthlyTotalUsd")
        usd_font = QFont(self.usd_label.font())
        usd_font.setPointSizeF(usd_font.pointSizeF() * 1.3)
        self.usd_label.setFont(usd_font)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("monthlyDetail")
        self.detail_label.setWordWrap(True)
        self.unpriced_label = QLabel()
        self.unpriced_label.setObjectName("unpricedWarning")
        self.unpriced_label.setWordWrap(True)
        self.context_label = QLabel()
        self.context_label.setObjectName("contextWarning")
        self.context_label.setWordWrap(True)
        self.price_button = QPushButton(self.tr("En&ter price…"))
        self.price_button.setObjectName("summaryEnterPrice")
        # The unpriced line keeps its room while hidden: the tabs below never jump when a
        # price is entered (a click would land on another control).
        for widget in (self.unpriced_label, self.price_button):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)

        top = QHBoxLayout()
        top.addWidget(showing)
        top.addWidget(self.scenario_combo)
        top.addStretch(1)
        totals = QHBoxLayout()
        totals.addWidget(self.total_label)
        totals.addSpacing(16)
        totals.addWidget(self.usd_label, 0, Qt.AlignmentFlag.AlignBaseline)
        totals.addStretch(1)
        warn = QHBoxLayout()
        warn.addWidget(self.unpriced_label, 1)
        warn.addWidget(self.price_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(totals)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.context_label)
        layout.addLayout(warn)
        self._restyle()

    def show_scenario(self, s: ScenarioEstimate) -> None:
        self.total_label.setText(credits_text(fmt_credits(s.monthly_total)))
        self.usd_label.setText(self._usd_text(s))
        self.usd_label.setToolTip(provider_tooltip(s))
        self._show_context(s)
        detail = self.detail_text(s)
        if len(s.months) > 1:
            detail += " " + self.tr("Over {count} months: {total} credits.").format(
                count=len(s.months), total=fmt_credits(s.horizon_total)
            )
            if s.key_mode == "own_key" and s.horizon_total_cost_usd is not None:
                detail += " " + self.tr(
                    "Total cost with the provider's bill: {total} ({provider} to the vendor)."
                ).format(
                    total=usd_amount(s.horizon_total_cost_usd),
                    provider=usd_amount(s.horizon_provider_bill_usd),
                )
        self.detail_label.setText(detail)
        if s.unpriced_types:
            names = ", ".join(billing_type_name(t) for t in s.unpriced_types)
            self.unpriced_label.setText(
                self.tr("+ unpriced: {types} — used by this plan, not in the total above.").format(
                    types=names
                )
            )
        self.unpriced_label.setVisible(bool(s.unpriced_types))
        self.price_button.setVisible(bool(s.unpriced_types))

    def detail_text(self, s: ScenarioEstimate) -> str:
        """Month 1, then what the later months really are: one figure only when they are all
        the same (to the cent); with growth the range, never "about X per month"."""
        month = s.first
        recurring = fmt_credits(s.recurring_monthly)
        if s.one_time_indexing > 0:
            text = self.tr(
                "Month 1 ({month}) includes one-time indexing of {one_time} credits "
                "({recurring} credits without it)."
            ).format(
                month=month.label, one_time=fmt_credits(s.one_time_indexing), recurring=recurring
            )
        else:
            text = self.tr("Month 1 = {month}.").format(month=month.label)
        later = s.months[1:]
        if not later:
            return text
        shown = {fmt_credits(m.total) for m in later}
        if shown == {recurring}:
            return (
                text
                + " "
                + self.tr("Every later month: {recurring} credits.").format(recurring=recurring)
            )
        low = min(later, key=lambda m: m.total)
        high = max(later, key=lambda m: m.total)
        return (
            text
            + " "
            + self.tr(
                "Months 2 to {count} range from {low} credits ({low_month}) to {high} credits "
                "({high_month})."
            ).format(
                count=len(s.months),
                low=fmt_credits(low.total),
                low_month=low.label,
                high=fmt_credits(high.total),
                high_month=high.label,
            )
        )

    def _usd_text(self, s: ScenarioEstimate) -> str:
        """GPTBots key: the credits in USD (the whole cost); own key: + the vendor's bill."""
        if s.key_mode != "own_key":
            return fmt_usd(s.monthly_total)
        return self.tr("{credits} + provider bill {provider} = total cost {total}").format(
            credits=fmt_usd(s.monthly_total),
            provider=usd_amount(s.provider_bill_usd),
            total=usd_amount(s.total_cost_usd),
        )

    def _show_context(self, s: ScenarioEstimate) -> None:
        if s.fits_context is False:
            self.context_label.setText("✗ " + context_tooltip(s))
        elif s.fits_context is None and s.call is not None:
            self.context_label.setText(context_tooltip(s))
        self.context_label.setVisible(s.fits_context is False or s.fits_context is None)

    def _restyle(self) -> None:
        self.unpriced_label.setStyleSheet(theme.warning_style(self.palette()))
        self.context_label.setStyleSheet(theme.warning_style(self.palette()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._restyle()
        super().changeEvent(event)
