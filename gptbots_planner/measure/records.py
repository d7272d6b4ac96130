"""The record every measurement produces: one per file (or pasted text).

``core.plan`` turns these into plan items; the CLI prints them; the GUI shows
them in its file table.  Everything here is plain data so it pickles across
processes and round-trips through JSON (``to_dict`` / ``from_dict``).

Errors and warnings are message codes (``vocab.messages``): ``error_message`` and
``warning_messages`` are what the GUI, the workbook and the CSV translate; ``error`` and
``warning`` are their English texts (what the CLI, JSON and plan files show), kept in step
by :meth:`Measurement.fail` / :meth:`Measurement.warn`.  The same goes for the detail
("PDF, 2 pages"): ``detail_messages`` are its coded parts (``vocab.detail_messages``),
``detail`` their English, set by :meth:`Measurement.describe`.
"""

from __future__ import annotations

import logging
import math
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from gptbots_planner.vocab.detail_messages import DETAIL_SEPARATOR, DETAIL_SUFFIX, DETAIL_SUFFIXES
from gptbots_planner.vocab.messages import Message, message, render
from gptbots_planner.vocab.text import Translate, english, fill

#: how several warnings read as one text (the CLI's and the plan file's ``warning``)
WARNING_SEPARATOR = "; "

# What kind of thing a file is, which decides its default role.
log = logging.getLogger(__name__)

KINDS = ("text", "document", "image", "audio", "unsupported", "error")


@dataclass
class Measurement:
    path: str  # absolute path, or "" for pasted text
    name: str  # file name as shown to the user
    kind: str  # one of KINDS
    size_bytes: int = 0
    mtime_ns: int = 0
    # The English of detail_messages ("PDF, 12 pages", "UTF-8", "GIF, 24 frames"); describe().
    detail: str = ""
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
    # The English of error_message / warning_messages; set through fail() / warn().
    error: str = ""  # non-empty: the file could not be measured, and why
    warning: str = ""  # measured, with a caveat ("no text layer, needs OCR", ...)
    error_message: Message | None = None
    warning_messages: list[Message] = field(default_factory=list)
    detail_messages: list[Message] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Rows built with texts only (tests, old callers) get the fallback code, so that
        # the texts and the codes always agree.
        if self.error_message is not None:
            self.error = self.error_message.english()
        elif self.error:
            self.error_message = legacy_message(self.error)
        if self.warning_messages:
            self.warning = joined_warnings(self.warning_messages)
        elif self.warning:
            self.warning_messages = [legacy_message(self.warning)]
        if self.detail_messages:
            self.detail = detail_text(self.detail_messages)
        elif self.detail:
            self.detail_messages = [legacy_message(self.detail)]

    @property
    def ok(self) -> bool:
        return not self.error

    def fail(self, msg: Message, kind: str = "error") -> Measurement:
        """Turn this record into an error row (the file could not be measured) and return it."""
        self.kind = kind
        self.error_message = msg
        self.error = msg.english()
        self.seconds = ""
        return self

    def warn(self, msg: Message | None, *, first: bool = False) -> Measurement:
        """Add a warning (after the others, or before them with ``first``); None adds none."""
        if msg is not None:
            if first:
                self.warning_messages.insert(0, msg)
            else:
                self.warning_messages.append(msg)
            self.warning = joined_warnings(self.warning_messages)
        return self

    def set_warnings(self, msgs: list[Message]) -> Measurement:
        """Replace the warnings (an empty list clears them)."""
        self.warning_messages = list(msgs)
        self.warning = joined_warnings(self.warning_messages)
        return self

    def describe(self, *parts: Message) -> Measurement:
        """Set the detail to these parts (``detail_name`` for a technical name); none clears it."""
        self.detail_messages = list(parts)
        self.detail = detail_text(self.detail_messages)
        return self

    @classmethod
    def for_file(cls, path: Path, kind: str) -> Measurement:
        """A record for ``path`` with size and mtime; an error row when it can't be read or is empty."""
        m = cls(path=str(path), name=path.name, kind=kind)
        try:
            st = os.stat(path)
        except OSError as e:
            return m.fail(message("cannot_read_file", detail=e.strerror or e))
        m.size_bytes, m.mtime_ns = st.st_size, st.st_mtime_ns
        if st.st_size == 0:
            return m.fail(message("empty_file"))
        return m

    def to_dict(self) -> dict[str, Any]:
        # A flat copy: dataclasses.asdict deep-copies recursively and made saving
        # a 20,000-item plan take seconds.
        data = {name: getattr(self, name) for name in _FIELD_NAMES}
        data["tokens"] = dict(self.tokens)
        err = self.error_message
        data["error_code"] = err.code if err is not None else None
        data["error_params"] = dict(err.params) if err is not None else {}
        data["warnings"] = [
            {"code": w.code, "params": dict(w.params)} for w in self.warning_messages
        ]
        data["details"] = stored_details(self)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Measurement:
        values = {k: v for k, v in data.items() if k in _FIELD_NAMES}
        values["tokens"] = {str(k): int(v) for k, v in dict(values.get("tokens", {})).items()}
        m = cls(**values)
        if data.get("error_code"):
            stored = {"code": data["error_code"], "params": data.get("error_params")}
            m.error_message = _stored_messages([stored], m.error or stored["code"])[0]
            m.error = m.error_message.english()
        warnings = data.get("warnings")
        if warnings:
            if not isinstance(warnings, list):
                raise ValueError("warnings must be a list")
            m.set_warnings(_stored_messages(warnings, m.warning))
        details = data.get("details")
        if details:  # rows stored before details had codes have only the English text
            if not isinstance(details, list):
                raise ValueError("details must be a list")
            m.describe(*_stored_messages(details, m.detail))
        return m

    @classmethod
    def from_stored(cls, data: Any) -> Measurement:
        """``from_dict`` of a row this program stored (the measurement cache), every field
        checked first: a tampered or damaged row raises ValueError (then the file is measured
        again) instead of a traceback or NaN totals later."""
        check_stored_row(data)
        return cls.from_dict(data)


