"""What the measurers raise besides ``OSError``, and the cancel callback they poll.

``dispatch.measure_file`` turns a ``MeasureError`` (``TextFileError``, ``DocumentError``)
into an error row with the error's message code; ``MeasureCancelled``
is never a file problem and goes up to the scan, which stops.
"""

from __future__ import annotations

from collections.abc import Callable

from gptbots_planner.vocab.messages import MessageError


class MeasureError(MessageError):
    """A file that cannot be measured; ``.message`` (a code) is what the error row carries."""


class TextFileError(MeasureError):
    """A text file that cannot be measured."""


class MeasureCancelled(Exception):  # noqa: N818 - reads better at the raise sites
    """The caller's ``should_stop`` said stop; not a file problem, so never an error row."""


# Polled between ~1 MB blocks / chunks / pages; True abandons the measurement.
ShouldStop = Callable[[], bool]
