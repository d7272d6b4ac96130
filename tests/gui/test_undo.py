"""Undo and redo of every kind of plan edit, on the real window.

Each edit is made as a user makes it (typing, a combo, a check box, the Edit menu, a drop,
the price dialog); Undo and Redo from the Edit menu must give back the exact plan (its
serialized form) and the estimate the core computes for it.  Also: Ctrl+V of copied files,
and Edit > Set role on a row that has the focus but is not selected.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from gptbots_planner.core.catalog import read_user_catalog
from gptbots_planner.core.estimate import estimate
from gptbots_planner.gui.field_names import field_label
from gptbots_planner.gui.file_table import role_labels
from gptbots_planner.gui.model_selector import MODEL_ID_ROLE
from gptbots_planner.vocab import fields


def serial(controller) -> str:
    return json.dumps(controller.document.plan.to_dict(), sort_keys=True)


def core_totals(controller) -> list:
    plan = controller.document.plan
    return [s.monthly_total for s in estimate(plan, controller.catalog).scenarios]


def wait_estimate(qtbot, controller) -> list:
    """Until the window's estimate is the core's for the plan as it is now; its totals."""
    expected = core_totals(controller)

    def same() -> bool:
        got = controller.estimates.latest
        return got is not None and [s.monthly_total for s in got.scenarios] == expected

    qtbot.waitUntil(same, timeout=8000)
    return expected


def started(make_controller, qtbot):
    controller = make_controller()
    controller.start([])
    wait_estimate(qtbot, controller)
    return controller


def undo_redo_round_trip(qtbot, controller, edit, steps: int = 1) -> tuple[str, str]:
    """Make ``edit``; Undo (Edit menu) gives the plan and totals before, Redo those after."""
    window = controller.window
    stack = controller.document.undo_stack
    index = stack.index()
    before, totals_before = serial(controller), wait_estimate(qtbot, controller)
    edit()
    after, totals_after = serial(controller), wait_estimate(qtbot, controller)
    assert after != before
    assert stack.index() == index + steps and stack.count() == stack.index()
    assert window.undo_action.isEnabled()
    undo_text = window.undo_action.text()
    for _ in range(steps):
        window.undo_action.trigger()
    assert serial(controller) == before
    assert wait_estimate(qtbot, controller) == totals_before
    assert window.redo_action.isEnabled()
    for _ in range(steps):
        window.redo_action.trigger()
    assert serial(controller) == after
    assert wait_estimate(qtbot, controller) == totals_after
    return undo_text, window.redo_action.text()


# --- fields, models, components ---------------------------------------------------------


def test_typing_in_a_field_is_one_undo_step_named_after_the_field(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    edit = controller.window.plan_panel.edits["conversations_per_month"]
    old_text = edit.text()

    def type_value() -> None:
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, "4321")  # four keystrokes, four plan edits

    undo_text, _ = undo_redo_round_trip(qtbot, controller, type_value, steps=1)
    label = field_label("conversations_per_month")
    assert undo_text == f"&Undo Change “{label}”"
    assert controller.document.plan.assumptions["conversations_per_month"] == 4321
    controller.window.undo_action.trigger()
    assert edit.text() == old_text  # the form shows the value the plan went back to
    assert controller.window.redo_action.text() == f"&Redo Change “{label}”"


def test_leaving_a_field_starts_a_new_step_and_typing_back_is_none(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    stack = controller.document.undo_stack
    edit = controller.window.plan_panel.edits["months"]
    old = edit.text()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "7")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # editingFinished: the edit is settled
    qtbot.keyClicks(edit, "\b8")
    assert stack.count() == 2
    controller.window.undo_action.trigger()
    assert controller.document.plan.assumptions["months"] == 7
    # Typing a value and then the old one again leaves no step behind.
    controller.window.undo_action.trigger()
    assert edit.text() == old
    assert stack.index() == 0
    # A value typed and then the old one again, in one edit, leaves no step behind.
    edit.selectAll()
    qtbot.keyClicks(edit, "9")
    assert stack.count() == 1  # the redo steps are gone: a new edit
    edit.selectAll()
    qtbot.keyClicks(edit, old)
    assert stack.count() == 0
    assert not controller.document.dirty


@pytest.mark.parametrize(
    "name", ["image_rule", "days_mode", "voice_mode", "asr_rounding", "kb_growth_timing"]
)
def test_a_setting_chosen_from_a_list(qtbot, make_controller, name):
    controller = started(make_controller, qtbot)
    combo = controller.window.plan_panel.combos[name]
    other = (combo.currentIndex() + 1) % combo.count()

    def choose() -> None:
        combo.setCurrentIndex(other)
        combo.activated.emit(other)

    undo_text, _ = undo_redo_round_trip(qtbot, controller, choose)
    assert field_label(name) in undo_text
    controller.window.undo_action.trigger()
    assert combo.currentData() == getattr(controller.document.plan.settings, name)


def test_a_service_and_a_measure_override(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    panel = controller.window.plan_panel
    combo = panel.combos["services.embedding"]
    if combo.count() > 1:
        other = (combo.currentIndex() + 1) % combo.count()

        def choose() -> None:
            combo.setCurrentIndex(other)
            combo.activated.emit(other)

        undo_redo_round_trip(qtbot, controller, choose)
    name = next(iter(fields.MEASURES))
    override = panel.edits[name]
    undo_redo_round_trip(qtbot, controller, lambda: qtbot.keyClicks(override, "123"))
    controller.window.undo_action.trigger()
    assert name not in controller.document.plan.overrides and override.text() == ""


def test_the_plan_name_and_the_title(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    edit = controller.window.plan_panel.edits["name"]
    old = controller.document.plan.name

    def rename() -> None:
        edit.selectAll()
        qtbot.keyClicks(edit, "Northwind")

    undo_redo_round_trip(qtbot, controller, rename)
    controller.window.undo_action.trigger()
    assert controller.document.plan.name == old and edit.text() == old
    assert old in controller.window.windowTitle()


def test_models_and_the_key_mode(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    panel = controller.window.plan_panel
    selector = panel.model_selector
    chosen = set(selector.checked())
    unchecked = next(r for r in selector._model_rows() if r.checkState() != Qt.CheckState.Checked)
    model_id = unchecked.data(MODEL_ID_ROLE)

    undo_text, _ = undo_redo_round_trip(
        qtbot, controller, lambda: unchecked.setCheckState(Qt.CheckState.Checked)
    )
    assert "models" in undo_text
    controller.window.undo_action.trigger()
    assert set(selector.checked()) == chosen  # the tree shows the models the plan compares
    states = {r.data(MODEL_ID_ROLE): r.checkState() for r in selector._model_rows()}
    assert states[model_id] == Qt.CheckState.Unchecked
    both = panel.key_mode.findData("both")
    other = both if panel.key_mode.currentIndex() != both else 0
    undo_redo_round_trip(qtbot, controller, lambda: panel.key_mode.setCurrentIndex(other))
    controller.window.undo_action.trigger()
    assert panel.key_mode.currentIndex() != other


def test_workflow_components_added_removed_moved_edited(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    workflow = controller.window.plan_panel.workflow
    menu = workflow.add_button.menu()
    classifier = next(a for a in menu.actions() if "Classifier" in a.text())
    text, _ = undo_redo_round_trip(qtbot, controller, classifier.trigger)
    assert text == "&Undo Add a workflow component"
    cid = controller.document.plan.components[-1].id
    workflow.select(cid)
    undo_redo_round_trip(qtbot, controller, lambda: workflow.move_current(-1))
    workflow.select(cid)
    undo_redo_round_trip(qtbot, controller, lambda: workflow.editor._typed("calls_per_turn", "3"))
    workflow.select(cid)
    undo_redo_round_trip(qtbot, controller, workflow.remove_current)
    assert cid not in [c.id for c in controller.document.plan.components]
    controller.window.undo_action.trigger()
    assert cid in [c.id for c in controller.document.plan.components]
    assert workflow.list.topLevelItemCount() == len(controller.document.plan.components)


# --- files ---------------------------------------------------------------------------------


@pytest.fixture
def material(tmp_path: Path) -> list[Path]:
    files = []
    for name, text in (("policy.md", "Returns within 30 days. " * 80), ("faq.txt", "Hi? " * 90)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


def with_files(qtbot, make_controller, material, drop):
    controller = make_controller()
    controller.new_plan()
    with qtbot.waitSignal(controller.scans.scanFinished, timeout=20000):
        drop(controller.window.workspace, material)
    wait_estimate(qtbot, controller)
    return controller


def test_dropped_files_are_one_step_and_come_back_without_a_scan(
    qtbot, make_controller, material, drop
):
    controller = make_controller()
    controller.new_plan()
    stack = controller.document.undo_stack
    assert stack.count() == 0
    with qtbot.waitSignal(controller.scans.scanFinished, timeout=20000):
        drop(controller.window.workspace, material)
    assert stack.count() == 1  # every batch of the scan merged into one step
    assert controller.window.undo_action.text() == "&Undo Add 2 files"
    after, items = serial(controller), list(controller.document.plan.items)
    totals = wait_estimate(qtbot, controller)
    scans: list[object] = []
    controller.scans.scanStarted.connect(lambda: scans.append(1))
    controller.window.undo_action.trigger()
    assert controller.document.plan.items == [] and controller.model.rowCount() == 0
    controller.window.redo_action.trigger()
    assert serial(controller) == after
    assert all(a is b for a, b in zip(controller.document.plan.items, items, strict=True))
    assert controller.model.rowCount() == 2
    assert wait_estimate(qtbot, controller) == totals
    assert scans == []  # nothing measured again


def test_removed_files_come_back_with_their_measurements(
    qtbot, make_controller, material, drop, prompts
):
    controller = with_files(qtbot, make_controller, material, drop)
    table = controller.window.workspace.table
    first = controller.document.plan.items[0]
    table.selectRow(0)
    scans: list[object] = []
    controller.scans.scanStarted.connect(lambda: scans.append(1))
    text, _ = undo_redo_round_trip(qtbot, controller, controller.window.remove_action.trigger)
    assert text == f"&Undo Remove “{first.name}”"
    assert prompts.asked == []  # undoable, so no confirmation
    controller.window.undo_action.trigger()
    back = controller.document.plan.items[0]
    assert back is first and back.measurement.tokens == first.measurement.tokens
    assert controller.model.item_at(0) is first
    assert scans == []


def test_a_pasted_text(qtbot, make_controller):
    controller = make_controller()
    controller.new_plan()

    def paste() -> None:
        with qtbot.waitSignal(controller.document.changed, timeout=10000):
            controller.window.workspace.textPasted.emit("Prompt", "Be brief.", "system_prompt")

    text, _ = undo_redo_round_trip(qtbot, controller, paste)
    assert text == "&Undo Add “Prompt”"


def test_a_role_set_in_the_table_and_from_the_edit_menu(qtbot, make_controller, material, drop):
    controller = with_files(qtbot, make_controller, material, drop)
    model = controller.model
    index = model.index(0, 3)  # the role column
    undo_redo_round_trip(qtbot, controller, lambda: model.setData(index, "reply_sample"))
    controller.window.workspace.table.selectRow(1)
    action = next(
        a
        for a in controller.window.role_menu.actions()
        if a.text() == role_labels()["system_prompt"]
    )
    text, _ = undo_redo_round_trip(qtbot, controller, action.trigger)
    assert text.startswith("&Undo Set the role of")


def test_set_role_acts_on_the_current_row_when_nothing_is_selected(
    qtbot, make_controller, material, drop
):
    controller = with_files(qtbot, make_controller, material, drop)
    workspace = controller.window.workspace
    workspace.filter_edit.setText("faq")  # one row left; the filter clears no current row
    table = workspace.table
    table.clearSelection()
    table.selectionModel().setCurrentIndex(
        table.model().index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    assert workspace.selected_ids() == set()
    action = next(
        a
        for a in controller.window.role_menu.actions()
        if a.text() == role_labels()["reply_sample"]
    )
    action.trigger()
    faq = next(i for i in controller.document.plan.items if i.name == "faq.txt")
    assert faq.role == "reply_sample"
    # again: nothing to change, and the status bar says so
    action.trigger()
    assert "already" in controller.window.statusBar().currentMessage()
    # no row at all: it says why
    workspace.filter_edit.setText("no such file")
    table.selectionModel().clearCurrentIndex()
    action.trigger()
    assert "select" in controller.window.statusBar().currentMessage().lower()


# --- prices --------------------------------------------------------------------------------


def test_a_price_entered_in_the_catalog_tab(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    view = controller.window.catalog_view
    model_id = controller.document.plan.scenarios[0].model_id

    def enter_price() -> None:
        assert view.select_row_id(model_id)
        dialog = view.edit_selected()
        assert dialog is not None
        dialog.set_values(["9"])
        with qtbot.waitSignal(view.catalogChanged, timeout=2000):
            dialog.accept()

    totals = wait_estimate(qtbot, controller)
    enter_price()
    changed = wait_estimate(qtbot, controller)
    assert changed != totals
    assert controller.window.undo_action.text() == "&Undo Change prices"
    assert not controller.document.dirty  # prices are not in the plan file
    controller.window.undo_action.trigger()
    assert read_user_catalog()["prices"] == {}
    assert wait_estimate(qtbot, controller) == totals
    controller.window.redo_action.trigger()
    assert read_user_catalog()["prices"] != {}
    assert wait_estimate(qtbot, controller) == changed


# --- the modified flag ---------------------------------------------------------------------


def test_the_clean_state_is_the_saved_plan(qtbot, make_controller, prompts, tmp_path):
    controller = started(make_controller, qtbot)
    window, document = controller.window, controller.document
    assert not document.dirty
    window.plan_panel.edits["months"].textEdited.emit("5")
    assert document.dirty and window.isWindowModified()
    window.undo_action.trigger()
    assert not document.dirty and not window.isWindowModified()
    window.redo_action.trigger()
    assert document.dirty
    prompts.save_answer = tmp_path / "saved.gbplan"
    assert controller.save_as()
    assert not document.dirty and not window.isWindowModified()
    window.undo_action.trigger()  # away from the saved plan
    assert document.dirty and window.isWindowModified()
    window.redo_action.trigger()
    assert not document.dirty
    # a change outside the history (a re-measure) keeps it modified whatever is undone
    document.touch()
    assert document.dirty


def test_another_plan_has_no_history(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    controller.window.plan_panel.edits["months"].textEdited.emit("5")
    controller.new_plan()
    assert controller.document.undo_stack.count() == 0
    assert not controller.window.undo_action.isEnabled()
    assert controller.window.undo_action.text() == "&Undo"


def test_undo_and_redo_texts_follow_the_language(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    controller.window.plan_panel.edits["months"].textEdited.emit("5")
    try:
        controller.set_language("zh_CN")
        qtbot.addWidget(controller.window)
        text = controller.window.undo_action.text()
        assert text.startswith("撤销") and field_label("months") in text
        controller.window.undo_action.trigger()
        assert controller.window.redo_action.text().startswith("重做")
    finally:
        controller.set_language("en")
        qtbot.addWidget(controller.window)
    assert controller.window.redo_action.text().startswith("&Redo")


# --- paste files ---------------------------------------------------------------------------


def clipboard(mime: QMimeData) -> None:
    QApplication.clipboard().setMimeData(mime)


def test_ctrl_v_of_copied_files_adds_them(qtbot, make_controller, material):
    controller = make_controller()
    controller.new_plan()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in material])
    clipboard(mime)
    paste = QKeySequence(QKeySequence.StandardKey.Paste)
    assert controller.window.paste_files_action.shortcut() == paste  # Ctrl+V
    assert controller.window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    redo = controller.window.redo_action.shortcuts()
    assert QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) == redo
    with qtbot.waitSignal(controller.scans.scanFinished, timeout=20000):
        controller.window.paste_files_action.trigger()
    assert sorted(i.name for i in controller.document.plan.items) == ["faq.txt", "policy.md"]


def test_gnome_copied_files_and_plain_text(qtbot, make_controller, material):
    controller = make_controller()
    controller.new_plan()
    mime = QMimeData()
    listing = "copy\n" + "\n".join(QUrl.fromLocalFile(str(p)).toString() for p in material)
    mime.setData("x-special/gnome-copied-files", listing.encode())
    clipboard(mime)
    with qtbot.waitSignal(controller.scans.scanFinished, timeout=20000):
        controller.window.paste_files_action.trigger()
    assert len(controller.document.plan.items) == 2
    QApplication.clipboard().setText("Hello, this is a note, not a file")
    controller.window.paste_files_action.trigger()
    assert "not files" in controller.window.statusBar().currentMessage()
    assert len(controller.document.plan.items) == 2
    QApplication.clipboard().clear()
    controller.window.paste_files_action.trigger()
    assert "Nothing to paste" in controller.window.statusBar().currentMessage()


def test_autosave_follows_undo_back_to_the_saved_plan(qtbot, make_controller):
    controller = make_controller(autosave_ms=10)
    controller.start([])
    wait_estimate(qtbot, controller)
    controller.window.plan_panel.edits["conversations_per_month"].textEdited.emit("777")
    qtbot.waitUntil(controller.autosave.meta_file.exists, timeout=3000)
    controller.window.undo_action.trigger()  # the plan is the saved one again
    assert not controller.document.dirty
    qtbot.waitUntil(lambda: not controller.autosave.plan_file.exists(), timeout=3000)
    controller.window.redo_action.trigger()  # modified again: written again
    qtbot.waitUntil(controller.autosave.meta_file.exists, timeout=3000)
    assert '"777"' in controller.autosave.plan_file.read_text(encoding="utf-8")


def test_a_re_measure_is_no_undo_step(qtbot, make_controller, material, drop):
    controller = with_files(qtbot, make_controller, material, drop)
    stack = controller.document.undo_stack
    count, text = stack.count(), controller.window.undo_action.text()
    controller.document.set_dirty(False)
    material[0].write_text("Changed. " * 300, encoding="utf-8")
    with qtbot.waitSignal(controller.scans.scanFinished, timeout=20000):
        controller.window.remeasure_action.trigger()
    assert stack.count() == count and controller.window.undo_action.text() == text
    assert controller.document.dirty  # the plan changed, outside the history
    controller.window.undo_action.trigger()  # undoes the drop, not the measurement
    assert controller.document.plan.items == []
