"""The Breakdown sheet's money: month-1 quantities, credits by billing type, totals, the
vendor's bill and total cost (``core.charges``), and the largest LLM call against the
model's context window (``core.turns.largest_call``).
"""

from __future__ import annotations

import logging
from decimal import Decimal

from gptbots_planner.core.catalog import BILLING_TYPES
from gptbots_planner.core.turns import LargestCall
from gptbots_planner.export.xlsx.book import Column, Value, cell_abs, num
from gptbots_planner.export.xlsx.breakdown_components import (
    ComponentCells,
    largest_call,
    month_charges,
    month_vendor,
    per_turn_cells,
)
from gptbots_planner.export.xlsx.breakdown_rows import (
    PER_TURN_ROWS,
    QUANTITY_ROWS,
    Build,
    SheetRows,
    first_line,
)
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

MILLION = 1_000_000
# the types the model vendor bills on the own key: (quantity rows, vendor price key, per)
VendorParts = tuple[tuple[tuple[str, ...], str], ...]
# (llm_text and llm_audio: a part per workflow component, ``breakdown_components``)
VENDOR_PARTS: dict[str, VendorParts] = {
    "asr": ((("q_asr",), "vendor_asr"),),
    "tts": ((("q_tts",), "vendor_tts"),),
    "knowledge_index": ((("q_index_once", "q_index_query"), "vendor_embedding"),),
    "rerank": ((("q_rerank",), "vendor_rerank"),),
}
VENDOR_PER = {"asr": 60}  # USD per minute; the others per 1M tokens or characters


def write_quantities(rows: SheetRows) -> None:
    """Month-1 quantity of every billing type (the quantities of the month's lines)."""
    f, b, m = rows.book.fmt, rows.b, rows.m
    rows.section("breakdown.quantities")

    def per_turn_qty(key: str, per_turn: str, unit: str, type_id: str, part: str = "") -> None:
        def engine(c: Column) -> Decimal:
            line = first_line(c, type_id)
            return line.parts[part] if part else line.quantity

        rows.put(key, unit, lambda c: (f"{b(c, 'turns')}*{b(c, per_turn)}", num(engine(c))), f.qty)

    def single(type_id: str, unit: str) -> None:
        per_turn_qty(QUANTITY_ROWS[type_id], PER_TURN_ROWS[type_id], unit, type_id)

    per_turn_qty("q_llm_in", "text_in", "unit.tokens", "llm_text", "input_tokens")
    per_turn_qty("q_llm_out", "text_out", "unit.tokens", "llm_text", "output_tokens")
    per_turn_qty("q_reasoning", "reasoning_tokens", "unit.tokens", "llm_text", "reasoning_tokens")
    per_turn_qty("q_audio", "audio_tokens", "unit.tokens", "llm_audio", "input_tokens")
    per_turn_qty("q_audio_out", "spoken_tokens", "unit.tokens", "llm_audio", "output_tokens")
    single("asr", "unit.seconds")
    single("tts", "unit.characters")
    rows.put(
        "q_index_once",
        "unit.tokens",
        lambda c: (
            m(c, "knowledge_tokens"),
            num(first_line(c, "knowledge_index").parts["one_time_tokens"]),
        ),
        f.qty,
    )
    per_turn_qty("q_index_query", "query_tokens", "unit.tokens", "knowledge_index", "query_tokens")
    rows.put(
        QUANTITY_ROWS["knowledge_storage"],
        "unit.token_days",
        lambda c: (
            f"{b(c, 'stored_tokens')}*{b(c, 'days')}",
            num(first_line(c, "knowledge_storage").quantity),
        ),
        f.qty,
    )
    single("tool_call", "unit.calls")
    single("rerank", "unit.tokens")
    single("database_processing", "unit.operations")
    single("question_classification", "unit.questions")


