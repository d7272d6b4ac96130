"""OpenDocument (ODT, ODS, ODP) content.xml as text, streamed through expat.

Text is mixed content (runs, ``<text:span>``, ``<text:s/>``, tails) read in document
order.  Counts in the XML are honoured but bounded by the ``TextBudget``: ``text:s
text:c`` (spaces), and in tables ``table:number-columns-repeated`` /
``table:number-rows-repeated`` repeat a cell's or a row's text (empty repeated cells, the
usual padding to 1024 columns and a million rows, add nothing).  Cells are separated by
tabs and rows end with a line break.
"""

from __future__ import annotations

import logging
from typing import IO

from gptbots_planner.measure.formats.xmlstream import TextBudget, bounded_count, local, parse

log = logging.getLogger(__name__)

_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_PARAGRAPHS = frozenset({"p", "h"})
_CELLS = frozenset({"table-cell", "covered-table-cell"})
# Tracked changes keep deleted text: not visible.
_SKIP = frozenset({"tracked-changes"})


class _Reader:
    """expat handlers.  Text inside a table cell is held (charged to the budget) until the
    cell and its row end, because either may repeat."""

    def __init__(self, budget: TextBudget) -> None:
        self.budget = budget
        self.in_para = 0
        self.skipping = 0
        self.cells: list[list[str]] = []  # open cells' text (tables nest)
        self.cell_repeat: list[int] = []
        self.rows: list[list[tuple[str, int]]] = []  # open rows: (cell text, repeat)
        self.row_repeat: list[int] = []

    def _out(self, text: str) -> None:
        if self.cells:
            self.budget.charge(len(text))
            self.cells[-1].append(text)
        else:
            self.budget.write(text)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        tag = local(name)
        if tag in _SKIP:
            self.skipping += 1
        if self.skipping:
            return
        if tag in _PARAGRAPHS:
            self.in_para += 1
        elif tag == "s" and name.startswith(_TEXT_NS):
            count = bounded_count(attrs.get(f"{_TEXT_NS}}}c"))
            if self.cells:
                self.budget.charge(count)  # refused before the spaces are made
                self.cells[-1].append(" " * count)
            else:
                self.budget.repeat(" ", count)
        elif tag == "tab" and self.in_para:
            self._out("\t")
        elif tag == "line-break" and self.in_para:
            self._out("\n")
        elif tag == "table-row" and name.startswith(_TABLE_NS):
            self.rows.append([])
            self.row_repeat.append(bounded_count(attrs.get(f"{_TABLE_NS}}}number-rows-repeated")))
        elif tag in _CELLS and name.startswith(_TABLE_NS):
            self.cells.append([])
            key = f"{_TABLE_NS}}}number-columns-repeated"
            self.cell_repeat.append(bounded_count(attrs.get(key)))

    def end(self, name: str) -> None:
        tag = local(name)
        if tag in _SKIP:
            self.skipping -= 1
            return
        if self.skipping:
            return
        if tag in _PARAGRAPHS:
            self.in_para -= 1
            self._out("\n")
        elif tag in _CELLS and self.cells:
            self._end_cell()
        elif tag == "table-row" and self.rows:
            self._end_row()

    def _end_cell(self) -> None:
        # A cell's paragraphs end in line breaks; inside a row the tab separates instead.
        text = "".join(self.cells.pop()).rstrip("\n").replace("\n", " ")
        repeat = self.cell_repeat.pop()
        if not self.rows:  # a cell outside a row (broken file): plain text
            self._out(text + "\n" if text else "")
            return
        # Each copy adds its text and a tab; the first copy's text is charged already.
        self.budget.charge(repeat + (len(text) * (repeat - 1) if text else 0))
        self.rows[-1].append((text, repeat))

    def _end_row(self) -> None:
        cells = self.rows.pop()
        repeat = self.row_repeat.pop()
        while cells and not cells[-1][0]:
            cells.pop()  # trailing empty cells: padding, not text
        if not cells:
            return
        line = "".join((text + "\t") * n for text, n in cells)[:-1] + "\n"
        self.budget.charge(len(line) * (repeat - 1) + 1)
        if self.cells:  # a table inside a cell
            self.cells[-1].append(line * repeat)
        else:
            self.budget.emit(line, repeat)

    def data(self, text: str) -> None:
        if self.in_para and not self.skipping:
            self._out(text)


def read_content(stream: IO[bytes], budget: TextBudget) -> None:
    """Write the visible text of an ODF ``content.xml`` to ``budget``."""
    reader = _Reader(budget)
    parse(stream, reader.start, reader.end, reader.data)
