"""What the model vendor bills when the plan runs on the user's own key.

With an own key, GPTBots bills only its service fee in credits and the vendor bills the
tokens (or minutes, or characters) at its own list price.  The pricing page gives no
vendor prices, but on most LLM rows the GPTBots-key price is 11 x the own-key fee
(GPT-4.1-1M: 0.22 vs 0.02 credits / 1K input; OpenAI lists $2 / 1M = 0.2 credits / 1K),
so GPTBots key = 1.1 x list and own-key fee = 0.1 x list.  The default vendor price is
therefore the own-key fee x 10 ("derived").  A row whose two prices are not 11 x apart
within the page's rounding is flagged, and its vendor price is the GPTBots-key price / 1.1
instead ("derived_from_gptbots_key").  The user may enter the real price ("user").

Units are the ones vendors publish: USD per 1M tokens (LLM, embedding, rerank), USD per
minute (ASR), USD per 1M characters (TTS).  The check of the 11 x ratio applies to LLM rows
only: the page's service rows use other, consistent markups (embedding 12 x, rerank 22 x,
TTS 10-11 x), and their vendor price is always the own-key fee x 10.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from gptbots_planner.core.money import ZERO, div, mul, plain
from gptbots_planner.core.prices import CatalogError, Price, parse_price

log = logging.getLogger(__name__)

GPTBOTS_MARKUP = Decimal("1.1")  # GPTBots key = 1.1 x the vendor's list price
OWN_FEE_SHARE = Decimal("0.1")  # own-key fee = 0.1 x the vendor's list price
PAGE_RATIO = GPTBOTS_MARKUP / OWN_FEE_SHARE  # 11
USD_PER_CREDIT = Decimal("0.01")

DERIVED = "derived"
FROM_GPTBOTS_KEY = "derived_from_gptbots_key"
USER = "user"
BASES = (DERIVED, FROM_GPTBOTS_KEY, USER)

# category -> (vendor unit, page units per vendor unit): credits / 1K tokens -> USD / 1M
# tokens is x 1000 page units; credits / 60 s -> USD / minute is x 1; credits / 1000
# characters -> USD / 1M characters is x 1000.
UNITS: dict[str, tuple[str, Decimal]] = {
    "llm": ("usd_per_1m_tokens", Decimal(1000)),
    "embedding": ("usd_per_1m_tokens", Decimal(1000)),
    "rerank": ("usd_per_1m_tokens", Decimal(1000)),
    "asr": ("usd_per_minute", Decimal(1)),
    "tts": ("usd_per_1m_characters", Decimal(1000)),
}


@dataclass(frozen=True)
class ProviderPrice:
    """The vendor's price of one row; ``output`` is None for a service row.

    ``input`` is None when it cannot be derived (an unpriced own-key fee).
    ``mismatch`` holds the page's inconsistent figures of a flagged row (direction,
    gptbots, own, ratio), empty otherwise.
    """

    input: Decimal | None
    output: Decimal | None
    unit: str
    basis: str
    source: str = ""
    mismatch: Mapping[str, str] = field(default_factory=dict)

    @property
    def inconsistent(self) -> bool:
        return bool(self.mismatch)

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "input" if self.output is not None else "price": _text(self.input),
            "unit": self.unit,
            "basis": self.basis,
            "source": self.source,
        }
        if self.output is not None:
            data["output"] = _text(self.output)
        return data


def _text(value: Decimal | None) -> str | None:
    return None if value is None else plain(value)


def _half_unit(price: Price) -> Decimal:
    """Half a unit of the last digit the page wrote (0 for 免费 and whole numbers' .5)."""
    if price.free or price.value is None:
        return ZERO
    exponent = Decimal(price.raw or str(price.value)).as_tuple().exponent
    return Decimal(5).scaleb(int(exponent) - 1) if isinstance(exponent, int) else ZERO


def ratio_holds(gptbots: Price, own: Price) -> bool:
    """GPTBots = 11 x own within the page's rounding of both figures (intervals overlap)."""
    if gptbots.value is None or own.value is None:
        return True  # nothing to compare
    g_low, g_high = gptbots.value - _half_unit(gptbots), gptbots.value + _half_unit(gptbots)
    o_low = mul(PAGE_RATIO, own.value - _half_unit(own))
    o_high = mul(PAGE_RATIO, own.value + _half_unit(own))
    return g_low <= o_high and o_low <= g_high


def _vendor(page_price: Decimal | None, factor: Decimal, scale: Decimal) -> Decimal | None:
    """A page price (credits / page unit) x factor, as USD per vendor unit."""
    if page_price is None:
        return None
    return mul(page_price, factor, USD_PER_CREDIT, scale)


def derive_llm(inputs: Mapping[str, Price], outputs: Mapping[str, Price]) -> ProviderPrice:
    """The default vendor price of an LLM row from its two key modes' prices."""
    unit, scale = UNITS["llm"]
    mismatch: dict[str, str] = {}
    for direction, table in (("input", inputs), ("output", outputs)):
        g, o = table["gptbots_key"], table["own_key"]
        if not mismatch and not ratio_holds(g, o):
            ratio = "-" if not o.value else plain(div(g.value or ZERO, o.value).quantize(ONE_PLACE))
            mismatch = {"direction": direction, "gptbots": g.raw, "own": o.raw, "ratio": ratio}
    if mismatch:
        factor, key, basis = div(Decimal(1), GPTBOTS_MARKUP), "gptbots_key", FROM_GPTBOTS_KEY
        source = "GPTBots-key price / 1.1 (the page's own-key fee is not 1/11 of it)"
    else:
        factor, key, basis = Decimal(10), "own_key", DERIVED
        source = "own-key fee x 10 (GPTBots key = 1.1 x list, own-key fee = 0.1 x list)"
    return ProviderPrice(
        input=_vendor(inputs[key].value, factor, scale),
        output=_vendor(outputs[key].value, factor, scale),
        unit=unit,
        basis=basis,
        source=source,
        mismatch=mismatch,
    )


ONE_PLACE = Decimal("0.1")


def derive_service(category: str, prices: Mapping[str, Price]) -> ProviderPrice:
    """The default vendor price of a service row: its own-key fee x 10."""
    unit, scale = UNITS[category]
    return ProviderPrice(
        input=_vendor(prices["own_key"].value, Decimal(10), scale),
        output=None,
        unit=unit,
        basis=DERIVED,
        source="own-key fee x 10",
    )


def parse_user_provider_price(
    category: str, current: ProviderPrice, raw: object, where: str
) -> ProviderPrice:
    """The user's entry ``{"input", "output", "source"}`` (LLM) or ``{"price", "source"}``."""
    if not isinstance(raw, Mapping):
        raise CatalogError.of("must_be_object", where=where)
    keys = ("input", "output", "source") if category == "llm" else ("price", "source")
    for key in raw:
        if key not in keys:
            raise CatalogError.of("unknown_price_field", where=where, key=key)
    source = raw.get("source", "")
    if not isinstance(source, str):
        raise CatalogError.of("field_not_text", where=where, key="source")

    def value(key: str, old: Decimal | None) -> Decimal | None:
        if key not in raw:
            return old
        price = parse_price(raw[key], f"{where}.{key}", user=True)
        if price.value is None:
            raise CatalogError.of("missing_field", where=where, key=key)
        return price.value

    if category == "llm":
        new_in, new_out = value("input", current.input), value("output", current.output)
    else:
        new_in, new_out = value("price", current.input), None
    return ProviderPrice(new_in, new_out, current.unit, USER, source or "entered by you")