def write_credits(rows: SheetRows) -> tuple[int, int]:
    """The parts of the multi-part types, then credits by billing type; returns the first
    and last row of the ten types."""
    t, f, cat, b, p = rows.book.t, rows.book.fmt, rows.book.catalog, rows.b, rows.p
    rows.section("breakdown.credits")

    def charge(key: str, qty_key: str, price_key: str, type_id: str, part: str) -> None:
        # The engine leaves a part out of ``parts`` when it is unpriced.
        rows.put(
            key,
            "",
            lambda c: (
                charge_formula(b(c, qty_key), p(c, price_key), 1000),
                num(first_line(c, type_id).parts.get(part)),
            ),
            f.credits,
        )

    def components(key: str, part: str, type_id: str, engine: str) -> None:
        """A part summed over the components, each at its own model's price."""

        def build(c: Column) -> tuple[str, Value]:
            charges = [
                month_charges(x.p, b(c, "turns"), per_turn_cells(x))[part]
                for i in range(len(c.est.runs))
                for x in (ComponentCells(rows, c, i),)
            ]
            formula = combine_formula(*charges) if charges else "0"
            return formula, num(first_line(c, type_id).parts.get(engine))

        rows.put(key, "", build, f.credits)

    components("llm_in_credits", "in", "llm_text", "input_credits")
    components("llm_out_credits", "out", "llm_text", "output_credits")
    # a reasoning model's hidden tokens, at the output price
    components("reasoning_credits", "reasoning", "llm_text", "reasoning_credits")
    components("audio_in_credits", "audio_in", "llm_audio", "input_credits")
    components("spoken_credits", "spoken", "llm_audio", "output_credits")
    charge("one_time_credits", "q_index_once", "embedding", "knowledge_index", "one_time_credits")
    charge("query_credits", "q_index_query", "embedding", "knowledge_index", "per_turn_credits")
    rows.row += 1
    first_type = rows.row
    combined = {
        "llm_text": ("llm_in_credits", "llm_out_credits", "reasoning_credits"),
        "llm_audio": ("audio_in_credits", "spoken_credits"),
        "knowledge_index": ("one_time_credits", "query_credits"),
    }

    def type_row(type_id: str) -> Build:
        def build(c: Column) -> tuple[str, Value]:
            if type_id in combined:
                formula = combine_formula(*(b(c, x) for x in combined[type_id]))
            else:
                price_key, per = TYPE_PRICES[type_id]
                formula = charge_formula(b(c, QUANTITY_ROWS[type_id]), p(c, price_key), per)
            return formula, num(first_line(c, type_id).credits)

        return build

    for type_id in BILLING_TYPES:
        rows.put(type_id, "credits", type_row(type_id), f.credits, t.billing_type(cat, type_id))
    return first_type, rows.row - 1


def write_totals(rows: SheetRows, first_type: int, last_type: int) -> None:
    """The month-1 total, its USD, the one-time indexing, the unpriced types, then the
    vendor's bill by type and the total cost."""
    t, f, cat, b = rows.book.t, rows.book.fmt, rows.book.catalog, rows.b
    names = {tid: t.billing_type(cat, tid) for tid in BILLING_TYPES}

    def col_range(c: Column) -> str:
        col = 2 + c.index
        return f"{cell_abs(first_type, col)}:{cell_abs(last_type, col)}"

    rows.put(
        "total_credits",
        "credits",
        lambda c: (f"SUM({col_range(c)})", num(c.est.monthly_total)),
        f.credits_bold,
    )
    rows.put(
        "total_usd",
        "usd",
        lambda c: (f"{b(c, 'total_credits')}/100", num(c.est.monthly_total_usd)),
        f.usd_bold,
    )
    rows.put(
        "one_time",
        "credits",
        lambda c: (
            f"IF(ISNUMBER({b(c, 'one_time_credits')}),{b(c, 'one_time_credits')},0)",
            num(c.est.one_time_indexing),
        ),
        f.credits,
    )
    rows.put(
        "unpriced",
        "",
        lambda c: (
            unpriced_flag_formula(
                [
                    (cell_abs(first_type + i, 2 + c.index), names[tid])
                    for i, tid in enumerate(BILLING_TYPES)
                ],
                t,
            ),
            unpriced_flag_value([names[x] for x in c.est.first.unpriced_types], t),
        ),
        f.flag,
    )
    _vendor_bill(rows)


def vendor_part(own_key: bool, quantities: list[str], price: str, per: int) -> str:
    """One vendor-billed quantity (a sum of quantity cells) at its vendor price."""
    return vendor_formula(own_key, "+".join(quantities), price, per)


def _vendor_bill(rows: SheetRows) -> None:
    """What the model vendor bills in month 1 on the own key (USD), and the total cost."""
    t, f, cat, b, p = rows.book.t, rows.book.fmt, rows.book.catalog, rows.b, rows.p
    rows.section("breakdown.provider")
    keys = []
    for type_id, part in (("llm_text", "text"), ("llm_audio", "audio")):

        def llm(c: Column, type_id: str = type_id, part: str = part) -> tuple[str, Value]:
            bills = [
                month_vendor(x.p, c.own_key, b(c, "turns"), per_turn_cells(x))[part]
                for i in range(len(c.est.runs))
                for x in (ComponentCells(rows, c, i),)
            ]
            formula = combine_formula(*bills) if bills else "0"
            return formula, num(first_line(c, type_id).provider_usd)

        rows.put(f"vendor_{type_id}", "usd", llm, f.usd_exact, t.billing_type(cat, type_id))
        keys.append(f"vendor_{type_id}")
    for type_id, parts in VENDOR_PARTS.items():
        per = VENDOR_PER.get(type_id, MILLION)

        def build(
            c: Column, parts: VendorParts = parts, per: int = per, type_id: str = type_id
        ) -> tuple[str, Value]:
            formulas = [
                vendor_part(c.own_key, [b(c, q) for q in qs], p(c, price), per)
                for qs, price in parts
            ]
            formula = formulas[0] if len(formulas) == 1 else combine_formula(*formulas)
            return formula, num(first_line(c, type_id).provider_usd)

        key = f"vendor_{type_id}"
        rows.put(key, "usd", build, f.usd_exact, t.billing_type(cat, type_id))
        keys.append(key)
    rows.put(
        "provider_bill",
        "usd",
        lambda c: (
            combine_formula(*(b(c, k) for k in keys)) if c.own_key else "0",
            num(c.est.provider_bill_usd),
        ),
        f.usd_bold,
    )
    rows.put(
        "total_cost",
        "usd",
        lambda c: (
            total_cost_formula(b(c, "total_credits"), b(c, "provider_bill")),
            num(c.est.total_cost_usd),
        ),
        f.usd_bold,
    )


