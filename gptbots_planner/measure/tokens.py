"""Exact token counts with tiktoken, fully offline, plus the seed's rule of thumb.

tiktoken downloads its vocabulary on first use; this app must never open a
network connection, so the two vocabularies ship in ``resources/tokenizers/``
(byte-identical to OpenAI's files, checked by SHA-256 on load; see
``scripts/build_tokenizer_vocab.py``).  The regex and special tokens are the
ones in ``tiktoken_ext/openai_public.py``; ``tests/measure/test_tokens.py``
checks that they still match the installed tiktoken.

Counting uses ``encode_ordinary``: a literal ``<|endoftext|>`` inside a user's
document is text, not a special token (``encode`` would raise on it).

Scans count with ``token_counter`` (the same counts without building a Python
list per chunk); ``count_tokens`` is the plain ``encode_ordinary`` reference.

Streamed counts (``count_tokens_stream``) are exact when every chunk boundary
is a place where tiktoken's pre-tokenizer regex always splits;
``safe_split_point`` finds such places (after a line break followed by a
character that is neither whitespace nor ``/``, or before a space followed by
a non-space), see its docstring.
"""

from __future__ import annotations

import logging
import math
import os
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import tiktoken
import tiktoken.load

from gptbots_planner.paths import resource_path
from gptbots_planner.vocab import tokenizers as vocab_tokenizers
from gptbots_planner.vocab.messages import MessageError

log = logging.getLogger(__name__)

DEFAULT_TOKENIZER = vocab_tokenizers.DEFAULT_TOKENIZER

ENDOFTEXT = "<|endoftext|>"
FIM_PREFIX = "<|fim_prefix|>"
FIM_MIDDLE = "<|fim_middle|>"
FIM_SUFFIX = "<|fim_suffix|>"
ENDOFPROMPT = "<|endofprompt|>"

