"""XLSX cells as a knowledge base receives them: every cell as displayed, row by row,
sheet by sheet in workbook order.

Only the sheets ``xl/workbook.xml`` lists are read (a part no sheet points to is not in the
workbook).  A cell shows: its shared string (each reference counts: a string used in a
thousand cells is read a thousand times), its inline string or formula result, TRUE/FALSE,
its error text, or its number as written in the cell, except that a date format shows an
ISO date (``2024-03-01``, with `` 13:45:00`` when the format has a time) and a percentage
format shows ``12.5%``.  Cells are joined by commas (empty cells between them keep their
commas, as in a CSV) and rows end with a line break.
"""

from __future__ import annotations

import datetime as dt
import logging
import posixpath
import re
import xml.etree.ElementTree as ET
from decimal import Decimal, InvalidOperation
from typing import IO

from gptbots_planner.measure.formats.xmlstream import TextBudget, local, parse

log = logging.getLogger(__name__)

_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
# Built-in number formats that show dates or times (ECMA-376 18.8.30; 27-36, 50-58: East
# Asian locales' dates).
_DATE_IDS = frozenset(range(14, 23)) | frozenset(range(27, 37)) | frozenset(range(45, 48))
_DATE_IDS |= frozenset(range(50, 59))
_TIME_ONLY_IDS = frozenset({18, 19, 20, 21, 45, 46, 47})
_DATETIME_IDS = frozenset({22})
_PERCENT_IDS = {9: 0, 10: 2}
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
_COLUMN = re.compile(r"[A-Z]+")


class Style:
    """How a number format shows a number: "date", "datetime", "time", "percent" or ""."""

    __slots__ = ("kind", "decimals")

    def __init__(self, kind: str = "", decimals: int = 0) -> None:
        self.kind = kind
        self.decimals = decimals


def format_style(num_fmt_id: int, code: str | None) -> Style:
    """The ``Style`` of a number format (its id and, for custom ones, its code)."""
    if code is None:
        if num_fmt_id in _PERCENT_IDS:
            return Style("percent", _PERCENT_IDS[num_fmt_id])
        if num_fmt_id in _TIME_ONLY_IDS:
            return Style("time")
        if num_fmt_id in _DATETIME_IDS:
            return Style("datetime")
        return Style("date") if num_fmt_id in _DATE_IDS else Style()
    bare = _QUOTED.sub("", code.split(";", 1)[0]).lower()
    if "%" in bare:
        decimals = len(bare.split(".", 1)[1].split("%")[0]) if "." in bare else 0
        return Style("percent", decimals)
    has_day = any(c in bare for c in "dy")
    has_time = any(c in bare for c in "hs")
    if has_day or ("m" in bare and not has_time):
        return Style("datetime" if has_time else "date")
    return Style("time") if has_time else Style()


def read_styles(data: bytes) -> list[Style]:
    """The ``Style`` of each cell format (``cellXfs``) of ``xl/styles.xml``."""
    root = ET.fromstring(data)
    codes: dict[int, str] = {}
    styles: list[Style] = []
    for elem in root.iter():
        tag = local(elem.tag)
        if tag == "numFmt" and (elem.get("numFmtId") or "").isdigit():
            codes[int(elem.get("numFmtId") or 0)] = elem.get("formatCode") or ""
        elif tag == "cellXfs":
            for xf in elem:
                fmt_id = (
                    int(xf.get("numFmtId") or 0) if (xf.get("numFmtId") or "0").isdigit() else 0
                )
                styles.append(format_style(fmt_id, codes.get(fmt_id)))
    return styles


def sheet_parts(workbook: bytes, rels: bytes | None) -> tuple[list[str], bool]:
    """The worksheet parts in workbook order and whether the workbook counts from 1904."""
    root = ET.fromstring(workbook)
    targets: dict[str, str] = {}
    if rels is not None:
        for rel in ET.fromstring(rels).iter():
            if local(rel.tag) == "Relationship" and rel.get("Id") and rel.get("Target"):
                target = rel.get("Target") or ""
                full = target.lstrip("/") if target.startswith("/") else "xl/" + target
                targets[rel.get("Id") or ""] = posixpath.normpath(full)
    parts: list[str] = []
    date1904 = False
    for elem in root.iter():
        tag = local(elem.tag)
        if tag == "workbookPr":
            date1904 = (elem.get("date1904") or "").lower() in ("1", "true")
        elif tag == "sheet":
            part = targets.get(elem.get(f"{{{_REL_NS}}}id") or "")
            if part and part not in parts:
                parts.append(part)
    return parts, date1904


