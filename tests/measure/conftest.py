"""Builders for real test files (PDF, DOCX, PPTX, XLSX, ODT, EPUB) written from scratch.

Exposed through the ``make`` fixture so test modules need no imports from here.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from types import SimpleNamespace
from xml.sax.saxutils import escape

import pytest


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(path: Path, pages: list[list[str]], encrypt: bool = False) -> Path:
    """A valid PDF: each page a list of ASCII lines in Helvetica (a standard Type1 font)."""
    objects: list[bytes] = []
    n_pages = len(pages)
    font_id = 3 + 2 * n_pages
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    for i, lines in enumerate(pages):
        content_id = 4 + 2 * i
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content_id} 0 R "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode()
        )
        ops = (
            "BT /F1 12 Tf 14 TL 72 720 Td "
            + " ".join(f"({_pdf_escape(line)}) Tj T*" for line in lines)
            + " ET"
        )
        stream = ops.encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    encrypt_ref = ""
    if encrypt:
        # Standard security handler whose /U does not match the empty user password, so
        # the file needs a password to open.
        objects.append(
            b"<< /Filter /Standard /V 1 /R 2 /P -4 /O <"
            + b"11" * 32
            + b"> /U <"
            + b"22" * 32
            + b"> >>"
        )
        encrypt_ref = f" /Encrypt {len(objects)} 0 R /ID [<{'ab' * 16}> <{'ab' * 16}>]"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{encrypt_ref} >>\n".encode()
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))
    return path


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_docx(path: Path, paragraphs: list[str], saved_pages: int | None = None) -> Path:
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>' for p in paragraphs
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        zf.writestr("word/document.xml", document)
        if saved_pages is not None:
            zf.writestr(
                "docProps/app.xml",
                '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                f"<Pages>{saved_pages}</Pages></Properties>",
            )
    return path


def make_pptx(path: Path, slides: list[list[str]]) -> Path:
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    p = "http://schemas.openxmlformats.org/presentationml/2006/main"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("ppt/presentation.xml", f'<p:presentation xmlns:p="{p}"/>')
        for i, lines in enumerate(slides, start=1):
            paras = "".join(f"<a:p><a:r><a:t>{escape(t)}</a:t></a:r></a:p>" for t in lines)
            zf.writestr(
                f"ppt/slides/slide{i}.xml",
                f'<p:sld xmlns:p="{p}" xmlns:a="{a}"><p:cSld><p:spTree><p:sp><p:txBody>{paras}'
                "</p:txBody></p:sp></p:spTree></p:cSld></p:sld>",
            )
    return path


def make_xlsx(path: Path, shared: list[str], inline: list[str]) -> Path:
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    sis = "".join(f"<si><t>{escape(s)}</t></si>" for s in shared)
    cells = "".join(
        f'<c r="A{i}" t="inlineStr"><is><t>{escape(s)}</t></is></c>'
        for i, s in enumerate(inline, 1)
    )
    numbers = '<c r="B1"><v>12345</v></c><c r="C1" t="s"><v>0</v></c>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", f'<workbook xmlns="{ns}"/>')
        zf.writestr("xl/sharedStrings.xml", f'<sst xmlns="{ns}">{sis}</sst>')
        zf.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{ns}"><sheetData><row r="1">{numbers}{cells}</row></sheetData></worksheet>',
        )
    return path


def make_odt(path: Path, paragraphs: list[str]) -> Path:
    t = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    o = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    body = "".join(f"<text:p>{escape(p)}</text:p>" for p in paragraphs)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        zf.writestr(
            "content.xml",
            f'<office:document-content xmlns:office="{o}" xmlns:text="{t}"><office:body>'
            f"<office:text>{body}</office:text></office:body></office:document-content>",
        )
    return path


def make_epub(path: Path, chapters: list[str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
        zf.writestr(
            "META-INF/container.xml",
            '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
            '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
            "</rootfiles></container>",
        )
        items = "".join(
            f'<item id="c{i}" href="ch{i}.xhtml" media-type="application/xhtml+xml"/>'
            for i in range(len(chapters))
        )
        refs = "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapters)))
        zf.writestr(
            "OEBPS/content.opf",
            f'<package xmlns="http://www.idpf.org/2007/opf"><manifest>{items}</manifest>'
            f"<spine>{refs}</spine></package>",
        )
        for i, text in enumerate(chapters):
            zf.writestr(
                f"OEBPS/ch{i}.xhtml",
                '<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title>'
                "<style>p { color: red }</style></head>"
                f"<body><p>{escape(text)}</p><script>var hidden = 1;</script></body></html>",
            )
    return path


@pytest.fixture
def make() -> SimpleNamespace:
    return SimpleNamespace(
        pdf=make_pdf, docx=make_docx, pptx=make_pptx, xlsx=make_xlsx, odt=make_odt, epub=make_epub
    )
