"""The seed's rule of thumb for tokens (beside the exact counts), and cheap word counts."""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

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