# Stored fields and their checks (from_stored): whole counts, texts, and the audio seconds.
_COUNT_FIELDS = ("size_bytes", "mtime_ns", "chars", "words", "estimated_tokens", "pages")
_SIZE_FIELDS = ("width", "height", "frames")
_TEXT_FIELDS = ("path", "name", "detail", "script", "encoding", "error", "warning")


_NUMBER_FIELDS = (*_COUNT_FIELDS, *_SIZE_FIELDS)


def check_stored_row(data: Any) -> None:
    """Raise ValueError unless ``data`` is a well-formed stored measurement row (a cached
    re-scan checks thousands: plain loops and type checks, no generator per row)."""
    if type(data) is not dict:
        raise ValueError("a stored measurement must be an object")
    if data.get("kind") not in KINDS:
        raise ValueError(f"unknown kind {data.get('kind')!r}")
    for key in _NUMBER_FIELDS:
        value = data.get(key, 0)
        # ``type() is int``: JSON gives plain ints, and True/False (bool) must not pass.
        if type(value) is not int or value < 0:
            raise ValueError(f"{key} must be a whole number >= 0, got {value!r}")
    for key in _TEXT_FIELDS:
        if type(data.get(key, "")) is not str:
            raise ValueError(f"{key} must be text, got {data[key]!r}")
    tokens = data.get("tokens", {})
    if type(tokens) is not dict:
        raise ValueError("tokens must map tokenizer names to whole numbers >= 0")
    for name, count in tokens.items():
        if type(name) is not str or type(count) is not int or count < 0:
            raise ValueError("tokens must map tokenizer names to whole numbers >= 0")
    seconds = data.get("seconds", "")
    if not isinstance(seconds, str):
        raise ValueError(f"seconds must be text, got {seconds!r}")
    if seconds:
        try:
            value = float(seconds)
        except ValueError:
            raise ValueError(f"seconds must be a number, got {seconds!r}") from None
        if not math.isfinite(value) or value < 0:
            raise ValueError(f"seconds must be finite and >= 0, got {seconds!r}")


def legacy_message(text: str) -> Message:
    """A text stored before message codes existed, as a message (code ``legacy_text``)."""
    return message("legacy_text", text=text)


def joined_warnings(msgs: list[Message]) -> str:
    return WARNING_SEPARATOR.join(m.english() for m in msgs)


def detail_text(parts: list[Message], translate: Translate = english) -> str:
    """A detail's parts in the translator's language: "PDF" + "2 pages" -> "PDF, 2 pages",
    a parenthesised part after a space ("MP3, CBR, 44.1 kHz (frame headers walked)")."""
    text = ""
    for part in parts:
        shown = render(part, translate)
        if not text:
            text = shown
        elif part.code in DETAIL_SUFFIXES:
            text = fill(translate(DETAIL_SUFFIX), {"detail": text, "suffix": shown})
        else:
            text += translate(DETAIL_SEPARATOR) + shown
    return text


def detail_name(name: str) -> Message:
    """A detail part shown as written in every language: a format, codec or encoding."""
    return message("detail_name", name=name)


def detail_names(*names: str) -> tuple[Message, ...]:
    """``detail_name`` parts: "MP3", "VBR", "44.1 kHz"."""
    return tuple(detail_name(name) for name in names)


# the detail codes of a count of units: (one, several)
_COUNTED = {
    "page": ("detail_page", "detail_pages"),
    "slide": ("detail_slide", "detail_slides"),
    "sheet": ("detail_sheet", "detail_sheets"),
    "part": ("detail_part", "detail_parts"),
}


def count_part(count: int, unit: str) -> Message:
    """A detail part "2 pages" / "1 page": ``unit`` is page, slide, sheet or part."""
    one, several = _COUNTED[unit]
    return message(one if count == 1 else several, count=count)


def stored_details(m: Measurement) -> list[dict[str, Any]]:
    """The detail's parts as {"code", "params"} (plan files, the cache, the CLI's JSON)."""
    return [{"code": d.code, "params": dict(d.params)} for d in m.detail_messages]


def _stored_messages(stored: list[Any], text: str) -> list[Message]:
    """Messages stored as {"code", "params"}; when a code is one this version does not know
    (written by a newer one), the stored English ``text`` of them all, as one message."""
    if not all(isinstance(d, dict) and isinstance(d.get("code"), str) for d in stored):
        raise ValueError("a stored message must be an object with a code")
    try:
        return [Message.from_dict(d) for d in stored]
    except KeyError:
        log.info("unknown message code in %r; keeping the text", stored)
        return [legacy_message(text)] if text else []


# The stored fields (the Message objects go to/from dicts of their own, in to_dict).
_FIELD_NAMES = tuple(
    f.name
    for f in fields(Measurement)
    if f.name not in ("error_message", "warning_messages", "detail_messages")
)
