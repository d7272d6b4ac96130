"""Text files: every encoding decodes to the same text and the same exact token counts."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gptbots_planner.measure import text as textmod
from gptbots_planner.measure.dispatch import measure_file, measure_text
from gptbots_planner.measure.errors import TextFileError
from gptbots_planner.measure.htmltext import html_visible_text
from gptbots_planner.measure.text import TextSink, measure_text_file
from gptbots_planner.measure.tokens import count_tokens

ZH = "这是一个用于测试编码检测的中文段落。我们希望它能够被正确识别，并且统计准确。\n" * 4
TW = "這是一個用於測試編碼檢測的繁體中文段落。我們希望它能夠被正確識別。\n" * 4
JA = "これは文字コード判定のための日本語の段落です。正しく認識されることを期待しています。\n" * 4
KO = "이것은 인코딩 감지를 테스트하기 위한 한국어 단락입니다. 올바르게 인식되기를 바랍니다.\n" * 4
EN = "Hello world, this is a line of English text with numbers 12345.\n" * 4
MIXED = "Mixed: English, 中文, русский, العربية, ไทย, 한국어, emoji 🎉.\n" * 4

TOKENIZERS = ("o200k_base", "cl100k_base")

CASES = [
    # (id, text, bytes, expected encoding, expected detail)
    ("utf8", MIXED, MIXED.encode("utf-8"), "utf-8", "UTF-8"),
    ("utf8-bom", MIXED, codecs.BOM_UTF8 + MIXED.encode("utf-8"), "utf-8-sig", "UTF-8 (BOM)"),
    (
        "utf16le-bom",
        MIXED,
        codecs.BOM_UTF16_LE + MIXED.encode("utf-16-le"),
        "utf-16",
        "UTF-16LE (BOM)",
    ),
    (
        "utf16be-bom",
        MIXED,
        codecs.BOM_UTF16_BE + MIXED.encode("utf-16-be"),
        "utf-16",
        "UTF-16BE (BOM)",
    ),
    (
        "utf32le-bom",
        MIXED,
        codecs.BOM_UTF32_LE + MIXED.encode("utf-32-le"),
        "utf-32",
        "UTF-32LE (BOM)",
    ),
    (
        "utf32be-bom",
        MIXED,
        codecs.BOM_UTF32_BE + MIXED.encode("utf-32-be"),
        "utf-32",
        "UTF-32BE (BOM)",
    ),
    ("utf16le-nobom", EN, EN.encode("utf-16-le"), "utf-16-le", "UTF-16LE"),
    ("utf16be-nobom", EN, EN.encode("utf-16-be"), "utf-16-be", "UTF-16BE"),
    ("utf32le-nobom", MIXED, MIXED.encode("utf-32-le"), "utf-32-le", "UTF-32LE"),
    ("utf32be-nobom", ZH, ZH.encode("utf-32-be"), "utf-32-be", "UTF-32BE"),
    ("gb18030", ZH, ZH.encode("gb18030"), "gb18030", "GB18030"),
    ("gbk", ZH, ZH.encode("gbk"), "gb18030", "GB18030"),
    ("big5", TW, TW.encode("big5"), "big5", "Big5"),
    ("shift-jis", JA, JA.encode("shift_jis"), "cp932", "Shift_JIS (CP932)"),
    ("euc-kr", KO, KO.encode("euc-kr"), "cp949", "EUC-KR (CP949)"),
]


@pytest.mark.parametrize(
    ("text", "data", "encoding", "detail"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_encodings_give_tiktokens_count(
    tmp_path: Path, text: str, data: bytes, encoding: str, detail: str
) -> None:
    path = tmp_path / "sample.txt"
    path.write_bytes(data)
    m = measure_file(path, TOKENIZERS)
    assert m.error == ""
    assert m.kind == "text"
    assert m.encoding == encoding
    assert m.detail == detail
    for name in TOKENIZERS:
        assert m.tokens[name] == count_tokens(text, name)
    assert m.chars == len(text)
    assert m.words == len(text.split())
    assert m.size_bytes == len(data)


def test_detected_encoding_reads_back(tmp_path: Path) -> None:
    # The reported encoding, passed back as an override, reads the same text.
    path = tmp_path / "big5.txt"
    path.write_bytes(TW.encode("big5"))
    first = measure_file(path, TOKENIZERS)
    again = measure_file(path, TOKENIZERS, encoding=first.encoding)
    assert again.tokens == first.tokens
    assert again.detail == "Big5 (chosen)"


def test_encoding_override_is_obeyed(tmp_path: Path) -> None:
    path = tmp_path / "utf8.txt"
    path.write_bytes(ZH.encode("utf-8"))
    m = measure_file(path, ["o200k_base"], encoding="latin-1")
    assert m.encoding == "iso8859-1"
    assert m.tokens["o200k_base"] == count_tokens(ZH.encode("utf-8").decode("latin-1"))


def test_override_that_does_not_fit_is_replaced_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "zh.txt"
    path.write_bytes(ZH.encode("gb18030"))
    m = measure_file(path, ["o200k_base"], encoding="utf-8")
    assert m.ok
    assert "could not be decoded as UTF-8" in m.warning
    expected = ZH.encode("gb18030").decode("utf-8", "replace")
    assert m.tokens["o200k_base"] == count_tokens(expected)


def test_unknown_override_is_an_error_row(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("hello", encoding="utf-8")
    m = measure_file(path, ["o200k_base"], encoding="no-such-codec")
    assert m.kind == "error"
    assert "unknown encoding" in m.error


def test_legacy_bytes_late_in_a_utf8_looking_file(tmp_path: Path) -> None:
    # The first 64 KB are ASCII (valid UTF-8); GB18030 bytes only come later, so the
    # stream restarts with candidates for the bytes around the failure.
    content = "plain ascii line\n" * 6000 + ZH
    path = tmp_path / "late.txt"
    path.write_bytes(content.encode("gb18030"))
    m = measure_file(path, ["o200k_base"])
    assert m.encoding == "gb18030"
    assert m.tokens["o200k_base"] == count_tokens(content)


def test_windows_1252_western_text(tmp_path: Path) -> None:
    content = "Ceci est un paragraphe en français: déjà, où, garçon, élève.\n" * 3
    path = tmp_path / "fr.txt"
    path.write_bytes(content.encode("cp1252"))
    m = measure_file(path, ["o200k_base"])
    assert m.encoding == "cp1252"
    assert m.tokens["o200k_base"] == count_tokens(content)


def test_streamed_in_small_blocks_equals_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tiny read blocks split multi-byte characters; tiny chunks force many cuts.
    monkeypatch.setattr(textmod, "READ_BLOCK", 1001)
    monkeypatch.setattr(textmod, "CHUNK_CHARS", 3000)
    biggest: list[int] = []
    original = TextSink._count

    def spy(self: TextSink, chunk: str) -> None:
        biggest.append(len(chunk))
        original(self, chunk)

    monkeypatch.setattr(TextSink, "_count", spy)
    content = "".join(f"{i}: {ZH.splitlines()[0]} and some English words\n" for i in range(2000))
    path = tmp_path / "big.md"
    path.write_bytes(content.encode("utf-8"))
    m = measure_file(path, TOKENIZERS)
    assert m.warning == ""
    assert m.tokens["o200k_base"] == count_tokens(content, "o200k_base")
    assert m.tokens["cl100k_base"] == count_tokens(content, "cl100k_base")
    assert len(biggest) > 20
    # Memory stays bounded: no chunk handed to tiktoken is much bigger than the chunk size.
    assert max(biggest) <= 4 * 3000 + 1001


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    m = measure_file(path, TOKENIZERS)
    assert m.kind == "text"
    assert m.ok
    assert m.tokens == {"o200k_base": 0, "cl100k_base": 0}
    assert m.warning == "empty file"


def test_bom_only_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8)
    m = measure_file(path, ["o200k_base"])
    assert m.tokens == {"o200k_base": 0}
    assert m.warning == "empty file"


def test_binary_data_in_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(b"some text\x00\x01\x02\x00\xff\x00binary" * 50)
    m = measure_file(path, ["o200k_base"])
    assert m.kind == "error"
    assert m.error == "binary data in a text file"
    assert m.tokens == {}


def test_nul_bytes_after_the_sample_are_caught(tmp_path: Path) -> None:
    path = tmp_path / "late-binary.log"
    path.write_bytes(b"log line\n" * 20000 + b"\x00" * 100)
    m = measure_file(path, ["o200k_base"])
    assert m.kind == "error"
    assert m.error == "binary data in a text file"


def test_html_counts_visible_text_only(tmp_path: Path) -> None:
    html = """<!DOCTYPE html><html><head><title>Page title</title>
    <style>body { color: red; }</style><script>var secret = "not visible";</script></head>
    <body><h1>Heading</h1><p>First   paragraph with <b>bold</b> text &amp; an entity.</p>
    <div>Second block</div><noscript>hidden</noscript></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    m = measure_file(path, ["o200k_base"])
    visible = "Page title\nHeading\nFirst paragraph with bold text & an entity.\nSecond block\n"
    assert html_visible_text(html) == visible
    assert m.tokens["o200k_base"] == count_tokens(visible)
    assert m.chars == len(visible)


