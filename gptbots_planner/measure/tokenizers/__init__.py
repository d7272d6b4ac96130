"""The tokenizer backends: tiktoken (OpenAI, Qwen), Hugging Face ``tokenizers`` (DeepSeek,
Llama 3) and SentencePiece (Mistral v1), each loaded lazily from a local file whose
SHA-256 is checked first.  ``measure.tokens`` is the public face (``get_encoding``,
``token_counter``, ``count_tokens``); this package knows where the files are and how each
kind is read.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from typing import Protocol

from gptbots_planner.measure.tokenizers.specs import (
    TOKENIZERS,
    TokenizerSpec,
    is_available,
    user_vocab_dir,
    vocab_path,
)
from gptbots_planner.vocab.messages import MessageError

log = logging.getLogger(__name__)

__all__ = [
    "TOKENIZERS",
    "Encoding",
    "TokenizerSpec",
    "UnknownTokenizerError",
    "VocabularyError",
    "is_available",
    "forget_loaded",
    "load",
    "loaded_names",
    "user_vocab_dir",
    "vocab_path",
]


class Encoding(Protocol):
    """What every backend offers: tiktoken's ``Encoding`` has these, the others wrap."""

    name: str

    @property
    def n_vocab(self) -> int: ...

    def encode_ordinary(self, text: str) -> list[int]: ...

    def decode(self, ids: list[int]) -> str: ...


class UnknownTokenizerError(MessageError):
    """A tokenizer name that is not bundled: a usage error, not a file problem."""


class VocabularyError(MessageError):
    """A vocabulary file that is missing or not the one expected (a broken install)."""


_encodings: dict[str, Encoding] = {}
_lock = threading.Lock()


def _checked_bytes(spec: TokenizerSpec) -> bytes:
    path = vocab_path(spec.name)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise VocabularyError.of(
            "tokenizer_not_installed", tokenizer=spec.name, path=str(path)
        ) from exc
    digest = hashlib.sha256(data).hexdigest()
    if digest != spec.sha256:
        # Loudly: a changed vocabulary would give wrong counts without a word.
        raise VocabularyError.of("tokenizer_vocab_mismatch", tokenizer=spec.name, path=str(path))
    return data


def _build(spec: TokenizerSpec) -> Encoding:
    if spec.backend == "hf":
        from gptbots_planner.measure.tokenizers.hf_backend import HFEncoding

        return HFEncoding(spec.name, _checked_bytes(spec).decode("utf-8"))
    if spec.backend == "sentencepiece":
        from gptbots_planner.measure.tokenizers.sp_backend import SPEncoding

        return SPEncoding(spec.name, _checked_bytes(spec))
    from gptbots_planner.measure.tokenizers import tiktoken_backend

    enc = tiktoken_backend.build(spec, _checked_bytes(spec))
    return tiktoken_backend.NFCEncoding(enc) if spec.nfc else enc


def load(name: str) -> Encoding:
    """The encoding ``name`` (cached per process; loaded on first use only)."""
    enc = _encodings.get(name)
    if enc is not None:
        return enc
    if name not in TOKENIZERS:
        raise UnknownTokenizerError.of(
            "unknown_tokenizer_choices",
            tokenizer=repr(name),
            choices=", ".join(sorted(TOKENIZERS)),
        )
    with _lock:
        enc = _encodings.get(name)
        if enc is None:
            enc = _build(TOKENIZERS[name])
            _encodings[name] = enc
            log.debug("loaded tokenizer %s", name)
    return enc


def forget_loaded() -> None:
    """Drop every loaded vocabulary (tests: the next use loads it again, under their guard)."""
    with _lock:
        _encodings.clear()


def loaded_names() -> tuple[str, ...]:
    """The vocabularies this process has loaded so far."""
    return tuple(_encodings)
