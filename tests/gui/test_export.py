"""File → Export…: XLSX or CSV by the chosen type, written on the pool, errors in words."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest


def test_export_xlsx_writes_the_live_workbook_with_the_engine_numbers(
    qtbot, make_controller, prompts, tmp_path
):
    from gptbots_planner.core.estimate import estimate
    from gptbots_planner.export.labels import Labels
    from gptbots_planner.gui.exporting import app_language

    controller = make_controller()
    controller.start([])
    target = tmp_path / "budget.xlsx"
    prompts.export_answer = (target, "xlsx")
    controller.window.export_action.trigger()
    qtbot.waitUntil(target.exists, timeout=20000)
    assert not prompts.errors
    plan = controller.document.plan
    est = estimate(plan, controller.catalog)
    t = Labels(app_language())

    formulas = openpyxl.load_workbook(target)
    cached = openpyxl.load_workbook(target, data_only=True)
    keys = ("summary", "inputs", "prices", "breakdown", "projection", "files")
    assert formulas.sheetnames == [t(f"sheet.{key}") for key in keys]

    # Summary's month-1 total of the first scenario: a formula on the Breakdown total,
    # with the engine's number as its cached value.
    (sheet, coords), *_ = formulas.defined_names["month1_total_credits"].destinations
    assert sheet == t("sheet.breakdown")
    first_total = coords.split(":")[0]
    summary_cell = "C7"
    assert formulas[t("sheet.summary")][summary_cell].value == f"='{sheet}'!{first_total}"
    engine = est.scenarios[0].monthly_total
    assert engine > 0
    assert cached[t("sheet.summary")][summary_cell].value == pytest.approx(float(engine))

    # The usage assumptions are named cells on Inputs holding the plan's values.
    (sheet, coords), *_ = formulas.defined_names["conversations_per_month"].destinations
    assert sheet == t("sheet.inputs")
    value = formulas[sheet][coords.replace("$", "")].value
    assert value == pytest.approx(float(plan.assumptions["conversations_per_month"]))


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


def test_a_typed_extension_chooses_the_format_and_both_csv_files_are_named(
    qtbot, make_controller, prompts, tmp_path, monkeypatch
):
    """Ctrl+E, type ``Northwind budget.csv`` (the list still says Excel), Enter."""
    from PySide6.QtWidgets import QFileDialog, QMainWindow

    from gptbots_planner.gui import prompts as prompts_module

    typed = str(tmp_path / "Northwind budget.csv")
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (typed, prompts_module.xlsx_filter())),
    )
    window = QMainWindow()
    qtbot.addWidget(window)
    answer = prompts_module.Prompts(window).export_path(str(tmp_path / "x"))
    assert answer == (tmp_path / "Northwind budget.csv", "csv")
    # a name without an extension gets the chosen type's
    assert prompts_module.export_target("budget", csv_chosen=False) == (Path("budget.xlsx"), "xlsx")
    assert prompts_module.export_target("a.XLSX", csv_chosen=True) == (Path("a.XLSX"), "xlsx")

    controller = make_controller()
    controller.start([])
    prompts.export_answer = answer
    controller.window.export_action.trigger()
    qtbot.waitUntil(lambda: len(list(tmp_path.glob("*.csv"))) == 2, timeout=20000)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["Northwind budget-files.csv", "Northwind budget.csv"]
    status = controller.window.statusBar()
    qtbot.waitUntil(lambda: "Northwind budget-files.csv" in status.currentMessage())
    assert "Northwind budget.csv" in status.currentMessage()
    assert str(tmp_path) in status.currentMessage()
