"""A plan handed over as a FileOpen event (macOS Finder) is opened like a command-line argument."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from gptbots_planner.gui.app import FileOpenFilter


def test_file_open_event_opens_the_plan(qtbot, tmp_path: Path) -> None:
    opened: list[Path] = []
    app = QApplication.instance()
    event_filter = FileOpenFilter(opened.append)
    app.installEventFilter(event_filter)
    try:
        plan = tmp_path / "budget.gbplan"
        QApplication.sendEvent(app, QFileOpenEvent(str(plan)))
    finally:
        app.removeEventFilter(event_filter)
    assert opened == [plan]
