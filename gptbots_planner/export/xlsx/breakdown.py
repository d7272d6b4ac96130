"""The Breakdown sheet: month 1 of ``core/estimate.py`` worked out step by step.

A column per scenario: month 1's conversations, turns, days and knowledge held, the
per-turn amounts (retrieval capped at that knowledge), month-1 quantities, then
credits by billing type, the month-1 total, its USD, the one-time indexing, the
list of unpriced types, the vendor's bill and the total cost, and the largest
single LLM call against the model's context window (``breakdown_money``).  Every
formula carries the engine's number as its cached value.  Workbook names:
``month1_credits_by_type`` (the ten types x scenarios), ``month1_total_credits``,
``month1_provider_bill_usd``, ``month1_total_cost_usd``, ``largest_call_tokens`` and
``fits_context`` (1 / 0 / "unknown"), each one row x scenarios.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from gptbots_planner.core.catalog import BILLING_TYPES
from gptbots_planner.core.turns import chunks_available, spoken_index, uses_audio_llm
from gptbots_planner.export.xlsx.book import Book, Column, Value, num, print_setup, range_ref, ref
from gptbots_planner.export.xlsx.breakdown_components import write_components
from gptbots_planner.export.xlsx.breakdown_money import (
    write_context_window,
    write_credits,
    write_quantities,
    write_totals,
)
from gptbots_planner.export.xlsx.breakdown_rows import SheetRows
from gptbots_planner.export.xlsx.formulas import chunks_formula
from gptbots_planner.export.xlsx.inputs import InputCells
from gptbots_planner.export.xlsx.prices import PriceCells

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BreakdownCells:
    """What the Breakdown sheet publishes."""

    scenarios: tuple[dict[str, str], ...]  # per scenario: row key -> its cell
    scenario_labels: str  # the heading row's scenario labels (a range)
    type_labels: dict[str, str]  # billing type -> the cell of its name
    type_values: dict[str, str]  # billing type -> its month-1 credits across scenarios


NAMED_ROWS = {
    "month1_total_credits": "total_credits",
    "month1_provider_bill_usd": "provider_bill",
    "month1_total_cost_usd": "total_cost",
    "largest_call_tokens": "largest_call",
    "fits_context": "fits",
}


def write_breakdown(book: Book, inputs: InputCells, prices: PriceCells) -> BreakdownCells:
    t, f = book.t, book.fmt
    ws = book.sheets["breakdown"]
    n = len(book.cols)
    ws.set_column(0, 0, 48)
    ws.set_column(1, 1, 14)
    ws.set_column(2, 1 + n, 22)
    ws.write_string(0, 0, t("breakdown.title"), f.title)
    ws.write_string(1, 0, book.plan.name, f.text)
    header = 3
    ws.write_string(header, 0, "", f.header)
    ws.write_string(header, 1, t("unit"), f.header)
    for c in book.cols:
        ws.write_string(header, 2 + c.index, c.label, f.header)
    ws.set_row(header, 42)
    rows = SheetRows(book, inputs, prices, header + 1)
    _month1(rows)
    _per_turn(rows)
    write_quantities(rows)
    first_type, last_type = write_credits(rows)
    write_totals(rows, first_type, last_type)
    write_context_window(rows)
    for c in book.cols:
        col = 2 + c.index
        book.mark_unpriced(ws, rows.rows["llm_in_credits"], col, rows.row, col)
    book.name_range("month1_credits_by_type", "breakdown", first_type, 2, last_type, 1 + n)
    for name, key in NAMED_ROWS.items():
        r = rows.rows[key]
        book.name_range(name, "breakdown", r, 2, r, 1 + n)
    ws.freeze_panes(header + 1, 2)
    print_setup(ws, header)
    sheet = rows.sheet
    type_rows = {tid: first_type + i for i, tid in enumerate(BILLING_TYPES)}
    return BreakdownCells(
        scenarios=rows.cells,
        scenario_labels=range_ref(sheet, header, 2, header, 1 + n),
        type_labels={tid: ref(sheet, r, 0) for tid, r in type_rows.items()},
        type_values={tid: range_ref(sheet, r, 2, r, 1 + n) for tid, r in type_rows.items()},
    )


def _month1(rows: SheetRows) -> None:
    """Conversations, turns, days and the knowledge held in month 1 (``Month``)."""
    f, b, m = rows.book.fmt, rows.b, rows.m
    rows.section("breakdown.month1")
    rows.put(
        "conversations",
        "",
        lambda c: ("conversations_per_month", num(c.est.first.conversations)),
        f.qty,
    )
    rows.put(
        "turns",
        "",
        lambda c: (f"{b(c, 'conversations')}*turns_per_conversation", num(c.est.first.turns)),
        f.qty,
    )
    rows.put(
        "days",
        "unit.days",
        lambda c: (
            'IF(days_mode="fixed30",30,DAY(EOMONTH(start_date,0)))',
            float(c.est.first.days),
        ),
        f.int_,
    )
    rows.put(
        "stored_tokens",
        "unit.tokens",
        lambda c: (m(c, "knowledge_tokens"), num(c.est.first.knowledge_tokens)),
        f.qty,
    )


def _per_turn(rows: SheetRows) -> None:
    """What one turn uses: tokens, seconds, characters, calls (``ScenarioEstimate.per_turn``)."""
    f, b = rows.book.fmt, rows.b
    plan = rows.book.plan
    a = plan.assumptions
    per_turn = rows.per_turn
    rows.section("breakdown.per_turn")

    def chunks(key: str, wanted: str) -> None:
        rows.put(
            key,
            "unit.chunks",
            lambda c: (
                chunks_formula(wanted, b(c, "stored_tokens")),
                num(chunks_available(plan, a[wanted], c.est.first.knowledge_tokens)),
            ),
            f.qty,
        )

    chunks("chunks_retrieved", "chunks_retrieved_per_turn")
    chunks("chunks_reranked", "chunks_reranked_per_turn")
    _audio_flag(rows)
    write_components(rows)
    rows.section("breakdown.per_turn_total")
    n = len(plan.components)

    def total(name: str) -> Callable[[Column], str]:
        return lambda c: "+".join(b(c, f"cmp{i}.{name}") for i in range(n)) if n else "0"

    per_turn("text_in", "unit.tokens", total("text_in"), "llm_text_input_tokens")
    per_turn("text_out", "unit.tokens", total("text_out"), "llm_text_output_tokens")
    per_turn("reasoning_tokens", "unit.tokens", total("reasoning"), "llm_reasoning_tokens")
    per_turn("audio_tokens", "unit.tokens", total("audio_in"), "llm_audio_input_tokens")
    per_turn("spoken_tokens", "unit.tokens", total("spoken"), "llm_audio_output_tokens")
    rows.put("speaks", "unit.flag", _speaks(rows), f.int_)
    _voice_per_turn(rows)
    _services_per_turn(rows)


def _speaks(rows: SheetRows) -> Callable[[Column], tuple[str, Value]]:
    """1 when a component speaks its replies (then TTS reads none of them)."""
    n = len(rows.book.plan.components)

    def build(c: Column) -> tuple[str, Value]:
        flags = [rows.b(c, f"cmp{i}.speaks") for i in range(n)]
        spoken = spoken_index(rows.book.plan, c.est.runs) is not None
        return (f"IF(({'+'.join(flags)})>0,1,0)" if flags else "0"), 1.0 if spoken else 0.0

    return build


def _audio_flag(rows: SheetRows) -> None:
    """Voice messages go to an audio LLM when the mode says so and the compared model
    takes audio; otherwise through ASR."""
    f, p = rows.book.fmt, rows.p
    plan = rows.book.plan
    rows.put(
        "audio_llm",
        "unit.flag",
        lambda c: (
            f'IF(AND(voice_mode="audio_llm",ISNUMBER({p(c, "audio_tps")})),1,0)',
            1.0 if uses_audio_llm(plan, c.est.model) else 0.0,
        ),
        f.int_,
    )


def _voice_per_turn(rows: SheetRows) -> None:
    """Voice through ASR when not sent to an audio LLM; replies read out by TTS unless a
    component speaks them."""
    b, m = rows.b, rows.m
    per_turn = rows.per_turn
    per_turn(
        "asr_seconds",
        "unit.seconds",
        lambda c: (
            f"IF({b(c, 'audio_llm')}=1,0,"
            f"voice_turn_share*{m(c, 'billed_voice_seconds_per_message')})"
        ),
        "asr_seconds",
    )
    per_turn(
        "tts_chars",
        "unit.characters",
        lambda c: f"IF({b(c, 'speaks')}=1,0,tts_playback_share*{m(c, 'reply_characters')})",
        "tts_characters",
    )


def _services_per_turn(rows: SheetRows) -> None:
    """Retrieval (question embedding, rerank), tools, database and classification."""
    b, m, per_turn = rows.b, rows.m, rows.per_turn
    per_turn(
        "query_tokens",
        "unit.tokens",
        lambda c: (
            f"IF(AND(chunks_retrieved_per_turn>0,{b(c, 'stored_tokens')}>0),"
            f"{m(c, 'user_message_tokens_embedding')},0)"
        ),
        "knowledge_index_query_tokens",
    )
    # the rerank service receives the question with each chunk
    per_turn(
        "rerank_tokens",
        "unit.tokens",
        lambda c: (
            f"{b(c, 'chunks_reranked')}*({m(c, 'user_message_tokens_embedding')}+chunk_tokens)"
        ),
        "rerank_tokens",
    )
    per_turn("tool_calls", "unit.calls", lambda c: "tool_calls_per_turn", "tool_calls")
    per_turn(
        "db_ops", "unit.operations", lambda c: "database_calls_per_turn", "database_operations"
    )
    per_turn(
        "classified",
        "unit.questions",
        lambda c: "classified_question_share",
        "classified_questions",
    )
