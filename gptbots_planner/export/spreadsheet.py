"""The budget as an XLSX workbook whose numbers are live formulas.

The workbook *is* the model: the Inputs sheet holds every usage assumption
(each cell named after its plan field, e.g. ``conversations_per_month``), the
plan's settings and the measured per-turn values per model; the Prices sheet
holds the catalog rows the plan uses; the Breakdown and Projection sheets
compute credits with formulas that reproduce ``core/estimate.py`` step by
step.  Finance can change an input and the whole workbook follows.

Every formula also carries the value the engine computed (XlsxWriter
``value=``), so a viewer that does not recalculate still shows the right
numbers.  Text that came from file names or the user is always written with
``write_string`` so it can never run as a formula.

Workbook defined names that tests and users can rely on:

* every ``ASSUMPTION_SPECS`` field, the settings (``voice_mode``,
  ``asr_rounding``, ``days_mode``, ``image_rule``, ``start_month``) and
  ``start_date``;
* ``month1_total_credits`` (1 row x scenarios, on Breakdown),
  ``month1_credits_by_type`` (the 10 billing types x scenarios, Breakdown),
  ``projection_total_credits`` (months x scenarios, on Projection) and
  ``horizon_total_credits`` (1 row x scenarios, on Projection).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_rowcol_to_cell
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from gptbots_planner.core.catalog import BILLING_TYPES, KEY_MODES, Catalog, Price
from gptbots_planner.core.estimate import Estimate, ScenarioEstimate, estimate, image_rule_for
from gptbots_planner.core.money import ZERO, add, mul
from gptbots_planner.core.plan import ASSUMPTION_SPECS, Plan
from gptbots_planner.export.atomic import atomic_write_files
from gptbots_planner.export.labels import Labels

log = logging.getLogger(__name__)

UNPRICED = "unpriced"
SETTINGS = ("voice_mode", "asr_rounding", "days_mode", "image_rule", "start_month")
SETTING_CHOICES = {
    "voice_mode": ["asr", "audio_llm"],
    "asr_rounding": ["pro_rata", "per_started_minute"],
    "days_mode": ["calendar", "fixed30"],
}
MEASURE_ROWS = (
    ("system_prompt_tokens", "tokens"),
    ("user_message_tokens", "tokens"),
    ("reply_tokens", "tokens"),
    ("reply_characters", "characters"),
    ("image_tokens_per_image", "tokens"),
    ("voice_seconds_per_message", "seconds"),
    ("billed_voice_seconds_per_message", "seconds"),
    ("knowledge_tokens", "tokens"),
    ("user_message_tokens_embedding", "tokens"),
)
EXCEL_EPOCH = dt.date(1899, 12, 30)

Value = float | str


def _num(value: Decimal | int | None) -> Value:
    """A cached value for a formula (float only here; the engine's Decimal is the truth)."""
    if value is None:
        return UNPRICED
    return float(value)


def _abs(row: int, col: int) -> str:
    return xl_rowcol_to_cell(row, col, row_abs=True, col_abs=True)


def _ref(sheet: str, row: int, col: int) -> str:
    return f"'{sheet}'!{_abs(row, col)}"


def _range(sheet: str, r1: int, c1: int, r2: int, c2: int) -> str:
    return f"'{sheet}'!{_abs(r1, c1)}:{_abs(r2, c2)}"


def _charge_formula(quantity: str, price: str, per: int) -> str:
    """The core's rule: unused costs 0; used and unpriced shows "unpriced"."""
    per_text = "" if per == 1 else f"/{per}"
    return f'IF(({quantity})=0,0,IF(ISNUMBER({price}),({quantity})*{price}{per_text},"{UNPRICED}"))'


def _combine_formula(a: str, b: str) -> str:
    """Two parts of one billing type: unpriced when either part is."""
    return f'IF(AND(ISNUMBER({a}),ISNUMBER({b})),{a}+{b},"{UNPRICED}")'


def _charge_value(quantity: Decimal, price: Price, per: int) -> Decimal | None:
    if quantity == 0:
        return ZERO
    if price.value is None:
        return None
    return mul(quantity, price.value) / Decimal(per)


def _unpriced_flag_formula(cells: list[tuple[str, str]], labels: Labels) -> str:
    """A visible list of the billing types shown as "unpriced" (empty text when none)."""
    parts = "&".join(f'IF(ISTEXT({ref}),"{name}, ","")' for ref, name in cells)
    prefix = labels("unpriced_prefix").replace('"', '""')
    return f'IF(LEN({parts})=0,"","{prefix}"&LEFT({parts},LEN({parts})-2))'


def _unpriced_flag_value(names: list[str], labels: Labels) -> str:
    return labels("unpriced_prefix") + ", ".join(names) if names else ""


def _excel_date(day: dt.date) -> float:
    return float((day - EXCEL_EPOCH).days)


@dataclass
class _Formats:
    title: Format
    h2: Format
    header: Format
    text: Format
    wrap: Format
    note: Format
    input_num: Format
    input_text: Format
    input_date: Format
    measure: Format
    price: Format
    unpriced: Format
    qty: Format
    credits: Format
    credits_bold: Format
    credits_strong: Format
    usd: Format
    usd_bold: Format
    int_: Format
    month_no: Format
    month: Format
    flag: Format
    cheapest: Format


def _formats(wb: Workbook) -> _Formats:
    base = {"font_name": "Noto Sans", "font_size": 10, "valign": "top"}

    def f(**extra: Any) -> Format:
        return wb.add_format({**base, **extra})

    blue = {"bg_color": "#DDEBF7", "font_color": "#1F4E79", "border": 1, "border_color": "#9BC2E6"}
    return _Formats(
        title=f(bold=True, font_size=14),
        h2=f(bold=True, font_size=11, font_color="#1F4E79"),
        header=f(bold=True, bg_color="#D9E1F2", border=1, text_wrap=True),
        text=f(),
        wrap=f(text_wrap=True),
        note=f(italic=True, font_color="#595959"),
        input_num=f(num_format="General", **blue),
        input_text=f(**blue),
        input_date=f(num_format="yyyy-mm-dd"),
        measure=f(num_format="#,##0.00", **blue),
        price=f(num_format="0.000###", **blue),
        unpriced=f(font_color="#C00000", bold=True, align="right"),
        qty=f(num_format="#,##0.00"),
        credits=f(num_format="#,##0.0000"),
        credits_bold=f(num_format="#,##0.0000", bold=True, top=1),
        credits_strong=f(num_format="#,##0.0000", bold=True),
        usd=f(num_format="$#,##0.00"),
        usd_bold=f(num_format="$#,##0.00", bold=True),
        int_=f(num_format="0"),
        month_no=f(num_format="0", align="center"),
        month=f(num_format="yyyy-mm", align="left"),
        flag=f(font_color="#C00000"),
        cheapest=f(bold=True, font_color="#00803C"),
    )


@dataclass
class _Column:
    """Where one scenario's cells are, sheet by sheet."""

    index: int
    est: ScenarioEstimate
    label: str
    measures: dict[str, str] = field(default_factory=dict)  # measure -> absolute ref
    prices: dict[str, str] = field(default_factory=dict)  # price key -> absolute ref
    breakdown: dict[str, str] = field(default_factory=dict)  # row key -> absolute ref
    block_total: list[str] = field(default_factory=list)  # Projection: month totals
    block_range: str = ""  # Projection: every type cell of the scenario's block


class _Builder:
    def __init__(self, plan: Plan, catalog: Catalog, est: Estimate, language: str) -> None:
        self.plan = plan
        self.catalog = catalog
        self.est = est
        self.t = Labels(language)
        self.buf = io.BytesIO()
        # in_memory: no temp files of XlsxWriter's own outside the target folder.
        self.wb = xlsxwriter.Workbook(self.buf, {"in_memory": True, "strings_to_formulas": False})
        self.wb.set_properties(
            {
                "title": plan.name,
                "subject": "GPTBots credit budget",
                "comments": f"GPTBots catalog {catalog.version} ({catalog.date})",
            }
        )
        self.fmt = _formats(self.wb)
        t = self.t
        self.names = {
            key: t(f"sheet.{key}")
            for key in ("summary", "inputs", "prices", "breakdown", "projection", "files")
        }
        # Summary first so it opens first; the others fill in their cells before it.
        self.sheets: dict[str, Worksheet] = {
            key: self.wb.add_worksheet(name) for key, name in self.names.items()
        }
        self.cols = [
            _Column(i, s, f"{s.model.display} ({t.key_mode(s.key_mode)})")
            for i, s in enumerate(est.scenarios)
        ]
        self.key_modes = [m for m in KEY_MODES if any(s.key_mode == m for s in est.scenarios)]
        self.months = len(est.scenarios[0].months)

    # --- helpers ---------------------------------------------------------------
    def _price_cell(self, ws: Worksheet, row: int, col: int, price: Price) -> None:
        if price.value is None:
            ws.write_string(row, col, UNPRICED, self.fmt.unpriced)
        else:
            ws.write_number(row, col, float(price.value), self.fmt.price)

    def _name(self, name: str, sheet: str, row: int, col: int) -> None:
        self.wb.define_name(name, f"={_ref(self.names[sheet], row, col)}")

    def _print_setup(self, ws: Worksheet, repeat_row: int | None = None) -> None:
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.fit_to_pages(1, 0)  # fit to the page width, as many pages down as needed
        ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
        if repeat_row is not None:
            ws.repeat_rows(repeat_row)

    # --- Inputs ------------------------------------------------------------------
    def inputs(self) -> None:
        t, f = self.t, self.fmt
        ws = self.sheets["inputs"]
        ws.set_column(0, 0, 42)
        ws.set_column(1, 1, 16)
        ws.set_column(2, 2 + len(self.cols), 24)
        ws.write_string(0, 0, t("inputs.title"), f.title)
        ws.write_string(1, 0, self.plan.name, f.h2)
        ws.write_string(2, 0, t("inputs.note"), f.note)

        row = 4
        ws.write_string(row, 0, t("inputs.assumptions"), f.h2)
        row += 1
        for col, key in enumerate(("field", "value", "unit", "name", "help")):
            ws.write_string(row, col, t(key), f.header)
        self.assumption_row = row
        row += 1
        for name, (_, low, high, unit, help_text) in ASSUMPTION_SPECS.items():
            value = self.plan.assumptions[name]
            ws.write_string(row, 0, t.assumption(name), f.text)
            ws.write_number(row, 1, float(value), f.input_num)
            ws.write_string(row, 2, unit, f.text)
            ws.write_string(row, 3, name, f.note)
            note = help_text + (f" ({t('inputs.months_note')})" if name == "months" else "")
            ws.write_string(row, 4, note, f.text)
            validation: dict[str, Any] = {
                "validate": "decimal",
                "criteria": ">=" if high is None else "between",
                "error_message": f"{name}: {low}" + (f" .. {high}" if high else " or more"),
            }
            if high is None:
                validation["value"] = float(Decimal(low))
            else:
                validation["minimum"] = float(Decimal(low))
                validation["maximum"] = float(Decimal(high))
            ws.data_validation(row, 1, row, 1, validation)
            self._name(name, "inputs", row, 1)
            row += 1

        row += 1
        ws.write_string(row, 0, t("inputs.settings"), f.h2)
        row += 1
        for col, key in enumerate(("field", "value", "unit", "name", "help")):
            ws.write_string(row, col, t(key) if key != "unit" else "", f.header)
        row += 1
        for name in SETTINGS:
            ws.write_string(row, 0, t(f"setting.{name}"), f.text)
            ws.write_string(row, 1, str(getattr(self.plan.settings, name)), f.input_text)
            ws.write_string(row, 3, name, f.note)
            ws.write_string(row, 4, t(f"setting_help.{name}"), f.text)
            if name in SETTING_CHOICES:
                ws.data_validation(
                    row, 1, row, 1, {"validate": "list", "source": SETTING_CHOICES[name]}
                )
            self._name(name, "inputs", row, 1)
            row += 1
        year, month = (int(x) for x in self.plan.settings.start_month.split("-"))
        self.start = dt.date(year, month, 1)
        ws.write_string(row, 0, t("inputs.start_date"), f.text)
        ws.write_formula(
            row,
            1,
            "=DATE(VALUE(LEFT(start_month,4)),VALUE(MID(start_month,6,2)),1)",
            f.input_date,
            _excel_date(self.start),
        )
        ws.write_string(row, 3, "start_date", f.note)
        self._name("start_date", "inputs", row, 1)
        row += 2

        ws.write_string(row, 0, t("inputs.measures"), f.h2)
        row += 1
        ws.write_string(row, 0, t("field"), f.header)
        ws.write_string(row, 1, t("unit"), f.header)
        for c in self.cols:
            ws.write_string(row, 2 + c.index, c.label, f.header)
        ws.write_string(row, 2 + len(self.cols), t("source"), f.header)
        ws.set_row(row, 42)
        row += 1
        ws.write_string(row, 0, t("measure.tokenizer"), f.text)
        ws.set_row(row, 40)  # tokenizer and image rule, wrapped
        for c in self.cols:
            rule = image_rule_for(c.est.model, self.plan.settings.image_rule)
            ws.write_string(row, 2 + c.index, f"{c.est.measures.tokenizer}; {rule.label}", f.wrap)
        row += 1
        sources = self.cols[0].est.measures.sources
        for name, unit in MEASURE_ROWS:
            ws.write_string(row, 0, t(f"measure.{name}"), f.text)
            ws.write_string(row, 1, t(f"measure_unit.{unit}"), f.text)
            for c in self.cols:
                ws.write_number(row, 2 + c.index, float(getattr(c.est.measures, name)), f.measure)
                c.measures[name] = _ref(self.names["inputs"], row, 2 + c.index)
            source = sources.get(name) or sources.get(name.replace("billed_", ""), "")
            ws.write_string(row, 2 + len(self.cols), source, f.note)
            row += 1
        ws.freeze_panes(1, 0)
        self._print_setup(ws)

    # --- Prices -------------------------------------------------------------------
    def prices(self) -> None:
        t, f, cat = self.t, self.fmt, self.catalog
        ws = self.sheets["prices"]
        sheet = self.names["prices"]
        ws.set_column(0, 0, 40)
        ws.set_column(1, 1, 36)
        ws.set_column(2, 6, 20)
        ws.write_string(0, 0, t("prices.title"), f.title)
        ws.write_string(1, 0, t("summary.catalog", version=cat.version, date=cat.date), f.text)
        ws.write_string(2, 0, cat.source, f.note)

        row = 4
        ws.write_string(row, 0, t("prices.llm"), f.h2)
        row += 1
        heads = (
            "model",
            "model_id",
            "key_mode",
            "prices.input",
            "prices.output",
            "prices.audio_tps",
        )
        for col, key in enumerate(heads):
            ws.write_string(row, col, t(key), f.header)
        ws.set_row(row, 30)
        row += 1
        for c in self.cols:
            model = c.est.model
            ws.write_string(row, 0, model.display, f.text)
            ws.write_string(row, 1, model.id, f.note)
            ws.write_string(row, 2, t.key_mode(c.est.key_mode), f.text)
            self._price_cell(ws, row, 3, model.price(c.est.key_mode, "input"))
            self._price_cell(ws, row, 4, model.price(c.est.key_mode, "output"))
            if model.audio_input_tps is not None:
                ws.write_number(row, 5, float(model.audio_input_tps), f.price)
            else:
                ws.write_string(row, 5, t("no_audio"), f.note)
            c.prices["llm_input"] = _ref(sheet, row, 3)
            c.prices["llm_output"] = _ref(sheet, row, 4)
            c.prices["audio_tps"] = _ref(sheet, row, 5)
            row += 1

        row += 1
        ws.write_string(row, 0, t("prices.services"), f.h2)
        row += 1
        ws.write_string(row, 0, t("prices.service"), f.header)
        ws.write_string(row, 1, t("model"), f.header)
        ws.write_string(row, 2, t("unit"), f.header)
        for i, mode in enumerate(self.key_modes):
            ws.write_string(row, 3 + i, t.key_mode(mode), f.header)
        row += 1
        units = {
            "embedding": "unit.per_1k_tokens",
            "rerank": "unit.per_1k_tokens",
            "asr": "unit.per_60s",
            "tts": "unit.per_1000_chars",
        }
        for category, unit in units.items():
            svc = cat.service(category, getattr(self.plan.services, category))
            ws.write_string(row, 0, t(f"service.{category}"), f.text)
            ws.write_string(row, 1, svc.display, f.text)
            ws.write_string(row, 2, t(unit), f.text)
            for i, mode in enumerate(self.key_modes):
                self._price_cell(ws, row, 3 + i, svc.price(mode))
                for c in self.cols:
                    if c.est.key_mode == mode:
                        c.prices[category] = _ref(sheet, row, 3 + i)
            row += 1

        row += 1
        ws.write_string(row, 0, t("prices.other"), f.h2)
        row += 1
        for col, key in enumerate(("prices.item", "unit", "prices.price", "source")):
            ws.write_string(row, col, t(key), f.header)
        row += 1
        shared: dict[str, str] = {}
        storage = cat.storage_price
        ws.write_string(row, 0, t("service.storage"), f.text)
        ws.write_string(row, 1, t("unit.per_1k_tokens_day"), f.text)
        self._price_cell(ws, row, 2, storage)
        ws.write_string(row, 3, t("prices.user" if storage.user else "prices.bundled"), f.note)
        shared["storage"] = _ref(sheet, row, 2)
        self._name("price_storage", "prices", row, 2)
        row += 1
        for type_id in ("tool_call", "database_processing", "question_classification"):
            price = cat.open_prices[type_id]
            bt = cat.billing_type(type_id)
            ws.write_string(row, 0, t.billing_type(cat, type_id), f.text)
            ws.write_string(row, 1, bt.unit, f.text)
            self._price_cell(ws, row, 2, price)
            ws.write_string(row, 3, t("prices.user" if price.user else "prices.open"), f.note)
            shared[type_id] = _ref(sheet, row, 2)
            self._name(f"price_{type_id}", "prices", row, 2)
            row += 1
        for c in self.cols:
            c.prices.update(shared)
        ws.freeze_panes(1, 0)
        self._print_setup(ws)

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
            build: Callable[[_Column], tuple[str, Value]],
            fmt: Format,
            label: str | None = None,
        ) -> None:
            nonlocal row
            ws.write_string(row, 0, label if label is not None else t(f"row.{key}"), f.text)
            ws.write_string(row, 1, t(unit) if unit else "", f.note)
            for c in self.cols:
                formula, value = build(c)
                ws.write_formula(row, 2 + c.index, "=" + formula, fmt, value)
                c.breakdown[key] = _ref(sheet, row, 2 + c.index)
            row += 1

        plan = self.plan
        a_ = plan.assumptions

        def m(c: _Column, name: str) -> str:
            return c.measures[name]

        def b(c: _Column, key: str) -> str:
            return c.breakdown[key]

        def ms(c: _Column, name: str) -> Decimal:
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
                _num(
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
                _num(c.est.per_turn["llm_text_input_tokens"]),
            ),
            f.qty,
        )
        put(
            "text_out",
            "unit.tokens",
            lambda c: (
                f"llm_calls_per_turn*{m(c, 'reply_tokens')}",
                _num(c.est.per_turn["llm_text_output_tokens"]),
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
                _num(c.est.per_turn["llm_audio_input_tokens"]),
            ),
            f.qty,
        )
        put(
            "asr_seconds",
            "unit.seconds",
            lambda c: (
                f"IF({b(c, 'audio_llm')}=1,0,"
                f"voice_turn_share*{m(c, 'billed_voice_seconds_per_message')})",
                _num(c.est.per_turn["asr_seconds"]),
            ),
            f.qty,
        )
        put(
            "tts_chars",
            "unit.characters",
            lambda c: (
                f"tts_playback_share*{m(c, 'reply_characters')}",
                _num(c.est.per_turn["tts_characters"]),
            ),
            f.qty,
        )
        put(
            "query_tokens",
            "unit.tokens",
            lambda c: (
                f"IF(chunks_retrieved_per_turn>0,{m(c, 'user_message_tokens_embedding')},0)",
                _num(c.est.per_turn["knowledge_index_query_tokens"]),
            ),
            f.qty,
        )
        put(
            "rerank_tokens",
            "unit.tokens",
            lambda c: (
                "chunks_reranked_per_turn*chunk_tokens",
                _num(c.est.per_turn["rerank_tokens"]),
            ),
            f.qty,
        )
        put(
            "tool_calls",
            "unit.calls",
            lambda c: ("tool_calls_per_turn", _num(c.est.per_turn["tool_calls"])),
            f.qty,
        )
        put(
            "db_ops",
            "unit.operations",
            lambda c: ("database_calls_per_turn", _num(c.est.per_turn["database_operations"])),
            f.qty,
        )
        put(
            "classified",
            "unit.questions",
            lambda c: ("classified_question_share", _num(c.est.per_turn["classified_questions"])),
            f.qty,
        )

        section("breakdown.month1")
        put(
            "conversations",
            "",
            lambda c: ("conversations_per_month", _num(c.est.first.conversations)),
            f.qty,
        )
        put(
            "turns",
            "",
            lambda c: (
                f"{b(c, 'conversations')}*turns_per_conversation",
                _num(c.est.first.turns),
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
            lambda c: (m(c, "knowledge_tokens"), _num(c.est.first.knowledge_tokens)),
            f.qty,
        )

        section("breakdown.quantities")

        def per_turn_qty(
            key: str, per_turn: str, unit: str, engine: Callable[[_Column], Decimal]
        ) -> None:
            put(
                key,
                unit,
                lambda c: (f"{b(c, 'turns')}*{b(c, per_turn)}", _num(engine(c))),
                f.qty,
            )

        def line(c: _Column, type_id: str) -> Any:
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
                _num(line(c, "knowledge_index").parts["one_time_tokens"]),
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
                _num(line(c, "knowledge_storage").quantity),
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
            engine: Callable[[_Column], Decimal | None],
            label: str | None = None,
        ) -> None:
            put(
                key,
                "",
                lambda c: (
                    _charge_formula(b(c, qty_key), c.prices[price_key], per),
                    _num(engine(c)),
                ),
                f.credits,
                label,
            )

        def part(
            c: _Column, type_id: str, name: str, qty: Decimal, price: Price, per: int
        ) -> Decimal | None:
            parts = line(c, type_id).parts
            if name in parts:
                return parts[name]  # type: ignore[no-any-return]
            return _charge_value(qty, price, per)

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
                c.est.model.price(c.est.key_mode, "input"),
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
                c.est.model.price(c.est.key_mode, "output"),
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
                        _combine_formula(b(c, "llm_in_credits"), b(c, "llm_out_credits")),
                        _num(line(c, "llm_text").credits),
                    ),
                    f.credits,
                    name,
                )
            elif type_id == "knowledge_index":
                put(
                    type_id,
                    cr,
                    lambda c: (
                        _combine_formula(b(c, "one_time_credits"), b(c, "query_credits")),
                        _num(line(c, "knowledge_index").credits),
                    ),
                    f.credits,
                    name,
                )
            else:
                qty_key, price_key, per = {
                    "llm_audio": ("q_audio", "llm_input", 1000),
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
                        _charge_formula(b(c, q), c.prices[p], d),
                        _num(line(c, tid).credits),
                    ),
                    f.credits,
                    name,
                )
        last_type_row = row - 1
        names = {tid: t.billing_type(cat, tid) for tid in BILLING_TYPES}

        def col_range(c: _Column) -> str:
            col = 2 + c.index
            return f"{_abs(first_type_row, col)}:{_abs(last_type_row, col)}"

        put(
            "total_credits",
            cr,
            lambda c: (f"SUM({col_range(c)})", _num(c.est.monthly_total)),
            f.credits_bold,
        )
        put(
            "total_usd",
            "usd",
            lambda c: (f"{b(c, 'total_credits')}/100", _num(c.est.monthly_total_usd)),
            f.usd_bold,
        )
        put(
            "one_time",
            cr,
            lambda c: (
                f"IF(ISNUMBER({b(c, 'one_time_credits')}),{b(c, 'one_time_credits')},0)",
                _num(c.est.one_time_indexing),
            ),
            f.credits,
        )
        put(
            "unpriced",
            "",
            lambda c: (
                _unpriced_flag_formula(
                    [
                        (_abs(self.credit_rows[tid], 2 + c.index), names[tid])
                        for tid in BILLING_TYPES
                    ],
                    t,
                ),
                _unpriced_flag_value([names[x] for x in c.est.first.unpriced_types], t),
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
            f"={_range(sheet, first_type_row, 2, last_type_row, 1 + n)}",
        )
        total_row = last_type_row + 1
        self.wb.define_name(
            "month1_total_credits", f"={_range(sheet, total_row, 2, total_row, 1 + n)}"
        )
        self.breakdown_type_rows = (first_type_row, last_type_row)
        ws.freeze_panes(header + 1, 2)
        self._print_setup(ws, header)

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
        ref = self.cols[0].est.months
        rows: list[int] = []
        for k in range(1, months + 1):
            r = first + k - 1
            rows.append(r)
            mo = ref[k - 1]
            ws.write_number(r, 0, k, f.month_no)
            day = dt.date(
                self.start.year + (self.start.month - 1 + k - 1) // 12,
                (self.start.month - 1 + k - 1) % 12 + 1,
                1,
            )
            ws.write_formula(r, 1, f"=EDATE(start_date,{_abs(r, 0)}-1)", f.month, _excel_date(day))
            ws.write_formula(
                r,
                2,
                f'=IF(days_mode="fixed30",30,DAY(EOMONTH(start_date,{_abs(r, 0)}-1)))',
                f.int_,
                float(mo.days),
            )
            ws.write_formula(
                r,
                3,
                f"=conversations_per_month*(1+monthly_growth)^({_abs(r, 0)}-1)",
                f.qty,
                _num(mo.conversations),
            )
            ws.write_formula(r, 4, f"={_abs(r, 3)}*turns_per_conversation", f.qty, _num(mo.turns))
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
                turns = _abs(top, 4)
                ws.write_formula(r, 0, f"={_abs(top, 0)}", f.month_no, float(k))
                ws.write_formula(r, 1, f"={_abs(top, 1)}", f.month, _excel_date(self._month_day(k)))
                added_value = mo.lines["knowledge_index"].parts["one_time_tokens"]
                if k == 1:
                    ws.write_formula(
                        r, 2, f"={c.measures['knowledge_tokens']}", f.qty, _num(added_value)
                    )
                    ws.write_formula(r, 3, f"={_abs(r, 2)}", f.qty, _num(mo.knowledge_tokens))
                else:
                    ws.write_formula(r, 2, "=kb_growth_tokens_per_month", f.qty, _num(added_value))
                    ws.write_formula(
                        r, 3, f"={_abs(r - 1, 3)}+{_abs(r, 2)}", f.qty, _num(mo.knowledge_tokens)
                    )

                def per_turn(
                    key: str,
                    price: str,
                    per: int,
                    turns: str = turns,
                    b: dict[str, str] = b,
                    p: dict[str, str] = p,
                ) -> str:
                    return _charge_formula(f"{turns}*{b[key]}", p[price], per)

                formulas = {
                    "llm_text": _combine_formula(
                        per_turn("text_in", "llm_input", 1000),
                        per_turn("text_out", "llm_output", 1000),
                    ),
                    "llm_audio": per_turn("audio_tokens", "llm_input", 1000),
                    "asr": per_turn("asr_seconds", "asr", 60),
                    "tts": per_turn("tts_chars", "tts", 1000),
                    "knowledge_index": _combine_formula(
                        _charge_formula(_abs(r, 2), p["embedding"], 1000),
                        per_turn("query_tokens", "embedding", 1000),
                    ),
                    "knowledge_storage": _charge_formula(
                        f"{_abs(r, 3)}*{_abs(top, 2)}", p["storage"], 1000
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
                        _num(mo.lines[tid].credits),
                    )
                first_type = _abs(r, type_col[BILLING_TYPES[0]])
                last_type = _abs(r, type_col[BILLING_TYPES[-1]])
                ws.write_formula(
                    r,
                    total_col,
                    f"=SUM({first_type}:{last_type})",
                    f.credits_strong,
                    _num(mo.total),
                )
                ws.write_formula(
                    r, total_col + 1, f"={_abs(r, total_col)}/100", f.usd, _num(mo.total / 100)
                )
                ws.write_formula(
                    r,
                    total_col + 2,
                    "="
                    + _unpriced_flag_formula(
                        [(_abs(r, type_col[tid]), type_names[tid]) for tid in BILLING_TYPES], t
                    ),
                    f.flag,
                    _unpriced_flag_value([type_names[x] for x in mo.unpriced_types], t),
                )
                # The top table shows each scenario's month total.
                ws.write_formula(
                    top, 5 + c.index, f"={_abs(r, total_col)}", f.credits, _num(mo.total)
                )
            c.block_range = _range(sheet, head + 1, 4, head + months, total_col - 1)
            ws.conditional_format(
                head + 1,
                4,
                head + months,
                total_col - 1,
                {"type": "cell", "criteria": "==", "value": f'"{UNPRICED}"', "format": f.unpriced},
            )
            block_row = head + months + 2
        for c in self.cols:
            col = 5 + c.index
            ws.write_formula(
                horizon_row,
                col,
                f'=SUMIF({_abs(first, 0)}:{_abs(last, 0)},"<="&months,{_abs(first, col)}:{_abs(last, col)})',
                f.credits_bold,
                _num(c.est.horizon_total),
            )
            c.breakdown["horizon"] = _ref(sheet, horizon_row, col)
        self.wb.define_name("projection_total_credits", f"={_range(sheet, first, 5, last, 4 + n)}")
        self.wb.define_name(
            "horizon_total_credits", f"={_range(sheet, horizon_row, 5, horizon_row, 4 + n)}"
        )
        self.projection_rows = (first, last)
        ws.freeze_panes(header + 1, 2)
        self._print_setup(ws, header)

    def _month_day(self, k: int) -> dt.date:
        index = self.start.month - 1 + k - 1
        return dt.date(self.start.year + index // 12, index % 12 + 1, 1)

    # --- Files ------------------------------------------------------------------------
    def files(self) -> None:
        t, f = self.t, self.fmt
        ws = self.sheets["files"]
        tokenizers = sorted({tok for item in self.plan.items for tok in item.measurement.tokens})
        heads = [
            t("files.name"),
            t("files.role"),
            t("files.kind"),
            t("files.detail"),
            *(t("files.tokens", tokenizer=tok) for tok in tokenizers),
            t("files.chars"),
            t("files.width"),
            t("files.height"),
            t("files.seconds"),
            t("files.error"),
            t("files.warning"),
        ]
        for col, text in enumerate(heads):
            ws.write_string(0, col, text, f.header)
        ws.set_row(0, 30)
        ws.set_column(0, 0, 36)
        ws.set_column(1, 3, 20)
        ws.set_column(4, 8 + len(tokenizers), 12)
        ws.set_column(9 + len(tokenizers), 10 + len(tokenizers), 40)
        for i, item in enumerate(self.plan.items, 1):
            m = item.measurement
            # write_string always: a name like "=HYPERLINK(...)" must stay text.
            ws.write_string(i, 0, m.name, f.text)
            ws.write_string(i, 1, t.role(item.role), f.text)
            ws.write_string(i, 2, m.kind, f.text)
            ws.write_string(i, 3, m.detail, f.text)
            col = 4
            for tok in tokenizers:
                if tok in m.tokens:
                    ws.write_number(i, col, m.tokens[tok], f.int_)
                col += 1
            for value in (m.chars, m.width, m.height):
                if value:
                    ws.write_number(i, col, value, f.int_)
                col += 1
            seconds = _decimal_or_none(m.seconds)
            if seconds is not None:
                ws.write_number(i, col, float(seconds), f.qty)
            elif m.seconds:
                ws.write_string(i, col, m.seconds, f.text)
            col += 1
            ws.write_string(i, col, m.error, f.flag)
            ws.write_string(i, col + 1, m.warning, f.note)
        ws.freeze_panes(1, 1)
        ws.autofilter(0, 0, max(1, len(self.plan.items)), len(heads) - 1)
        self._print_setup(ws, 0)

    # --- Summary ----------------------------------------------------------------------
    def summary(self) -> None:
        t, f, cat = self.t, self.fmt, self.catalog
        ws = self.sheets["summary"]
        sheet = self.names["summary"]
        n = len(self.cols)
        months = self.months
        ws.set_column(0, 0, 44)
        ws.set_column(1, 1, 14)
        ws.set_column(2, 2, 18)
        ws.set_column(3, 3, 14)
        ws.set_column(4, 4, 16)
        ws.set_column(5, 5, 20)
        ws.set_column(6, 6, 16)
        ws.set_column(7, 7, 30)
        ws.set_column(8, 8, 13)
        ws.set_column(10, 10, 14, None, {"hidden": True})
        ws.write_string(0, 0, f"{t('summary.title')}: {self.plan.name}", f.title)
        ws.write_string(1, 0, t("summary.catalog", version=cat.version, date=cat.date), f.text)
        ws.write_string(
            2, 0, t("summary.period", start=self.plan.settings.start_month, months=months), f.text
        )
        ws.write_string(3, 0, t("summary.note"), f.note)
        header = 5
        heads = [
            t("scenario"),
            t("key_mode"),
            t("summary.month1_credits"),
            t("summary.month1_usd"),
            t("summary.one_time"),
            t("summary.horizon_credits", months=months),
            t("summary.horizon_usd", months=months),
            t("summary.unpriced"),
            t("summary.cheapest"),
        ]
        for col, text in enumerate(heads):
            ws.write_string(header, col, text, f.header)
        ws.write_string(header, 10, t("summary.comparable"), f.header)
        ws.set_row(header, 30)
        first = header + 1
        last = first + n - 1
        cheapest = self.est.cheapest
        for c in self.cols:
            r = first + c.index
            s = c.est
            b = c.breakdown
            ws.write_string(r, 0, c.label, f.text)
            ws.write_string(r, 1, t.key_mode(s.key_mode), f.text)
            ws.write_formula(r, 2, f"={b['total_credits']}", f.credits, _num(s.monthly_total))
            ws.write_formula(r, 3, f"={_abs(r, 2)}/100", f.usd, _num(s.monthly_total_usd))
            ws.write_formula(r, 4, f"={b['one_time']}", f.credits, _num(s.one_time_indexing))
            ws.write_formula(r, 5, f"={b['horizon']}", f.credits, _num(s.horizon_total))
            ws.write_formula(r, 6, f"={_abs(r, 5)}/100", f.usd, _num(s.horizon_total / 100))
            ws.write_formula(
                r,
                7,
                f"={b['unpriced']}",
                f.flag,
                _unpriced_flag_value([t.billing_type(cat, x) for x in s.first.unpriced_types], t),
            )
            # Only a fully priced scenario (no "unpriced" in any month) can be the cheapest.
            ws.write_formula(
                r,
                10,
                f'=IF(COUNTIF({c.block_range},"{UNPRICED}")=0,{_abs(r, 2)},"")',
                f.credits,
                _num(s.monthly_total) if not s.unpriced_types else "",
            )
            is_cheapest = cheapest is not None and cheapest is s
            ws.write_formula(
                r,
                8,
                f'=IF(AND(ISNUMBER({_abs(r, 10)}),{_abs(r, 10)}=MIN({_abs(first, 10)}:{_abs(last, 10)})),"{t("cheapest")}","")',
                f.cheapest,
                t("cheapest") if is_cheapest else "",
            )
        self._charts(ws, sheet, first, last)
        ws.activate()
        ws.set_first_sheet()
        self._print_setup(ws)

    def _charts(self, ws: Worksheet, sheet: str, first: int, last: int) -> None:
        t = self.t
        n = len(self.cols)
        bsheet = self.names["breakdown"]
        psheet = self.names["projection"]
        top = last + 3
        font = {"name": "Noto Sans", "size": 9}
        title_font = {"name": "Noto Sans", "size": 11, "bold": True}

        # 1. Month 1 by billing type, stacked per scenario.  Types no scenario uses in
        # any month are left out: ten mostly-empty legend entries hide the ones that matter.
        by_type = self.wb.add_chart({"type": "column", "subtype": "stacked"})
        categories = _range(bsheet, self.breakdown_header, 2, self.breakdown_header, 1 + n)
        for type_id in BILLING_TYPES:
            used = any(mo.lines[type_id].quantity != 0 for c in self.cols for mo in c.est.months)
            if not used:
                continue
            row = self.credit_rows[type_id]
            by_type.add_series(
                {
                    "name": _ref(bsheet, row, 0),
                    "categories": categories,
                    "values": _range(bsheet, row, 2, row, 1 + n),
                }
            )
        by_type.set_title({"name": t("chart.by_type"), "name_font": title_font})
        by_type.set_y_axis(
            {
                "name": t("chart.credits_axis"),
                "num_font": font,
                "name_font": font,
                "num_format": "#,##0",
            }
        )
        by_type.set_x_axis({"num_font": font})
        by_type.set_legend({"position": "bottom", "font": font})
        by_type.set_size({"width": 620, "height": 380})
        ws.insert_chart(top, 0, by_type, {"x_offset": 4, "y_offset": 4})

        # 2. Month 1 totals side by side.
        compare = self.wb.add_chart({"type": "bar"})
        compare.add_series(
            {
                "name": t("summary.month1_credits"),
                "categories": _range(sheet, first, 0, last, 0),
                "values": _range(sheet, first, 2, last, 2),
                "data_labels": {"value": True, "num_format": "#,##0", "font": font},
                "fill": {"color": "#4472C4"},
            }
        )
        compare.set_title({"name": t("chart.comparison"), "name_font": title_font})
        compare.set_x_axis(
            {
                "name": t("chart.credits_axis"),
                "num_font": font,
                "name_font": font,
                "num_format": "#,##0",
            }
        )
        compare.set_y_axis({"num_font": font, "reverse": True, "crossing": "max"})
        compare.set_legend({"none": True})
        compare.set_size({"width": 620, "height": 380})
        ws.insert_chart(top, 4, compare, {"x_offset": 40, "y_offset": 4})

        # 3. The projection, one line per scenario.
        first_m, last_m = self.projection_rows
        line = self.wb.add_chart({"type": "line"})
        for c in self.cols:
            col = 5 + c.index
            line.add_series(
                {
                    "name": _ref(psheet, first_m - 1, col),
                    "categories": _range(psheet, first_m, 1, last_m, 1),
                    "values": _range(psheet, first_m, col, last_m, col),
                    "marker": {"type": "circle", "size": 4},
                }
            )
        line.set_title({"name": t("chart.projection"), "name_font": title_font})
        line.set_y_axis(
            {
                "name": t("chart.credits_axis"),
                "num_font": font,
                "name_font": font,
                "num_format": "#,##0",
            }
        )
        line.set_x_axis({"num_font": font, "num_format": "yyyy-mm"})
        line.set_legend({"position": "bottom", "font": font})
        line.set_size({"width": 1280, "height": 380})
        ws.insert_chart(top + 20, 0, line, {"x_offset": 4, "y_offset": 4})

    def build(self) -> bytes:
        # Inputs and Prices first: the other sheets' formulas point at their cells.
        self.inputs()
        self.prices()
        self.breakdown()
        self.projection()
        self.files()
        self.summary()
        self.wb.close()
        return self.buf.getvalue()


def _decimal_or_none(text: str) -> Decimal | None:
    if not text:
        return None
    try:
        return Decimal(text)
    except ArithmeticError:
        return None


def build_xlsx(plan: Plan, catalog: Catalog, *, language: str = "en") -> bytes:
    """The workbook's bytes (raises PlanError when the plan cannot be estimated)."""
    est = estimate(plan, catalog)
    return _Builder(plan, catalog, est, language).build()


def write_xlsx(plan: Plan, catalog: Catalog, path: Path, *, language: str = "en") -> None:
    """Write the budget workbook to ``path`` atomically.

    Raises PlanError for a plan that cannot be estimated and an OSError
    (``ExportWriteError``, whose text is one line naming the file and the
    reason) when the target cannot be written; the target is then untouched.
    """
    data = build_xlsx(plan, catalog, language=language)
    atomic_write_files([(Path(path), data)])
    log.info("wrote %s (%d bytes)", path, len(data))


__all__ = ["build_xlsx", "write_xlsx"]
