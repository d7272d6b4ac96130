"""Plain-text files: detect the encoding, stream the file, count tokens exactly.

Files are read in ~1 MB blocks and counted in ~1 MB chunks cut where
``tokens.safe_split_point`` says the cut cannot change the count, so memory
stays bounded whatever the file size and the streamed count equals the count of
the whole text (see ``TextSink``).

Encoding detection, in order: a BOM (UTF-8/16/32); a NUL-byte pattern (UTF-16
or UTF-32 without a BOM); strict UTF-8; a declared charset (HTML/XML);
charset-normalizer on a sample cut at a line break (a character boundary in
every ASCII-compatible encoding); GB18030 / Big5 / CP932 / EUC-KR.  A file that
stops decoding half-way is restarted with the candidates for the bytes around
the failure.  The caller can force an encoding.
"""

from __future__ import annotations

import codecs
import logging
import os
import re
from collections.abc import Callable, Sequence
from html.parser import HTMLParser
from pathlib import Path

from gptbots_planner.measure import tokens
from gptbots_planner.measure.records import Measurement

log = logging.getLogger(__name__)

READ_BLOCK = 1 << 20  # bytes read at a time
CHUNK_CHARS = 1 << 20  # characters handed to tiktoken at a time
PENDING_FACTOR = 4  # cut inexactly only if no safe point shows up within 4 chunks
SAMPLE_BYTES = 64 * 1024  # what encoding detection looks at
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

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its LE BOM starts with the UTF-16 LE BOM.
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32LE (BOM)"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32BE (BOM)"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8 (BOM)"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16LE (BOM)"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16BE (BOM)"),
)
_FALLBACKS = ("gb18030", "big5", "cp932", "euc-kr")
_DISPLAY = {  # keyed by codecs.lookup(...).name
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "ascii": "ASCII",
    "utf-16": "UTF-16",
    "utf-32": "UTF-32",
    "utf-16-le": "UTF-16LE",
    "utf-16-be": "UTF-16BE",
    "utf-32-le": "UTF-32LE",
    "utf-32-be": "UTF-32BE",
    "gb18030": "GB18030",
    "big5": "Big5",
    "cp932": "Shift_JIS (CP932)",
    "euc_kr": "EUC-KR",
    "shift_jis": "Shift_JIS",
    "euc_jis_2004": "EUC-JP",
    "euc_jp": "EUC-JP",
    "cp949": "EUC-KR (CP949)",
    "cp1252": "Windows-1252",
}
# Single-byte Western code pages charset-normalizer confuses with each other on short text.
_LATIN_SINGLE_BYTE = frozenset(
    {"cp1250", "cp1252", "cp1254", "cp1257", "iso8859_1", "latin_1", "iso8859_2", "iso8859_10",
     "iso8859_13", "iso8859_15", "mac_latin2", "mac_roman", "cp850", "cp437"}
)  # fmt: skip
# Tie-breaker between equally plausible readings: the encodings people actually use.
_COMMON = {
    name: rank
    for rank, name in enumerate(
        ["utf_8", "gb18030", "big5", "cp932", "shift_jis", "cp949", "euc_kr", "euc_jis_2004",
         "euc_jp", "cp1252", "cp1251", "cp1250", "latin_1", "iso8859_15", "koi8_r", "cp1253",
         "cp1254", "cp1255", "cp1256", "cp1257", "cp874", "tis_620"]
    )
}  # fmt: skip
_DECLARED_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


class TextFileError(Exception):
    """A text file that cannot be measured; the message is shown to the user."""


class MeasureCancelled(Exception):  # noqa: N818 - reads better at the raise sites
    """The caller's ``should_stop`` said stop; not a file problem, so never an error row."""


ShouldStop = Callable[[], bool]


def is_text_name(path: Path) -> bool:
    suffix = path.suffix.lower()
    if suffix in TEXT_EXTENSIONS or suffix in HTML_EXTENSIONS:
        return True
    return not suffix and path.name.lower() in TEXT_NAMES


def display_encoding(codec: str) -> str:
    name = _normalise(codec)
    return _DISPLAY.get(name, name.upper())


def _normalise(codec: str) -> str:
    try:
        return codecs.lookup(codec).name
    except LookupError:
        return codec.lower()


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

    def approximate_note(self) -> str:
        """The warning to show when some cut was not exact (else "")."""
        if not self.inexact_cuts:
            return ""
        return f"{self.inexact_cuts} chunk cut(s) without a line break; counts approximate"

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
    m.warning = "empty text" if not text else sink.approximate_note()
    return m


