"""Missing files in the window: shown as missing with their measurements, found with Locate…"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from gptbots_planner.core.estimate import estimate
from gptbots_planner.core.plan import Plan, PlanItem
from gptbots_planner.core.planfile import write_plan
from gptbots_planner.gui.file_table import Column
from gptbots_planner.measure.dispatch import measure_file

TEXT = "Orders ship within two working days; returns are free for 30 days. " * 30


def _moved_plan(tmp_path: Path) -> tuple[Path, Path, list[Path]]:
    """A plan in one folder whose material (in another) was moved: every file is missing."""
    material = tmp_path / "old place" / "material"
    (material / "docs").mkdir(parents=True)
    files = [material / "docs" / "policy.txt", material / "docs" / "faq.txt", material / "q.txt"]
    for n, path in enumerate(files):
        path.write_text(TEXT[: 600 + 300 * n], encoding="utf-8")
    plan = Plan(name="Moved material")
    plan.items = [PlanItem(measure_file(p), "knowledge_document") for p in files]
    (tmp_path / "plans").mkdir()
    plan_file = tmp_path / "plans" / "moved.gbplan"
    write_plan(plan, plan_file)
    new_material = tmp_path / "new place" / "material"
    new_material.parent.mkdir()
    shutil.move(str(material), str(new_material))  # a rename: sizes and times stay
    return plan_file, new_material, files


def _open(make_controller, plan_file: Path):
    controller = make_controller()
    assert controller.open_path(plan_file)
    remeasured: list[set[str]] = []
    controller.locator.remeasure = lambda ids: remeasured.append(set(ids))
    return controller, remeasured


def test_missing_files_are_shown_as_missing_and_keep_their_measurements(
    qtbot, make_controller, tmp_path
):
    plan_file, _new, files = _moved_plan(tmp_path)
    controller, _ = _open(make_controller, plan_file)
    model = controller.model
    assert model.rowCount() == 3
    for row in range(3):
        item = model.item_at(row)
        assert item.missing
        status = model.index(row, Column.STATUS)
        assert status.data() == "Missing"
        assert not status.data(Qt.ItemDataRole.DecorationRole).isNull()
        assert str(files[row]) in status.data(Qt.ItemDataRole.ToolTipRole)
        assert "tokens" in model.index(row, Column.MEASURE).data()  # the last measurement
    status_bar = controller.window.statusBar().currentMessage()
    assert status_bar.startswith("3 file(s) of this plan are missing")
    result = estimate(controller.document.plan, controller.catalog)
    assert result.scenarios[0].measures.knowledge_tokens > 0
    assert "files_missing" in [n.code for n in result.scenarios[0].note_items]

    # F5 on a missing file keeps what it had (there is nothing to measure)
    before = controller.document.plan.items[0].measurement
    controller.scans.remeasure({controller.document.plan.items[0].item_id})
    assert controller.document.plan.items[0].measurement is before
    assert not controller.scans.busy


def test_locating_one_file_offers_the_others_and_measures_only_changed_ones(
    qtbot, make_controller, tmp_path
):
    plan_file, new, files = _moved_plan(tmp_path)
    (new / "q.txt").write_text(TEXT, encoding="utf-8")  # changed since it was measured
    controller, remeasured = _open(make_controller, plan_file)
    locator = controller.locator
    asked: list[tuple] = []

    def choose(name: str, folder: str) -> Path:
        asked.append(("file", name, folder))
        return new / "docs" / "policy.txt"

    def more(count: int, folder: str) -> bool:
        asked.append(("more", count, folder))
        return True

    locator.choose_file, locator.confirm_more = choose, more
    first = controller.document.plan.items[0]
    view = controller.window.workspace
    view.table.selectRow(view.proxy.mapFromSource(controller.model.index(0, 0)).row())
    controller.window.findChild(type(locator.action), "locateAction").trigger()

    assert asked[0][:2] == ("file", "policy.txt")
    # the dialog opens where the file was, or as near as still exists
    assert Path(asked[0][2]) in (tmp_path, tmp_path / "old place")
    assert asked[1] == ("more", 2, str(new.parent))  # "old place" became "new place"
    items = controller.document.plan.items
    assert [i.measurement.path for i in items] == [
        str(new / "docs" / "policy.txt"),
        str(new / "docs" / "faq.txt"),
        str(new / "q.txt"),
    ]
    assert not any(i.missing for i in items)
    assert items[0].measurement.tokens == first.measurement.tokens
    assert remeasured == [{items[2].item_id}]  # only the file that changed
    assert controller.model.index(0, Column.STATUS).data() == "Measured"
    assert controller.document.dirty

    # saved, the plan now points at the new place
    assert controller._write(plan_file)
    stored = json.loads(plan_file.read_text(encoding="utf-8"))
    assert [r["path"] for r in stored["items"]] == [i.measurement.path for i in items]


def test_declining_the_others_points_only_the_located_file(qtbot, make_controller, tmp_path):
    plan_file, new, _files = _moved_plan(tmp_path)
    controller, remeasured = _open(make_controller, plan_file)
    locator = controller.locator
    locator.choose_file = lambda name, folder: new / "docs" / "faq.txt"
    locator.confirm_more = lambda count, folder: False
    target = controller.document.plan.items[1].item_id
    assert locator.locate(target) == 1
    assert [i.missing for i in controller.document.plan.items] == [True, False, True]
    assert remeasured == []
    # nothing chosen: nothing changes
    locator.choose_file = lambda name, folder: None
    assert locator.locate(controller.document.plan.items[0].item_id) == 0
    assert controller.document.plan.items[0].missing


def test_locate_without_a_missing_row_says_so(qtbot, make_controller, tmp_path):
    plan_file, _new, _files = _moved_plan(tmp_path)
    controller, _ = _open(make_controller, plan_file)
    controller.window.workspace.table.clearSelection()
    controller.window.workspace.table.setCurrentIndex(controller.model.index(-1, -1))
    controller.locator.choose_file = lambda name, folder: (_ for _ in ()).throw(AssertionError)
    controller.locator.locate_selected()
    assert controller.window.statusBar().currentMessage() == "Select a missing file to locate it."


def test_the_located_file_keeps_its_role_and_id(qtbot, make_controller, tmp_path):
    plan_file, new, _files = _moved_plan(tmp_path)
    controller, _ = _open(make_controller, plan_file)
    first = controller.document.plan.items[0]
    controller.document.set_role({first.item_id}, "conversation_sample")
    controller.locator.choose_file = lambda name, folder: new / "docs" / "policy.txt"
    controller.locator.confirm_more = lambda count, folder: False
    controller.locator.locate(first.item_id)
    item = controller.document.plan.items[0]
    assert (item.item_id, item.role, item.missing) == (first.item_id, "conversation_sample", False)
    assert os.path.isfile(item.measurement.path)
