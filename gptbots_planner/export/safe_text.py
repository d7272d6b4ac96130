"""Neutralise text that a spreadsheet would run as a formula (CSV/formula injection).

File names and user text may start with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return; spreadsheet programs treat such cells as formulas.  OWASP's
advice: prefix them with a single quote so they stay text.  Every CSV this program
writes goes through :func:`safe_cell`: the exported CSV files (``export.csv``) and the
command line's ``--format csv`` (``cli.output.csv_value``).
"""

from __future__ import annotations

import copy
import logging
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for the annotations: the CLI's table writer imports this module
    from gptbots_planner.core.plan import Plan

log = logging.getLogger(__name__)

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def is_dangerous(text: str) -> bool:
    return text.startswith(DANGEROUS_PREFIXES)


def safe_cell(text: str) -> str:
    """Text as it may be written into a CSV cell."""
    return "'" + text if is_dangerous(text) else text


# A lone surrogate cannot be encoded as UTF-8.  U+DC80-U+DCFF are the bytes of a file name
# that is not UTF-8 (``os.fsdecode``); any other is no character at all.
_SURROGATE = re.compile("[\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` as a spreadsheet can hold it: a file name's undecodable bytes as ``\\xNN``,
    any other lone surrogate as U+FFFD (the plan keeps the original)."""
    if not _SURROGATE.search(text):
        return text
    no_char = _SURROGATE.sub(lambda m: m[0] if "\udc80" <= m[0] <= "\udcff" else "\ufffd", text)
    return no_char.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def printable_plan(plan: Plan) -> Plan:
    """A copy of ``plan`` whose texts (name, description, item names and paths) are
    :func:`printable`; the numbers are untouched, so its estimate is the plan's."""
    texts = [plan.name, plan.description]
    for item in plan.items:
        texts += [item.measurement.name, item.measurement.path]
    if not any(_SURROGATE.search(t) for t in texts):
        return plan
    shown = copy.copy(plan)
    shown.name, shown.description = printable(plan.name), printable(plan.description)
    shown.items = []
    for item in plan.items:
        m = copy.copy(item.measurement)
        m.name, m.path = printable(m.name), printable(m.path)
        clone = copy.copy(item)
        clone.measurement = m
        shown.items.append(clone)
    return shown
