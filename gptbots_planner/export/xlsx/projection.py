"""The Projection sheet: the credits month by month (``Estimate`` months as formulas).

On top a table of the months (date, days, conversations with growth, turns), each
scenario's monthly credits and total cost (credits at $0.01 plus the vendor's bill),
with the horizon totals below (the months up to the ``months`` cell); then one block
per scenario with knowledge added and held, the chunks a turn retrieves and reranks
from it, every billing type, the vendor's bill and the total cost per month.  There is
a row for every month up to the plan's limit (``book.MAX_MONTHS``); the rows past the
exported horizon are hidden and greyed, so a larger ``months`` finds its rows.
Workbook names: ``projection_total_credits``, ``projection_total_cost_usd`` (months x
scenarios), ``horizon_total_credits`` and ``horizon_total_cost_usd`` (one row x
scenarios).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from xlsxwriter.worksheet import Worksheet

from gptbots_planner.export.xlsx.book import (
    Book,
    Column,
    cell_abs,
    month_date,
    num,
    print_setup,
    range_ref,
    ref,
)
from gptbots_planner.export.xlsx.breakdown import BreakdownCells
from gptbots_planner.export.xlsx.inputs import InputCells
from gptbots_planner.export.xlsx.prices import PriceCells
from gptbots_planner.export.xlsx.projection_block import BlockCells, Sources, write_block

log = logging.getLogger(__name__)

HEADER = 3  # the heading row of the months table
UNPRICED_TEXT = '"unpriced"'


@dataclass(frozen=True)
class ProjectionCells:
    """What the Projection sheet publishes."""

    horizon: tuple[str, ...]  # per scenario: its horizon total (credits)
    horizon_cost: tuple[str, ...]  # per scenario: its horizon total cost (USD)
    blocks: tuple[BlockCells, ...]  # per scenario: its block's month numbers and flags
    month_dates: str  # the months table's date column
    totals: tuple[str, ...]  # per scenario: its monthly totals (a column of the table)
    total_heads: tuple[str, ...]  # per scenario: the heading cell above ``totals``


def write_projection(
    book: Book, inputs: InputCells, prices: PriceCells, breakdown: BreakdownCells
) -> ProjectionCells:
    t, f = book.t, book.fmt
    ws = book.sheets["projection"]
    sheet = book.names["projection"]
    n = len(book.cols)
    ws.set_column(0, 0, 10)
    ws.set_column(1, 1, 10)
    ws.set_column(2, 4, 16)
    ws.set_column(5, 19, 18)
    ws.set_column(20, 20, 30)  # the unpriced flag of the blocks
    ws.write_string(0, 0, t("projection.title"), f.title)
    ws.write_string(1, 0, book.plan.name, f.text)
    first, last = _months_table(book, ws)
    horizon_row = last + 1
    ws.write_string(horizon_row, 0, t("projection.horizon"), f.h2)
    blocks = []
    block_row = horizon_row + 3
    for c in book.cols:
        sources = Sources(
            inputs.measures[c.index],
            breakdown.scenarios[c.index],
            prices.scenarios[c.index],
            tuple(prices.model_prices(r.model.id, c.est.key_mode) for r in c.est.runs),
        )
        block = write_block(book, ws, c, block_row, first, sources)
        for k, (total, cost) in enumerate(zip(block.totals, block.costs, strict=True)):
            mo = c.rows[k]
            ws.write_formula(first + k, 5 + c.index, f"={total}", f.credits, num(mo.total))
            ws.write_formula(first + k, 5 + n + c.index, f"={cost}", f.usd, num(mo.total_cost_usd))
        blocks.append(block)
        block_row += book.rows + 3
    horizon = tuple(_horizon_total(book, ws, c, horizon_row, first, last) for c in book.cols)
    costs = tuple(_horizon_cost(book, ws, c, horizon_row, first, last) for c in book.cols)
    book.name_range("projection_total_credits", "projection", first, 5, last, 4 + n)
    book.name_range("projection_total_cost_usd", "projection", first, 5 + n, last, 4 + 2 * n)
    book.name_range("horizon_total_credits", "projection", horizon_row, 5, horizon_row, 4 + n)
    book.name_range(
        "horizon_total_cost_usd", "projection", horizon_row, 5 + n, horizon_row, 4 + 2 * n
    )
    book.grey_beyond_horizon(ws, first, last, 4 + 2 * n)
    ws.freeze_panes(HEADER + 1, 2)
    print_setup(ws, HEADER)
    return ProjectionCells(
        horizon=horizon,
        horizon_cost=costs,
        blocks=tuple(blocks),
        month_dates=range_ref(sheet, first, 1, last, 1),
        totals=tuple(range_ref(sheet, first, 5 + c.index, last, 5 + c.index) for c in book.cols),
        total_heads=tuple(ref(sheet, HEADER, 5 + c.index) for c in book.cols),
    )


def _months_table(book: Book, ws: Worksheet) -> tuple[int, int]:
    """The months, their days, conversations and turns; returns the first and last row."""
    t, f = book.t, book.fmt
    n = len(book.cols)
    heads = [
        "projection.month_no",
        "projection.month",
        "projection.days",
        "projection.conversations",
        "projection.turns",
    ]
    for col, key in enumerate(heads):
        ws.write_string(HEADER, col, t(key), f.header)
    for c in book.cols:
        ws.write_string(HEADER, 5 + c.index, c.label, f.header)
        cost_head = t("projection.cost_of", scenario=c.label)
        ws.write_string(HEADER, 5 + n + c.index, cost_head, f.header)
    ws.set_row(HEADER, 70)
    first = HEADER + 1
    # The month facts are the same in every scenario; the first one's are shown.
    for mo in book.cols[0].rows:
        r = first + mo.index - 1
        k = cell_abs(r, 0)
        ws.write_number(r, 0, mo.index, f.month_no)
        ws.write_formula(r, 1, f"=EDATE(start_date,{k}-1)", f.month, month_date(mo.label))
        days = f'=IF(days_mode="fixed30",30,DAY(EOMONTH(start_date,{k}-1)))'
        ws.write_formula(r, 2, days, f.int_, float(mo.days))
        conversations = f"=conversations_per_month*(1+monthly_growth)^({k}-1)"
        ws.write_formula(r, 3, conversations, f.qty, num(mo.conversations))
        ws.write_formula(r, 4, f"={cell_abs(r, 3)}*turns_per_conversation", f.qty, num(mo.turns))
        if mo.index > book.months:
            ws.set_row(r, None, None, {"hidden": True})
    return first, first + book.rows - 1


def _horizon_total(
    book: Book, ws: Worksheet, c: Column, horizon_row: int, first: int, last: int
) -> str:
    """The sum of the scenario's months up to the ``months`` cell; returns its cell."""
    col = 5 + c.index
    months = f"{cell_abs(first, 0)}:{cell_abs(last, 0)}"
    totals = f"{cell_abs(first, col)}:{cell_abs(last, col)}"
    ws.write_formula(
        horizon_row,
        col,
        f'=SUMIF({months},"<="&months,{totals})',
        book.fmt.credits_bold,
        num(c.est.horizon_total),
    )
    return ref(book.names["projection"], horizon_row, col)


def _horizon_cost(
    book: Book, ws: Worksheet, c: Column, horizon_row: int, first: int, last: int
) -> str:
    """The total cost of the months up to the ``months`` cell (unpriced when any month
    lacks a vendor price); returns its cell."""
    col = 5 + len(book.cols) + c.index
    months = f"{cell_abs(first, 0)}:{cell_abs(last, 0)}"
    costs = f"{cell_abs(first, col)}:{cell_abs(last, col)}"
    missing = f"SUMPRODUCT(({months}<=months)*({costs}={UNPRICED_TEXT}))"
    formula = f'=IF({missing}>0,{UNPRICED_TEXT},SUMIF({months},"<="&months,{costs}))'
    ws.write_formula(
        horizon_row, col, formula, book.fmt.usd_bold, num(c.est.horizon_total_cost_usd)
    )
    return ref(book.names["projection"], horizon_row, col)
