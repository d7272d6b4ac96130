"""The ``measure`` verb: table / json / csv output, model -> tokenizer, exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from gptbots_planner.cli import main, measure_cmd
from gptbots_planner.cli.output import csv_value
from gptbots_planner.cli.progress import ProgressBar
from gptbots_planner.measure.scan import ScanProgress
from gptbots_planner.measure.tokens import count_tokens

REPO = Path(__file__).resolve().parents[2]
NOTES = "Meeting notes: the budget is due Friday.\n"
ZH = "中文说明文档，第二行。\n"


def _run(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main(["measure", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def material(tmp_path: Path, make) -> Path:
    root = tmp_path / "material"
    root.mkdir()
    (root / "notes.txt").write_text(NOTES, encoding="utf-8")
    (root / "zh.txt").write_bytes(ZH.encode("gb18030"))
    make.pdf(root / "slides.pdf", [["Quarterly plan"], ["Second page"]])
    Image.new("RGB", (2000, 500)).save(root / "chart.png")
    (root / "broken.docx").write_bytes(b"not a zip")
    return root


def test_json_rows_and_totals(material: Path, capsys) -> None:
    code, out, err = _run([str(material), "--format", "json"], capsys)
    assert code == 0
    data = json.loads(out)
    rows = {Path(r["path"]).name: r for r in data["files"]}
    assert set(rows) == {"notes.txt", "zh.txt", "slides.pdf", "chart.png", "broken.docx"}
    assert rows["notes.txt"]["tokens"] == count_tokens(NOTES)
    assert rows["zh.txt"]["tokens"] == count_tokens(ZH)
    assert rows["zh.txt"]["detail"] == "GB18030"
    assert rows["slides.pdf"]["detail"] == "PDF, 2 pages"
    chart = rows["chart.png"]
    # The seed's rule: 2000x500 -> 4 tiles -> 85 + 170 * 4 = 765 tokens.
    assert (chart["width"], chart["height"], chart["tiles"], chart["image_tokens"]) == (
        2000,
        500,
        4,
        765,
    )
    assert rows["broken.docx"]["kind"] == "error"
    assert "corrupt" in rows["broken.docx"]["error"]
    totals = data["totals"]
    assert totals["tokenizer"] == "o200k_base"
    assert totals["tokens"] == sum(r["tokens"] or 0 for r in data["files"])
    assert totals["image_tokens"] == 765
    assert totals["errors"] == 1
    assert totals["files"] == 5


def test_model_picks_its_tokenizer(material: Path, capsys) -> None:
    code, out, _ = _run(
        [str(material / "notes.txt"), "--model", "gpt-4-8K", "--format", "json"], capsys
    )
    assert code == 0
    data = json.loads(out)
    assert data["tokenizer"] == "cl100k_base"
    assert data["totals"]["tokens"] == count_tokens(NOTES, "cl100k_base")
    # By id as well, and the default is o200k_base.
    assert measure_cmd.tokenizer_for_model("openai/gpt-4.1-1m") == "o200k_base"
    assert measure_cmd.tokenizer_for_model("OPENAI/GPT-3.5-TURBO-16K") == "cl100k_base"
    assert measure_cmd.tokenizer_for_model(None) == "o200k_base"


def test_model_from_the_users_own_catalog(material: Path, capsys) -> None:
    from gptbots_planner.core.catalog import write_user_catalog

    write_user_catalog(
        {
            "schema": 1,
            "custom_models": [
                {
                    "id": "custom/house-llm",
                    "category": "llm",
                    "brand": "Custom",
                    "name": "House LLM",
                    "prices": {
                        "gptbots_key": {"input": "0.1", "output": "0.2"},
                        "own_key": {"input": "0.01", "output": "0.02"},
                    },
                    "tokenizer": "cl100k_base",
                }
            ],
        }
    )
    code, out, _ = _run(
        [str(material / "notes.txt"), "--model", "House LLM", "--format", "json"], capsys
    )
    assert code == 0
    assert json.loads(out)["tokenizer"] == "cl100k_base"
    assert measure_cmd.tokenizer_for_model("custom/house-llm") == "cl100k_base"


def test_csv_output(material: Path, capsys) -> None:
    code, out, _ = _run([str(material), "--format", "csv", "--no-cache"], capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == list(measure_cmd.COLUMNS)
    by_name = {Path(r["path"]).name: r for r in rows[:-1]}
    assert by_name["notes.txt"]["tokens"] == str(count_tokens(NOTES))
    assert by_name["chart.png"]["image_tokens"] == "765"
    assert rows[-1]["path"] == "TOTAL"
    assert rows[-1]["tokens"] == str(sum(int(r["tokens"] or 0) for r in rows[:-1]))


def test_csv_cells_cannot_become_formulas(tmp_path: Path, capsys) -> None:
    assert csv_value("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert csv_value("-1+2") == "'-1+2"
    assert csv_value(-5) == "-5"  # numbers stay numbers


def test_table_output(material: Path, capsys) -> None:
    code, out, err = _run([str(material)], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["path", "kind", "detail", "tokens"]
    total_line = next(line for line in lines if line.startswith("TOTAL"))
    expected = (
        count_tokens(NOTES) + count_tokens(ZH) + count_tokens("Quarterly plan\nSecond page\n")
    )
    assert f"{expected:,}" in total_line
    assert any("ERROR: corrupt" in line for line in lines)
    assert err == ""  # no progress bar when stderr is not a terminal


def test_encoding_override(tmp_path: Path, capsys) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes("café crème\n".encode())
    code, out, _ = _run([str(f), "--encoding", "latin-1", "--format", "json"], capsys)
    assert code == 0
    assert json.loads(out)["files"][0]["tokens"] == count_tokens(
        "café crème\n".encode().decode("latin-1")
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["/no/such/path"], "no such file or folder: /no/such/path"),
        (["{tmp}", "--model", "no-such-model"], "unknown model 'no-such-model'"),
        (["{tmp}", "--encoding", "klingon"], "unknown encoding 'klingon'"),
        (["{tmp}", "--jobs", "0"], "--jobs must be 1 or more"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, capsys, argv: list[str], message: str) -> None:
    code, out, err = _run([a.format(tmp=tmp_path) for a in argv], capsys)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("gptbots-planner-cli measure: error: ")
    assert message in err


def test_progress_bar_draws_and_clears() -> None:
    stream = io.StringIO()
    bar = ProgressBar(stream)
    bar.update(ScanProgress(1, 4, 10, 40, "/x/file.txt"))
    assert "1/4 files" in stream.getvalue()
    assert "file.txt" in stream.getvalue()
    bar.update(ScanProgress(4, 4, 40, 40, ""))
    bar.clear()
    assert stream.getvalue().endswith("\r")


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-m", "gptbots_planner.cli", "measure", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def test_installed_cli_json_and_errors(material: Path, tmp_path: Path) -> None:
    proc = _cli(str(material), "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["totals"]["errors"] == 1  # broken.docx: a row, not a failure
    assert "Traceback" not in proc.stderr

    missing = _cli(str(tmp_path / "missing"), cwd=tmp_path)
    assert missing.returncode == 2
    assert missing.stdout == ""
    assert missing.stderr.strip().count("\n") == 0
    assert "no such file or folder" in missing.stderr
    assert "Traceback" not in missing.stderr
