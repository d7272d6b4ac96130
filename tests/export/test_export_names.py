"""File names that are not UTF-8, and names with a lone surrogate, export without a traceback.

A scan keeps such a name losslessly as surrogate escapes (the plan file writes them as JSON
escapes); a spreadsheet cannot hold a lone surrogate, so the XLSX and CSV show the bytes
as ``\\xNN`` and any other lone surrogate as U+FFFD, and their numbers are the plan's own.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

import openpyxl
import pytest

from gptbots_planner.core.catalog import load_catalog
from gptbots_planner.core.estimate import estimate
from gptbots_planner.core.plan import Plan, PlanItem
from gptbots_planner.export.csv import files_csv_path, write_csv
from gptbots_planner.export.safe_text import printable, printable_plan
from gptbots_planner.export.xlsx import write_xlsx
from gptbots_planner.measure.dispatch import measure_file


def _plan(tmp_path: Path) -> Plan:
    folder = os.fsencode(tmp_path) + b"/docs"
    os.mkdir(folder)
    with open(folder + b"/\xff report.txt", "wb") as out:
        out.write(b"Returns within 30 days of delivery.")
    plan = Plan(name="Budget \ud800 draft")
    for name in sorted(os.listdir(folder)):
        path = Path(os.fsdecode(folder + b"/" + name))
        plan.items.append(PlanItem.from_measurement(measure_file(path, ("o200k_base",))))
    return plan


def test_printable_keeps_bytes_visible_and_drops_non_characters() -> None:
    assert printable("a\udcffb") == "a\\xffb"
    assert printable("x\ud800y") == "x\ufffdy"
    assert printable("plain 名字") == "plain 名字"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_xlsx_and_csv_show_an_undecodable_name(tmp_path: Path, language: str) -> None:
    plan = _plan(tmp_path)
    assert plan.items[0].name == "\udcff report.txt"
    catalog = load_catalog()
    xlsx = tmp_path / "budget.xlsx"
    write_xlsx(plan, catalog, xlsx, language=language)
    sheet = openpyxl.load_workbook(xlsx).worksheets[-1]  # Files
    names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert "\\xff report.txt" in names
    out = tmp_path / "budget.csv"
    write_csv(plan, catalog, out, language=language)
    with open(files_csv_path(out), encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][0] == "\\xff report.txt"


def test_the_printable_copy_has_the_plans_numbers(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    catalog = load_catalog()
    shown = printable_plan(plan)
    assert shown is not plan and plan.items[0].name == "\udcff report.txt"
    a, b = estimate(plan, catalog), estimate(shown, catalog)
    assert [s.monthly_total for s in a.scenarios] == [s.monthly_total for s in b.scenarios]
