"""Issue 14 bug 6: an inline error or the red "unpriced" line appearing or going never moves
the controls below it (a click would land on another control)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from gptbots_planner.core.catalog import load_catalog
from gptbots_planner.core.estimate import estimate
from gptbots_planner.core.planfile import load_example_plan
from gptbots_planner.gui.results import ResultsPanel


def top_left(widget: QWidget) -> QPoint:
    return widget.mapTo(widget.window(), QPoint(0, 0))


def test_an_inline_error_does_not_move_the_next_input(qtbot, make_controller):
    controller = make_controller()
    controller.start([])
    window = controller.window
    window.resize(1600, 1000)
    window.show()
    panel = window.plan_panel
    panel.setCurrentIndex(2)  # Usage
    QApplication.processEvents()
    edit = panel.edits["conversations_per_month"]
    below = panel.daily_button
    next_edit = panel.edits["turns_per_conversation"]
    before = (top_left(below), top_left(next_edit))
    edit.setText("-5")
    edit.textEdited.emit("-5")
    QApplication.processEvents()
    error = panel.error_labels["conversations_per_month"]
    assert error.text()
    assert (top_left(below), top_left(next_edit)) == before
    # the whole reason fits its reserved line
    assert error.fontMetrics().horizontalAdvance(error.text()) <= error.width()
    edit.setText("3000")
    edit.textEdited.emit("3000")
    QApplication.processEvents()
    assert not error.text()
    assert (top_left(below), top_left(next_edit)) == before


def test_the_unpriced_line_does_not_move_the_tabs(qtbot):
    catalog = load_catalog()
    unpriced = load_example_plan("customer-service")
    priced = load_example_plan("customer-service")
    priced.set_field("tool_calls_per_turn", "0")
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    panel.set_estimate(estimate(unpriced, catalog), unpriced, catalog)
    QApplication.processEvents()
    assert panel.unpriced_label.isVisible()
    before = top_left(panel.tabs)
    panel.set_estimate(estimate(priced, catalog), priced, catalog)
    QApplication.processEvents()
    assert not panel.unpriced_label.isVisible()
    assert top_left(panel.tabs) == before
    panel.set_estimate(estimate(unpriced, catalog), unpriced, catalog)
    QApplication.processEvents()
    assert top_left(panel.tabs) == before
