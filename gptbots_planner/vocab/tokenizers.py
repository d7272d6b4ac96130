"""The tokenizers the planner counts with: ids and how they read.

``measure.tokens`` holds how each is loaded (its vocabulary file and SHA-256); the catalog
names one per model.  A test keeps the two in step.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from gptbots_planner.vocab.text import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TokenizerName:
    id: str
    label: Text


_TOKENIZERS = (
    TokenizerName(
        "o200k_base", QT_TRANSLATE_NOOP("Tokenizers", "o200k_base (GPT-4o, GPT-4.1, o-series)")
    ),
    TokenizerName(
        "cl100k_base", QT_TRANSLATE_NOOP("Tokenizers", "cl100k_base (GPT-4, GPT-3.5, embeddings)")
    ),
)

TOKENIZERS: dict[str, TokenizerName] = {t.id: t for t in _TOKENIZERS}
TOKENIZER_IDS: tuple[str, ...] = tuple(TOKENIZERS)
DEFAULT_TOKENIZER = "o200k_base"
