"""QtCharts views of the estimate: breakdown, comparison and projection.

Decimal becomes float only here, for drawing; every number a person reads
as text comes from the exact values.  The charts follow the palette: dark
theme when the window colour is dark, re-themed on every palette change.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QWidget

from gptbots_planner.core.estimate import Month, ScenarioEstimate
from gptbots_planner.core.money import credits_to_usd
from gptbots_planner.gui.results import theme
from gptbots_planner.gui.results.names import billing_type_name, key_mode_name, usd_amount
from gptbots_planner.vocab.billing import BILLING_TYPE_IDS

log = logging.getLogger(__name__)


_CENT = Decimal("0.01")


def bar_value(credits: Decimal) -> float:
    """A bar's length and value label: credits to the cent, as the tables show them
    (Qt labels print a float with 6 significant digits: 4.47431, 57.7991); a tiny
    non-zero amount keeps 2 significant digits so its label never reads 0."""
    if credits == 0:
        return 0.0
    if abs(credits) >= _CENT:
        return float(credits.quantize(_CENT))
    return float(f"{credits:.2g}")


class ThemedChartView(QChartView):
    """A chart view that owns one chart and re-themes it when the palette changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        super().__init__(chart, parent)
        self._chart = chart
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(240, 200)
        self.apply_theme()

    def apply_theme(self) -> None:
        self._chart.setTheme(theme.chart_theme(self.palette()))
        self._chart.setBackgroundRoundness(0)
        self._after_theme()

    def _after_theme(self) -> None:
        """Re-apply what a theme change resets: value labels in the palette's text colour."""
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for series in self._chart.series():
            if isinstance(series, QAbstractBarSeries):
                for bar_set in series.barSets():
                    bar_set.setLabelColor(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply_theme()
        super().changeEvent(event)

    def clear(self) -> None:
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
            axis.deleteLater()

    def series_count(self) -> int:
        return len(self._chart.series())

    def point_count(self) -> int:
        """How many values the chart draws (tests: never empty when there is data)."""
        total = 0
        for series in self._chart.series():
            if isinstance(series, QAbstractBarSeries):
                total += sum(bar_set.count() for bar_set in series.barSets())
        return total

    def _value_axis(self, maximum: float, alignment: Qt.AlignmentFlag, title: str) -> QValueAxis:
        axis = QValueAxis()
        axis.setRange(0.0, maximum if maximum > 0 else 1.0)
        axis.applyNiceNumbers()
        axis.setLabelFormat("%.0f" if maximum >= 10 else "%.2f")
        axis.setTitleText(title)
        self._chart.addAxis(axis, alignment)
        return axis

    def _category_axis(
        self, labels: Sequence[str], alignment: Qt.AlignmentFlag
    ) -> QBarCategoryAxis:
        axis = QBarCategoryAxis()
        axis.append(list(labels))
        self._chart.addAxis(axis, alignment)
        return axis


class BreakdownChart(ThemedChartView):
    """Horizontal bars: credits of each priced billing type in the chosen month."""

    def show_values(self, values: Sequence[tuple[str, Decimal]], title: str) -> None:
        self.clear()
        chart = self._chart
        chart.setTitle(title)
        if not values:
            chart.setTitle(self.tr("Nothing priced to draw yet"))
            return
        ordered = list(reversed(values))  # first billing type at the top
        bar_set = QBarSet(self.tr("Credits"))
        bar_set.append([bar_value(v) for _, v in ordered])
        series = QHorizontalBarSeries()
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        y = self._category_axis(
            [billing_type_name(t) for t, _ in ordered], Qt.AlignmentFlag.AlignLeft
        )
        x = self._value_axis(
            max(float(v) for _, v in values) * 1.15,
            Qt.AlignmentFlag.AlignBottom,
            self.tr("credits"),
        )
        series.attachAxis(x)
        series.attachAxis(y)
        chart.legend().setVisible(False)
        self._after_theme()


class ComparisonChart(ThemedChartView):
    """One stacked bar per scenario: month 1's credits (in USD) plus the provider's bill, so
    the bar's length is the total cost; the selected scenario is highlighted.  Each label
    ends with the total cost, and a scenario whose call does not fit its window with ✗."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._bar_sets: list[QBarSet] = []
        super().__init__(parent)

    @staticmethod
    def label(s: ScenarioEstimate) -> str:
        mark = "✗ " if s.fits_context is False else ""
        return (
            f"{mark}{s.model.name} · {key_mode_name(s.key_mode)} — {usd_amount(s.total_cost_usd)}"
        )

    def show_scenarios(self, scenarios: Sequence[ScenarioEstimate], selected: int) -> None:
        self.clear()
        self._bar_sets = []
        chart = self._chart
        chart.setTitle(self.tr("Month 1 total cost by model and key mode (USD)"))
        if not scenarios:
            return
        credits = QBarSet(self.tr("GPTBots credits"))
        credits.append([bar_value(credits_to_usd(s.monthly_total)) for s in scenarios])
        provider = QBarSet(self.tr("Provider bill"))
        provider.append([bar_value(s.provider_bill_usd or Decimal(0)) for s in scenarios])
        series = QHorizontalStackedBarSeries()
        series.append(credits)
        series.append(provider)
        chart.addSeries(series)
        labels = [self.label(s) for s in scenarios]
        # Qt's category axis needs unique labels; a plan may compare a model twice.
        labels = [
            f"{label} ({i + 1})" if labels.count(label) > 1 else label
            for i, label in enumerate(labels)
        ]
        y = self._category_axis(labels, Qt.AlignmentFlag.AlignLeft)
        x = self._value_axis(
            max(
                float(credits_to_usd(s.monthly_total) + (s.provider_bill_usd or 0))
                for s in scenarios
            )
            * 1.05,
            Qt.AlignmentFlag.AlignBottom,
            self.tr("USD, month 1"),
        )
        series.attachAxis(x)
        series.attachAxis(y)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._bar_sets = [credits, provider]
        self.select(selected)

    def totals(self) -> list[float]:
        """What each bar adds up to (tests: the total cost, to the cent)."""
        if not self._bar_sets:
            return []
        count = self._bar_sets[0].count()
        return [sum(bar_set.at(i) for bar_set in self._bar_sets) for i in range(count)]

    def select(self, index: int) -> None:
        for bar_set in self._bar_sets:
            bar_set.deselectAllBars()
            if 0 <= index < bar_set.count():
                bar_set.selectBar(index)
        self._after_theme()

    def _after_theme(self) -> None:
        super()._after_theme()
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        # the two parts of the selected bar stay apart: the provider's part lighter
        for bar_set, color in zip(
            self._bar_sets, (highlight, highlight.lighter(150)), strict=False
        ):
            bar_set.setSelectedColor(color)


class ProjectionChart(ThemedChartView):
    """Stacked bars per month: the credits of each priced billing type."""

    def show_months(self, months: Sequence[Month]) -> None:
        self.clear()
        chart = self._chart
        chart.setTitle(self.tr("Credits per month by billing type"))
        if not months:
            return
        series = QStackedBarSeries()
        for type_id in BILLING_TYPE_IDS:
            values = [m.lines[type_id].credits for m in months]
            if not any(v is not None and v > 0 for v in values):
                continue
            bar_set = QBarSet(billing_type_name(type_id))
            bar_set.append([0.0 if v is None else float(v) for v in values])
            series.append(bar_set)
        if not series.barSets():
            chart.setTitle(self.tr("Nothing priced to draw yet"))
            return
        chart.addSeries(series)
        x = self._category_axis([m.label for m in months], Qt.AlignmentFlag.AlignBottom)
        y = self._value_axis(
            max(float(m.total) for m in months) * 1.05,
            Qt.AlignmentFlag.AlignLeft,
            self.tr("credits"),
        )
        series.attachAxis(x)
        series.attachAxis(y)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
