"""Every error and warning of a measurement is a registered message code with parameters.

The table below crafts one file per code (or per way to reach it) and checks the code, its
parameters, that ``error`` / ``warning`` are exactly the code's English, and that the code
survives ``to_dict`` / ``from_dict`` and the measurement cache.
"""

from __future__ import annotations

import ast
import errno
import gzip
import io
import os
import wave
import zipfile
from pathlib import Path

import pytest
from media_factory import amr_bytes, heif_bytes, png_header_only

from gptbots_planner.measure import dispatch, documents, listing, tokens
from gptbots_planner.measure.cache import MeasureCache
from gptbots_planner.measure.dispatch import Limits, measure_file, measure_text
from gptbots_planner.measure.records import Measurement
from gptbots_planner.measure.scan import scan_paths
from gptbots_planner.measure.text import TextSink
from gptbots_planner.vocab import messages
from gptbots_planner.vocab.detail_messages import DETAIL_MESSAGES
from gptbots_planner.vocab.measure_messages import MEASUREMENT_MESSAGES
from gptbots_planner.vocab.messages import MESSAGES, Message, message

PACKAGE = Path(__file__).resolve().parents[2] / "gptbots_planner"


def _zip(entries: dict[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _wav(seconds: float = 0.5, rate: int = 8000) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\x00\x00" * int(rate * seconds))
    return buf.getvalue()


PNG = png_header_only(20, 10)
GIF_HEAD = b"GIF89a\x02\x00\x02\x00\x00\x00\x00"
GIF_FRAME = b",\x00\x00\x00\x00\x02\x00\x02\x00\x00\x02\x02\x44\x01\x00"
CAF_HEAD = b"caff\x00\x01\x00\x00"
ELF = b"\x7fELF\x02\x01\x01" + b"\x00" * 200
DOCX_XML = (
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body></w:body></w:document>"
)

# name, content, expected (error code or warning codes), expected params (of the first)
CASES: list[tuple[str, bytes, str, dict[str, str]]] = [
    ("empty.txt", b"", "empty_text_file", {}),
    ("binary.txt", b"\x00\x01\x02\x03" * 100, "binary_in_text", {}),
    ("program.txt", ELF, "unsupported_format_mismatch",
     {"format": "ELF executable", "extension": ".txt"}),
    ("program", ELF, "unsupported_format", {"format": "ELF executable"}),
    ("README", ELF, "unsupported_format_no_extension", {"format": "ELF executable"}),
    ("unknown.xyz", b"\x00\x9f\x01" * 400, "unsupported_type", {}),
    ("empty.xyz", b"", "unsupported_empty_unknown", {}),
    ("notes.xyz", b"plain words\n", "unknown_extension_text", {"extension": ".xyz"}),
    ("picture.txt", PNG, "extension_mismatch", {"extension": ".txt", "format": "PNG"}),
    ("readme", PNG, "no_extension_content", {"format": "PNG"}),
    ("empty.pdf", b"", "empty_not_pdf", {}),
    ("notpdf.pdf", b"just some words, no header", "not_a_pdf", {}),
    ("corrupt.pdf", b"%PDF-1.7\n" + b"\x13\x00garbage" * 300, "unreadable_pdf", {}),
    ("empty.docx", b"", "empty_not_format", {"format": "DOCX"}),
    ("notzip.docx", b"hello", "not_a_zip_document", {"format": "DOCX"}),
    ("cut.docx", _zip({"word/document.xml": DOCX_XML * 50})[:60], "corrupt_zip", {}),
    ("nodoc.docx", _zip({"other.xml": "<a/>"}), "missing_part",
     {"format": "DOCX", "part": "word/document.xml"}),
    ("nodoc.pptx", _zip({"other.xml": "<a/>"}), "missing_part",
     {"format": "PPTX", "part": "ppt/presentation.xml"}),
    ("nodoc.xlsx", _zip({"other.xml": "<a/>"}), "missing_part",
     {"format": "XLSX", "part": "xl/workbook.xml"}),
    ("nodoc.odt", _zip({"other.xml": "<a/>"}), "odf_missing_content", {}),
    ("brokenxml.docx", _zip({"word/document.xml": "<w:document"}), "broken_xml", {}),
    ("blank.docx", _zip({"word/document.xml": DOCX_XML}), "no_text_found", {}),
    ("bomb.docx", _zip({"word/document.xml": b"<" + b" " * 3_000_000 + b"/>"}),
     "zip_bomb_member", {"member": "word/document.xml", "size": "3,000,003", "limit": "100"}),
    ("archive.zip", _zip({"a.txt": "hello"}), "zip_archive_not_document", {}),
    ("damaged.zip", b"PK\x03\x04" + b"\x00" * 40, "damaged_zip_archive", {}),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "legacy_office_save_as",
     {"extension": ".doc"}),
    ("fake.doc", b"words", "legacy_office", {"extension": ".doc"}),
    ("junk.png", b"not an image at all" * 10, "not_an_image", {}),
    ("cut.png", PNG[:30], "truncated_header", {"format": "PNG"}),
    ("noend.png", PNG + b"\x00" * 20, "no_end_marker", {"format": "PNG"}),
    ("bomb.png", png_header_only(40000, 40000), "decompression_bomb", {}),
    ("cut.gif", b"GIF89a\x01", "truncated_header", {"format": "GIF"}),
    ("noframe.gif", GIF_HEAD + b",\x00\x00\x00\x00\x02\x00\x02\x00\x00\x02", "gif_no_frame", {}),
    ("notrailer.gif", GIF_HEAD + GIF_FRAME, "gif_truncated", {}),
    ("junk.gif", GIF_HEAD + b"\x99", "gif_bad_block", {"block": "0x99", "offset": "13"}),
    ("zero.gif", b"GIF89a\x00\x00\x00\x00\x00\x00\x00;", "gif_invalid_size",
     {"width": "0", "height": "0"}),
    ("plain.svg", b'<svg xmlns="http://www.w3.org/2000/svg"></svg>', "svg_default_size", {}),
    ("entities.svg", b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "b">]><svg/>',
     "svg_internal_subset", {}),
    ("html.svg", b'<?xml version="1.0"?><html></html>', "svg_wrong_root", {"element": "html"}),
    ("bad.svg", b'<?xml version="1.0"?><svg width="3" <', "svg_malformed", {}),
    ("noispe.heic", heif_bytes(0, 0, thumbnail=None), "heif_invalid_size",
     {"brand": "HEIC", "width": "0", "height": "0"}),
    ("voice.mp3", _wav(), "audio_extension_mismatch", {"format": "WAV", "extension": ".mp3"}),
    ("noise.mp3", b"\x00" * 5000, "no_mpeg_frames", {}),
    ("noise.aac", b"\x00" * 5000, "no_adts_frames", {}),
    ("sound.wav", b".snd" + b"\x00" * 100, "unsupported_audio", {"format": "AU"}),
    ("empty.amr", amr_bytes(0), "no_frames", {"format": "AMR-NB"}),
    ("cut.amr", amr_bytes(5)[:-3], "last_frame_cut", {}),
    ("broken.wav", b"RIFF\x24\x00\x00\x00WAVEjunk" + b"\x00" * 40, "corrupt_audio_file",
     {"format": "WAV"}),
    ("long.wav", _wav(2.0)[:3000], "wav_truncated", {}),
    ("nodesc.caf", b"caff\x00\x01\x00\x00" + b"desc" + b"\x00" * 4, "caf_no_desc", {}),
    ("past.caf", CAF_HEAD + b"desc" + (1000).to_bytes(8, "big"), "caf_chunk_past_end",
     {"chunk": "b'desc'"}),
    ("short.caf", CAF_HEAD + b"desc" + (4).to_bytes(8, "big") + b"\x00" * 4, "caf_short_desc", {}),
    ("not.caf", b"caf", "not_audio", {}),
    ("broken.webm", b"\x1aE\xdf\xa3\x80", "matroska_truncated_header", {}),
    ("empty.mp3", b"", "empty_file", {}),
]  # fmt: skip


