"""The Summary sheet: one row per scenario, the cheapest marked, and the estimate's notes.

Its totals are formulas over the Breakdown and Projection cells, so they follow
the inputs: credits, the vendor's bill on the own key and the total cost (credits at
$0.01 plus that bill), and whether the largest call fits the model's context window.
The cheapest is the lowest month-1 total cost among the scenarios that are fully
priced and do not exceed their window (the first of equal ones), as the engine
chooses.  The charts (``charts``) sit between the table and the notes.  The sheet is
the workbook's first and opens active.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from gptbots_planner.core.estimate import ScenarioEstimate
from gptbots_planner.core.money import credits_to_usd
from gptbots_planner.export.xlsx.book import (
    Book,
    Column,
    cell_abs,
    num,
    print_setup,
    range_ref,
)
from gptbots_planner.export.xlsx.breakdown import BreakdownCells
from gptbots_planner.export.xlsx.formulas import live_text, unpriced_flag_value
from gptbots_planner.export.xlsx.projection import ProjectionCells

log = logging.getLogger(__name__)

HEADER = 5  # the table's heading row
COMPARABLE_COL = 14  # hidden: the month-1 total cost of a scenario that can be cheapest
COLUMN_WIDTHS = (44, 12, 16, 13, 15, 17, 14, 14, 14, 16, 17, 24, 13)
FITS_COL, UNPRICED_COL, CHEAPEST_COL = 10, 11, 12
NOTE_WHO_COL = 10  # the scenarios a note concerns: right of the note's long text


@dataclass(frozen=True)
class SummaryCells:
    """What the Summary sheet's table publishes."""

    scenario_names: str  # the scenario labels (a column)
    month1_totals: str  # the month-1 credits beside them
    below: int  # the first free row under the table


def write_summary(
    book: Book, breakdown: BreakdownCells, projection: ProjectionCells
) -> SummaryCells:
    t, f, cat = book.t, book.fmt, book.catalog
    ws = book.sheets["summary"]
    for col, width in enumerate(COLUMN_WIDTHS):
        ws.set_column(col, col, width)
    ws.set_column(COMPARABLE_COL, COMPARABLE_COL, 14, None, {"hidden": True})
    months = book.months
    ws.write_string(0, 0, f"{t('summary.title')}: {book.plan.name}", f.title)
    ws.write_string(1, 0, t("summary.catalog", version=cat.version, date=cat.date), f.text)
    ws.write_formula(
        2,
        0,
        live_text(t("summary.period", start="\x01", months="\x00")),
        f.text,
        t("summary.period", start=book.plan.settings.start_month, months=months),
    )
    ws.write_string(3, 0, t("summary.note"), f.note)
    heads = [
        t("scenario"),
        t("key_mode"),
        t("summary.month1_credits"),
        t("summary.month1_usd"),
        t("summary.one_time"),
        t("summary.horizon_credits", months=months),
        t("summary.horizon_usd", months=months),
        t("summary.provider"),
        t("summary.total_cost"),
        t("summary.horizon_cost", months=months),
        t("summary.context"),
        t("summary.unpriced"),
        t("summary.cheapest"),
    ]
    for col, text in enumerate(heads):
        ws.write_string(HEADER, col, text, f.header)
    # Headings that name the horizon follow the months cell, like the totals below them.
    live = ((5, "summary.horizon_credits"), (6, "summary.horizon_usd"), (9, "summary.horizon_cost"))
    for col, key in live:
        ws.write_formula(HEADER, col, live_text(t(key, months="\x00")), f.header, heads[col])
    ws.write_string(HEADER, COMPARABLE_COL, t("summary.comparable"), f.header)
    ws.set_row(HEADER, 44)
    first = HEADER + 1
    last = first + len(book.cols) - 1
    for c in book.cols:
        _scenario_row(book, c, first, last, breakdown, projection)
    ws.activate()
    ws.set_first_sheet()
    print_setup(ws)
    sheet = book.names["summary"]
    return SummaryCells(
        scenario_names=range_ref(sheet, first, 0, last, 0),
        month1_totals=range_ref(sheet, first, 2, last, 2),
        below=last + 1,
    )


