"""Issue 14 bug 8: a filter that matches nothing says so, not "Drop files here"."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_a_filter_that_matches_nothing_is_not_an_empty_plan(qtbot, make_controller):
    controller = make_controller()
    controller.start([])
    window = controller.window
    window.show()
    workspace = window.workspace
    table = workspace.table
    files = controller.model.rowCount()
    assert files > 0
    workspace.filter_edit.setText("no such file zzz")
    QApplication.processEvents()
    assert table.model().rowCount() == 0
    text = table.empty_text()
    assert "Drop files here" not in text
    assert "no such file zzz" in text and str(files) in text
    # painting it works (the text is drawn in the viewport)
    table.viewport().grab()
    workspace.filter_edit.clear()
    assert table.model().rowCount() == files


def test_an_empty_plan_still_invites_a_drop(qtbot, make_controller):
    controller = make_controller()
    controller.start([])
    controller.window.new_action.trigger()
    assert controller.model.rowCount() == 0
    assert "Drop files here" in controller.window.workspace.table.empty_text()
