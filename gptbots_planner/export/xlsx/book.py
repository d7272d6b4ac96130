"""The workbook being built: its sheets, formats, cell references and defined names.

Every sheet module gets a ``Book`` and writes into its own worksheet; what a
sheet's formulas need from another sheet comes in as that sheet's published
cells (a record returned by its writer), never through the book.  The book
only holds what every sheet shares: the workbook, the formats, the texts
(``Labels``), the plan, the catalog, the engine's ``Estimate`` and one column
label per scenario.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell
from xlsxwriter.worksheet import Worksheet

from gptbots_planner.core.catalog import Catalog, Price
from gptbots_planner.core.estimate import Estimate, Month, ScenarioEstimate
from gptbots_planner.core.plan import ASSUMPTION_SPECS, Plan
from gptbots_planner.export.labels import Labels
from gptbots_planner.export.xlsx.formats import Formats, make_formats

log = logging.getLogger(__name__)

UNPRICED = "unpriced"
# Sheet keys in workbook order: Summary first so the workbook opens on it.
SHEETS = ("summary", "inputs", "prices", "breakdown", "projection", "files")
EXCEL_EPOCH = dt.date(1899, 12, 30)

Value = float | str
# The Projection always has a row per month up to the plan's limit (hidden past the
# horizon), so a larger ``months`` typed into the workbook finds its rows.
MAX_MONTHS = int(ASSUMPTION_SPECS["months"][2] or "120")


def num(value: Decimal | int | None) -> Value:
    """A cached value for a formula (float only here; the engine's Decimal is the truth)."""
    if value is None:
        return UNPRICED
    return float(value)


def cell_abs(row: int, col: int) -> str:
    return xl_rowcol_to_cell(row, col, row_abs=True, col_abs=True)


def ref(sheet: str, row: int, col: int) -> str:
    return f"'{sheet}'!{cell_abs(row, col)}"


def range_ref(sheet: str, r1: int, c1: int, r2: int, c2: int) -> str:
    return f"'{sheet}'!{cell_abs(r1, c1)}:{cell_abs(r2, c2)}"


def excel_date(day: dt.date) -> float:
    return float((day - EXCEL_EPOCH).days)


def month_date(label: str) -> float:
    """The Excel date of the first day of an engine month label ("2027-01")."""
    year, month = (int(x) for x in label.split("-"))
    return excel_date(dt.date(year, month, 1))


@dataclass(frozen=True)
class Column:
    """One scenario (model x key mode): its engine result and its column heading."""

    index: int
    est: ScenarioEstimate
    label: str
    rows: tuple[Month, ...] = ()  # every exported month row: the horizon, then beyond it

    @property
    def own_key(self) -> bool:
        return self.est.key_mode == "own_key"


class Book:
    """The workbook being built and what every sheet shares."""

    def __init__(
        self,
        plan: Plan,
        catalog: Catalog,
        est: Estimate,
        language: str,
        full: Estimate | None = None,
    ) -> None:
        """``full``: the same plan estimated over every exported row (``MAX_MONTHS``); its
        months past the horizon are the cached values of the hidden rows."""
        self.plan = plan
        self.catalog = catalog
        self.est = est
        self.t = Labels(language)
        self._buf = io.BytesIO()
        # in_memory: no temp files of XlsxWriter's own outside the target folder.
        self.wb = xlsxwriter.Workbook(self._buf, {"in_memory": True, "strings_to_formulas": False})
        self.wb.set_properties(
            {
                "title": plan.name,
                "subject": "GPTBots credit budget",
                "comments": f"GPTBots catalog {catalog.version} ({catalog.date})",
            }
        )
        self.fmt: Formats = make_formats(self.wb)
        t = self.t
        self.names = {key: t(f"sheet.{key}") for key in SHEETS}
        self.sheets: dict[str, Worksheet] = {
            key: self.wb.add_worksheet(name) for key, name in self.names.items()
        }
        self.months = len(est.scenarios[0].months)
        extra = full.scenarios if full is not None else [None] * len(est.scenarios)
        self.cols = tuple(
            Column(
                i,
                s,
                f"{s.model.display} ({t.key_mode(s.key_mode)})",
                (*s.months, *(f.months[self.months :] if f is not None else ())),
            )
            for i, (s, f) in enumerate(zip(est.scenarios, extra, strict=True))
        )
        self.rows = len(self.cols[0].rows)  # month rows on the Projection sheet

    def name_cell(self, name: str, sheet: str, row: int, col: int) -> str:
        """Define the workbook name ``name`` for one cell; returns the cell's reference."""
        target = ref(self.names[sheet], row, col)
        self.wb.define_name(name, f"={target}")
        return target

    def name_range(self, name: str, sheet: str, r1: int, c1: int, r2: int, c2: int) -> str:
        """Define the workbook name ``name`` for a range; returns the range's reference."""
        target = range_ref(self.names[sheet], r1, c1, r2, c2)
        self.wb.define_name(name, f"={target}")
        return target

    def section(self, ws: Worksheet, row: int, title: str, heads: Sequence[str]) -> int:
        """A section's title and, on the row below it, its column headings (texts);
        returns the row after them."""
        ws.write_string(row, 0, title, self.fmt.h2)
        for col, text in enumerate(heads):
            ws.write_string(row + 1, col, text, self.fmt.header)
        return row + 2

    def price_cell(self, ws: Worksheet, row: int, col: int, price: Price) -> None:
        if price.value is None:
            ws.write_string(row, col, UNPRICED, self.fmt.unpriced)
        else:
            ws.write_number(row, col, float(price.value), self.fmt.price)

    def mark_unpriced(self, ws: Worksheet, r1: int, c1: int, r2: int, c2: int) -> None:
        """Cells that show "unpriced" stand out in red."""
        ws.conditional_format(
            r1,
            c1,
            r2,
            c2,
            {
                "type": "cell",
                "criteria": "==",
                "value": f'"{UNPRICED}"',
                "format": self.fmt.unpriced,
            },
        )

    def grey_beyond_horizon(self, ws: Worksheet, first: int, last: int, last_col: int) -> None:
        """Months past the ``months`` cell stay computed but greyed: outside the total."""
        ws.conditional_format(
            first,
            0,
            last,
            last_col,
            {
                "type": "formula",
                # column absolute, row relative: each row compares its own month number
                "criteria": f"={xl_rowcol_to_cell(first, 0, col_abs=True)}>months",
                "format": self.fmt.beyond,
            },
        )

    def close(self) -> bytes:
        """Finish the workbook; its bytes."""
        self.wb.close()
        return self._buf.getvalue()


def print_setup(ws: Worksheet, repeat_row: int | None = None) -> None:
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)  # fit to the page width, as many pages down as needed
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    if repeat_row is not None:
        ws.repeat_rows(repeat_row)
