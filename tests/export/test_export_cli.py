"""``gptbots-planner-cli export`` and the CSV files it writes."""

from __future__ import annotations

import csv
import subprocess
import sys
from decimal import Context, Decimal
from pathlib import Path

import openpyxl
import pytest

from gptbots_planner import cli
from gptbots_planner.core.catalog import BILLING_TYPES, load_catalog
from gptbots_planner.core.estimate import estimate
from gptbots_planner.core.planfile import load_example_plan, write_plan

BOM = b"\xef\xbb\xbf"


def _cents(usd: str) -> Decimal:
    """USD text x 100, exactly (the totals carry more digits than the default 28)."""
    return Decimal(usd).scaleb(2, Context(prec=80))


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_module_entry_point_writes_the_workbook(tmp_path: Path) -> None:
    out = tmp_path / "OUT.xlsx"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "gptbots_planner.cli",
            "export",
            "example:customer-service",
            "--xlsx",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert out.is_file()
    assert openpyxl.load_workbook(out).sheetnames[0] == "Summary"
    assert done.stdout.strip() == str(out)


def test_csv_writes_both_files_with_bom(tmp_path: Path, capsys) -> None:
    out = tmp_path / "OUT.csv"
    code, stdout, err = _run(["export", "example:customer-service", "--csv", str(out)], capsys)
    assert code == 0, err
    files = tmp_path / "OUT-files.csv"
    assert stdout.split() == [str(out), str(files)]
    for path in (out, files):
        assert path.read_bytes().startswith(BOM)
    plan = load_example_plan("customer-service")
    with files.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert [r[0] for r in rows[1:]] == [i.name for i in plan.items]

    # The breakdown CSV carries the engine's exact numbers (decimal text, no float noise).
    est = estimate(plan, load_catalog())
    with out.open(encoding="utf-8-sig", newline="") as fh:
        records = list(csv.DictReader(fh))
    assert len(records) == sum(len(s.months) * (len(BILLING_TYPES) + 1) for s in est.scenarios)
    for s_index, s in enumerate(est.scenarios, 1):
        for month in s.months:
            mine = [
                r
                for r in records
                if r["Scenario"] == str(s_index) and r["Month #"] == str(month.index)
            ]
            by_type = {r["Billing type id"]: r for r in mine}
            assert Decimal(by_type["total"]["Credits"]) == month.total
            assert _cents(by_type["total"]["USD"]) == month.total
            for t in BILLING_TYPES:
                credits = month.lines[t].credits
                row = by_type[t]
                if credits is None:
                    assert (row["Credits"], row["USD"]) == ("unpriced", "unpriced")
                else:
                    assert Decimal(row["Credits"]) == credits
                    assert _cents(row["USD"]) == credits
                assert Decimal(row["Quantity"]) == month.lines[t].quantity
    # the example leaves paid tool calls unpriced: the branch above really ran
    assert any(r["Credits"] == "unpriced" for r in records)


def test_set_and_language(tmp_path: Path, capsys) -> None:
    out = tmp_path / "zh.xlsx"
    code, _, err = _run(
        [
            "export",
            "example:voice-assistant",
            "--xlsx",
            str(out),
            "--lang",
            "zh",
            "--set",
            "conversations_per_month=500",
            "--bundled-only",
        ],
        capsys,
    )
    assert code == 0, err
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "摘要"
    (sheet, coords), *_ = wb.defined_names["conversations_per_month"].destinations
    assert wb[sheet][coords.replace("$", "")].value == 500


def test_plan_file_argument(tmp_path: Path, capsys) -> None:
    plan_path = tmp_path / "mine.gbplan"
    write_plan(load_example_plan("voice-assistant"), plan_path)
    out = tmp_path / "mine.csv"
    code, _, err = _run(["export", str(plan_path), "--csv", str(out)], capsys)
    assert code == 0, err
    assert out.is_file() and (tmp_path / "mine-files.csv").is_file()


@pytest.mark.parametrize(
    "target, message",
    [
        ("missing-folder/OUT.xlsx", "does not exist"),
        (".", "is a folder"),
    ],
)
def test_bad_target_is_one_line_and_exit_2(
    tmp_path: Path, capsys, target: str, message: str
) -> None:
    out = tmp_path / target
    code, stdout, err = _run(["export", "example:customer-service", "--xlsx", str(out)], capsys)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"gptbots-planner-cli: error: cannot write {out}: ")
    assert message in lines[0] and "Traceback" not in err
    assert stdout == ""


def test_bad_target_from_the_command_line_has_no_traceback(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x")
    out = tmp_path / "a-file" / "OUT.csv"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "gptbots_planner.cli",
            "export",
            "example:customer-service",
            "--csv",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"gptbots-planner-cli: error: cannot write {out}: {tmp_path / 'a-file'} is not a folder"
    ]


def test_bad_set_from_the_command_line_has_no_traceback(tmp_path: Path) -> None:
    # Run as ``python -m``: the verb's usage error must be the one ``main`` catches there too.
    done = subprocess.run(
        [sys.executable, "-m", "gptbots_planner.cli", "export", "example:customer-service"]
        + ["--csv", str(tmp_path / "OUT.csv"), "--set", "months"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "gptbots-planner-cli: error: --set expects FIELD=VALUE, got 'months'"
    ]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "args, message",
    [
        (["example:nope", "--xlsx", "x.xlsx"], "no example plan named 'nope'"),
        (["example:customer-service", "--csv", "x.csv", "--set", "months=abc"], "not a number"),
        (["example:customer-service", "--csv", "x.csv", "--set", "months"], "FIELD=VALUE"),
    ],
)
def test_user_errors_are_one_line(tmp_path: Path, capsys, monkeypatch, args, message) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(["export", *args], capsys)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and message in err
    assert list(tmp_path.iterdir()) == []


def test_xlsx_and_csv_are_exclusive(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["export", "example:customer-service", "--xlsx", "a.xlsx", "--csv", "a.csv"])
    assert info.value.code == 2
    assert "not allowed with" in capsys.readouterr().err
