"""The file table's Kind column and Name tooltip show what the reader found ("PDF, 2 pages")
in the window's language, by the detail's codes: no English words in the Chinese window."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gptbots_planner.core.plan import Plan, PlanItem
from gptbots_planner.gui.document import PlanDocument
from gptbots_planner.gui.file_table import Column, FileTableModel
from gptbots_planner.measure.dispatch import measure_file
from gptbots_planner.measure.records import Measurement, detail_names
from gptbots_planner.vocab.messages import message

MATERIAL = Path(__file__).resolve().parents[1] / "golden" / "material" / "knowledge"

EXPECTED = {
    "en": {
        "policy.pdf": "Document (PDF, 2 pages)",
        "paged.docx": "Document (DOCX, 12 pages)",
        "deck.pptx": "Document (PPTX, 2 slides)",
        "voice.mp3": "Audio (MP3, VBR, 44.1 kHz (Xing header, gapless))",
    },
    "zh_CN": {
        "policy.pdf": "文档（PDF，2 页）",
        "paged.docx": "文档（DOCX，12 页）",
        "deck.pptx": "文档（PPTX，2 张幻灯片）",
        "voice.mp3": "音频（MP3，VBR，44.1 kHz（取自 Xing 头，无缝播放））",
    },
}


def _docx_with_pages(path: Path, pages: int) -> Path:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    props = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{w}"><w:body><w:p><w:r><w:t>Terms</w:t></w:r></w:p>'
            "</w:body></w:document>",
        )
        zf.writestr(
            "docProps/app.xml", f'<Properties xmlns="{props}"><Pages>{pages}</Pages></Properties>'
        )
    return path


def _rows(tmp_path: Path) -> list[PlanItem]:
    files = [
        MATERIAL / "policy.pdf",
        _docx_with_pages(tmp_path / "paged.docx", 12),
        MATERIAL / "deck.pptx",
    ]
    measured = [measure_file(path, ["o200k_base"]) for path in files]
    # an MP3 row as the MP3 reader describes one with a LAME tag
    audio = Measurement(path="/a/voice.mp3", name="voice.mp3", kind="audio", seconds="2.5")
    audio.describe(
        *detail_names("MP3", "VBR", "44.1 kHz"),
        message("detail_vbr_header_gapless", header="Xing"),
    )
    return [PlanItem.from_measurement(m) for m in [*measured, audio]]


def _inner(kind_text: str) -> str:
    """The detail inside "Document (PDF, 2 pages)" / "文档（PDF，2 页）"."""
    if kind_text.endswith("）"):
        return kind_text.split("（", 1)[1][:-1]
    return kind_text.split(" (", 1)[1][:-1]


def test_kind_column_and_tooltip_speak_the_window_language(tmp_path: Path, language: str) -> None:
    items = _rows(tmp_path)
    assert all(item.measurement.ok for item in items), [i.measurement.error for i in items]
    model = FileTableModel(PlanDocument(Plan(items=items)))
    shown = {
        model.index(row, Column.NAME).data(): model.index(row, Column.KIND).data()
        for row in range(model.rowCount())
    }
    assert shown == EXPECTED[language]
    for row in range(model.rowCount()):
        m = items[row].measurement
        tooltip = model.index(row, Column.NAME).data(Qt.ItemDataRole.ToolTipRole)
        assert tooltip.splitlines() == [m.path, _inner(EXPECTED[language][m.name])]
        # the English detail stays what the CLI and JSON print
        assert m.detail == _inner(EXPECTED["en"][m.name])


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_a_row_from_an_old_plan_shows_its_stored_text(language: str) -> None:
    # saved before details had codes: the English text is all there is, shown as it is
    item = PlanItem.from_dict(
        {
            "id": "x",
            "name": "old.pdf",
            "path": "/a/old.pdf",
            "kind": "document",
            "detail": "PDF, 3 pages",
        }
    )
    model = FileTableModel(PlanDocument(Plan(items=[item])))
    assert model.index(0, Column.KIND).data() == "文档（PDF, 3 pages）"
