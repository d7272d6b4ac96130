"""The Summary sheet's native charts: by billing type, across scenarios, over time.

They are XlsxWriter charts over the Breakdown, Summary and Projection cells,
so they follow the formulas when an input changes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from gptbots_planner.core.catalog import BILLING_TYPES
from gptbots_planner.export.xlsx.book import Book
from gptbots_planner.export.xlsx.breakdown import BreakdownCells
from gptbots_planner.export.xlsx.projection import ProjectionCells
from gptbots_planner.export.xlsx.summary import SummaryCells

log = logging.getLogger(__name__)

FONT = {"name": "Noto Sans", "size": 9}
TITLE_FONT = {"name": "Noto Sans", "size": 11, "bold": True}
CREDITS_AXIS = {"num_font": FONT, "name_font": FONT, "num_format": "#,##0"}
# Rows from the top of the charts to the row below them: two rows of charts 380 px high
# (about 19 rows each), a row apart, and a gap.
CHART_ROWS = 41


@dataclass(frozen=True)
class ChartArea:
    """Where the charts are on the Summary sheet."""

    top: int  # the row of the first two charts
    below: int  # the first free row under them


def write_charts(
    book: Book, summary: SummaryCells, breakdown: BreakdownCells, projection: ProjectionCells
) -> ChartArea:
    ws = book.sheets["summary"]
    top = summary.below + 2
    ws.insert_chart(top, 0, _by_type(book, breakdown), {"x_offset": 4, "y_offset": 4})
    ws.insert_chart(top, 4, _comparison(book, summary), {"x_offset": 40, "y_offset": 4})
    ws.insert_chart(top + 20, 0, _projection(book, projection), {"x_offset": 4, "y_offset": 4})
    return ChartArea(top, top + CHART_ROWS)


def _credits_axis(book: Book) -> dict[str, Any]:
    return {"name": book.t("chart.credits_axis"), **CREDITS_AXIS}


def _by_type(book: Book, breakdown: BreakdownCells) -> Any:
    """Month 1 by billing type, stacked per scenario.  Types no scenario uses in any month
    are left out: ten mostly-empty legend entries hide the ones that matter.  Horizontal
    bars: long "model (key mode)" names read on the category axis."""
    chart = book.wb.add_chart({"type": "bar", "subtype": "stacked"})
    for type_id in BILLING_TYPES:
        used = any(mo.lines[type_id].quantity != 0 for c in book.cols for mo in c.est.months)
        if not used:
            continue
        chart.add_series(
            {
                "name": breakdown.type_labels[type_id],
                "categories": breakdown.scenario_labels,
                "values": breakdown.type_values[type_id],
            }
        )
    chart.set_title({"name": book.t("chart.by_type"), "name_font": TITLE_FONT})
    chart.set_x_axis(_credits_axis(book))
    chart.set_y_axis({"num_font": FONT, "reverse": True, "crossing": "max"})
    chart.set_legend({"position": "bottom", "font": FONT})
    chart.set_size({"width": 620, "height": 380})
    return chart


def _comparison(book: Book, summary: SummaryCells) -> Any:
    """Month-1 totals side by side."""
    chart = book.wb.add_chart({"type": "bar"})
    chart.add_series(
        {
            "name": book.t("summary.month1_credits"),
            "categories": summary.scenario_names,
            "values": summary.month1_totals,
            "data_labels": {"value": True, "num_format": "#,##0", "font": FONT},
            "fill": {"color": "#4472C4"},
        }
    )
    chart.set_title({"name": book.t("chart.comparison"), "name_font": TITLE_FONT})
    chart.set_x_axis(_credits_axis(book))
    chart.set_y_axis({"num_font": FONT, "reverse": True, "crossing": "max"})
    chart.set_legend({"none": True})
    chart.set_size({"width": 620, "height": 380})
    return chart


def _projection(book: Book, projection: ProjectionCells) -> Any:
    """The projection, one line per scenario."""
    chart = book.wb.add_chart({"type": "line"})
    for c in book.cols:
        chart.add_series(
            {
                "name": projection.total_heads[c.index],
                "categories": projection.month_dates,
                "values": projection.totals[c.index],
                "marker": {"type": "circle", "size": 4},
            }
        )
    chart.set_title({"name": book.t("chart.projection"), "name_font": TITLE_FONT})
    chart.set_y_axis(_credits_axis(book))
    chart.set_x_axis({"num_font": FONT, "num_format": "yyyy-mm"})
    chart.set_legend({"position": "bottom", "font": FONT})
    chart.set_size({"width": 1280, "height": 380})
    return chart
