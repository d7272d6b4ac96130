"""What the measurers raise besides ``OSError``, and the cancel callback they poll.

``dispatch.measure_file`` turns ``TextFileError`` into an error row; ``MeasureCancelled``
is never a file problem and goes up to the scan, which stops.
"""

from __future__ import annotations

from collections.abc import Callable


class TextFileError(Exception):
    """A text file that cannot be measured; the message is shown to the user."""


class MeasureCancelled(Exception):  # noqa: N818 - reads better at the raise sites
    """The caller's ``should_stop`` said stop; not a file problem, so never an error row."""


# Polled between ~1 MB blocks / chunks / pages; True abandons the measurement.
ShouldStop = Callable[[], bool]
