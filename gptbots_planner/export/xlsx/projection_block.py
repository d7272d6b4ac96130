"""One scenario's block on the Projection sheet: every month's knowledge, chunks, billing
types, vendor's bill and total cost, as formulas over the months table above it.

Month ``m`` repeats ``core.projection``: knowledge added (the documents in month 1,
``kb_growth_tokens_per_month`` later) and held at the month's end, the chunks a turn
gets from what is held (``core.turns.chunks_available``), storage for the days each
token is held (``kb_growth_timing``), and ``core.charges`` for every line.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

from xlsxwriter.worksheet import Worksheet

from gptbots_planner.core.catalog import BILLING_TYPES
from gptbots_planner.core.estimate import Month
from gptbots_planner.core.money import credits_to_usd
from gptbots_planner.core.turns import chunks_available
from gptbots_planner.export.xlsx.book import Book, Column, cell_abs, month_date, num, range_ref
from gptbots_planner.export.xlsx.breakdown_components import PER_TURN, month_charges, month_vendor
from gptbots_planner.export.xlsx.breakdown_rows import PER_TURN_ROWS
from gptbots_planner.export.xlsx.formulas import (
    charge_formula,
    chunks_formula,
    combine_formula,
    total_cost_formula,
    unpriced_flag_formula,
    unpriced_flag_value,
    vendor_formula,
)
from gptbots_planner.export.xlsx.prices import TYPE_PRICES

log = logging.getLogger(__name__)

ADDED, STORED, RETRIEVED, RERANKED = 2, 3, 4, 5
TYPE_COL = {tid: 6 + i for i, tid in enumerate(BILLING_TYPES)}
TOTAL_COL = 6 + len(BILLING_TYPES)
USD_COL, PROVIDER_COL, COST_COL, FLAG_COL = (TOTAL_COL + i for i in range(1, 5))
MILLION = 1_000_000


@dataclass(frozen=True)
class Sources:
    """The cells of the other sheets one scenario's block reads."""

    measures: dict[str, str]  # Inputs: the measures the estimate uses
    per_turn: dict[str, str]  # Breakdown: the per-turn amounts
    prices: dict[str, str]  # Prices
    components: tuple[dict[str, str], ...] = ()  # per component: its prices (``model_prices``)


@dataclass(frozen=True)
class BlockCells:
    """What one block publishes (ranges over every month row)."""

    months: str  # the month numbers
    flags: str  # the unpriced flags
    totals: list[str]  # per month: its total credits cell (same sheet)
    costs: list[str]  # per month: its total cost cell (same sheet)


def block_head(book: Book, ws: Worksheet, c: Column, block_row: int) -> None:
    t, f, cat = book.t, book.fmt, book.catalog
    ws.write_string(block_row, 0, t("projection.by_type", scenario=c.label), f.h2)
    cols_head = [
        t("projection.month_no"),
        t("projection.month"),
        t("projection.added"),
        t("projection.stored"),
        t("projection.retrieved"),
        t("projection.reranked"),
        *(t.billing_type(cat, tid) for tid in BILLING_TYPES),
        t("projection.total"),
        t("projection.total_usd"),
        t("projection.provider"),
        t("projection.total_cost"),
        t("row.unpriced"),
    ]
    for col, text in enumerate(cols_head):
        ws.write_string(block_row + 1, col, text, f.header)
    ws.set_row(block_row + 1, 42)


def write_block(
    book: Book, ws: Worksheet, c: Column, block_row: int, first: int, sources: Sources
) -> BlockCells:
    """One scenario's months (rows past the horizon hidden); returns its cells."""
    block_head(book, ws, c, block_row)
    head = block_row + 1
    for mo in c.rows:
        r = head + mo.index
        _block_month(book, ws, c, mo, r, first + mo.index - 1, sources)
        if mo.index > book.months:
            ws.set_row(r, None, None, {"hidden": True})
    last = head + book.rows
    book.mark_unpriced(ws, head + 1, TYPE_COL[BILLING_TYPES[0]], last, COST_COL)
    book.grey_beyond_horizon(ws, head + 1, last, FLAG_COL)
    sheet = book.names["projection"]
    return BlockCells(
        months=range_ref(sheet, head + 1, 0, last, 0),
        flags=range_ref(sheet, head + 1, FLAG_COL, last, FLAG_COL),
        totals=[cell_abs(r, TOTAL_COL) for r in range(head + 1, last + 1)],
        costs=[cell_abs(r, COST_COL) for r in range(head + 1, last + 1)],
    )


