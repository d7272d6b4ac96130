"""Which encoding a text file is in: the attempts to read it with, best first.

Order: a BOM (UTF-8/16/32); a NUL-byte pattern (UTF-16 or UTF-32 without a BOM);
strict UTF-8; a declared charset (HTML/XML); charset-normalizer on a sample cut at a
line break (a character boundary in every ASCII-compatible encoding); GB18030 / Big5 /
CP932 / EUC-KR.  A file that stops decoding half-way is restarted with the candidates
for the bytes around the failure (``recovery_attempts``).  A user's forced encoding is
never second-guessed (``forced_attempt``).

``text.measure_text_file`` streams the file with each ``Attempt`` in turn; nothing here
counts tokens.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from gptbots_planner.measure import plausibility
from gptbots_planner.measure.errors import TextFileError

log = logging.getLogger(__name__)

SAMPLE_BYTES = 64 * 1024  # what encoding detection looks at

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its LE BOM starts with the UTF-16 LE BOM.
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32LE (BOM)"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32BE (BOM)"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8 (BOM)"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16LE (BOM)"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16BE (BOM)"),
)
# Tried in this order when the detector has no confident answer, ranked by how plausible
# their readings are (``_scored_fallbacks``); the order breaks ties.  CP949 after EUC-KR:
# the same text where both decode, CP949 also where EUC-KR fails ("똠").  Johab last: it
# decodes little besides Johab.
_FALLBACKS = ("gb18030", "big5", "cp932", "euc-kr", "cp949", "big5hkscs", "johab")
# What of the sample a fallback's reading is scored on (enough to tell, and fast):
# whether the whole sample decodes is checked apart (``ranked_candidates``).
_SCORED_BYTES = 16 * 1024
_SCORED_CHARS = 4000
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
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
    "iso2022_jp": "ISO-2022-JP",
    "iso2022_jp_2": "ISO-2022-JP-2",
    "iso2022_kr": "ISO-2022-KR",
    "hz": "HZ-GB-2312",
    "johab": "Johab",
    "big5hkscs": "Big5-HKSCS",
}
# Single-byte Latin code pages charset-normalizer confuses with each other: it ranks them by
# "chaos" and word frequencies, which tie on short text (Turkish read as Windows-1250,
# ISO-8859-2 Polish as ISO-8859-10).  Among these the letters decide (``plausibility.latin_fit``).
_LATIN_SINGLE_BYTE = (
    "cp1252", "cp1250", "iso8859_2", "cp1254", "iso8859_9", "cp1257", "iso8859_13",
    "iso8859_15", "iso8859_10", "iso8859_4", "iso8859_14", "iso8859_3", "iso8859_16",
    "latin_1", "mac_latin2", "mac_roman", "cp850", "cp437", "cp1258",
)  # fmt: skip
# Below this share of a sample's non-ASCII characters fitting one reading (or with fewer
# non-ASCII characters than this), a legacy guess is called weak.
WEAK_CONFIDENCE = 0.9
_FEW_NON_ASCII = 16
_DECLARED_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
# Bytes kept before a decode failure when re-detecting (the start of its line is in there).
_FAILURE_BACK = 4096
# The first detection may offer more candidates than a restart half-way through.
_FIRST_CANDIDATES = 5
_RECOVERY_CANDIDATES = 4


class Attempt(NamedTuple):
    """One way to read a file: decode from byte ``skip`` with ``codec`` and ``errors``."""

    codec: str
    skip: int  # BOM length
    errors: str  # "strict" (a failure means: try the next attempt) or "replace"
    label: str  # what the row's detail column shows
    weak: str = ""  # a guessed legacy encoding's confidence ("62%") when it is uncertain
    chosen: bool = False  # the user's choice (the detail says so), not a detection


class Detection(NamedTuple):
    """What ``detect`` makes of some bytes: the codec and how sure the guess is."""

    codec: str
    weak: bool
    confidence: str


def already_tried(tried: Sequence[Attempt], codec: str, errors: str) -> bool:
    return any((t.codec, t.errors) == (codec, errors) for t in tried)


def display_encoding(codec: str) -> str:
    name = _normalise(codec)
    return _DISPLAY.get(name, name.upper())


def _normalise(codec: str) -> str:
    try:
        return codecs.lookup(codec).name
    except LookupError:
        return codec.lower()


def bom_codec(codec: str) -> str:
    """The codec name that strips the BOM itself (what a user would pass back as override)."""
    names = {"utf-8": "utf-8-sig", "utf-16-le": "utf-16", "utf-16-be": "utf-16"}
    names.update({"utf-32-le": "utf-32", "utf-32-be": "utf-32"})
    return names.get(codec, codec)


# --- Sniffing -------------------------------------------------------------------------------


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


def decodes_strictly(data: bytes, codec: str) -> bool:
    """True when ``data`` decodes strictly, allowing an incomplete sequence at the very end."""
    try:
        codecs.getincrementaldecoder(codec)("strict").decode(data, final=False)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def damaged_utf8(sample: bytes) -> bool:
    """The bytes look like UTF-8 with some damage: more well-formed multi-byte characters
    than bad sequences."""
    text = sample.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    return good > bad


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML/XML prolog declares (``charset=`` / ``encoding=``), if any."""
    m = _DECLARED_CHARSET.search(head[:4096])
    return m.group(1).decode("ascii") if m else None


