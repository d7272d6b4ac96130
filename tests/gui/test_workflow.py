"""The Workflow tab: components added, removed, reordered and edited change the plan and the
estimate exactly as the core computes them; the breakdown's component rows are the engine's
parts; a schema-1 plan says it was upgraded and is not rewritten until saved."""

from __future__ import annotations

import json
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from gptbots_planner.core.estimate import estimate
from gptbots_planner.core.money import fmt_credits
from gptbots_planner.core.planfile import load_example_plan, read_plan
from gptbots_planner.core.workflow_notes import component_credits
from gptbots_planner.gui.results.roles import COMPONENT_ROLE, DECIMAL_ROLE, ID_ROLE
from gptbots_planner.gui.texts import render_message
from gptbots_planner.vocab.messages import message


def started(make_controller, qtbot):
    controller = make_controller()
    controller.start([])
    wait_estimate(qtbot, controller)
    return controller


def wait_estimate(qtbot, controller) -> None:
    """Until the window shows the estimate of the plan as it is now (the core's own)."""
    expected = estimate(controller.document.plan, controller.catalog)

    def same() -> bool:
        got = controller.estimates.latest
        return got is not None and [s.monthly_total for s in got.scenarios] == [
            s.monthly_total for s in expected.scenarios
        ]

    qtbot.waitUntil(same, timeout=8000)
    qtbot.waitUntil(lambda: not controller.estimates._timer.isActive(), timeout=2000)


def panel(controller):
    return controller.window.plan_panel.workflow


def ids(controller) -> list[str]:
    return [c.id for c in controller.document.plan.components]


def test_the_workflow_tab_sits_beside_the_plan_form(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    tabs = controller.window.plan_panel
    assert tabs.findChild(type(panel(controller)), "workflowPanel") is panel(controller)
    assert tabs.indexOf(panel(controller)) >= 0
    assert panel(controller).list.topLevelItemCount() == len(ids(controller))


def test_adding_a_component_changes_the_plan_and_the_estimate(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    before = estimate(controller.document.plan, controller.catalog).scenarios[0].monthly_total
    count = len(ids(controller))
    menu = panel(controller).add_button.menu()
    classifier = next(a for a in menu.actions() if "Classifier" in a.text())
    classifier.trigger()
    assert len(ids(controller)) == count + 1
    assert controller.document.plan.components[-1].kind == "classifier"
    assert controller.document.dirty
    assert panel(controller).current_id() == ids(controller)[-1]
    wait_estimate(qtbot, controller)
    after = controller.estimates.latest.scenarios[0].monthly_total
    assert after > before  # one more LLM call per turn


def test_editing_a_component_goes_through_the_document(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    controller.document.set_dirty(False)
    editor = panel(controller).editor
    cid = panel(controller).current_id()
    share = editor.edits["turn_share"]
    share.setFocus()
    qtbot.keyClicks(share, "\b\b\b50")  # "100" -> "50" (percent)
    assert controller.document.plan.component(cid).turn_share == Decimal("0.5")
    assert controller.document.dirty
    editor.checks["sends_memory"].setChecked(False)
    assert controller.document.plan.component(cid).sends_memory is False
    editor.edits["output_tokens"].setText("")
    editor._typed("output_tokens", "")
    assert controller.document.plan.component(cid).output_tokens is None  # measured
    editor._typed("calls_per_turn", "2")
    assert controller.document.plan.component(cid).calls_per_turn == Decimal(2)
    wait_estimate(qtbot, controller)
    # a refused value leaves the plan as it was and says why under the input
    editor._typed("calls_per_turn", "-3")
    assert controller.document.plan.component(cid).calls_per_turn == Decimal(2)
    assert editor.error_labels["calls_per_turn"].isVisibleTo(editor)
    assert editor.error_text("calls_per_turn")


def test_a_fixed_model_is_chosen_from_the_model_tree(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    picker = panel(controller).editor.model_picker
    cid = panel(controller).current_id()
    fixed = next(m for m in controller.catalog.llm.values() if not m.takes_audio)
    first = picker.items.item(0)
    assert first.data(Qt.ItemDataRole.UserRole + 1) == "compared"
    picker.filter_edit.setText(fixed.id)
    for row in picker._rows():
        if row.data(Qt.ItemDataRole.UserRole + 1) == fixed.id:
            picker.tree.setCurrentIndex(picker.proxy.mapFromSource(row.index()))
    assert controller.document.plan.component(cid).model == fixed.id
    wait_estimate(qtbot, controller)


def test_keyboard_reorders_and_removes(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    controller.document.add_component("condition")
    controller.document.add_component("summary")
    first, second, third = ids(controller)[:1] + ids(controller)[-2:]
    view = panel(controller).list
    controller.window.show()
    controller.window.plan_panel.setCurrentWidget(panel(controller))
    panel(controller).select(third)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert ids(controller)[-2:] == [third, second]
    assert panel(controller).current_id() == third
    panel(controller).up_button.click()
    assert ids(controller).index(third) == ids(controller).index(second) - 2
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert third not in ids(controller)
    wait_estimate(qtbot, controller)
    assert first in ids(controller)


def test_the_last_component_cannot_be_removed(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    while len(ids(controller)) > 1:
        controller.document.remove_component(ids(controller)[-1])
    assert not panel(controller).remove_button.isEnabled()
    panel(controller).remove_current()
    assert len(ids(controller)) == 1


def test_component_credits_and_breakdown_rows_are_the_engines(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    controller.document.add_component("classifier")
    wait_estimate(qtbot, controller)
    results = controller.window.results
    scenario = results.selected_scenario()
    month = scenario.first
    for c in controller.document.plan.components:
        credits = component_credits(month, c.id)
        share = fmt_credits(credits / month.total * 100, 1)
        assert panel(controller).share_text(c.id) == f"{share} %"
    proxy = results.breakdown_proxy
    for row in range(proxy.rowCount()):
        parent = proxy.index(row, 0)
        line = month.lines[parent.data(ID_ROLE)]
        children = proxy.rowCount(parent)
        assert children == len(line.components)
        for child in range(children):
            cid = proxy.index(child, 0, parent).data(COMPONENT_ROLE)
            part = line.components[cid]
            assert proxy.index(child, 2, parent).data(DECIMAL_ROLE) == part.get("credits")
            name = controller.document.plan.component(cid).name
            assert proxy.index(child, 0, parent).data() == name
    assert proxy.rowCount(QModelIndex()) == 10


def _schema_one(tmp_path):
    data = load_example_plan("customer-service").to_dict()
    data["schema_version"] = 1
    del data["components"]
    data["assumptions"]["llm_calls_per_turn"] = "2"
    path = tmp_path / "old.gbplan"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_schema_one_plan_says_it_was_upgraded_and_is_kept_until_saved(
    qtbot, make_controller, prompts, tmp_path
):
    path = _schema_one(tmp_path)
    original = path.read_bytes()
    controller = make_controller(autosave_ms=50)
    controller.start([path])
    plan = controller.document.plan
    assert plan.migrated_from == 1
    assert ids(controller) == ["answer", "answer-2"]
    expected = render_message(message("plan_upgraded", where=path.name, version=1, current=3))
    assert controller.window.statusBar().currentMessage() == expected
    wait_estimate(qtbot, controller)
    controller.document.add_component("condition")  # an edit: autosaved, not written here
    qtbot.wait(300)
    QApplication.processEvents()
    assert path.read_bytes() == original
    assert controller.save()
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 3
    assert [c.id for c in read_plan(path).components] == ["answer", "answer-2", "condition"]
