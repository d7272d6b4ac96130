"""Exact credit arithmetic and the display helpers that round it.

Credits are ``decimal.Decimal`` from the catalog to every total; rounding
happens only when a number is turned into text for a person.
"""

from __future__ import annotations

import logging
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation, localcontext

from gptbots_planner.core.errors import CodedError

log = logging.getLogger(__name__)

# Enough digits that no plan of any realistic size ever rounds internally.
EXACT = Context(prec=60)
ZERO = Decimal(0)
THOUSAND = Decimal(1000)
CREDITS_PER_USD = Decimal(100)  # seed: $10 = 1000 credits


class MoneyError(CodedError):
    """A value that should be a number is not one."""


def to_decimal(value: object, what: str = "value") -> Decimal:
    """Parse a user or file value exactly (never through float)."""
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, bool):
        raise MoneyError.of("number_expected", field=what, value=repr(value))
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        # repr() gives the shortest text that round-trips, which is what a person typed.
        result = Decimal(repr(value))
    elif isinstance(value, str):
        text = value.strip().replace(",", "").replace("_", "")
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise MoneyError.of("not_a_number", field=what, value=repr(value)) from None
    else:
        raise MoneyError.of("number_expected", field=what, value=type(value).__name__)
    if not result.is_finite():
        raise MoneyError.of("not_finite", field=what, value=repr(value))
    return result


def mul(*values: Decimal) -> Decimal:
    with localcontext(EXACT):
        result = Decimal(1)
        for v in values:
            result = result * v
        return result


def div(a: Decimal, b: Decimal) -> Decimal:
    with localcontext(EXACT):
        return a / b


def add(*values: Decimal) -> Decimal:
    with localcontext(EXACT):
        result = ZERO
        for v in values:
            result = result + v
        return result


def credits_to_usd(credits: Decimal) -> Decimal:
    return div(credits, CREDITS_PER_USD)


def normalize(value: Decimal) -> Decimal:
    """Drop trailing zeros without ever switching to exponent notation."""
    if value == 0:
        return ZERO
    n = value.normalize(EXACT)
    exp = n.as_tuple().exponent
    if isinstance(exp, int) and exp > 0:
        # Not quantize(): it fails (InvalidOperation) once the integer has more digits
        # than the context's precision.  Building from text is exact at any size.
        return Decimal(format(n, "f"))
    return n


def plain(value: Decimal) -> str:
    """Exact decimal text, no exponent: what JSON output carries."""
    return format(normalize(value), "f")


def display_value(value: Decimal, places: int = 2) -> Decimal:
    """The one precision rule for every number a person reads: ``places`` decimals (credits
    and dollars to the cent); a non-zero amount that would round to 0 keeps 2 significant
    digits instead (0.00453096 -> 0.0045), so a real cost never reads 0 and never shows eight
    digits beside its neighbours' two."""
    q = Decimal(1).scaleb(-places)
    # Enough precision for every digit left of the point too (quantize raises otherwise).
    digits = max(EXACT.prec, value.adjusted() + places + 2)
    rounded = value.quantize(q, rounding=ROUND_HALF_UP, context=Context(prec=digits))
    if rounded == 0 and value != 0:
        two = Decimal(1).scaleb(value.adjusted() - 1)
        return value.quantize(two, rounding=ROUND_HALF_UP, context=Context(prec=digits))
    return rounded


def fmt_credits(value: Decimal, places: int = 2) -> str:
    """Round for display only (``display_value``): 12345.678 -> '12,345.68'."""
    shown = display_value(value, places)
    if shown.as_tuple().exponent < -places:  # type: ignore[operator]
        return format(normalize(shown), ",f")  # a tiny amount: at most 2 significant digits
    return f"{shown:,.{places}f}"


def fmt_usd(credits: Decimal) -> str:
    return "$" + fmt_credits(credits_to_usd(credits), 2)
