"""Formula injection and atomic writes of the XLSX and CSV exports."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from gptbots_planner import atomic
from gptbots_planner.core.catalog import load_catalog
from gptbots_planner.core.plan import Plan, PlanItem
from gptbots_planner.core.planfile import load_example_plan
from gptbots_planner.export import csv as csv_export
from gptbots_planner.export.atomic import ExportWriteError
from gptbots_planner.export.csv import write_csv
from gptbots_planner.export.xlsx import workbook, write_xlsx
from gptbots_planner.measure.records import Measurement

DANGEROUS = ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(use_user_file=False)


def _hostile_plan() -> Plan:
    plan = Plan(name='=HYPERLINK("http://x","plan")')
    for name in DANGEROUS:
        m = Measurement(
            path="",
            name=name,
            kind="text",
            detail=name,
            tokens={"o200k_base": 3, "cl100k_base": 4},
            chars=12,
        )
        plan.items.append(PlanItem(m, "knowledge_document"))
    broken = Measurement(path="", name="-broken.pdf", kind="error", error="=1+1")
    plan.items.append(PlanItem(broken, "excluded"))
    return plan


def _cell_xml(xlsx: Path, sheet_index: int, coordinate: str) -> str:
    with zipfile.ZipFile(xlsx) as z:
        xml = z.read(f"xl/worksheets/sheet{sheet_index}.xml").decode()
    match = re.search(rf'<c r="{coordinate}"[^>]*?(/>|>.*?</c>)', xml)
    assert match, coordinate
    return match.group(0)


def test_xlsx_writes_dangerous_names_as_text(catalog, tmp_path: Path) -> None:
    path = tmp_path / "hostile.xlsx"
    write_xlsx(_hostile_plan(), catalog, path)
    wb = openpyxl.load_workbook(path)
    files = wb["Files"]
    files_index = wb.sheetnames.index("Files") + 1
    for row, name in enumerate(DANGEROUS, 2):
        for col in (1, 4):  # name and detail
            cell = files.cell(row, col)
            assert cell.data_type == "s", (name, cell.data_type)
            # openpyxl leaves XML's escape of a carriage return as it is
            assert cell.value.replace("_x000D_", "\r") == name
            xml = _cell_xml(path, files_index, cell.coordinate)
            assert "<f>" not in xml and 't="s"' in xml, xml
    error_cell = files.cell(len(DANGEROUS) + 2, 1 + [c.value for c in files[1]].index("Error"))
    assert error_cell.value == "=1+1" and error_cell.data_type == "s"
    # The plan name heads several sheets: text there too.
    summary_title = wb["Summary"]["A1"]
    assert summary_title.data_type == "s" and "HYPERLINK" in summary_title.value
    inputs_name = wb["Inputs"]["A2"]
    assert inputs_name.data_type == "s" and inputs_name.value.startswith("=HYPERLINK")
    assert "<f>" not in _cell_xml(path, wb.sheetnames.index("Inputs") + 1, "A2")


def test_csv_prefixes_dangerous_text_with_a_quote(catalog, tmp_path: Path) -> None:
    breakdown, files = write_csv(_hostile_plan(), catalog, tmp_path / "hostile.csv")
    import csv

    with files.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    for row, name in zip(rows[1:], DANGEROUS, strict=False):
        assert row[0] == "'" + name
        assert row[3] == "'" + name  # detail
    broken = rows[len(DANGEROUS) + 1]
    assert broken[0] == "'-broken.pdf"
    assert "'=1+1" in broken
    for row in rows:
        for value in row:
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


# --- atomic writes ---------------------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_failure_while_writing_leaves_the_old_xlsx(
    catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "budget.xlsx"
    target.write_bytes(b"the old workbook")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full_disk)
    with pytest.raises(OSError) as info:
        write_xlsx(load_example_plan("customer-service"), catalog, target)
    assert str(info.value) == f"cannot write {target}: No space left on device"
    assert target.read_bytes() == b"the old workbook"
    assert _leftovers(tmp_path) == []


def test_failure_while_building_leaves_the_old_xlsx(
    catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "budget.xlsx"
    target.write_bytes(b"the old workbook")

    def broken(book: object) -> None:
        raise RuntimeError("simulated bug half-way through the workbook")

    monkeypatch.setattr(workbook, "write_files", broken)
    with pytest.raises(RuntimeError):
        write_xlsx(load_example_plan("customer-service"), catalog, target)
    assert target.read_bytes() == b"the old workbook"
    assert _leftovers(tmp_path) == []


def test_locked_target_is_a_clear_error(
    catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to replace a workbook Excel holds open: rename fails."""
    target = tmp_path / "budget.xlsx"
    target.write_bytes(b"open in Excel")

    def locked(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(OSError, match=r"cannot write .*budget\.xlsx: Permission denied"):
        write_xlsx(load_example_plan("customer-service"), catalog, target)
    assert target.read_bytes() == b"open in Excel"
    assert _leftovers(tmp_path) == []


def test_csv_pair_is_written_together_or_not_at_all(
    catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "budget.csv"
    files = csv_export.files_csv_path(target)
    target.write_bytes(b"old breakdown")
    files.write_bytes(b"old files")
    real_replace = os.replace
    calls: list[str] = []

    def second_fails(src: str, dst: str) -> None:
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(5, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", second_fails)
    with pytest.raises(OSError, match="Input/output error"):
        write_csv(load_example_plan("customer-service"), catalog, target)
    # The first file was already renamed: that is the one way a pair can end up mixed,
    # so at least the second is untouched and no temp file stays behind.
    assert files.read_bytes() == b"old files"
    assert _leftovers(tmp_path) == []


def test_unwritable_folder_is_a_clear_error(
    catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() == 0:
        # root writes anywhere: make the folder refuse the temp file the way the OS would.
        def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    else:
        folder.chmod(0o500)
    try:
        with pytest.raises(ExportWriteError) as info:
            write_xlsx(load_example_plan("customer-service"), catalog, folder / "b.xlsx")
    finally:
        folder.chmod(0o700)
    assert str(info.value) == f"cannot write {folder / 'b.xlsx'}: Permission denied"
    assert list(folder.iterdir()) == []


def test_missing_folder_and_folder_target(catalog, tmp_path: Path) -> None:
    plan = load_example_plan("customer-service")
    with pytest.raises(OSError, match="does not exist"):
        write_xlsx(plan, catalog, tmp_path / "nope" / "b.xlsx")
    with pytest.raises(OSError, match="is a folder"):
        write_xlsx(plan, catalog, tmp_path)
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(OSError, match="is not a folder"):
        write_csv(plan, catalog, tmp_path / "file.txt" / "b.csv")
