"""Exact token counts, fully offline, plus the seed's rule of thumb.

The public face of the tokenizers: ``get_encoding``, ``token_counter``, ``count_tokens``,
``check_tokenizers``.  Backends and vocabulary files live in ``measure.tokenizers``:
tiktoken for OpenAI's o200k/cl100k and Qwen, Hugging Face ``tokenizers`` for DeepSeek
V3/R1 and Llama 3, SentencePiece for Mistral v1.  Every vocabulary is a local file checked
by SHA-256 on load, loaded only when first counted with; nothing is downloaded.

Counting is the message body as an API bills it: tiktoken's ``encode_ordinary`` (a
literal ``<|endoftext|>`` inside a document is text), ``add_special_tokens=False`` for
Hugging Face tokenizers (no BOS), SentencePiece's ``encode`` without BOS.

Scans count with ``token_counter``; ``count_tokens`` is the plain reference.

Streamed counts (``count_tokens_stream``, ``text.TextSink``) are exact when every chunk
boundary is a place where the pre-tokenizer always splits; ``safe_split_point`` finds
such places (after a line break followed by a character that is neither whitespace nor
``/``, or before a space followed by a non-space that is no digit and no CJK), see its
docstring.  The rule holds for
o200k, cl100k, Qwen, DeepSeek V3 and Llama 3 (property-tested).  SentencePiece has no
such rule (every chunk gets the "▁" dummy prefix): Mistral counts are exact for a text
counted whole (anything up to ``text.CHUNK_CHARS``) and may be off by about a token per
chunk on longer files.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Iterable

import tiktoken

from gptbots_planner.measure.tokenizers import (
    TOKENIZERS,
    Encoding,
    TokenizerSpec,
    UnknownTokenizerError,
    VocabularyError,
    forget_loaded,
    is_available,
    load,
)
from gptbots_planner.measure.tokenizers import vocab_path as _vocab_path
from gptbots_planner.measure.tokenizers.rule_of_thumb import (
    ScriptStats,
    ascii_words_and_letters,
    rule_of_thumb,
)
from gptbots_planner.measure.tokenizers.specs import (
    ENDOFPROMPT,
    ENDOFTEXT,
    FIM_MIDDLE,
    FIM_PREFIX,
    FIM_SUFFIX,
)
from gptbots_planner.measure.tokenizers.tiktoken_backend import NFCEncoding
from gptbots_planner.vocab import tokenizers as vocab_tokenizers

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_TOKENIZER",
    "ENDOFPROMPT",
    "ENDOFTEXT",
    "FIM_MIDDLE",
    "FIM_PREFIX",
    "FIM_SUFFIX",
    "TOKENIZERS",
    "Encoding",
    "ScriptStats",
    "TokenizerSpec",
    "UnknownTokenizerError",
    "VocabularyError",
    "ascii_words_and_letters",
    "is_available",
    "rule_of_thumb",
]

DEFAULT_TOKENIZER = vocab_tokenizers.DEFAULT_TOKENIZER


# --- Samples for the range of an approximated model ------------------------------------
# "sample:<tokenizer>" is a name the scan may be given beside the real ones: it counts the
# first SAMPLE_CHARS characters of every chunk the scan counts (so at most 4 K per ~1 MB
# chunk, and all of a small file).  Every sample name sees the same characters, so
# sample:deepseek_v3 / sample:o200k_base is DeepSeek's ratio to o200k on this file's own
# text; ``core.measures`` applies the ratios to the full o200k count.  Bounded work per
# chunk, and the vocabularies load only when a plan has an approximated model.
SAMPLE_PREFIX = "sample:"
SAMPLE_CHARS = 4096


def sample_name(tokenizer: str) -> str:
    return SAMPLE_PREFIX + tokenizer


def base_name(name: str) -> str:
    """The tokenizer behind a sample name (``name`` itself otherwise)."""
    return name[len(SAMPLE_PREFIX) :] if name.startswith(SAMPLE_PREFIX) else name


def is_known(name: str) -> bool:
    """A tokenizer id, or a sample name of one."""
    return base_name(name) in TOKENIZERS


def range_tokenizers() -> tuple[str, ...]:
    """The sample names a scan adds when a plan has an approximated model: o200k (what the
    approximated rows count with) and every exact vendor family whose vocabulary is here."""
    return tuple(
        sample_name(name) for name in vocab_tokenizers.EXACT_FAMILIES if is_available(name)
    )


def check_tokenizers(names: Iterable[str]) -> None:
    """Raise ``UnknownTokenizerError`` for the first name that is not a known tokenizer."""
    for name in names:
        if not is_known(name):
            raise UnknownTokenizerError.of("unknown_tokenizer", tokenizer=repr(name))


def vocab_path(name: str) -> str:
    return str(_vocab_path(name))


def get_encoding(name: str) -> Encoding:
    """The encoding ``name``, built from its local vocabulary (cached per process).

    A tiktoken ``Encoding`` for o200k/cl100k; for the others an object with the same
    ``name``, ``n_vocab`` and ``encode_ordinary``."""
    return load(base_name(name))


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
    if tokenizer.startswith(SAMPLE_PREFIX):
        whole = token_counter(base_name(tokenizer))

        def sampled(text: str) -> int:
            return whole(text[:SAMPLE_CHARS])

        _counters[tokenizer] = sampled
        return sampled
    loaded = get_encoding(tokenizer)
    if not isinstance(loaded, (tiktoken.Encoding, NFCEncoding)):
        counter = loaded.count if hasattr(loaded, "count") else _list_counter(loaded)
        _counters[tokenizer] = counter
        return counter
    enc = loaded.enc if isinstance(loaded, NFCEncoding) else loaded

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
    if isinstance(loaded, NFCEncoding):
        raw = counter

        def normalised(text: str) -> int:
            return raw(unicodedata.normalize("NFC", text))

        counter = normalised
    _counters[tokenizer] = counter
    return counter


def reset_loaded() -> None:
    """Forget every loaded vocabulary and counter: the next count loads the file again."""
    forget_loaded()
    _counters.clear()


def _list_counter(enc: Encoding) -> Callable[[str], int]:
    def count(text: str) -> int:
        return len(enc.encode_ordinary(text))

    return count


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
    if tokenizer.startswith(SAMPLE_PREFIX):
        return token_counter(tokenizer)(text)
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


# Places where every streamed tokenizer's pre-tokenizer always splits, whatever comes
# before or after (so count(a + b) == count(a) + count(b) when a + b is cut there):
# - right after a line break followed by a character that is not whitespace and not "/"
#   (o200k's punctuation rule ends in "[\r\n/]*", so ".\n/" is one piece);
# - right before a space followed by a non-space character that is neither a digit
#   (\p{N}) nor CJK/kana nor "<" (the space belongs to the next piece: " word" or " (" ; a
#   longer whitespace run ends just before it).
# DeepSeek V3's pre-tokenizer first isolates digit runs and CJK/kana runs, so a space
# before one of those ends a whitespace piece of its own there ("  123" is "  " + "123",
# cut after the first space it would be " " + " " + "123"): no space cut before them.
# Hugging Face tokenizers also split off added tokens ("<｜User｜>", "<|eot_id|>") first:
# no space cut before "<" either.
_SAFE_CUT = re.compile(r"\n(?=[^\s/])| (?=[^\s<\u4e00-\u9fa5\u3040-\u30ff])")


def _space_cut_ok(nxt: str) -> bool:
    if nxt.isspace() or nxt == "<" or "\u4e00" <= nxt <= "\u9fa5" or "\u3040" <= nxt <= "\u30ff":
        return False
    return not unicodedata.category(nxt).startswith("N")


_SEARCH_WINDOW = 64 * 1024


def is_safe_cut(text: str, pos: int) -> bool:
    """True when cutting ``text`` at ``pos`` keeps token counts exact (see ``_SAFE_CUT``)."""
    if pos <= 0 or pos >= len(text):
        return False
    if text[pos - 1] == "\n" and text[pos] != "/" and not text[pos].isspace():
        return True
    return text[pos] == " " and pos + 1 < len(text) and _space_cut_ok(text[pos + 1])


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
            if m.group() == "\n":
                cut = m.end()
            elif _space_cut_ok(text[m.end()]):
                cut = m.start()
            else:
                continue  # a digit after the space (\p{N}: not only ASCII ones)
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
