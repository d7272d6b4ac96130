"""Re-estimating after every change: debounced, on the worker pool, newest result wins.

The estimate is the core's (``core.estimate.estimate``); the GUI computes no
price.  It runs on the pool because counting a pasted text with a tokenizer
not yet loaded can take a second, and big plans take tens of milliseconds.
Each run works on a snapshot of the plan, so the user can keep typing; a
result older than the newest request is dropped.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from gptbots_planner.core.catalog import Catalog, CatalogError
from gptbots_planner.core.estimate import Estimate, estimate
from gptbots_planner.core.plan import Plan, PlanError
from gptbots_planner.gui.document import PlanDocument
from gptbots_planner.gui.texts import error_text
from gptbots_planner.gui.workers import WorkerContext, WorkerHub

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150
# While a scan adds rows, the estimate follows at most this often (and at once when the
# scan ends): showing one costs the GUI thread ~0.1-0.3 s on a big plan (the results
# tabs, the charts), CPU the measuring processes need on a 2-core machine.
SCANNING_INTERVAL_MS = 2000


def snapshot(plan: Plan) -> Plan:
    """A copy the worker can read while the GUI edits the original.

    The item list is copied, not the items: the GUI never edits an item in place (a role
    change or a re-measure puts a new PlanItem in the list), so sharing them is safe and
    a 20,000-item plan snapshots in well under a millisecond.
    """
    return replace(
        plan,
        items=list(plan.items),
        assumptions=dict(plan.assumptions),
        overrides=dict(plan.overrides),
        scenarios=list(plan.scenarios),
        components=list(plan.components),
        services=replace(plan.services),
        settings=replace(plan.settings),
    )


class EstimateController(QObject):
    estimated = Signal(object, object, object, str)  # Estimate | None, Plan, Catalog, error

    def __init__(
        self,
        document: PlanDocument,
        hub: WorkerHub,
        catalog: Catalog,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.hub = hub
        self.catalog = catalog
        self.latest: Estimate | None = None
        self._stopped = False
        self._generation = 0
        self._scanning = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)
        document.changed.connect(self.schedule)

    def stop(self) -> None:
        """No more estimates: results still on their way are dropped (the window is closing)."""
        self._timer.stop()
        self._generation += 1
        self._stopped = True

    def set_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.schedule()

    def set_scanning(self, scanning: bool) -> None:
        """A scan runs (estimates follow every ``SCANNING_INTERVAL_MS``) or has ended (an
        estimate waiting for its turn comes at once)."""
        self._scanning = scanning
        if not scanning and self._timer.isActive():
            self._timer.start(DEBOUNCE_MS)

    @property
    def pending(self) -> bool:
        """An estimate is scheduled and not yet started."""
        return self._timer.isActive()

    def schedule(self) -> None:
        if self._stopped:
            return
        if self._scanning:
            # Not restarted by each batch of rows: one estimate per interval, not one
            # when the scan stops adding.
            if not self._timer.isActive():
                self._timer.start(SCANNING_INTERVAL_MS)
            return
        self._timer.start(DEBOUNCE_MS)

    def run_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        plan = snapshot(self.document.plan)
        catalog = self.catalog

        def work(_context: WorkerContext) -> tuple[Estimate | None, Exception | None]:
            try:
                return estimate(plan, catalog), None
            except (PlanError, CatalogError) as error:
                return None, error  # put into words on the GUI thread, in the UI's language

        def done(value: Any) -> None:
            if generation != self._generation or not isinstance(value, tuple):
                return  # a newer request is on its way
            result, error = value
            self.latest = result
            self.estimated.emit(result, plan, catalog, error_text(error) if error else "")

        def failed(error: Exception) -> None:
            if generation == self._generation:
                self.latest = None
                self.estimated.emit(None, plan, catalog, str(error))

        self.hub.start(work, on_finished=done, on_error=failed)
