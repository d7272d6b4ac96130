"""At start: the plan open at the last exit comes back; the example only on the first start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

from gptbots_planner.core.plan import Plan
from gptbots_planner.core.planfile import load_example_plan, write_plan
from gptbots_planner.gui import startup
from gptbots_planner.gui.recovery import AutosaveSession
from gptbots_planner.gui.settings import read_settings

EXAMPLE = load_example_plan("customer-service").name


def open_recent(menu: QMenu) -> list[str]:
    """Pop Open Recent up as a click on File does (it checks its plans as it shows); the
    paths it then lists."""
    menu.popup(QPoint(0, 0))
    shown = [a.toolTip() for a in menu.actions() if a.isEnabled()]
    menu.hide()
    return shown


def _saved_plan(folder: Path, name: str = "Kept plan") -> Path:
    path = folder / f"{name}.gbplan"
    write_plan(Plan(name=name), path)
    return path


def test_the_example_only_on_the_very_first_start(make_controller, prompts):
    first = make_controller()
    first.start([])
    assert first.document.plan.name == EXAMPLE and first.document.path is None
    first.shutdown()
    second = make_controller()
    second.start([])
    assert second.document.plan.name != EXAMPLE
    assert second.document.plan.items == [] and second.document.path is None
    assert not second.document.dirty
    assert prompts.errors == []


def test_the_last_plan_reopens(make_controller, prompts, tmp_path):
    path = _saved_plan(tmp_path)
    first = make_controller()
    first.start([])
    assert first.open_path(path)
    first.shutdown()
    assert startup.last_plan() == path.absolute()
    again = make_controller()
    again.start([])
    assert again.document.path == path.absolute()
    assert again.document.plan.name == "Kept plan"
    assert again.window.windowTitle().startswith("Kept plan.gbplan")


def test_a_plan_saved_under_a_new_name_is_the_one_reopened(make_controller, prompts, tmp_path):
    first = make_controller()
    first.start([])
    prompts.save_answer = tmp_path / "renamed.gbplan"
    assert first.save_as()
    first.shutdown()
    again = make_controller()
    again.start([])
    assert again.document.path == (tmp_path / "renamed.gbplan").absolute()


def test_a_vanished_last_plan_starts_empty_and_says_so_without_a_dialog(
    make_controller, prompts, tmp_path
):
    path = _saved_plan(tmp_path)
    first = make_controller()
    first.start([])
    first.open_path(path)
    first.shutdown()
    path.unlink()
    again = make_controller()
    again.start([])
    assert again.document.path is None and again.document.plan.items == []
    assert again.document.plan.name != EXAMPLE
    message = again.window.statusBar().currentMessage()
    assert str(path.absolute()) in message and "could not be opened" in message
    assert prompts.errors == []  # the status bar, not a modal dialog
    assert startup.last_plan() is None  # said once


def test_a_new_plan_at_exit_is_not_reopened(make_controller, prompts, tmp_path):
    first = make_controller()
    first.start([])
    first.open_path(_saved_plan(tmp_path))
    first.new_plan()
    first.shutdown()
    again = make_controller()
    again.start([])
    assert again.document.path is None and again.document.plan.items == []
    assert again.window.statusBar().currentMessage() == ""


def test_recovered_work_comes_before_the_last_plan(make_controller, prompts, tmp_path):
    path = _saved_plan(tmp_path)
    first = make_controller()
    first.start([])
    first.open_path(path)
    first.shutdown()
    unsaved = Plan(name="Unsaved work")
    AutosaveSession().write(unsaved, None)
    prompts.recover_answer = ("recover", 0)
    again = make_controller()
    again.start([])
    assert ("recover", ["Unsaved work"]) in prompts.asked
    assert again.document.plan.name == "Unsaved work" and again.document.dirty


def test_plans_given_on_the_command_line_come_first(make_controller, prompts, tmp_path):
    first = make_controller()
    first.start([])
    first.open_path(_saved_plan(tmp_path, "Last"))
    first.shutdown()
    given = _saved_plan(tmp_path, "Given")
    again = make_controller()
    again.start([given])
    assert again.document.path == given


def test_open_recent_lists_at_most_8_and_drops_vanished_plans(make_controller, tmp_path):
    controller = make_controller()
    controller.start([])
    paths = [_saved_plan(tmp_path, f"plan {n}") for n in range(10)]
    for path in paths:
        assert controller.open_path(path)
    menu = controller.window.recent_menu
    assert len(menu.actions()) == 8
    assert menu.actions()[0].toolTip() == str(paths[-1])
    paths[-2].unlink()
    paths[-3].unlink()
    controller.open_path(paths[0])
    listed = [a.toolTip() for a in menu.actions()]
    assert str(paths[-2]) in listed and len(listed) == 8  # not looked at until it shows
    shown = open_recent(menu)
    assert str(paths[-2]) not in shown and str(paths[-3]) not in shown
    assert shown[0] == str(paths[0]) and len(shown) == 6
    assert controller.settings.recent_plans == shown  # and the settings forget them too
    assert read_settings()[0].recent_plans == shown  # saved
    menu.actions()[1].trigger()
    assert controller.document.path == paths[-1]


def test_open_recent_with_every_plan_gone_says_so(make_controller, tmp_path):
    controller = make_controller()
    controller.start([])
    path = _saved_plan(tmp_path)
    assert controller.open_path(path)
    controller.new_plan()
    path.unlink()
    menu = controller.window.recent_menu
    assert menu.isEnabled()
    assert open_recent(menu) == []
    assert [a.text() for a in menu.actions()] == ["No recent plans"]
    assert not menu.actions()[0].isEnabled()
    assert controller.settings.recent_plans == []
    assert not menu.isEnabled()  # the next time it cannot open
