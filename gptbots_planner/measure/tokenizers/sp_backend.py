"""SentencePiece backend (Mistral's v1 ``.model``), counted with ``sentencepiece`` itself.

A Hugging Face conversion of this model miscounts runs of spaces, so the reference
library is used.  ``encode(text)`` adds no BOS/EOS.  SentencePiece puts a "▁" dummy
prefix before the text (``add_dummy_prefix``); the API tokenizes a message the same way
(mistral-common encodes each message's content as its own piece of text), so the
prefix is kept: it usually merges into the first word and adds no token.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


class SPEncoding:
    def __init__(self, name: str, model: bytes) -> None:
        import sentencepiece  # lazy: only when a Mistral model needs it

        self.name = name
        self._sp = sentencepiece.SentencePieceProcessor(model_proto=model)
        self.n_vocab = int(self._sp.get_piece_size())

    def encode_ordinary(self, text: str) -> list[int]:
        return list(self._sp.encode(text))

    def count(self, text: str) -> int:
        return len(self._sp.encode(text))

    def decode(self, ids: list[int]) -> str:
        return str(self._sp.decode(ids))
