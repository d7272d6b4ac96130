"""Measure batches of files on spawned worker processes, the scanning process helping.

tiktoken holds the GIL for most of its time, so threads gain little: the work goes to
processes, spawned (not forked: safe next to Qt and other threads).  The scanning
process measures plain-text batches itself meanwhile (unless told not to), and a
worker that dies takes only its batch with it: those files are retried one per batch,
and a file that fails alone twice gets an error row.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from multiprocessing.queues import SimpleQueue
from pathlib import Path

from gptbots_planner.measure import dispatch
from gptbots_planner.measure.batching import (
    make_batches,
    parent_may_take,
    safe_here,
    worker_count,
)
from gptbots_planner.measure.errors import MeasureCancelled
from gptbots_planner.measure.listing import Entry
from gptbots_planner.measure.progress import ScanRun
from gptbots_planner.measure.records import Measurement
from gptbots_planner.measure.tokens import get_encoding
from gptbots_planner.vocab.messages import message

log = logging.getLogger(__name__)

# How often the parent wakes up to check the cancel token while workers run.
POLL_S = 0.1

# --- In a worker process ------------------------------------------------------------------

# Test hook (never set in use): "exit:NAME", "kill:NAME", "sleep:NAME" or "hang:NAME" makes
# the worker measuring a file named NAME exit, die of SIGKILL, sleep (a slow reader the
# timer interrupts) or block the timer's signal and sleep (stuck in native code).
TEST_HOOK_ENV = "GPTBOTS_PLANNER_TEST_WORKER_HOOK"
# A file still running this long after its time limit (native code that ignores the timer
# signal) ends its worker process: the pool records it as given up and starts a new one.
WATCHDOG_GRACE_S = 2.0
WATCHDOG_EXIT_CODE = 75


class FileTimeLimit(BaseException):
    """Raised by the timer signal in a worker: the file ran past its time limit.  A
    BaseException, so the readers' ``except Exception`` cannot swallow it."""


_worker_stop: threading.Event | None = None  # in a worker process: the shared cancel event
_gave_up: SimpleQueue[str] | None = None  # in a worker: paths the watchdog gave up on
_current: tuple[str, float] | None = None  # in a worker: (path, deadline) being measured
_hook: tuple[str, str] | None = None


def _worker_init(
    stop_event: object, tokenizers: Sequence[str], memory_bytes: int, gave_up: object
) -> None:
    global _worker_stop, _gave_up, _hook
    _worker_stop = stop_event  # type: ignore[assignment]
    _gave_up = gave_up  # type: ignore[assignment]
    # Ctrl+C goes to the whole process group; the parent handles it and stops the workers
    # through the event, so workers must not die with their own KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _limit_memory(memory_bytes)
    if hasattr(signal, "SIGALRM"):
        signal.signal(signal.SIGALRM, _on_alarm)
    threading.Thread(target=_watchdog, name="file-time-limit", daemon=True).start()
    hook = os.environ.get(TEST_HOOK_ENV, "")
    if ":" in hook:
        action, name = hook.split(":", 1)
        _hook = (action, name)
    for name in tokenizers:
        get_encoding(name)  # load the vocabulary once, before the first batch


def _limit_memory(memory_bytes: int) -> None:
    if not sys.platform.startswith("linux") or memory_bytes <= 0:
        return  # macOS does not enforce RLIMIT_AS; Windows has no setrlimit
    import resource

    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError) as exc:
        log.info("cannot limit the worker's memory (%s)", exc)


def _on_alarm(_signum: int, _frame: object) -> None:
    raise FileTimeLimit


def _watchdog() -> None:
    """The hard time limit, for a reader stuck where the timer signal cannot reach it."""
    while True:
        time.sleep(0.2)
        current = _current
        if current is not None and time.monotonic() > current[1] + WATCHDOG_GRACE_S:
            if _gave_up is not None:
                _gave_up.put(current[0])  # written through the pipe before we go
            os._exit(WATCHDOG_EXIT_CODE)


def _worker_should_stop() -> bool:
    return _worker_stop is not None and _worker_stop.is_set()


def _run_hook(path: str) -> None:
    if _hook is None or os.path.basename(path) != _hook[1]:
        return
    action = _hook[0]
    if action == "exit":
        os._exit(3)
    elif action == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    elif action == "hang" and hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(3600)
    elif action in ("sleep", "hang"):
        time.sleep(3600)


def _measure_limited(
    path: str, size: int, tokenizers: tuple[str, ...], encoding: str | None, limits: dispatch.Limits
) -> Measurement:
    """``measure_file`` within the file's time limit (the timer signal where there is one,
    the watchdog thread everywhere)."""
    global _current
    seconds = limits.time_limit(size)
    _current = (path, time.monotonic() + seconds)
    try:
        try:
            if hasattr(signal, "setitimer"):
                signal.setitimer(signal.ITIMER_REAL, seconds)
            _run_hook(path)
            return dispatch.measure_file(
                Path(path), tokenizers, encoding, limits=limits, should_stop=_worker_should_stop
            )
        finally:
            if hasattr(signal, "setitimer"):
                signal.setitimer(signal.ITIMER_REAL, 0)
            _current = None
    except FileTimeLimit:
        log.warning("gave up on %r after %.0f s", path, seconds)
        return gave_up_row(path, size, seconds)


def _measure_batch(
    files: list[tuple[str, int]],
    tokenizers: tuple[str, ...],
    encoding: str | None,
    limits: dispatch.Limits,
) -> list[Measurement] | None:
    """Runs in a worker process.  None: stopped by the cancel event."""
    out = []
    for path, size in files:
        if _worker_should_stop():
            return None
        try:
            out.append(_measure_limited(path, size, tokenizers, encoding, limits))
        except MeasureCancelled:
            return None
    return out


