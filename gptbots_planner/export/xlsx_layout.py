"""How the budget workbook spells its cells: formats, references and formula pieces.

``spreadsheet`` assembles the workbook from the sheets in ``xlsx_model``
(Breakdown, Projection), ``xlsx_charts`` (Summary charts) and its own
(Inputs, Prices, Files, Summary); all of them share the ``WorkbookContext``
defined here and the formula helpers, which spell the rules of
``core/estimate.py`` in spreadsheet terms (an unused quantity costs 0, a used
one without a price shows "unpriced", never 0).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_rowcol_to_cell
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from gptbots_planner.core.catalog import Catalog, Price
from gptbots_planner.core.estimate import Estimate, ScenarioEstimate
from gptbots_planner.core.money import ZERO, mul
from gptbots_planner.core.plan import Plan
from gptbots_planner.export.labels import Labels

log = logging.getLogger(__name__)

UNPRICED = "unpriced"
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
EXCEL_EPOCH = dt.date(1899, 12, 30)

Value = float | str


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


def charge_formula(quantity: str, price: str, per: int) -> str:
    """The core's rule: unused costs 0; used and unpriced shows "unpriced"."""
    per_text = "" if per == 1 else f"/{per}"
    return f'IF(({quantity})=0,0,IF(ISNUMBER({price}),({quantity})*{price}{per_text},"{UNPRICED}"))'


def combine_formula(a: str, b: str) -> str:
    """Two parts of one billing type: unpriced when either part is."""
    return f'IF(AND(ISNUMBER({a}),ISNUMBER({b})),{a}+{b},"{UNPRICED}")'


def charge_value(quantity: Decimal, price: Price, per: int) -> Decimal | None:
    if quantity == 0:
        return ZERO
    if price.value is None:
        return None
    return mul(quantity, price.value) / Decimal(per)


def unpriced_flag_formula(cells: list[tuple[str, str]], labels: Labels) -> str:
    """A visible list of the billing types shown as "unpriced" (empty text when none)."""
    parts = "&".join(f'IF(ISTEXT({ref}),"{name}, ","")' for ref, name in cells)
    prefix = labels("unpriced_prefix").replace('"', '""')
    return f'IF(LEN({parts})=0,"","{prefix}"&LEFT({parts},LEN({parts})-2))'


def unpriced_flag_value(names: list[str], labels: Labels) -> str:
    return labels("unpriced_prefix") + ", ".join(names) if names else ""


def excel_date(day: dt.date) -> float:
    return float((day - EXCEL_EPOCH).days)


@dataclass
class Formats:
    title: Format
    h2: Format
    header: Format
    text: Format
    wrap: Format
    note: Format
    input_num: Format
    input_text: Format
    input_date: Format
    measure: Format
    price: Format
    unpriced: Format
    qty: Format
    credits: Format
    credits_bold: Format
    credits_strong: Format
    usd: Format
    usd_bold: Format
    int_: Format
    month_no: Format
    month: Format
    flag: Format
    cheapest: Format
    beyond: Format


def make_formats(wb: Workbook) -> Formats:
    base = {"font_name": "Noto Sans", "font_size": 10, "valign": "top"}

    def f(**extra: Any) -> Format:
        return wb.add_format({**base, **extra})

    blue = {"bg_color": "#DDEBF7", "font_color": "#1F4E79", "border": 1, "border_color": "#9BC2E6"}
    return Formats(
        title=f(bold=True, font_size=14),
        h2=f(bold=True, font_size=11, font_color="#1F4E79"),
        header=f(bold=True, bg_color="#D9E1F2", border=1, text_wrap=True),
        text=f(),
        wrap=f(text_wrap=True),
        note=f(italic=True, font_color="#595959"),
        input_num=f(num_format="General", **blue),
        input_text=f(**blue),
        input_date=f(num_format="yyyy-mm-dd"),
        measure=f(num_format="#,##0.00", **blue),
        price=f(num_format="0.000###", **blue),
        unpriced=f(font_color="#C00000", bold=True, align="right"),
        qty=f(num_format="#,##0.00"),
        credits=f(num_format="#,##0.0000"),
        credits_bold=f(num_format="#,##0.0000", bold=True, top=1),
        credits_strong=f(num_format="#,##0.0000", bold=True),
        usd=f(num_format="$#,##0.00"),
        usd_bold=f(num_format="$#,##0.00", bold=True),
        int_=f(num_format="0"),
        month_no=f(num_format="0", align="center"),
        month=f(num_format="yyyy-mm", align="left"),
        flag=f(font_color="#C00000"),
        cheapest=f(bold=True, font_color="#00803C"),
        beyond=wb.add_format({"font_color": "#A6A6A6", "italic": True}),
    )


@dataclass
class ScenarioCells:
    """Where one scenario's cells are, sheet by sheet."""

    index: int
    est: ScenarioEstimate
    label: str
    measures: dict[str, str] = field(default_factory=dict)  # measure -> absolute ref
    prices: dict[str, str] = field(default_factory=dict)  # price key -> absolute ref
    breakdown: dict[str, str] = field(default_factory=dict)  # row key -> absolute ref
    block_range: str = ""  # Projection: every type cell of the scenario's block


class WorkbookContext:
    """The workbook being built and where each scenario's cells are; shared by the sheets."""

    # Set by the sheets as they are written; later sheets point at these cells.
    start: dt.date
    breakdown_header: int
    credit_rows: dict[str, int]
    projection_rows: tuple[int, int]

    def __init__(self, plan: Plan, catalog: Catalog, est: Estimate, language: str) -> None:
        self.plan = plan
        self.catalog = catalog
        self.est = est
        self.t = Labels(language)
        self.buf = io.BytesIO()
        # in_memory: no temp files of XlsxWriter's own outside the target folder.
        self.wb = xlsxwriter.Workbook(self.buf, {"in_memory": True, "strings_to_formulas": False})
        self.wb.set_properties(
            {
                "title": plan.name,
                "subject": "GPTBots credit budget",
                "comments": f"GPTBots catalog {catalog.version} ({catalog.date})",
            }
        )
        self.fmt = make_formats(self.wb)
        t = self.t
        self.names = {
            key: t(f"sheet.{key}")
            for key in ("summary", "inputs", "prices", "breakdown", "projection", "files")
        }
        # Summary first so it opens first; the others fill in their cells before it.
        self.sheets: dict[str, Worksheet] = {
            key: self.wb.add_worksheet(name) for key, name in self.names.items()
        }
        self.cols = [
            ScenarioCells(i, s, f"{s.model.display} ({t.key_mode(s.key_mode)})")
            for i, s in enumerate(est.scenarios)
        ]
        self.months = len(est.scenarios[0].months)

    # --- helpers ---------------------------------------------------------------
    def _price_cell(self, ws: Worksheet, row: int, col: int, price: Price) -> None:
        if price.value is None:
            ws.write_string(row, col, UNPRICED, self.fmt.unpriced)
        else:
            ws.write_number(row, col, float(price.value), self.fmt.price)

    def _name(self, name: str, sheet: str, row: int, col: int) -> None:
        self.wb.define_name(name, f"={ref(self.names[sheet], row, col)}")

    def _print_setup(self, ws: Worksheet, repeat_row: int | None = None) -> None:
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.fit_to_pages(1, 0)  # fit to the page width, as many pages down as needed
        ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
        if repeat_row is not None:
            ws.repeat_rows(repeat_row)

    def _month_day(self, k: int) -> dt.date:
        index = self.start.month - 1 + k - 1
        return dt.date(self.start.year + index // 12, index % 12 + 1, 1)
