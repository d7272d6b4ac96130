"""The one worker pattern of the app: a QRunnable on one QThreadPool, reporting through signals.

A ``Worker`` runs a plain function off the GUI thread.  The function gets a
``WorkerContext`` whose ``progress(value)`` and ``result(value)`` emit
signals; when it returns, ``finished`` is emitted with its return value; when
it raises, ``error`` carries the exception.  Slots connected to these signals
run on the GUI thread (queued connections), so the background function never
touches a widget (Picard's rule: never access UI from background threads).

``FakeThreadPool`` runs workers synchronously in ``start`` so tests can drive
the same code paths step by step (Picard's ``FakeThreadPool``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    """Signals of one worker; lives on the GUI thread, emitted from the pool thread."""

    progress = Signal(object)
    result = Signal(object)
    error = Signal(object)  # the exception
    finished = Signal(object)  # the function's return value (also after an error: None)


class WorkerContext:
    """What the background function may use: report progress and stream results."""

    def __init__(self, signals: WorkerSignals) -> None:
        self._signals = signals

    def progress(self, value: object) -> None:
        self._signals.progress.emit(value)

    def result(self, value: object) -> None:
        self._signals.result.emit(value)


class Worker(QRunnable):
    """Runs ``function(context)`` on a pool thread."""

    def __init__(self, function: Callable[[WorkerContext], Any]) -> None:
        super().__init__()
        self.function = function
        self.signals = WorkerSignals()
        # The pool must not delete the runnable under Python's feet; Python owns it.
        self.setAutoDelete(False)

    def run(self) -> None:
        context = WorkerContext(self.signals)
        value: Any = None
        try:
            value = self.function(context)
        except Exception as error:  # reported to the GUI, which shows it in words
            log.exception("background task failed")
            self._emit(self.signals.error, error)
        self._emit(self.signals.finished, value)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the signals object is gone (the app is exiting): nobody listens
            log.debug("worker finished after its receiver was deleted")


class Pool(Protocol):
    def start(self, runnable: QRunnable) -> None: ...


class FakeThreadPool:
    """Runs each worker at once on the calling thread (tests)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 - QThreadPool's name
        return True


class WorkerHub:
    """Starts workers on one pool and keeps them alive until they finish."""

    def __init__(self, pool: Pool | None = None) -> None:
        self.pool: Pool = pool if pool is not None else QThreadPool.globalInstance()
        self._running: set[Worker] = set()

    def start(
        self,
        function: Callable[[WorkerContext], Any],
        *,
        on_progress: Callable[[Any], None] | None = None,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_finished: Callable[[Any], None] | None = None,
    ) -> Worker:
        worker = Worker(function)
        signals = worker.signals
        if on_progress is not None:
            signals.progress.connect(on_progress)
        if on_result is not None:
            signals.result.connect(on_result)
        if on_error is not None:
            signals.error.connect(on_error)
        if on_finished is not None:
            signals.finished.connect(on_finished)
        signals.finished.connect(lambda _value, w=worker: self._running.discard(w))
        self._running.add(worker)
        self.pool.start(worker)
        return worker

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 5000) -> bool:
        wait = getattr(self.pool, "waitForDone", None)
        return bool(wait(msecs)) if wait is not None else True