def read_shared_strings(stream: IO[bytes], budget: TextBudget) -> list[str]:
    """Every ``<si>``'s text (runs joined; phonetic ``rPh`` runs left out).  The strings are
    held in memory, so they are charged to ``budget`` once here as well."""
    strings: list[str] = []
    parts: list[str] = []
    state = {"in_t": False, "skip": 0}

    def start(name: str, attrs: dict[str, str]) -> None:
        tag = local(name)
        if tag == "rPh":
            state["skip"] += 1
        elif tag == "t":
            state["in_t"] = True

    def end(name: str) -> None:
        tag = local(name)
        if tag == "rPh":
            state["skip"] -= 1
        elif tag == "t":
            state["in_t"] = False
        elif tag == "si":
            text = "".join(parts)
            budget.charge(len(text))
            budget.total -= len(text)  # only a check: the text is charged where it is shown
            strings.append(text)
            parts.clear()

    def data(text: str) -> None:
        if state["in_t"] and not state["skip"]:
            parts.append(text)

    parse(stream, start, end, data)
    return strings


def _column(ref: str | None) -> int:
    m = _COLUMN.match(ref or "")
    if not m:
        return 0
    n = 0
    for ch in m.group(0):
        n = n * 26 + ord(ch) - 64
    return n


def _number(value: str, style: Style | None, date1904: bool) -> str:
    if style is None or not style.kind:
        return value
    try:
        number = Decimal(value)
    except InvalidOperation:
        return value
    if style.kind == "percent":
        return f"{number * 100:.{style.decimals}f}%"
    try:
        epoch = dt.datetime(1904, 1, 1) if date1904 else dt.datetime(1899, 12, 30)
        moment = epoch + dt.timedelta(seconds=round(float(number) * 86400))
    except (OverflowError, ValueError):
        return value
    if style.kind == "date":
        return moment.date().isoformat()
    if style.kind == "time":
        return moment.time().isoformat()
    return moment.isoformat(sep=" ")


class _Sheet:
    def __init__(
        self, budget: TextBudget, shared: list[str], styles: list[Style], date1904: bool
    ) -> None:
        self.budget = budget
        self.shared = shared
        self.styles = styles
        self.date1904 = date1904
        self.row: list[str] = []
        self.col = 0
        self.cell: dict[str, str] = {}
        self.text: list[str] = []
        self.capture = ""  # "v" or "t" (inline string) while inside one
        self.skip = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        tag = local(name)
        if tag == "c":
            self.cell = attrs
            self.text = []
        elif tag in ("v", "t") and not self.skip:
            self.capture = tag
        elif tag == "rPh":
            self.skip += 1

    def end(self, name: str) -> None:
        tag = local(name)
        if tag in ("v", "t"):
            self.capture = ""
        elif tag == "rPh":
            self.skip -= 1
        elif tag == "c":
            self._end_cell()
        elif tag == "row":
            if self.row:
                self.budget.write(",".join(self.row) + "\n")
            self.row = []
            self.col = 0

    def data(self, text: str) -> None:
        if self.capture:
            self.text.append(text)

    def _end_cell(self) -> None:
        shown = self._shown("".join(self.text))
        if not shown:
            return
        col = _column(self.cell.get("r"))
        gap = col - self.col - 1 if col > self.col else 0
        self.budget.charge(gap + len(shown))  # the row's text is held until it ends
        self.budget.total -= len(shown)
        self.row.extend([""] * gap)
        self.row.append(shown)
        self.col = col if col else self.col + 1

    def _shown(self, raw: str) -> str:
        kind = self.cell.get("t", "n")
        if kind == "s":
            index = raw.strip()
            if index.isdigit() and int(index) < len(self.shared):
                return self.shared[int(index)]
            return ""
        if kind == "b":
            return {"1": "TRUE", "0": "FALSE"}.get(raw.strip(), raw)
        if kind in ("inlineStr", "str", "e", "d"):
            return raw
        style_index = self.cell.get("s", "0")
        style = self.styles[int(style_index)] if style_index.isdigit() and int(style_index) < len(self.styles) else None  # fmt: skip
        return _number(raw.strip(), style, self.date1904)


def read_sheet(
    stream: IO[bytes],
    budget: TextBudget,
    shared: list[str],
    styles: list[Style],
    date1904: bool,
) -> None:
    """Write one worksheet's cells as displayed, a line per row."""
    sheet = _Sheet(budget, shared, styles, date1904)
    parse(stream, sheet.start, sheet.end, sheet.data)
