"""The engine's billing rules spelled as spreadsheet formula pieces.

They repeat ``core/billing.py`` in spreadsheet terms: an unused quantity costs
0, a used one without a price shows "unpriced" (never 0), and a billing type
made of two parts is unpriced when either part is.
"""

from __future__ import annotations

import logging
import re

from gptbots_planner.export.labels import Labels
from gptbots_planner.export.xlsx.book import UNPRICED

log = logging.getLogger(__name__)


def charge_formula(quantity: str, price: str, per: int) -> str:
    """The core's rule: unused costs 0; used and unpriced shows "unpriced"."""
    per_text = "" if per == 1 else f"/{per}"
    return f'IF(({quantity})=0,0,IF(ISNUMBER({price}),({quantity})*{price}{per_text},"{UNPRICED}"))'


def combine_formula(*parts: str) -> str:
    """Parts of one billing type (or of one bill): unpriced when any part is."""
    checks = ",".join(f"ISNUMBER({p})" for p in parts)
    return f'IF(AND({checks}),{"+".join(parts)},"{UNPRICED}")'


def vendor_formula(own_key: bool, quantity: str, price: str, per: int) -> str:
    """The vendor's bill for a quantity: 0 on the GPTBots key, else the charge rule."""
    return charge_formula(quantity, price, per) if own_key else "0"


def chunks_formula(wanted: str, knowledge: str) -> str:
    """Chunks a turn gets (``core.turns.chunks_available``): ``wanted``, at most what the
    knowledge held holds, none from an empty base."""
    return (
        f"IF({knowledge}<=0,0,IF(chunk_tokens<=0,{wanted},MIN({wanted},{knowledge}/chunk_tokens)))"
    )


def total_cost_formula(credits: str, provider: str) -> str:
    """Credits at $0.01 each plus the vendor's bill; unpriced without a vendor price."""
    return f'IF(ISNUMBER({provider}),{credits}/100+{provider},"{UNPRICED}")'


def unpriced_flag_formula(cells: list[tuple[str, str]], labels: Labels) -> str:
    """A visible list of the billing types shown as "unpriced" (empty text when none)."""
    parts = "&".join(f'IF(ISTEXT({ref}),"{name}, ","")' for ref, name in cells)
    prefix = labels("unpriced_prefix").replace('"', '""')
    return f'IF(LEN({parts})=0,"","{prefix}"&LEFT({parts},LEN({parts})-2))'


def unpriced_flag_value(names: list[str], labels: Labels) -> str:
    """The cached text of ``unpriced_flag_formula`` for the engine's unpriced types."""
    return labels("unpriced_prefix") + ", ".join(names) if names else ""


_LIVE = {"\x00": "months", "\x01": "start_month"}


def live_text(template: str) -> str:
    """A heading formula: the label with NUL / SOH standing for the ``months`` and
    ``start_month`` cells, so the text follows them."""
    pieces = re.split("([\x00\x01])", template)
    return "=" + "&".join(
        _LIVE[x] if x in _LIVE else '"' + x.replace('"', '""') + '"' for x in pieces if x
    )