def _codes(m: Measurement) -> list[str]:
    if m.error_message is not None:
        return [m.error_message.code]
    return [w.code for w in m.warning_messages]


def _check_texts(m: Measurement) -> None:
    if m.error_message is not None:
        assert m.error == m.error_message.english()
    else:
        assert m.error == ""
    assert m.warning == "; ".join(w.english() for w in m.warning_messages)


def _check_round_trips(m: Measurement, cache_dir: Path) -> None:
    back = Measurement.from_dict(m.to_dict())
    assert (back.error_message, back.warning_messages) == (m.error_message, m.warning_messages)
    assert (back.error, back.warning) == (m.error, m.warning)
    if m.kind in ("text", "document", "image", "audio", "unsupported") and m.mtime_ns:
        with MeasureCache(cache_dir / "cache.sqlite3") as cache:
            cache.put_many([m], "k")
            cached = cache.get(m.path, m.size_bytes, m.mtime_ns, "k")
        assert cached is not None
        assert (cached.error_message, cached.warning_messages) == (
            m.error_message,
            m.warning_messages,
        )


@pytest.mark.parametrize(("name", "data", "code", "params"), CASES, ids=[c[0] for c in CASES])
def test_crafted_file_gives_its_code(
    tmp_path: Path, name: str, data: bytes, code: str, params: dict[str, str]
) -> None:
    path = tmp_path / "in" / name
    path.parent.mkdir()
    path.write_bytes(data)
    m = measure_file(path, ["o200k_base"])
    assert code in _codes(m), (m.error, m.warning)
    msg = m.error_message if code == _codes(m)[0] and m.error_message else None
    msg = msg or next(w for w in m.warning_messages if w.code == code)
    assert {k: msg.params[k] for k in params} == params
    assert set(msg.params) == set(MESSAGES[code].params)
    _check_texts(m)
    _check_round_trips(m, tmp_path)


