"""Documents: PDF (pypdfium2) and the zip-of-XML formats (DOCX, PPTX, XLSX, ODF, EPUB).

Extracted text goes through ``text.TextSink`` so the counts are exact and the
memory bounded.  Zip members are checked for size and compression ratio before
a byte is decompressed (zip bombs), and XML is parsed incrementally with the
standard library (expat refuses entity-expansion bombs; ElementTree never
fetches external entities).
"""

from __future__ import annotations

import codecs
import logging
import os
import re
import threading
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import IO
from xml.parsers import expat

from gptbots_planner.measure.errors import MeasureCancelled, MeasureError, ShouldStop
from gptbots_planner.measure.formats import odf, xlsx
from gptbots_planner.measure.formats.xmlstream import ExpansionError, TextBudget
from gptbots_planner.measure.htmltext import VisibleTextParser
from gptbots_planner.measure.records import Measurement, count_part, detail_name
from gptbots_planner.measure.text import TextSink
from gptbots_planner.vocab.messages import Message, message

log = logging.getLogger(__name__)

DEFAULT_MAX_DOCUMENT_BYTES = 2 * 1024**3
# Zip bomb limits: what all the members we read may expand to, and the ratio a big member
# may have (real Office XML compresses about 5-20:1; a bomb 1000:1 and more).
MAX_UNCOMPRESSED_TOTAL = 200 * 1024**2
MAX_RATIO = 100
RATIO_CHECK_MIN_BYTES = 1024**2

PDF_EXTENSIONS = frozenset({".pdf"})
ZIP_DOC_EXTENSIONS = frozenset({".docx", ".docm", ".pptx", ".pptm", ".xlsx", ".xlsm", ".odt", ".ods", ".odp", ".epub"})  # fmt: skip
DOCUMENT_EXTENSIONS = PDF_EXTENSIONS | ZIP_DOC_EXTENSIONS
LEGACY_OFFICE_EXTENSIONS = frozenset({".doc", ".xls", ".ppt"})

# PDFium is not thread-safe (pypdfium2 issues #303, #309): every call goes under this lock.
# Worker processes each have their own PDFium, so the lock only serialises threads.
_PDFIUM_LOCK = threading.RLock()


Detail = tuple[Message, ...]  # a measurement's detail parts (Measurement.describe)


class DocumentError(MeasureError):
    """A document that cannot be measured."""


def _new_measurement(path: Path) -> Measurement:
    st = os.stat(path)
    return Measurement(
        path=str(path),
        name=path.name,
        kind="document",
        size_bytes=st.st_size,
        mtime_ns=st.st_mtime_ns,
    )


def _check_size(path: Path, max_bytes: int) -> None:
    size = os.stat(path).st_size
    if size > max_bytes:
        raise DocumentError.of("file_too_large", size=f"{size:,}", limit=f"{max_bytes:,}")
    if size == 0:
        raise DocumentError.of("empty_document")


# --- PDF ------------------------------------------------------------------------------------


def measure_pdf(
    path: Path,
    tokenizers: Sequence[str],
    *,
    max_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES,
    should_stop: ShouldStop | None = None,
) -> Measurement:
    _check_size(path, max_bytes)
    import pypdfium2 as pdfium

    m = _new_measurement(path).describe(detail_name("PDF"))
    sink = TextSink(tokenizers, should_stop=should_stop)
    with _PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            if "password" in str(exc).lower():
                raise DocumentError.of("encrypted_pdf") from None
            raise DocumentError.of("unreadable_pdf", detail=exc) from None
        try:
            pages = len(pdf)
            for index in range(pages):
                if should_stop is not None and should_stop():
                    # Pages with little text never fill a 1 MB chunk: check per page too.
                    raise MeasureCancelled
                page = pdf[index]
                try:
                    textpage = page.get_textpage()
                    try:
                        # PDFium ends lines with CRLF; count the text as a user would paste it.
                        text = textpage.get_text_range().replace("\r\n", "\n")
                    finally:
                        textpage.close()
                finally:
                    page.close()
                sink.write(text)
                sink.write("\n")
        except pdfium.PdfiumError as exc:
            raise DocumentError.of("damaged_pdf", detail=exc) from None
        finally:
            pdf.close()
    sink.close()
    sink.fill(m)
    m.pages = pages
    m.describe(detail_name("PDF"), count_part(pages, "page"))
    if not sink.stats.letters and not _has_visible(sink):
        m.warn(message("no_text_layer"))
        m.tokens = dict.fromkeys(tokenizers, 0)
        m.chars = m.words = m.estimated_tokens = 0
    else:
        m.warn(sink.approximate_note())
    return m


