"""Plain-text files: stream the file, count tokens exactly.

Files are read in ~1 MB blocks and counted in ~1 MB chunks cut where
``tokens.safe_split_point`` says the cut cannot change the count, so memory
stays bounded whatever the file size and the streamed count equals the count of
the whole text (see ``TextSink``).  Which encoding to read with comes from
``encoding`` (a BOM, UTF-16/32 without one, UTF-8, charset-normalizer, legacy
code pages); a file that stops decoding half-way is read again with the
candidates for the bytes around the failure.  The caller can force an encoding.
HTML files count their visible text only (``htmltext``).
"""

from __future__ import annotations

import codecs
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from gptbots_planner.measure import same_content, tokens
from gptbots_planner.measure.encoding import (
    SAMPLE_BYTES,
    Attempt,
    already_tried,
    bom_codec,
    declared_charset,
    detected_attempts,
    display_encoding,
    forced_attempt,
    recovery_attempts,
)
from gptbots_planner.measure.errors import MeasureCancelled, ShouldStop, TextFileError
from gptbots_planner.measure.htmltext import VisibleTextParser
from gptbots_planner.measure.progress import file_bytes
from gptbots_planner.measure.records import Measurement, detail_name
from gptbots_planner.vocab.messages import Message, message

log = logging.getLogger(__name__)

READ_BLOCK = 1 << 20  # bytes read at a time
FILE_PROGRESS_FROM = READ_BLOCK  # a file this far read reports its position
CHUNK_CHARS = 1 << 20  # characters handed to tiktoken at a time
PENDING_FACTOR = 4  # cut inexactly only if no safe point shows up within 4 chunks
DEFAULT_MAX_TEXT_BYTES = 16 * 1024**3

TEXT_EXTENSIONS = frozenset(
    {
        ".txt", ".text", ".md", ".markdown", ".csv", ".tsv", ".json", ".jsonl", ".ndjson",
        ".xml", ".yaml", ".yml", ".log", ".rst", ".ini", ".toml", ".cfg", ".conf", ".properties",
        ".env", ".srt", ".vtt", ".tex", ".adoc", ".org",
        # code
        ".py", ".pyi", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".java", ".kt", ".kts",
        ".scala", ".c", ".h", ".cc", ".cpp", ".cxx", ".hpp", ".hh", ".cs", ".go", ".rs", ".rb",
        ".php", ".pl", ".pm", ".lua", ".r", ".swift", ".m", ".mm", ".dart", ".sh", ".bash",
        ".zsh", ".fish", ".ps1", ".bat", ".cmd", ".sql", ".css", ".scss", ".sass", ".less",
        ".vue", ".svelte", ".gradle", ".cmake", ".mk", ".dockerfile", ".proto", ".graphql",
        ".ipynb",
    }
)  # fmt: skip
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
# Files with no extension but a well-known text name.
TEXT_NAMES = frozenset(
    {
        "readme",
        "license",
        "licence",
        "copying",
        "copyright",
        "makefile",
        "dockerfile",
        "changelog",
        "changes",
        "authors",
        "contributors",
        "notice",
        "news",
        "todo",
        "install",
        "history",
        "thanks",
        "credits",
        "gemfile",
        "rakefile",
        "vagrantfile",
        "procfile",
    }
)

# Markup whose prolog may declare its charset (``<meta charset>``, ``<?xml encoding?>``).
_DECLARES_CHARSET = HTML_EXTENSIONS | {".xml", ".svg"}


def is_text_name(path: Path) -> bool:
    return is_text_filename(path.name)


def filename_suffix(name: str) -> str:
    """``os.path.splitext(name)[1]`` of a bare file name, without its Python-level
    generality (planning a scan of 100,000 files asks this of each): the last dot and
    what follows, unless only dots come before it (".bashrc" has none)."""
    dot = name.rfind(".")
    return name[dot:] if dot > 0 and name[:dot].lstrip(".") else ""


def is_text_filename(name: str, suffix: str | None = None) -> bool:
    """``is_text_name`` of a bare file name (no ``Path`` built: planning a scan of 100,000
    files asks this of each); ``suffix``: its ``filename_suffix``, lower-cased, when the
    caller has it."""
    if suffix is None:
        suffix = filename_suffix(name).lower()
    if suffix == ".":  # "notes." has no suffix, as for pathlib
        suffix = ""
    if suffix in TEXT_EXTENSIONS or suffix in HTML_EXTENSIONS:
        return True
    return not suffix and name.lower() in TEXT_NAMES


# --- Counting ------------------------------------------------------------------------------


