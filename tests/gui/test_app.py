"""Starting the app: arguments, icon, desktop file name, a plan from the command line, shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from gptbots_planner import APP_ID
from gptbots_planner.export.planfile import load_example_plan, write_plan
from gptbots_planner.gui import app as app_module
from gptbots_planner.gui.app import plan_arguments


def test_plan_arguments_skip_qt_options(tmp_path):
    plan = tmp_path / "a.gbplan"
    plan.write_text("{}", encoding="utf-8")
    assert plan_arguments(["-style", "fusion", str(plan), str(tmp_path / "b.gbplan")]) == [
        plan,
        tmp_path / "b.gbplan",
    ]


def test_run_opens_the_plan_given_and_exits_cleanly(qapp, tmp_path, monkeypatch):
    plan = load_example_plan("voice-assistant")
    path = tmp_path / "voice.gbplan"
    write_plan(plan, path)
    seen: dict[str, object] = {}

    def look_and_close() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
        seen["title"] = window.windowTitle()
        seen["icon"] = not QApplication.windowIcon().isNull()
        seen["desktop"] = QApplication.desktopFileName()
        window.close()

    QTimer.singleShot(300, look_and_close)
    # pytest-qt owns the application; its exec() is replaced by a loop that ends with the window.
    monkeypatch.setattr(qapp, "exec", lambda: _spin(qapp))
    assert app_module.run([str(path)]) == 0
    assert "voice.gbplan" in str(seen["title"])
    assert seen["icon"] is True
    assert seen["desktop"] == APP_ID


def _spin(qapp) -> int:
    """Process events until no main window is visible."""
    while any(
        w.isVisible() and w.objectName() == "mainWindow" for w in QApplication.topLevelWidgets()
    ):
        qapp.processEvents()
    return 0


def test_standard_shortcuts(make_controller):
    window = make_controller().window
    k = QKeySequence.StandardKey
    assert window.new_action.shortcut() == QKeySequence(k.New)
    assert window.open_action.shortcut() == QKeySequence(k.Open)
    assert window.save_action.shortcut() == QKeySequence(k.Save)
    assert window.save_as_action.shortcut() == QKeySequence("Ctrl+Shift+S")
    assert window.remeasure_action.shortcut() == QKeySequence("F5")
    assert window.find_action.shortcut() == QKeySequence(k.Find)
    assert window.remove_action.shortcut() == QKeySequence(k.Delete)
    for action in window.menuBar().actions():
        assert "&" in action.text()  # every menu has a mnemonic


def test_design_object_names_are_findable(make_controller):
    from PySide6.QtWidgets import QComboBox, QLabel, QTableView, QWidget

    window = make_controller().window
    assert window.findChild(QWidget, "workspace") is window.workspace
    assert isinstance(window.findChild(QWidget, "fileTable"), QTableView)
    assert window.findChild(QWidget, "modelSelector") is window.plan_panel.model_selector
    assert isinstance(window.findChild(QWidget, "keyMode"), QComboBox)
    assert isinstance(window.findChild(QWidget, "monthlyTotal"), QLabel)
