"""Hostile inputs: each gives a clear per-file row and the scan carries on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image

from gptbots_planner.measure import dispatch
from gptbots_planner.measure.dispatch import Limits, measure_file
from gptbots_planner.measure.scan import scan_paths
from gptbots_planner.measure.tokens import count_tokens

GOOD = "A perfectly normal text file.\n"


def _by_name(result) -> dict:
    return {Path(m.path).name: m for m in result.measurements}


def test_folder_of_hostile_files_scans_to_the_end(tmp_path: Path, make) -> None:
    root = tmp_path / "material"
    root.mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "empty.pdf").write_bytes(b"")
    (root / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(2000))
    (root / "notpdf.pdf").write_bytes(b"just some words, no header")
    good_docx = make.docx(tmp_path / "x.docx", ["paragraph"] * 40).read_bytes()
    (root / "truncated.docx").write_bytes(good_docx[: len(good_docx) // 2])
    (root / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (root / "program.txt").write_bytes(b"\x7fELF\x02\x01\x01" + b"\x00" * 200)
    (root / "unknown.xyz").write_bytes(os.urandom(3000).replace(b"\n", b"\x00"))
    Image.new("RGB", (2000, 500)).save(root / "picture.txt", format="PNG")
    make.pdf(root / "slides.txt", [["PDF in disguise"]])
    sparse = root / "huge.log"
    with open(sparse, "wb") as f:  # sparse: no disk space, no reading
        f.truncate(dispatch.DEFAULT_LIMITS.max_text_bytes + 1)

    result = scan_paths([root], ["o200k_base"], jobs=1, use_cache=False)
    rows = _by_name(result)
    assert not result.cancelled
    assert len(result.measurements) == 12

    assert rows["good.txt"].tokens["o200k_base"] == count_tokens(GOOD)
    assert rows["empty.txt"].warning == "empty file" and rows["empty.txt"].ok
    assert rows["empty.pdf"].kind == "error" and "empty file" in rows["empty.pdf"].error
    assert rows["corrupt.pdf"].kind == "error" and "PDF" in rows["corrupt.pdf"].error
    assert rows["notpdf.pdf"].kind == "error" and "not a valid PDF" in rows["notpdf.pdf"].error
    assert rows["truncated.docx"].kind == "error" and "corrupt" in rows["truncated.docx"].error
    assert rows["binary.txt"].error == "binary data in a text file"
    assert rows["program.txt"].kind == "unsupported"
    assert rows["program.txt"].error == (
        "unsupported file type (ELF executable); extension says .txt, content is ELF executable"
    )
    assert rows["unknown.xyz"].kind == "unsupported"
    assert rows["unknown.xyz"].error == "unsupported file type"
    assert rows["unknown.xyz"].tokens == {}
    assert rows["picture.txt"].kind == "image"
    assert (rows["picture.txt"].width, rows["picture.txt"].height) == (2000, 500)
    assert rows["picture.txt"].warning == "extension says .txt, content is PNG"
    assert rows["slides.txt"].kind == "document"
    assert rows["slides.txt"].warning == "extension says .txt, content is PDF"
    assert rows["huge.log"].kind == "error" and "too large" in rows["huge.log"].error
    # The same rows by code (what the GUI, workbook and CSV translate).
    codes = {
        name: m.error_message.code if m.error_message else [w.code for w in m.warning_messages]
        for name, m in rows.items()
    }
    assert codes["empty.txt"] == ["empty_text_file"]
    assert codes["empty.pdf"] == "empty_not_pdf"
    assert codes["notpdf.pdf"] == "not_a_pdf"
    assert codes["binary.txt"] == "binary_in_text"
    assert codes["program.txt"] == "unsupported_format_mismatch"
    assert codes["unknown.xyz"] == "unsupported_type"
    assert codes["picture.txt"] == codes["slides.txt"] == ["extension_mismatch"]
    assert codes["huge.log"] == "file_too_large"
    assert (
        rows["huge.log"].error_message.params["limit"]
        == f"{dispatch.DEFAULT_LIMITS.max_text_bytes:,}"
    )

    # Totals count only what was measured; every problem is one error.
    assert result.totals.tokens["o200k_base"] == sum(
        m.tokens.get("o200k_base", 0) for m in result.measurements if m.ok
    )
    assert result.totals.errors == 6
    assert result.totals.unsupported == 2
    assert result.totals.images == 1
    assert result.totals.image_pixels == 2000 * 500


def test_huge_file_via_limit(tmp_path: Path, make) -> None:
    text = tmp_path / "big.txt"
    text.write_text("x" * 5000, encoding="utf-8")
    doc = make.docx(tmp_path / "big.docx", ["y" * 5000])
    limits = Limits(max_text_bytes=4000, max_document_bytes=100)
    assert "too large" in measure_file(text, ["o200k_base"], limits=limits).error
    assert "too large" in measure_file(doc, ["o200k_base"], limits=limits).error


def test_unreadable_file_forced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("secret", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(GOOD, encoding="utf-8")
    real_open = open

    def guarded_open(file, *args, **kwargs):
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded_open)
    result = scan_paths([tmp_path], ["o200k_base"], jobs=1, use_cache=False)
    rows = _by_name(result)
    assert rows["locked.txt"].kind == "error"
    assert rows["locked.txt"].error == "permission denied: cannot read this file"
    assert rows["other.txt"].tokens["o200k_base"] == count_tokens(GOOD)


def test_unreadable_file_real_chmod(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("secret words", encoding="utf-8")
    locked.chmod(0)
    try:
        m = measure_file(locked, ["o200k_base"])
    finally:
        locked.chmod(0o600)
    if os.geteuid() != 0:
        assert m.kind == "error"
        assert m.error == "permission denied: cannot read this file"
    else:  # root reads anything: the file is simply measured
        assert m.tokens["o200k_base"] == count_tokens("secret words")


def test_file_vanishing_between_listing_and_measuring(tmp_path: Path) -> None:
    doomed = tmp_path / "doomed.txt"
    doomed.write_text("here now", encoding="utf-8")
    (tmp_path / "stays.txt").write_text(GOOD, encoding="utf-8")

    def progress(p) -> None:
        # The first report comes after listing and before any measuring.
        if doomed.exists():
            doomed.unlink()

    result = scan_paths([tmp_path], ["o200k_base"], jobs=1, use_cache=False, progress=progress)
    rows = _by_name(result)
    assert rows["doomed.txt"].kind == "error"
    assert "not found" in rows["doomed.txt"].error
    assert rows["stays.txt"].ok


def test_symlink_loop_is_safe(tmp_path: Path) -> None:
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text(GOOD, encoding="utf-8")
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)
    (root / "self").symlink_to(root / "self")  # a link to itself
    (root / "dangling.txt").symlink_to(root / "gone.txt")
    result = scan_paths([root], ["o200k_base"], jobs=1, use_cache=False)
    names = [Path(m.path).name for m in result.measurements]
    assert names.count("a.txt") == 1
    rows = _by_name(result)
    assert rows["self"].kind == "error"
    assert rows["self"].error == "symbolic link loop"
    assert rows["dangling.txt"].error == "broken symbolic link: its target does not exist"


def test_directory_and_special_files(tmp_path: Path) -> None:
    assert measure_file(tmp_path, ["o200k_base"]).error == "is a folder, not a file"
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    m = measure_file(fifo, ["o200k_base"])  # must not block reading the pipe
    assert m.kind == "unsupported"
    assert "not a regular file" in m.error


def test_missing_file(tmp_path: Path) -> None:
    m = measure_file(tmp_path / "nope.txt", ["o200k_base"])
    assert m.kind == "error"
    assert "not found" in m.error


def test_zip_bomb_in_a_scan(tmp_path: Path, make) -> None:
    import zipfile

    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/sharedStrings.xml", "<sst>" + " " * (8 * 1024 * 1024) + "</sst>")
    make.docx(tmp_path / "fine.docx", ["fine"])
    rows = _by_name(scan_paths([tmp_path], ["o200k_base"], jobs=1, use_cache=False))
    assert rows["bomb.xlsx"].error.startswith("zip bomb suspected")
    assert rows["fine.docx"].tokens["o200k_base"] == count_tokens("fine\n")


def test_unexpected_exception_becomes_an_error_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("hello", encoding="utf-8")

    def boom(*args, **kwargs):
        raise RuntimeError("extractor bug")

    monkeypatch.setattr("gptbots_planner.measure.text.measure_text_file", boom)
    m = measure_file(path, ["o200k_base"])
    assert m.kind == "error"
    assert "RuntimeError: extractor bug" in m.error


def test_audio_with_a_text_extension_is_measured_as_audio(tmp_path: Path) -> None:
    import wave

    path = tmp_path / "voice.txt"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x00" * 12000)  # 1.5 s
    m = measure_file(path, ["o200k_base"])
    assert m.kind == "audio"
    assert m.seconds == "1.500"
    assert m.warning == "extension says .txt, content is WAV"
    assert m.tokens == {}


def test_media_files_go_to_the_media_measurers(tmp_path: Path) -> None:
    Image.new("RGB", (1024, 1024)).save(tmp_path / "square.jpg")
    m = measure_file(tmp_path / "square.jpg", ["o200k_base"])
    assert (m.kind, m.width, m.height, m.warning) == ("image", 1024, 1024, "")
    assert m.size_bytes == (tmp_path / "square.jpg").stat().st_size
    assert m.mtime_ns == (tmp_path / "square.jpg").stat().st_mtime_ns


def test_huge_whitespace_run_is_counted_not_an_error(tmp_path: Path, capfd) -> None:
    # tiktoken's regex gives up on a whitespace run of about a million characters
    # (ValueError from the buffer API, a Rust panic from encode_ordinary).
    run = 600_000
    path = tmp_path / "padded.log"
    path.write_text(" " * (2 * run) + "end\n", encoding="utf-8")
    (tmp_path / "after.txt").write_text(GOOD, encoding="utf-8")
    rows = _by_name(scan_paths([tmp_path], ["o200k_base", "cl100k_base"], jobs=1, use_cache=False))
    padded = rows["padded.log"]
    assert padded.ok, padded.error
    assert "counts approximate" in padded.warning
    # Each half is within tiktoken's reach: the total is their sum, give or take a token
    # at the cut inside the run.
    for name in ("o200k_base", "cl100k_base"):
        halves = count_tokens(" " * run, name) + count_tokens(" " * run + "end\n", name)
        assert abs(padded.tokens[name] - halves) <= 2, (name, padded.tokens[name], halves)
    assert rows["after.txt"].tokens["o200k_base"] == count_tokens(GOOD)
    # Pasted text takes the same road, and no Rust panic is printed on the way.
    pasted = dispatch.measure_text("\t \t" * 400_000, "pasted", ["o200k_base"])
    assert pasted.tokens["o200k_base"] > 0 and "counts approximate" in pasted.warning
    assert count_tokens("\t \t" * 400_000) == pasted.tokens["o200k_base"]
    assert "panicked" not in capfd.readouterr().err


def test_split_counting_prefers_exact_cuts() -> None:
    from gptbots_planner.measure import tokens

    real = tokens.token_counter("o200k_base")

    def fussy(text: str) -> int:  # gives up like tiktoken does, on anything long
        if len(text) > 1000:
            raise ValueError("Regex error while tokenizing: Max stack size exceeded")
        return real(text)

    text = "Several words, then more words.\n" * 200
    assert tokens.count_split(fussy, text) == (count_tokens(text), 0)

    def broken(text: str) -> int:
        raise ValueError("some other failure")

    with pytest.raises(ValueError, match="some other failure"):
        tokens.count_split(broken, text)
