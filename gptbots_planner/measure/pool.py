"""Measure batches of files on spawned worker processes, the scanning process helping.

tiktoken releases the GIL while it encodes, but the Python around each file (reading,
decoding, statistics) holds it, so threads reach ~1.5x on two cores where processes
reach ~2x (docs/NOTES.md): the work goes to processes, which run ``worker.measure_batch``
(each file within its time limit, each process within its memory limit).  The scanning
process measures plain-text batches itself meanwhile (unless told not to).

How the workers start: spawned (a fresh interpreter: safe next to Qt and other threads,
and the only way on macOS and Windows), or, on Linux, forked when the scanning process
runs a single thread and shares the work (the command line).  A forked worker inherits
the modules and the vocabularies this process has loaded, so it measures at once instead
of spending ~0.4 s of a core on imports and vocabularies.  Only the first executor of a
scan is forked: one started again after a worker died (threads of the broken one may still
be running) is spawned.

A worker that dies (a native crash, SIGKILL, the out-of-memory killer, its watchdog)
breaks the whole executor, and every batch in flight fails with it.  The files that were
in progress at that moment (each worker keeps the number of its current file in a shared
slot) are the suspects: they are measured again one at a time with nothing else in
flight, so a death then names its file, which gets an error row.  The other files of the
failed batches are simply measured again.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path

from gptbots_planner.measure import dispatch, worker
from gptbots_planner.measure.batching import make_batches, safe_here, worker_count
from gptbots_planner.measure.errors import MeasureCancelled
from gptbots_planner.measure.listing import Entry
from gptbots_planner.measure.progress import ScanRun, on_file_bytes
from gptbots_planner.measure.records import Measurement
from gptbots_planner.measure.tokens import get_encoding
from gptbots_planner.vocab.messages import message

log = logging.getLogger(__name__)

# How often the parent wakes up to check the cancel token while workers run.
POLL_S = 0.1

# A file that was in flight when workers died this many times gets an error row even when
# it never was the one in progress (a worker that dies between files, at start-up...).
MAX_FAILURES = 3


def run_pool(
    entries: Sequence[Entry],
    tokenizers: tuple[str, ...],
    encoding: str | None,
    limits: dispatch.Limits,
    n_jobs: int,
    run: ScanRun,
    share_work: bool = True,
) -> bool:
    """Measure ``entries`` on worker processes plus this process (on text batches only,
    and only with ``share_work``); results go to ``run``.  True when cancelled.

    The scanning process starts measuring at once instead of idling while workers
    spawn and load the vocabularies, and it takes the place of one worker.
    """
    batches = make_batches(entries)  # biggest first
    # The scanning process itself only measures plain text: PDF and zip parsing and the
    # image/audio readers run native code on hostile bytes, and a crash there must take a
    # worker down, not the app.  (By name here; ``safe_here`` checks the content when the
    # batch is taken.)
    may_take = [share_work and b.text for b in batches]
    n_workers = worker_count(batches, may_take, n_jobs)
    queue: deque[list[Entry]] = deque(b.entries for b in batches)
    # Keyed by id(): batches are lists; a retried file's batch is never takeable.
    takeable = {id(b.entries): may for b, may in zip(batches, may_take, strict=True)}
    fork = share_work and may_fork()
    return _Pool(queue, takeable, n_workers, (tokenizers, encoding, limits), run, fork).run()


def may_fork() -> bool:
    """Whether this process may fork its workers: Linux, and no thread but this one (a
    fork copies only the calling thread, so a lock another thread holds would stay locked
    in the child for ever).  The threads are counted by the kernel, so native ones (a
    tokenizer library's pool, Qt's) count too."""
    if not sys.platform.startswith("linux"):
        return False
    if "fork" not in multiprocessing.get_all_start_methods():
        return False  # pragma: no cover - every Linux build has it
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


class _Pool:
    """The batches still to do, the ones in flight, and the executor, while a pool runs."""

    def __init__(
        self,
        queue: deque[list[Entry]],
        takeable: dict[int, bool],
        n_workers: int,
        how: tuple[tuple[str, ...], str | None, dispatch.Limits],
        run: ScanRun,
        fork_first: bool = False,
    ) -> None:
        self.queue = queue
        self.takeable = takeable
        self.n_workers = n_workers
        self.tokenizers, self.encoding, self.limits = how
        self.scan = run
        # Fork the first executor's workers (``may_fork``, decided by ``run_pool``).
        self.fork_first = fork_first
        self.shared: worker.Shared | None = None
        self.numbers: dict[str, int] = {}  # path -> its number in the workers' slots
        self.by_number: list[Entry] = []
        self.failures: dict[str, int] = {}
        self.given_up: set[str] = set()
        # Files in progress when a worker died: measured one at a time, nothing beside them.
        self.suspects: deque[Entry] = deque()
        self.isolated: Future[list[Measurement] | None] | None = None  # a suspect's batch
        self.executor: ProcessPoolExecutor | None = None
        self.pending: dict[Future[list[Measurement] | None], list[Entry]] = {}
        self.cancelled = False
        # Batches in flight per worker.  Two when this process measures too (it refills
        # between its own files); three when it only hands out work: in the window its
        # thread shares the GIL with the GUI thread and may answer late.
        self.queued_per_worker = 2 if any(takeable.values()) else 3

    def run(self) -> bool:
        on_file_bytes(self.scan.in_file)  # a big file measured here reports its position
        try:
            while self.queue or self.pending or self.suspects:
                if self.scan.should_stop():
                    self.cancelled = True
                    break
                executor = self.executor or self._start()
                self._feed(executor)
                own = self._pop_takeable()
                if own is not None:
                    if not self._measure_here(own):
                        self.cancelled = True
                        break
                    done = {f for f in self.pending if f.done()}
                else:
                    done, _ = wait(list(self.pending), timeout=POLL_S, return_when=FIRST_COMPLETED)
                if self._collect(done):
                    # A broken pool fails every later submit: start a fresh one.
                    executor.shutdown(wait=False, cancel_futures=True)
                    self.executor = None
                self._report_workers()
        finally:
            on_file_bytes(None)
            if self.executor is not None:
                if (self.cancelled or self.pending) and self.shared is not None:
                    # Workers poll this between 1 MB chunks, so they stop within a fraction
                    # of a second even in the middle of a huge file.
                    self.shared.stop.set()
                self.executor.shutdown(wait=True, cancel_futures=True)
        return self.cancelled

    def _start(self) -> ProcessPoolExecutor:
        fork = self.fork_first and self.shared is None  # only the first executor
        if fork:
            for name in self.tokenizers:
                get_encoding(name)  # loaded here once, inherited by every forked worker
        ctx = multiprocessing.get_context("fork" if fork else "spawn")
        # Fresh shared objects for each executor (made by its context: a forked and a
        # spawned child receive them differently); the processes of a broken one may still
        # be ending.  ``gave_up``: paths a worker's watchdog gave up on before ending it.
        self.shared = worker.Shared(
            ctx.Event(),
            ctx.SimpleQueue(),
            ctx.RawArray("q", self.n_workers + 1),
            ctx.Value("i", 0),
            ctx.RawArray("q", self.n_workers + 1),
        )
        self.executor = ProcessPoolExecutor(
            max_workers=self.n_workers,
            mp_context=ctx,
            initializer=worker.init,
            initargs=(
                self.shared,
                self.tokenizers,
                self.limits.worker_memory_bytes,
                self.limits.worker_nice,
            ),
        )
        return self.executor

    def _submit(
        self, executor: ProcessPoolExecutor, batch: list[Entry]
    ) -> Future[list[Measurement] | None]:
        files = [(e.path, e.size, self._number(e)) for e in batch]
        future = executor.submit(
            worker.measure_batch, files, self.tokenizers, self.encoding, self.limits
        )
        self.pending[future] = batch
        return future

    def _number(self, e: Entry) -> int:
        number = self.numbers.get(e.path)
        if number is None:
            number = self.numbers[e.path] = len(self.by_number)
            self.by_number.append(e)
        return number

    def _feed(self, executor: ProcessPoolExecutor) -> None:
        if self.suspects or self.isolated in self.pending:
            # One suspect at a time and nothing beside it: a death then names its file.
            if self.suspects and not self.pending:
                self.isolated = self._submit(executor, [self.suspects.popleft()])
            return
        # Keep each worker fed with a few batches; the rest stays here so this process
        # can take batches from the other (small-files) end.
        while self.queue and len(self.pending) < self.queued_per_worker * self.n_workers:
            self._submit(executor, self.queue.popleft())

    def _pop_takeable(self) -> list[Entry] | None:
        """The smallest batch this process may measure itself, taken off the queue."""
        for index in range(len(self.queue) - 1, -1, -1):
            if self.takeable[id(self.queue[index])]:
                batch = self.queue[index]
                del self.queue[index]
                return batch
        return None

    def _measure_here(self, batch: list[Entry]) -> bool:
        """Measure ``batch`` in this process; False when cancelled part-way.  A file whose
        first bytes are not plain text (a PDF named .txt) goes to a worker instead."""
        mine = [e for e in batch if safe_here(e)]
        if len(mine) < len(batch):
            kept = {e.path for e in mine}
            theirs = [e for e in batch if e.path not in kept]
            self.takeable[id(theirs)] = False
            self.queue.appendleft(theirs)
        measured: list[Measurement] = []
        try:
            for e in mine:
                self._refill()
                measured.append(
                    dispatch.measure_file(
                        Path(e.path),
                        self.tokenizers,
                        self.encoding,
                        limits=self.limits,
                        should_stop=self.scan.should_stop,
                    )
                )
        except MeasureCancelled:
            return False
        self._take(mine, measured)
        return True

    def _report_workers(self) -> None:
        """The bytes the workers have read of the (big) files they are measuring."""
        if self.shared is not None and self.pending:
            self.scan.workers_in_files(sum(self.shared.partial))

    def _refill(self) -> None:
        """Between this process's own files: take the workers' finished batches and send
        them more, so a worker never waits for this process to finish a batch."""
        self._report_workers()
        if self.executor is None or not any(f.done() for f in self.pending):
            return
        if self._collect({f for f in self.pending if f.done()}):
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = None  # ``run`` starts a fresh one
        elif not self.scan.should_stop():
            self._feed(self.executor)

    def _take(self, batch: list[Entry], measured: list[Measurement]) -> None:
        for e, m in zip(batch, measured, strict=True):
            self.scan.add(m, e.size, fresh=True)
            self.scan.report(e.path)

    def _collect(self, done: set[Future[list[Measurement] | None]]) -> bool:
        """Take the results of finished batches; True when a worker died (the pool is
        broken)."""
        failed: list[list[Entry]] = []
        error: BaseException | None = None
        if done and self.shared is not None:
            # A finished batch's files are counted whole now; its worker cleared its slot
            # before returning, so the partial bytes must not count them a second time.
            self.scan.partial_workers = sum(self.shared.partial)
        for fut in done:
            batch = self.pending.pop(fut)
            try:
                result = fut.result()
            except Exception as exc:
                failed.append(batch)
                error = exc
                continue
            if result is None:
                continue
            self._take(batch, result)
            if self.scan.should_stop():
                break  # leave the other finished batches: the user asked to stop
        if error is None:
            return False
        # Every batch still in flight fails with the broken pool (some may have finished
        # just before): take them all now.
        for fut, batch in list(self.pending.items()):
            result = None
            if fut.done() and not fut.cancelled() and fut.exception() is None:
                result = fut.result()
            if result is not None:
                self._take(batch, result)
            else:
                failed.append(batch)
        self.pending.clear()
        self._workers_failed(failed, error)
        return True

    def _in_progress(self) -> set[str]:
        """Paths the workers were measuring when the pool broke (from their slots)."""
        slots = self.shared.slots if self.shared is not None else []
        return {self.by_number[n - 1].path for n in slots if 0 < n <= len(self.by_number)}

    def _workers_failed(self, batches: list[list[Entry]], exc: BaseException) -> None:
        # A worker died (a crash in a native library, killed, out of memory, its watchdog).
        log.warning("a measuring process failed (%s); measuring its files again", exc)
        gave_up = self.shared.gave_up if self.shared is not None else None
        while gave_up is not None and not gave_up.empty():
            self.given_up.add(gave_up.get())
        in_progress = self._in_progress()
        alone = len(batches) == 1 and len(batches[0]) == 1  # a suspect measured alone
        again: list[Entry] = []
        for e in (e for batch in batches for e in batch):
            self.failures[e.path] = self.failures.get(e.path, 0) + 1
            if e.path in self.given_up:
                seconds = self.limits.time_limit(e.size)
                self.scan.add(worker.gave_up_row(e.path, e.size, seconds), e.size, fresh=True)
            elif alone or self.failures[e.path] >= MAX_FAILURES:
                self.scan.add(_worker_crash(e, exc), e.size, fresh=True)
            elif e.path in in_progress:
                self.suspects.append(e)
            else:
                again.append(e)
        if again:
            self.takeable[id(again)] = False  # was in a worker that died: keep it in one
            self.queue.appendleft(again)


def _worker_crash(e: Entry, exc: BaseException) -> Measurement:
    return Measurement(
        path=e.path,
        name=os.path.basename(e.path),
        kind="error",
        size_bytes=e.size,
        mtime_ns=e.mtime_ns,
        error_message=message("worker_failed", exception=type(exc).__name__),
    )