def _scenario_row(
    book: Book,
    c: Column,
    first: int,
    last: int,
    breakdown: BreakdownCells,
    projection: ProjectionCells,
) -> None:
    t, f = book.t, book.fmt
    ws = book.sheets["summary"]
    r = first + c.index
    s = c.est
    b = breakdown.scenarios[c.index]
    unpriced = [t.billing_type(book.catalog, x) for x in s.first.unpriced_types]
    ws.write_string(r, 0, c.label, f.text)
    ws.write_string(r, 1, t.key_mode(s.key_mode), f.text)
    ws.write_formula(r, 2, f"={b['total_credits']}", f.credits, num(s.monthly_total))
    ws.write_formula(r, 3, f"={cell_abs(r, 2)}/100", f.usd, num(s.monthly_total_usd))
    ws.write_formula(r, 4, f"={b['one_time']}", f.credits, num(s.one_time_indexing))
    ws.write_formula(r, 5, f"={projection.horizon[c.index]}", f.credits, num(s.horizon_total))
    ws.write_formula(r, 6, f"={cell_abs(r, 5)}/100", f.usd, num(credits_to_usd(s.horizon_total)))
    ws.write_formula(r, 7, f"={b['provider_bill']}", f.usd, num(s.provider_bill_usd))
    ws.write_formula(r, 8, f"={b['total_cost']}", f.usd_bold, num(s.total_cost_usd))
    horizon_cost = projection.horizon_cost[c.index]
    ws.write_formula(r, 9, f"={horizon_cost}", f.usd, num(s.horizon_total_cost_usd))
    ws.write_formula(r, FITS_COL, _fits_formula(book, b["fits"]), f.text, _fits_text(book, c))
    ws.write_formula(r, UNPRICED_COL, f"={b['unpriced']}", f.flag, unpriced_flag_value(unpriced, t))
    _cheapest(book, c, r, first, last, b["fits"], projection)


def _fits_formula(book: Book, fits: str) -> str:
    t = book.t
    yes, no, unknown = (
        t(k).replace('"', '""') for k in ("summary.fits", "summary.too_large", "summary.unknown")
    )
    return f'=IF(ISNUMBER({fits}),IF({fits}=1,"{yes}","{no}"),"{unknown}")'


def _fits_text(book: Book, c: Column) -> str:
    fits = c.est.fits_context
    key = "summary.unknown" if fits is None else "summary.fits" if fits else "summary.too_large"
    return book.t(key)


def _cheapest(
    book: Book,
    c: Column,
    r: int,
    first: int,
    last: int,
    fits: str,
    projection: ProjectionCells,
) -> None:
    """The hidden comparable cost and the cheapest mark of one scenario's row."""
    f, s = book.fmt, c.est
    block = projection.blocks[c.index]
    comparable = cell_abs(r, COMPARABLE_COL)
    # no unpriced billing type in any month of the horizon, a vendor price, and a fit
    priced = f'SUMPRODUCT(({block.months}<=months)*({block.flags}<>""))=0'
    ws = book.sheets["summary"]
    ws.write_formula(
        r,
        COMPARABLE_COL,
        f'=IF(AND({priced},{fits}<>0,ISNUMBER({cell_abs(r, 8)})),{cell_abs(r, 8)},"")',
        f.usd,
        num(s.total_cost_usd) if _can_be_cheapest(s) else "",
    )
    column = f"{cell_abs(first, COMPARABLE_COL)}:{cell_abs(last, COMPARABLE_COL)}"
    lowest = f"MIN({column})"
    mark = book.t("cheapest")
    # the first of equal lowest costs, as the engine picks
    ws.write_formula(
        r,
        CHEAPEST_COL,
        f"=IF(ISNUMBER({comparable}),IF(AND({comparable}={lowest},"
        f'MATCH({lowest},{column},0)={r - first + 1}),"{mark}",""),"")',
        f.cheapest,
        mark if book.est.cheapest is s else "",
    )


def _can_be_cheapest(s: ScenarioEstimate) -> bool:
    return not s.unpriced_types and s.fits_context is not False and s.total_cost_usd is not None


def write_notes(book: Book, row: int) -> None:
    """The estimate's notes (approximate tokenizers, ASR fallback, unpriced or missing
    parts) from ``row`` down, with the scenarios they concern, so the reader of the
    workbook sees them too."""
    t, f = book.t, book.fmt
    ws = book.sheets["summary"]
    grouped: dict[str, list[str]] = {}
    for c in book.cols:
        for note in c.est.note_items:
            grouped.setdefault(t.note(note, book.catalog), []).append(c.label)
    if not grouped:
        return
    ws.write_string(row, 0, t("summary.notes"), f.h2)
    for text, labels in grouped.items():
        row += 1
        who = t("summary.all_scenarios") if len(labels) == len(book.cols) else "; ".join(labels)
        ws.write_string(row, 0, text, f.text)
        ws.write_string(row, NOTE_WHO_COL, who, f.note)