def _has_visible(sink: TextSink) -> bool:
    # Page separators alone ("\n" per page) are not text.
    return sink.words > 0


# --- Zip-based formats ----------------------------------------------------------------------


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise DocumentError.of("corrupt_zip", detail=exc) from None


def check_zip_members(zf: zipfile.ZipFile, names: Sequence[str]) -> None:
    """Refuse before decompressing if the members would expand suspiciously."""
    total = 0
    for name in names:
        info = zf.getinfo(name)
        total += info.file_size
        if info.file_size >= RATIO_CHECK_MIN_BYTES:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > MAX_RATIO:
                raise DocumentError.of(
                    "zip_bomb_member",
                    member=name,
                    ratio=f"{ratio:,.0f}",
                    size=f"{info.file_size:,}",
                    limit=MAX_RATIO,
                )
    if total > MAX_UNCOMPRESSED_TOTAL:
        raise DocumentError.of(
            "zip_bomb_total", size=f"{total:,}", limit=f"{MAX_UNCOMPRESSED_TOTAL:,}"
        )


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _iter_xml(stream: IO[bytes]) -> Iterator[tuple[str, ET.Element]]:
    """(event, element) pairs, start and end events, parsed incrementally from ``stream``."""
    return ET.iterparse(stream, events=("start", "end"))


def _xml_paragraphs(
    stream: IO[bytes],
    text_tags: frozenset[str],
    paragraph_tags: frozenset[str],
    write: Callable[[str], None],
    tab_tags: frozenset[str] = frozenset(),
    break_tags: frozenset[str] = frozenset(),
    skip_tags: frozenset[str] = frozenset(),
) -> None:
    """Write the text of ``text_tags`` elements, a newline after each paragraph."""
    skipping = 0
    for event, elem in _iter_xml(stream):
        tag = _local(elem.tag)
        if event == "start":
            if tag in skip_tags:
                skipping += 1
            continue
        if tag in skip_tags:
            skipping -= 1
        elif skipping:
            pass
        elif tag in text_tags:
            if elem.text:
                write(elem.text)
        elif tag in tab_tags:
            write("\t")
        elif tag in break_tags:
            write("\n")
        if tag in paragraph_tags:
            if not skipping:
                write("\n")
            # Drop finished paragraphs so memory does not grow with the document.
            elem.clear()


def _read_member(zf: zipfile.ZipFile, name: str) -> IO[bytes]:
    return zf.open(name)


_NUMBERED = re.compile(r"(\d+)")


def _natural(name: str) -> list[object]:
    return [int(p) if p.isdigit() else p for p in _NUMBERED.split(name)]


def _docx(zf: zipfile.ZipFile, budget: TextBudget, notes: bool) -> tuple[int, Detail]:
    write = budget.write
    names = set(zf.namelist())
    if "word/document.xml" not in names:
        raise DocumentError.of("missing_part", format="DOCX", part="word/document.xml")
    # Headers and footers are printed on the pages, so a reader sees them (each part once).
    extra = sorted(
        (n for n in names if re.fullmatch(r"word/(header|footer)\d*\.xml", n)), key=_natural
    )
    parts = (
        ["word/document.xml"]
        + [p for p in ("word/footnotes.xml", "word/endnotes.xml") if p in names]
        + extra
    )
    check_zip_members(zf, parts)
    for part in parts:
        with _read_member(zf, part) as stream:
            _xml_paragraphs(
                stream,
                text_tags=frozenset({"t"}),
                paragraph_tags=frozenset({"p"}),
                write=write,
                tab_tags=frozenset({"tab"}),
                break_tags=frozenset({"br", "cr"}),
                # Deleted revisions and field codes are not visible text; text boxes are
                # written twice (mc:Choice for Word 2010+, mc:Fallback as VML): one counts.
                skip_tags=frozenset({"del", "instrText", "Fallback"}),
            )
    pages = _saved_page_count(zf)
    if pages:
        return pages, (detail_name("DOCX"), count_part(pages, "page"))
    return 0, (detail_name("DOCX"),)


def _saved_page_count(zf: zipfile.ZipFile) -> int:
    """Word stores the page count it last laid out in docProps/app.xml; 0 if absent."""
    try:
        info = zf.getinfo("docProps/app.xml")
    except KeyError:
        return 0
    if info.file_size > 1024**2:
        return 0
    try:
        root = ET.fromstring(zf.read(info))
    except (ET.ParseError, zipfile.BadZipFile, zlib.error):
        return 0
    for elem in root.iter():
        if _local(elem.tag) == "Pages" and (elem.text or "").strip().isdigit():
            return int((elem.text or "0").strip())
    return 0


