"""What a scan returns: its rows and their totals (tokens, pages, pixels, audio seconds)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from gptbots_planner.measure.records import Measurement

log = logging.getLogger(__name__)


@dataclass
class ScanTotals:
    files: int = 0
    bytes: int = 0
    tokens: dict[str, int] = field(default_factory=dict)
    chars: int = 0
    words: int = 0
    estimated_tokens: int = 0
    pages: int = 0
    text_files: int = 0
    documents: int = 0
    images: int = 0
    image_pixels: int = 0
    audio_files: int = 0
    seconds: str = "0"  # audio seconds, an exact Decimal as a string
    errors: int = 0
    unsupported: int = 0
    warnings: int = 0

    def to_dict(self) -> dict[str, object]:
        return {
            "files": self.files,
            "bytes": self.bytes,
            "tokens": dict(self.tokens),
            "chars": self.chars,
            "words": self.words,
            "estimated_tokens": self.estimated_tokens,
            "pages": self.pages,
            "text_files": self.text_files,
            "documents": self.documents,
            "images": self.images,
            "image_pixels": self.image_pixels,
            "audio_files": self.audio_files,
            "seconds": self.seconds,
            "errors": self.errors,
            "unsupported": self.unsupported,
            "warnings": self.warnings,
        }


def compute_totals(measurements: Sequence[Measurement], tokenizers: Sequence[str]) -> ScanTotals:
    totals = ScanTotals(tokens=dict.fromkeys(tokenizers, 0))
    seconds = Decimal(0)
    for m in measurements:
        totals.files += 1
        totals.bytes += m.size_bytes
        if m.kind == "error":
            totals.errors += 1
            continue
        if m.kind == "unsupported":
            totals.unsupported += 1
            continue
        if m.warning:
            totals.warnings += 1
        for name, count in m.tokens.items():
            totals.tokens[name] = totals.tokens.get(name, 0) + count
        totals.chars += m.chars
        totals.words += m.words
        totals.estimated_tokens += m.estimated_tokens
        totals.pages += m.pages
        if m.kind == "text":
            totals.text_files += 1
        elif m.kind == "document":
            totals.documents += 1
        elif m.kind == "image":
            totals.images += 1
            totals.image_pixels += m.width * m.height
        elif m.kind == "audio":
            totals.audio_files += 1
            if m.seconds:
                try:
                    value = Decimal(m.seconds)
                except InvalidOperation:
                    value = Decimal("NaN")
                if value.is_finite() and value >= 0:
                    seconds += value
                else:  # "NaN", "Infinity", "-5": never let one row spoil the total
                    log.warning("%s: unreadable seconds %r", m.path, m.seconds)
    totals.seconds = str(seconds)
    return totals


@dataclass
class ScanResult:
    measurements: list[Measurement]
    cancelled: bool
    totals: ScanTotals
    cache_hits: int = 0
