"""Credit rules for the platform's ten billing types.

Each function turns a quantity in its billing unit into credits, exactly.
A price that is unpriced gives ``None`` credits when the quantity is used
(never a silent 0); an unused quantity costs 0 whatever the price.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from gptbots_planner.core.catalog import Price
from gptbots_planner.core.money import THOUSAND, ZERO, add, div, mul
from gptbots_planner.vocab import billing as vocab_billing

log = logging.getLogger(__name__)

SIXTY = Decimal(60)

# billing type -> the unit its quantity is counted in
QUANTITY_UNITS = vocab_billing.QUANTITY_UNITS


@dataclass(frozen=True)
class Charge:
    """Credits for one quantity at one price; ``credits is None`` means unpriced."""

    quantity: Decimal
    credits: Decimal | None

    @property
    def unpriced(self) -> bool:
        return self.credits is None


def _charge(quantity: Decimal, price: Price, per: Decimal) -> Charge:
    if quantity == 0:
        return Charge(quantity, ZERO)
    if price.value is None:
        return Charge(quantity, None)
    return Charge(quantity, div(mul(quantity, price.value), per))


def tokens_charge(tokens: Decimal, price_per_1k: Price) -> Charge:
    """LLM text/audio, knowledge indexing and rerank: credits per 1K tokens."""
    return _charge(tokens, price_per_1k, THOUSAND)


def asr_charge(seconds: Decimal, price_per_60s: Price) -> Charge:
    """ASR: credits per 60 s, pro rata on the seconds given."""
    return _charge(seconds, price_per_60s, SIXTY)


def billed_asr_seconds(recording_seconds: Decimal, rounding: str) -> Decimal:
    """Seconds one recording is billed for: as is, or rounded up to started minutes."""
    if rounding == "per_started_minute":
        minutes = math.ceil(recording_seconds / SIXTY) if recording_seconds > 0 else 0
        return Decimal(minutes) * SIXTY
    return recording_seconds


def tts_charge(characters: Decimal, price_per_1000_chars: Price) -> Charge:
    return _charge(characters, price_per_1000_chars, THOUSAND)


def storage_charge(tokens: Decimal, days: Decimal, price_per_1k_per_day: Price) -> Charge:
    """Knowledge storage: stored tokens x days, credits per 1K tokens per day."""
    return _charge(mul(tokens, days), price_per_1k_per_day, THOUSAND)


def per_unit_charge(units: Decimal, price_per_unit: Price) -> Charge:
    """Paid tool calls and the user-priced types: credits per call / operation."""
    return _charge(units, price_per_unit, Decimal(1))


def sum_charges(charges: Iterable[Charge]) -> Charge:
    quantity = ZERO
    credits: Decimal | None = ZERO
    for c in charges:
        # add(): at money.EXACT's 60 digits like every other sum (``+=`` would use 28)
        quantity = add(quantity, c.quantity)
        if c.credits is None:
            credits = None
        elif credits is not None:
            credits = add(credits, c.credits)
    return Charge(quantity, credits)
