"""Prices as the catalogs write them, and the key modes they are given for.

A price is credits per unit (the unit depends on the billing type).  ``None``
means unpriced (shown as "unpriced", never as 0) and the seed's word ``免费``
means free.  Numbers are parsed exactly, never through a float.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

from gptbots_planner.core.errors import CodedError
from gptbots_planner.core.money import MoneyError, to_decimal
from gptbots_planner.vocab.billing import KEY_MODE_IDS

log = logging.getLogger(__name__)

KEY_MODES = KEY_MODE_IDS
KEY_MODE_ALIASES = {
    "gptbots": "gptbots_key",
    "gptbots_key": "gptbots_key",
    "platform": "gptbots_key",
    "own": "own_key",
    "own_key": "own_key",
    "byok": "own_key",
}
FREE_TEXT = "免费"  # the seed's word for a free row


class CatalogError(CodedError):
    """Bad catalog data; the message names the file, the row and the field."""


def normalize_key_mode(value: str) -> str:
    try:
        return KEY_MODE_ALIASES[value.strip().lower()]
    except KeyError:
        raise CatalogError.of("unknown_key_mode_alias", value=repr(value)) from None


@dataclass(frozen=True)
class Price:
    """One price in credits per unit.  ``value is None`` means unpriced."""

    value: Decimal | None
    free: bool = False
    raw: str = ""  # as the source wrote it ("0.220", "免费")
    user: bool = False  # set by the user's catalog

    @property
    def unpriced(self) -> bool:
        return self.value is None

    def label(self) -> str:
        if self.value is None:
            return "unpriced"
        if self.free:
            return "free"
        return self.raw or str(self.value)


UNPRICED = Price(None)


#: the largest price a user may enter (credits or USD per unit; real ones are below 1e5)
MAX_USER_PRICE = Decimal("1e12")


def parse_price(raw: object, where: str, *, user: bool = False) -> Price:
    if raw is None:
        return Price(None, user=user)
    if isinstance(raw, str) and raw.strip() == FREE_TEXT:
        return Price(Decimal(0), free=True, raw=FREE_TEXT, user=user)
    try:
        value = to_decimal(raw, where)
    except MoneyError as exc:
        raise CatalogError.from_error(exc) from None
    if value < 0:
        raise CatalogError.of("negative_price", where=where, value=repr(raw))
    if user and value > MAX_USER_PRICE:  # 1e400 would reach the workbook as INF
        raise CatalogError.of(
            "price_too_large", where=where, value=repr(raw), maximum=f"{MAX_USER_PRICE:,f}"
        )
    return Price(value, free=value == 0, raw=str(raw), user=user)


def positive_decimal(value: object, where: str) -> Decimal | None:
    """An optional positive number (an audio rate, say); None stays None."""
    if value is None:
        return None
    try:
        result = to_decimal(value, where)
    except MoneyError as exc:
        raise CatalogError.from_error(exc) from None
    if result <= 0:
        raise CatalogError.of("not_positive", where=where)
    return result
