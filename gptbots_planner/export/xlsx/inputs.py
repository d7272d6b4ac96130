"""The Inputs sheet: every usage assumption, the plan's settings and the measures.

Each assumption, setting and measure cell carries a workbook name after its plan field
(``conversations_per_month``, ``voice_mode``, ``reply_tokens`` ...), which the other
sheets' formulas use; ``start_date`` is the first day of ``start_month``.  A measure
cell left blank means "measured": the value measured from the files is used, per model
(it depends on the model's tokenizer and image rule); a number typed there wins for
every model, as an override in the plan does.  The measured voice seconds and their
per-recording rounding are formulas over the Files sheet's seconds.  The measure tables
have a column per scenario, then one per workflow component's fixed model (its own
tokenizer and image rule).  The workflow section (``workflow``) names every component
field's cell.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from xlsxwriter.worksheet import Worksheet

from gptbots_planner.core.catalog import LLMModel
from gptbots_planner.core.estimate import image_rule_for
from gptbots_planner.core.measures import Measures, billed_voice_seconds, compute_measures
from gptbots_planner.core.plan import ASSUMPTION_SPECS, MEASURE_OVERRIDES
from gptbots_planner.export.xlsx.book import Book, month_date, num, print_setup, ref
from gptbots_planner.export.xlsx.files import FileCells
from gptbots_planner.export.xlsx.workflow import WorkflowCells, write_workflow
from gptbots_planner.vocab import fields
from gptbots_planner.vocab.fields import FIELDS

log = logging.getLogger(__name__)

SETTINGS = tuple(fields.SETTINGS)
# image_rule is fixed at export (image tokens are measured with it); the rest are live.
FIXED_SETTINGS = ("image_rule",)
MEASURED_ROWS = (
    ("system_prompt_tokens", "tokens"),
    ("user_message_tokens", "tokens"),
    ("reply_tokens", "tokens"),
    ("reply_characters", "characters"),
    ("image_tokens_per_image", "tokens"),
    ("voice_seconds_per_message", "seconds"),
    ("minute_voice_seconds", "seconds"),
    ("knowledge_tokens", "tokens"),
    ("user_message_tokens_embedding", "tokens"),
)
USED_ROWS = (
    *(row for row in MEASURED_ROWS if row[0] != "minute_voice_seconds"),
    ("billed_voice_seconds_per_message", "seconds"),
)
USED_NOTES = {
    "billed_voice_seconds_per_message": "measure.billed_note",
    "user_message_tokens_embedding": "inputs.used_note_embedding",
}
INPUT_HEADS = ("field", "value", "unit", "name", "help")
MINUTE = 'asr_rounding="per_started_minute"'
MINUTE_ROW = ("minute_voice_seconds",)


@dataclass(frozen=True)
class InputCells:
    """What the Inputs sheet publishes."""

    names: dict[str, str]  # workbook name (assumption, setting, measure, start_date) -> cell
    measures: tuple[dict[str, str], ...]  # per scenario: measure the estimate uses -> its cell
    workflow: WorkflowCells
    model_measures: dict[str, dict[str, str]]  # per fixed component model id: the same

    def run_measures(self, scenario: int, model_id: str, compared: bool) -> dict[str, str]:
        """The measure cells a component uses in a scenario: the scenario's for a compared
        component, its fixed model's otherwise."""
        return self.measures[scenario] if compared else self.model_measures[model_id]


@dataclass(frozen=True)
class MeasureColumn:
    """One column of the measure tables: a scenario's model, or a fixed component model."""

    index: int
    label: str
    model: LLMModel
    measures: Measures


def measure_columns(book: Book) -> list[MeasureColumn]:
    cols = [MeasureColumn(c.index, c.label, c.est.model, c.est.measures) for c in book.cols]
    seen: set[str] = set()
    for run in book.cols[0].est.runs:
        if run.component.compared or run.model.id in seen:
            continue
        seen.add(run.model.id)
        label = book.t("inputs.fixed_model", model=run.model.display)
        cols.append(MeasureColumn(len(cols), label, run.model, run.measures))
    return cols


def write_inputs(book: Book, files: FileCells) -> InputCells:
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
    workflow, row = write_workflow(book, ws, row)
    row = _entered_measures(book, ws, row, names)
    mcols = measure_columns(book)
    ws.set_column(2, 2 + len(mcols), 24)
    measured, row = _measured(book, ws, row, files, mcols)
    measures = _used(book, ws, row, measured, mcols)
    n = len(book.cols)
    fixed = {mc.model.id: measures[mc.index] for mc in mcols[n:]}
    ws.freeze_panes(1, 0)
    print_setup(ws)
    return InputCells(names, measures[:n], workflow, fixed)


