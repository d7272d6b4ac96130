"""Issue 14 bug 7: at 1366x768 no text the user must read is cut: the Measured tab's
placeholders, the breakdown's USD column, the Services tab's lists (the image rule)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

TEXT_MARGIN = 12  # a line edit's frame and text margins (Fusion: 2 x (3 + 2) + slack)
ARROW = 28  # a combo box's frame and drop-down arrow


@pytest.fixture
def window(qtbot, make_controller, language):
    controller = make_controller()
    window = controller.window
    window.resize(1366, 768)
    window.show()
    controller.start([])
    qtbot.waitUntil(lambda: window.results.comparison_model.rowCount() > 0, timeout=20000)
    return window


def test_measured_placeholders_fit(window):
    panel = window.plan_panel
    panel.setCurrentIndex(3)
    QApplication.processEvents()
    from gptbots_planner.vocab import fields

    shown = 0
    for name in fields.MEASURES:
        edit = panel.edits[name]
        if edit.text():
            continue
        text = edit.placeholderText()
        assert text
        assert edit.fontMetrics().horizontalAdvance(text) + TEXT_MARGIN <= edit.width(), text
        shown += 1
    assert shown >= 3


def test_breakdown_columns_fit(window):
    results = window.results
    results.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    view = results.breakdown_view
    model = view.model()
    viewport = view.viewport().width()
    right = 0
    for column in range(model.columnCount()):
        right = max(right, view.header().sectionViewportPosition(column) + view.columnWidth(column))
    assert right <= viewport  # the USD column is not cut at the edge
    metrics = view.fontMetrics()
    usd = model.columnCount() - 1
    for row in range(model.rowCount()):
        text = model.index(row, usd).data()
        assert metrics.horizontalAdvance(str(text)) <= view.columnWidth(usd), text


def test_service_and_setting_lists_show_their_choice(window):
    panel = window.plan_panel
    panel.setCurrentIndex(4)
    QApplication.processEvents()
    assert "image_rule" in panel.combos
    for name, combo in panel.combos.items():
        for i in range(combo.count()):
            text = combo.itemText(i)
            assert combo.fontMetrics().horizontalAdvance(text) + ARROW <= combo.width(), (
                name,
                text,
            )
