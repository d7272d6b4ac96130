"""The Projection sheet: the credits month by month (``Estimate`` months as formulas).

On top a table of the months (date, days, conversations with growth, turns)
and each scenario's monthly total, with the horizon total below it (the sum
of the months up to the ``months`` cell); then one block per scenario with
every billing type per month, knowledge growth and the days of each month.
Workbook names: ``projection_total_credits`` (months x scenarios) and
``horizon_total_credits`` (one row x scenarios).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from xlsxwriter.worksheet import Worksheet

from gptbots_planner.core.catalog import BILLING_TYPES
from gptbots_planner.core.estimate import Month
from gptbots_planner.core.money import credits_to_usd
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
from gptbots_planner.export.xlsx.breakdown import PER_TURN_ROWS, BreakdownCells
from gptbots_planner.export.xlsx.formulas import (
    charge_formula,
    combine_formula,
    unpriced_flag_formula,
    unpriced_flag_value,
)
from gptbots_planner.export.xlsx.inputs import InputCells
from gptbots_planner.export.xlsx.prices import TYPE_PRICES, PriceCells

log = logging.getLogger(__name__)

HEADER = 3  # the heading row of the months table
TYPE_COL = {tid: 4 + i for i, tid in enumerate(BILLING_TYPES)}  # in a scenario's block
TOTAL_COL = 4 + len(BILLING_TYPES)


@dataclass(frozen=True)
class ProjectionCells:
    """What the Projection sheet publishes."""

    horizon: tuple[str, ...]  # per scenario: its horizon total
    blocks: tuple[str, ...]  # per scenario: every billing type cell of every month
    month_dates: str  # the months table's date column
    totals: tuple[str, ...]  # per scenario: its monthly totals (a column of the table)
    total_heads: tuple[str, ...]  # per scenario: the heading cell above ``totals``


@dataclass(frozen=True)
class _Sources:
    """The cells of the other sheets one scenario's block reads."""

    knowledge_tokens: str  # Inputs: the starting knowledge base
    per_turn: dict[str, str]  # Breakdown: the per-turn amounts
    prices: dict[str, str]  # Prices


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
    ws.set_column(5, 15, 18)
    ws.set_column(16, 16, 30)  # the unpriced flag of the blocks
    ws.write_string(0, 0, t("projection.title"), f.title)
    ws.write_string(1, 0, book.plan.name, f.text)
    first, last = _months_table(book, ws)
    horizon_row = last + 1
    ws.write_string(horizon_row, 0, t("projection.horizon"), f.h2)
    blocks = []
    block_row = horizon_row + 3
    for c in book.cols:
        sources = _Sources(
            inputs.measures[c.index]["knowledge_tokens"],
            breakdown.scenarios[c.index],
            prices.scenarios[c.index],
        )
        blocks.append(_block(book, ws, c, block_row, first, sources))
        block_row += book.months + 3
    horizon = tuple(_horizon_total(book, ws, c, horizon_row, first, last) for c in book.cols)
    book.name_range("projection_total_credits", "projection", first, 5, last, 4 + n)
    book.name_range("horizon_total_credits", "projection", horizon_row, 5, horizon_row, 4 + n)
    book.grey_beyond_horizon(ws, first, last, 4 + n)
    ws.freeze_panes(HEADER + 1, 2)
    print_setup(ws, HEADER)
    return ProjectionCells(
        horizon=horizon,
        blocks=tuple(blocks),
        month_dates=range_ref(sheet, first, 1, last, 1),
        totals=tuple(range_ref(sheet, first, 5 + c.index, last, 5 + c.index) for c in book.cols),
        total_heads=tuple(ref(sheet, HEADER, 5 + c.index) for c in book.cols),
    )


def _months_table(book: Book, ws: Worksheet) -> tuple[int, int]:
    """The months, their days, conversations and turns; returns the first and last row."""
    t, f = book.t, book.fmt
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
    ws.set_row(HEADER, 56)
    first = HEADER + 1
    # The month facts are the same in every scenario; the first one's are shown.
    for mo in book.cols[0].est.months:
        r = first + mo.index - 1
        k = cell_abs(r, 0)
        ws.write_number(r, 0, mo.index, f.month_no)
        ws.write_formula(r, 1, f"=EDATE(start_date,{k}-1)", f.month, month_date(mo.label))
        days = f'=IF(days_mode="fixed30",30,DAY(EOMONTH(start_date,{k}-1)))'
        ws.write_formula(r, 2, days, f.int_, float(mo.days))
        conversations = f"=conversations_per_month*(1+monthly_growth)^({k}-1)"
        ws.write_formula(r, 3, conversations, f.qty, num(mo.conversations))
        ws.write_formula(r, 4, f"={cell_abs(r, 3)}*turns_per_conversation", f.qty, num(mo.turns))
    return first, first + book.months - 1