def _pptx(zf: zipfile.ZipFile, budget: TextBudget, notes: bool) -> tuple[int, Detail]:
    write = budget.write
    slides = sorted(
        (n for n in zf.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)), key=_natural
    )
    if not slides and "ppt/presentation.xml" not in zf.namelist():
        raise DocumentError.of("missing_part", format="PPTX", part="ppt/presentation.xml")
    notes_parts = sorted(
        (n for n in zf.namelist() if re.fullmatch(r"ppt/notesSlides/notesSlide\d+\.xml", n)),
        key=_natural,
    )
    parts = slides + (notes_parts if notes else [])
    check_zip_members(zf, parts)
    for part in parts:
        with _read_member(zf, part) as stream:
            # Fields (a:fld: the slide number on a notes page) are not the speaker's text;
            # mc:Fallback repeats mc:Choice.
            _xml_paragraphs(
                stream,
                frozenset({"t"}),
                frozenset({"p"}),
                write,
                break_tags=frozenset({"br"}),
                skip_tags=frozenset({"fld", "Fallback"}),
            )
    n = len(slides)
    return n, (detail_name("PPTX"), count_part(n, "slide"))


def _xlsx(zf: zipfile.ZipFile, budget: TextBudget, notes: bool) -> tuple[int, Detail]:
    names = set(zf.namelist())
    if "xl/workbook.xml" not in names:
        raise DocumentError.of("missing_part", format="XLSX", part="xl/workbook.xml")
    meta = [p for p in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml") if p in names]  # fmt: skip
    check_zip_members(zf, meta)
    rels = zf.read("xl/_rels/workbook.xml.rels") if "xl/_rels/workbook.xml.rels" in names else None
    listed, date1904 = xlsx.sheet_parts(zf.read("xl/workbook.xml"), rels)
    # Chart sheets and dialog sheets have no cells.
    sheets = [p for p in listed if p in names and "/worksheets/" in p]
    if not listed:
        # A workbook that lists no sheet at all (no relationships part: written by a
        # minimal tool): its worksheet parts are all it has.
        sheets = sorted(
            (n for n in names if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)), key=_natural
        )
    parts = [p for p in ("xl/sharedStrings.xml",) if p in names] + sheets
    check_zip_members(zf, parts)
    styles = xlsx.read_styles(zf.read("xl/styles.xml")) if "xl/styles.xml" in names else []
    shared: list[str] = []
    if "xl/sharedStrings.xml" in names:
        with _read_member(zf, "xl/sharedStrings.xml") as stream:
            shared = xlsx.read_shared_strings(stream, budget)
    for sheet in sheets:
        with _read_member(zf, sheet) as stream:
            xlsx.read_sheet(stream, budget, shared, styles, date1904)
    n = len(sheets)
    return n, (detail_name("XLSX"), count_part(n, "sheet"))


def _odf(zf: zipfile.ZipFile, budget: TextBudget, notes: bool) -> tuple[int, Detail]:
    if "content.xml" not in zf.namelist():
        raise DocumentError.of("odf_missing_content")
    check_zip_members(zf, ["content.xml"])
    kind = "ODF"
    if "mimetype" in zf.namelist() and zf.getinfo("mimetype").file_size < 200:
        mimetype = zf.read("mimetype").decode("ascii", "replace")
        kind = {"text": "ODT", "spreadsheet": "ODS", "presentation": "ODP"}.get(
            mimetype.rsplit(".", 1)[-1], "ODF"
        )
    with _read_member(zf, "content.xml") as stream:
        odf.read_content(stream, budget)
    return 0, (detail_name(kind),)


def _epub(zf: zipfile.ZipFile, budget: TextBudget, notes: bool) -> tuple[int, Detail]:
    write = budget.write
    names = zf.namelist()
    parts = _epub_spine(zf) or sorted(
        (n for n in names if n.lower().endswith((".xhtml", ".html", ".htm"))), key=_natural
    )
    check_zip_members(zf, parts)
    for part in parts:
        parser = VisibleTextParser(write)
        with _read_member(zf, part) as stream:
            # Stream the part; EPUB XHTML is UTF-8 (or UTF-16 with a BOM) by the spec.
            decoder = codecs.getincrementaldecoder("utf-8-sig")("replace")
            while block := stream.read(1 << 20):
                parser.feed(decoder.decode(block))
            parser.feed(decoder.decode(b"", final=True))
        parser.close()
        write("\n")
    n = len(parts)
    return n, (detail_name("EPUB"), count_part(n, "part"))


