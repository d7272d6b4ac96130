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
    TokenizerName("deepseek_v3", QT_TRANSLATE_NOOP("Tokenizers", "DeepSeek V3 (V3, R1)")),
    TokenizerName("qwen", QT_TRANSLATE_NOOP("Tokenizers", "Qwen (Qwen2, 2.5, 3, VL, Audio)")),
    TokenizerName("llama3", QT_TRANSLATE_NOOP("Tokenizers", "Llama 3 (Meta Llama 3, 3.1)")),
    TokenizerName(
        "mistral_v1",
        QT_TRANSLATE_NOOP("Tokenizers", "Mistral v1 (open-mistral-7b, open-mixtral-8x7b)"),
    ),
)

TOKENIZERS: dict[str, TokenizerName] = {t.id: t for t in _TOKENIZERS}
TOKENIZER_IDS: tuple[str, ...] = tuple(TOKENIZERS)
DEFAULT_TOKENIZER = "o200k_base"
# The vendors' own tokenizers the planner counts exactly, beside OpenAI's: their spread on
# the user's material is the range shown for a model that is only approximated.
EXACT_FAMILIES: tuple[str, ...] = ("o200k_base", "deepseek_v3", "qwen", "llama3", "mistral_v1")
