"""The Summary sheet's native charts: by billing type, across scenarios, over time.

They are XlsxWriter charts over the Breakdown, Summary and Projection cells,
so they follow the formulas when an input changes.
"""

from __future__ import annotations

import logging

from xlsxwriter.worksheet import Worksheet

from gptbots_planner.core.catalog import BILLING_TYPES
from gptbots_planner.export.xlsx_layout import WorkbookContext, range_ref, ref

log = logging.getLogger(__name__)


class SummaryCharts(WorkbookContext):
    def _charts(self, ws: Worksheet, sheet: str, first: int, last: int) -> None:
        t = self.t
        n = len(self.cols)
        bsheet = self.names["breakdown"]
        psheet = self.names["projection"]
        top = last + 3
        font = {"name": "Noto Sans", "size": 9}
        title_font = {"name": "Noto Sans", "size": 11, "bold": True}

        # 1. Month 1 by billing type, stacked per scenario.  Types no scenario uses in
        # any month are left out: ten mostly-empty legend entries hide the ones that matter.
        # Horizontal bars: long "model (key mode)" names read on the category axis.
        by_type = self.wb.add_chart({"type": "bar", "subtype": "stacked"})
        categories = range_ref(bsheet, self.breakdown_header, 2, self.breakdown_header, 1 + n)
        for type_id in BILLING_TYPES:
            used = any(mo.lines[type_id].quantity != 0 for c in self.cols for mo in c.est.months)
            if not used:
                continue
            row = self.credit_rows[type_id]
            by_type.add_series(
                {
                    "name": ref(bsheet, row, 0),
                    "categories": categories,
                    "values": range_ref(bsheet, row, 2, row, 1 + n),
                }
            )
        by_type.set_title({"name": t("chart.by_type"), "name_font": title_font})
        by_type.set_x_axis(
            {
                "name": t("chart.credits_axis"),
                "num_font": font,
                "name_font": font,
                "num_format": "#,##0",
            }
        )
        by_type.set_y_axis({"num_font": font, "reverse": True, "crossing": "max"})
        by_type.set_legend({"position": "bottom", "font": font})
        by_type.set_size({"width": 620, "height": 380})
        ws.insert_chart(top, 0, by_type, {"x_offset": 4, "y_offset": 4})

        # 2. Month 1 totals side by side.
        compare = self.wb.add_chart({"type": "bar"})
        compare.add_series(
            {
                "name": t("summary.month1_credits"),
                "categories": range_ref(sheet, first, 0, last, 0),
                "values": range_ref(sheet, first, 2, last, 2),
                "data_labels": {"value": True, "num_format": "#,##0", "font": font},
                "fill": {"color": "#4472C4"},
            }
        )
        compare.set_title({"name": t("chart.comparison"), "name_font": title_font})
        compare.set_x_axis(
            {
                "name": t("chart.credits_axis"),
                "num_font": font,
                "name_font": font,
                "num_format": "#,##0",
            }
        )
        compare.set_y_axis({"num_font": font, "reverse": True, "crossing": "max"})
        compare.set_legend({"none": True})
        compare.set_size({"width": 620, "height": 380})
        ws.insert_chart(top, 4, compare, {"x_offset": 40, "y_offset": 4})

        # 3. The projection, one line per scenario.
        first_m, last_m = self.projection_rows
        line = self.wb.add_chart({"type": "line"})
        for c in self.cols:
            col = 5 + c.index
            line.add_series(
                {
                    "name": ref(psheet, first_m - 1, col),
                    "categories": range_ref(psheet, first_m, 1, last_m, 1),
                    "values": range_ref(psheet, first_m, col, last_m, col),
                    "marker": {"type": "circle", "size": 4},
                }
            )
        line.set_title({"name": t("chart.projection"), "name_font": title_font})
        line.set_y_axis(
            {
                "name": t("chart.credits_axis"),
                "num_font": font,
                "name_font": font,
                "num_format": "#,##0",
            }
        )
        line.set_x_axis({"num_font": font, "num_format": "yyyy-mm"})
        line.set_legend({"position": "bottom", "font": font})
        line.set_size({"width": 1280, "height": 380})
        ws.insert_chart(top + 20, 0, line, {"x_offset": 4, "y_offset": 4})