def _heading(book: Book, ws: Worksheet, row: int, title: str, unit: bool = True) -> int:
    """A section title and its column headings; returns the first row below them."""
    t = book.t
    heads = [t(key) if unit or key != "unit" else "" for key in INPUT_HEADS]
    return book.section(ws, row, t(title), heads)


def _assumptions(book: Book, ws: Worksheet, row: int, names: dict[str, str]) -> int:
    """One row per assumption, validated against its limits; returns the next free row."""
    t, f = book.t, book.fmt
    months_note = t("inputs.months_note", months=book.rows)
    row = _heading(book, ws, row, "inputs.assumptions")
    for name, (_, low, high, unit, help_text) in ASSUMPTION_SPECS.items():
        ws.write_string(row, 0, t.assumption(name), f.text)
        number = f.input_pct if FIELDS[name].percent else f.input_num
        ws.write_number(row, 1, float(book.plan.assumptions[name]), number)
        ws.write_string(row, 2, t.assumption_unit(name, unit), f.text)
        ws.write_string(row, 3, name, f.note)
        note = t.assumption_help(name, help_text)
        note += f" ({months_note})" if name == "months" else ""
        ws.write_string(row, 4, note, f.text)
        if name == "months":
            # The Projection sheet has a row per exported month: a larger value would
            # find no rows, so the cell refuses it and says why.
            high = str(book.rows)
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
        validation["error_message"] = f"{name}: {low} .. {high}. {months_note}"[:255]
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
        fixed = name in FIXED_SETTINGS
        ws.write_string(row, 0, t(f"setting.{name}"), f.text)
        ws.write_string(row, 1, value, f.text if fixed else f.input_text)
        ws.write_string(row, 3, name, f.note)
        ws.write_string(row, 4, t(f"setting_help.{name}"), f.text)
        choices = list(fields.SETTINGS[name].choice_values)
        if fixed:
            # Not an input: the measures below were computed with it at export.
            choice = {
                "validate": "list",
                "source": [value],
                "error_message": t(f"setting_help.{name}")[:255],
            }
            ws.data_validation(row, 1, row, 1, choice)
        elif choices:
            ws.data_validation(row, 1, row, 1, {"validate": "list", "source": choices})
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


def _entered_measures(book: Book, ws: Worksheet, row: int, names: dict[str, str]) -> int:
    """One named cell per measure: blank = measured from the files, a number = entered."""
    t, f = book.t, book.fmt
    overrides = book.plan.overrides
    row = _heading(book, ws, row, "inputs.entered")
    for name, (unit, help_text) in MEASURE_OVERRIDES.items():
        ws.write_string(row, 0, t.assumption(name), f.text)
        if name in overrides:
            ws.write_number(row, 1, float(overrides[name]), f.input_num)
        else:
            ws.write_blank(row, 1, None, f.input_num)
        ws.write_string(row, 2, t.assumption_unit(name, unit), f.text)
        ws.write_string(row, 3, name, f.note)
        ws.write_string(row, 4, t.assumption_help(name, help_text), f.text)
        ws.data_validation(row, 1, row, 1, {"validate": "decimal", "criteria": ">=", "value": 0.0})
        names[name] = book.name_cell(name, "inputs", row, 1)
        row += 1
    ws.write_string(row, 0, t("inputs.entered_note"), f.note)
    return row + 2


def _scenario_heads(
    book: Book, ws: Worksheet, row: int, title: str, cols: list[MeasureColumn]
) -> int:
    t, f = book.t, book.fmt
    ws.write_string(row, 0, t(title), f.h2)
    row += 1
    ws.write_string(row, 0, t("field"), f.header)
    ws.write_string(row, 1, t("unit"), f.header)
    for c in cols:
        ws.write_string(row, 2 + c.index, c.label, f.header)
    ws.write_string(row, 2 + len(cols), t("source"), f.header)
    ws.set_row(row, 42)
    return row + 1


def _measured_values(book: Book, c: MeasureColumn) -> Measures:
    """What the files give for this column's tokenizers, before any entered value."""
    if not book.plan.overrides:
        return c.measures
    plan = book.plan.copy()
    plan.overrides = {}
    embedding = book.catalog.service("embedding", plan.services.embedding).tokenizer
    rule = image_rule_for(c.model, plan.settings.image_rule)
    return compute_measures(plan, c.measures.tokenizer, embedding, rule)


