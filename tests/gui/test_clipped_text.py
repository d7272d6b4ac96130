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


def test_projection_titles_wrap_and_each_is_whole(window, language):
    """ "Knowledge indexing (embedding)" made its column 232 px wide (the fourth title cut at
    the table's edge): long titles now take two lines, every title fits its section, and
    the section's tooltip has the whole title."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QHeaderView

    from gptbots_planner.gui.results.names import billing_type_name
    from gptbots_planner.gui.results.projection_model import FIRST_TYPE
    from gptbots_planner.gui.results.wrap_header import WRAP
    from gptbots_planner.vocab.billing import BILLING_TYPE_IDS

    results = window.results
    results.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    view = results.projection_view
    header = view.horizontalHeader()
    model = view.model()
    metrics = header.fontMetrics()
    indexing = FIRST_TYPE + BILLING_TYPE_IDS.index("knowledge_index")
    assert not view.isColumnHidden(indexing)  # the example indexes its documents
    title = model.headerData(indexing, Qt.Orientation.Horizontal)
    assert title == billing_type_name("knowledge_index")
    if language == "en":
        assert view.columnWidth(indexing) < metrics.horizontalAdvance(title)  # it wraps ...
        assert header.height() >= 2 * metrics.height()  # ... onto a second line
        assert header.height() < 3 * metrics.height()  # and not a third
    else:  # "知识索引": short titles, one line
        assert header.height() < 2 * metrics.height()
    checked = 0
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        text = model.headerData(column, Qt.Orientation.Horizontal)
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert tip == text
        # the label's room: the section less its margins and the sort indicator's place
        natural = QHeaderView.sectionSizeFromContents(header, column)  # one line, Qt's own
        room = view.columnWidth(column) - (natural.width() - metrics.horizontalAdvance(text))
        box = metrics.boundingRect(QRect(0, 0, room, 10_000), int(WRAP), text)
        assert box.width() <= room + 2, text  # (a box holds the glyphs' bearings too)
        one_line = metrics.boundingRect(QRect(0, 0, 10_000, 10_000), int(WRAP), text).height()
        assert box.height() <= header.height() and box.height() < 3 * one_line, text
        checked += 1
    assert checked >= 5
