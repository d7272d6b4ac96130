"""Image token rules against the published examples, plus properties over all sizes.

Examples: GPTBots FAQ (the seed rule) and OpenAI's vision pricing docs (the
alternatives: high detail, gpt-4o-mini's base/tile, 32 px patches, low detail).
"""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gptbots_planner.core.image_rules import (
    SEED_RULE,
    ImageRule,
    image_tokens,
    rule_from_dict,
    seed_tiles,
)

HIGH = ImageRule("high")
LOW = ImageRule("low")
PATCH = ImageRule("patch")


def test_seed_example_from_the_faq() -> None:
    t = image_tokens(2000, 500, SEED_RULE)
    assert (t.tiles, t.tokens) == (4, Decimal(765))


@pytest.mark.parametrize(
    ("size", "scaled", "tiles", "tokens"),
    [
        ((1024, 1024), (768, 768), 4, 765),  # OpenAI: 1024 x 1024 high detail -> 765
        ((2048, 4096), (768, 1536), 6, 1105),  # fit 1024x2048, then shortest side 768
        ((512, 512), (512, 512), 1, 255),  # no resize below 768
    ],
)
def test_openai_high_detail_examples(
    size: tuple[int, int], scaled: tuple[int, int], tiles: int, tokens: int
) -> None:
    t = image_tokens(*size, HIGH)
    assert (t.scaled_width, t.scaled_height) == scaled
    assert (t.tiles, t.tokens) == (tiles, Decimal(tokens))


def test_gpt4o_mini_base_and_tile() -> None:
    mini = ImageRule("high", base=2833, tile=5667)
    t = image_tokens(1024, 1024, mini)
    assert t.tokens == Decimal(2833 + 5667 * 4)
    assert image_tokens(100, 100, ImageRule("low", base=2833)).tokens == 2833


def test_openai_patch_examples() -> None:
    # 1024 x 1024: 32 x 32 patches = 1024, under the 1536 cap, no resize.
    t = image_tokens(1024, 1024, PATCH)
    assert (t.tiles, t.tokens) == (1024, Decimal(1024))
    # 1800 x 2400: 57 x 75 = 4275 patches > 1536, scaled down to 33 x 44 = 1452 patches.
    t = image_tokens(1800, 2400, PATCH)
    assert t.tiles == 1452
    assert t.tokens == 1452


@pytest.mark.parametrize("multiplier", ["1.62", "2.46", "1.72"])
def test_patch_multipliers(multiplier: str) -> None:
    rule = ImageRule("patch", multiplier=Decimal(multiplier))
    assert image_tokens(1024, 1024, rule).tokens == 1024 * Decimal(multiplier)
    assert image_tokens(1800, 2400, rule).tokens == 1452 * Decimal(multiplier)


def test_low_detail_is_the_base_only() -> None:
    assert image_tokens(4096, 4096, LOW).tokens == 85
    assert image_tokens(10, 10, LOW).tokens == 85


def test_rule_from_catalog_dict() -> None:
    assert rule_from_dict(None) == SEED_RULE
    rule = rule_from_dict({"kind": "patch", "multiplier": "1.62", "patch_cap": 1536})
    assert image_tokens(1024, 1024, rule).tokens == Decimal("1658.88")
    with pytest.raises(ValueError):
        rule_from_dict({"kind": "tiles-of-fun"})


def test_nonpositive_size_is_refused() -> None:
    with pytest.raises(ValueError):
        image_tokens(0, 10)


sides = st.integers(min_value=1, max_value=20000)


@given(w=sides, h=sides, dw=st.integers(0, 5000), dh=st.integers(0, 5000))
def test_seed_tiles_monotone_in_size(w: int, h: int, dw: int, dh: int) -> None:
    assert seed_tiles(w + dw, h + dh) >= seed_tiles(w, h)
    assert image_tokens(w + dw, h + dh).tokens >= image_tokens(w, h).tokens


@given(w=sides, h=sides)
def test_seed_tokens_formula(w: int, h: int) -> None:
    t = image_tokens(w, h, SEED_RULE)
    assert t.tiles == math.ceil(w / 512) * math.ceil(h / 512)
    assert t.tokens == 85 + 170 * t.tiles


# Regression: Decimal noise once made a scaled side of k*32 + epsilon count k+1
# patches, so the count could exceed the cap and 1800 x 2400 came out 1055 x 1407.


@pytest.mark.parametrize(("w", "h", "cap"), [(154, 1976, 256), (18498, 2515, 1536)])
def test_patch_count_within_cap_examples(w: int, h: int, cap: int) -> None:
    assert image_tokens(w, h, ImageRule("patch", patch_cap=cap)).tiles <= cap


def test_openai_patch_example_scaled_size() -> None:
    # OpenAI: 1800 x 2400 is scaled to 1056 x 1408 (33 x 44 patches).
    t = image_tokens(1800, 2400, PATCH)
    assert (t.scaled_width, t.scaled_height) == (1056, 1408)


@settings(max_examples=400)
@given(w=sides, h=sides, cap=st.sampled_from([256, 1024, 1536, 2500]))
def test_patch_count_never_exceeds_cap(w: int, h: int, cap: int) -> None:
    t = image_tokens(w, h, ImageRule("patch", patch_cap=cap))
    assert 1 <= t.tiles <= cap
    if math.ceil(w / 32) * math.ceil(h / 32) <= cap:
        assert t.tiles == math.ceil(w / 32) * math.ceil(h / 32)


@given(w=sides, h=sides)
def test_high_detail_fits_the_box(w: int, h: int) -> None:
    t = image_tokens(w, h, HIGH)
    assert max(t.scaled_width, t.scaled_height) <= 2048
    assert min(t.scaled_width, t.scaled_height) <= 768
    assert t.tiles <= 16  # at most 4 x 4 tiles of 512 after the resize
    assert t.tokens == 85 + 170 * t.tiles
