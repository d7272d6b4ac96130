"""Views of the estimate: breakdown and comparison bars (``bar_list``), the projection chart.

Decimal becomes float only here, for drawing; every number a person reads
as text comes from the exact values.  The charts follow the palette: dark
theme when the window colour is dark, re-themed on every palette change.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from gptbots_planner.core.estimate import Month, ScenarioEstimate
from gptbots_planner.core.money import credits_to_usd, display_value, fmt_credits
from gptbots_planner.gui.results import theme
from gptbots_planner.gui.results.bar_list import Bar, BarList
from gptbots_planner.gui.results.names import billing_type_name, key_mode_name, usd_amount
from gptbots_planner.vocab.billing import BILLING_TYPE_IDS

log = logging.getLogger(__name__)


def bar_value(credits: Decimal) -> float:
    """A bar's length: the amount as its text shows it (``money.display_value``: to the cent,
    a tiny non-zero amount with 2 significant digits, so it is never drawn as 0)."""
    return float(display_value(credits))


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


class BreakdownChart(BarList):
    """Horizontal bars: credits of each priced billing type in the chosen month."""

    def show_values(self, values: Sequence[tuple[str, Decimal]], title: str) -> None:
        if not values:
            self.set_bars(self.tr("Nothing priced to draw yet"), [])
            return
        bars = [Bar(billing_type_name(t), (bar_value(v),), fmt_credits(v)) for t, v in values]
        self.set_bars(title, bars)

    def values(self) -> list[float]:
        return [bar.parts[0] for bar in self.bars()]


class ComparisonChart(BarList):
    """One stacked bar per scenario: month 1's credits (in USD) plus the provider's bill, so
    the bar's length is the total cost; the selected scenario is highlighted, the cheapest
    (by total cost, as the workbook marks it) starred and bold.  A scenario whose call does
    not fit its model's window is marked with ✗ in the warning colour."""

    @staticmethod
    def label(s: ScenarioEstimate, cheapest: bool = False) -> str:
        mark = "✗ " if s.fits_context is False else ("★ " if cheapest else "")
        return f"{mark}{s.model.display} · {key_mode_name(s.key_mode)}"  # as the table

    def show_scenarios(
        self,
        scenarios: Sequence[ScenarioEstimate],
        selected: int,
        cheapest: ScenarioEstimate | None = None,
    ) -> None:
        bars = []
        for s in scenarios:
            value = usd_amount(s.total_cost_usd)
            if s.unpriced_types:
                value += " +?"
            bars.append(
                Bar(
                    self.label(s, s is cheapest),
                    (
                        bar_value(credits_to_usd(s.monthly_total)),
                        bar_value(s.provider_bill_usd or Decimal(0)),
                    ),
                    value,
                    strong=s is cheapest,
                    warning=s.fits_context is False,
                )
            )
        self.set_bars(
            self.tr("Month 1 total cost by model and key mode (USD)"),
            bars,
            (self.tr("GPTBots credits"), self.tr("Provider bill")),
        )
        self.select(selected)


class ProjectionChart(ThemedChartView):
    """Stacked bars per month: the credits of each priced billing type.  The legend is a
    wrapping label of its own (``legend_label``, placed below the chart by the panel):
    QtCharts' legend elides long billing type names to "Knowledge indexing (embed..."."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.legend_label = QLabel()
        self.legend_label.setObjectName("projectionLegend")
        self.legend_label.setWordWrap(True)
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        super().__init__(parent)

    def legend_entries(self) -> list[tuple[str, str]]:
        """(billing type name, colour) of each drawn series, as the legend shows them."""
        return [
            (bar_set.label(), bar_set.color().name())
            for series in self._chart.series()
            if isinstance(series, QAbstractBarSeries)
            for bar_set in series.barSets()
        ]

    def _after_theme(self) -> None:
        super()._after_theme()
        self.legend_label.setText(
            " &nbsp; ".join(
                f'<span style="color:{color}">■</span>&nbsp;{html.escape(name)}'
                for name, color in self.legend_entries()
            )
        )

    def show_months(self, months: Sequence[Month]) -> None:
        self.clear()
        self.legend_label.clear()
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
        # month numbers: "2027-01" twelve times over is elided to "2..." in a chart this wide
        x = self._category_axis(
            [str(i + 1) for i in range(len(months))], Qt.AlignmentFlag.AlignBottom
        )
        x.setTitleText(self.tr("month"))
        y = self._value_axis(
            max(float(m.total) for m in months) * 1.05,
            Qt.AlignmentFlag.AlignLeft,
            self.tr("credits"),
        )
        series.attachAxis(x)
        series.attachAxis(y)
        chart.legend().setVisible(False)  # legend_label instead
        self._after_theme()
