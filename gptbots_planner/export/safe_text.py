"""Neutralise text that a spreadsheet would run as a formula (CSV/formula injection).

File names and user text may start with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return; spreadsheet programs treat such cells as formulas.  OWASP's
advice: prefix them with a single quote so they stay text.  Every CSV this program
writes goes through :func:`safe_cell`: the exported CSV files (``export.csv``) and the
command line's ``--format csv`` (``cli.output.csv_value``).
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def is_dangerous(text: str) -> bool:
    return text.startswith(DANGEROUS_PREFIXES)


def safe_cell(text: str) -> str:
    """Text as it may be written into a CSV cell."""
    return "'" + text if is_dangerous(text) else text