def _block_head(book: Book, ws: Worksheet, c: Column, block_row: int) -> None:
    t, f, cat = book.t, book.fmt, book.catalog
    ws.write_string(block_row, 0, t("projection.by_type", scenario=c.label), f.h2)
    cols_head = [
        t("projection.month_no"),
        t("projection.month"),
        t("projection.added"),
        t("projection.stored"),
        *(t.billing_type(cat, tid) for tid in BILLING_TYPES),
        t("projection.total"),
        t("projection.total_usd"),
        t("row.unpriced"),
    ]
    for col, text in enumerate(cols_head):
        ws.write_string(block_row + 1, col, text, f.header)
    ws.set_row(block_row + 1, 42)


def _block(
    book: Book, ws: Worksheet, c: Column, block_row: int, first: int, sources: _Sources
) -> str:
    """One scenario's billing types month by month; returns the range of its type cells."""
    _block_head(book, ws, c, block_row)
    head = block_row + 1
    for mo in c.est.months:
        _block_month(book, ws, c, mo, head + mo.index, first + mo.index - 1, sources)
    last = head + book.months
    book.mark_unpriced(ws, head + 1, 4, last, TOTAL_COL - 1)
    book.grey_beyond_horizon(ws, head + 1, last, TOTAL_COL + 2)
    return range_ref(book.names["projection"], head + 1, 4, last, TOTAL_COL - 1)


def _type_formulas(r: int, top: int, sources: _Sources) -> dict[str, str]:
    """The credit formula of every billing type in block row ``r`` (table row ``top``)."""
    turns = cell_abs(top, 4)
    b, p = sources.per_turn, sources.prices

    def per_turn(key: str, price: str, per: int) -> str:
        return charge_formula(f"{turns}*{b[key]}", p[price], per)

    formulas = {tid: per_turn(key, *TYPE_PRICES[tid]) for tid, key in PER_TURN_ROWS.items()}
    formulas["llm_text"] = combine_formula(
        per_turn("text_in", "llm_input", 1000), per_turn("text_out", "llm_output", 1000)
    )
    formulas["knowledge_index"] = combine_formula(
        charge_formula(cell_abs(r, 2), p["embedding"], 1000),  # the tokens added this month
        per_turn("query_tokens", "embedding", 1000),
    )
    price, per = TYPE_PRICES["knowledge_storage"]
    formulas["knowledge_storage"] = charge_formula(
        f"{cell_abs(r, 3)}*{cell_abs(top, 2)}", p[price], per
    )
    return formulas


def _block_month(
    book: Book, ws: Worksheet, c: Column, mo: Month, r: int, top: int, sources: _Sources
) -> None:
    """Block row ``r``: month ``mo`` of one scenario, read against table row ``top``."""
    t, f, cat = book.t, book.fmt, book.catalog
    ws.write_formula(r, 0, f"={cell_abs(top, 0)}", f.month_no, float(mo.index))
    ws.write_formula(r, 1, f"={cell_abs(top, 1)}", f.month, month_date(mo.label))
    added = num(mo.lines["knowledge_index"].parts["one_time_tokens"])
    if mo.index == 1:
        ws.write_formula(r, 2, f"={sources.knowledge_tokens}", f.qty, added)
        ws.write_formula(r, 3, f"={cell_abs(r, 2)}", f.qty, num(mo.knowledge_tokens))
    else:
        ws.write_formula(r, 2, "=kb_growth_tokens_per_month", f.qty, added)
        stored = f"={cell_abs(r - 1, 3)}+{cell_abs(r, 2)}"
        ws.write_formula(r, 3, stored, f.qty, num(mo.knowledge_tokens))
    formulas = _type_formulas(r, top, sources)
    for tid in BILLING_TYPES:
        credits = num(mo.lines[tid].credits)
        ws.write_formula(r, TYPE_COL[tid], "=" + formulas[tid], f.credits, credits)
    types = f"{cell_abs(r, TYPE_COL[BILLING_TYPES[0]])}:{cell_abs(r, TYPE_COL[BILLING_TYPES[-1]])}"
    total = cell_abs(r, TOTAL_COL)
    ws.write_formula(r, TOTAL_COL, f"=SUM({types})", f.credits_strong, num(mo.total))
    usd = num(credits_to_usd(mo.total))
    ws.write_formula(r, TOTAL_COL + 1, f"={total}/100", f.usd, usd)
    names = {tid: t.billing_type(cat, tid) for tid in BILLING_TYPES}
    flag = unpriced_flag_formula(
        [(cell_abs(r, TYPE_COL[tid]), names[tid]) for tid in BILLING_TYPES], t
    )
    flag_value = unpriced_flag_value([names[x] for x in mo.unpriced_types], t)
    ws.write_formula(r, TOTAL_COL + 2, "=" + flag, f.flag, flag_value)
    # The months table on top shows each scenario's month total.
    ws.write_formula(top, 5 + c.index, f"={total}", f.credits, num(mo.total))


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
