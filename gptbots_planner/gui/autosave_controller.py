"""Autosave soon after every change: debounced, written on the worker pool.

The files and their clean-up rules are in ``recovery``; this adds the timers and the
background write.  A write starts :data:`DEBOUNCE_MS` after the last change, and at the
latest :data:`MAX_WAIT_MS` after the first unsaved one, so steady typing still saves
every few seconds and a crash loses only the last moments.  A big plan takes seconds
to turn into JSON, so the write runs off the GUI thread on a snapshot; a change made
while it runs schedules the next write.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from gptbots_planner.core.plan import PlanError
from gptbots_planner.gui.document import PlanDocument
from gptbots_planner.gui.estimate_controller import snapshot
from gptbots_planner.gui.recovery import AutosaveSession, find_autosaves, set_aside
from gptbots_planner.gui.texts import render_message
from gptbots_planner.gui.workers import WorkerContext, WorkerHub

log = logging.getLogger(__name__)

DEBOUNCE_MS = 2_000  # quiet time after the last edit
MAX_WAIT_MS = 10_000  # the longest an unsaved edit waits during continuous editing
AUTOSAVE_MS = DEBOUNCE_MS  # the name callers pass the debounce under


class Autosaver(QObject):
    def __init__(
        self,
        document: PlanDocument,
        hub: WorkerHub,
        on_failure: Callable[[str], None],
        interval_ms: int = DEBOUNCE_MS,
        parent: QObject | None = None,
        max_wait_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.hub = hub
        self.on_failure = on_failure
        self.session = AutosaveSession()
        self._writing = False
        self._pending = False  # changed while a write was running
        self._debounce = self._single_shot(interval_ms)
        wait = max_wait_ms if max_wait_ms is not None else max(MAX_WAIT_MS, interval_ms)
        self._max_wait = self._single_shot(wait)
        document.changed.connect(self._changed)
        document.dirtyChanged.connect(self._dirty_changed)

    def _dirty_changed(self, dirty: bool) -> None:
        if not dirty:  # saved, or undone back to the saved plan: nothing to recover
            self.clear()

    def offer_recovery(self, prompts: Any) -> bool:
        """Offer autosaves of sessions that ended without saving; True when one was taken
        (it becomes this session's, unsaved, until the user saves it)."""
        autosaves = find_autosaves(exclude=self.session.session)
        if not autosaves:
            return False
        choice, index = prompts.ask_recover(autosaves)
        if choice == "discard":
            for autosave in autosaves:
                autosave.discard()
            return False
        if choice != "recover" or not 0 <= index < len(autosaves):
            return False  # dialog closed: keep them, ask again next time
        chosen = autosaves[index]
        try:
            plan = chosen.load()  # files not where it says are marked missing, as on opening
        except PlanError as error:
            # Set aside, so a damaged autosave does not stop every later start.
            prompts.error(
                QCoreApplication.translate("AppController", "Recovery failed"),
                render_message(set_aside(chosen, error)),
            )
            return False
        original = Path(chosen.original_path) if chosen.original_path else None
        self.document.replace(plan, original, dirty=True)
        chosen.discard()
        self.write()  # now this session's; it stays until saved
        return True

    def _single_shot(self, ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(self.write)
        return timer

    def _changed(self) -> None:
        if not self.document.dirty:
            return
        if self._writing:
            self._pending = True
        self._debounce.start()  # (re)start: DEBOUNCE_MS after the last change
        if not self._max_wait.isActive():
            self._max_wait.start()

    def write(self) -> None:
        """Write this session's autosave now (in the background), if there is anything to keep."""
        self._debounce.stop()
        self._max_wait.stop()
        if not self.document.dirty:
            return
        if self._writing:
            self._pending = True
            return
        plan, path, session = snapshot(self.document.plan), self.document.path, self.session
        self._writing = True
        self._pending = False

        def work(_context: WorkerContext) -> None:
            session.write(plan, path)

        def failed(error: Exception) -> None:
            log.warning("autosave failed: %s", error)
            self.on_failure(str(error))

        def done(_value: object) -> None:
            self._writing = False
            if not self.document.dirty:
                session.clear()  # saved while the autosave was being written
            elif self._pending:
                self._pending = False
                self._changed()  # what changed meanwhile goes out after the next quiet time

        self.hub.start(work, on_error=failed, on_finished=done)

    def clear(self) -> None:
        """The plan is saved (or dropped): no autosave to keep."""
        self._debounce.stop()
        self._max_wait.stop()
        self._pending = False
        self.session.clear()

    def close(self) -> None:
        """A clean exit: no autosave and no session lock left behind."""
        self.clear()
        self.session.close()
