"""Offline tokenizers: the bundled vocabularies, exact counts, streamed counts, rule of thumb."""

from __future__ import annotations

import hashlib
import os
import tempfile

import pytest
import tiktoken
import tiktoken_ext.openai_public as openai_public
from hypothesis import given, settings
from hypothesis import strategies as st

from gptbots_planner.measure import tokens
from gptbots_planner.measure.text import TextSink
from gptbots_planner.paths import resource_path


def _openai_definition(name: str, monkeypatch: pytest.MonkeyPatch) -> tuple[dict, str]:
    """tiktoken's own definition of ``name`` (pat_str, special tokens, expected hash),
    without its network download: the loader is replaced by one that records the hash."""
    seen: dict[str, str] = {}

    def fake_load(url: str, expected_hash: str | None = None) -> dict[bytes, int]:
        seen["hash"] = expected_hash or ""
        return {}

    monkeypatch.setattr(openai_public, "load_tiktoken_bpe", fake_load)
    return getattr(openai_public, name)(), seen["hash"]


@pytest.mark.parametrize("name", ["o200k_base", "cl100k_base"])
def test_bundled_vocabulary_is_openais_file(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    definition, expected_hash = _openai_definition(name, monkeypatch)
    data = resource_path("tokenizers", f"{name}.tiktoken").read_bytes()
    assert hashlib.sha256(data).hexdigest() == expected_hash
    spec = tokens.TOKENIZERS[name]
    assert spec.sha256 == expected_hash
    assert spec.pat_str == definition["pat_str"]
    assert spec.special_tokens == definition["special_tokens"]


def test_known_token_ids() -> None:
    # Published ids for "hello world" in each vocabulary.
    assert tokens.get_encoding("cl100k_base").encode_ordinary("hello world") == [15339, 1917]
    assert tokens.get_encoding("o200k_base").encode_ordinary("hello world") == [24912, 2375]
    assert tokens.get_encoding("o200k_base").n_vocab == 200019


def test_encodings_are_cached_per_process() -> None:
    assert tokens.get_encoding("o200k_base") is tokens.get_encoding("o200k_base")


def test_loading_leaves_no_temp_cache(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Without TIKTOKEN_CACHE_DIR tiktoken would copy the vocabulary to <tmp>/data-gym-cache.
    monkeypatch.delenv("TIKTOKEN_CACHE_DIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    tokens.reset_loaded()
    enc = tokens.get_encoding("cl100k_base")
    assert isinstance(enc, tiktoken.Encoding)
    assert not (tmp_path / "data-gym-cache").exists()
    assert os.listdir(tmp_path) == []
    assert "TIKTOKEN_CACHE_DIR" not in os.environ  # restored after the load


def test_special_token_text_counts_as_ordinary_text() -> None:
    text = "before <|endoftext|> after"
    n = tokens.count_tokens(text, "o200k_base")
    assert n == len(tokens.get_encoding("o200k_base").encode(text, disallowed_special=()))
    assert n > 3


def test_unknown_tokenizer() -> None:
    with pytest.raises(tokens.UnknownTokenizerError, match="p50k"):
        tokens.get_encoding("p50k_base")


def test_count_tokens_stream_sums_chunks() -> None:
    parts = ["first line\n", "second line\n", "第三行\n"]
    assert tokens.count_tokens_stream(parts, "o200k_base") == tokens.count_tokens(
        "".join(parts), "o200k_base"
    )


# Characters that stress the tokenizer regexes at line breaks: runs of newlines and spaces,
# CR, "/" after punctuation, contractions, digits, CJK, combining marks.
_ALPHABET = st.sampled_from(
    ["\n", "\n", "\r\n", " ", " ", "  ", "\t", "/", ".", ",", "'s", "'", "a", "Bc", "word",
     "123", "4", "中", "文", "é", "\u0301", "!", "(", ")", "-", "#", "\u00a0", "\u3000",
     "<|endoftext|>"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, min_size=1, max_size=60).map("".join))
def test_every_safe_cut_is_exact(text: str) -> None:
    for name in ("o200k_base", "cl100k_base"):
        whole = tokens.count_tokens(text, name)
        for p in range(1, len(text)):
            if tokens.is_safe_cut(text, p):
                parts = tokens.count_tokens(text[:p], name) + tokens.count_tokens(text[p:], name)
                assert parts == whole, (repr(text), p)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, min_size=2, max_size=80).map("".join), st.integers(0, 79))
def test_safe_split_point_finds_the_last_safe_cut(text: str, start: int) -> None:
    start = min(start, len(text) - 1)
    cut = tokens.safe_split_point(text, start)
    candidates = [p for p in range(start + 1, len(text)) if tokens.is_safe_cut(text, p)]
    assert cut == (candidates[-1] if candidates else -1)


@settings(max_examples=100, deadline=None)
@given(st.lists(_ALPHABET, min_size=1, max_size=400).map("".join))
def test_sink_with_tiny_chunks_counts_like_whole_text(text: str) -> None:
    sink = TextSink(["o200k_base", "cl100k_base"], chunk_chars=8)
    for i in range(0, len(text), 5):
        sink.write(text[i : i + 5])
    sink.close()
    if sink.inexact_cuts == 0:
        assert sink.counts["o200k_base"] == tokens.count_tokens(text, "o200k_base")
        assert sink.counts["cl100k_base"] == tokens.count_tokens(text, "cl100k_base")
    assert sink.chars == len(text)


def test_sink_exact_on_real_multi_chunk_text() -> None:
    lines = [f"Line {i}: the quick brown fox / 敏捷的棕色狐狸 {i * 7}.\n" for i in range(3000)]
    lines[100] = "\n\n   indented after blank lines\n"
    lines[200] = "/path/starting/with/slash\n"
    text = "".join(lines)
    sink = TextSink(["o200k_base"], chunk_chars=4096)
    sink.write(text)
    sink.close()
    assert sink.inexact_cuts == 0
    assert sink.counts["o200k_base"] == tokens.count_tokens(text, "o200k_base")


def test_sink_exact_on_indented_json() -> None:
    # Every line starts with spaces: cuts fall before a space (", " / ": ") instead.
    import json

    data = {f"key{i}": {"name": f"item {i}", "tags": ["a", "b"], "n": i} for i in range(2000)}
    text = json.dumps(data, indent=4)
    sink = TextSink(["o200k_base", "cl100k_base"], chunk_chars=2048)
    sink.write(text)
    sink.close()
    assert sink.inexact_cuts == 0
    assert sink.counts["o200k_base"] == tokens.count_tokens(text, "o200k_base")
    assert sink.counts["cl100k_base"] == tokens.count_tokens(text, "cl100k_base")


def test_sink_without_any_safe_point_cuts_inexactly_but_says_so() -> None:
    text = "x," * 5000  # no space, no line break
    sink = TextSink(["o200k_base"], chunk_chars=1000)
    sink.write(text)
    sink.close()
    assert sink.inexact_cuts > 0
    assert sink.chars == len(text)
    whole = tokens.count_tokens(text, "o200k_base")
    assert abs(sink.counts["o200k_base"] - whole) <= sink.inexact_cuts


def test_rule_of_thumb_by_script() -> None:
    assert tokens.rule_of_thumb("a" * 400) == (100, "latin")
    assert tokens.rule_of_thumb("这是中文文本") == (6, "han")
    assert tokens.rule_of_thumb("こんにちは") == (5, "kana")
    assert tokens.rule_of_thumb("안녕하세요") == (5, "hangul")
    assert tokens.rule_of_thumb("สวัสดีครับ") == (10, "thai")
    # Russian / Arabic: 1.2 tokens per word (10 words -> 12), spaces belong to the words.
    assert tokens.rule_of_thumb(" ".join(["слово"] * 10)) == (12, "cyrillic")
    assert tokens.rule_of_thumb(" ".join(["كلمة"] * 10)) == (12, "arabic")
    # French uses the 4-characters rule.
    est, script = tokens.rule_of_thumb("àéèù" * 10)
    assert (est, script) == (10, "latin")
    assert tokens.rule_of_thumb("") == (0, "")


def test_rule_of_thumb_mixed_text_adds_parts() -> None:
    # 8 Latin characters (2 tokens) + 4 Han characters (4 tokens).
    assert tokens.rule_of_thumb("abcdefgh中文汉字") == (6, "latin")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=200))
