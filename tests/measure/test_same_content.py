"""Byte-identical text files: counted once per scan, each with its own row.

The tests call ``measure_file`` inside ``same_content.scan()``, as ``scan_paths`` does."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from gptbots_planner.measure import same_content
from gptbots_planner.measure import text as text_module
from gptbots_planner.measure.dispatch import measure_file
from gptbots_planner.measure.scan import scan_paths

TOK = ("o200k_base", "cl100k_base")
TEXT = "Le même texte, copié deux fois.\n中文内容。\n" * 40


@pytest.fixture(autouse=True)
def _in_a_scan() -> Iterator[None]:
    with same_content.scan():
        yield


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the text reader decoded and counted."""
    seen: list[str] = []
    real = text_module._read

    def counting(path, *args, **kwargs):
        seen.append(Path(path).name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(text_module, "_read", counting)
    return seen


def _row(m) -> dict:
    data = m.to_dict()
    for key in ("path", "name", "mtime_ns"):
        data.pop(key)
    return data


@pytest.mark.parametrize("size", [1_000, 200_000])  # characters: read whole / streamed
def test_a_copy_gets_the_first_files_counts_and_its_own_path(
    tmp_path: Path, reads: list[str], size: int
) -> None:
    body = (TEXT * (size // len(TEXT) + 1))[:size].encode("utf-8")
    assert (len(body) < text_module.SAMPLE_BYTES) == (size == 1_000)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, copy = tmp_path / "a" / "notes.md", tmp_path / "b" / "copy.md"
    first.write_bytes(body)
    copy.write_bytes(body)
    os.utime(copy, ns=(1_000_000_000, 1_000_000_000))
    m1, m2 = measure_file(first, TOK), measure_file(copy, TOK)
    assert reads == ["notes.md"]  # the copy was not decoded and counted again
    assert (m2.path, m2.name, m2.mtime_ns) == (str(copy), "copy.md", 1_000_000_000)
    assert _row(m2) == _row(m1)
    assert m1.tokens["o200k_base"] > 0 and m2.tokens is not m1.tokens
    m2.tokens["o200k_base"] = 0  # rows are separate objects
    m2.warn(text_module.message("empty_text"))
    assert measure_file(tmp_path / "a" / "notes.md", TOK).tokens["o200k_base"] > 0
    assert not m1.warning_messages


def test_what_decides_the_reading_is_part_of_the_key(tmp_path: Path, reads: list[str]) -> None:
    html = b"<html><body><p>Visible words</p><script>var hidden = 1;</script></body></html>"
    for name in ("page.html", "page.txt", "again.html"):
        (tmp_path / name).write_bytes(html)
    as_html = measure_file(tmp_path / "page.html", TOK)
    as_text = measure_file(tmp_path / "page.txt", TOK)
    assert as_text.tokens["o200k_base"] > as_html.tokens["o200k_base"]  # markup counted
    measure_file(tmp_path / "again.html", TOK)
    measure_file(tmp_path / "page.txt", ("o200k_base",))  # other tokenizers
    measure_file(tmp_path / "page.txt", TOK, encoding="latin-1")  # a forced encoding
    assert reads == ["page.html", "page.txt", "page.txt", "page.txt"]


def test_a_file_over_the_limit_or_changed_is_read_itself(
    tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(same_content, "MAX_BYTES", 100)
    big = b"word " * 40  # 200 bytes
    (tmp_path / "one.txt").write_bytes(big)
    (tmp_path / "two.txt").write_bytes(big)
    measure_file(tmp_path / "one.txt", TOK)
    measure_file(tmp_path / "two.txt", TOK)
    assert reads == ["one.txt", "two.txt"]
    assert same_content.key_of(str(tmp_path / "one.txt"), b"word", 7, ".txt", TOK, None) is None


def test_a_file_that_fails_is_read_again_for_its_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gptbots_planner.measure.errors import TextFileError

    tried: list[str] = []

    def failing(path, *args, **kwargs):
        tried.append(Path(path).name)
        raise TextFileError.of("undecodable_text")

    monkeypatch.setattr(text_module, "_read", failing)
    for name in ("x.txt", "y.txt"):
        (tmp_path / name).write_text("the same words\n", encoding="utf-8")
    m1, m2 = measure_file(tmp_path / "x.txt", TOK), measure_file(tmp_path / "y.txt", TOK)
    assert m1.error_message.code == m2.error_message.code == "undecodable_text"
    assert m2.path == str(tmp_path / "y.txt")
    assert sorted(set(tried)) == ["x.txt", "y.txt"]  # no failure is copied


def test_the_memo_keeps_the_latest_contents(
    tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(same_content, "ENTRIES", 2)
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"content number {i}\n", encoding="utf-8")
        (tmp_path / f"{i}-copy.txt").write_text(f"content number {i}\n", encoding="utf-8")
    for i in range(3):
        measure_file(tmp_path / f"{i}.txt", TOK)
    for i in (2, 1, 0):
        measure_file(tmp_path / f"{i}-copy.txt", TOK)
    assert reads == ["0.txt", "1.txt", "2.txt", "0-copy.txt"]  # 0 was the oldest


def test_a_scan_counts_every_copy_in_its_totals(tmp_path: Path) -> None:
    for i in range(5):
        (tmp_path / f"copy{i}.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "other.txt").write_text("something else\n", encoding="utf-8")
    result = scan_paths([tmp_path], list(TOK), jobs=1, use_cache=False)
    one = measure_file(tmp_path / "copy0.txt", TOK).tokens["o200k_base"]
    other = measure_file(tmp_path / "other.txt", TOK).tokens["o200k_base"]
    assert result.totals.tokens["o200k_base"] == 5 * one + other
    assert sorted(m.name for m in result.measurements) == [
        *(f"copy{i}.txt" for i in range(5)),
        "other.txt",
    ]


def test_what_the_caller_adds_to_a_row_stays_out_of_its_copies(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("plain words\n", encoding="utf-8")
    first = measure_file(tmp_path / "a.txt", TOK)
    counted = first.tokens["o200k_base"]
    first.warn(text_module.message("empty_text"))  # as dispatch does after some readers
    first.tokens["o200k_base"] = 99
    copy = measure_file(tmp_path / "b.txt", TOK)
    assert copy.warning_messages == [] and copy.tokens["o200k_base"] == counted == 3


def test_outside_a_scan_and_in_the_next_scan_every_file_is_read(
    tmp_path: Path, reads: list[str]
) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("the same words\n", encoding="utf-8")
    measure_file(tmp_path / "a.txt", TOK)
    with same_content.scan():
        pass  # a scan ends: what it remembered goes (the enclosing one's too)
    measure_file(tmp_path / "b.txt", TOK)
    assert reads == ["a.txt", "b.txt"]
    reads.clear()
    for _ in range(2):
        scan_paths([tmp_path], list(TOK), jobs=1, use_cache=False)
    assert reads == ["a.txt", "a.txt"]  # once per scan; b.txt is a's copy in each