def _epub_spine(zf: zipfile.ZipFile) -> list[str]:
    """The reading order from the OPF package document (empty if it cannot be read)."""
    names = set(zf.namelist())
    try:
        if "META-INF/container.xml" not in names:
            return []
        check_zip_members(zf, ["META-INF/container.xml"])
        container = ET.fromstring(zf.read("META-INF/container.xml"))
        rootfile = next((e for e in container.iter() if _local(e.tag) == "rootfile"), None)
        opf_name = rootfile.get("full-path") if rootfile is not None else None
        if not opf_name or opf_name not in names:
            return []
        check_zip_members(zf, [opf_name])
        opf = ET.fromstring(zf.read(opf_name))
    except (ET.ParseError, KeyError):
        return []
    base = PurePosixPath(opf_name).parent
    manifest = {
        e.get("id"): e.get("href") for e in opf.iter() if _local(e.tag) == "item" and e.get("href")
    }
    spine = []
    for e in opf.iter():
        if _local(e.tag) == "itemref":
            href = manifest.get(e.get("idref"))
            if href:
                full = str(base / href) if str(base) != "." else href
                if full in names:
                    spine.append(full)
    return spine


# Each reader writes its text to the budget; ``notes``: PPTX speaker notes count.
_ZipReader = Callable[[zipfile.ZipFile, TextBudget, bool], tuple[int, Detail]]
_ZIP_READERS: dict[str, _ZipReader] = {
    ".docx": _docx,
    ".docm": _docx,
    ".pptx": _pptx,
    ".pptm": _pptx,
    ".xlsx": _xlsx,
    ".xlsm": _xlsx,
    ".odt": _odf,
    ".ods": _odf,
    ".odp": _odf,
    ".epub": _epub,
}


def zip_document_type(zf: zipfile.ZipFile) -> str | None:
    """The document extension a zip's members say it is (".docx", ...), or None."""
    names = set(zf.namelist())
    if "word/document.xml" in names:
        return ".docx"
    if "ppt/presentation.xml" in names:
        return ".pptx"
    if "xl/workbook.xml" in names:
        return ".xlsx"
    if "mimetype" in names and zf.getinfo("mimetype").file_size < 200:
        mimetype = zf.read("mimetype").decode("ascii", "replace").strip()
        if mimetype == "application/epub+zip":
            return ".epub"
        ext = {
            "application/vnd.oasis.opendocument.text": ".odt",
            "application/vnd.oasis.opendocument.spreadsheet": ".ods",
            "application/vnd.oasis.opendocument.presentation": ".odp",
        }.get(mimetype)
        if ext:
            return ext
    if "content.xml" in names:
        return ".odt"
    return None


def measure_zip_document(
    path: Path,
    tokenizers: Sequence[str],
    doc_type: str | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES,
    should_stop: ShouldStop | None = None,
    notes: bool = True,
    max_text_chars: int | None = None,
) -> Measurement:
    """Measure a DOCX/PPTX/XLSX/ODF/EPUB; ``doc_type`` overrides the extension.

    ``notes``: count PPTX speaker notes (the default: they go into a knowledge base with the
    slides).  ``max_text_chars``: the most text the document may expand to (default: the
    zip members' decompressed-size limit, ``MAX_UNCOMPRESSED_TOTAL``).
    """
    _check_size(path, max_bytes)
    m = _new_measurement(path)
    sink = TextSink(tokenizers, should_stop=should_stop)
    with _open_zip(path) as zf:
        kind = doc_type or path.suffix.lower()
        if kind not in _ZIP_READERS:
            kind = zip_document_type(zf) or ""
        reader = _ZIP_READERS.get(kind)
        if reader is None:
            raise DocumentError.of("zip_without_document")
        try:
            budget = TextBudget(sink.write, max_text_chars or MAX_UNCOMPRESSED_TOTAL)
            pages, detail = reader(zf, budget, notes)
        except ExpansionError as exc:
            raise DocumentError.of(
                "expanded_text_too_large", size=f"{exc.size:,}", limit=f"{exc.limit:,}"
            ) from None
        except (ET.ParseError, expat.ExpatError) as exc:
            raise DocumentError.of("broken_xml", detail=exc) from None
        except zipfile.BadZipFile as exc:
            raise DocumentError.of("corrupt_document", detail=exc) from None
        except (EOFError, zlib.error) as exc:
            raise DocumentError.of("truncated_document", detail=exc) from None
    sink.close()
    sink.fill(m)
    m.pages = pages
    m.describe(*detail)
    return m.warn(message("no_text_found") if not m.words else sink.approximate_note())
