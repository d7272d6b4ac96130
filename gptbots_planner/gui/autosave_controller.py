"""Autosave while there are unsaved changes: about once a minute, written on the worker pool.

The files and their clean-up rules are in ``recovery``; this adds the timer and
the background write.  A big plan takes seconds to turn into JSON, so the
write runs off the GUI thread on a snapshot.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from gptbots_planner.gui.document import PlanDocument
from gptbots_planner.gui.estimate_controller import snapshot
from gptbots_planner.gui.recovery import AutosaveSession
from gptbots_planner.gui.workers import WorkerContext, WorkerHub

log = logging.getLogger(__name__)

AUTOSAVE_MS = 60_000


class Autosaver(QObject):
    def __init__(
        self,
        document: PlanDocument,
        hub: WorkerHub,
        on_failure: Callable[[str], None],
        interval_ms: int = AUTOSAVE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.hub = hub
        self.on_failure = on_failure
        self.session = AutosaveSession()
        self._writing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.write)
        document.changed.connect(self._changed)

    def _changed(self) -> None:
        if self.document.dirty and not self._timer.isActive():
            self._timer.start()

    def write(self) -> None:
        """Write this session's autosave now (in the background), if there is anything to keep."""
        if not self.document.dirty or self._writing:
            return
        plan, path, session = snapshot(self.document.plan), self.document.path, self.session
        self._writing = True

        def work(_context: WorkerContext) -> None:
            session.write(plan, path)

        def failed(error: Exception) -> None:
            log.warning("autosave failed: %s", error)
            self.on_failure(str(error))

        def done(_value: object) -> None:
            self._writing = False
            if not self.document.dirty:
                session.clear()  # saved while the autosave was being written

        self.hub.start(work, on_error=failed, on_finished=done)

    def clear(self) -> None:
        """The plan is saved (or dropped, or the app exits cleanly): no autosave to keep."""
        self._timer.stop()
        self.session.clear()