def gave_up_row(path: str, size: int, seconds: float) -> Measurement:
    """The error row of a file that ran past its time limit."""
    try:
        mtime_ns = os.stat(path).st_mtime_ns
    except OSError:
        mtime_ns = 0
    return Measurement(
        path=path,
        name=os.path.basename(path),
        kind="error",
        size_bytes=size,
        mtime_ns=mtime_ns,
        error_message=message("gave_up_after", seconds=f"{seconds:,.0f}"),
    )


# --- In the scanning process ---------------------------------------------------------------


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
    queue: deque[list[Entry]] = deque(make_batches(entries))  # biggest first
    # Keyed by id(): batches are lists; a retried file's batch is never takeable.
    takeable = {id(b): share_work and parent_may_take(b) for b in queue}
    n_workers = worker_count(queue, [takeable[id(b)] for b in queue], n_jobs)
    return _Pool(queue, takeable, n_workers, (tokenizers, encoding, limits), run).run()


class _Pool:
    """The batches still to do, the ones in flight, and the executor, while a pool runs."""

    def __init__(
        self,
        queue: deque[list[Entry]],
        takeable: dict[int, bool],
        n_workers: int,
        how: tuple[tuple[str, ...], str | None, dispatch.Limits],
        run: ScanRun,
    ) -> None:
        self.queue = queue
        self.takeable = takeable
        self.n_workers = n_workers
        self.tokenizers, self.encoding, self.limits = how
        self.scan = run
        self.ctx = multiprocessing.get_context("spawn")
        self.stop = self.ctx.Event()
        # Paths a worker's watchdog gave up on just before ending that worker.
        self.gave_up: SimpleQueue[str] = self.ctx.SimpleQueue()
        self.failures: dict[str, int] = {}
        self.given_up: set[str] = set()
        self.executor: ProcessPoolExecutor | None = None
        self.pending: dict[Future[list[Measurement] | None], list[Entry]] = {}
        self.cancelled = False

    def run(self) -> bool:
        try:
            while self.queue or self.pending:
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
        finally:
            if self.executor is not None:
                if self.cancelled or self.pending:
                    # Workers poll this between 1 MB chunks, so they stop within a fraction
                    # of a second even in the middle of a huge file.
                    self.stop.set()
                self.executor.shutdown(wait=True, cancel_futures=True)
        return self.cancelled

    def _start(self) -> ProcessPoolExecutor:
        self.executor = ProcessPoolExecutor(
            max_workers=self.n_workers,
            mp_context=self.ctx,
            initializer=_worker_init,
            initargs=(self.stop, self.tokenizers, self.limits.worker_memory_bytes, self.gave_up),
        )
        return self.executor

    def _feed(self, executor: ProcessPoolExecutor) -> None:
        # Keep each worker fed with two batches; the rest stays here so this process
        # can take batches from the other (small-files) end.
        while self.queue and len(self.pending) < 2 * self.n_workers:
            batch = self.queue.popleft()
            files = [(e.path, e.size) for e in batch]
            future = executor.submit(
                _measure_batch, files, self.tokenizers, self.encoding, self.limits
            )
            self.pending[future] = batch

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
        theirs = [e for e in batch if e not in mine]
        if theirs:
            self.takeable[id(theirs)] = False
            self.queue.appendleft(theirs)
        if not mine:
            return True
        batch = mine
        measured: list[Measurement] = []
        try:
            for e in batch:
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
        self._take(batch, measured)
        return True

    def _take(self, batch: list[Entry], measured: list[Measurement]) -> None:
        for e, m in zip(batch, measured, strict=True):
            self.scan.add(m, e.size, fresh=True)
            self.scan.report(e.path)

    def _collect(self, done: set[Future[list[Measurement] | None]]) -> bool:
        """Take the results of finished batches; True when a worker died (the pool is
        broken)."""
        broken = False
        for fut in done:
            batch = self.pending.pop(fut)
            try:
                result = fut.result()
            except Exception as exc:
                broken = True
                self._worker_failed(batch, exc)
                continue
            if result is None:
                continue
            self._take(batch, result)
            if self.scan.should_stop():
                break  # leave the other finished batches: the user asked to stop
        return broken

    def _worker_failed(self, batch: list[Entry], exc: Exception) -> None:
        # A worker died (a crash in a native library, killed, out of memory). The pool is
        # then broken and every batch in flight fails with it, so retry them one file per
        # batch; a file that fails twice alone is the culprit and gets an error row.
        log.warning("a measuring process failed (%s); retrying", exc)
        given_up = self._drain_gave_up()
        for e in batch:
            if e.path in given_up:
                seconds = self.limits.time_limit(e.size)
                self.scan.add(gave_up_row(e.path, e.size, seconds), e.size, fresh=True)
                continue
            self.failures[e.path] = self.failures.get(e.path, 0) + (len(batch) == 1)
            if self.failures[e.path] >= 2:
                self.scan.add(_worker_crash(e, exc), e.size, fresh=True)
            else:
                retry = [e]
                self.takeable[id(retry)] = False  # crashed once: keep it in a worker
                self.queue.append(retry)

    def _drain_gave_up(self) -> set[str]:
        """Paths the watchdogs gave up on since the last call (kept for later batches)."""
        while not self.gave_up.empty():
            self.given_up.add(self.gave_up.get())
        return self.given_up


def _worker_crash(e: Entry, exc: BaseException) -> Measurement:
    return Measurement(
        path=e.path,
        name=os.path.basename(e.path),
        kind="error",
        size_bytes=e.size,
        mtime_ns=e.mtime_ns,
        error_message=message("worker_failed", exception=type(exc).__name__),
    )
