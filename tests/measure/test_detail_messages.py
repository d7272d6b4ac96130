"""A measurement's detail ("PDF, 2 pages") is coded parts, like its errors and warnings: the
English is what the CLI always printed, other languages translate the parts by code, and
the parts survive the cache and plan files (rows stored before them keep their text)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from gptbots_planner.core.plan import Plan, PlanItem
from gptbots_planner.core.planfile import read_plan, write_plan
from gptbots_planner.export.csv import file_rows
from gptbots_planner.export.labels import Labels
from gptbots_planner.measure.cache import SCHEMA_VERSION, MeasureCache
from gptbots_planner.measure.dispatch import measure_file
from gptbots_planner.measure.records import (
    Measurement,
    count_part,
    detail_name,
    detail_names,
    detail_text,
)
from gptbots_planner.vocab.messages import Message, message
from gptbots_planner.vocab.text import translator

ZH = translator("zh")


def _parts(*parts: Message) -> Measurement:
    return Measurement(path="/x/f", name="f", kind="document").describe(*parts)


# (parts, the English the readers wrote before details had codes, its Chinese)
CASES = [
    (
        (detail_name("PDF"), count_part(2, "page")),
        "PDF, 2 pages",
        "PDF，2 页",
    ),
    ((detail_name("PDF"), count_part(1, "page")), "PDF, 1 page", "PDF，1 页"),
    ((detail_name("DOCX"), count_part(12, "page")), "DOCX, 12 pages", "DOCX，12 页"),
    ((detail_name("DOCX"),), "DOCX", "DOCX"),
    ((detail_name("PPTX"), count_part(3, "slide")), "PPTX, 3 slides", "PPTX，3 张幻灯片"),
    ((detail_name("PPTX"), count_part(1, "slide")), "PPTX, 1 slide", "PPTX，1 张幻灯片"),
    ((detail_name("XLSX"), count_part(1, "sheet")), "XLSX, 1 sheet", "XLSX，1 个工作表"),
    ((detail_name("EPUB"), count_part(2, "part")), "EPUB, 2 parts", "EPUB，2 个部分"),
    (
        (*detail_names("MP3", "VBR", "44.1 kHz"), message("detail_vbr_header", header="Xing")),
        "MP3, VBR, 44.1 kHz (Xing header)",
        "MP3，VBR，44.1 kHz（取自 Xing 头）",
    ),
    (
        (*detail_names("MP3", "CBR", "44.1 kHz"), message("detail_frames_walked")),
        "MP3, CBR, 44.1 kHz (frame headers walked)",
        "MP3，CBR，44.1 kHz（逐帧读取帧头）",
    ),
    (
        (detail_name("AMR-NB"), message("detail_amr_frames", count="1,500")),
        "AMR-NB (1,500 frames of 20 ms counted)",
        "AMR-NB（按 1,500 个 20 毫秒帧计）",
    ),
    (
        (*detail_names("CAF (aac )", "44.1 kHz"), message("detail_from_packet_table")),
        "CAF (aac ), 44.1 kHz (from the packet table)",
        "CAF (aac )，44.1 kHz（取自数据包表）",
    ),
    (
        (detail_name("WebM"), message("detail_duration_in_header")),
        "WebM (Duration in header)",
        "WebM（取自文件头中的 Duration）",
    ),
    (
        (*detail_names("WAV", "8 kHz"), message("detail_mono"), message("detail_header")),
        "WAV, 8 kHz, mono (header)",
        "WAV，8 kHz，单声道（取自文件头）",
    ),
    (
        (detail_name("FLAC"), message("detail_channels", count=6), message("detail_header")),
        "FLAC, 6 ch (header)",
        "FLAC，6 声道（取自文件头）",
    ),
    (
        (
            detail_name("APNG"),
            message("detail_frames", count=24),
            message("detail_exif_rotated", degrees=90),
        ),
        "APNG, 24 frames, EXIF rotated 90°",
        "APNG，24 帧，EXIF 旋转 90°",
    ),
    (
        (detail_name("ICO"), message("detail_largest_icon", count=3)),
        "ICO, largest of 3 icons",
        "ICO，3 个图标中最大的一个",
    ),
    (
        (detail_name("SVG"), message("detail_svg_viewbox")),
        "SVG (from viewBox)",
        "SVG（取自 viewBox）",
    ),
    ((detail_name("Big5"), message("detail_chosen")), "Big5 (chosen)", "Big5（手动选择）"),
    ((detail_name("UTF-8 (BOM)"),), "UTF-8 (BOM)", "UTF-8 (BOM)"),
]


@pytest.mark.parametrize(("parts", "english", "chinese"), CASES)
def test_detail_english_is_the_old_text_and_chinese_goes_by_code(
    parts: tuple[Message, ...], english: str, chinese: str
) -> None:
    m = _parts(*parts)
    assert m.detail == english
    assert detail_text(m.detail_messages) == english
    assert detail_text(m.detail_messages, ZH) == chinese


def test_measured_documents_carry_codes(tmp_path: Path, make) -> None:
    pdf = measure_file(make.pdf(tmp_path / "a.pdf", [["one"], ["two"]]), ["o200k_base"])
    docx = make.docx(tmp_path / "b.docx", ["text"], saved_pages=1)
    pptx = make.pptx(tmp_path / "c.pptx", [["a"], ["b"], ["c"]])
    rows = [pdf, measure_file(docx, ["o200k_base"]), measure_file(pptx, ["o200k_base"])]
    assert [m.detail for m in rows] == ["PDF, 2 pages", "DOCX, 1 page", "PPTX, 3 slides"]
    assert [[d.code for d in m.detail_messages] for m in rows] == [
        ["detail_name", "detail_pages"],
        ["detail_name", "detail_page"],
        ["detail_name", "detail_slides"],
    ]
    assert [detail_text(m.detail_messages, ZH) for m in rows] == [
        "PDF，2 页",
        "DOCX，1 页",
        "PPTX，3 张幻灯片",
    ]


def test_a_text_only_detail_is_kept_as_its_text() -> None:
    m = Measurement(path="/x/f", name="f", kind="text", detail="UTF-8")
    assert m.detail_messages == [message("legacy_text", text="UTF-8")]
    assert detail_text(m.detail_messages, ZH) == "UTF-8"
    assert _parts().detail == ""


def test_detail_round_trips_through_the_cache(tmp_path: Path) -> None:
    store = MeasureCache(tmp_path / "c.sqlite3")
    m = _parts(detail_name("PDF"), count_part(2, "page"))
    m.size_bytes, m.mtime_ns = 10, 123
    store.put_many([m], "key")
    back = store.get("/x/f", 10, 123, "key")
    assert back is not None
    assert back.detail_messages == m.detail_messages and back.detail == "PDF, 2 pages"
    store.close()


def test_cache_of_the_previous_schema_is_measured_again(tmp_path: Path) -> None:
    # a database of schema 2: its rows have the detail as English only, so they are dropped
    path = tmp_path / "c.sqlite3"
    old = Measurement(path="/x/f", name="f", kind="document", size_bytes=10, mtime_ns=123)
    data = {k: v for k, v in old.to_dict().items() if k != "details"} | {"detail": "PDF, 2 pages"}
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TABLE measurements (path TEXT NOT NULL, key TEXT NOT NULL, size INTEGER "
            "NOT NULL, mtime_ns INTEGER NOT NULL, data TEXT NOT NULL, stored REAL NOT NULL, "
            "PRIMARY KEY (path, key))"
        )
        conn.execute(
            "INSERT INTO measurements VALUES (?, ?, ?, ?, ?, ?)",
            ("/x/f", "key", 10, 123, json.dumps(data), 0.0),
        )
        conn.execute("PRAGMA user_version = 2")
    conn.close()
    assert SCHEMA_VERSION > 2
    store = MeasureCache(path)
    assert store.get("/x/f", 10, 123, "key") is None
    store.close()


def test_a_stored_row_without_details_keeps_its_text() -> None:
    # what an older cache row or plan item holds: the English alone
    m = Measurement.from_stored(
        {"path": "/x/f", "name": "f", "kind": "document", "detail": "PDF, 3 pages"}
    )
    assert m.detail == "PDF, 3 pages"
    assert m.detail_messages == [message("legacy_text", text="PDF, 3 pages")]
    # a code this version does not know (a newer one wrote it): the stored English
    newer = {"code": "detail_from_the_future", "params": {}}
    m = Measurement.from_dict(
        {"path": "", "name": "f", "kind": "text", "detail": "X", "details": [newer]}
    )
    assert m.detail == "X"
    with pytest.raises(ValueError):
        Measurement.from_dict({"path": "", "name": "f", "kind": "text", "details": "PDF"})


def test_detail_round_trips_through_a_plan_file(tmp_path: Path) -> None:
    m = _parts(detail_name("PPTX"), count_part(2, "slide"))
    m.path = str(tmp_path / "deck.pptx")
    plan = Plan(items=[PlanItem.from_measurement(m)])
    path = write_plan(plan, tmp_path / "p.gbplan")
    saved = json.loads(path.read_text(encoding="utf-8"))["items"][0]
    assert saved["detail"] == "PPTX, 2 slides"
    assert [d["code"] for d in saved["details"]] == ["detail_name", "detail_slides"]
    back = read_plan(path).items[0].measurement
    assert back.detail_messages == m.detail_messages
    assert Labels("zh").measurement_detail(back) == "PPTX，2 张幻灯片"


def test_an_old_plan_item_without_details_loads_with_its_text(tmp_path: Path) -> None:
    m = _parts(detail_name("PDF"), count_part(2, "page"))
    m.path = str(tmp_path / "a.pdf")
    path = write_plan(Plan(items=[PlanItem.from_measurement(m)]), tmp_path / "p.gbplan")
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["items"][0]["details"]
    path.write_text(json.dumps(data), encoding="utf-8")
    back = read_plan(path).items[0].measurement
    assert back.detail == "PDF, 2 pages"
    assert Labels("zh").measurement_detail(back) == "PDF, 2 pages"


def test_chinese_csv_and_english_csv_show_the_detail_in_their_language() -> None:
    plan = Plan(
        items=[PlanItem.from_measurement(_parts(detail_name("PDF"), count_part(2, "page")))]
    )
    assert file_rows(plan, "zh")[1][3] == "PDF，2 页"
    assert file_rows(plan, "en")[1][3] == "PDF, 2 pages"


_GOOD_ROW = {"path": "/x/f.txt", "name": "f.txt", "kind": "text", "size_bytes": 10,
             "tokens": {"o200k_base": 3}, "words": 2, "seconds": ""}  # fmt: skip


@pytest.mark.parametrize(
    "change",
    [{"size_bytes": True}, {"words": -1}, {"chars": 2.0}, {"width": "3"}, {"pages": None},
     {"name": 5}, {"encoding": b"utf-8"}, {"tokens": {"o200k_base": False}},
     {"tokens": {"o200k_base": -3}}, {"tokens": {3: 4}}, {"tokens": [1]}, {"kind": "disk"},
     {"seconds": "nan"}, {"seconds": 1.5}],
)  # fmt: skip
def test_a_tampered_stored_row_is_refused(change: dict) -> None:
    assert Measurement.from_stored(_GOOD_ROW).tokens == {"o200k_base": 3}
    with pytest.raises(ValueError):
        Measurement.from_stored({**_GOOD_ROW, **change})
    with pytest.raises(ValueError):
        Measurement.from_stored([_GOOD_ROW])
