"""Documents built from scratch in the test: PDF, DOCX, PPTX, XLSX, ODT, EPUB."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from gptbots_planner.measure import documents
from gptbots_planner.measure.dispatch import measure_file
from gptbots_planner.measure.tokens import count_tokens


def test_pdf_text_and_pages(tmp_path: Path, make) -> None:
    pages = [["Hello PDF world (page one)", "Second line of text"], ["Page two says goodbye"]]
    path = make.pdf(tmp_path / "doc.pdf", pages)
    m = measure_file(path, ["o200k_base"])
    assert m.kind == "document"
    assert m.error == ""
    assert m.pages == 2
    assert m.detail == "PDF, 2 pages"
    # PDFium returns each page's lines; pages are joined with a line break.
    expected = "Hello PDF world (page one)\nSecond line of text\nPage two says goodbye\n"
    assert m.chars == len(expected)
    assert m.tokens["o200k_base"] == count_tokens(expected)


def test_pdf_without_text_layer(tmp_path: Path, make) -> None:
    path = make.pdf(tmp_path / "scan.pdf", [[], []])
    m = measure_file(path, ["o200k_base"])
    assert m.kind == "document"
    assert m.ok
    assert m.pages == 2
    assert m.tokens == {"o200k_base": 0}
    assert m.warning == "no text layer, needs OCR"


def test_encrypted_pdf_is_a_clear_error(tmp_path: Path, make) -> None:
    path = make.pdf(tmp_path / "locked.pdf", [["secret"]], encrypt=True)
    m = measure_file(path, ["o200k_base"])
    assert m.kind == "error"
    assert "encrypted PDF" in m.error
    assert "password" in m.error


def test_corrupt_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20)
    m = measure_file(path, ["o200k_base"])
    assert m.kind == "error"
    assert "PDF" in m.error


def test_truncated_pdf(tmp_path: Path, make) -> None:
    good = make.pdf(tmp_path / "good.pdf", [["some text"]]).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(good[: len(good) // 3])
    m = measure_file(path, ["o200k_base"])
    # PDFium may recover a truncated file or refuse it; either way never garbage.
    if m.kind == "error":
        assert "PDF" in m.error
    else:
        assert m.tokens["o200k_base"] <= count_tokens("some text\n")


def test_docx(tmp_path: Path, make) -> None:
    paras = ["First paragraph of the DOCX.", "第二段是中文。", "Third & last <para>."]
    path = make.docx(tmp_path / "report.docx", paras)
    m = measure_file(path, ["o200k_base", "cl100k_base"])
    expected = "".join(p + "\n" for p in paras)
    assert m.kind == "document"
    assert m.detail == "DOCX"
    assert m.tokens == {
        "o200k_base": count_tokens(expected, "o200k_base"),
        "cl100k_base": count_tokens(expected, "cl100k_base"),
    }
    assert m.chars == len(expected)


def test_docx_page_count_as_last_saved(tmp_path: Path, make) -> None:
    path = make.docx(tmp_path / "paged.docx", ["text"], saved_pages=12)
    m = measure_file(path, ["o200k_base"])
    assert (m.pages, m.detail) == (12, "DOCX, 12 pages")


def test_pptx(tmp_path: Path, make) -> None:
    slides = [["Slide one title", "bullet"], ["Slide two"], ["Slide three"]]
    path = make.pptx(tmp_path / "deck.pptx", slides)
    m = measure_file(path, ["o200k_base"])
    expected = "".join(line + "\n" for s in slides for line in s)
    assert m.pages == 3
    assert m.detail == "PPTX, 3 slides"
    assert m.tokens["o200k_base"] == count_tokens(expected)


def test_xlsx_shared_and_inline_strings(tmp_path: Path, make) -> None:
    path = make.xlsx(tmp_path / "book.xlsx", ["Shared one", "共享字符串"], ["Inline text"])
    m = measure_file(path, ["o200k_base"])
    # Cells as displayed, in the order the row lists them (B1, C1, then A1; the empty A1
    # slot before B1 keeps its comma); a shared string no cell shows is not received.
    expected = ",12345,Shared one,Inline text\n"
    assert m.detail == "XLSX, 1 sheet"
    assert m.chars == len(expected)
    assert m.tokens["o200k_base"] == count_tokens(expected)


def test_odt(tmp_path: Path, make) -> None:
    path = make.odt(tmp_path / "letter.odt", ["Dear reader,", "ODF text here."])
    m = measure_file(path, ["o200k_base"])
    expected = "Dear reader,\nODF text here.\n"
    assert m.detail == "ODT"
    assert m.tokens["o200k_base"] == count_tokens(expected)


def test_epub_visible_text_in_spine_order(tmp_path: Path, make) -> None:
    path = make.epub(tmp_path / "book.epub", ["Chapter one text.", "Chapter two text."])
    m = measure_file(path, ["o200k_base"])
    expected = "Chapter one text.\n\nChapter two text.\n\n"
    assert m.detail == "EPUB, 2 parts"
    assert m.chars == len(expected)
    assert m.tokens["o200k_base"] == count_tokens(expected)


def test_docx_without_text_warns(tmp_path: Path, make) -> None:
    path = make.docx(tmp_path / "blank.docx", [])
    m = measure_file(path, ["o200k_base"])
    assert m.ok
    assert m.tokens == {"o200k_base": 0}
    assert m.warning == "no text found"


def test_zip_bomb_by_ratio(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    body = "<w:p><w:r><w:t>" + "a" * (5 * 1024 * 1024) + "</w:t></w:r></w:p>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}</w:body></w:document>",
        )
    m = measure_file(path, ["o200k_base"])
    assert m.kind == "error"
    assert m.error.startswith("zip bomb suspected")
    assert "word/document.xml" in m.error


def _claim_size(path: Path, member: str, claimed: int) -> None:
    """Rewrite the central directory so ``member`` claims ``claimed`` uncompressed bytes."""
    data = bytearray(path.read_bytes())
    pos = data.find(b"PK\x01\x02")  # first central directory entry
    while pos >= 0:
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        name = data[pos + 46 : pos + 46 + name_len].decode()
        if name == member:
            struct.pack_into("<I", data, pos + 24, claimed)
            break
        pos = data.find(b"PK\x01\x02", pos + 4)
    path.write_bytes(bytes(data))


def test_zip_bomb_by_claimed_size(tmp_path: Path, make) -> None:
    path = make.docx(tmp_path / "claims.docx", ["tiny"])
    _claim_size(path, "word/document.xml", 300 * 1024 * 1024)
    m = measure_file(path, ["o200k_base"])
    assert m.kind == "error"
    assert m.error.startswith("zip bomb suspected")


def test_zip_total_limit(tmp_path: Path, make, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "MAX_UNCOMPRESSED_TOTAL", 100)
    path = make.docx(tmp_path / "limit.docx", ["x" * 500])
    m = measure_file(path, ["o200k_base"])
    assert m.kind == "error"
    assert "zip bomb suspected" in m.error


@pytest.mark.parametrize("suffix", [".docx", ".xlsx", ".pptx", ".epub", ".odt"])
def test_corrupt_zip_documents(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"junk{suffix}"
    path.write_bytes(b"this is not a zip file at all" * 10)
    m = measure_file(path, ["o200k_base"])
    assert m.kind == "error"
    assert "corrupt document" in m.error


def test_truncated_docx(tmp_path: Path, make) -> None:
    good = make.docx(tmp_path / "good.docx", ["some text"] * 50).read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(good[: len(good) // 2])
    m = measure_file(path, ["o200k_base"])
    assert m.kind == "error"
    assert "corrupt" in m.error


def test_broken_xml_in_docx(tmp_path: Path) -> None:
    path = tmp_path / "badxml.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<w:document><w:body><w:p>unclosed")
    m = measure_file(path, ["o200k_base"])
    assert m.kind == "error"
    assert "broken XML" in m.error


def test_entity_expansion_bomb_is_refused(tmp_path: Path) -> None:
    lol = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol">'
    for i in range(1, 10):
        prev = "lol" if i == 1 else f"lol{i - 1}"
        lol += f'<!ENTITY lol{i} "{("&" + prev + ";") * 10}">'
    lol += ']><w:document xmlns:w="x"><w:body><w:p><w:t>&lol9;</w:t></w:p></w:body></w:document>'
    path = tmp_path / "lolz.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", lol)
    m = measure_file(path, ["o200k_base"])
    assert m.kind == "error"
    assert "corrupt document" in m.error


def test_docx_named_zip_archive_is_not_a_document(tmp_path: Path) -> None:
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a.txt", "hello")
    m = measure_file(path, ["o200k_base"])
    assert m.kind == "unsupported"
    assert "unsupported file type" in m.error


def test_docx_with_wrong_extension_is_still_read(tmp_path: Path, make) -> None:
    path = make.docx(tmp_path / "report.bin", ["Renamed document"])
    m = measure_file(path, ["o200k_base"])
    assert m.kind == "document"
    assert m.tokens["o200k_base"] == count_tokens("Renamed document\n")
    assert m.warning == "extension says .bin, content is DOCX"


def test_legacy_office_is_unsupported_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    m = measure_file(path, ["o200k_base"])
    assert m.kind == "unsupported"
    assert ".docx" in m.error
