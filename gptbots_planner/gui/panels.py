"""The results panel and the catalog view, from the results package when it is installed.

``gui.results.ResultsPanel`` and ``gui.catalog_view.CatalogView`` are written
alongside this shell; until they are importable a minimal stand-in keeps the
window usable (the monthly total of the first scenario, from the core).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gptbots_planner.core.catalog import Catalog
from gptbots_planner.core.estimate import Estimate
from gptbots_planner.core.money import fmt_credits
from gptbots_planner.core.plan import Plan

log = logging.getLogger(__name__)


class _FallbackResults(QWidget):
    catalogChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = QLabel()
        self.total.setObjectName("monthlyTotal")
        layout = QVBoxLayout(self)
        layout.addWidget(self.total)
        layout.addStretch(1)

    def set_estimate(
        self, estimate: Estimate | None, plan: Plan, catalog: Catalog, error: str = ""
    ) -> None:
        if estimate is None or not estimate.scenarios:
            self.total.setText(error)
            return
        first = estimate.scenarios[0]
        self.total.setText(self.tr("%1 credits").replace("%1", fmt_credits(first.monthly_total)))


class _FallbackCatalog(QWidget):
    catalogChanged = Signal()

    def set_catalog(self, catalog: Catalog) -> None:
        pass


def make_results_panel(parent: QWidget | None = None) -> QWidget:
    try:
        from gptbots_planner.gui.results import ResultsPanel
    except ImportError:
        log.warning("results panel not installed; showing the monthly total only")
        return _FallbackResults(parent)
    return ResultsPanel(parent)


def make_catalog_view(parent: QWidget | None = None) -> QWidget:
    try:
        from gptbots_planner.gui.catalog_view import CatalogView
    except ImportError:
        log.warning("catalog view not installed")
        return _FallbackCatalog(parent)
    return CatalogView(parent)
