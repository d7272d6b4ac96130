"""Plans as files: save and re-open, unsaved-change prompts, autosave and crash recovery."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from gptbots_planner.core.estimate import estimate
from gptbots_planner.core.money import fmt_credits
from gptbots_planner.core.planfile import load_example_plan, read_plan
from gptbots_planner.gui.recovery import AutosaveSession, find_autosaves


def total_text(controller) -> str:
    label = controller.window.findChild(QWidget, "monthlyTotal")
    assert isinstance(label, QLabel)
    return label.text()


def core_total(controller) -> str:
    return fmt_credits(
        estimate(controller.document.plan, controller.catalog).scenarios[0].monthly_total
    )


def wait_total(qtbot, controller) -> str:
    expected = core_total(controller)
    qtbot.waitUntil(lambda: total_text(controller).split()[:1] == [expected], timeout=5000)
    return expected


def test_example_plan_opens_by_default(qtbot, make_controller):
    controller = make_controller()
    controller.start([])
    assert controller.document.plan.name == load_example_plan("customer-service").name
    assert not controller.document.dirty
    assert controller.model.rowCount() == len(controller.document.plan.items)
    wait_total(qtbot, controller)
    examples = [a.text() for a in controller.window.examples_menu.actions()]
    assert len(examples) == 2


def test_saved_plan_reopens_with_the_same_total(qtbot, make_controller, prompts, tmp_path):
    controller = make_controller()
    controller.start([])
    controller.edit_field("conversations_per_month", "12345.5")
    assert controller.document.dirty
    saved_total = wait_total(qtbot, controller)
    target = tmp_path / "my plan.gbplan"
    prompts.save_answer = target
    assert controller.save()
    assert not controller.document.dirty
    assert str(read_plan(target).assumptions["conversations_per_month"]) == "12345.5"
    assert str(target) in controller.settings.recent_plans

    other = make_controller()
    other.start([target])
    assert other.document.path == target
    assert wait_total(qtbot, other) == saved_total
    assert total_text(other).split()[0] == saved_total


def test_bad_plan_file_gives_a_clear_error(make_controller, prompts, tmp_path):
    broken = tmp_path / "broken.gbplan"
    broken.write_text("{not json", encoding="utf-8")
    controller = make_controller()
    controller.start([broken])
    assert prompts.errors and "broken.gbplan" in prompts.errors[0][1]
    assert controller.document.plan.name == load_example_plan("customer-service").name


def test_unsaved_changes_prompt_on_new(make_controller, prompts):
    controller = make_controller()
    controller.start([])
    controller.edit_field("months", "24")
    prompts.unsaved_answer = "cancel"
    controller.new_plan()
    assert controller.document.plan.assumptions["months"] == 24  # kept
    assert ("unsaved", controller.document.display_name) in prompts.asked
    prompts.unsaved_answer = "discard"
    controller.new_plan()
    assert controller.document.plan.items == []
    assert not controller.document.dirty


def test_invalid_input_is_refused_with_the_core_message(qtbot, make_controller):
    controller = make_controller()
    controller.start([])
    panel = controller.window.plan_panel
    edit = panel.edits["image_turn_share"]
    before = controller.document.plan.assumptions["image_turn_share"]
    # A share is typed in percent.  Key by key: "1" and "15" are valid on the way to the
    # refused "150".
    panel.setCurrentIndex(1)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "150")
    assert edit.text() == "150"  # what was typed stays, to be corrected
    # The plan is back at its value from before the edit, not at the "15" passed on the way.
    assert controller.document.plan.assumptions["image_turn_share"] == before
    assert "at most 100 %" in edit.toolTip()
    error = panel.error_labels["image_turn_share"]
    assert "at most 100 %" in error.text()
    assert "Share of turns with an image" in controller.window.statusBar().currentMessage()
    edit.selectAll()
    qtbot.keyClicks(edit, "25")
    assert str(controller.document.plan.assumptions["image_turn_share"]) == "0.25"
    assert not error.text()


def test_a_refused_input_shows_the_short_reason_without_the_field_id(qtbot, make_controller):
    controller = make_controller()
    controller.start([])
    panel = controller.window.plan_panel
    panel.edits["image_turn_share"].textEdited.emit("150")
    error = panel.error_labels["image_turn_share"]
    assert error.text() == "Must be at most 100 % of turns."


def test_autosave_then_recovery_after_a_crash(qtbot, make_controller, prompts):
    controller = make_controller(autosave_ms=10)
    controller.start([])
    controller.edit_field("conversations_per_month", "777")
    autosave_file = controller.autosave.plan_file
    # The note beside the plan is written last.
    qtbot.waitUntil(controller.autosave.meta_file.exists, timeout=3000)
    assert str(read_plan(autosave_file).assumptions["conversations_per_month"]) == "777"
    # A crash: the session ends without its clean-up, so the autosave stays behind, and the
    # OS drops the session's lock (a real kill -9: tests/gui/test_autosave_kill.py).
    controller.autosave.lock.release()

    prompts.recover_answer = ("recover", 0)
    survivor = make_controller()
    survivor.start([])
    assert prompts.asked[-1][0] == "recover"
    assert str(survivor.document.plan.assumptions["conversations_per_month"]) == "777"
    assert survivor.document.dirty  # recovered work is not saved yet
    assert not autosave_file.exists()  # taken over by the new session
    assert find_autosaves(exclude=survivor.autosave.session) == []


def test_recovery_discard_removes_the_autosave(make_controller, prompts):
    plan = load_example_plan("voice-assistant")
    AutosaveSession().write(plan, None)
    prompts.recover_answer = ("discard", -1)
    controller = make_controller()
    controller.start([])
    assert ("recover", [plan.name]) in prompts.asked
    assert find_autosaves() == []
    assert controller.document.plan.name == load_example_plan("customer-service").name


def test_recovery_closed_without_an_answer_keeps_the_autosave(make_controller, prompts):
    plan = load_example_plan("voice-assistant")
    AutosaveSession().write(plan, None)
    prompts.recover_answer = ("later", -1)
    controller = make_controller()
    controller.start([])
    assert [a.plan_name for a in find_autosaves(exclude=controller.autosave.session)] == [plan.name]
    assert controller.document.plan.name == load_example_plan("customer-service").name
    # ... and the next start offers it again.
    prompts.recover_answer = ("recover", 0)
    again = make_controller()
    again.start([])
    assert again.document.plan.name == plan.name


def test_clean_save_removes_the_autosave(qtbot, make_controller, prompts, tmp_path):
    controller = make_controller(autosave_ms=10)
    controller.start([])
    controller.edit_field("months", "6")
    qtbot.waitUntil(controller.autosave.meta_file.exists, timeout=3000)
    meta = json.loads(controller.autosave.meta_file.read_text(encoding="utf-8"))
    assert meta["plan_name"] == controller.document.plan.name
    prompts.save_answer = tmp_path / "saved.gbplan"
    assert controller.save()
    assert not controller.autosave.plan_file.exists()


def test_scenarios_follow_models_and_key_mode(qtbot, make_controller):
    controller = make_controller()
    controller.start([])
    controller.edit_scenarios(["openai/gpt-4.1-1m", "deepseek/deepseek-v3-64k"], "both")
    scenarios = [(s.model_id, s.key_mode) for s in controller.document.plan.scenarios]
    assert scenarios == [
        ("openai/gpt-4.1-1m", "gptbots_key"),
        ("openai/gpt-4.1-1m", "own_key"),
        ("deepseek/deepseek-v3-64k", "gptbots_key"),
        ("deepseek/deepseek-v3-64k", "own_key"),
    ]
    wait_total(qtbot, controller)
    selector = controller.window.findChild(QWidget, "modelSelector")
    assert selector is not None
    key_mode = controller.window.findChild(QWidget, "keyMode")
    key_mode.setCurrentIndex(key_mode.findData("own_key"))
    assert {s.key_mode for s in controller.document.plan.scenarios} == {"own_key"}


def test_entered_price_reloads_the_catalog_and_reprices(qtbot, make_controller):
    from gptbots_planner.core.catalog import write_user_catalog

    controller = make_controller()
    controller.start([])
    wait_total(qtbot, controller)
    first = estimate(controller.document.plan, controller.catalog).scenarios[0]
    assert "tool_call" in first.unpriced_types
    # What the results panel's price dialog does: write the user catalog, then signal.
    write_user_catalog({"schema": 1, "open_prices": {"tool_call": "1.5"}})
    controller.window.results.catalogChanged.emit()
    repriced = estimate(controller.document.plan, controller.catalog).scenarios[0]
    assert "tool_call" not in repriced.unpriced_types
    assert repriced.monthly_total > first.monthly_total
    wait_total(qtbot, controller)


def test_closing_with_unsaved_changes_can_be_cancelled(make_controller, prompts):
    controller = make_controller()
    controller.start([])
    controller.window.show()
    controller.edit_field("months", "3")
    prompts.unsaved_answer = "cancel"
    assert not controller.window.close()
    assert controller.window.isVisible()
    assert controller.autosave.session  # still running: nothing cleaned up
    prompts.unsaved_answer = "discard"
    assert controller.window.close()


def test_a_new_model_tokenizer_remeasures_files(drop, qtbot, make_controller, tmp_path):
    note = tmp_path / "doc.txt"
    note.write_text("Knowledge about parcels and returns. " * 30, encoding="utf-8")
    controller = make_controller()
    controller.new_plan()
    controller.edit_scenarios(["openai/gpt-3.5-turbo-16k"], "gptbots_key")
    with qtbot.waitSignal(controller.scans.scanFinished, timeout=20000):
        drop(controller.window.workspace, [note])
    assert set(controller.model.item_at(0).measurement.tokens) == {"cl100k_base"}
    with qtbot.waitSignal(controller.scans.scanFinished, timeout=20000):
        controller.edit_scenarios(["openai/gpt-4.1-1m"], "gptbots_key")
    assert set(controller.model.item_at(0).measurement.tokens) == {"cl100k_base", "o200k_base"}
    assert controller.model.rowCount() == 1


def test_every_input_has_an_accessible_name(make_controller):
    from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView, QTreeView

    window = make_controller().window
    for part in (window.plan_panel, window.workspace):
        inputs = (
            part.findChildren(QLineEdit)
            + part.findChildren(QComboBox)
            + part.findChildren(QTableView)
            + part.findChildren(QTreeView)
        )
        assert inputs
        for widget in inputs:
            if inside_combo(widget):
                continue  # a combo box's own editor or popup list: named by the combo
            assert widget.accessibleName(), widget.objectName() or type(widget).__name__


def inside_combo(widget) -> bool:
    from PySide6.QtWidgets import QComboBox

    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parent()
    return False


def test_measured_values_show_as_placeholders(qtbot, make_controller):
    controller = make_controller()
    controller.start([])
    wait_total(qtbot, controller)
    measures = estimate(controller.document.plan, controller.catalog).scenarios[0].measures
    edits = controller.window.plan_panel.edits
    assert edits["system_prompt_tokens"].placeholderText() == (
        f"measured: {fmt_credits(measures.system_prompt_tokens, 0)}"
    )
    assert edits["image_tokens_per_image"].text() == "765"  # the example's override
    controller.edit_field("image_tokens_per_image", "")
    assert "image_tokens_per_image" not in controller.document.plan.overrides
    label = controller.window.plan_panel.knowledge_label.text()
    assert fmt_credits(measures.knowledge_tokens, 0) in label


def test_save_as_suggests_a_safe_file_name(make_controller, prompts, tmp_path):
    controller = make_controller()
    controller.new_plan()
    controller.edit_field("name", "Q3/Q4: shop bot")
    prompts.save_answer = None  # the user cancels the dialog
    assert not controller.save()
    kind, suggested = prompts.asked[-1]
    assert kind == "save"
    assert Path(suggested).name == "Q3-Q4- shop bot.gbplan"
    assert controller.document.dirty


def test_save_to_an_unwritable_place_says_why(make_controller, prompts, tmp_path):
    controller = make_controller()
    controller.start([])
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    prompts.save_answer = blocker / "plan.gbplan"
    assert not controller.save_as()
    assert prompts.errors and "plan.gbplan" in prompts.errors[0][1]
    assert controller.document.path is None


def test_a_long_plan_name_reads_from_its_start(qtbot, make_controller) -> None:
    from gptbots_planner.core.plan import Plan
    from gptbots_planner.gui.plan_form import PlanPanel

    controller = make_controller()
    name = "Comparison: context windows and the provider's bill, for the Northwind rollout"
    controller.document.replace(Plan(name=name), None)
    panel = controller.window.findChild(PlanPanel)
    assert panel is not None
    qtbot.waitUntil(lambda: panel.name_edit.text() == name)
    assert panel.name_edit.cursorPosition() == 0
    assert panel.name_edit.toolTip() == name
