"""Re-measuring never undoes what the user did meanwhile, and finds a missing file that is back."""

from __future__ import annotations

import shutil

from test_travel import _moved_plan

from gptbots_planner.core.plan import Plan, PlanItem
from gptbots_planner.measure.dispatch import measure_file


def test_a_result_for_a_row_removed_meanwhile_does_not_bring_it_back(
    qtbot, make_controller, tmp_path
) -> None:
    path = tmp_path / "faq.txt"
    path.write_text("Returns are free for 30 days. " * 20, encoding="utf-8")
    controller = make_controller()
    plan = Plan(name="Removed while measuring")
    plan.items = [PlanItem(measure_file(path), "knowledge_document")]
    controller.document.replace(plan, None)
    item = controller.document.plan.items[0]
    scans = controller.scans
    scans._replacing = {str(path): item.item_id}  # a re-measure of that row is under way
    controller.document.remove_items({item.item_id})  # ...and the user removes the row
    assert controller.model.rowCount() == 0
    scans._result([measure_file(path)])  # the re-measure's result arrives
    scans._flush()
    assert controller.model.rowCount() == 0
    assert controller.document.plan.items == []
    controller.document.undo()  # the removal is still what Undo takes back
    assert [i.item_id for i in controller.document.plan.items] == [item.item_id]


def test_re_measure_picks_up_a_missing_file_that_is_back(qtbot, make_controller, tmp_path):
    plan_file, new_material, files = _moved_plan(tmp_path)
    controller = make_controller()
    assert controller.open_path(plan_file)
    assert all(i.missing for i in controller.document.plan.items)
    shutil.move(str(new_material), str(files[-1].parent))  # the drive is back
    controller.scans.remeasure({i.item_id for i in controller.document.plan.items})
    qtbot.waitUntil(
        lambda: not any(i.missing for i in controller.document.plan.items), timeout=30000
    )
    assert controller.model.rowCount() == 3
