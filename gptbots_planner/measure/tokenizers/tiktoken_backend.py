"""tiktoken backend: OpenAI's o200k/cl100k and Qwen's ``qwen.tiktoken`` (a BPE rank file).

``load_tiktoken_bpe`` checks the SHA-256.  It copies the file into a temporary
"data-gym-cache" unless TIKTOKEN_CACHE_DIR is the empty string; the file is local
already, so caching is switched off for the duration of the load (the caller holds the
loading lock).
"""

from __future__ import annotations

import logging
import os
import unicodedata

import tiktoken
import tiktoken.load

from gptbots_planner.measure.tokenizers.specs import TokenizerSpec

log = logging.getLogger(__name__)


def load_ranks(spec: TokenizerSpec, path: str) -> dict[bytes, int]:
    saved = os.environ.get("TIKTOKEN_CACHE_DIR")
    os.environ["TIKTOKEN_CACHE_DIR"] = ""
    try:
        return tiktoken.load.load_tiktoken_bpe(path, expected_hash=spec.sha256)
    finally:
        if saved is None:
            del os.environ["TIKTOKEN_CACHE_DIR"]
        else:
            os.environ["TIKTOKEN_CACHE_DIR"] = saved


def build(spec: TokenizerSpec, path: str) -> tiktoken.Encoding:
    return tiktoken.Encoding(
        name=spec.name,
        pat_str=spec.pat_str,
        mergeable_ranks=load_ranks(spec, path),
        special_tokens=dict(spec.special_tokens),
    )


class NFCEncoding:
    """A tiktoken encoding that first normalises to NFC (Qwen's tokenizer does)."""

    def __init__(self, enc: tiktoken.Encoding) -> None:
        self.enc = enc
        self.name = enc.name
        self.n_vocab = enc.n_vocab

    def encode_ordinary(self, text: str) -> list[int]:
        return self.enc.encode_ordinary(unicodedata.normalize("NFC", text))

    def count(self, text: str) -> int:
        return len(self.encode_ordinary(text))

    def decode(self, ids: list[int]) -> str:
        return self.enc.decode(ids)
