"""Measuring in the background: scans, re-measures and pasted text, streamed into the table.

The scan is ``measure.scan.scan_paths`` run by one ``Worker``; results come
back through the worker's ``result`` signal (on the GUI thread) as lists
(``ResultBatcher`` gathers them on the scan's thread) and are added to the
plan (``PlanDocument``, which the table follows) a batch at a time (one
``beginInsertRows`` per batch), so a folder of thousands of files never floods
the event loop.

Undoing what a running scan added (its batches are one undo step) cancels the scan:
what it had added goes, what it still reports is dropped, so no batch brings files back
as a new step; Redo puts back the files that had arrived.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from gptbots_planner.core.catalog import Catalog
from gptbots_planner.core.plan import PlanItem
from gptbots_planner.core.plan_paths import is_missing
from gptbots_planner.gui.document import PlanDocument
from gptbots_planner.gui.file_table import FileTableModel
from gptbots_planner.gui.workers import WorkerContext, WorkerHub
from gptbots_planner.gui.workspace import Workspace
from gptbots_planner.measure import tokens
from gptbots_planner.measure.dispatch import Limits, measure_text
from gptbots_planner.measure.records import Measurement
from gptbots_planner.measure.scan import CancelToken, ScanProgress, ScanResult, scan_paths
from gptbots_planner.vocab.roles import ROLES

log = logging.getLogger(__name__)

EMBEDDING_TOKENIZER = "cl100k_base"
FLUSH_MS = 50
# The progress bar and its label repaint at most this often (a QProgressBar repaints at
# once on each new value: ~20 ms of the GUI thread each time).
PROGRESS_MS = 250
# The scan thread sends results on at most this often: the first rows show at once, then
# a batch every BATCH_MS, and once the scan has run RAMP_S seconds every LONG_BATCH_MS
# (each insertion relayouts and repaints the table: work the GUI thread takes from the
# measuring processes on a 2-core machine; a long scan's rows need not arrive 4 times a
# second, its progress bar moves meanwhile).
FIRST_BATCH_MS = 50
BATCH_MS = 250
LONG_BATCH_MS = 1000
RAMP_S = 3.0
# The measuring processes run this much nicer than the window (``Limits.worker_nice``):
# on two cores they otherwise keep both busy and the GUI thread waits for a core (the
# event loop stalled 100-200 ms during a 6,000-file scan; 60-75 ms with them niced).
WORKER_NICE = 10


def plan_tokenizers(document: PlanDocument, catalog: Catalog) -> tuple[str, ...]:
    """The tokenizers of the plan's models, plus the embedding one (cl100k_base), plus the
    samples for the range of an approximated model (``tokens.range_tokenizers``)."""
    wanted: list[str] = []
    approximated = False
    for scenario in document.plan.scenarios:
        model = catalog.llm.get(scenario.model_id)
        if model is not None:
            wanted.append(model.tokenizer)
            approximated = approximated or not model.tokenizer_exact
    wanted.append(EMBEDDING_TOKENIZER)
    if approximated:
        wanted += tokens.range_tokenizers()
    return tuple(name for name in dict.fromkeys(wanted) if tokens.is_known(name))


class ResultBatcher:
    """On the scan's thread: results and progress gathered and sent on in batches.

    A scan of thousands of small (or cached) files finishes hundreds of files a second;
    one queued signal per file and per progress report would each be an event for the GUI
    thread to take, and a backlog of them stalls the window.  Results go out as one list
    at most every ``BATCH_MS`` (the first after ``FIRST_BATCH_MS``) and progress at most
    every ``PROGRESS_MS`` (the first and the last report always), so the GUI thread gets
    about a dozen events a second however fast files finish.
    """

    def __init__(
        self,
        emit_results: Callable[[object], None],
        emit_progress: Callable[[object], None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._emit_results = emit_results
        self._emit_progress = emit_progress
        self._clock = clock
        self._pending: list[Measurement] = []
        self._batches = 0  # sent so far
        self._started_at = self._sent_at = clock()
        self._progress_at: float | None = None
        self._last_progress: ScanProgress | None = None

    def add(self, measurement: Measurement) -> None:
        self._pending.append(measurement)
        now = self._clock()
        if not self._batches:
            wait = FIRST_BATCH_MS
        elif now - self._started_at < RAMP_S:
            wait = BATCH_MS
        else:
            wait = LONG_BATCH_MS
        if now - self._sent_at >= wait / 1000:
            self._send()

    def progress(self, progress: ScanProgress) -> None:
        now = self._clock()
        last = progress.files_done >= progress.files_total
        if last or self._progress_at is None or now - self._progress_at >= PROGRESS_MS / 1000:
            self._progress_at = now
            self._last_progress = None
            self._emit_progress(progress)
        else:
            self._last_progress = progress

    def flush(self) -> None:
        self._send()
        if self._last_progress is not None:
            self._emit_progress(self._last_progress)
            self._last_progress = None

    def _send(self) -> None:
        self._sent_at = self._clock()
        if self._pending:
            batch, self._pending = self._pending, []
            self._batches += 1
            self._emit_results(batch)


class ScanController(QObject):
    """Starts and cancels measuring; one scan at a time (a second one waits in a queue)."""

    scanStarted = Signal()
    scanFinished = Signal(object)  # ScanResult (cancelled or not), or None after an error
    progressed = Signal(object)  # ScanProgress
    failed = Signal(str)

    def __init__(
        self,
        document: PlanDocument,
        model: FileTableModel,
        workspace: Workspace,
        hub: WorkerHub,
        catalog: Catalog,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.model = model
        self.workspace = workspace
        self.hub = hub
        self.catalog = catalog
        # Count PPTX speaker notes (the user's setting; measure's default is on).
        self.speaker_notes = True
        self.cancel_token: CancelToken | None = None
        # (paths, path -> item id being re-measured, forced text encoding or None)
        self._queue: list[tuple[list[Path], dict[str, str], str | None]] = []
        self._buffer: list[Measurement] = []
        self._replacing: dict[str, str] = {}  # path -> item id (re-measure)
        self._stopped = False
        self._undone = False  # the running scan's adding was undone: drop what it reports
        self._shown_at = 0.0  # time.monotonic() of the last progress shown
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FLUSH_MS)
        self._flush_timer.timeout.connect(self._flush)

        document.groupUndone.connect(self._group_undone)
        self.attach(workspace)

    def attach(self, workspace: Workspace) -> None:
        """Take requests from ``workspace`` (a new window after a language switch)."""
        self.workspace = workspace
        workspace.textPasted.connect(self.add_text)
        workspace.removeRequested.connect(self.remove)
        workspace.remeasureRequested.connect(self.remeasure)
        workspace.encodingRequested.connect(self.remeasure)
        workspace.roleRequested.connect(self.set_role)
        workspace.cancelRequested.connect(self.cancel)
        workspace.set_busy(self.busy)

    @property
    def busy(self) -> bool:
        return self.cancel_token is not None

    # --- requests ---------------------------------------------------------------
    def add_paths(self, paths: list[Path]) -> None:
        self._enqueue([Path(p) for p in paths], {})

    def remeasure(self, ids: set[str], encoding: str | None = None) -> None:
        """Measure items again (their files may have changed), optionally as text in ``encoding``."""
        replacing: dict[str, str] = {}
        for item in self.document.plan.items:
            if item.item_id not in ids:
                continue
            if item.text is not None:
                self._remeasure_text(item)
            elif item.measurement.path and not (item.missing and is_missing(item)):
                # a missing file is kept until located, or measured again once it is back
                replacing[item.measurement.path] = item.item_id
        if replacing:
            self.model.set_pending(set(replacing.values()))
            self._enqueue([Path(p) for p in replacing], replacing, encoding)

    def add_text(self, name: str, text: str, role: str) -> None:
        tokenizers = plan_tokenizers(self.document, self.catalog)

        def work(_context: WorkerContext) -> Measurement:
            return measure_text(text, name, tokenizers)

        def done(measurement: object) -> None:
            if isinstance(measurement, Measurement):
                item = PlanItem(measurement, role if role in ROLES else "conversation_sample")
                item.text = text
                self._append([item])

        self.hub.start(work, on_finished=done, on_error=self._error)

    def _remeasure_text(self, item: PlanItem) -> None:
        tokenizers = plan_tokenizers(self.document, self.catalog)
        text = item.text or ""

        def work(_context: WorkerContext) -> Measurement:
            return measure_text(text, item.name, tokenizers)

        def done(measurement: object) -> None:
            # The item as it is now (its role may have changed meanwhile), if it is still there.
            current = self.document.item_by_id(item.item_id)
            if isinstance(measurement, Measurement) and current is not None:
                self._put_back([replace(current, measurement=measurement)])

        self.hub.start(work, on_finished=done, on_error=self._error)

    def remove(self, ids: set[str]) -> None:
        self.document.remove_items(ids)

    def set_role(self, ids: set[str], role: str) -> None:
        self.document.set_role(ids, role)

    def stop(self) -> None:
        """Cancel, and ignore whatever the running scan still reports (the window is closing)."""
        self._stopped = True
        self._flush_timer.stop()
        self.cancel()

    def cancel(self) -> None:
        self._queue.clear()
        if self.cancel_token is not None:
            self.cancel_token.cancel()
            if not self._stopped:
                self.workspace.show_cancelling()

    def _group_undone(self, group: object) -> None:
        """Undo took out what a scan added: if it is the running scan, cancel it and drop
        the rest of its results (the scans queued after it still run)."""
        token = self.cancel_token
        if token is None or group is not token or self._stopped:
            return
        self._undone = True
        self._buffer = []
        self._flush_timer.stop()
        token.cancel()
        self.workspace.show_cancelling()

    # --- the scan ---------------------------------------------------------------
    def _enqueue(
        self, paths: list[Path], replacing: dict[str, str], encoding: str | None = None
    ) -> None:
        self._queue.append((paths, replacing, encoding))
        if not self.busy:
            self._start_next()

    def _start_next(self) -> None:
        if not self._queue:
            return
        paths, replacing, encoding = self._queue.pop(0)
        self._replacing = replacing
        self._undone = False
        token = CancelToken()
        self.cancel_token = token
        tokenizers = plan_tokenizers(self.document, self.catalog)
        speaker_notes = self.speaker_notes

        def work(context: WorkerContext) -> ScanResult:
            batches = ResultBatcher(context.result, context.progress)
            try:
                return scan_paths(
                    paths,
                    tokenizers,
                    progress=batches.progress,
                    cancel=token,
                    on_result=batches.add,
                    encoding=encoding,
                    share_work=False,  # measuring here would stall the window (GIL)
                    limits=Limits(speaker_notes=speaker_notes, worker_nice=WORKER_NICE),
                )
            finally:
                batches.flush()  # emitted before ``finished``: same thread, queued in order

        self.workspace.set_busy(True)
        self.scanStarted.emit()
        self.hub.start(
            work,
            on_progress=self._progress,
            on_result=self._result,
            on_error=self._error,
            on_finished=self._finished,
        )

    def _progress(self, progress: object) -> None:
        if self._stopped or (self.cancel_token is not None and self.cancel_token.cancelled):
            return  # the label says "Cancelling…" until the scan ends
        if isinstance(progress, ScanProgress):
            # Thousands of cached files report within a second: repaint the bar at most
            # every PROGRESS_MS (and for the last file), not once per report.
            now = time.monotonic()
            last = progress.files_done >= progress.files_total
            if last or now - self._shown_at >= PROGRESS_MS / 1000:
                self._shown_at = now
                self.workspace.show_progress(progress)
            self.progressed.emit(progress)

    def _result(self, measurements: object) -> None:
        """A batch of results (a list, from ``ResultBatcher``) or a single one."""
        if self._stopped or self._undone:
            return
        batch = measurements if isinstance(measurements, list) else [measurements]
        self._buffer.extend(m for m in batch if isinstance(m, Measurement))
        if self._buffer and not self._flush_timer.isActive():
            self._flush_timer.start()

    def _error(self, error: object) -> None:
        self.failed.emit(str(error))

    def _finished(self, result: object) -> None:
        if self._stopped:
            return
        self._flush()
        undone, self._undone = self._undone, False
        if self._replacing:
            # Rows whose file gave no result (cancelled) stop saying "Measuring…".
            self.model.set_pending(set(self._replacing.values()), False)
        self._replacing = {}
        # cancelled by the user (or by undo), even when the last files were in by then
        cancelled = self.cancel_token is not None and self.cancel_token.cancelled
        cancelled = cancelled or (isinstance(result, ScanResult) and result.cancelled)
        self.cancel_token = None
        self.workspace.set_busy(bool(self._queue))
        if cancelled:
            self.workspace.show_cancelled(undone)
        self.scanFinished.emit(result if isinstance(result, ScanResult) else None)
        self._start_next()

    def _flush(self) -> None:
        if self._stopped:
            return
        self._flush_timer.stop()
        if self._undone:
            self._buffer = []
            return
        batch, self._buffer = self._buffer, []
        if not batch:
            return
        fresh: list[PlanItem] = []
        renewed: dict[str, PlanItem] = {}  # item id -> its new version
        by_path = {
            i.measurement.path: i.item_id for i in self.document.plan.items if i.text is None
        }
        for measurement in batch:
            # A re-measured file, or one dropped again, replaces its row instead of doubling it.
            replaced_id = self._replacing.pop(measurement.path, None)
            item_id = replaced_id or by_path.get(measurement.path)
            old = None
            if item_id:
                old = renewed.get(item_id) or self.document.item_by_id(item_id)
            if old is None and replaced_id is not None and measurement.path not in by_path:
                # Re-measuring a row the user has since removed (or whose adding was undone):
                # the row stays gone; bringing it back would undo the user's edit.
                continue
            if old is not None:
                renewed[old.item_id] = replace(old, measurement=measurement, missing=False)
            else:
                item = PlanItem.from_measurement(measurement)
                fresh.append(item)
                by_path[measurement.path] = item.item_id
        self._put_back(list(renewed.values()))
        # one undo step for everything this scan adds (its batches merge)
        self.document.add_items(fresh, group=self.cancel_token)
        if fresh:
            self.workspace.reveal(fresh[-1].item_id)

    def _append(self, items: list[PlanItem]) -> None:
        if self._stopped:
            return
        self.document.add_items(items)

    def _put_back(self, items: list[PlanItem]) -> None:
        """New measurements of items in the plan: their rows stop saying "Measuring…"."""
        if self._stopped or not items:
            return
        self.model.set_pending({item.item_id for item in items}, False)
        self.document.update_items(items)