class TextSink:
    """Accumulates text written in any pieces and counts it in chunks cut at exact points.

    ``write`` may be called with pieces of any size; the counts after ``close``
    equal the counts of the concatenated text (unless no exact cut point turned
    up within ``PENDING_FACTOR`` chunks; then the cut falls on a line break or a
    space and ``inexact_cuts`` says how often that happened).
    """

    def __init__(
        self,
        tokenizers: Sequence[str],
        chunk_chars: int | None = None,
        should_stop: ShouldStop | None = None,
    ) -> None:
        self.should_stop = should_stop
        self.tokenizers = tuple(tokenizers)
        self._counters = [tokens.token_counter(name) for name in self.tokenizers]
        self.chunk_chars = chunk_chars or CHUNK_CHARS
        self._flush_at = self.chunk_chars
        self.counts = dict.fromkeys(self.tokenizers, 0)
        self.chars = 0
        self.words = 0
        self.stats = tokens.ScriptStats()
        self.inexact_cuts = 0
        self.replacements = 0  # U+FFFD seen (bytes that did not decode under errors="replace")
        self._pending: list[str] = []
        self._pending_len = 0

    def write(self, text: str) -> None:
        if not text:
            return
        self._pending.append(text)
        self._pending_len += len(text)
        if self._pending_len >= self._flush_at:
            self._flush(final=False)

    def close(self) -> None:
        self._flush(final=True)

    def _flush(self, final: bool) -> None:
        self._flush_at = self.chunk_chars
        buf = "".join(self._pending)
        self._pending, self._pending_len = [], 0
        while buf:
            if final:
                cut = len(buf)
            elif len(buf) < self.chunk_chars:
                break
            else:
                cut = tokens.safe_split_point(buf, max(0, self.chunk_chars // 2))
                if cut <= 0:
                    cut = tokens.safe_split_point(buf)
                if cut <= 0:
                    if len(buf) < PENDING_FACTOR * self.chunk_chars:
                        # Wait for more text (a safe point may still come), but do not
                        # re-search the whole buffer on every small write.
                        self._flush_at = len(buf) + self.chunk_chars // 4
                        break
                    cut = tokens.fallback_split_point(buf, len(buf) // 2)
                    if cut <= 0:
                        cut = len(buf) // 2
                    self.inexact_cuts += 1
            self._count(buf[:cut])
            buf = buf[cut:]
        if buf:
            self._pending, self._pending_len = [buf], len(buf)

    def _count(self, chunk: str) -> None:
        if self.should_stop is not None and self.should_stop():
            raise MeasureCancelled
        inexact = 0
        for name, counter in zip(self.tokenizers, self._counters, strict=True):
            count, cuts = tokens.count_split(counter, chunk)
            self.counts[name] += count
            inexact = max(inexact, cuts)
        self.inexact_cuts += inexact
        self.chars += len(chunk)
        if chunk.isascii():
            words, letters = tokens.ascii_words_and_letters(chunk)
            self.words += words
            self.stats.add_ascii(len(chunk), letters)
        else:
            self.replacements += chunk.count("\ufffd")
            self.words += len(chunk.split())
            self.stats.feed(chunk)

    def approximate_note(self) -> Message | None:
        """The warning to show when some cut was not exact (else None)."""
        if not self.inexact_cuts:
            return None
        return message("chunk_cuts", count=self.inexact_cuts)

    def fill(self, m: Measurement) -> Measurement:
        """Copy the counts into ``m`` (call after ``close``)."""
        m.tokens = dict(self.counts)
        m.chars = self.chars
        m.words = self.words
        m.estimated_tokens = self.stats.estimate()
        m.script = self.stats.main_script
        return m


def measure_text(text: str, name: str, tokenizers: Sequence[str]) -> Measurement:
    """Measure pasted text (no file)."""
    sink = TextSink(tokenizers)
    sink.write(text)
    sink.close()
    m = Measurement(path="", name=name, kind="text", size_bytes=len(text.encode("utf-8")))
    sink.fill(m)
    m.encoding = "utf-8"
    return m.warn(message("empty_text") if not text else sink.approximate_note())


# --- Reading --------------------------------------------------------------------------------


class _DecodeFailed(Exception):
    def __init__(self, position: int, saw_non_ascii: bool) -> None:
        super().__init__(position)
        self.position = position
        self.saw_non_ascii = saw_non_ascii  # non-ASCII text decoded fine before the failure


def _stream(
    path: Path,
    attempt: Attempt,
    write: Callable[[str], None],
    allow_nul: bool,
    should_stop: ShouldStop | None = None,
    whole: bytes | None = None,
) -> int:
    """Decode ``path`` (or ``whole``, its complete bytes) from byte ``attempt.skip`` and pass
    the text to ``write``; returns bytes read."""
    decoder = codecs.getincrementaldecoder(attempt.codec)(attempt.errors)
    skip = attempt.skip
    offset = skip
    saw_non_ascii = False
    if whole is not None:
        try:
            text = decoder.decode(whole[skip:], final=True)
        except UnicodeDecodeError as exc:
            raise _DecodeFailed(skip + exc.start, False) from exc
        if not allow_nul and "\x00" in text:
            raise TextFileError.of("binary_in_text")
        write(text)
        return len(whole)
    with open(path, "rb") as f:
        f.seek(skip)
        while True:
            if should_stop is not None and should_stop():
                raise MeasureCancelled
            block = f.read(READ_BLOCK)
            final = not block
            try:
                text = decoder.decode(block, final=final)
            except UnicodeDecodeError as exc:
                raise _DecodeFailed(offset + exc.start, saw_non_ascii) from exc
            if text:
                saw_non_ascii = saw_non_ascii or not text.isascii()
                if not allow_nul and "\x00" in text:
                    raise TextFileError.of("binary_in_text")
                write(text)
            if final:
                return offset
            offset += len(block)
            if offset >= FILE_PROGRESS_FROM:
                file_bytes(offset)  # a big file's progress (small ones report when done)


def _read(
    path: Path,
    attempt: Attempt,
    tokenizers: Sequence[str],
    is_html: bool,
    should_stop: ShouldStop | None,
    whole: bytes | None,
) -> TextSink:
    """The whole file read with ``attempt`` and counted; raises ``_DecodeFailed``."""
    sink = TextSink(tokenizers, should_stop=should_stop)
    parser = VisibleTextParser(sink.write) if is_html else None
    write = parser.feed if parser else sink.write
    wide = codecs.lookup(attempt.codec).name.startswith(("utf-16", "utf-32"))
    _stream(path, attempt, write, wide, should_stop, whole)
    if parser:
        parser.close()
    sink.close()
    return sink


def measure_text_file(
    path: Path,
    tokenizers: Sequence[str],
    encoding: str | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_TEXT_BYTES,
    should_stop: ShouldStop | None = None,
    head: bytes | None = None,
    st: os.stat_result | None = None,
) -> Measurement:
    """Measure one text (or HTML) file.  File problems raise ``OSError`` / ``TextFileError``;
    ``dispatch.measure_file`` turns them into error rows.

    ``head`` (the first ``SAMPLE_BYTES`` bytes) and ``st`` may be passed by a caller that
    has them already; a file no longer than ``head`` is then not opened again.
    """
    if st is None:
        st = os.stat(path)
    m = Measurement(
        path=str(path), name=path.name, kind="text", size_bytes=st.st_size, mtime_ns=st.st_mtime_ns
    )
    if st.st_size > max_bytes:
        raise TextFileError.of("file_too_large", size=f"{st.st_size:,}", limit=f"{max_bytes:,}")
    if head is None:
        with open(path, "rb") as f:
            head = f.read(SAMPLE_BYTES)
    first: bytes = head
    stat_result: os.stat_result = st
    # A copy of a file this scan has measured here gets that file's row (``same_content``).
    key = same_content.key_of(
        str(path), first, st.st_size, path.suffix.lower(), tokenizers, encoding
    )
    return same_content.measured(
        key,
        str(path),
        st.st_mtime_ns,
        lambda: _measure_text(path, m, first, stat_result, tokenizers, encoding, should_stop),
    )


def _measure_text(
    path: Path,
    m: Measurement,
    head: bytes,
    st: os.stat_result,
    tokenizers: Sequence[str],
    encoding: str | None,
    should_stop: ShouldStop | None,
) -> Measurement:
    """``measure_text_file``'s reading and counting, once the file is known to be new."""
    whole = head if len(head) == st.st_size and len(head) < SAMPLE_BYTES else None
    suffix = path.suffix.lower()
    is_html = suffix in HTML_EXTENSIONS
    declared = declared_charset(head) if suffix in _DECLARES_CHARSET else None
    plan = [forced_attempt(encoding, head)] if encoding else detected_attempts(head, declared)

    tried: list[Attempt] = []
    while plan:
        attempt = plan.pop(0)
        if already_tried(tried, attempt.codec, attempt.errors):
            continue
        tried.append(attempt)
        try:
            sink = _read(path, attempt, tokenizers, is_html, should_stop, whole)
        except _DecodeFailed as exc:
            log.info("%s: %s stops decoding at byte %d", path, attempt.codec, exc.position)
            if not plan:
                plan = recovery_attempts(
                    path, attempt, exc.position, exc.saw_non_ascii, declared, tried
                )
            continue
        return _fill_file(m, sink, attempt, st.st_size)
    raise TextFileError.of("undecodable_text")  # pragma: no cover - plan never empties


def _fill_file(m: Measurement, sink: TextSink, attempt: Attempt, size: int) -> Measurement:
    """Counts, encoding and warnings of a file read to the end with ``attempt``."""
    sink.fill(m)
    m.encoding = attempt.codec if attempt.skip == 0 else bom_codec(attempt.codec)
    m.describe(detail_name(attempt.label), *([message("detail_chosen")] if attempt.chosen else []))
    if attempt.errors == "replace" and sink.replacements:
        encoding = display_encoding(attempt.codec)
        m.warn(message("replaced_characters", count=f"{sink.replacements:,}", encoding=encoding))
    if attempt.weak:
        # A legacy encoding guessed from little or ambiguous evidence: say so, and how to
        # choose one (CLI --encoding, the window's encoding override).
        m.warn(message("encoding_guessed", encoding=attempt.label, confidence=attempt.weak))
    if size == 0 or m.chars == 0:
        m.warn(message("empty_text_file"))
    return m.warn(sink.approximate_note())
