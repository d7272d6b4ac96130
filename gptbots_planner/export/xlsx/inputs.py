"""The Inputs sheet: every usage assumption, the plan's settings and the measures.

Each assumption and setting cell carries a workbook name after its plan field
(``conversations_per_month``, ``voice_mode`` ...), which the other sheets'
formulas use; ``start_date`` is the first day of ``start_month``.  The
measured per-turn values (tokens, characters, seconds) get a column per
scenario, since they depend on the model's tokenizer and image rule.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from xlsxwriter.worksheet import Worksheet

from gptbots_planner.core.billing import billed_asr_seconds
from gptbots_planner.core.estimate import image_rule_for
from gptbots_planner.core.measures import billed_voice_seconds
from gptbots_planner.core.money import plain
from gptbots_planner.core.plan import ASSUMPTION_SPECS
from gptbots_planner.export.xlsx.book import Book, month_date, print_setup, ref

log = logging.getLogger(__name__)

SETTINGS = ("voice_mode", "asr_rounding", "days_mode", "image_rule", "start_month")
# Settings the formulas read; image_rule is fixed at export (image tokens are measured with it).
LIVE_SETTINGS = ("voice_mode", "asr_rounding", "days_mode", "start_month")
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
BILLED_VOICE = "billed_voice_seconds_per_message"
INPUT_HEADS = ("field", "value", "unit", "name", "help")


@dataclass(frozen=True)
class InputCells:
    """What the Inputs sheet publishes."""

    names: dict[str, str]  # workbook name (assumption, setting, start_date) -> its cell
    measures: tuple[dict[str, str], ...]  # per scenario: measure name -> its cell


def write_inputs(book: Book) -> InputCells:
    t, f = book.t, book.fmt
    ws = book.sheets["inputs"]
    ws.set_column(0, 0, 42)
    ws.set_column(1, 1, 16)
    ws.set_column(2, 2 + len(book.cols), 24)
    ws.write_string(0, 0, t("inputs.title"), f.title)
    ws.write_string(1, 0, book.plan.name, f.h2)
    ws.write_string(2, 0, t("inputs.note"), f.note)
    names: dict[str, str] = {}
    row = _assumptions(book, ws, 4, names)
    row = _settings(book, ws, row + 1, names)
    measures = _measures(book, ws, row)
    ws.freeze_panes(1, 0)
    print_setup(ws)
    return InputCells(names, measures)


def _heading(book: Book, ws: Worksheet, row: int, title: str, unit: bool = True) -> int:
    """A section title and its column headings; returns the first row below them."""
    t = book.t
    heads = [t(key) if unit or key != "unit" else "" for key in INPUT_HEADS]
    return book.section(ws, row, t(title), heads)


def _assumptions(book: Book, ws: Worksheet, row: int, names: dict[str, str]) -> int:
    """One row per assumption, validated against its limits; returns the next free row."""
    t, f = book.t, book.fmt
    months_note = t("inputs.months_note", months=book.months)
    row = _heading(book, ws, row, "inputs.assumptions")
    for name, (_, low, high, unit, help_text) in ASSUMPTION_SPECS.items():
        ws.write_string(row, 0, t.assumption(name), f.text)
        ws.write_number(row, 1, float(book.plan.assumptions[name]), f.input_num)
        ws.write_string(row, 2, t.assumption_unit(name, unit), f.text)
        ws.write_string(row, 3, name, f.note)
        note = t.assumption_help(name, help_text)
        note += f" ({months_note})" if name == "months" else ""
        ws.write_string(row, 4, note, f.text)
        if name == "months":
            # The Projection sheet has a row per exported month: a larger value
            # would be ignored, so the cell refuses it and says why.
            high = str(book.months)
        ws.data_validation(row, 1, row, 1, _limits(name, low, high, months_note))
        names[name] = book.name_cell(name, "inputs", row, 1)
        row += 1
    return row


def _limits(name: str, low: str, high: str | None, months_note: str) -> dict[str, Any]:
    """The data validation of an assumption cell: its plan limits."""
    validation: dict[str, Any] = {
        "validate": "decimal",
        "criteria": ">=" if high is None else "between",
        "error_message": f"{name}: {low}" + (f" .. {high}" if high else " or more"),
    }
    if name == "months":
        validation["error_message"] = f"{name}: {low} .. {high}. {months_note}"
    if high is None:
        validation["value"] = float(Decimal(low))
    else:
        validation["minimum"] = float(Decimal(low))
        validation["maximum"] = float(Decimal(high))
    return validation


def _settings(book: Book, ws: Worksheet, row: int, names: dict[str, str]) -> int:
    """The settings and the start date; returns the row of the next section."""
    t, f = book.t, book.fmt
    row = _heading(book, ws, row, "inputs.settings", unit=False)
    for name in SETTINGS:
        value = str(getattr(book.plan.settings, name))
        fixed = name not in LIVE_SETTINGS
        ws.write_string(row, 0, t(f"setting.{name}"), f.text)
        ws.write_string(row, 1, value, f.text if fixed else f.input_text)
        ws.write_string(row, 3, name, f.note)
        ws.write_string(row, 4, t(f"setting_help.{name}"), f.text)
        if fixed:
            # Not an input: the measures below were computed with it at export.
            choice = {
                "validate": "list",
                "source": [value],
                "error_message": t(f"setting_help.{name}")[:255],
            }
            ws.data_validation(row, 1, row, 1, choice)
        elif name in SETTING_CHOICES:
            ws.data_validation(
                row, 1, row, 1, {"validate": "list", "source": SETTING_CHOICES[name]}
            )
        names[name] = book.name_cell(name, "inputs", row, 1)
        row += 1
    ws.write_string(row, 0, t("inputs.start_date"), f.text)
    ws.write_formula(
        row,
        1,
        "=DATE(VALUE(LEFT(start_month,4)),VALUE(MID(start_month,6,2)),1)",
        f.input_date,
        month_date(book.est.scenarios[0].first.label),
    )
    ws.write_string(row, 3, "start_date", f.note)
    names["start_date"] = book.name_cell("start_date", "inputs", row, 1)
    return row + 2


def _measures(book: Book, ws: Worksheet, row: int) -> tuple[dict[str, str], ...]:
    """The measures, a column per scenario; returns each scenario's measure cells."""
    t, f = book.t, book.fmt
    cols = book.cols
    ws.write_string(row, 0, t("inputs.measures"), f.h2)
    row += 1
    ws.write_string(row, 0, t("field"), f.header)
    ws.write_string(row, 1, t("unit"), f.header)
    for c in cols:
        ws.write_string(row, 2 + c.index, c.label, f.header)
    ws.write_string(row, 2 + len(cols), t("source"), f.header)
    ws.set_row(row, 42)
    row += 1
    ws.write_string(row, 0, t("measure.tokenizer"), f.text)
    ws.set_row(row, 40)  # tokenizer and image rule, wrapped
    for c in cols:
        rule = image_rule_for(c.est.model, book.plan.settings.image_rule)
        ws.write_string(row, 2 + c.index, f"{c.est.measures.tokenizer}; {rule.label}", f.wrap)
    row += 1
    sheet = book.names["inputs"]
    measures: tuple[dict[str, str], ...] = tuple({} for _ in cols)
    sources = cols[0].est.measures.sources
    billed_minute, billed_live = _billed_per_started_minute(book)
    for name, unit in MEASURE_ROWS:
        ws.write_string(row, 0, t(f"measure.{name}"), f.text)
        ws.write_string(row, 1, t(f"measure_unit.{unit}"), f.text)
        source = sources.get(name) or sources.get(name.replace("billed_", ""), "")
        for c in cols:
            value = float(getattr(c.est.measures, name))
            if name == BILLED_VOICE:
                # Follows the asr_rounding cell (and the voice seconds cell above).
                voice = measures[c.index]["voice_seconds_per_message"]
                minute = f"ROUNDUP({voice}/60,0)*60" if billed_live else plain(billed_minute)
                formula = f'=IF(asr_rounding="per_started_minute",{minute},{voice})'
                ws.write_formula(row, 2 + c.index, formula, f.qty, value)
            else:
                ws.write_number(row, 2 + c.index, value, f.measure)
            measures[c.index][name] = ref(sheet, row, 2 + c.index)
        if name == BILLED_VOICE:
            source = t("measure.billed_note" if billed_live else "measure.billed_note_items")
        ws.write_string(row, 2 + len(cols), source, f.note)
        row += 1
    return measures


def _billed_per_started_minute(book: Book) -> tuple[Decimal, bool]:
    """Billed seconds per voice message when rounded per started minute, and whether
    the workbook can compute it from the voice seconds cell (one length to round).

    The Estimate holds the billed seconds under the plan's own rounding only; the
    formula needs the per-started-minute value too, for a user who switches it."""
    plan = book.plan
    minute = billed_voice_seconds(plan, "per_started_minute")
    pro_rata = billed_voice_seconds(plan, "pro_rata")
    live = "voice_seconds_per_message" in plan.overrides or minute == billed_asr_seconds(
        pro_rata, "per_started_minute"
    )
    return minute, live
