"""Credit rules, checked against every example the seed gives."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from gptbots_planner.core.billing import (
    asr_charge,
    billed_asr_seconds,
    per_unit_charge,
    storage_charge,
    tokens_charge,
    tts_charge,
)
from gptbots_planner.core.buys import price_tokens, what_credits_buy
from gptbots_planner.core.catalog import Price, load_bundled_catalog
from gptbots_planner.core.image_rules import image_tokens
from gptbots_planner.core.money import credits_to_usd, fmt_credits, plain


def p(text: str) -> Price:
    return Price(Decimal(text), raw=text)


def test_seed_faq_1000_input_tokens_of_gpt41_cost_022_credits() -> None:
    model = load_bundled_catalog().find_llm("GPT-4.1-1M")
    charge = tokens_charge(Decimal(1000), model.price("gptbots_key", "input"))
    assert charge.credits == Decimal("0.22")
    assert price_tokens(model, "gptbots_key", 1000, 0)["credits"] == "0.22"


def test_seed_faq_1000_credits_buy_4545454_tokens_and_cost_10_dollars() -> None:
    model = load_bundled_catalog().find_llm("GPT-4.1-1M")
    buys = what_credits_buy(Decimal(1000), model, "gptbots_key")
    assert buys.input_tokens == 4_545_454
    assert buys.usd == Decimal(10)
    assert credits_to_usd(Decimal(1000)) == 10
    eq = buys.text_equivalents()
    # The seed's rules of thumb: 4 chars per token, 1.3 tokens per English word, 1.2 for French etc.
    assert eq["english_characters"] == 4_545_454 * 4
    assert eq["english_words"] == int(Decimal(4_545_454) / Decimal("1.3"))
    assert eq["french_german_russian_arabic_words"] == int(Decimal(4_545_454) / Decimal("1.2"))
    assert eq["cjk_characters_max"] == 4_545_454


def test_seed_image_example_2000x500_is_4_tiles_765_tokens() -> None:
    result = image_tokens(2000, 500)
    assert (result.tiles, result.tokens) == (4, 765)


def test_free_and_unpriced_are_different() -> None:
    free = Price(Decimal(0), free=True, raw="免费")
    assert tokens_charge(Decimal(5000), free).credits == 0
    unpriced = Price(None)
    assert tokens_charge(Decimal(5000), unpriced).credits is None
    assert tokens_charge(Decimal(0), unpriced).credits == 0  # unused: costs nothing
    model = load_bundled_catalog().find_llm("tencent/hunyuan-lite-4k")
    assert what_credits_buy(Decimal(10), model, "own_key").input_tokens is None
    assert what_credits_buy(Decimal(10), model, "own_key").free


def test_asr_pro_rata_and_per_started_minute() -> None:
    price = p("0.88")  # Whisper Large-V3, GPTBots key, per 60 s
    assert asr_charge(Decimal(90), price).credits == Decimal("1.32")
    assert billed_asr_seconds(Decimal("61"), "per_started_minute") == 120
    assert billed_asr_seconds(Decimal("60"), "per_started_minute") == 60
    assert billed_asr_seconds(Decimal("61"), "pro_rata") == 61
    assert asr_charge(
        billed_asr_seconds(Decimal(61), "per_started_minute"), price
    ).credits == Decimal("1.76")


def test_tts_storage_tools() -> None:
    assert tts_charge(Decimal(2500), p("1.65")).credits == Decimal("4.125")
    # 1M tokens stored for 31 days at 0.001 credits / 1K tokens / day
    assert storage_charge(Decimal(1_000_000), Decimal(31), p("0.001")).credits == Decimal("31")
    assert per_unit_charge(Decimal(3), Price(None)).credits is None
    assert per_unit_charge(Decimal(3), p("1.5")).credits == Decimal("4.5")


def test_display_rounding_never_hides_a_cost() -> None:
    assert fmt_credits(Decimal("12345.675")) == "12,345.68"
    assert fmt_credits(Decimal("0.0001")) == "0.0001"
    assert plain(Decimal("1E+3")) == "1000"


def test_big_numbers_print_exactly_without_exponent() -> None:
    # More integer digits than the default context's 28 used to raise InvalidOperation.
    assert plain(Decimal("1E+40")) == "1" + "0" * 40
    assert plain(Decimal("-12345678901234567890123456789012345E+5")) == (
        "-1234567890123456789012345678901234500000"
    )
    assert fmt_credits(Decimal("1E+70")) == "10" + ",000" * 23 + ".00"
    assert fmt_credits(Decimal("123456789012345678901234567890.125")) == (
        "123,456,789,012,345,678,901,234,567,890.13"
    )


@given(
    st.integers(min_value=0, max_value=10**12), st.sampled_from(["0.22", "0.0001", "1.65", "13.2"])
)
def test_token_charges_are_exact(tokens: int, price: str) -> None:
    charge = tokens_charge(Decimal(tokens), p(price))
    assert charge.credits is not None
    assert charge.credits * 1000 == Decimal(tokens) * Decimal(price)
