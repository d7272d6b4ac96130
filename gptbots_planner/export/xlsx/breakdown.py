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
from dataclasses import dataclass

from gptbots_planner.core.catalog import BILLING_TYPES
from gptbots_planner.core.money import ZERO
from gptbots_planner.core.turns import call_context, chunks_available, uses_audio_llm
from gptbots_planner.export.xlsx.book import Book, num, print_setup, range_ref, ref
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
    f, b, m, p = rows.book.fmt, rows.b, rows.m, rows.p
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
    rows.put(
        "context_base",
        "unit.tokens",
        lambda c: (
            f"{m(c, 'system_prompt_tokens')}"
            f"+history_turns*({m(c, 'user_message_tokens')}+{m(c, 'reply_tokens')})"
            f"+{m(c, 'user_message_tokens')}",
            num(call_context(plan, c.est.measures, ZERO)),
        ),
        f.qty,
    )
    rows.put(
        "context_tokens",
        "unit.tokens",
        lambda c: (
            f"{b(c, 'context_base')}+{b(c, 'chunks_retrieved')}*chunk_tokens",
            num(call_context(plan, c.est.measures, c.est.first.knowledge_tokens)),
        ),
        f.qty,
    )
    per_turn(
        "text_in",
        "unit.tokens",
        lambda c: (
            f"llm_calls_per_turn*{b(c, 'context_tokens')}"
            f"+image_turn_share*llm_calls_per_turn*{m(c, 'image_tokens_per_image')}"
        ),
        "llm_text_input_tokens",
    )
    per_turn(
        "text_out",
        "unit.tokens",
        lambda c: f"llm_calls_per_turn*{m(c, 'reply_tokens')}",
        "llm_text_output_tokens",
    )
    # hidden reasoning tokens: only a model marked as reasoning on the Prices sheet
    per_turn(
        "reasoning_tokens",
        "unit.tokens",
        lambda c: f"llm_calls_per_turn*IF({p(c, 'reasoning')}=1,reasoning_tokens_per_call,0)",
        "llm_reasoning_tokens",
    )
    _voice_per_turn(rows)
    _services_per_turn(rows)


def _voice_per_turn(rows: SheetRows) -> None:
    """Voice messages go to an audio LLM (when the mode says so and the model takes audio)
    or to ASR; replies may be read out (TTS)."""
    f, b, m, p = rows.book.fmt, rows.b, rows.m, rows.p
    plan = rows.book.plan
    per_turn = rows.per_turn
    rows.put(
        "audio_llm",
        "unit.flag",
        lambda c: (
            f'IF(AND(voice_mode="audio_llm",ISNUMBER({p(c, "audio_tps")})),1,0)',
            1.0 if uses_audio_llm(plan, c.est.model) else 0.0,
        ),
        f.int_,
    )
    per_turn(
        "audio_tokens",
        "unit.tokens",
        lambda c: (
            f"IF({b(c, 'audio_llm')}=1,voice_turn_share*{m(c, 'voice_seconds_per_message')}"
            f"*{p(c, 'audio_tps')},0)"
        ),
        "llm_audio_input_tokens",
    )
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
        lambda c: f"tts_playback_share*{m(c, 'reply_characters')}",
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
