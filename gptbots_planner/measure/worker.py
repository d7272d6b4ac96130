"""What a measuring worker process runs: its set-up, and each file within its limits.

``pool`` starts these processes (spawned, or forked from a single-threaded command line)
and sends them batches of (path, size, number).  Each file gets a wall-clock limit
(``Limits.time_limit``): a timer signal interrupts a slow reader in Python code, and a
watchdog thread ends the process when a reader is stuck where the signal cannot reach it
(native code), after recording the file in the ``gave_up`` queue.  On Linux the
process's address space is capped (``Limits.worker_memory_bytes``), so a runaway reader
gets MemoryError ("out of memory").
The number of the file being measured is kept in a shared slot, so when a worker dies
the pool knows which files were in progress.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gptbots_planner.measure import dispatch, same_content
from gptbots_planner.measure.errors import MeasureCancelled
from gptbots_planner.measure.progress import on_file_bytes
from gptbots_planner.measure.records import Measurement
from gptbots_planner.measure.tokens import get_encoding
from gptbots_planner.vocab.messages import message

log = logging.getLogger(__name__)

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


@dataclass(frozen=True)
class Shared:
    """What the scanning process shares with its workers (pickled to each at start)."""

    stop: Any  # multiprocessing Event: the scan was cancelled
    gave_up: Any  # multiprocessing SimpleQueue of paths the watchdog gave up on
    slots: Any  # multiprocessing RawArray of int64: per worker, 1 + the file number, or 0
    next_slot: Any  # multiprocessing Value: the next free slot
    partial: Any  # multiprocessing RawArray of int64: per worker, bytes read of its file


# The state of this worker process (set by ``init``).
_shared: Shared | None = None
_slot = -1
_current: tuple[str, float] | None = None  # (path, deadline) being measured
_hook: tuple[str, str] | None = None


def init(shared: Shared, tokenizers: Sequence[str], memory_bytes: int, nice: int = 0) -> None:
    """The worker process's initializer (``nice``: ``Limits.worker_nice``)."""
    global _shared, _slot, _hook
    _shared = shared
    with shared.next_slot.get_lock():
        _slot = shared.next_slot.value % len(shared.slots)
        shared.next_slot.value += 1
    # Ctrl+C goes to the whole process group; the parent handles it and stops the workers
    # through the event, so workers must not die with their own KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limit_memory(memory_bytes)
    lower_priority(nice)
    if hasattr(signal, "SIGALRM"):
        signal.signal(signal.SIGALRM, _on_alarm)
    threading.Thread(target=_watchdog, name="file-time-limit", daemon=True).start()
    hook = os.environ.get(TEST_HOOK_ENV, "")
    if ":" in hook:
        action, name = hook.split(":", 1)
        _hook = (action, name)
    on_file_bytes(_in_file)  # a big file's position, for the scan's progress
    same_content.open_for_worker()  # copies of a file this worker measured get its row
    for name in tokenizers:
        get_encoding(name)  # load the vocabulary once, before the first batch


def _in_file(done: int) -> None:
    if _shared is not None:
        _shared.partial[_slot] = done


def limit_memory(memory_bytes: int) -> None:
    if not sys.platform.startswith("linux") or memory_bytes <= 0:
        return  # macOS does not enforce RLIMIT_AS; Windows has no setrlimit
    import resource

    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError) as exc:
        log.info("cannot limit the worker's memory (%s)", exc)


def lower_priority(nice: int) -> None:
    if nice <= 0 or not hasattr(os, "nice"):
        return  # Windows has no os.nice; its workers keep the normal priority
    try:
        os.nice(nice)
    except OSError as exc:
        log.info("cannot lower the worker's priority (%s)", exc)


def _on_alarm(_signum: int, _frame: object) -> None:
    raise FileTimeLimit


def _watchdog() -> None:
    """The hard time limit, for a reader stuck where the timer signal cannot reach it."""
    while True:
        time.sleep(0.2)
        current = _current
        if current is not None and time.monotonic() > current[1] + WATCHDOG_GRACE_S:
            if _shared is not None:
                _shared.gave_up.put(current[0])  # written through the pipe before we go
            os._exit(WATCHDOG_EXIT_CODE)


def _should_stop() -> bool:
    return _shared is not None and _shared.stop.is_set()


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
                Path(path), tokenizers, encoding, limits=limits, should_stop=_should_stop
            )
        finally:
            if hasattr(signal, "setitimer"):
                signal.setitimer(signal.ITIMER_REAL, 0)
            _current = None
            _in_file(0)
    except FileTimeLimit:
        log.warning("gave up on %r after %.0f s", path, seconds)
        return gave_up_row(path, size, seconds)


def measure_batch(
    files: list[tuple[str, int, int]],
    tokenizers: tuple[str, ...],
    encoding: str | None,
    limits: dispatch.Limits,
) -> list[Measurement] | None:
    """Measure (path, size, number) files, in a worker process.  None: the scan was
    cancelled."""
    out = []
    slots = _shared.slots if _shared is not None else None
    try:
        for path, size, number in files:
            if _should_stop():
                return None
            if slots is not None:
                slots[_slot] = number + 1
            out.append(_measure_limited(path, size, tokenizers, encoding, limits))
    except MeasureCancelled:
        return None
    finally:
        if slots is not None:
            slots[_slot] = 0
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