def test_html_declared_charset(tmp_path: Path) -> None:
    body = '<html><head><meta charset="gb2312"></head><body><p>' + ZH + "</p></body></html>"
    path = tmp_path / "zh.htm"
    path.write_bytes(body.encode("gb18030"))
    m = measure_file(path, ["o200k_base"])
    assert m.ok
    assert m.tokens["o200k_base"] == count_tokens(html_visible_text(body))


@pytest.mark.parametrize("suffix", [".py", ".json", ".yaml", ".csv", ".sql", ".toml", ".rst"])
def test_code_and_data_extensions_are_text(tmp_path: Path, suffix: str) -> None:
    content = 'key = "value"  # comment\nother: [1, 2, 3]\n'
    path = tmp_path / f"file{suffix}"
    path.write_text(content, encoding="utf-8")
    m = measure_file(path, ["o200k_base"])
    assert m.kind == "text"
    assert m.tokens["o200k_base"] == count_tokens(content)


def test_pasted_text() -> None:
    m = measure_text(MIXED, "pasted", TOKENIZERS)
    assert m.path == ""
    assert m.name == "pasted"
    assert m.tokens == {name: count_tokens(MIXED, name) for name in TOKENIZERS}
    assert m.estimated_tokens > 0
    assert m.script != ""


