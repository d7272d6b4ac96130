"""Assembles the budget workbook from its sheets, in the order their cells depend on.

Inputs and Prices depend on nothing; Breakdown reads their cells, Projection
reads all three, Summary reads Breakdown and Projection, the charts read
Summary, Breakdown and Projection.  Files stands alone; it is written before
Summary so the workbook's shared strings keep one stable order.
"""

from __future__ import annotations

import logging
from pathlib import Path

from gptbots_planner.core.catalog import Catalog
from gptbots_planner.core.estimate import estimate
from gptbots_planner.core.plan import Plan
from gptbots_planner.export.atomic import atomic_write_files
from gptbots_planner.export.safe_text import printable_plan
from gptbots_planner.export.xlsx.book import Book
from gptbots_planner.export.xlsx.breakdown import write_breakdown
from gptbots_planner.export.xlsx.charts import write_charts
from gptbots_planner.export.xlsx.files import write_files
from gptbots_planner.export.xlsx.inputs import write_inputs
from gptbots_planner.export.xlsx.prices import write_prices
from gptbots_planner.export.xlsx.projection import write_projection
from gptbots_planner.export.xlsx.summary import write_notes, write_summary

log = logging.getLogger(__name__)


def build_xlsx(plan: Plan, catalog: Catalog, *, language: str = "en") -> bytes:
    """The workbook's bytes (raises PlanError when the plan cannot be estimated)."""
    plan = printable_plan(plan)  # names a spreadsheet can hold (undecodable bytes as \xNN)
    book = Book(plan, catalog, estimate(plan, catalog), language)
    inputs = write_inputs(book)
    prices = write_prices(book)
    breakdown = write_breakdown(book, inputs, prices)
    projection = write_projection(book, inputs, prices, breakdown)
    write_files(book)
    summary = write_summary(book, breakdown, projection)
    charts = write_charts(book, summary, breakdown, projection)
    write_notes(book, charts.below)
    return book.close()


def write_xlsx(plan: Plan, catalog: Catalog, path: Path, *, language: str = "en") -> None:
    """Write the budget workbook to ``path`` atomically.

    Raises PlanError for a plan that cannot be estimated and an OSError
    (``ExportWriteError``, whose text is one line naming the file and the
    reason) when the target cannot be written; the target is then untouched.
    """
    data = build_xlsx(plan, catalog, language=language)
    atomic_write_files([(Path(path), data)])
    log.info("wrote %s (%d bytes)", path, len(data))