# --- HTML: visible text only ----------------------------------------------------------------

_INVISIBLE = frozenset({"script", "style", "template", "noscript", "svg", "math"})
_BLOCK = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
     "section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "pre",
     "hr", "dt", "dd", "dl", "figure", "figcaption", "title", "body", "form", "td", "th",
     "address", "details", "summary"}
)  # fmt: skip
_SPACES = re.compile(r"\s+")


class VisibleTextParser(HTMLParser):
    """Collects the text a browser would show: no script/style, whitespace collapsed,
    a line break at block elements.  Feed it pieces; ``out`` receives text pieces."""

    def __init__(self, out: Callable[[str], None]) -> None:
        super().__init__(convert_charrefs=True)
        self._out = out
        self._hidden = 0
        self._at_line_start = True
        self._after_space = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _INVISIBLE:
            self._hidden += 1
        if tag in _BLOCK:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _INVISIBLE and self._hidden:
            self._hidden -= 1
        if tag in _BLOCK:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._break()

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        text = _SPACES.sub(" ", data)
        if self._at_line_start or self._after_space:
            text = text.lstrip(" ")
        if not text:
            return
        self._out(text)
        self._at_line_start = False
        self._after_space = text.endswith(" ")

    def _break(self) -> None:
        if not self._at_line_start:
            self._out("\n")
        self._at_line_start = True
        self._after_space = False


def html_visible_text(html: str) -> str:
    parts: list[str] = []
    parser = VisibleTextParser(parts.append)
    parser.feed(html)
    parser.close()
    return "".join(parts)


# --- Encoding detection ---------------------------------------------------------------------


def sniff_bom(head: bytes) -> tuple[str, int, str] | None:
    """(codec, BOM length, label) when ``head`` starts with a BOM."""
    for bom, codec, label in _BOMS:
        if head.startswith(bom):
            return codec, len(bom), label
    return None


def sniff_wide(head: bytes) -> str | None:
    """UTF-16/32 without a BOM, recognised by where the NUL bytes fall; None otherwise."""
    if b"\x00" not in head:
        return None
    candidates = []
    n4 = len(head) - len(head) % 4
    if n4 >= 4:
        quads = range(0, n4, 4)
        # UTF-32: every code point < 0x110000, so the top byte is 0 and the next one <= 0x10.
        if all(head[i + 3] == 0 and head[i + 2] <= 0x10 for i in quads):
            candidates.append(("utf-32-le", n4))
        if all(head[i] == 0 and head[i + 1] <= 0x10 for i in quads):
            candidates.append(("utf-32-be", n4))
    n2 = len(head) - len(head) % 2
    even = head[0:n2:2].count(0)
    odd = head[1:n2:2].count(0)
    total = even + odd
    # Mostly-ASCII UTF-16 puts NULs in one column only; allow a few stray ones (U+xx00 chars).
    if odd > 0 and even <= total * 0.05 and odd >= n2 // 2 * 0.1:
        candidates.append(("utf-16-le", n2))
    if even > 0 and odd <= total * 0.05 and even >= n2 // 2 * 0.1:
        candidates.append(("utf-16-be", n2))
    for codec, n in candidates:
        if _plausible_text(head[:n], codec):
            return codec
    return None


def _plausible_text(data: bytes, codec: str) -> bool:
    """Decodes strictly and reads like text: printable characters and ordinary whitespace
    (binary data such as 00 01 02 03 ... is valid UTF-32BE, but of unassigned or control
    characters)."""
    try:
        sample = codecs.getincrementaldecoder(codec)("strict").decode(data, final=False)
    except UnicodeDecodeError:
        return False
    if not sample:
        return False
    good = sum(1 for ch in sample if ch.isprintable() or ch in "\t\r\n\f")
    return good >= len(sample) * 0.95


def _decodes(data: bytes, codec: str) -> bool:
    """True when ``data`` decodes strictly, allowing an incomplete sequence at the very end."""
    try:
        codecs.getincrementaldecoder(codec)("strict").decode(data, final=False)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _cut_at_line(data: bytes, at_start: bool) -> bytes:
    # 0x0A is never a trail byte in GB18030, Big5, Shift_JIS, EUC-*, so cutting after it
    # keeps whole characters.
    if at_start:
        i = data.find(b"\n")
        return data[i + 1 :] if 0 <= i < len(data) - 1 else data
    i = data.rfind(b"\n")
    return data[: i + 1] if i > 0 else data