def test_measure_text_file_direct_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 1000, encoding="utf-8")
    with pytest.raises(TextFileError, match="too large"):
        measure_text_file(path, ["o200k_base"], max_bytes=999)


def test_utf8_cut_in_the_middle_of_the_last_character(tmp_path: Path) -> None:
    data = ZH.encode("utf-8")[:-2]  # "。\n" -> the last character is cut off
    path = tmp_path / "cut.txt"
    path.write_bytes(data)
    m = measure_file(path, ["o200k_base"])
    assert m.encoding == "utf-8"
    assert "1 character(s) could not be decoded as UTF-8" in m.warning
    assert m.tokens["o200k_base"] == count_tokens(data.decode("utf-8", "replace"))


def test_utf8_with_one_corrupt_byte_stays_utf8(tmp_path: Path) -> None:
    data = bytearray((ZH * 50).encode("utf-8"))
    data[len(data) // 2] = 0xFF
    path = tmp_path / "corrupt.md"
    path.write_bytes(bytes(data))
    m = measure_file(path, ["o200k_base"])
    assert m.encoding == "utf-8"
    assert "could not be decoded" in m.warning
    assert m.tokens["o200k_base"] == count_tokens(bytes(data).decode("utf-8", "replace"))


@given(
    st.lists(
        st.sampled_from(
            ["a", "b", "X", ".", "-", " ", "中", ".txt", ".MD", ".html", ".py", "readme"]
        ),
        min_size=1,
        max_size=6,
    )
    .map("".join)
    .filter(lambda n: n not in (".", ".."))
)
def test_text_name_by_string_equals_the_pathlib_rule(name: str) -> None:
    # batching plans 100,000 files with the string version; it must say what pathlib says
    from gptbots_planner.measure.text import is_text_filename, is_text_name

    assert is_text_filename(name) == is_text_name(Path(name))


@pytest.mark.parametrize(
    "name",
    ["a.txt", ".bashrc", "..x", "...", "a.", "a..b", "README", ".a.b", "..a.b", "a.tar.gz", ".",
     "..", "x.TXT", "..a", "数据.md", "a b.c d"],
)  # fmt: skip
def test_filename_suffix_is_splitext(name: str) -> None:
    from gptbots_planner.measure.text import filename_suffix

    assert filename_suffix(name) == os.path.splitext(name)[1]


@given(st.text(alphabet=".ab", max_size=8))
def test_filename_suffix_is_splitext_for_any_dots(name: str) -> None:
    from gptbots_planner.measure.text import filename_suffix

    assert filename_suffix(name) == os.path.splitext(name)[1]