def _cut_at_line(data: bytes) -> bytes:
    """``data`` up to its last line break: a whole number of characters."""
    # 0x0A is never a trail byte in GB18030, Big5, Shift_JIS, EUC-*, so cutting after it
    # keeps whole characters.
    i = data.rfind(b"\n")
    return data[: i + 1] if i > 0 else data


# --- Legacy encodings -----------------------------------------------------------------------


def guess_candidates(sample: bytes, declared: str | None = None) -> list[str]:
    """Encodings to try for ``sample`` (not UTF-8), best first."""
    return [c for c, _ in ranked_candidates(sample, declared)]


def ranked_candidates(sample: bytes, declared: str | None = None) -> list[tuple[str, float]]:
    """(codec, confidence 0..1) to try for ``sample`` (not UTF-8), best first.

    Those that decode the sample strictly come first.  A declared charset leads; then
    charset-normalizer's readings in its own order (chaos, then how much the text looks
    like a language), except that CJK readings of equal chaos are ordered by script purity
    and Latin code pages by how well their letters fit one language's alphabet.
    """
    found: dict[str, float] = {}

    def add(codec: str | None, confidence: float) -> None:
        if not codec:
            return
        try:
            name = codecs.lookup(codec).name
        except LookupError:
            return
        found.setdefault(name, confidence)

    if declared:
        add(declared, 1.0)
    ranked = _detector_ranking(sample)
    if ranked and _normalise(ranked[0][0]) in _LATIN_NAMES:
        ranked = _latin_ranking(sample, ranked)
    for codec, confidence in ranked:
        add(codec, confidence)
    confident = bool(ranked) and ranked[0][1] >= WEAK_CONFIDENCE
    for fb, fit in [(c, 0.0) for c in _FALLBACKS] if confident else _scored_fallbacks(sample):
        add(fb, fit)
    usable = [(c, v) for c, v in found.items() if decodes_strictly(sample, c)]
    return usable + [(c, v) for c, v in found.items() if (c, v) not in usable]


def _scored_fallbacks(sample: bytes) -> list[tuple[str, float]]:
    """(codec, plausibility 0..1) for ``_FALLBACKS``: those that decode ``sample`` strictly
    first, the most plausible reading first (GB18030 decodes nearly anything, so the first
    that decodes is often wrong)."""
    scored: list[tuple[float, int, str]] = []
    head = _cut_at_line(sample[:_SCORED_BYTES])
    for i, codec in enumerate(_FALLBACKS):
        try:
            text = codecs.getincrementaldecoder(codec)("strict").decode(head, final=False)
        except UnicodeDecodeError:
            continue
        chars = "".join(_NON_ASCII.findall(text)[:_SCORED_CHARS])
        scored.append((-plausibility.cjk_fit(chars), i, codec))
    ranked = [(codec, max(0.0, -fit)) for fit, _, codec in sorted(scored)]
    return ranked + [(c, 0.0) for c in _FALLBACKS if c not in dict(ranked)]