def quantities(r: int, top: int, index: int, sources: Sources) -> dict[str, str]:
    """Block row ``r``'s quantity expressions (month ``index``, months-table row ``top``)."""
    turns, days = cell_abs(top, 4), cell_abs(top, 2)
    added, stored = cell_abs(r, ADDED), cell_abs(r, STORED)
    b, m = sources.per_turn, sources.measures
    emb = m["user_message_tokens_embedding"]
    q = {key: f"{turns}*{b[key]}" for key in (*PER_TURN_ROWS.values(), "text_out")}
    q["reasoning"] = f"{turns}*{b['reasoning_tokens']}"
    q["turns"] = turns
    q["index_once"] = added
    q["query_tokens"] = f"{turns}*IF(AND(chunks_retrieved_per_turn>0,{stored}>0),{emb},0)"
    # the rerank service receives the question with each chunk
    q["rerank_tokens"] = f"{turns}*{cell_abs(r, RERANKED)}*({emb}+chunk_tokens)"
    storage = f"{stored}*{days}"
    if index > 1:
        # knowledge added through the month is stored half its days on average
        storage += f'-IF(kb_growth_timing="first_day",0,{added}*{days}/2)'
    q["storage"] = storage
    return q


def component_amounts(r: int, sources: Sources) -> list[dict[str, str]]:
    """Each component's per-turn amounts in block row ``r``: its text input with the
    month's retrieved chunks, the rest as on the Breakdown sheet."""
    b = sources.per_turn
    amounts = []
    for i in range(len(sources.components)):
        cells = {name: b[f"cmp{i}.{name}"] for name in PER_TURN}
        cells["text_in"] = f"{b[f'cmp{i}.base']}+{b[f'cmp{i}.per_chunk']}*{cell_abs(r, RETRIEVED)}"
        amounts.append(cells)
    return amounts


def _llm_formula(parts: list[str]) -> str:
    return combine_formula(*parts) if parts else "0"


def type_formulas(q: dict[str, str], p: dict[str, str], sources: Sources, r: int) -> dict[str, str]:
    """The credit formula of every billing type from the quantities ``q``."""
    formulas = {
        tid: charge_formula(q[key], p[TYPE_PRICES[tid][0]], TYPE_PRICES[tid][1])
        for tid, key in PER_TURN_ROWS.items()
    }
    charges = [
        month_charges(cp, q["turns"], amounts)
        for cp, amounts in zip(sources.components, component_amounts(r, sources), strict=True)
    ]
    formulas["llm_text"] = _llm_formula(
        [ch[k] for ch in charges for k in ("in", "out", "reasoning")]
    )
    formulas["llm_audio"] = _llm_formula([ch[k] for ch in charges for k in ("audio_in", "spoken")])
    formulas["knowledge_index"] = combine_formula(
        charge_formula(q["index_once"], p["embedding"], 1000),
        charge_formula(q["query_tokens"], p["embedding"], 1000),
    )
    price, per = TYPE_PRICES["knowledge_storage"]
    formulas["knowledge_storage"] = charge_formula(q["storage"], p[price], per)
    return formulas


