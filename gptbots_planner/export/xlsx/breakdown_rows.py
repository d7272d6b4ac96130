"""The Breakdown sheet's row writer: a formula per scenario on each row, every cell kept.

``breakdown`` (per turn, month 1) and ``breakdown_money`` (quantities, credits, the
vendor's bill, the context window) write through one ``SheetRows``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from xlsxwriter.format import Format

from gptbots_planner.core.estimate import Line
from gptbots_planner.export.xlsx.book import Book, Column, Value, num, ref
from gptbots_planner.export.xlsx.inputs import InputCells
from gptbots_planner.export.xlsx.prices import PriceCells

log = logging.getLogger(__name__)

Build = Callable[[Column], tuple[str, Value]]

# The billing types charged per turn at one price: the row of their per-turn amount.
PER_TURN_ROWS = {
    "asr": "asr_seconds",
    "tts": "tts_chars",
    "tool_call": "tool_calls",
    "rerank": "rerank_tokens",
    "database_processing": "db_ops",
    "question_classification": "classified",
}
# The billing types charged at one price (``prices.TYPE_PRICES``): the row of their quantity.
QUANTITY_ROWS = {
    "asr": "q_asr",
    "tts": "q_tts",
    "knowledge_storage": "q_storage",
    "tool_call": "q_tool",
    "rerank": "q_rerank",
    "database_processing": "q_db",
    "question_classification": "q_cls",
}


def first_line(c: Column, type_id: str) -> Line:
    return c.est.first.lines[type_id]


class SheetRows:
    """Writes the sheet row by row, a formula per scenario; remembers every cell."""

    def __init__(self, book: Book, inputs: InputCells, prices: PriceCells, row: int) -> None:
        self.book = book
        self.ws = book.sheets["breakdown"]
        self.sheet = book.names["breakdown"]
        self.inputs = inputs
        self.prices = prices
        self.row = row
        self.rows: dict[str, int] = {}  # row key -> its row
        self.cells: tuple[dict[str, str], ...] = tuple({} for _ in book.cols)

    def section(self, key: str) -> None:
        self.section_text(self.book.t(key))

    def section_text(self, title: str) -> None:
        self.row += 1
        self.ws.write_string(self.row, 0, title, self.book.fmt.h2)
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
        self.rows[key] = self.row
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
