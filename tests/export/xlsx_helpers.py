"""Helpers for the XLSX export tests: defined names, and cells of LibreOffice's CSVs."""

from __future__ import annotations

import functools
from decimal import Decimal
from pathlib import Path

import openpyxl
from openpyxl.utils.cell import range_boundaries

from gptbots_planner.core.estimate import Estimate

Grid = list[list[str]]


@functools.lru_cache(maxsize=32)
def _defined_names(xlsx: Path, mtime_ns: int) -> dict[str, list[tuple[str, str]]]:
    wb = openpyxl.load_workbook(xlsx)
    return {name: list(dn.destinations) for name, dn in wb.defined_names.items()}


def named_range(xlsx: Path, name: str) -> tuple[str, int, int, int, int]:
    """(sheet, first row, first col, last row, last col), 0-based, of a workbook name."""
    destinations = _defined_names(xlsx, xlsx.stat().st_mtime_ns)[name]
    assert len(destinations) == 1, destinations
    sheet, coords = destinations[0]
    min_col, min_row, max_col, max_row = range_boundaries(coords.replace("$", ""))
    return sheet, min_row - 1, min_col - 1, max_row - 1, max_col - 1


def set_named_cell(xlsx: Path, name: str, value: object, out: Path) -> None:
    """Change the cell a workbook name points at, as a user would in a spreadsheet program."""
    wb = openpyxl.load_workbook(xlsx)
    (sheet, coords), *_ = wb.defined_names[name].destinations
    wb[sheet][coords.replace("$", "")].value = value
    wb.save(out)


def cell(grid: Grid, row: int, col: int) -> str:
    return grid[row][col] if row < len(grid) and col < len(grid[row]) else ""


def block(sheets: dict[str, Grid], xlsx: Path, name: str) -> list[list[str]]:
    """The texts of a named range in the recalculated CSVs."""
    sheet, r1, c1, r2, c2 = named_range(xlsx, name)
    grid = sheets[sheet]
    return [[cell(grid, r, c) for c in range(c1, c2 + 1)] for r in range(r1, r2 + 1)]


def close(text: str, expected: Decimal | None, tolerance: Decimal = Decimal("1e-9")) -> bool:
    if expected is None:
        return text == "unpriced"
    try:
        return abs(Decimal(text) - expected) <= tolerance
    except ArithmeticError:
        return False


def mismatches(sheets: dict[str, Grid], xlsx: Path, est: Estimate) -> list[str]:
    """Every total of the engine's estimate that the recalculated workbook does not show."""
    from gptbots_planner.core.catalog import BILLING_TYPES

    problems: list[str] = []
    totals = block(sheets, xlsx, "month1_total_credits")[0]
    by_type = block(sheets, xlsx, "month1_credits_by_type")
    projection = block(sheets, xlsx, "projection_total_credits")
    horizon = block(sheets, xlsx, "horizon_total_credits")[0]
    assert len(totals) == len(est.scenarios)
    assert len(projection) == len(est.scenarios[0].months)
    for j, s in enumerate(est.scenarios):
        who = f"{s.model.id}/{s.key_mode}"
        if not close(totals[j], s.monthly_total):
            problems.append(f"{who} month 1 total: sheet {totals[j]!r}, engine {s.monthly_total}")
        for i, type_id in enumerate(BILLING_TYPES):
            expected = s.first.lines[type_id].credits
            if not close(by_type[i][j], expected):
                problems.append(f"{who} {type_id}: sheet {by_type[i][j]!r}, engine {expected}")
        for k, month in enumerate(s.months):
            if not close(projection[k][j], month.total):
                problems.append(
                    f"{who} month {k + 1}: sheet {projection[k][j]!r}, engine {month.total}"
                )
        if not close(horizon[j], s.horizon_total):
            problems.append(f"{who} horizon: sheet {horizon[j]!r}, engine {s.horizon_total}")
    return problems
