"""The record every measurement produces: one per file (or pasted text).

``core.plan`` turns these into plan items; the CLI prints them; the GUI shows
them in its file table.  Everything here is plain data so it pickles across
processes and round-trips through JSON (``to_dict`` / ``from_dict``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

# What kind of thing a file is, which decides its default role.
KINDS = ("text", "document", "image", "audio", "unsupported", "error")


@dataclass
class Measurement:
    path: str  # absolute path, or "" for pasted text
    name: str  # file name as shown to the user
    kind: str  # one of KINDS
    size_bytes: int = 0
    mtime_ns: int = 0
    detail: str = ""  # "12 pages", "UTF-8", "GIF, 24 frames", "MP3, VBR (frames walked)" ...
    # Text: exact counts per tokenizer that was asked for ("o200k_base" -> 1234).
    tokens: dict[str, int] = field(default_factory=dict)
    chars: int = 0  # characters of extracted text (TTS bills characters)
    words: int = 0  # whitespace-separated words
    # Main script: "latin", "han", "kana", "hangul", "thai", "cyrillic", "arabic", ...
    script: str = ""
    estimated_tokens: int = 0  # the seed's rule of thumb, beside the exact count
    encoding: str = ""  # text encoding used
    pages: int = 0
    # Images (oriented size, as the model sees it).
    width: int = 0
    height: int = 0
    frames: int = 0
    # Audio: seconds as a decimal string (exact, no float noise), "" when unknown.
    seconds: str = ""
    error: str = ""  # non-empty: the file could not be measured, and why
    warning: str = ""  # measured, with a caveat ("no text layer, needs OCR", ...)

    @property
    def ok(self) -> bool:
        return not self.error

    def fail(self, message: str) -> Measurement:
        """Turn this record into an error row (the file could not be measured) and return it."""
        self.kind = "error"
        self.error = message
        self.seconds = ""
        return self

    @classmethod
    def for_file(cls, path: Path, kind: str) -> Measurement:
        """A record for ``path`` with size and mtime; an error row when it can't be read or is empty."""
        m = cls(path=str(path), name=path.name, kind=kind)
        try:
            st = os.stat(path)
        except OSError as e:
            return m.fail(f"cannot read file: {e.strerror or e}")
        m.size_bytes, m.mtime_ns = st.st_size, st.st_mtime_ns
        if st.st_size == 0:
            return m.fail("empty file (0 bytes)")
        return m

    def to_dict(self) -> dict[str, Any]:
        # A flat copy: dataclasses.asdict deep-copies recursively and made saving
        # a 20,000-item plan take seconds.
        data = {name: getattr(self, name) for name in _FIELD_NAMES}
        data["tokens"] = dict(self.tokens)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Measurement:
        known = {f for f in cls.__dataclass_fields__}
        values = {k: v for k, v in data.items() if k in known}
        values["tokens"] = {str(k): int(v) for k, v in dict(values.get("tokens", {})).items()}
        return cls(**values)


_FIELD_NAMES = tuple(f.name for f in fields(Measurement))
