"""Issue 14 bug 4: the price dialog shows its whole intro and its whole error message."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from gptbots_planner.core.catalog import load_catalog
from gptbots_planner.core.estimate import estimate
from gptbots_planner.core.planfile import load_example_plan
from gptbots_planner.gui.results import ResultsPanel


def fully_shown(label: QLabel) -> bool:
    """The label's text needs no more height than it has, and the label is inside its window."""
    window = label.window()
    placed = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
    return window.rect().contains(placed) and label.heightForWidth(label.width()) <= label.height()


@pytest.mark.parametrize("type_id", ["tool_call", "llm_text"])
def test_the_price_dialog_shows_its_intro_and_error_in_full(qtbot, type_id):
    plan = load_example_plan("customer-service")
    catalog = load_catalog()
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.set_estimate(estimate(plan, catalog), plan, catalog)
    dialog = panel.open_price_dialog(type_id)
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    intro = dialog.findChild(QLabel, "priceIntro")
    assert intro is not None and fully_shown(intro)
    edit = dialog.findChildren(QLineEdit)[0]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "-1")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert dialog.isVisible()  # refused
    error = dialog.error_label
    assert error.isVisible() and error.text()
    assert fully_shown(error), (error.heightForWidth(error.width()), error.height())
    assert fully_shown(intro)
    dialog.reject()


def test_the_price_error_speaks_the_window_language(qtbot, qapp):
    from gptbots_planner.gui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "zh_CN")
    try:
        plan = load_example_plan("customer-service")
        catalog = load_catalog()
        panel = ResultsPanel()
        qtbot.addWidget(panel)
        panel.set_estimate(estimate(plan, catalog), plan, catalog)
        dialog = panel.open_price_dialog("tool_call")
        dialog.set_values(["-1"])
        assert dialog.save() is False
        text = dialog.error_label.text()
        assert text and "negative" not in text and "price" not in text
        dialog.reject()
    finally:
        remove_translators(qapp, translators)
        install_translators(qapp, "en")
