"""File → Export…: XLSX or CSV by the chosen type, written on the pool, errors in words."""

from __future__ import annotations

import csv

import openpyxl


def test_export_xlsx(qtbot, make_controller, prompts, tmp_path):
    controller = make_controller()
    controller.start([])
    target = tmp_path / "budget.xlsx"
    prompts.export_answer = (target, "xlsx")
    controller.window.export_action.trigger()
    qtbot.waitUntil(target.exists, timeout=20000)
    workbook = openpyxl.load_workbook(target)
    assert len(workbook.sheetnames) >= 2
    assert not prompts.errors


def test_export_csv_writes_the_breakdown_and_the_file_list(
    qtbot, make_controller, prompts, tmp_path
):
    controller = make_controller()
    controller.start([])
    target = tmp_path / "budget.csv"
    prompts.export_answer = (target, "csv")
    controller.window.export_action.trigger()
    qtbot.waitUntil(lambda: len(list(tmp_path.glob("*.csv"))) == 2, timeout=20000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) > 5
    names = {p.name for p in tmp_path.glob("*.csv")}
    assert "budget.csv" in names and len(names) == 2


def test_export_to_an_unwritable_place_says_why(qtbot, make_controller, prompts, tmp_path):
    controller = make_controller()
    controller.start([])
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    prompts.export_answer = (blocker / "budget.xlsx", "xlsx")
    controller.window.export_action.trigger()
    qtbot.waitUntil(lambda: bool(prompts.errors), timeout=20000)
    title, message = prompts.errors[0]
    assert title == "Export failed"
    assert "budget.xlsx" in message
