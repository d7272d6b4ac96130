"""The seed FAQ's reverse view: what a number of credits buys.

``$10 = 1000 credits = 4,545,454 tokens`` of GPT-4.1-1M input on the GPTBots
key (1000 / 0.22 x 1000, rounded down to whole tokens).  Text equivalents use
the seed's rules of thumb: 1 token ~ 4 English characters, 1 English word ~
1.3 tokens, 1 CJK character ~ 1 token (sometimes 1.5), 1 French / German /
Russian / Arabic word ~ 1.2 tokens.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from typing import Any

from gptbots_planner.core.catalog import LLMModel
from gptbots_planner.core.money import THOUSAND, MoneyError, credits_to_usd, div, mul, plain

log = logging.getLogger(__name__)

CHARS_PER_TOKEN_EN = Decimal(4)
TOKENS_PER_WORD_EN = Decimal("1.3")
TOKENS_PER_WORD_OTHER = Decimal("1.2")  # French, German, Russian, Arabic
TOKENS_PER_CJK_HIGH = Decimal("1.5")


def _floor(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_FLOOR))


@dataclass(frozen=True)
class Buys:
    credits: Decimal
    model: LLMModel
    key_mode: str
    input_tokens: int | None  # None: unpriced; -1 never used
    output_tokens: int | None
    free: bool

    @property
    def usd(self) -> Decimal:
        return credits_to_usd(self.credits)

    def text_equivalents(self) -> dict[str, Any]:
        t = self.input_tokens
        if t is None:
            return {}
        tokens = Decimal(t)
        return {
            "english_characters": _floor(mul(tokens, CHARS_PER_TOKEN_EN)),
            "english_words": _floor(div(tokens, TOKENS_PER_WORD_EN)),
            "cjk_characters_min": _floor(div(tokens, TOKENS_PER_CJK_HIGH)),
            "cjk_characters_max": t,
            "french_german_russian_arabic_words": _floor(div(tokens, TOKENS_PER_WORD_OTHER)),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "credits": plain(self.credits),
            "usd": plain(self.usd),
            "model": self.model.id,
            "model_name": self.model.name,
            "key_mode": self.key_mode,
            "free": self.free,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            **self.text_equivalents(),
        }


def tokens_for_credits(credits: Decimal, price_per_1k: Decimal | None) -> int | None:
    """Whole tokens ``credits`` buy at ``price_per_1k``; None when unpriced or free."""
    if price_per_1k is None or price_per_1k == 0:
        return None
    return _floor(div(mul(credits, THOUSAND), price_per_1k))


def what_credits_buy(credits: Decimal, model: LLMModel, key_mode: str) -> Buys:
    if credits < 0:
        raise MoneyError.of("negative_credits")
    pin = model.price(key_mode, "input")
    pout = model.price(key_mode, "output")
    return Buys(
        credits=credits,
        model=model,
        key_mode=key_mode,
        input_tokens=tokens_for_credits(credits, pin.value),
        output_tokens=tokens_for_credits(credits, pout.value),
        free=pin.free and pout.free,
    )


def price_tokens(
    model: LLMModel, key_mode: str, input_tokens: int, output_tokens: int
) -> dict[str, Any]:
    """Credits for a number of input and output tokens (the CLI's ``price``)."""
    pin = model.price(key_mode, "input")
    pout = model.price(key_mode, "output")
    parts: dict[str, Decimal | None] = {}
    for name, tokens, price in (("input", input_tokens, pin), ("output", output_tokens, pout)):
        if tokens == 0:
            parts[name] = Decimal(0)
        elif price.value is None:
            parts[name] = None
        else:
            parts[name] = div(mul(Decimal(tokens), price.value), THOUSAND)
    unpriced = [k for k, v in parts.items() if v is None]
    total = None if unpriced else sum((v for v in parts.values() if v is not None), Decimal(0))
    return {
        "model": model.id,
        "model_name": model.name,
        "key_mode": key_mode,
        "input_tokens": input_tokens,
        "output_tokens": output_tokens,
        "input_price_per_1k": pin.label(),
        "output_price_per_1k": pout.label(),
        "input_credits": None if parts["input"] is None else plain(parts["input"]),
        "output_credits": None if parts["output"] is None else plain(parts["output"]),
        "credits": None if total is None else plain(total),
        "usd": None if total is None else plain(credits_to_usd(total)),
        "unpriced": unpriced,
    }