# Copied from tiktoken_ext/openai_public.py (tiktoken 0.14.0); a test compares
# them with the installed module so an upgrade that changes them is caught.
_O200K_PAT = "|".join(
    [
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
        r"""\p{N}{1,3}""",
        r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
        r"""\s*[\r\n]+""",
        r"""\s+(?!\S)""",
        r"""\s+""",
    ]
)
_CL100K_PAT = r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s"""


@dataclass(frozen=True)
class TokenizerSpec:
    name: str
    sha256: str
    pat_str: str
    special_tokens: dict[str, int] = field(default_factory=dict)

    @property
    def filename(self) -> str:
        return f"{self.name}.tiktoken"


TOKENIZERS: dict[str, TokenizerSpec] = {
    "o200k_base": TokenizerSpec(
        "o200k_base",
        "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
        _O200K_PAT,
        {ENDOFTEXT: 199999, ENDOFPROMPT: 200018},
    ),
    "cl100k_base": TokenizerSpec(
        "cl100k_base",
        "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
        _CL100K_PAT,
        {
            ENDOFTEXT: 100257,
            FIM_PREFIX: 100258,
            FIM_MIDDLE: 100259,
            FIM_SUFFIX: 100260,
            ENDOFPROMPT: 100276,
        },
    ),
}

_encodings: dict[str, tiktoken.Encoding] = {}
_lock = threading.Lock()


class UnknownTokenizerError(MessageError):
    """A tokenizer name that is not bundled: a usage error, not a file problem."""


def check_tokenizers(names: Iterable[str]) -> None:
    """Raise ``UnknownTokenizerError`` for the first name that is not a bundled tokenizer."""
    for name in names:
        if name not in TOKENIZERS:
            raise UnknownTokenizerError.of("unknown_tokenizer", tokenizer=repr(name))


def vocab_path(name: str) -> str:
    return str(resource_path("tokenizers", TOKENIZERS[name].filename))


def _load_ranks(name: str) -> dict[bytes, int]:
    spec = TOKENIZERS[name]
    # load_tiktoken_bpe copies the file into a temp "data-gym-cache" unless
    # TIKTOKEN_CACHE_DIR is the empty string; the file is local already, so
    # switch caching off for the duration of the load (under _lock).
    saved = os.environ.get("TIKTOKEN_CACHE_DIR")
    os.environ["TIKTOKEN_CACHE_DIR"] = ""
    try:
        return tiktoken.load.load_tiktoken_bpe(vocab_path(name), expected_hash=spec.sha256)
    finally:
        if saved is None:
            del os.environ["TIKTOKEN_CACHE_DIR"]
        else:
            os.environ["TIKTOKEN_CACHE_DIR"] = saved


def get_encoding(name: str) -> tiktoken.Encoding:
    """The tiktoken encoding ``name``, built from the bundled vocabulary (cached per process)."""
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
            spec = TOKENIZERS[name]
            enc = tiktoken.Encoding(
                name=spec.name,
                pat_str=spec.pat_str,
                mergeable_ranks=_load_ranks(name),
                special_tokens=dict(spec.special_tokens),
            )
            _encodings[name] = enc
            log.debug("loaded tokenizer %s", name)
    return enc


_counters: dict[str, Callable[[str], int]] = {}
# Checked against encode_ordinary before the fast path is trusted: special-token text,
# CJK, emoji, line breaks.
_PROBES = ("hello world <|endoftext|> <|endofprompt|>", "中文，日本語、한국어 🎉\n\n  x/y", "")


def token_counter(tokenizer: str = DEFAULT_TOKENIZER) -> Callable[[str], int]:
    """A function text -> exact token count, the fastest one available (cached).

    ``encode_ordinary`` builds a Python list of ints only to be measured; tiktoken's
    ``CoreBPE.encode_to_tiktoken_buffer`` (what ``encode_to_numpy`` uses) returns the
    same tokens as a raw buffer, ~10 % cheaper over a scan.  It is private API, so it is
    used only after it gives the same counts as ``encode_ordinary`` on probe texts; the
    test suite compares streamed counts with ``count_tokens`` (``encode_ordinary``) too.
    """
    counter = _counters.get(tokenizer)
    if counter is not None:
        return counter
    enc = get_encoding(tokenizer)

    def ordinary(text: str) -> int:
        return len(enc.encode_ordinary(text))

    counter = ordinary
    core = getattr(enc, "_core_bpe", None)
    to_buffer = getattr(core, "encode_to_tiktoken_buffer", None)
    if to_buffer is not None:
        no_specials: set[str] = set()  # every special-token string counts as plain text

        def buffered(text: str) -> int:
            # 4 bytes per token; only the size is read, never the buffer's items.
            return memoryview(to_buffer(text, no_specials)).nbytes // 4

        try:
            if all(buffered(t) == ordinary(t) for t in _PROBES):
                counter = buffered
        except Exception:  # any change in the private API: keep the public one
            log.debug("encode_to_tiktoken_buffer unusable; counting with encode_ordinary")
    _counters[tokenizer] = counter
    return counter


def is_regex_overflow(exc: BaseException) -> bool:
    """True for tiktoken giving up on its pre-tokenizer regex.

    A whitespace run of about a million characters (a padded log, a broken
    export) exhausts the backtracking stack of tiktoken's regex: the buffer API
    raises ``ValueError("Regex error while tokenizing: ... Max stack size
    exceeded for backtracking")`` and ``encode_ordinary`` panics with a pyo3
    ``PanicException`` (a ``BaseException``) about ``StackOverflow``.
    """
    text = str(exc)
    return "StackOverflow" in text or "stack size exceeded" in text


def count_split(counter: Callable[[str], int], text: str) -> tuple[int, int]:
    """``(counter(text), 0)``, or, when tiktoken cannot tokenize ``text`` in one go
    (``is_regex_overflow``), the sum over halves and the number of cuts that were
    not at an exact split point (counts then approximate: a cut inside a whitespace
    run can change the total by a token)."""
    try:
        return counter(text), 0
    except BaseException as exc:
        if len(text) < 2 or not is_regex_overflow(exc):
            raise
    half = len(text) // 2
    # An exact cut in the first half's upper part keeps the count exact; slicing only
    # hides look-ahead past ``half``, so a cut found there is still an exact one.
    cut = safe_split_point(text[:half], half // 2)
    inexact = 0
    if cut <= 0:
        cut, inexact = half, 1
    left, left_inexact = count_split(counter, text[:cut])
    right, right_inexact = count_split(counter, text[cut:])
    return left + right, inexact + left_inexact + right_inexact


def count_tokens(text: str, tokenizer: str = DEFAULT_TOKENIZER) -> int:
    """Exact number of tokens in ``text`` (special-token strings count as ordinary text).

    Text that tiktoken cannot tokenize whole (see ``is_regex_overflow``) is counted in
    parts, which may be off by a token per cut inside a huge whitespace run."""
    if not text:
        return 0
    if len(text) >= _LONG_RUN and _has_long_whitespace_run(text):
        # encode_ordinary would panic there, and the Rust panic prints a backtrace on
        # stderr; the buffer API fails quietly with a ValueError (same counts otherwise).
        return count_split(token_counter(tokenizer), text)[0]
    enc = get_encoding(tokenizer)
    return count_split(lambda t: len(enc.encode_ordinary(t)), text)[0]


# tiktoken copes with whitespace runs up to ~900,000 characters here; stay well below.
_LONG_RUN = 200_000
_WHITESPACE_RUN = re.compile(r"\s+")


def _has_long_whitespace_run(text: str) -> bool:
    # finditer matches each run once (linear); "\s{N}" would retry inside every run.
    return any(m.end() - m.start() >= _LONG_RUN for m in _WHITESPACE_RUN.finditer(text))


def count_tokens_stream(chunks: Iterable[str], tokenizer: str = DEFAULT_TOKENIZER) -> int:
    """Sum of ``count_tokens`` over ``chunks``; equals the count of the joined text when the
    chunks were cut at ``safe_split_point`` positions."""
    enc = get_encoding(tokenizer)
    return sum(len(enc.encode_ordinary(chunk)) for chunk in chunks if chunk)


def count_tokens_multi(text: str, tokenizers: Sequence[str]) -> dict[str, int]:
    return {name: count_tokens(text, name) for name in tokenizers}


# Places where both tokenizers' pre-tokenizer regexes always split, whatever comes
# before or after (so count(a + b) == count(a) + count(b) when a + b is cut there):
# - right after a line break followed by a character that is not whitespace and not "/"
#   (o200k's punctuation rule ends in "[\r\n/]*", so ".\n/" is one piece);
# - right before a space followed by a non-space character (the space belongs to the
#   next piece: " word", " 123" or " (" ; a longer whitespace run ends just before it).
_SAFE_CUT = re.compile(r"\n(?=[^\s/])| (?=\S)")
_SEARCH_WINDOW = 64 * 1024


def is_safe_cut(text: str, pos: int) -> bool:
    """True when cutting ``text`` at ``pos`` keeps token counts exact (see ``_SAFE_CUT``)."""
    if pos <= 0 or pos >= len(text):
        return False
    if text[pos - 1] == "\n" and text[pos] != "/" and not text[pos].isspace():
        return True
    return text[pos] == " " and pos + 1 < len(text) and not text[pos + 1].isspace()


def safe_split_point(text: str, start: int = 0) -> int:
    """The last position in ``text[start:]`` where cutting keeps token counts exact, or -1.

    Why it is exact: tiktoken splits text with its regex into pieces and runs
    BPE inside each piece.  After ``\\n`` + a non-space that is not ``/``, no
    alternative can match across the cut (letter runs refuse ``\\r\\n`` as a
    prefix, whitespace runs stop at the non-space, the punctuation run's tail
    ``[\\r\\n/]*`` stops at it).  Before a space followed by a non-space, the
    space can only start a piece (``" word"``, ``" ("``, or a lone ``" "``
    before digits), and a whitespace run before it ends there both in the full
    text (``\\s+(?!\\S)`` leaves the last space) and at the end of the first
    part (``\\s+(?!\\S)`` / ``\\s++$``).  Pieces are matched left to right
    without look-behind, so everything after the cut is split the same way.
    Property-tested against whole-text counts in ``tests/measure/test_tokens.py``.
    """
    end = len(text)
    # Scan backwards in windows: the last match is usually in the last few bytes.
    while end > start:
        lo = max(start, end - _SEARCH_WINDOW)
        last = -1
        for m in _SAFE_CUT.finditer(text, lo, min(len(text), end + 1)):
            cut = m.end() if m.group() == "\n" else m.start()
            if lo < cut < len(text) and cut <= end:
                last = cut
        if last > start:
            return last
        end = lo
    return -1


def fallback_split_point(text: str, start: int = 0) -> int:
    """Where to cut a chunk that has no exact split point: the last line break, else the last
    whitespace, else -1 (cut anywhere).  Such a cut may change the total by a token or two."""
    idx = text.rfind("\n", start)
    if idx > start:
        return idx + 1
    for pos in range(len(text) - 1, start, -1):
        if text[pos].isspace():
            return pos + 1
    return -1


# --- The seed's rule of thumb -------------------------------------------------------------

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_KANA = r"\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
_HANGUL = r"\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
_THAI = r"\u0e00-\u0e7f"
_CYRILLIC = r"\u0400-\u052f"
_ARABIC = r"\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
_LATIN_EXTENDED = r"\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"

_RUNS = {
    "han": re.compile(f"[{_HAN}]+"),
    "kana": re.compile(f"[{_KANA}]+"),
    "hangul": re.compile(f"[{_HANGUL}]+"),
    "thai": re.compile(f"[{_THAI}]+"),
    "cyrillic": re.compile(f"[{_CYRILLIC}]+"),
    "arabic": re.compile(f"[{_ARABIC}]+"),
    "latin": re.compile(f"[{_LATIN_EXTENDED}]+"),  # ASCII letters are counted separately
}
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
# Scripts billed about one token per character.
_PER_CHAR = ("han", "kana", "hangul", "thai")
# Scripts billed about 1.2 tokens per word (the seed: French/German/Russian/Arabic words).
_PER_WORD = ("cyrillic", "arabic")
_WORD_FACTOR = 1.2
_CHARS_PER_TOKEN = 4


@dataclass
class ScriptStats:
    """Running counts for the rule of thumb; add chunks with ``feed`` (cut at line breaks)."""

    chars: int = 0
    whitespace: int = 0
    letters: dict[str, int] = field(default_factory=dict)  # script -> letters
    words: dict[str, int] = field(default_factory=dict)  # per-word script -> runs

    def add_ascii(self, chars: int, letters: int) -> None:
        """Counts of an ASCII chunk already classified by ``ascii_words_and_letters``."""
        self.chars += chars
        if letters:
            self.letters["latin"] = self.letters.get("latin", 0) + letters

    def feed(self, text: str) -> None:
        self.chars += len(text)
        if text.isascii():
            # Fast path for the common case: only Latin letters can be present.
            letters = _ascii_letters(text)
            if letters:
                self.letters["latin"] = self.letters.get("latin", 0) + letters
            return
        # ASCII letters and whitespace are counted on bytes in C; the per-script regexes
        # then only run over the non-ASCII characters (ASCII runs become one space so words
        # stay apart), which keeps this cheap next to tokenizing.
        ascii_part = text.encode("ascii", "ignore")
        self.whitespace += sum(ascii_part.count(ws) for ws in (b" ", b"\n", b"\t", b"\r"))
        ascii_letters = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTER_BYTES))
        if ascii_letters:
            self.letters["latin"] = self.letters.get("latin", 0) + ascii_letters
        rest = _ASCII_RUN.sub(" ", text)
        for script, pattern in _RUNS.items():
            runs = pattern.findall(rest)
            if not runs:
                continue
            self.letters[script] = self.letters.get(script, 0) + sum(map(len, runs))
            if script in _PER_WORD:
                self.words[script] = self.words.get(script, 0) + len(runs)

    @property
    def main_script(self) -> str:
        if not self.letters:
            return ""
        return max(self.letters.items(), key=lambda kv: (kv[1], kv[0]))[0]

    def estimate(self) -> int:
        per_char = sum(self.letters.get(s, 0) for s in _PER_CHAR)
        per_word_letters = sum(self.letters.get(s, 0) for s in _PER_WORD)
        word_tokens = _WORD_FACTOR * sum(self.words.get(s, 0) for s in _PER_WORD)
        rest = self.chars - per_char - per_word_letters
        if self.main_script in _PER_WORD:
            # Spaces between Russian/Arabic words belong to the per-word rule.
            rest -= self.whitespace
        rest = max(rest, 0)
        return per_char + math.ceil(word_tokens) + math.ceil(rest / _CHARS_PER_TOKEN)


# ASCII bytes mapped to 0 for whitespace as ``str.split`` sees it (including the
# \x1c-\x1f separators) and 1 for anything else: a word starts at every "\x00\x01".
_ASCII_NOT_SPACE = bytes(0 if b in b" \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f" else 1 for b in range(256))


def ascii_words_and_letters(text: str) -> tuple[int, int]:
    """(``len(text.split())``, ASCII letters) for an ASCII ``text``, in C passes over bytes
    (``str.split`` builds a string per word, a noticeable share of a scan's time)."""
    data = text.encode("ascii")
    classes = data.translate(_ASCII_NOT_SPACE)
    words = classes.count(b"\x00\x01") + (1 if classes[:1] == b"\x01" else 0)
    letters = len(data) - len(data.translate(None, _ASCII_LETTER_BYTES))
    return words, letters


def _ascii_letters(text: str) -> int:
    # bytes.translate in C: delete every ASCII letter and compare lengths (far faster than a
    # regex match per letter on megabytes of English).
    data = text.encode("ascii")
    return len(data) - len(data.translate(None, _ASCII_LETTER_BYTES))


_ASCII_LETTER_BYTES = bytes(range(65, 91)) + bytes(range(97, 123))


def rule_of_thumb(text: str) -> tuple[int, str]:
    """The seed's estimate: (tokens, main script).

    1 token ≈ 4 English characters; ≈ 1 Chinese / Japanese / Korean character;
    Thai ≈ 1 per character; Russian / Arabic words ≈ 1.2 tokens (Latin-script
    text, French and German included, uses the 4-characters rule).
    """
    stats = ScriptStats()
    stats.feed(text)
    return stats.estimate(), stats.main_script