def _measured(path: Path, **kwargs: object) -> Measurement:
    m = measure_file(path, ["o200k_base"], **kwargs)  # type: ignore[arg-type]
    _check_texts(m)
    return m


def test_documents_by_builder(tmp_path: Path, make) -> None:
    encrypted = _measured(make.pdf(tmp_path / "locked.pdf", [["secret"]], encrypt=True))
    assert encrypted.error_message == message("encrypted_pdf")
    blank = _measured(make.pdf(tmp_path / "scan.pdf", [[]]))
    assert [w.code for w in blank.warning_messages] == ["no_text_layer"]
    docx = make.docx(tmp_path / "a.docx", ["words"] * 3)
    disguised = tmp_path / "a.bin"
    disguised.write_bytes(docx.read_bytes())
    m = _measured(disguised)
    assert m.warning_messages == [message("extension_mismatch", extension=".bin", format="DOCX")]
    small = Limits(max_text_bytes=4, max_document_bytes=4)
    big = _measured(docx, limits=small)
    size = f"{docx.stat().st_size:,}"
    assert big.error_message == message("file_too_large", size=size, limit="4")
    text = tmp_path / "big.txt"
    text.write_text("hello world", encoding="utf-8")
    assert _measured(text, limits=small).error_message == message(
        "file_too_large", size="11", limit="4"
    )


