"""The Breakdown and Projection sheets: ``core/estimate.py`` as spreadsheet formulas.

Breakdown works month 1 out step by step for each scenario (a column each):
per-turn amounts, month-1 quantities, then credits by billing type.
Projection repeats the credits month by month, with growth, knowledge growth
and the days of each month, one block per scenario, and a table of the
monthly totals on top.  Every formula carries the engine's value as its
cached result.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from xlsxwriter.format import Format
from xlsxwriter.utility import xl_rowcol_to_cell

from gptbots_planner.core.catalog import BILLING_TYPES, Price
from gptbots_planner.core.money import add, mul
from gptbots_planner.export.xlsx_layout import (
    UNPRICED,
    ScenarioCells,
    Value,
    WorkbookContext,
    cell_abs,
    charge_formula,
    charge_value,
    combine_formula,
    excel_date,
    num,
    range_ref,
    ref,
    unpriced_flag_formula,
    unpriced_flag_value,
)

log = logging.getLogger(__name__)


class ModelSheets(WorkbookContext):
    # --- Breakdown ------------------------------------------------------------------
    def breakdown(self) -> None:
        t, f, cat = self.t, self.fmt, self.catalog
        ws = self.sheets["breakdown"]
        sheet = self.names["breakdown"]
        n = len(self.cols)
        ws.set_column(0, 0, 44)
        ws.set_column(1, 1, 14)
        ws.set_column(2, 1 + n, 22)
        ws.write_string(0, 0, t("breakdown.title"), f.title)
        ws.write_string(1, 0, self.plan.name, f.text)
        header = 3
        ws.write_string(header, 0, "", f.header)
        ws.write_string(header, 1, t("unit"), f.header)
        for c in self.cols:
            ws.write_string(header, 2 + c.index, c.label, f.header)
        ws.set_row(header, 42)
        self.breakdown_header = header
        row = header + 1

        def section(key: str) -> None:
            nonlocal row
            row += 1
            ws.write_string(row, 0, t(key), f.h2)
            row += 1

        def put(
            key: str,
            unit: str,
            build: Callable[[ScenarioCells], tuple[str, Value]],
            fmt: Format,
            label: str | None = None,
        ) -> None:
            nonlocal row
            ws.write_string(row, 0, label if label is not None else t(f"row.{key}"), f.text)
            ws.write_string(row, 1, t(unit) if unit else "", f.note)
            for c in self.cols:
                formula, value = build(c)
                ws.write_formula(row, 2 + c.index, "=" + formula, fmt, value)
                c.breakdown[key] = ref(sheet, row, 2 + c.index)
            row += 1

        plan = self.plan
        a_ = plan.assumptions

        def m(c: ScenarioCells, name: str) -> str:
            return c.measures[name]

        def b(c: ScenarioCells, key: str) -> str:
            return c.breakdown[key]

        def ms(c: ScenarioCells, name: str) -> Decimal:
            value: Decimal = getattr(c.est.measures, name)
            return value

        section("breakdown.per_turn")
        put(
            "context_tokens",
            "unit.tokens",
            lambda c: (
                f"{m(c, 'system_prompt_tokens')}+chunks_retrieved_per_turn*chunk_tokens"
                f"+history_turns*({m(c, 'user_message_tokens')}+{m(c, 'reply_tokens')})"
                f"+{m(c, 'user_message_tokens')}",
                num(
                    add(
                        ms(c, "system_prompt_tokens"),
                        mul(a_["chunks_retrieved_per_turn"], a_["chunk_tokens"]),
                        mul(
                            a_["history_turns"],
                            add(ms(c, "user_message_tokens"), ms(c, "reply_tokens")),
                        ),
                        ms(c, "user_message_tokens"),
                    )
                ),
            ),
            f.qty,
        )
        put(
            "text_in",
            "unit.tokens",
            lambda c: (
                f"llm_calls_per_turn*{b(c, 'context_tokens')}"
                f"+image_turn_share*llm_calls_per_turn*{m(c, 'image_tokens_per_image')}",
                num(c.est.per_turn["llm_text_input_tokens"]),
            ),
            f.qty,
        )
        put(
            "text_out",
            "unit.tokens",
            lambda c: (
                f"llm_calls_per_turn*{m(c, 'reply_tokens')}",
                num(c.est.per_turn["llm_text_output_tokens"]),
            ),
            f.qty,
        )
        put(
            "audio_llm",
            "unit.flag",
            lambda c: (
                f'IF(AND(voice_mode="audio_llm",ISNUMBER({c.prices["audio_tps"]})),1,0)',
                1.0 if plan.settings.voice_mode == "audio_llm" and c.est.model.takes_audio else 0.0,
            ),
            f.int_,
        )
        put(
            "audio_tokens",
            "unit.tokens",
            lambda c: (
                f"IF({b(c, 'audio_llm')}=1,voice_turn_share*{m(c, 'voice_seconds_per_message')}"
                f"*{c.prices['audio_tps']},0)",
                num(c.est.per_turn["llm_audio_input_tokens"]),
            ),
            f.qty,
        )
        put(
            "asr_seconds",
            "unit.seconds",
            lambda c: (
                f"IF({b(c, 'audio_llm')}=1,0,"
                f"voice_turn_share*{m(c, 'billed_voice_seconds_per_message')})",
                num(c.est.per_turn["asr_seconds"]),
            ),
            f.qty,
        )
        put(
            "tts_chars",
            "unit.characters",
            lambda c: (
                f"tts_playback_share*{m(c, 'reply_characters')}",
                num(c.est.per_turn["tts_characters"]),
            ),
            f.qty,
        )
        put(
            "query_tokens",
            "unit.tokens",
            lambda c: (
                f"IF(chunks_retrieved_per_turn>0,{m(c, 'user_message_tokens_embedding')},0)",
                num(c.est.per_turn["knowledge_index_query_tokens"]),
            ),
            f.qty,
        )
        put(
            "rerank_tokens",
            "unit.tokens",
            lambda c: (
                "chunks_reranked_per_turn*chunk_tokens",
                num(c.est.per_turn["rerank_tokens"]),
            ),
            f.qty,
        )
        put(
            "tool_calls",
            "unit.calls",
            lambda c: ("tool_calls_per_turn", num(c.est.per_turn["tool_calls"])),
            f.qty,
        )
        put(
            "db_ops",
            "unit.operations",
            lambda c: ("database_calls_per_turn", num(c.est.per_turn["database_operations"])),
            f.qty,
        )
        put(
            "classified",
            "unit.questions",
            lambda c: ("classified_question_share", num(c.est.per_turn["classified_questions"])),
            f.qty,
        )

        section("breakdown.month1")
        put(
            "conversations",
            "",
            lambda c: ("conversations_per_month", num(c.est.first.conversations)),
            f.qty,
        )
        put(
            "turns",
            "",
            lambda c: (
                f"{b(c, 'conversations')}*turns_per_conversation",
                num(c.est.first.turns),
            ),
            f.qty,
        )
        put(
            "days",
            "unit.days",
            lambda c: (
                'IF(days_mode="fixed30",30,DAY(EOMONTH(start_date,0)))',
                float(c.est.first.days),
            ),
            f.int_,
        )
        put(
            "stored_tokens",
            "unit.tokens",
            lambda c: (m(c, "knowledge_tokens"), num(c.est.first.knowledge_tokens)),
            f.qty,
        )

        section("breakdown.quantities")

        def per_turn_qty(
            key: str, per_turn: str, unit: str, engine: Callable[[ScenarioCells], Decimal]
        ) -> None:
            put(
                key,
                unit,
                lambda c: (f"{b(c, 'turns')}*{b(c, per_turn)}", num(engine(c))),
                f.qty,
            )

        def line(c: ScenarioCells, type_id: str) -> Any:
            return c.est.first.lines[type_id]

        per_turn_qty(
            "q_llm_in",
            "text_in",
            "unit.tokens",
            lambda c: line(c, "llm_text").parts["input_tokens"],
        )
        per_turn_qty(
            "q_llm_out",
            "text_out",
            "unit.tokens",
            lambda c: line(c, "llm_text").parts["output_tokens"],
        )
        per_turn_qty(
            "q_audio", "audio_tokens", "unit.tokens", lambda c: line(c, "llm_audio").quantity
        )
        per_turn_qty("q_asr", "asr_seconds", "unit.seconds", lambda c: line(c, "asr").quantity)
        per_turn_qty("q_tts", "tts_chars", "unit.characters", lambda c: line(c, "tts").quantity)
        put(
            "q_index_once",
            "unit.tokens",
            lambda c: (
                m(c, "knowledge_tokens"),
                num(line(c, "knowledge_index").parts["one_time_tokens"]),
            ),
            f.qty,
        )
        per_turn_qty(
            "q_index_query",
            "query_tokens",
            "unit.tokens",
            lambda c: line(c, "knowledge_index").parts["query_tokens"],
        )
        put(
            "q_storage",
            "unit.token_days",
            lambda c: (
                f"{b(c, 'stored_tokens')}*{b(c, 'days')}",
                num(line(c, "knowledge_storage").quantity),
            ),
            f.qty,
        )
        per_turn_qty("q_tool", "tool_calls", "unit.calls", lambda c: line(c, "tool_call").quantity)
        per_turn_qty(
            "q_rerank", "rerank_tokens", "unit.tokens", lambda c: line(c, "rerank").quantity
        )
        per_turn_qty(
            "q_db", "db_ops", "unit.operations", lambda c: line(c, "database_processing").quantity
        )
        per_turn_qty(
            "q_cls",
            "classified",
            "unit.questions",
            lambda c: line(c, "question_classification").quantity,
        )

        section("breakdown.credits")
        cr = "credits"

        def charge(
            key: str,
            qty_key: str,
            price_key: str,
            per: int,
            engine: Callable[[ScenarioCells], Decimal | None],
            label: str | None = None,
        ) -> None:
            put(
                key,
                "",
                lambda c: (
                    charge_formula(b(c, qty_key), c.prices[price_key], per),
                    num(engine(c)),
                ),
                f.credits,
                label,
            )

        def part(
            c: ScenarioCells, type_id: str, name: str, qty: Decimal, price: Price, per: int
        ) -> Decimal | None:
            parts = line(c, type_id).parts
            if name in parts:
                return parts[name]  # type: ignore[no-any-return]
            return charge_value(qty, price, per)

        charge(
            "llm_in_credits",
            "q_llm_in",
            "llm_input",
            1000,
            lambda c: part(
                c,
                "llm_text",
                "input_credits",
                line(c, "llm_text").parts["input_tokens"],
                c.est.text_pricing_model.price(c.est.key_mode, "input"),
                1000,
            ),
        )
        charge(
            "llm_out_credits",
            "q_llm_out",
            "llm_output",
            1000,
            lambda c: part(
                c,
                "llm_text",
                "output_credits",
                line(c, "llm_text").parts["output_tokens"],
                c.est.text_pricing_model.price(c.est.key_mode, "output"),
                1000,
            ),
        )
        emb = self.catalog.service("embedding", plan.services.embedding)
        charge(
            "one_time_credits",
            "q_index_once",
            "embedding",
            1000,
            lambda c: part(
                c,
                "knowledge_index",
                "one_time_credits",
                line(c, "knowledge_index").parts["one_time_tokens"],
                emb.price(c.est.key_mode),
                1000,
            ),
        )
        charge(
            "query_credits",
            "q_index_query",
            "embedding",
            1000,
            lambda c: part(
                c,
                "knowledge_index",
                "per_turn_credits",
                line(c, "knowledge_index").parts["query_tokens"],
                emb.price(c.est.key_mode),
                1000,
            ),
        )
        row += 1
        self.credit_rows: dict[str, int] = {}
        first_type_row = row
        for type_id in BILLING_TYPES:
            name = t.billing_type(cat, type_id)
            self.credit_rows[type_id] = row
            if type_id == "llm_text":
                put(
                    type_id,
                    cr,
                    lambda c: (
                        combine_formula(b(c, "llm_in_credits"), b(c, "llm_out_credits")),
                        num(line(c, "llm_text").credits),
                    ),
                    f.credits,
                    name,
                )
            elif type_id == "knowledge_index":
                put(
                    type_id,
                    cr,
                    lambda c: (
                        combine_formula(b(c, "one_time_credits"), b(c, "query_credits")),
                        num(line(c, "knowledge_index").credits),
                    ),
                    f.credits,
                    name,
                )
            else:
                qty_key, price_key, per = {
                    "llm_audio": ("q_audio", "audio_input", 1000),
                    "asr": ("q_asr", "asr", 60),
                    "tts": ("q_tts", "tts", 1000),
                    "knowledge_storage": ("q_storage", "storage", 1000),
                    "tool_call": ("q_tool", "tool_call", 1),
                    "rerank": ("q_rerank", "rerank", 1000),
                    "database_processing": ("q_db", "database_processing", 1),
                    "question_classification": ("q_cls", "question_classification", 1),
                }[type_id]
                put(
                    type_id,
                    cr,
                    lambda c, q=qty_key, p=price_key, d=per, tid=type_id: (
                        charge_formula(b(c, q), c.prices[p], d),
                        num(line(c, tid).credits),
                    ),
                    f.credits,
                    name,
                )
        last_type_row = row - 1
        names = {tid: t.billing_type(cat, tid) for tid in BILLING_TYPES}

        def col_range(c: ScenarioCells) -> str:
            col = 2 + c.index
            return f"{cell_abs(first_type_row, col)}:{cell_abs(last_type_row, col)}"

        put(
            "total_credits",
            cr,
            lambda c: (f"SUM({col_range(c)})", num(c.est.monthly_total)),
            f.credits_bold,
        )
        put(
            "total_usd",
            "usd",
            lambda c: (f"{b(c, 'total_credits')}/100", num(c.est.monthly_total_usd)),
            f.usd_bold,
        )
        put(
            "one_time",
            cr,
            lambda c: (
                f"IF(ISNUMBER({b(c, 'one_time_credits')}),{b(c, 'one_time_credits')},0)",
                num(c.est.one_time_indexing),
            ),
            f.credits,
        )
        put(
            "unpriced",
            "",
            lambda c: (
                unpriced_flag_formula(
                    [
                        (cell_abs(self.credit_rows[tid], 2 + c.index), names[tid])
                        for tid in BILLING_TYPES
                    ],
                    t,
                ),
                unpriced_flag_value([names[x] for x in c.est.first.unpriced_types], t),
            ),
            f.flag,
        )
        for c in self.cols:
            col = 2 + c.index
            ws.conditional_format(
                first_type_row - 7,
                col,
                last_type_row,
                col,
                {"type": "cell", "criteria": "==", "value": f'"{UNPRICED}"', "format": f.unpriced},
            )
        self.wb.define_name(
            "month1_credits_by_type",
            f"={range_ref(sheet, first_type_row, 2, last_type_row, 1 + n)}",
        )
        total_row = last_type_row + 1
        self.wb.define_name(
            "month1_total_credits", f"={range_ref(sheet, total_row, 2, total_row, 1 + n)}"
        )
        self.breakdown_type_rows = (first_type_row, last_type_row)
        ws.freeze_panes(header + 1, 2)
        self._print_setup(ws, header)

    def _grey_beyond_horizon(self, ws: Any, first: int, last: int, last_col: int) -> None:
        """Months past the ``months`` cell stay computed but greyed: outside the total."""
        ws.conditional_format(
            first,
            0,
            last,
            last_col,
            {
                "type": "formula",
                # column absolute, row relative: each row compares its own month number
                "criteria": f"={xl_rowcol_to_cell(first, 0, col_abs=True)}>months",
                "format": self.fmt.beyond,
            },
        )

    # --- Projection -------------------------------------------------------------------
    def projection(self) -> None:
        t, f, cat = self.t, self.fmt, self.catalog
        ws = self.sheets["projection"]
        sheet = self.names["projection"]
        n = len(self.cols)
        months = self.months
        ws.set_column(0, 0, 10)
        ws.set_column(1, 1, 10)
        ws.set_column(2, 4, 16)
        ws.set_column(5, 15, 18)
        ws.set_column(16, 16, 30)  # the unpriced flag of the blocks
        ws.write_string(0, 0, t("projection.title"), f.title)
        ws.write_string(1, 0, self.plan.name, f.text)
        header = 3
        heads = [
            "projection.month_no",
            "projection.month",
            "projection.days",
            "projection.conversations",
            "projection.turns",
        ]
        for col, key in enumerate(heads):
            ws.write_string(header, col, t(key), f.header)
        for c in self.cols:
            ws.write_string(header, 5 + c.index, c.label, f.header)
        ws.set_row(header, 56)
        first = header + 1
        last = first + months - 1
        first_months = self.cols[0].est.months
        for k in range(1, months + 1):
            r = first + k - 1
            mo = first_months[k - 1]
            ws.write_number(r, 0, k, f.month_no)
            day = self._month_day(k)
            ws.write_formula(
                r, 1, f"=EDATE(start_date,{cell_abs(r, 0)}-1)", f.month, excel_date(day)
            )
            ws.write_formula(
                r,
                2,
                f'=IF(days_mode="fixed30",30,DAY(EOMONTH(start_date,{cell_abs(r, 0)}-1)))',
                f.int_,
                float(mo.days),
            )
            ws.write_formula(
                r,
                3,
                f"=conversations_per_month*(1+monthly_growth)^({cell_abs(r, 0)}-1)",
                f.qty,
                num(mo.conversations),
            )
            ws.write_formula(
                r, 4, f"={cell_abs(r, 3)}*turns_per_conversation", f.qty, num(mo.turns)
            )
        horizon_row = last + 1
        ws.write_string(horizon_row, 0, t("projection.horizon"), f.h2)

        # One block per scenario: every billing type, month by month.
        block_row = horizon_row + 3
        type_names = {tid: t.billing_type(cat, tid) for tid in BILLING_TYPES}
        for c in self.cols:
            ws.write_string(block_row, 0, t("projection.by_type", scenario=c.label), f.h2)
            head = block_row + 1
            cols_head = [
                t("projection.month_no"),
                t("projection.month"),
                t("projection.added"),
                t("projection.stored"),
                *(type_names[tid] for tid in BILLING_TYPES),
                t("projection.total"),
                t("projection.total_usd"),
                t("row.unpriced"),
            ]
            for col, text in enumerate(cols_head):
                ws.write_string(head, col, text, f.header)
            ws.set_row(head, 42)
            type_col = {tid: 4 + i for i, tid in enumerate(BILLING_TYPES)}
            total_col = 4 + len(BILLING_TYPES)
            b = c.breakdown
            p = c.prices
            for k in range(1, months + 1):
                r = head + k
                top = first + k - 1
                mo = c.est.months[k - 1]
                turns = cell_abs(top, 4)
                ws.write_formula(r, 0, f"={cell_abs(top, 0)}", f.month_no, float(k))
                ws.write_formula(
                    r, 1, f"={cell_abs(top, 1)}", f.month, excel_date(self._month_day(k))
                )
                added_value = mo.lines["knowledge_index"].parts["one_time_tokens"]
                if k == 1:
                    ws.write_formula(
                        r, 2, f"={c.measures['knowledge_tokens']}", f.qty, num(added_value)
                    )
                    ws.write_formula(r, 3, f"={cell_abs(r, 2)}", f.qty, num(mo.knowledge_tokens))
                else:
                    ws.write_formula(r, 2, "=kb_growth_tokens_per_month", f.qty, num(added_value))
                    ws.write_formula(
                        r,
                        3,
                        f"={cell_abs(r - 1, 3)}+{cell_abs(r, 2)}",
                        f.qty,
                        num(mo.knowledge_tokens),
                    )

                def per_turn(
                    key: str,
                    price: str,
                    per: int,
                    turns: str = turns,
                    b: dict[str, str] = b,
                    p: dict[str, str] = p,
                ) -> str:
                    return charge_formula(f"{turns}*{b[key]}", p[price], per)

                formulas = {
                    "llm_text": combine_formula(
                        per_turn("text_in", "llm_input", 1000),
                        per_turn("text_out", "llm_output", 1000),
                    ),
                    "llm_audio": per_turn("audio_tokens", "audio_input", 1000),
                    "asr": per_turn("asr_seconds", "asr", 60),
                    "tts": per_turn("tts_chars", "tts", 1000),
                    "knowledge_index": combine_formula(
                        charge_formula(cell_abs(r, 2), p["embedding"], 1000),
                        per_turn("query_tokens", "embedding", 1000),
                    ),
                    "knowledge_storage": charge_formula(
                        f"{cell_abs(r, 3)}*{cell_abs(top, 2)}", p["storage"], 1000
                    ),
                    "tool_call": per_turn("tool_calls", "tool_call", 1),
                    "rerank": per_turn("rerank_tokens", "rerank", 1000),
                    "database_processing": per_turn("db_ops", "database_processing", 1),
                    "question_classification": per_turn("classified", "question_classification", 1),
                }
                for tid in BILLING_TYPES:
                    ws.write_formula(
                        r,
                        type_col[tid],
                        "=" + formulas[tid],
                        f.credits,
                        num(mo.lines[tid].credits),
                    )
                first_type = cell_abs(r, type_col[BILLING_TYPES[0]])
                last_type = cell_abs(r, type_col[BILLING_TYPES[-1]])
                ws.write_formula(
                    r,
                    total_col,
                    f"=SUM({first_type}:{last_type})",
                    f.credits_strong,
                    num(mo.total),
                )
                ws.write_formula(
                    r, total_col + 1, f"={cell_abs(r, total_col)}/100", f.usd, num(mo.total / 100)
                )
                ws.write_formula(
                    r,
                    total_col + 2,
                    "="
                    + unpriced_flag_formula(
                        [(cell_abs(r, type_col[tid]), type_names[tid]) for tid in BILLING_TYPES], t
                    ),
                    f.flag,
                    unpriced_flag_value([type_names[x] for x in mo.unpriced_types], t),
                )
                # The top table shows each scenario's month total.
                ws.write_formula(
                    top, 5 + c.index, f"={cell_abs(r, total_col)}", f.credits, num(mo.total)
                )
            c.block_range = range_ref(sheet, head + 1, 4, head + months, total_col - 1)
            ws.conditional_format(
                head + 1,
                4,
                head + months,
                total_col - 1,
                {"type": "cell", "criteria": "==", "value": f'"{UNPRICED}"', "format": f.unpriced},
            )
            self._grey_beyond_horizon(ws, head + 1, head + months, total_col + 2)
            block_row = head + months + 2
        for c in self.cols:
            col = 5 + c.index
            ws.write_formula(
                horizon_row,
                col,
                f'=SUMIF({cell_abs(first, 0)}:{cell_abs(last, 0)},"<="&months,{cell_abs(first, col)}:{cell_abs(last, col)})',
                f.credits_bold,
                num(c.est.horizon_total),
            )
            c.breakdown["horizon"] = ref(sheet, horizon_row, col)
        self.wb.define_name(
            "projection_total_credits", f"={range_ref(sheet, first, 5, last, 4 + n)}"
        )
        self.wb.define_name(
            "horizon_total_credits", f"={range_ref(sheet, horizon_row, 5, horizon_row, 4 + n)}"
        )
        self.projection_rows = (first, last)
        self._grey_beyond_horizon(ws, first, last, 4 + n)
        ws.freeze_panes(header + 1, 2)
        self._print_setup(ws, header)
