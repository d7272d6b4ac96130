"""Measurements as flat rows for display: one row per file and one row of totals.

The ``measure`` verb prints these rows as a table, CSV or JSON.  Image tokens are
counted with the default rule (``image_rules.SEED_RULE``); a plan's own image rule
applies only in the estimate.
"""

from __future__ import annotations

import logging
from typing import Any

from gptbots_planner.core import image_rules
from gptbots_planner.core.measures import token_range
from gptbots_planner.measure.records import Measurement, stored_details
from gptbots_planner.measure.scan import ScanResult

log = logging.getLogger(__name__)


def image_cost(m: Measurement) -> tuple[int | None, int | None]:
    """Tiles and whole image tokens of an image by the default rule; (None, None) otherwise."""
    if m.kind != "image" or m.width <= 0 or m.height <= 0:
        return None, None
    cost = image_rules.image_tokens(m.width, m.height)
    return cost.tiles, int(cost.tokens)


def detail_text(m: Measurement) -> str:
    """What the reader found worth saying (format, pages, encoding or frames), or ""."""
    if m.detail:
        return m.detail
    if m.pages:
        return f"{m.pages} pages"
    if m.encoding:
        return m.encoding
    if m.frames:
        return f"{m.frames} frames"
    return ""


def file_row(m: Measurement, tokenizer: str) -> dict[str, Any]:
    """One file; None where a value does not apply to its kind."""
    tiles, image_tokens = image_cost(m)
    measured = m.kind in ("text", "document")
    return {
        "path": m.path,
        "name": m.name,
        "kind": m.kind,
        "detail": detail_text(m),
        "tokens": m.tokens.get(tokenizer, 0) if measured else None,
        # [low, high] by the published tokenizers when the scan took samples ("sample:" names)
        "tokens_range": list(span) if measured and (span := token_range(m)) else None,
        "chars": m.chars if measured else None,
        "words": m.words if measured else None,
        "estimated_tokens": m.estimated_tokens if measured else None,
        "script": m.script,
        "encoding": m.encoding,
        "pages": m.pages or None,
        "width": m.width or None,
        "height": m.height or None,
        "frames": m.frames or None,
        "tiles": tiles,
        "image_tokens": image_tokens,
        "seconds": m.seconds or None,
        "size_bytes": m.size_bytes,
        "error": m.error,
        "warning": m.warning,
        # The codes behind the two texts, for tools that translate or group them.
        "error_code": m.error_message.code if m.error_message else None,
        "error_params": dict(m.error_message.params) if m.error_message else {},
        "warnings": [{"code": w.code, "params": dict(w.params)} for w in m.warning_messages],
        "details": stored_details(m),  # the detail's parts ("PDF" + "2 pages")
    }


def totals_row(result: ScanResult, tokenizer: str) -> dict[str, Any]:
    """The scan's totals, with the images' tiles and tokens by the default rule."""
    t = result.totals
    image_tokens = 0
    tiles = 0
    for m in result.measurements:
        n_tiles, n_tokens = image_cost(m)
        tiles += n_tiles or 0
        image_tokens += n_tokens or 0
    return {
        "tokenizer": tokenizer,
        "tokens": t.tokens.get(tokenizer, 0),
        "files": t.files,
        "bytes": t.bytes,
        "chars": t.chars,
        "words": t.words,
        "estimated_tokens": t.estimated_tokens,
        "pages": t.pages,
        "text_files": t.text_files,
        "documents": t.documents,
        "images": t.images,
        "image_pixels": t.image_pixels,
        "tiles": tiles,
        "image_tokens": image_tokens,
        "audio_files": t.audio_files,
        "seconds": t.seconds,
        "errors": t.errors,
        "unsupported": t.unsupported,
        "warnings": t.warnings,
        "cached": result.cache_hits,
        "cancelled": result.cancelled,
    }
