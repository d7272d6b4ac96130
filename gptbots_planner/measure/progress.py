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


@dataclass
class ScanProgress:
    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    current: str = ""  # path being (or just) measured


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
        self._progress = progress
        self._on_result = on_result
        self._cancel = cancel

    def should_stop(self) -> bool:
        """The ``ShouldStop`` callback handed to the measurers."""
        return self._cancel is not None and self._cancel.cancelled

    def report(self, current: str = "") -> None:
        if self._progress is not None:
            self._progress(
                ScanProgress(
                    self.files_done, self.files_total, self.bytes_done, self.bytes_total, current
                )
            )

    def add(self, m: Measurement, listed_size: int, *, fresh: bool = False) -> None:
        self.results.append(m)
        if fresh:
            self.fresh.append(m)
        self.files_done += 1
        self.bytes_done += listed_size
        if self._on_result is not None:
            self._on_result(m)