def test_ascii_words_and_letters_match_python(text: str) -> None:
    words, letters = tokens.ascii_words_and_letters(text)
    assert words == len(text.split())
    assert letters == sum(ch.isalpha() for ch in text)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_fast_counter_equals_encode_ordinary(text: str) -> None:
    for name in ("o200k_base", "cl100k_base"):
        enc = tokens.get_encoding(name)
        assert tokens.token_counter(name)(text) == len(enc.encode_ordinary(text))


def test_counter_falls_back_when_the_private_api_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken:
        def encode_to_tiktoken_buffer(self, text, allowed):
            return b"\x00" * 4  # always "one token": fails the probes

    enc = tokens.get_encoding("o200k_base")
    monkeypatch.setattr(tokens, "_counters", {})
    monkeypatch.setattr(enc, "_core_bpe", Broken(), raising=False)
    monkeypatch.setattr(enc, "encode_ordinary", lambda text: list(range(len(text))))
    assert tokens.token_counter("o200k_base")("abc") == 3


@pytest.mark.parametrize("name", ["o200k_base", "cl100k_base", "qwen"])
def test_a_changed_tiktoken_vocabulary_is_refused(tmp_path, monkeypatch, name) -> None:
    """The SHA-256 is checked for tiktoken files too (tiktoken's own check is skipped when
    TIKTOKEN_CACHE_DIR is empty, so a damaged file would otherwise load and miscount)."""
    import gptbots_planner.measure.tokenizers as backends
    from gptbots_planner.vocab.messages import MessageError

    fake = tmp_path / f"{name}.tiktoken"
    fake.write_bytes(b"YQ== 0\nYg== 1\n")  # a well-formed rank file, but not the vocabulary
    monkeypatch.setattr(backends, "vocab_path", lambda _name: fake)
    tokens.reset_loaded()
    try:
        with pytest.raises(MessageError) as caught:
            tokens.get_encoding(name)
        assert caught.value.message.code == "tokenizer_vocab_mismatch"
    finally:
        monkeypatch.undo()
        tokens.reset_loaded()
    assert tokens.count_tokens("hello world", name) == 2
