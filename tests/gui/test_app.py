"""Starting the app: arguments, icon, desktop file name, a plan from the command line, shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from gptbots_planner import APP_ID
from gptbots_planner.core.planfile import load_example_plan, write_plan
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


def test_keyboard_only_use(qtbot, make_controller):
    """Real key presses on a shown, active window: shortcuts fire and Tab leaves the tables."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView

    controller = make_controller()
    controller.start([])  # the example plan, unchanged
    window = controller.window
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    table = window.workspace.table
    rows = controller.model.rowCount()
    assert rows > 0

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.workspace.filter_edit
    qtbot.keyClick(window.workspace.filter_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is table
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert controller.model.rowCount() == rows - 1
    # Tab goes on to the next control, not to the next cell (6 presses a row before).
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    for view in window.findChildren(QTableView):
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not view, view.objectName()

    prompts = controller.prompts
    prompts.unsaved_answer = "discard"
    name = controller.document.display_name
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert prompts.asked[-1] == ("unsaved", name)  # the removed row is an unsaved change
    assert controller.model.rowCount() == 0


def test_window_layout_is_remembered(qtbot, make_controller):
    first = make_controller().window
    first.show()
    first.resize(760, 640)  # inside the offscreen screen (800x800): restoreGeometry clamps
    first.main.setSizes([250, 500])
    first.workspace.table.setColumnWidth(0, 321)
    qtbot.waitUntil(lambda: first.size().width() == 760)
    first.save_layout()
    sizes = first.main.sizes()

    second = make_controller().window
    second.restore_layout()
    second.show()
    qtbot.waitUntil(lambda: second.size().width() == 760)
    assert second.size().height() == 640
    assert second.main.sizes() == sizes
    assert second.workspace.table.columnWidth(0) == 321
