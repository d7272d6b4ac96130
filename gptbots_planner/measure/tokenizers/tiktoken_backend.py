"""tiktoken backend: OpenAI's o200k/cl100k and Qwen's ``qwen.tiktoken`` (a BPE rank file).

The caller reads the file and checks its SHA-256 first; this module only parses the
checked bytes (``<base64 token> <rank>`` per line, the format tiktoken's
``load_tiktoken_bpe`` reads).  ``load_tiktoken_bpe`` itself is not used: with
TIKTOKEN_CACHE_DIR="" (needed so it does not copy the file into a temporary
"data-gym-cache") tiktoken skips its ``expected_hash`` check altogether, and without it
tiktoken writes a cache copy.
"""

from __future__ import annotations

import binascii
import logging
import unicodedata

import tiktoken

from gptbots_planner.measure.tokenizers.specs import TokenizerSpec

log = logging.getLogger(__name__)


def parse_ranks(data: bytes) -> dict[bytes, int]:
    """The BPE ranks of a ``.tiktoken`` file's (already checked) bytes.

    One ``split`` and C-level maps instead of a Python loop per line: o200k's 200,000
    lines parse in ~0.25 s instead of ~0.4 s, in every process that loads the vocabulary.
    """
    fields = data.split()
    if len(fields) % 2:
        raise ValueError("a .tiktoken line without its rank")
    return dict(zip(map(binascii.a2b_base64, fields[0::2]), map(int, fields[1::2]), strict=True))


def build(spec: TokenizerSpec, data: bytes) -> tiktoken.Encoding:
    """The encoding of ``spec`` from its vocabulary's bytes, whose SHA-256 the caller checked."""
    enc = tiktoken.Encoding(
        name=spec.name,
        pat_str=spec.pat_str,
        mergeable_ranks=parse_ranks(data),
        special_tokens=dict(spec.special_tokens),
    )
    # tiktoken keeps the Python dict of ranks only to pickle the encoding (its Rust core has
    # its own copy).  Nothing here pickles an encoding (each process builds its own), and the
    # dict is ~30 MB for o200k, ~15 MB for cl100k in every process: the window's and each
    # measuring worker's.
    if isinstance(getattr(enc, "_mergeable_ranks", None), dict):
        vars(enc)["_mergeable_ranks"] = {}
    return enc


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