def test_zip_codes_from_the_readers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = tmp_path / "plain.zip"
    plain.write_bytes(_zip({"a.txt": "hello"}))
    with pytest.raises(documents.DocumentError) as caught:
        documents.measure_zip_document(plain, ["o200k_base"], ".zzz")
    assert caught.value.message == message("zip_without_document")
    monkeypatch.setattr(documents, "MAX_UNCOMPRESSED_TOTAL", 10)
    doc = tmp_path / "big.docx"
    doc.write_bytes(_zip({"word/document.xml": DOCX_XML}))
    m = _measured(doc)
    assert m.error_message is not None and m.error_message.code == "zip_bomb_total"
    assert m.error_message.params["limit"] == "10"


def test_text_codes(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"caf\xe9 au lait\n")
    forced = _measured(latin, encoding="utf-8")
    assert forced.warning_messages == [message("replaced_characters", count="1", encoding="UTF-8")]
    assert _measured(latin, encoding="no-such-codec").error_message == message(
        "unknown_encoding", encoding="'no-such-codec'"
    )
    pasted = measure_text("", "pasted")
    assert pasted.warning_messages == [message("empty_text")] and pasted.warning == "empty text"
    sink = TextSink(["o200k_base"], chunk_chars=64)
    sink.write("x" * 1000)
    sink.close()
    note = sink.approximate_note()
    assert note is not None and note.code == "chunk_cuts"
    assert (
        note.english()
        == f"{sink.inexact_cuts} chunk cut(s) without a line break; counts approximate"
    )


def test_tokenizer_codes() -> None:
    with pytest.raises(tokens.UnknownTokenizerError) as caught:
        tokens.check_tokenizers(["p50k"])
    assert caught.value.message == message("unknown_tokenizer", tokenizer="'p50k'")
    with pytest.raises(tokens.UnknownTokenizerError) as caught:
        tokens.get_encoding("p50k")
    assert caught.value.message.code == "unknown_tokenizer_choices"
    assert str(caught.value) == caught.value.message.english()


def test_file_system_codes(tmp_path: Path) -> None:
    assert _measured(tmp_path).error_message == message("is_a_folder")
    assert _measured(tmp_path / "gone.txt").error_message == message("file_not_found")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere")
    assert _measured(tmp_path / "dangling.txt").error_message == message("broken_symlink")
    (tmp_path / "self").symlink_to(tmp_path / "self")
    assert _measured(tmp_path / "self").error_message == message("symlink_loop")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    m = _measured(fifo)
    assert (m.kind, m.error_message) == ("unsupported", message("not_regular_file"))
    from gptbots_planner.measure.images import measure_image

    gone = measure_image(tmp_path / "gone.png")
    assert gone.error_message == message("cannot_read_file", detail="No such file or directory")
    _check_texts(gone)


@pytest.mark.parametrize(
    ("raised", "code", "params"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "permission_denied", {}),
        (OSError(errno.EIO, "Input/output error"), "cannot_read_the_file",
         {"detail": "Input/output error"}),
        (MemoryError(), "out_of_memory", {}),
        (RecursionError(), "nested_too_deeply", {}),
        (RuntimeError("boom"), "measure_failed", {"exception": "RuntimeError", "detail": "boom"}),
    ],
)  # fmt: skip
def test_failures_while_reading(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    raised: BaseException,
    code: str,
    params: dict[str, str],
) -> None:
    def fail(*args: object, **kwargs: object) -> Measurement:
        raise raised

    monkeypatch.setattr(dispatch._text, "measure_text_file", fail)
    path = tmp_path / "a.txt"
    path.write_text("hello", encoding="utf-8")
    m = _measured(path)
    assert m.error_message == message(code, **params)


def test_svgz_reader_code(tmp_path: Path) -> None:
    from gptbots_planner.measure.images import measure_image

    path = tmp_path / "bad.svgz"
    path.write_bytes(gzip.compress(b"<svg")[:-8] + b"\x00" * 8)
    m = measure_image(path)
    assert m.error_message == message("svgz_corrupt", detail="CRC check failed 0x0 != 0x67bd6487")
    _check_texts(m)