def _detector_ranking(sample: bytes) -> list[tuple[str, float]]:
    """charset-normalizer's readings of ``sample`` with a confidence, best first."""
    try:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(sample))
        # Equal "chaos" is common on short CJK samples (GB18030 bytes also decode as
        # CP949, as a jumble of Hanja and Hangul); break ties by script purity, then by
        # the detector's own coherence (Hebrew beats the Cyrillic reading of its bytes).
        scored = [(m, plausibility.script_purity(str(m))) for m in matches]
        order = sorted(
            range(len(scored)),
            key=lambda i: (
                round(scored[i][0].chaos, 2),
                -round(scored[i][1], 2),
                -round(scored[i][0].coherence, 2),
                i,
            ),
        )
        return [(scored[i][0].encoding, (1 - scored[i][0].chaos) * scored[i][1]) for i in order]
    except Exception:  # a detector failure must not stop the measurement
        log.warning("charset-normalizer failed on a sample", exc_info=True)
        return []


_LATIN_NAMES = frozenset(_normalise(c) for c in _LATIN_SINGLE_BYTE)


def _latin_ranking(sample: bytes, ranked: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """Latin code pages (the detector's and the common ones) by how well the letters fit."""
    order = [c for c, _ in ranked] + [c for c in _LATIN_SINGLE_BYTE if c not in ranked]
    seen: set[str] = set()
    scored: list[tuple[float, int, str]] = []
    for codec in order:
        name = _normalise(codec)
        if name in seen:
            continue
        seen.add(name)
        if name not in _LATIN_NAMES:
            continue
        try:
            text = sample.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        # Windows-1252 first among readings that give the same letters (German read as
        # Windows-1250 is the same text; the label should say what people use).
        common = 0 if name == "cp1252" else 1
        scored.append((-plausibility.latin_fit(text), common, name))
    scored.sort()
    latin = [(name, -fit) for fit, _, name in scored]
    rest = [(c, v) for c, v in ranked if _normalise(c) not in _LATIN_NAMES]
    return latin + rest


# --- Plans ----------------------------------------------------------------------------------


def _strict(candidates: Sequence[str]) -> list[Attempt]:
    return [Attempt(c, 0, "strict", display_encoding(c)) for c in candidates]


def forced_attempt(encoding: str, head: bytes) -> Attempt:
    """The one attempt for an encoding the user chose: never second-guessed, what does not
    decode is replaced.  A BOM of that same encoding is skipped."""
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise TextFileError.of("unknown_encoding", encoding=repr(encoding)) from None
    bom = sniff_bom(head)
    skip = bom[1] if bom and _normalise(bom[0]) == _normalise(codec) else 0
    return Attempt(codec, skip, "replace", display_encoding(codec), chosen=True)


def detected_attempts(head: bytes, declared: str | None) -> list[Attempt]:
    """Ordered attempts for a file starting with ``head`` (its first ``SAMPLE_BYTES``).

    ``declared``: the charset the file's markup declares, if it is HTML/XML.  Raises
    ``TextFileError`` for NUL bytes that are not UTF-16/32.
    """
    bom = sniff_bom(head)
    if bom:
        codec, skip, label = bom
        return [Attempt(codec, skip, "strict", label), Attempt(codec, skip, "replace", label)]
    wide = sniff_wide(head)
    if wide:
        label = display_encoding(wide)
        return [Attempt(wide, 0, "strict", label), Attempt(wide, 0, "replace", label)]
    if b"\x00" in head:
        raise TextFileError.of("binary_in_text")
    iso = _seven_bit(head)
    if iso:
        label = display_encoding(iso)
        return [Attempt(iso, 0, "strict", label), Attempt(iso, 0, "replace", label)]
    if decodes_strictly(head, "utf-8"):
        # Strict UTF-8 first; if a later part fails, the reader reports where and
        # ``recovery_attempts`` offers the candidates for that region.
        return [Attempt("utf-8", 0, "strict", "UTF-8")]
    if damaged_utf8(head):
        return [Attempt("utf-8", 0, "replace", "UTF-8")]
    sample = _cut_at_line(head)
    ranked = ranked_candidates(sample, declared)[:_FIRST_CANDIDATES]
    attempts = _strict([c for c, _ in ranked])
    if attempts and declared is None:
        # Little evidence is weak evidence: a few accented letters fit many code pages.
        evidence = min(1.0, sum(1 for b in sample if b > 127) / _FEW_NON_ASCII)
        confidence = ranked[0][1] * evidence
        if confidence < WEAK_CONFIDENCE and (evidence < 1 or _readings_differ(sample, ranked)):
            attempts[0] = attempts[0]._replace(weak=f"{confidence:.0%}")
    return attempts


def _readings_differ(sample: bytes, ranked: Sequence[tuple[str, float]]) -> bool:
    """Another candidate reads the sample as a different text (else the guess is harmless)."""
    texts = set()
    for codec, _ in ranked:
        try:
            texts.add(sample.decode(codec))
        except (UnicodeDecodeError, LookupError):
            continue
    return len(texts) > 1


# ISO-2022 switches character sets with escape sequences in 7-bit text, so it also decodes
# as ASCII (and UTF-8): recognised by its designations (ESC $ B, ESC $ ) C ...).
_ISO2022 = (
    (b"\x1b$)C", "iso2022_kr"),
    (b"\x1b$B", "iso2022_jp"),
    (b"\x1b$@", "iso2022_jp"),
    (b"\x1b$(D", "iso2022_jp_2"),
    (b"\x1b$A", "iso2022_jp_2"),
    (b"\x1b$(C", "iso2022_jp_2"),
)


# HZ (RFC 1843) writes GB2312 as pairs of ASCII bytes between ~{ and ~}; a reading only
# counts when mostly common Chinese characters come out (ASCII that happens to hold "~{").
_HZ_MIN_FIT = 0.5


def _seven_bit(head: bytes) -> str | None:
    """ISO-2022 or HZ: 7-bit encodings of CJK text (valid ASCII and UTF-8 too)."""
    if not head.isascii():
        return None
    if b"~{" in head and b"~}" in head:
        try:
            text = _cut_at_line(head).decode("hz")
        except UnicodeDecodeError:
            text = ""
        if plausibility.cjk_fit(text) >= _HZ_MIN_FIT:
            return "hz"
    if b"\x1b" not in head:
        return None
    for escape, codec in _ISO2022:
        if escape in head and decodes_strictly(_cut_at_line(head), codec):
            return codec
    return None


def detect(data: bytes) -> Detection:
    """The encoding the measurer reads ``data`` (a file's start) with: the first planned
    attempt that decodes it strictly.  For reports and benchmarks; files go through
    ``detected_attempts``."""
    attempts = detected_attempts(data, None)
    for attempt in attempts:
        if decodes_strictly(data[attempt.skip :], attempt.codec):
            return Detection(attempt.codec, bool(attempt.weak), attempt.weak or "high")
    first = attempts[0]
    return Detection(first.codec, True, first.weak or "low")


def failure_sample(path: Path, position: int) -> bytes:
    """Bytes from the start of the line where decoding failed, ~64 KB on: the part of the
    file the earlier guess did not fit (ASCII before it would only dilute the detector)."""
    with open(path, "rb") as f:
        start = max(0, position - _FAILURE_BACK)
        f.seek(start)
        data = f.read(_FAILURE_BACK + SAMPLE_BYTES)
    line_start = data.rfind(b"\n", 0, position - start)
    data = data[line_start + 1 :] if line_start >= 0 else data
    return _cut_at_line(data)


def recovery_attempts(
    path: Path,
    failed: Attempt,
    position: int,
    saw_non_ascii: bool,
    declared: str | None,
    tried: Sequence[Attempt],
) -> list[Attempt]:
    """What to try after every planned attempt failed, the last (``failed``) at byte
    ``position``; ``saw_non_ascii``: non-ASCII text had decoded fine before the failure.
    Never empty: the last resort is the first attempt with replacement characters."""
    sample = failure_sample(path, position)
    plan: list[Attempt] = []
    if failed.codec == "utf-8" and (saw_non_ascii or damaged_utf8(sample)):
        # Real UTF-8 with a few bad bytes (a cut-off last character, a corrupted
        # block): reading it all as a legacy code page would be far worse.
        plan.append(Attempt("utf-8", failed.skip, "replace", failed.label))
    else:
        candidates = guess_candidates(sample, declared)[:_RECOVERY_CANDIDATES]
        plan.extend(_strict([c for c in candidates if not already_tried(tried, c, "strict")]))
    if not plan:
        first = tried[0]
        plan.append(Attempt(first.codec, first.skip, "replace", first.label))
    return plan
