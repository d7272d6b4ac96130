"""The Files sheet: every plan item with its role and measures (tokens per tokenizer,
characters, image size, seconds) and any error or warning of its measurement.

Names and details come from file names and the user, so they are always
written with ``write_string``: a name like ``=HYPERLINK(...)`` stays text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

from gptbots_planner.core.measures import RANGE_BASE, token_range
from gptbots_planner.core.plan import PlanItem
from gptbots_planner.export.labels import file_tokenizers
from gptbots_planner.export.xlsx.book import Book, cell_abs, print_setup, range_ref

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileCells:
    """What the Files sheet publishes: its table (headings included), which has an autofilter,
    and the column of the voice seconds the estimate counts (a formula over the item's
    seconds on the voice messages that count, empty elsewhere)."""

    table: str
    voice_seconds: str


def write_files(book: Book) -> FileCells:
    t, f = book.t, book.fmt
    ws = book.sheets["files"]
    items = book.plan.items
    tokenizers = file_tokenizers(book.plan)
    # the file list's headings (shared with the files CSV), then the counted voice seconds
    heads = [*t.file_headings(tokenizers), t("files.voice_counted")]
    for col, text in enumerate(heads):
        ws.write_string(0, col, text, f.header)
    ws.set_row(0, 30)
    ws.set_column(0, 0, 36)
    ws.set_column(1, 3, 20)
    ws.set_column(4, 8 + len(tokenizers), 12)
    ws.set_column(9 + len(tokenizers), 10 + len(tokenizers), 40)
    voice_col = 11 + len(tokenizers)
    ws.set_column(voice_col, voice_col, 16)
    for i, item in enumerate(items, 1):
        m = item.measurement
        ws.write_string(i, 0, m.name, f.text)
        ws.write_string(i, 1, t.role(item.role), f.text)
        ws.write_string(i, 2, m.kind, f.text)
        ws.write_string(i, 3, t.measurement_detail(m), f.text)
        col = 4
        span = token_range(m)
        for tok in tokenizers:
            if tok in m.tokens:
                ws.write_number(i, col, m.tokens[tok], f.int_)
                if span is not None and tok == RANGE_BASE:
                    # the range rides on the o200k cell, so the columns stay as they are
                    note = t("files.token_range_note", low=f"{span[0]:,}", high=f"{span[1]:,}")
                    ws.write_comment(i, col, note)
            col += 1
        for value in (m.chars, m.width, m.height):
            if value:
                ws.write_number(i, col, value, f.int_)
            col += 1
        seconds = _decimal_or_none(m.seconds)
        if seconds is not None:
            ws.write_number(i, col, float(seconds), f.input_num if counts(item) else f.qty)
            if counts(item):
                # the estimate's voice seconds and their per-recording rounding read this
                ws.write_formula(i, voice_col, f"={cell_abs(i, col)}", f.qty, float(seconds))
        elif m.seconds:
            ws.write_string(i, col, m.seconds, f.text)
        col += 1
        ws.write_string(i, col, t.measurement_error(m), f.flag)
        ws.write_string(i, col + 1, t.measurement_warning(m), f.note)
    ws.freeze_panes(1, 1)
    last_row, last_col = max(1, len(items)), len(heads) - 1
    ws.autofilter(0, 0, last_row, last_col)
    print_setup(ws, 0)
    sheet = book.names["files"]
    return FileCells(
        range_ref(sheet, 0, 0, last_row, last_col),
        range_ref(sheet, 1, voice_col, last_row, voice_col),
    )


def counts(item: PlanItem) -> bool:
    """A voice message whose seconds enter the estimate (``core.measures``' own choice)."""
    m = item.measurement
    return m.ok and item.role == "voice_message" and bool(m.seconds)


def _decimal_or_none(text: str) -> Decimal | None:
    """The seconds of a measurement as a number, or None when it is empty or not one."""
    if not text:
        return None
    try:
        return Decimal(text)
    except ArithmeticError:
        return None
