"""The Inputs sheet's workflow section: one column per LLM component, its fields as inputs.

Each field of component ``<id>`` is a cell named ``component_<id>_<field>`` (``<id>``
with every character other than a letter or digit as ``_``): share of turns, calls per
run, own instruction tokens, what it receives (1 / 0), output and reasoning tokens per
call (blank: the measured reply / the plan's reasoning tokens per call).  Its kind and
model are fixed at export (the measures of a fixed model are counted with its tokenizer;
"compared" is the model of each scenario).  Below them, the memory a call sends, as
formulas over ``turns_per_conversation`` and ``history_turns``: the exact mean over the
turns of a conversation (``core.workflow.memory_mean``) and the most any call sends.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from xlsxwriter.worksheet import Worksheet

from gptbots_planner.core.components import Component
from gptbots_planner.core.workflow import memory_largest, memory_mean
from gptbots_planner.export.xlsx.book import Book, num
from gptbots_planner.vocab import components as vocab

log = logging.getLogger(__name__)

# the fields that are input cells, in the order the window's Workflow panel shows them
NUMBER_INPUTS = ("turn_share", "calls_per_turn", "instruction_tokens")
OPTIONAL_INPUTS = ("output_tokens", "reasoning_tokens")
FIXED_FIELDS = ("kind", "model")


def _sum_formula(h: str, n: str) -> str:
    """S(n): earlier turns a conversation of ``n`` turns sends with memory ``h``."""
    return f"IF({n}<={h}+1,{n}*({n}-1)/2,{h}*({h}+1)/2+({n}-{h}-1)*{h})"


def memory_mean_formula() -> str:
    """``core.workflow.memory_mean`` over the named cells: a fractional number of turns is
    a mix of conversations of INT(T) and INT(T) + 1 turns that averages T."""
    h, t = "history_turns", "turns_per_conversation"
    low, high = _sum_formula(h, f"INT({t})"), _sum_formula(h, f"(INT({t})+1)")
    return f"IF({t}<=0,0,((1-({t}-INT({t})))*{low}+({t}-INT({t}))*{high})/{t})"


def memory_largest_formula() -> str:
    """``core.workflow.memory_largest``: min(H, ceil(T) - 1), at least 0."""
    return "MAX(0,MIN(history_turns,ROUNDUP(turns_per_conversation,0)-1))"


def component_slug(cid: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "_", cid)


def component_name(cid: str, field: str) -> str:
    """The workbook name of one component field's cell."""
    return f"component_{component_slug(cid)}_{field}"


@dataclass(frozen=True)
class WorkflowCells:
    """What the workflow section publishes: per component (plan order) field -> cell."""

    components: tuple[dict[str, str], ...]
    memory_mean: str
    memory_largest: str


def write_workflow(book: Book, ws: Worksheet, row: int) -> tuple[WorkflowCells, int]:
    """The components' grid and the memory rows; returns their cells and the next row."""
    t, f = book.t, book.fmt
    comps = book.plan.components
    ws.write_string(row, 0, t("workflow.title"), f.h2)
    ws.write_string(row + 1, 0, t("field"), f.header)
    for i, c in enumerate(comps):
        ws.write_string(row + 1, 1 + i, c.name, f.header)
    unit_col = 1 + len(comps)
    ws.write_string(row + 1, unit_col, t("unit"), f.header)
    ws.write_string(row + 1, unit_col + 1, t("help"), f.header)
    ws.set_row(row + 1, 30)
    row += 2
    cells: tuple[dict[str, str], ...] = tuple({} for _ in comps)
    for name in vocab.COMPONENT_FIELDS:
        if name == "name":
            continue
        spec = vocab.component_field(name)
        ws.write_string(row, 0, t.text(spec.label), f.text)
        unit = t.text(spec.unit) if spec.unit else ""
        if name in vocab.SENDS_FIELDS:
            unit = t("unit.flag")
        ws.write_string(row, unit_col, unit, f.note)
        # the help spills into the empty cells on its right, as in the sections above
        ws.write_string(row, unit_col + 1, _help(book, name), f.text)
        if name in FIXED_FIELDS:
            ws.set_row(row, 30)  # kind and model ids wrap
        for i, c in enumerate(comps):
            _field_cell(book, ws, row, 1 + i, c, name)
            if name not in FIXED_FIELDS:
                cells[i][name] = book.name_cell(component_name(c.id, name), "inputs", row, 1 + i)
        row += 1
    ws.write_string(row, 0, t("workflow.names"), f.note)
    for i, c in enumerate(comps):
        ws.write_string(row, 1 + i, component_name(c.id, "…"), f.note)
    row += 1
    a = book.plan.assumptions
    mean_value = memory_mean(a["history_turns"], a["turns_per_conversation"])
    largest_value = memory_largest(a["history_turns"], a["turns_per_conversation"])
    refs = []
    for key, formula, value in (
        ("memory_turns_mean", memory_mean_formula(), mean_value),
        ("memory_turns_largest", memory_largest_formula(), largest_value),
    ):
        ws.write_string(row, 0, t(f"workflow.{key}"), f.text)
        ws.write_formula(row, 1, "=" + formula, f.qty, num(value))
        ws.write_string(row, unit_col, t("workflow.turns"), f.note)
        ws.write_string(row, unit_col + 1, t(f"workflow.{key}_help"), f.text)
        refs.append(book.name_cell(key, "inputs", row, 1))
        row += 1
    return WorkflowCells(cells, refs[0], refs[1]), row + 1


def _help(book: Book, name: str) -> str:
    t = book.t
    if name in FIXED_FIELDS:
        return t("workflow.fixed_help")
    spec = vocab.component_field(name)
    if name in vocab.SENDS_FIELDS and spec.help is not None:
        return t.text(spec.help) + " " + t("workflow.flag_help")
    if name in OPTIONAL_INPUTS:
        return t(f"workflow.{name}_help")
    if name == "instruction_tokens":
        return t("workflow.instruction_help")
    return t.text(spec.help) if spec.help else ""


def _field_cell(book: Book, ws: Worksheet, row: int, col: int, c: Component, name: str) -> None:
    f = book.fmt
    if name == "kind":
        ws.write_string(row, col, book.t.text(vocab.KINDS[c.kind].label), f.wrap)
        return
    if name == "model":
        # fixed at export: a fixed model's measures are counted with its tokenizer
        ws.write_string(row, col, c.model, f.wrap)
        return
    if name in vocab.SENDS_FIELDS:
        ws.write_number(row, col, 1.0 if getattr(c, name) else 0.0, f.input_int)
        ws.data_validation(
            row,
            col,
            row,
            col,
            {"validate": "integer", "criteria": "between", "minimum": 0, "maximum": 1},
        )
        return
    value = getattr(c, name)
    if name == "instruction_tokens" and c.instruction_text is not None:
        value = None  # blank: the pasted prompt, counted with each model's tokenizer
    if value is None:
        ws.write_blank(row, col, None, f.input_num)
    else:
        ws.write_number(row, col, float(value), f.input_num)
    spec = vocab.component_field(name)
    validation: dict[str, object] = {"validate": "decimal", "ignore_blank": True}
    low = float(spec.low) if spec.low is not None else 0.0
    if spec.high is not None:
        validation.update(criteria="between", minimum=low, maximum=float(spec.high))
    else:
        validation.update(criteria=">=", value=low)
    ws.data_validation(row, col, row, col, validation)
