"""Office files counted as a knowledge base receives them, and counts in XML bounded.

Every file is generated here: ODF with huge repeat counts (``text:s c``, repeated rows and
columns), XLSX with shared strings, numbers, dates and percentages (compared with the same
data as CSV), DOCX text boxes, headers and footers, PPTX speaker notes.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import resource
import time
import zipfile
from pathlib import Path

import pytest

from gptbots_planner.measure import documents
from gptbots_planner.measure.dispatch import measure_file
from gptbots_planner.measure.formats import xlsx
from gptbots_planner.measure.tokens import count_tokens

ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)


def _odf(path: Path, body: str, mimetype: str = "text") -> Path:
    xml = f'<?xml version="1.0"?><office:document-content {ODF_NS}><office:body>{body}'
    xml += "</office:body></office:document-content>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", f"application/vnd.oasis.opendocument.{mimetype}")
        zf.writestr("content.xml", xml)
    return path


# --- item 2: counts inside the XML ----------------------------------------------------------


def test_odt_space_count_bomb_is_an_error_fast(tmp_path: Path) -> None:
    path = _odf(tmp_path / "spaces.odt", '<text:p>a<text:s text:c="3000000000"/>b</text:p>')
    assert path.stat().st_size < 600
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    m = measure_file(path, ["o200k_base"])
    assert time.monotonic() - started < 5
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kb < 100_000
    assert m.kind == "error"
    assert m.error_message is not None and m.error_message.code == "expanded_text_too_large"


def test_odt_spaces_within_reason_are_counted(tmp_path: Path) -> None:
    path = _odf(
        tmp_path / "ok.odt", '<text:p>a<text:s text:c="3"/>b <text:span>c</text:span> d</text:p>'
    )
    m = measure_file(path, ["o200k_base"])
    assert m.ok
    assert m.chars == len("a   b c d\n")


@pytest.mark.parametrize(
    "attr",
    ['table:number-columns-repeated="1000000000"', 'table:number-rows-repeated="1000000000"'],
)
def test_ods_repeated_cells_with_text_are_bounded(tmp_path: Path, attr: str) -> None:
    if "rows" in attr:
        table = f"<table:table><table:table-row {attr}><table:table-cell><text:p>word</text:p>"
        table += "</table:table-cell></table:table-row></table:table>"
    else:
        table = f"<table:table><table:table-row><table:table-cell {attr}><text:p>word</text:p>"
        table += "</table:table-cell></table:table-row></table:table>"
    path = _odf(
        tmp_path / "rep.ods", f"<office:spreadsheet>{table}</office:spreadsheet>", "spreadsheet"
    )
    started = time.monotonic()
    m = measure_file(path, ["o200k_base"])
    assert time.monotonic() - started < 5
    assert m.error_message is not None and m.error_message.code == "expanded_text_too_large"


def test_ods_repeats_are_expanded_and_padding_ignored(tmp_path: Path) -> None:
    row = (
        '<table:table-row table:number-rows-repeated="3">'
        '<table:table-cell table:number-columns-repeated="2"><text:p>ab</text:p></table:table-cell>'
        '<table:table-cell table:number-columns-repeated="1020"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="1048570"><table:table-cell '
        'table:number-columns-repeated="1024"/></table:table-row>'
    )
    body = f"<office:spreadsheet><table:table>{row}</table:table></office:spreadsheet>"
    m = measure_file(_odf(tmp_path / "pad.ods", body, "spreadsheet"), ["o200k_base"])
    assert m.ok
    assert m.chars == len("ab\tab\n" * 3)


def test_small_budget_limit_is_the_decompressed_limit(tmp_path: Path) -> None:
    path = _odf(tmp_path / "s.odt", '<text:p><text:s text:c="5000"/>x</text:p>')
    with pytest.raises(documents.DocumentError) as caught:
        documents.measure_zip_document(path, ["o200k_base"], max_text_chars=1000)
    assert caught.value.message.code == "expanded_text_too_large"


# --- item 7: XLSX as displayed --------------------------------------------------------------


def _xlsx(path: Path, rows: list[list[object]], *, orphan: bool = False) -> Path:
    """A minimal XLSX written by hand: shared strings, numbers, dates (style 1), percentages
    (style 2); ``orphan`` adds a sheet part that workbook.xml does not list."""
    shared: list[str] = []
    index: dict[str, int] = {}
    cells_xml = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{chr(65 + c)}{r}"
            if isinstance(value, str):
                if value not in index:
                    index[value] = len(shared)
                    shared.append(value)
                cells.append(f'<c r="{ref}" t="s"><v>{index[value]}</v></c>')
            elif isinstance(value, dt.date):
                serial = (value - dt.date(1899, 12, 30)).days
                cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
            elif isinstance(value, tuple):  # ("pct", 0.125)
                cells.append(f'<c r="{ref}" s="2"><v>{value[1]}</v></c>')
            else:
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
        cells_xml.append(f'<row r="{r}">{"".join(cells)}</row>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sheet = f"<worksheet {ns}><sheetData>{''.join(cells_xml)}</sheetData></worksheet>"
    sst = "".join(f"<si><t>{s}</t></si>" for s in shared)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "xl/workbook.xml",
            f'<workbook {ns} {rns}><sheets><sheet name="Data" sheetId="1" r:id="rId1"/>'
            "</sheets></workbook>",
        )
        zf.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/></Relationships>',
        )
        zf.writestr(
            "xl/styles.xml",
            f'<styleSheet {ns}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/>'
            '</numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/>'
            '<xf numFmtId="10"/></cellXfs></styleSheet>',
        )
        zf.writestr("xl/sharedStrings.xml", f"<sst {ns}>{sst}</sst>")
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
        if orphan:
            zf.writestr("xl/worksheets/sheet2.xml", sheet.replace("<v>", "<v>9"))
    return path


def test_xlsx_shared_strings_count_every_time_they_are_shown(tmp_path: Path) -> None:
    rows: list[list[object]] = [["open", "closed"] for _ in range(50)]
    m = measure_file(_xlsx(tmp_path / "s.xlsx", rows), ["o200k_base"])
    assert m.tokens["o200k_base"] == count_tokens("open,closed\n" * 50)


def test_xlsx_numbers_dates_percentages_are_shown(tmp_path: Path) -> None:
    rows: list[list[object]] = [[1.5, dt.date(2024, 3, 1), ("pct", 0.125), 42]]
    m = measure_file(_xlsx(tmp_path / "n.xlsx", rows), ["o200k_base"])
    assert m.tokens["o200k_base"] == count_tokens("1.5,2024-03-01,12.50%,42\n")
    assert m.tokens["o200k_base"] > 0


def test_xlsx_orphan_sheet_is_not_counted(tmp_path: Path) -> None:
    rows: list[list[object]] = [["alpha", 1]]
    with_orphan = measure_file(_xlsx(tmp_path / "o.xlsx", rows, orphan=True), ["o200k_base"])
    assert with_orphan.detail == "XLSX, 1 sheet"
    assert with_orphan.tokens["o200k_base"] == count_tokens("alpha,1\n")


def test_xlsx_and_csv_of_the_same_data_agree(tmp_path: Path) -> None:
    rng = random.Random(7)
    words = ["invoice", "refund", "Shanghai", "delivered", "pending", "客户", "VIP"]
    rows: list[list[object]] = [["id", "status", "city", "amount", "date"]]
    for i in range(2000):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(700))
        rows.append([i, rng.choice(words), rng.choice(words), round(rng.uniform(1, 999), 2), day])
    book = measure_file(_xlsx(tmp_path / "d.xlsx", rows), ["o200k_base"])
    with open(tmp_path / "d.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(
            [[v.isoformat() if isinstance(v, dt.date) else v for v in r] for r in rows]
        )
    text = measure_file(tmp_path / "d.csv", ["o200k_base"])
    a, b = book.tokens["o200k_base"], text.tokens["o200k_base"]
    assert abs(a - b) <= 0.03 * b, (a, b)


def test_number_format_kinds() -> None:
    assert xlsx.format_style(14, None).kind == "date"
    assert xlsx.format_style(9, None).kind == "percent"
    assert xlsx.format_style(164, "[$-409]d\\-mmm\\-yy;@").kind == "date"
    assert xlsx.format_style(164, "yyyy-mm-dd hh:mm").kind == "datetime"
    assert xlsx.format_style(164, "h:mm:ss").kind == "time"
    assert xlsx.format_style(164, '0.0"m"').kind == ""
    assert xlsx.format_style(164, "[Red]0.00").kind == ""
    assert xlsx.format_style(164, "0.0%").decimals == 1


# --- item 10: DOCX text boxes, headers and footers; PPTX notes ------------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def _para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def test_docx_text_box_once_and_headers_footers_counted(tmp_path: Path) -> None:
    box = (
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent>'
        f"{_para('boxed words here')}</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>"
        f"{_para('boxed words here')}</w:txbxContent></mc:Fallback></mc:AlternateContent>"
        "</w:r></w:p>"
    )
    doc = f"<w:document {W} {MC}><w:body>{_para('Body text')}{box}</w:body></w:document>"
    path = tmp_path / "box.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", doc)
        zf.writestr("word/header1.xml", f"<w:hdr {W}>{_para('Company header')}</w:hdr>")
        zf.writestr("word/footer1.xml", f"<w:ftr {W}>{_para('Page footer')}</w:ftr>")
    m = measure_file(path, ["o200k_base"])
    expected = "Body text\nboxed words here\n\n" + "Company header\n" + "Page footer\n"
    assert m.chars == len(expected)
    assert m.tokens["o200k_base"] == count_tokens(expected)


def _pptx(path: Path) -> Path:
    a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    p = 'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
    slide = f"<p:sld {a} {p}><a:p><a:r><a:t>Slide title</a:t></a:r></a:p></p:sld>"
    notes = (
        f"<p:notes {a} {p}><a:p><a:r><a:t>Say hello to everyone</a:t></a:r></a:p>"
        '<a:p><a:fld type="slidenum"><a:t>1</a:t></a:fld></a:p></p:notes>'
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("ppt/presentation.xml", f"<p:presentation {p}/>")
        zf.writestr("ppt/slides/slide1.xml", slide)
        zf.writestr("ppt/notesSlides/notesSlide1.xml", notes)
    return path


def test_pptx_speaker_notes_count_by_default(tmp_path: Path) -> None:
    path = _pptx(tmp_path / "deck.pptx")
    m = measure_file(path, ["o200k_base"])
    assert m.chars == len("Slide title\nSay hello to everyone\n\n")
    without = documents.measure_zip_document(path, ["o200k_base"], notes=False)
    assert without.chars == len("Slide title\n")


def test_cli_no_notes_leaves_speaker_notes_out(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    path = _pptx(tmp_path / "deck.pptx")
    outputs = []
    for extra in ([], ["--no-notes"]):
        cmd = [
            sys.executable,
            "-m",
            "gptbots_planner.cli",
            "measure",
            str(path),
            "--no-cache",
            "--format",
            "json",
        ]
        done = subprocess.run(cmd + extra, capture_output=True, text=True, check=True)
        outputs.append(json.loads(done.stdout))
    assert outputs[0] != outputs[1]
