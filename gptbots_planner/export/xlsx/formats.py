"""The cell formats of the budget workbook (fonts, input blue, credits and USD numbers)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook

log = logging.getLogger(__name__)


@dataclass
class Formats:
    title: Format
    h2: Format
    header: Format
    text: Format
    wrap: Format
    note: Format
    input_num: Format
    input_pct: Format
    input_int: Format
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
    usd_exact: Format
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

    # Input cells (assumptions, measures, prices) are blue: the cells finance may change.
    blue = {"bg_color": "#DDEBF7", "font_color": "#1F4E79", "border": 1, "border_color": "#9BC2E6"}
    return Formats(
        title=f(bold=True, font_size=14),
        h2=f(bold=True, font_size=11, font_color="#1F4E79"),
        header=f(bold=True, bg_color="#D9E1F2", border=1, text_wrap=True),
        text=f(),
        wrap=f(text_wrap=True),
        note=f(italic=True, font_color="#595959"),
        input_num=f(num_format="General", **blue),
        # a share (vocab.fields FieldSpec.percent): the fraction, shown as the window shows it
        input_pct=f(num_format="0.0%", **blue),
        input_int=f(num_format="#,##0", **blue),
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
        usd_exact=f(num_format="$#,##0.0000"),
        int_=f(num_format="0"),
        month_no=f(num_format="0", align="center"),
        month=f(num_format="yyyy-mm", align="left"),
        flag=f(font_color="#C00000"),
        cheapest=f(bold=True, font_color="#00803C"),
        # A conditional format (months past the horizon): colour and style only.
        beyond=wb.add_format({"font_color": "#A6A6A6", "italic": True}),
    )
