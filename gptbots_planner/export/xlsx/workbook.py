"""Assembles the budget workbook from its sheets, in the order their cells depend on.

Files and Prices depend on nothing; Inputs reads the Files sheet's voice seconds
(each recording is rounded on its own), Breakdown reads Inputs and Prices,
Projection reads all three, Summary reads Breakdown and Projection, the charts
read Summary, Breakdown and Projection.
"""

from __future__ import annotations

import logging
from pathlib import Path

from gptbots_planner.core.catalog import Catalog
from gptbots_planner.core.estimate import Estimate, estimate
from gptbots_planner.core.plan import Plan, PlanError
from gptbots_planner.export.atomic import atomic_write_files
from gptbots_planner.export.safe_text import printable_plan
from gptbots_planner.export.xlsx.book import MAX_MONTHS, Book
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
    book = Book(plan, catalog, estimate(plan, catalog), language, _full_horizon(plan, catalog))
    files = write_files(book)
    inputs = write_inputs(book, files)
    prices = write_prices(book)
    breakdown = write_breakdown(book, inputs, prices)
    projection = write_projection(book, inputs, prices, breakdown)
    summary = write_summary(book, breakdown, projection)
    charts = write_charts(book, summary, breakdown, projection)
    write_notes(book, charts.below)
    return book.close()


def _full_horizon(plan: Plan, catalog: Catalog) -> Estimate | None:
    """The plan over ``MAX_MONTHS``: the cached values of the rows past its horizon.

    None when those months cannot be computed (absurd growth); the workbook then has
    only the horizon's rows and its months cell refuses more."""
    if plan.assumptions["months"] >= MAX_MONTHS:
        return None
    longer = plan.copy()
    longer.set_field("months", MAX_MONTHS)
    try:
        return estimate(longer, catalog)
    except PlanError:
        log.warning("months past the horizon cannot be estimated; exporting the horizon only")
        return None


def write_xlsx(plan: Plan, catalog: Catalog, path: Path, *, language: str = "en") -> None:
    """Write the budget workbook to ``path`` atomically.

    Raises PlanError for a plan that cannot be estimated and an OSError
    (``ExportWriteError``, whose text is one line naming the file and the
    reason) when the target cannot be written; the target is then untouched.
    """
    data = build_xlsx(plan, catalog, language=language)
    atomic_write_files([(Path(path), data)])
    log.info("wrote %s (%d bytes)", path, len(data))
