"""``measure --model A --model B``: every model's tokenizer counted in one pass."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from gptbots_planner.cli import main, measure_cmd
from gptbots_planner.measure import text as text_module
from gptbots_planner.measure.tokens import count_tokens

NOTES = "Meeting notes: the budget is due Friday. 会议纪要。\n"
OTHER = "Second file, with its own words.\n"
TWO = ["--model", "GPT-4.1-1M", "--model", "GPT-4-8k"]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    root.mkdir()
    (root / "a.txt").write_text(NOTES, encoding="utf-8")
    (root / "b.md").write_text(OTHER, encoding="utf-8")
    (root / "c.bin").write_bytes(b"\x7fELF\x00\x01")
    return root


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["measure", "--no-cache", "--jobs", "1", *argv]) == 0
    return capsys.readouterr().out


def test_models_map_to_tokenizers_in_order_without_repeats() -> None:
    assert measure_cmd.tokenizers_for_models(None) == ("o200k_base",)
    assert measure_cmd.tokenizers_for_models(["GPT-4-8k", "GPT-4.1-1M", "gpt-4-8K"]) == (
        "cl100k_base",
        "o200k_base",
    )


def test_json_has_each_tokenizers_counts(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(_run([str(folder), "--format", "json", *TWO], capsys))
    assert data["tokenizer"] == "o200k_base"
    assert data["tokenizers"] == ["o200k_base", "cl100k_base"]
    rows = {Path(r["path"]).name: r for r in data["files"]}
    for name, text in (("a.txt", NOTES), ("b.md", OTHER)):
        by = rows[name]["tokens_by_tokenizer"]
        assert by == {n: count_tokens(text, n) for n in ("o200k_base", "cl100k_base")}
        assert rows[name]["tokens"] == by["o200k_base"]
    assert rows["c.bin"]["tokens_by_tokenizer"] == {"o200k_base": None, "cl100k_base": None}
    totals = data["totals"]["tokens_by_tokenizer"]
    assert totals["cl100k_base"] == count_tokens(NOTES, "cl100k_base") + count_tokens(
        OTHER, "cl100k_base"
    )
    assert data["totals"]["tokens"] == totals["o200k_base"]


def test_single_model_json_has_no_multi_keys(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(_run([str(folder), "--format", "json", "--model", "GPT-4-8k"], capsys))
    assert "tokenizers" not in data
    assert "tokens_by_tokenizer" not in data["totals"]
    assert all("tokens_by_tokenizer" not in r for r in data["files"])


def test_csv_and_table_have_a_column_per_tokenizer(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = list(csv.reader(io.StringIO(_run([str(folder), "--format", "csv", *TWO], capsys))))
    header = rows[0]
    assert header[3:5] == ["tokens:o200k_base", "tokens:cl100k_base"]
    assert len({len(r) for r in rows}) == 1
    total = rows[-1]
    assert total[0] == "TOTAL"
    assert int(total[4]) == count_tokens(NOTES, "cl100k_base") + count_tokens(OTHER, "cl100k_base")
    table = _run([str(folder), *TWO], capsys)
    assert "tokens:o200k_base" in table.splitlines()[0]
    assert "tokens:cl100k_base" in table.splitlines()[0]


def test_each_file_is_read_and_decoded_once_for_two_tokenizers(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[str] = []
    original = text_module._read

    def counting_read(path: Path, *args: object, **kwargs: object) -> object:
        reads.append(path.name)
        return original(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(text_module, "_read", counting_read)
    # Plain text only, so the small scan runs in this process, where the patch is.
    _run([str(folder / "a.txt"), str(folder / "b.md"), "--format", "json", *TWO], capsys)
    assert sorted(reads) == ["a.txt", "b.md"]
