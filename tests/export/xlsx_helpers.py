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


def set_cell(xlsx: Path, sheet: str, coords: str, value: object, out: Path) -> None:
    """Change one cell by its sheet and address, as a user would."""
    wb = openpyxl.load_workbook(xlsx)
    wb[sheet][coords].value = value
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
    """Every number of the engine's estimate that the recalculated workbook does not show:
    credits (month 1 by type, every month, the horizon), the vendor's bill and total cost
    (month 1, every month, the horizon), the largest call, whether it fits, and the
    cheapest mark."""
    from gptbots_planner.core.catalog import BILLING_TYPES

    problems: list[str] = []
    totals = block(sheets, xlsx, "month1_total_credits")[0]
    by_type = block(sheets, xlsx, "month1_credits_by_type")
    projection = block(sheets, xlsx, "projection_total_credits")
    costs = block(sheets, xlsx, "projection_total_cost_usd")
    horizon = block(sheets, xlsx, "horizon_total_credits")[0]
    one = {
        name: block(sheets, xlsx, name)[0]
        for name in (
            "month1_provider_bill_usd",
            "month1_total_cost_usd",
            "horizon_total_cost_usd",
            "largest_call_tokens",
            "fits_context",
        )
    }
    assert len(totals) == len(est.scenarios)
    assert len(projection) >= len(est.scenarios[0].months)
    for j, s in enumerate(est.scenarios):
        who = f"{s.model.id}/{s.key_mode}"
        engine = {
            "month1_total_credits": (totals[j], s.monthly_total),
            "horizon_total_credits": (horizon[j], s.horizon_total),
            "month1_provider_bill_usd": (one["month1_provider_bill_usd"][j], s.provider_bill_usd),
            "month1_total_cost_usd": (one["month1_total_cost_usd"][j], s.total_cost_usd),
            "horizon_total_cost_usd": (one["horizon_total_cost_usd"][j], s.horizon_total_cost_usd),
            "largest_call_tokens": (
                one["largest_call_tokens"][j],
                s.call.tokens if s.call else None,
            ),
        }
        for what, (shown, expected) in engine.items():
            if not close(shown, expected):
                problems.append(f"{who} {what}: sheet {shown!r}, engine {expected}")
        fits = {True: "1", False: "0", None: "unknown"}[s.fits_context]
        if one["fits_context"][j] != fits:
            problems.append(f"{who} fits: sheet {one['fits_context'][j]!r}, engine {fits}")
        for i, type_id in enumerate(BILLING_TYPES):
            expected = s.first.lines[type_id].credits
            if not close(by_type[i][j], expected):
                problems.append(f"{who} {type_id}: sheet {by_type[i][j]!r}, engine {expected}")
        for k, month in enumerate(s.months):
            if not close(projection[k][j], month.total):
                problems.append(
                    f"{who} month {k + 1}: sheet {projection[k][j]!r}, engine {month.total}"
                )
            if not close(costs[k][j], month.total_cost_usd):
                problems.append(
                    f"{who} month {k + 1} cost: sheet {costs[k][j]!r}, "
                    f"engine {month.total_cost_usd}"
                )
    problems += _cheapest_mismatch(sheets, est)
    return problems


def _cheapest_mismatch(sheets: dict[str, Grid], est: Estimate) -> list[str]:
    """The Summary marks exactly the engine's cheapest scenario (or none)."""
    summary = sheets.get("Summary") or sheets.get("摘要") or next(iter(sheets.values()))
    marked = [i for i, row in enumerate(summary[6 : 6 + len(est.scenarios)]) if "★" in "".join(row)]
    cheapest = est.cheapest
    expected = [] if cheapest is None else [est.scenarios.index(cheapest)]
    return [] if marked == expected else [f"cheapest: sheet rows {marked}, engine {expected}"]
