"""A one-line progress bar for long scans, drawn only when stderr is a terminal."""

from __future__ import annotations

import logging
import os
import time
from typing import TextIO

from gptbots_planner.measure.scan import ScanProgress

log = logging.getLogger(__name__)


class ProgressBar:
    """A one-line bar on a terminal's stderr, redrawn at most 10 times a second."""

    def __init__(self, stream: TextIO, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self._last = 0.0
        self._drawn = False

    def update(self, p: ScanProgress) -> None:
        now = time.monotonic()
        if now - self._last < 0.1 and p.files_done < p.files_total:
            return
        self._last = now
        if p.listing:
            self.stream.write(f"\rlisting: {p.files_total:,} files found".ljust(80)[:100])
            self.stream.flush()
            self._drawn = True
            return
        if p.bytes_total:
            frac = min(1.0, p.bytes_done / p.bytes_total)
        else:
            frac = p.files_done / p.files_total if p.files_total else 1.0
        filled = int(frac * self.width)
        name = os.path.basename(p.current)[:30]
        text = (
            f"\r[{'#' * filled}{'.' * (self.width - filled)}] "
            f"{p.files_done}/{p.files_total} files {frac:4.0%} {name}"
        )
        self.stream.write(text.ljust(80)[:100])
        self.stream.flush()
        self._drawn = True

    def clear(self) -> None:
        if self._drawn:
            self.stream.write("\r" + " " * 100 + "\r")
            self.stream.flush()
