"""The Breakdown sheet: month 1 of ``core/estimate.py`` worked out step by step.

A column per scenario: per-turn amounts, month-1 quantities, then credits by
billing type, the month-1 total, its USD, the one-time indexing and the list
of unpriced types.  Every formula carries the engine's number (the Estimate's
field for that step) as its cached value.  Workbook names:
``month1_credits_by_type`` (the ten types x scenarios) and
``month1_total_credits`` (one row x scenarios).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from xlsxwriter.format import Format

from gptbots_planner.core.catalog import BILLING_TYPES
from gptbots_planner.core.estimate import Line
from gptbots_planner.core.money import add, mul
from gptbots_planner.export.xlsx.book import (
    Book,
    Column,
    Value,
    cell_abs,
    num,
    print_setup,
    range_ref,
    ref,
)
from gptbots_planner.export.xlsx.formulas import (
    charge_formula,
    combine_formula,
    unpriced_flag_formula,
    unpriced_flag_value,
)
from gptbots_planner.export.xlsx.inputs import InputCells
from gptbots_planner.export.xlsx.prices import TYPE_PRICES, PriceCells

log = logging.getLogger(__name__)

Build = Callable[[Column], tuple[str, Value]]

# The billing types charged per turn at one price: the row of their per-turn amount.
PER_TURN_ROWS = {
    "llm_audio": "audio_tokens",
    "asr": "asr_seconds",
    "tts": "tts_chars",
    "tool_call": "tool_calls",
    "rerank": "rerank_tokens",
    "database_processing": "db_ops",
    "question_classification": "classified",
}
# The billing types charged at one price (``prices.TYPE_PRICES``): the row of their quantity.
QUANTITY_ROWS = {
    "llm_audio": "q_audio",
    "asr": "q_asr",
    "tts": "q_tts",
    "knowledge_storage": "q_storage",
    "tool_call": "q_tool",
    "rerank": "q_rerank",
    "database_processing": "q_db",
    "question_classification": "q_cls",
}


@dataclass(frozen=True)
class BreakdownCells:
    """What the Breakdown sheet publishes."""

    scenarios: tuple[dict[str, str], ...]  # per scenario: row key -> its cell
    scenario_labels: str  # the heading row's scenario labels (a range)
    type_labels: dict[str, str]  # billing type -> the cell of its name
    type_values: dict[str, str]  # billing type -> its month-1 credits across scenarios


def first_line(c: Column, type_id: str) -> Line:
    return c.est.first.lines[type_id]


class _Rows:
    """Writes the sheet row by row, a formula per scenario; remembers every cell."""

    def __init__(self, book: Book, inputs: InputCells, prices: PriceCells, row: int) -> None:
        self.book = book
        self.ws = book.sheets["breakdown"]
        self.sheet = book.names["breakdown"]
        self.inputs = inputs
        self.prices = prices
        self.row = row
        self.cells: tuple[dict[str, str], ...] = tuple({} for _ in book.cols)

    def section(self, key: str) -> None:
        self.row += 1
        self.ws.write_string(self.row, 0, self.book.t(key), self.book.fmt.h2)
        self.row += 1

    def put(self, key: str, unit: str, build: Build, fmt: Format, label: str | None = None) -> None:
        t, ws = self.book.t, self.ws
        ws.write_string(
            self.row, 0, label if label is not None else t(f"row.{key}"), self.book.fmt.text
        )
        ws.write_string(self.row, 1, t(unit) if unit else "", self.book.fmt.note)
        for c in self.book.cols:
            formula, value = build(c)
            ws.write_formula(self.row, 2 + c.index, "=" + formula, fmt, value)
            self.cells[c.index][key] = ref(self.sheet, self.row, 2 + c.index)
        self.row += 1

    def per_turn(self, key: str, unit: str, formula: Callable[[Column], str], engine: str) -> None:
        """A per-turn row whose cached value is the engine's ``per_turn[engine]``."""
        self.put(key, unit, lambda c: (formula(c), num(c.est.per_turn[engine])), self.book.fmt.qty)

    def b(self, c: Column, key: str) -> str:
        """The cell of an earlier row of this scenario."""
        return self.cells[c.index][key]

    def m(self, c: Column, name: str) -> str:
        """The cell of one of this scenario's measures (Inputs)."""
        return self.inputs.measures[c.index][name]

    def p(self, c: Column, key: str) -> str:
        """The cell of one of this scenario's prices (Prices)."""
        return self.prices.scenarios[c.index][key]


def write_breakdown(book: Book, inputs: InputCells, prices: PriceCells) -> BreakdownCells:
    t, f = book.t, book.fmt
    ws = book.sheets["breakdown"]
    n = len(book.cols)
    ws.set_column(0, 0, 44)
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
    rows = _Rows(book, inputs, prices, header + 1)
    _per_turn(rows)
    _month1(rows)
    _quantities(rows)
    first_type, last_type = _credits(rows)
    _totals(rows, first_type, last_type)
    for c in book.cols:
        col = 2 + c.index
        book.mark_unpriced(ws, first_type - 7, col, last_type, col)
    book.name_range("month1_credits_by_type", "breakdown", first_type, 2, last_type, 1 + n)
    total = last_type + 1
    book.name_range("month1_total_credits", "breakdown", total, 2, total, 1 + n)
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