def _measured(
    book: Book, ws: Worksheet, row: int, files: FileCells, cols: list[MeasureColumn]
) -> tuple[tuple[dict[str, str], ...], int]:
    """The values measured from the files, a column per measure column; their cells."""
    t, f = book.t, book.fmt
    row = _scenario_heads(book, ws, row, "inputs.measures", cols)
    ws.write_string(row, 0, t("measure.tokenizer"), f.text)
    ws.set_row(row, 40)  # tokenizer and image rule, wrapped
    for c in cols:
        rule = image_rule_for(c.model, book.plan.settings.image_rule)
        ws.write_string(row, 2 + c.index, f"{c.measures.tokenizer}; {rule.label}", f.wrap)
    row += 1
    sheet = book.names["inputs"]
    cells: tuple[dict[str, str], ...] = tuple({} for _ in cols)
    values = [_measured_values(book, c) for c in cols]
    sources = cols[0].measures.sources
    voice = files.voice_seconds
    count = f"COUNT({voice})"
    formulas = {
        "voice_seconds_per_message": f"=IF({count}=0,0,SUM({voice})/{count})",
        # each recording rounded up to started minutes on its own, then averaged
        "minute_voice_seconds": f"=IF({count}=0,0,SUMPRODUCT(ROUNDUP({voice}/60,0)*60)/{count})",
    }
    minute = _minute_seconds(book)
    for name, unit in MEASURED_ROWS:
        ws.write_string(row, 0, t(f"measure.{name}"), f.text)
        ws.write_string(row, 1, t(f"measure_unit.{unit}"), f.text)
        for c in cols:
            if name in formulas:
                value = minute if name in MINUTE_ROW else values[c.index].voice_seconds_per_message
                ws.write_formula(row, 2 + c.index, formulas[name], f.qty, num(value))
            else:
                ws.write_number(row, 2 + c.index, float(getattr(values[c.index], name)), f.qty)
            cells[c.index][name] = ref(sheet, row, 2 + c.index)
        if name in formulas:
            source = t(f"inputs.files_formula.{name}")
        else:
            source = sources.get(name, "") if name not in book.plan.overrides else ""
        ws.write_string(row, 2 + len(cols), source, f.note)
        row += 1
    return cells, row + 1


def _minute_seconds(book: Book) -> Decimal:
    """The cached value of the per-started-minute average (the engine's own rounding)."""
    plan = book.plan.copy()
    plan.overrides.pop("voice_seconds_per_message", None)
    return billed_voice_seconds(plan, "per_started_minute")


def _used_formula(name: str, measured: dict[str, str]) -> str:
    """The value the estimate uses: the entered cell, or the measured one when blank."""
    if name == "billed_voice_seconds_per_message":
        voice = "voice_seconds_per_message"
        files = f"IF({MINUTE},{measured['minute_voice_seconds']},{measured[voice]})"
        # an entered length is rounded as one recording
        entered = f"IF({MINUTE},ROUNDUP({voice}/60,0)*60,{voice})"
        return f"=IF(ISBLANK({voice}),{files},{entered})"
    field = "user_message_tokens" if name == "user_message_tokens_embedding" else name
    return f"=IF(ISBLANK({field}),{measured[name]},{field})"


def _used(
    book: Book,
    ws: Worksheet,
    row: int,
    measured: tuple[dict[str, str], ...],
    cols: list[MeasureColumn],
) -> tuple[dict[str, str], ...]:
    """The measures the estimate uses, a column per measure column (formulas); their cells."""
    t, f = book.t, book.fmt
    row = _scenario_heads(book, ws, row, "inputs.used", cols)
    sheet = book.names["inputs"]
    cells: tuple[dict[str, str], ...] = tuple({} for _ in cols)
    for name, unit in USED_ROWS:
        ws.write_string(row, 0, t(f"measure.{name}"), f.text)
        ws.write_string(row, 1, t(f"measure_unit.{unit}"), f.text)
        for c in cols:
            value = num(getattr(c.measures, name))
            ws.write_formula(row, 2 + c.index, _used_formula(name, measured[c.index]), f.qty, value)
            cells[c.index][name] = ref(sheet, row, 2 + c.index)
        note = USED_NOTES.get(name, "inputs.used_note")
        ws.write_string(row, 2 + len(cols), t(note), f.note)
        row += 1
    return cells
