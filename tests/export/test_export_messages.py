"""The Files sheet and the files CSV show measurement errors and warnings by their codes,
in the export's language (English exports keep the English texts the CLI prints)."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from gptbots_planner.core.catalog import load_catalog
from gptbots_planner.core.plan import Plan, PlanItem
from gptbots_planner.export.csv import files_csv_path, write_csv
from gptbots_planner.export.labels import Labels
from gptbots_planner.export.xlsx import write_xlsx
from gptbots_planner.measure.records import Measurement
from gptbots_planner.vocab.messages import message

# (name, expected error, expected warning) per language, in the plan's item order
EXPECTED = {
    "en": [
        ("binary.txt", "binary data in a text file", ""),
        (
            "notes.txt",
            "",
            "3 chunk cut(s) without a line break; counts approximate; "
            "2 character(s) could not be decoded as GBK and were replaced",
        ),
        ("big.docx", "file too large (12,345 bytes; limit 100)", ""),
        ("old.txt", "an old plan's error text", ""),
    ],
    "zh": [
        ("binary.txt", "文本文件中含有二进制数据", ""),
        (
            "notes.txt",
            "",
            "3 处分块不在换行处；计数为近似值；有 2 个字符无法按 GBK 解码，已被替换",
        ),
        ("big.docx", "文件过大（12,345 字节；上限 100 字节）", ""),
        ("old.txt", "an old plan's error text", ""),  # no code: its text as stored
    ],
}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(use_user_file=False)


def _plan() -> Plan:
    plan = Plan(name="messages")
    ok = Measurement(path="", name="ok.txt", kind="text", tokens={"o200k_base": 5}, chars=20)
    plan.items.append(PlanItem(ok, "knowledge_document"))
    binary = Measurement(path="", name="binary.txt", kind="text")
    binary.fail(message("binary_in_text"))
    notes = Measurement(path="", name="notes.txt", kind="text", tokens={"o200k_base": 9}, chars=30)
    notes.warn(message("replaced_characters", count=2, encoding="GBK"))
    notes.warn(message("chunk_cuts", count=3), first=True)
    big = Measurement(path="", name="big.docx", kind="document")
    big.fail(message("file_too_large", size="12,345", limit="100"))
    old = Measurement(path="", name="old.txt", kind="error", error="an old plan's error text")
    for m in (binary, notes, big, old):
        plan.items.append(PlanItem(m, "excluded" if m.error else "knowledge_document"))
    return plan


def _shown(rows: list[list[str]], labels: Labels) -> list[tuple[str, str, str]]:
    header = rows[0]
    error, warning = header.index(labels("files.error")), header.index(labels("files.warning"))
    return [(row[0], row[error], row[warning]) for row in rows[2:]]  # rows[1]: ok.txt


@pytest.mark.parametrize("language", ["en", "zh"])
def test_xlsx_files_sheet_shows_errors_and_warnings_in_its_language(
    catalog, tmp_path: Path, language: str
) -> None:
    labels = Labels(language)
    path = tmp_path / f"messages-{language}.xlsx"
    write_xlsx(_plan(), catalog, path, language=language)
    ws = openpyxl.load_workbook(path)[labels("sheet.files")]
    rows = [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
    assert rows[1][0] == "ok.txt"
    assert _shown(rows, labels) == EXPECTED[language]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_csv_file_list_shows_errors_and_warnings_in_its_language(
    catalog, tmp_path: Path, language: str
) -> None:
    labels = Labels(language)
    path = tmp_path / f"messages-{language}.csv"
    write_csv(_plan(), catalog, path, language=language)
    with open(files_csv_path(path), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert _shown(rows, labels) == EXPECTED[language]


def test_english_rendering_is_the_measurements_own_text() -> None:
    """What the CLI and JSON print (``error`` / ``warning``) is what an English export shows."""
    labels = Labels("en")
    for item in _plan().items:
        m = item.measurement
        assert labels.measurement_error(m) == m.error
        assert labels.measurement_warning(m) == m.warning