def _context_tokens(c: Column, a: dict[str, Decimal]) -> Decimal:
    """Context tokens of one LLM call.  The Estimate publishes only the text input per
    turn (calls x context + images), so this one step is worked out here, the engine's way."""
    ms = c.est.measures
    return add(
        ms.system_prompt_tokens,
        mul(a["chunks_retrieved_per_turn"], a["chunk_tokens"]),
        mul(a["history_turns"], add(ms.user_message_tokens, ms.reply_tokens)),
        ms.user_message_tokens,
    )


def _per_turn(rows: _Rows) -> None:
    """What one turn uses: tokens, seconds, characters, calls (``ScenarioEstimate.per_turn``)."""
    f, b, m = rows.book.fmt, rows.b, rows.m
    plan = rows.book.plan
    per_turn = rows.per_turn
    rows.section("breakdown.per_turn")
    rows.put(
        "context_tokens",
        "unit.tokens",
        lambda c: (
            f"{m(c, 'system_prompt_tokens')}+chunks_retrieved_per_turn*chunk_tokens"
            f"+history_turns*({m(c, 'user_message_tokens')}+{m(c, 'reply_tokens')})"
            f"+{m(c, 'user_message_tokens')}",
            num(_context_tokens(c, plan.assumptions)),
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
    _voice_per_turn(rows)
    _services_per_turn(rows)


def _voice_per_turn(rows: _Rows) -> None:
    """Voice messages go to an audio LLM (when the mode says so and the model takes audio)
    or to ASR; replies may be read out (TTS)."""
    f, b, m, p = rows.book.fmt, rows.b, rows.m, rows.p
    plan = rows.book.plan
    per_turn = rows.per_turn
    # The engine's choice of audio LLM over ASR (the Estimate does not publish it as a number).
    rows.put(
        "audio_llm",
        "unit.flag",
        lambda c: (
            f'IF(AND(voice_mode="audio_llm",ISNUMBER({p(c, "audio_tps")})),1,0)',
            1.0 if plan.settings.voice_mode == "audio_llm" and c.est.model.takes_audio else 0.0,
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


def _services_per_turn(rows: _Rows) -> None:
    """Retrieval (question embedding, rerank), tools, database and classification."""
    m, per_turn = rows.m, rows.per_turn
    per_turn(
        "query_tokens",
        "unit.tokens",
        lambda c: f"IF(chunks_retrieved_per_turn>0,{m(c, 'user_message_tokens_embedding')},0)",
        "knowledge_index_query_tokens",
    )
    per_turn(
        "rerank_tokens",
        "unit.tokens",
        lambda c: "chunks_reranked_per_turn*chunk_tokens",
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


def _month1(rows: _Rows) -> None:
    """Conversations, turns, days and stored tokens of month 1 (``Month``)."""
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


def _quantities(rows: _Rows) -> None:
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
    single("llm_audio", "unit.tokens")
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


def _credits(rows: _Rows) -> tuple[int, int]:
    """The parts of the two-part types, then credits by billing type; returns the first
    and last row of the ten types."""
    t, f, cat, b, p = rows.book.t, rows.book.fmt, rows.book.catalog, rows.b, rows.p
    rows.section("breakdown.credits")

    def charge(key: str, qty_key: str, price_key: str, per: int, type_id: str, part: str) -> None:
        # The engine leaves a part out of ``parts`` when it is unpriced.
        rows.put(
            key,
            "",
            lambda c: (
                charge_formula(b(c, qty_key), p(c, price_key), per),
                num(first_line(c, type_id).parts.get(part)),
            ),
            f.credits,
        )

    charge("llm_in_credits", "q_llm_in", "llm_input", 1000, "llm_text", "input_credits")
    charge("llm_out_credits", "q_llm_out", "llm_output", 1000, "llm_text", "output_credits")
    charge(
        "one_time_credits", "q_index_once", "embedding", 1000, "knowledge_index", "one_time_credits"
    )
    charge(
        "query_credits", "q_index_query", "embedding", 1000, "knowledge_index", "per_turn_credits"
    )
    rows.row += 1
    first_type = rows.row
    combined = {
        "llm_text": ("llm_in_credits", "llm_out_credits"),
        "knowledge_index": ("one_time_credits", "query_credits"),
    }

    def type_row(type_id: str) -> Build:
        def build(c: Column) -> tuple[str, Value]:
            if type_id in combined:
                x, y = combined[type_id]
                formula = combine_formula(b(c, x), b(c, y))
            else:
                price_key, per = TYPE_PRICES[type_id]
                formula = charge_formula(b(c, QUANTITY_ROWS[type_id]), p(c, price_key), per)
            return formula, num(first_line(c, type_id).credits)

        return build

    for type_id in BILLING_TYPES:
        rows.put(type_id, "credits", type_row(type_id), f.credits, t.billing_type(cat, type_id))
    return first_type, rows.row - 1


def _totals(rows: _Rows, first_type: int, last_type: int) -> None:
    """The month-1 total, its USD, the one-time indexing and the unpriced types."""
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