def guess_candidates(sample: bytes, declared: str | None = None) -> list[str]:
    """Encodings to try for ``sample`` (not UTF-8), best first."""
    found: list[str] = []

    def add(codec: str | None) -> None:
        if not codec:
            return
        try:
            name = codecs.lookup(codec).name
        except LookupError:
            return
        if name not in found:
            found.append(name)

    if declared:
        add(declared)
    try:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(sample))
        # Equal "chaos" is common on short CJK samples (GB18030 bytes also decode as
        # CP949, as a jumble of Hanja and Hangul); break ties by script purity.
        ranked = sorted(
            enumerate(matches),
            key=lambda im: (
                round(im[1].chaos, 2),
                -round(_script_purity(str(im[1])), 2),
                _COMMON.get(im[1].encoding, len(_COMMON)),
                im[0],
            ),
        )
        results = [m.encoding for _, m in ranked]
    except Exception:  # a detector failure must not stop the measurement
        log.warning("charset-normalizer failed on a sample", exc_info=True)
        results = []
    if results and results[0] in _LATIN_SINGLE_BYTE and "cp1252" in results:
        # On short Western text the detector ranks look-alike code pages first;
        # Windows-1252 is by far the most common of them.
        add("cp1252")
    for r in results:
        add(r)
    for fb in _FALLBACKS:
        add(fb)
    usable = [c for c in found if _decodes(sample, c)]
    return usable + [c for c in found if c not in usable]


def _script_purity(text: str) -> float:
    """Share of the non-Latin letters that belong to the main script (Han and Kana count as
    one: Japanese mixes them).  Real text is nearly pure; a misread one mixes scripts, e.g.
    Chinese read as CP949 gives Hanja and Hangul, Korean read as Big5 gives Han and Cyrillic."""
    stats = tokens.ScriptStats()
    stats.feed(text)
    han, kana = stats.letters.get("han", 0), stats.letters.get("kana", 0)
    # Japanese uses plenty of kana; one stray kana among Han characters is a misreading.
    japanese = kana >= 0.2 * (han + kana)
    groups: dict[str, int] = {}
    for script, count in stats.letters.items():
        if script == "latin":
            continue
        key = "han+kana" if japanese and script in ("han", "kana") else script
        groups[key] = groups.get(key, 0) + count
    total = sum(groups.values())
    return max(groups.values()) / total if total else 1.0


def _declared_charset(head: bytes, suffix: str) -> str | None:
    if suffix not in HTML_EXTENSIONS and suffix not in {".xml", ".svg", ".xhtml"}:
        return None
    m = _DECLARED_CHARSET.search(head[:4096])
    return m.group(1).decode("ascii") if m else None


# --- Reading --------------------------------------------------------------------------------


class _DecodeFailed(Exception):
    def __init__(self, position: int, saw_non_ascii: bool) -> None:
        super().__init__(position)
        self.position = position
        self.saw_non_ascii = saw_non_ascii  # non-ASCII text decoded fine before the failure


def _stream(
    path: Path,
    codec: str,
    skip: int,
    errors: str,
    write: Callable[[str], None],
    allow_nul: bool,
    should_stop: ShouldStop | None = None,
    whole: bytes | None = None,
) -> int:
    """Decode ``path`` (or ``whole``, its complete bytes) from byte ``skip`` and pass the text
    to ``write``; returns bytes read."""
    decoder = codecs.getincrementaldecoder(codec)(errors)
    offset = skip
    saw_non_ascii = False
    if whole is not None:
        try:
            text = decoder.decode(whole[skip:], final=True)
        except UnicodeDecodeError as exc:
            raise _DecodeFailed(skip + exc.start, False) from exc
        if not allow_nul and "\x00" in text:
            raise TextFileError("binary data in a text file")
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
                    raise TextFileError("binary data in a text file")
                write(text)
            if final:
                return offset
            offset += len(block)


