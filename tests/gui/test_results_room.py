"""Issue 14: the results can be read as a user meets them in a 1600x1000 window.

Bar labels are never elided (up to 20 scenarios, English and Chinese), no chart text is in
scientific notation, the cheapest is marked in the chart, the comparison shows up to ten
rows and the projection twelve months without dragging a splitter, and splitter positions
are remembered.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QValueAxis
from PySide6.QtWidgets import QApplication

from gptbots_planner.core.catalog import load_catalog
from gptbots_planner.core.estimate import estimate
from gptbots_planner.core.plan import Scenario
from gptbots_planner.core.planfile import load_example_plan, write_plan

KEY_MODES = ("gptbots_key", "own_key")


def comparison_plan(folder: Path, models: int) -> Path:
    plan = load_example_plan("customer-service")
    ids = list(load_catalog().llm)[:models]
    plan.scenarios = [Scenario(m, k) for m in ids for k in KEY_MODES]
    plan.set_field("tool_calls_per_turn", "0")  # all priced: one scenario is the cheapest
    return write_plan(plan, folder / f"compare-{models}.gbplan")


def open_window(qtbot, make_controller, plan_path: Path, width: int, height: int):
    controller = make_controller()
    window = controller.window
    window.resize(width, height)
    window.show()
    assert controller.open_path(plan_path, ask=False)
    results = window.results
    qtbot.waitUntil(lambda: results.comparison_model.rowCount() > 0, timeout=20000)
    return controller, window, results


@pytest.mark.parametrize("models", [5, 10])
def test_every_bar_label_is_shown_in_full(qtbot, make_controller, tmp_path, language, models):
    _c, window, results = open_window(
        qtbot, make_controller, comparison_plan(tmp_path, models), 1600, 1000
    )
    results.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    chart = results.comparison_chart
    bars = chart.bars()
    assert len(bars) == 2 * models
    assert chart.elided_labels() == [b.label for b in bars]
    # the label column lies inside the chart, left of every bar
    for row in chart.row_geometry():
        assert row.label.left() >= 0 and row.label.right() <= row.bar.left()
        assert row.value.right() <= chart.width() + 1
    # the chart is tall enough for its rows (the page around it scrolls)
    assert chart.height() >= chart.minimumSizeHint().height()
    # the breakdown's bars too
    results.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    breakdown = results.breakdown_chart
    assert breakdown.bars()
    assert breakdown.elided_labels() == [b.label for b in breakdown.bars()]


def test_the_cheapest_is_marked_in_the_chart(qtbot, make_controller, tmp_path):
    _c, _w, results = open_window(qtbot, make_controller, comparison_plan(tmp_path, 3), 1600, 1000)
    est = results._estimate  # noqa: SLF001 - what the panel shows
    assert est is not None and est.cheapest is not None
    index = est.scenarios.index(est.cheapest)
    bars = results.comparison_chart.bars()
    assert bars[index].strong and bars[index].label.startswith("★ ")
    assert [b for b in bars if b.strong] == [bars[index]]
    # and clicking a bar chooses that scenario
    results.comparison_chart.rowClicked.emit(2)
    assert results.selected_scenario() is est.scenarios[2]
    assert results.comparison_chart.selected() == 2


def test_no_chart_text_uses_scientific_notation(qtbot):
    """A big plan: month 1 is over a million credits (Qt's %g would print 1.26261e+06)."""
    from gptbots_planner.gui.results import ResultsPanel

    plan = load_example_plan("customer-service")
    plan.set_field("conversations_per_month", 3_000_000)
    catalog = load_catalog()
    est = estimate(plan, catalog)
    assert est.scenarios[0].monthly_total > 1_000_000
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.set_estimate(est, plan, catalog)
    texts: list[str] = []
    for chart in (panel.breakdown_chart, panel.comparison_chart):
        texts.append(chart.title())
        for bar in chart.bars():
            texts += [bar.label, bar.value_text]
    assert any("," in t for t in texts)  # thousands separated, as the tables write them
    projection = panel.projection_chart.chart()
    for axis in projection.axes():
        if isinstance(axis, QValueAxis):
            assert axis.labelFormat() in ("%.0f", "%.2f")
        if isinstance(axis, QBarCategoryAxis):
            texts += axis.categories()
    for series in projection.series():
        texts += [s.label() for s in series.barSets()]
    assert texts and not [t for t in texts if re.search(r"\de[+-]\d", t)]


def test_results_have_room_at_1600x1000(qtbot, make_controller, tmp_path):
    _c, window, results = open_window(
        qtbot, make_controller, comparison_plan(tmp_path, 5), 1600, 1000
    )
    results.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    view = results.comparison_view
    assert results.comparison_model.rowCount() == 10
    shown = [
        r
        for r in range(10)
        if view.visualRect(view.model().index(r, 0)).bottom() <= view.viewport().height()
    ]
    assert len(shown) == 10
    results.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    projection = results.projection_view
    months = results.projection_model.rowCount()
    assert months == 12
    visible = [
        r
        for r in range(months)
        if 0
        <= projection.visualRect(projection.model().index(r, 0)).bottom()
        <= projection.viewport().height()
    ]
    assert len(visible) == 12


def test_splitter_positions_are_remembered(qtbot, make_controller):
    controller = make_controller()
    window = controller.window
    window.resize(1600, 1000)
    window.show()
    splitters = window.splitters()
    names = [s.objectName() for s in splitters]
    assert len(set(names)) == len(names) and all(names)
    assert {"comparisonSplitter", "projectionSplitter", "breakdownSplitter"} <= set(names)
    results = window.results
    for index in range(3):
        results.tabs.setCurrentIndex(index)
        QApplication.processEvents()
    wanted = {}
    for splitter in splitters:
        sizes = splitter.sizes()
        if len(sizes) == 2 and sum(sizes) > 400:
            total = sum(sizes)
            splitter.setSizes([total // 3, total - total // 3])
            wanted[splitter.objectName()] = splitter.sizes()
    assert "projectionSplitter" in wanted
    window.save_layout()
    again = make_controller()
    again.window.restore_layout()
    again.window.resize(1600, 1000)  # offscreen, the restored geometry is not the saved one
    again.window.show()
    for index in range(3):
        again.window.results.tabs.setCurrentIndex(index)
        QApplication.processEvents()
    restored = {s.objectName(): s.sizes() for s in again.window.splitters()}
    for name, sizes in wanted.items():
        got = restored[name]
        assert got[0] / sum(got) == pytest.approx(sizes[0] / sum(sizes), abs=0.02), name


def test_the_projection_legend_and_months_are_readable(qtbot, make_controller, tmp_path):
    from PySide6.QtGui import QFontMetrics

    _c, window, results = open_window(
        qtbot, make_controller, comparison_plan(tmp_path, 5), 1366, 768
    )
    results.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    chart = results.projection_chart
    entries = chart.legend_entries()
    assert len(entries) >= 2
    legend = chart.legend_label
    assert legend.isVisible()
    assert not chart.chart().legend().isVisible()  # QtCharts' own legend elides names
    for name, color in entries:
        assert name in legend.text() and color in legend.text()
    assert legend.heightForWidth(legend.width()) <= legend.height()
    months = [a for a in chart.chart().axes() if isinstance(a, QBarCategoryAxis)][0]
    labels = months.categories()
    assert labels == [str(i + 1) for i in range(12)]
    per_month = chart.chart().plotArea().width() / len(labels)
    assert per_month >= QFontMetrics(months.labelsFont()).horizontalAdvance("12") + 12