def write_context_window(rows: SheetRows) -> None:
    """The largest single LLM call (the most knowledge the horizon retrieves, an image
    and a voice message when the plan has any, reply and reasoning) against the window."""
    f, b, m, p = rows.book.fmt, rows.b, rows.m, rows.p
    rows.section("breakdown.context")
    rows.put(
        "kb_max",
        "unit.tokens",
        # knowledge only grows, so the last month of the horizon holds the most
        lambda c: (
            f"{m(c, 'knowledge_tokens')}+(months-1)*kb_growth_tokens_per_month",
            num(max(mo.knowledge_tokens for mo in c.est.months)),
        ),
        f.qty,
    )
    names = [c.name for c in rows.book.plan.components]
    for i, name in enumerate(names):
        _component_call(rows, i, name)
    n = len(names)

    def compared(c: Column) -> tuple[str, Value]:
        # the largest call on the compared model (0 when no compared component runs)
        calls = [
            f"IF({b(c, f'cmp{i}.calls')}>0,{b(c, f'cmp{i}.largest')},0)"
            for i, r in enumerate(c.est.runs)
            if r.component.compared
        ]
        return f"MAX(0,{','.join(calls)})" if calls else "0", num(
            c.est.call.tokens if c.est.call else None
        )

    rows.put("largest_call", "unit.tokens", compared, f.qty)
    rows.put(
        "context_window",
        "unit.tokens",
        lambda c: (
            f'IF(ISNUMBER({p(c, "context_window")}),{p(c, "context_window")},"-")',
            "-" if c.est.model.context_window is None else float(c.est.model.context_window),
        ),
        f.qty,
    )

    def fits(c: Column) -> tuple[str, Value]:
        flags = [b(c, f"cmp{i}.fits") for i in range(n)]
        if not flags:
            return "1", _fits_value(c)
        no = ",".join(f"{x}=0" for x in flags)
        unknown = ",".join(f'{x}="unknown"' for x in flags)
        return f'IF(OR({no}),0,IF(OR({unknown}),"unknown",1))', _fits_value(c)

    rows.put("fits", "unit.flag", fits, f.int_)


def _component_call(rows: SheetRows, i: int, name: str) -> None:
    """One component's largest call, its model's window and whether it fits ("-": it
    does not run)."""
    t, f, b = rows.book.t, rows.book.fmt, rows.b
    kb = chunks_formula

    def calls(c: Column) -> dict[str, LargestCall]:
        return {x.component: x for x in c.est.component_calls}

    def largest(c: Column) -> tuple[str, Value]:
        x = ComponentCells(rows, c, i)
        call = calls(c).get(x.run.component.id)
        chunks = kb("chunks_retrieved_per_turn", b(c, "kb_max"))
        return largest_call(x, chunks), num(call.tokens) if call else num(None)

    def window(c: Column) -> tuple[str, Value]:
        x = ComponentCells(rows, c, i)
        cw = x.p["context_window"]
        value = x.run.model.context_window
        return f'IF(ISNUMBER({cw}),{cw},"-")', "-" if value is None else float(value)

    def fits(c: Column) -> tuple[str, Value]:
        x = ComponentCells(rows, c, i)
        call = calls(c).get(x.run.component.id)
        value: Value = (
            "-" if call is None else ("unknown" if call.fits is None else float(call.fits))
        )
        w = x.b("window")
        formula = (
            f'IF({x.b("calls")}>0,IF(ISNUMBER({w}),IF({x.b("largest")}<={w},1,0),"unknown"),"-")'
        )
        return formula, value

    for key_name, unit, build, fmt in (
        ("largest", "unit.tokens", largest, f.qty),
        ("window", "unit.tokens", window, f.qty),
        ("fits", "unit.flag", fits, f.int_),
    ):
        rows.put(f"cmp{i}.{key_name}", unit, build, fmt, t(f"row.cmp_{key_name}", name=name))


def _fits_value(c: Column) -> Value:
    fits = c.est.fits_context
    return "unknown" if fits is None else float(fits)