def vendor_bill_formula(
    own_key: bool, q: dict[str, str], p: dict[str, str], sources: Sources, r: int
) -> str:
    """The vendor's bill of one month (``core.charges``' ``provider_usd`` of every line)."""
    if not own_key:
        return "0"
    llm = [
        bill
        for cp, amounts in zip(sources.components, component_amounts(r, sources), strict=True)
        for bill in month_vendor(cp, True, q["turns"], amounts).values()
    ]
    parts = (
        (q["asr_seconds"], "vendor_asr", 60),
        (q["tts_chars"], "vendor_tts", MILLION),
        (f"{q['index_once']}+{q['query_tokens']}", "vendor_embedding", MILLION),
        (q["rerank_tokens"], "vendor_rerank", MILLION),
    )
    return combine_formula(*llm, *(vendor_formula(True, x, p[key], per) for x, key, per in parts))


def _block_month(
    book: Book, ws: Worksheet, c: Column, mo: Month, r: int, top: int, sources: Sources
) -> None:
    """Block row ``r``: month ``mo`` of one scenario, read against table row ``top``."""
    t, f, cat = book.t, book.fmt, book.catalog
    ws.write_formula(r, 0, f"={cell_abs(top, 0)}", f.month_no, float(mo.index))
    ws.write_formula(r, 1, f"={cell_abs(top, 1)}", f.month, month_date(mo.label))
    added = num(mo.lines["knowledge_index"].parts["one_time_tokens"])
    if mo.index == 1:
        ws.write_formula(r, ADDED, f"={sources.measures['knowledge_tokens']}", f.qty, added)
        ws.write_formula(r, STORED, f"={cell_abs(r, ADDED)}", f.qty, num(mo.knowledge_tokens))
    else:
        ws.write_formula(r, ADDED, "=kb_growth_tokens_per_month", f.qty, added)
        stored = f"={cell_abs(r - 1, STORED)}+{cell_abs(r, ADDED)}"
        ws.write_formula(r, STORED, stored, f.qty, num(mo.knowledge_tokens))
    a = book.plan.assumptions
    for col, wanted in (
        (RETRIEVED, "chunks_retrieved_per_turn"),
        (RERANKED, "chunks_reranked_per_turn"),
    ):
        formula = "=" + chunks_formula(wanted, cell_abs(r, STORED))
        ws.write_formula(r, col, formula, f.qty, num(_chunks(book, a[wanted], mo)))
    q = quantities(r, top, mo.index, sources)
    formulas = type_formulas(q, sources.prices, sources, r)
    for tid in BILLING_TYPES:
        credits = num(mo.lines[tid].credits)
        ws.write_formula(r, TYPE_COL[tid], "=" + formulas[tid], f.credits, credits)
    types = f"{cell_abs(r, TYPE_COL[BILLING_TYPES[0]])}:{cell_abs(r, TYPE_COL[BILLING_TYPES[-1]])}"
    total = cell_abs(r, TOTAL_COL)
    ws.write_formula(r, TOTAL_COL, f"=SUM({types})", f.credits_strong, num(mo.total))
    usd = num(credits_to_usd(mo.total))
    ws.write_formula(r, USD_COL, f"={total}/100", f.usd, usd)
    vendor = "=" + vendor_bill_formula(c.own_key, q, sources.prices, sources, r)
    ws.write_formula(r, PROVIDER_COL, vendor, f.usd_exact, num(mo.provider_bill_usd))
    cost = "=" + total_cost_formula(total, cell_abs(r, PROVIDER_COL))
    ws.write_formula(r, COST_COL, cost, f.usd, num(mo.total_cost_usd))
    names = {tid: t.billing_type(cat, tid) for tid in BILLING_TYPES}
    flag = unpriced_flag_formula(
        [(cell_abs(r, TYPE_COL[tid]), names[tid]) for tid in BILLING_TYPES], t
    )
    flag_value = unpriced_flag_value([names[x] for x in mo.unpriced_types], t)
    ws.write_formula(r, FLAG_COL, "=" + flag, f.flag, flag_value)


def _chunks(book: Book, wanted: Decimal, mo: Month) -> Decimal:
    """The engine's chunks for the month (the cached value)."""
    return chunks_available(book.plan, wanted, mo.knowledge_tokens)
