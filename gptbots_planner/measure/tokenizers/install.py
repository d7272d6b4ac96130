"""Adding a vocabulary the app may not ship (Llama 3) to the user folder, and each one's state.

The copy is checked against the spec's SHA-256 before anything is written, then written
whole or not at all (``atomic``): a wrong file leaves the folder as it was, and a file
already installed is only replaced by one that is right.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Literal

from gptbots_planner.atomic import atomic_write_bytes
from gptbots_planner.measure.tokenizers.specs import TOKENIZERS, user_vocab_dir, vocab_path
from gptbots_planner.vocab.messages import MessageError

log = logging.getLogger(__name__)

# bundled: ships with the app; installed: in the user folder with the right hash;
# missing: not there (counted approximately); wrong_file: there, but another hash (refused).
Status = Literal["bundled", "installed", "missing", "wrong_file"]


class InstallError(MessageError):
    """A vocabulary that could not be added; nothing was copied."""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def status(name: str) -> Status:
    """Where the vocabulary ``name`` stands; a user-folder file is hashed to tell."""
    spec = TOKENIZERS[name]
    if spec.bundled:
        return "bundled"
    path = vocab_path(name)
    if not path.is_file():
        return "missing"
    try:
        return "installed" if _sha256(path) == spec.sha256 else "wrong_file"
    except OSError:
        log.warning("cannot read %s", path, exc_info=True)
        return "wrong_file"


def install(name: str, source: Path) -> Path:
    """Copy ``source`` to the user folder as vocabulary ``name``; returns where it went."""
    spec = TOKENIZERS.get(name)
    if spec is None:
        raise InstallError.of(
            "unknown_tokenizer_choices",
            tokenizer=repr(name),
            choices=", ".join(n for n, s in TOKENIZERS.items() if not s.bundled),
        )
    if spec.bundled:
        raise InstallError.of("tokenizer_add_bundled", tokenizer=name)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise InstallError.of(
            "tokenizer_add_unreadable", path=str(source), reason=exc.strerror or str(exc)
        ) from exc
    digest = hashlib.sha256(data).hexdigest()
    if digest != spec.sha256:
        raise InstallError.of(
            "tokenizer_add_mismatch",
            tokenizer=name,
            path=str(source),
            digest=digest,
            expected=spec.sha256,
        )
    target = user_vocab_dir() / spec.filename
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        raise InstallError.of(
            "tokenizer_add_failed",
            tokenizer=name,
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    log.info("installed %s vocabulary at %s", name, target)
    return target
