"""A scan's cancel token, its progress reports and the state one scan keeps while it runs."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from gptbots_planner.measure.records import Measurement

log = logging.getLogger(__name__)


class CancelToken:
    """Set from any thread (the GUI's Cancel button); the scan stops within a second."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


# Within a big file: the reader says how far it is (bytes read of the file being measured)
# to whoever measures on this thread: the scan running here, or a worker's shared slot.
_here = threading.local()


def on_file_bytes(hook: Callable[[int], None] | None) -> None:
    """Where this thread's readers report their position in the file they read (None: off)."""
    _here.hook = hook


def file_bytes(done: int) -> None:
    """Called by a reader between blocks: ``done`` bytes of the current file are read."""
    hook = getattr(_here, "hook", None)
    if hook is not None:
        hook(done)


@dataclass
class ScanProgress:
    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    current: str = ""  # path being (or just) measured
    listing: bool = False  # still listing: files_total and bytes_total are what is found so far


class ScanRun:
    """State of one scan: results, progress and callbacks, all on the calling thread."""

    def __init__(
        self,
        total_files: int,
        total_bytes: int,
        progress: Callable[[ScanProgress], None] | None,
        on_result: Callable[[Measurement], None] | None,
        cancel: CancelToken | None,
    ) -> None:
        self.results: list[Measurement] = []
        # Measured in this scan (not from the cache): what goes into the cache afterwards.
        self.fresh: list[Measurement] = []
        self.files_total = total_files
        self.bytes_total = total_bytes
        self.files_done = 0
        self.bytes_done = 0
        # Bytes read so far of the files still being measured (here and on the workers):
        # a 1 GB file's progress moves while it is read.  What is reported never goes back
        # (a file read a second time in another encoding, a worker's slot cleared early).
        self.partial_here = 0
        self.partial_workers = 0
        self._reported_bytes = 0
        self._current = ""
        self._progress = progress
        self._on_result = on_result
        self._cancel = cancel

    def should_stop(self) -> bool:
        """The ``ShouldStop`` callback handed to the measurers."""
        return self._cancel is not None and self._cancel.cancelled

    def report(self, current: str = "") -> None:
        if self._progress is None:
            return
        self._current = current or self._current
        partial = self.partial_here + self.partial_workers
        done = min(self.bytes_total, max(self._reported_bytes, self.bytes_done + partial))
        self._reported_bytes = done
        self._progress(
            ScanProgress(self.files_done, self.files_total, done, self.bytes_total, current)
        )

    def in_file(self, done: int) -> None:
        """The file being measured here has ``done`` bytes read (``on_file_bytes`` hook)."""
        self.partial_here = done
        self.report(self._current)

    def workers_in_files(self, done: int) -> None:
        """The workers' files in progress have ``done`` bytes read between them."""
        if done != self.partial_workers:
            self.partial_workers = done
            self.report(self._current)

    def add(self, m: Measurement, listed_size: int, *, fresh: bool = False) -> None:
        self.results.append(m)
        if fresh:
            self.fresh.append(m)
        self.files_done += 1
        self.bytes_done += listed_size
        self.partial_here = 0
        if self._on_result is not None:
            self._on_result(m)