def _window(path: Path, position: int) -> bytes:
    """Bytes from the start of the line where decoding failed, ~64 KB on: the part of the
    file the earlier guess did not fit (ASCII before it would only dilute the detector)."""
    back = 4096
    with open(path, "rb") as f:
        start = max(0, position - back)
        f.seek(start)
        data = f.read(back + SAMPLE_BYTES)
    line_start = data.rfind(b"\n", 0, position - start)
    data = data[line_start + 1 :] if line_start >= 0 else data
    return _cut_at_line(data, at_start=False)


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
        raise TextFileError(f"file too large ({st.st_size:,} bytes; limit {max_bytes:,})")
    if head is None:
        with open(path, "rb") as f:
            head = f.read(SAMPLE_BYTES)
    whole = head if len(head) == st.st_size and len(head) < SAMPLE_BYTES else None
    suffix = path.suffix.lower()
    is_html = suffix in HTML_EXTENSIONS

    if encoding:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError:
            raise TextFileError(f"unknown encoding {encoding!r}") from None
        bom = sniff_bom(head)
        skip = bom[1] if bom and _normalise(bom[0]) == _normalise(codec) else 0
        # Forced by the user: never second-guess, replace what does not decode.
        plan = [(codec, skip, "replace", display_encoding(codec) + " (chosen)")]
    else:
        plan = _plan(head, suffix)

    tried: list[tuple[str, int, str, str]] = []
    while plan:
        attempt = plan.pop(0)
        codec, skip, errors, label = attempt
        if any((t[0], t[2]) == (codec, errors) for t in tried):
            continue
        tried.append(attempt)
        sink = TextSink(tokenizers, should_stop=should_stop)
        parser = VisibleTextParser(sink.write) if is_html else None
        write = parser.feed if parser else sink.write
        wide = codecs.lookup(codec).name.startswith(("utf-16", "utf-32"))
        try:
            _stream(path, codec, skip, errors, write, wide, should_stop, whole)
        except _DecodeFailed as exc:
            log.info("%s: %s stops decoding at byte %d", path, codec, exc.position)
            if not plan:
                sample = _window(path, exc.position)
                if codec == "utf-8" and (exc.saw_non_ascii or _damaged_utf8(sample)):
                    # Real UTF-8 with a few bad bytes (a cut-off last character, a corrupted
                    # block): reading it all as a legacy code page would be far worse.
                    plan.append(("utf-8", skip, "replace", label))
                else:
                    declared = _declared_charset(head, suffix)
                    plan.extend(
                        (c, 0, "strict", display_encoding(c))
                        for c in guess_candidates(sample, declared)[:4]
                        if not any((t[0], t[2]) == (c, "strict") for t in tried)
                    )
                if not plan:
                    first_codec, first_skip, _, first_label = tried[0]
                    plan.append((first_codec, first_skip, "replace", first_label))
            continue
        if parser:
            parser.close()
        sink.close()
        sink.fill(m)
        m.encoding = codec if skip == 0 else _bom_codec(codec)
        m.detail = label
        notes = []
        if errors == "replace" and sink.replacements:
            notes.append(
                f"{sink.replacements:,} character(s) could not be decoded as "
                f"{display_encoding(codec)} and were replaced"
            )
        if st.st_size == 0 or m.chars == 0:
            notes.append("empty file")
        if sink.inexact_cuts:
            notes.append(sink.approximate_note())
        m.warning = "; ".join(dict.fromkeys(notes))
        return m
    raise TextFileError(
        "could not decode the file as text"
    )  # pragma: no cover - plan never empties


def _damaged_utf8(sample: bytes) -> bool:
    """The bytes look like UTF-8 with some damage: more well-formed multi-byte characters
    than bad sequences."""
    text = sample.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    return good > bad


def _bom_codec(codec: str) -> str:
    # The codec name that strips the BOM itself (what a user would pass back as override).
    names = {"utf-8": "utf-8-sig", "utf-16-le": "utf-16", "utf-16-be": "utf-16"}
    names.update({"utf-32-le": "utf-32", "utf-32-be": "utf-32"})
    return names.get(codec, codec)


def _plan(head: bytes, suffix: str) -> list[tuple[str, int, str, str]]:
    """Ordered (codec, bytes to skip, errors, label) attempts for a file starting with ``head``."""
    bom = sniff_bom(head)
    if bom:
        codec, skip, label = bom
        return [(codec, skip, "strict", label), (codec, skip, "replace", label)]
    wide = sniff_wide(head)
    if wide:
        return [
            (wide, 0, "strict", display_encoding(wide)),
            (wide, 0, "replace", display_encoding(wide)),
        ]
    if b"\x00" in head:
        raise TextFileError("binary data in a text file")
    declared = _declared_charset(head, suffix)
    if _decodes(head, "utf-8"):
        # Strict UTF-8 first; if a later part fails, _stream reports where and the
        # candidates for that region are tried.
        return [("utf-8", 0, "strict", "UTF-8")]
    if _damaged_utf8(head):
        return [("utf-8", 0, "replace", "UTF-8")]
    sample = _cut_at_line(head, at_start=False)
    return [(c, 0, "strict", display_encoding(c)) for c in guess_candidates(sample, declared)[:5]]