def test_listing_codes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if Path(path).name == "shared":
            raise reasons.pop(0)
        return real_scandir(path)

    reasons: list[OSError] = [PermissionError(errno.EACCES, "no"), OSError(errno.EIO, "I/O error")]
    monkeypatch.setattr(listing.os, "scandir", scandir)
    for expected in (
        message("folder_permission_denied"),
        message("cannot_list_folder", detail="I/O error"),
    ):
        result = scan_paths([folder], ["o200k_base"], jobs=1, use_cache=False)
        (row,) = result.measurements
        assert (row.kind, row.error_message, row.error) == ("error", expected, expected.english())


def test_text_only_rows_get_the_fallback_code() -> None:
    # Plan files and cache rows written before codes existed carry only the texts.
    m = Measurement.from_dict(
        {"path": "/a.txt", "name": "a.txt", "kind": "error", "error": "old words", "warning": "w"}
    )
    assert m.error_message == message("legacy_text", text="old words")
    assert m.warning_messages == [message("legacy_text", text="w")]
    assert (m.error, m.warning) == ("old words", "w")
    built = Measurement(path="", name="x", kind="error", error="typed")
    assert built.error_message == message("legacy_text", text="typed")


def test_codes_from_a_newer_version_keep_their_texts() -> None:
    data = Measurement(path="", name="x", kind="text").to_dict()
    data.update(
        error="new words",
        error_code="from_the_future",
        error_params={},
        warning="one; two",
        warnings=[{"code": "empty_text", "params": {}}, {"code": "later", "params": {}}],
    )
    m = Measurement.from_dict(data)
    assert (m.error, m.warning) == ("new words", "one; two")
    assert m.error_message == message("legacy_text", text="new words")
    with pytest.raises(ValueError):
        Measurement.from_dict({**data, "warnings": "not a list"})


def test_fail_and_warn_keep_texts_and_codes_in_step() -> None:
    m = Measurement(path="", name="x", kind="audio", seconds="1.000")
    m.warn(message("last_frame_cut"))
    m.warn(message("extension_mismatch", extension=".a", format="B"), first=True)
    m.warn(None)
    assert m.warning == "extension says .a, content is B; last frame cut short (file truncated?)"
    m.fail(message("empty_file"))
    assert (m.kind, m.error, m.seconds) == ("error", "empty file (0 bytes)", "")


def _section_codes() -> set[str]:
    return {code for code, _ in MEASUREMENT_MESSAGES}


def _codes_used_in_measure() -> set[str]:
    used: set[str] = set()
    for path in (PACKAGE / "measure").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            first = node.args[0]
            if name in ("message", "of") and isinstance(first, ast.Constant):
                used.add(first.value)
    return used


def _detail_codes() -> set[str]:
    return {code for code, _, _ in DETAIL_MESSAGES}


def _strings_in_measure() -> set[str]:
    found: set[str] = set()
    for path in (PACKAGE / "measure").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def test_every_code_used_in_measure_is_registered_in_its_section_and_used() -> None:
    # the detail's parts have a section of their own (vocab.detail_messages)
    section, used = _section_codes(), _codes_used_in_measure() - _detail_codes()
    assert used - section == set(), "codes used in measure/ but registered elsewhere or not at all"
    assert section - used == set(), "codes registered for measure/ that nothing uses"


def test_every_detail_code_is_used_in_measure() -> None:
    # some are picked from a table (a count's one/several, an EXIF orientation, a channel
    # count), so a code counts as used when measure/ names it anywhere
    assert _detail_codes() - _strings_in_measure() == set()


@pytest.mark.parametrize("code", sorted(_section_codes()))
def test_every_measurement_template_fills(code: str) -> None:
    msg = Message(code, {name: f"<{name}>" for name in MESSAGES[code].params})
    text = msg.english()
    assert "{" not in text and "}" not in text
    assert messages.render(msg) == text
    for name in MESSAGES[code].params:
        assert f"<{name}>" in text
