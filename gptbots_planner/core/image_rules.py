"""Image token rules: how many LLM input tokens one image costs.

The seed's rule is the default (GPTBots pricing page, FAQ):
``tiles = ceil(w/512) * ceil(h/512)``, ``tokens = 85 + 170 * tiles``.
Rules from OpenAI's public docs are offered as alternatives, never as the
default: "high" detail (fit 2048x2048, shortest side to 768, 512 px tiles),
the 32 px "patch" rule (capped at 1536 patches, times a model multiplier) and
"low" detail (the base tokens only).

Pure integer / Decimal arithmetic: the same inputs always give the same tokens.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from decimal import Decimal, localcontext

from gptbots_planner.core.errors import CodedError

log = logging.getLogger(__name__)

RULE_KINDS = ("seed", "high", "patch", "low")


@dataclass(frozen=True)
class ImageRule:
    """One way of turning an image's size into tokens."""

    kind: str = "seed"
    base: int = 85
    tile: int = 170
    multiplier: Decimal = Decimal(1)
    patch_cap: int = 1536

    def __post_init__(self) -> None:
        if self.kind not in RULE_KINDS:
            raise CodedError.of("unknown_image_rule", kind=repr(self.kind), choices=RULE_KINDS)

    @property
    def label(self) -> str:
        if self.kind == "seed":
            return "GPTBots FAQ: 85 + 170 per 512 px tile"
        if self.kind == "high":
            return f"OpenAI high detail: {self.base} + {self.tile} per tile after resize"
        if self.kind == "patch":
            return f"OpenAI 32 px patches (cap {self.patch_cap}) x {self.multiplier}"
        return f"Low detail: {self.base} tokens"


SEED_RULE = ImageRule("seed")


@dataclass(frozen=True)
class ImageTokens:
    tiles: int  # 512 px tiles, or 32 px patches for the patch rule
    tokens: Decimal
    scaled_width: int
    scaled_height: int


def seed_tiles(width: int, height: int) -> int:
    return math.ceil(width / 512) * math.ceil(height / 512)


def _check_size(width: int, height: int) -> None:
    if width <= 0 or height <= 0:
        raise CodedError.of("bad_image_size", width=width, height=height)


def _high_detail_size(width: int, height: int) -> tuple[int, int]:
    w, h = Decimal(width), Decimal(height)
    with localcontext() as ctx:
        ctx.prec = 40
        if w > 2048 or h > 2048:
            scale = min(Decimal(2048) / w, Decimal(2048) / h)
            w, h = w * scale, h * scale
        shortest = min(w, h)
        if shortest > 768:
            scale = Decimal(768) / shortest
            w, h = w * scale, h * scale
    # OpenAI rounds the scaled sides to whole pixels.
    return int(w.to_integral_value()), int(h.to_integral_value())


def _patch_size(width: int, height: int, cap: int) -> tuple[int, int, int]:
    patches = math.ceil(width / 32) * math.ceil(height / 32)
    if patches <= cap:
        return width, height, patches
    with localcontext() as ctx:
        ctx.prec = 40
        w, h = Decimal(width), Decimal(height)
        r = (Decimal(32 * 32 * cap) / (w * h)).sqrt()
        wr, hr = w * r / 32, h * r / 32
        r = r * min(
            wr.to_integral_value("ROUND_FLOOR") / wr, hr.to_integral_value("ROUND_FLOOR") / hr
        )
        # Mathematically one side now lands exactly on a multiple of 32; round
        # away the last digits of Decimal noise so 1056.000...01 is not 34 patches.
        grain = Decimal("0.000001")
        sw, sh = (w * r).quantize(grain), (h * r).quantize(grain)
        pw = int((sw / 32).to_integral_value("ROUND_CEILING"))
        ph = int((sh / 32).to_integral_value("ROUND_CEILING"))
    # A sliver (1 x 8193 px) floors to 0 patches on its short side in OpenAI's
    # formula; the model still sees it, so keep one patch per side within the cap.
    pw, ph = max(pw, 1), max(ph, 1)
    if pw * ph > cap:
        if pw >= ph:
            pw = max(cap // ph, 1)
        else:
            ph = max(cap // pw, 1)
    return int(sw), int(sh), pw * ph


def image_tokens(width: int, height: int, rule: ImageRule = SEED_RULE) -> ImageTokens:
    """Tokens one image of ``width`` x ``height`` pixels costs under ``rule``."""
    _check_size(width, height)
    if rule.kind == "seed":
        tiles = seed_tiles(width, height)
        return ImageTokens(tiles, Decimal(85 + 170 * tiles), width, height)
    if rule.kind == "low":
        return ImageTokens(0, Decimal(rule.base), width, height)
    if rule.kind == "high":
        w, h = _high_detail_size(width, height)
        tiles = seed_tiles(w, h)
        return ImageTokens(tiles, Decimal(rule.base + rule.tile * tiles), w, h)
    w, h, patches = _patch_size(width, height, rule.patch_cap)
    return ImageTokens(patches, Decimal(patches) * rule.multiplier, w, h)


def rule_from_dict(data: dict[str, object] | None) -> ImageRule:
    """Build a rule from the catalog's ``provider_image_rule`` object (None: the seed's)."""
    if not data:
        return SEED_RULE
    kind = str(data.get("kind", "seed"))
    return ImageRule(
        kind=kind,
        base=int(str(data.get("base", 85))),
        tile=int(str(data.get("tile", 170))),
        multiplier=Decimal(str(data.get("multiplier", "1"))),
        patch_cap=int(str(data.get("patch_cap", 1536))),
    )
