"""How the verbs print: JSON, aligned tables and CSV (cells safe from formula injection).

Everything writes to ``sys.stdout`` as it is at the time of the call, so a caller that
redirects stdout (the golden tests do) sees the output.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import sys
from collections.abc import Collection, Iterable, Sequence
from decimal import Decimal
from typing import Any, TextIO

from gptbots_planner.core.money import plain
from gptbots_planner.export.safe_text import safe_cell

log = logging.getLogger(__name__)


def write_json(data: Any, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def csv_value(value: Any) -> str:
    """One CSV cell: numbers as they are, text through ``safe_cell``."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return safe_cell(" ".join(str(v) for v in value))
    if isinstance(value, Decimal):
        return plain(value)
    if isinstance(value, int | float):
        return str(value)
    return safe_cell(str(value))


def table_value(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) or "-"
    if isinstance(value, Decimal):
        return plain(value)
    return str(value)


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
