"""How the verbs print: JSON, aligned tables and CSV (cells safe from formula injection).

Everything writes to ``sys.stdout`` as it is at the time of the call, so a caller that
redirects stdout (the golden tests do) sees the output.

File names need not be valid UTF-8 and may hold control characters (ESC, CR): JSON
writes the undecodable bytes as ``\\udcXX`` escapes (valid UTF-8, read back losslessly);
CSV cells and table cells show them, and control characters, as ``\\xNN`` / ``\\r``,
so nothing a file name holds reaches a terminal as a control sequence.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import sys
from collections.abc import Collection, Iterable, Sequence
from decimal import Decimal
from typing import Any, TextIO

from gptbots_planner.atomic import escape_lone_surrogates
from gptbots_planner.core.money import plain
from gptbots_planner.export.safe_text import safe_cell

log = logging.getLogger(__name__)


def write_json(data: Any, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    out.write(escape_lone_surrogates(json.dumps(data, ensure_ascii=False, indent=2)))
    out.write("\n")


# Lone surrogates U+DC80-U+DCFF are the bytes 0x80-0xFF of a name that is not UTF-8
# (``os.fsdecode``'s surrogate escapes); other lone surrogates cannot come from a file name.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
# In CSV, tab and newline are data (a newline is quoted); CR and the others are not.
_CSV_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape_char(ch: str) -> str:
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    if code >= 0xD800:
        return f"\\u{code:04x}"
    return _NAMED.get(ch) or f"\\x{code:02x}"


def csv_safe(text: str) -> str:
    """``text`` for a CSV cell: undecodable bytes and control characters other than tab and
    newline (a bare CR splits a row for many readers) as ``\\xNN`` / ``\\r``."""
    return _CSV_CONTROL.sub(lambda m: _escape_char(m.group()), text)


def terminal_safe(text: str) -> str:
    """``text`` for a terminal: control characters (ESC, CR, tab, DEL, C1) and undecodable
    bytes as ``\\xNN`` / ``\\r``-style escapes; everything else as it is."""
    return _CONTROL.sub(lambda m: _escape_char(m.group()), text)


def csv_value(value: Any) -> str:
    """One CSV cell: numbers as they are, text through ``safe_cell``."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return safe_cell(csv_safe(" ".join(str(v) for v in value)))
    if isinstance(value, Decimal):
        return plain(value)
    if isinstance(value, int | float):
        return str(value)
    return safe_cell(csv_safe(str(value)))


def table_value(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, list | tuple):
        return terminal_safe(", ".join(str(v) for v in value)) or "-"
    if isinstance(value, Decimal):
        return plain(value)
    return terminal_safe(str(value))


def write_csv(
    header: Sequence[str], rows: Iterable[Sequence[Any]], out: TextIO | None = None
) -> None:
    """A header line and rows of values, each cell through :func:`csv_value`."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([csv_value(v) for v in row])
    (out or sys.stdout).write(buf.getvalue())


def table_line(cells: Sequence[str], widths: Sequence[int], right: Collection[int] = ()) -> str:
    """Cells padded to their column's width (right-aligned where listed), two spaces apart."""
    parts = [
        cell.rjust(width) if i in right else cell.ljust(width)
        for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
    ]
    return "  ".join(parts).rstrip()


def emit_rows(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str) -> None:
    """Rows of named values as an aligned table or, with ``fmt == "csv"``, as CSV."""
    if fmt == "csv":
        write_csv(columns, ([row.get(c) for c in columns] for row in rows))
        return
    text_rows = [[table_value(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in text_rows)]) for i, c in enumerate(columns)]
    print(table_line(columns, widths))
    print(table_line(["-" * w for w in widths], widths))
    for r in text_rows:
        print(table_line(r, widths))


def print_kv(data: dict[str, Any]) -> None:
    """One ``name  value`` line per entry, the names aligned."""
    width = max(len(k) for k in data)
    for k, v in data.items():
        print(f"{k.ljust(width)}  {table_value(v)}")
