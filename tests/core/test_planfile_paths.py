"""Plans that travel: files below the plan's folder are stored relative to it, moved plans
estimate the same, a missing file keeps its measurement and is said, old plans still load."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
from pathlib import Path, PurePosixPath, PureWindowsPath

from gptbots_planner.cli import main as cli_main
from gptbots_planner.core.plan import SCHEMA_VERSION, Plan, PlanItem, Scenario
from gptbots_planner.core.plan_paths import (
    is_absolute,
    relocated,
    relocation,
    resolved_path,
    stored_path,
)
from gptbots_planner.core.planfile import plan_to_text, read_plan, write_plan
from gptbots_planner.measure.dispatch import measure_file, measure_text

KNOWLEDGE = "Returns are accepted within 30 days of delivery. " * 40
QUESTION = "Where is my parcel? I ordered it a week ago and it has not arrived yet."


def _material(folder: Path) -> dict[str, Path]:
    (folder / "docs" / "policies").mkdir(parents=True)
    files = {
        "policy": folder / "docs" / "policies" / "returns.txt",
        "faq": folder / "docs" / "faq.md",
        "question": folder / "question.txt",
    }
    files["policy"].write_text(KNOWLEDGE, encoding="utf-8")
    files["faq"].write_text("# FAQ\n\n" + KNOWLEDGE[:900], encoding="utf-8")
    files["question"].write_text(QUESTION, encoding="utf-8")
    return files


def _plan(files: list[Path]) -> Plan:
    plan = Plan(name="Travelling plan")
    plan.scenarios = [Scenario("openai/gpt-4.1-1m", "gptbots_key")]
    for path in files:
        role = "conversation_sample" if path.name == "question.txt" else "knowledge_document"
        plan.items.append(PlanItem(measure_file(path), role))
    pasted = PlanItem(measure_text("You are a helpful agent.", "System prompt"), "system_prompt")
    pasted.text = "You are a helpful agent."
    plan.items.append(pasted)
    return plan


def _cli(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli_main(list(args))
    return code, out.getvalue()


def _numbers(output: str) -> list[dict[str, object]]:
    """Every scenario's figures from ``estimate --format json``, without its notes."""
    data = json.loads(output)
    return [{k: v for k, v in s.items() if k != "notes"} for s in data["scenarios"]]


def test_files_below_the_plan_folder_are_stored_relative_with_slashes(tmp_path: Path) -> None:
    home, elsewhere = tmp_path / "project", tmp_path / "elsewhere"
    files = _material(home)
    elsewhere.mkdir()
    outside = elsewhere / "notes.txt"
    outside.write_text(KNOWLEDGE, encoding="utf-8")
    plan = _plan([*files.values(), outside])
    write_plan(plan, home / "plan.gbplan")
    stored = json.loads((home / "plan.gbplan").read_text(encoding="utf-8"))
    assert stored["schema_version"] == SCHEMA_VERSION == 3
    assert [row["path"] for row in stored["items"]] == [
        "docs/policies/returns.txt",
        "docs/faq.md",
        "question.txt",
        str(outside),
        "",
    ]
    # in memory the paths stay absolute (scans, the table and Locate rely on it)
    assert plan.items[0].measurement.path == str(files["policy"])


def test_a_moved_folder_estimates_the_same_from_the_cli(tmp_path: Path) -> None:
    home = tmp_path / "a" / "project"
    files = _material(home)
    write_plan(_plan(list(files.values())), home / "plan.gbplan")
    code, before = _cli("estimate", str(home / "plan.gbplan"), "--format", "json", "--bundled-only")
    assert code == 0

    moved = tmp_path / "b" / "shared copy"
    moved.parent.mkdir()
    shutil.move(str(home), str(moved))
    plan = read_plan(moved / "plan.gbplan")
    assert [i.measurement.path for i in plan.items[:3]] == [
        str(moved / "docs" / "policies" / "returns.txt"),
        str(moved / "docs" / "faq.md"),
        str(moved / "question.txt"),
    ]
    assert not any(item.missing for item in plan.items)
    code, after = _cli("estimate", str(moved / "plan.gbplan"), "--format", "json", "--bundled-only")
    assert code == 0
    assert _numbers(after) == _numbers(before)
    assert "files_missing" not in after


def test_a_missing_file_keeps_its_measurement_and_the_estimate_says_so(tmp_path: Path) -> None:
    home = tmp_path / "project"
    files = _material(home)
    write_plan(_plan(list(files.values())), home / "plan.gbplan")
    code, before = _cli("estimate", str(home / "plan.gbplan"), "--format", "json", "--bundled-only")
    tokens_before = read_plan(home / "plan.gbplan").items[0].measurement.tokens

    files["policy"].unlink()
    plan = read_plan(home / "plan.gbplan")
    assert [item.missing for item in plan.items] == [True, False, False, False]
    assert plan.items[0].measurement.tokens == tokens_before and tokens_before
    assert plan.copy().items[0].missing  # the export's copy knows it too

    code, after = _cli("estimate", str(home / "plan.gbplan"), "--format", "json", "--bundled-only")
    assert code == 0
    assert _numbers(after) == _numbers(before)  # the last measurement is still used
    for scenario in json.loads(after)["scenarios"]:
        assert "1 file(s) of the plan are missing" in " ".join(scenario["notes"])
    code, text = _cli("estimate", str(home / "plan.gbplan"), "--bundled-only")
    assert "1 file(s) of the plan are missing" in text

    # written again, the missing file keeps its place (relative) and its measurement
    write_plan(plan, home / "plan.gbplan")
    again = json.loads((home / "plan.gbplan").read_text(encoding="utf-8"))
    assert again["items"][0]["path"] == "docs/policies/returns.txt"
    assert again["items"][0]["tokens"] == tokens_before


def test_save_as_to_another_folder_rewrites_the_relative_paths(tmp_path: Path) -> None:
    home = tmp_path / "project"
    files = _material(home)
    write_plan(_plan(list(files.values())), home / "plan.gbplan")
    plan = read_plan(home / "plan.gbplan")

    (tmp_path / "other").mkdir()
    write_plan(plan, tmp_path / "other" / "plan.gbplan")  # material is not below it
    rows = json.loads((tmp_path / "other" / "plan.gbplan").read_text(encoding="utf-8"))["items"]
    assert [r["path"] for r in rows[:3]] == [str(p) for p in files.values()]

    write_plan(plan, home / "docs" / "plan.gbplan")  # some below, one above
    rows = json.loads((home / "docs" / "plan.gbplan").read_text(encoding="utf-8"))["items"]
    assert [r["path"] for r in rows[:3]] == [
        "policies/returns.txt",
        "faq.md",
        str(files["question"]),
    ]
    for place in (tmp_path / "other", home / "docs"):
        back = read_plan(place / "plan.gbplan")
        assert [i.measurement.path for i in back.items[:3]] == [str(p) for p in files.values()]
        assert not any(i.missing for i in back.items)


def test_an_autosave_keeps_absolute_paths(tmp_path: Path) -> None:
    home = tmp_path / "project"
    files = _material(home)
    data = json.loads(plan_to_text(_plan(list(files.values()))))
    assert [r["path"] for r in data["items"][:3]] == [str(p) for p in files.values()]


def test_stored_paths_read_the_same_on_any_system(tmp_path: Path) -> None:
    # what a plan saved on Windows holds: relative paths with "/", absolute ones of its own
    assert resolved_path("docs/faq.md", tmp_path) == str(tmp_path / "docs" / "faq.md")
    assert resolved_path("C:\\Users\\me\\faq.md", tmp_path) == "C:\\Users\\me\\faq.md"
    assert resolved_path("\\\\server\\share\\faq.md", tmp_path) == "\\\\server\\share\\faq.md"
    assert resolved_path("/srv/faq.md", tmp_path) == "/srv/faq.md"
    assert resolved_path("", tmp_path) == ""
    assert is_absolute("D:/x.txt") and not is_absolute("docs/x.txt")
    assert stored_path("C:\\Users\\me\\faq.md", tmp_path) == "C:\\Users\\me\\faq.md"
    assert stored_path(str(tmp_path / "a" / "b.txt"), tmp_path) == "a/b.txt"
    assert stored_path(str(tmp_path), tmp_path) == str(tmp_path)


def test_a_plan_in_a_symlinked_folder_stores_its_files_relative(tmp_path: Path) -> None:
    real = tmp_path / "real"
    files = _material(real / "project")
    (real / "elsewhere.txt").write_text(QUESTION, encoding="utf-8")
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    through_link = link / "project"
    # the scan found the files by their real path; the plan is saved through the link
    assert stored_path(str(files["faq"]), through_link) == "docs/faq.md"
    assert stored_path(str(files["policy"]), through_link) == "docs/policies/returns.txt"
    # and the other way round: files dropped through the link, plan saved in the real folder
    assert stored_path(str(through_link / "question.txt"), real / "project") == "question.txt"
    # a file beside the project stays absolute however its folder is reached
    outside = str(real / "elsewhere.txt")
    assert stored_path(outside, through_link) == outside
    assert stored_path(str(link / "elsewhere.txt"), real / "project") == str(link / "elsewhere.txt")
    # written and read back: relative in the file, found again through the link
    plan_file = through_link / "plan.gbplan"
    write_plan(_plan(list(files.values())), plan_file)
    stored = [r["path"] for r in json.loads(plan_file.read_text("utf-8"))["items"][:3]]
    assert stored == ["docs/policies/returns.txt", "docs/faq.md", "question.txt"]
    again = read_plan(plan_file)
    paths = [Path(i.measurement.path) for i in again.items[:3]]
    assert paths == [
        through_link / "docs/policies/returns.txt",
        through_link / "docs/faq.md",
        through_link / "question.txt",
    ]
    assert all(p.is_file() for p in paths) and not any(i.missing for i in again.items)


def test_a_schema_2_plan_loads_and_is_written_as_schema_3(tmp_path: Path) -> None:
    files = _material(tmp_path / "project")
    data = _plan(list(files.values())).to_dict()
    data["schema_version"] = 2
    old = tmp_path / "old.gbplan"
    old.write_text(json.dumps(data), encoding="utf-8")
    plan = read_plan(old)
    assert plan.migrated_from is None  # nothing it computes changes: nothing to report
    assert [i.measurement.path for i in plan.items[:3]] == [str(p) for p in files.values()]
    assert json.loads(plan_to_text(plan))["schema_version"] == 3


def test_a_schema_1_plan_still_loads(tmp_path: Path) -> None:
    data = Plan(name="Old").to_dict()
    data["schema_version"] = 1
    del data["components"]
    data["assumptions"]["llm_calls_per_turn"] = "2"
    (tmp_path / "old.gbplan").write_text(json.dumps(data), encoding="utf-8")
    plan = read_plan(tmp_path / "old.gbplan")
    assert plan.migrated_from == 1
    assert [c.id for c in plan.components] == ["answer", "answer-2"]


def test_relocation_finds_the_folder_that_moved(tmp_path: Path) -> None:
    old_root, new_root = tmp_path / "a" / "b", tmp_path / "c" / "d"
    found = relocation(str(old_root / "docs" / "x.txt"), str(new_root / "docs" / "x.txt"))
    assert found == (old_root, new_root)
    assert relocation(str(old_root / "x.txt"), str(new_root / "y.txt")) is None
    # a plan written on Windows, its material found here
    win = "C:\\Users\\me\\project\\docs\\x.txt"
    moved = relocation(win, str(new_root / "project" / "docs" / "x.txt"))
    assert moved == (PureWindowsPath("C:\\Users\\me"), new_root)


def test_relocated_offers_only_missing_files_that_are_there(tmp_path: Path) -> None:
    files = _material(tmp_path / "new")
    items = []
    for name in ("docs/policies/returns.txt", "docs/faq.md", "question.txt", "gone.txt"):
        m = measure_text("x", Path(name).name)
        m.path = str(Path("/old/place").joinpath(*PurePosixPath(name).parts))
        item = PlanItem(m, "knowledge_document")
        item.missing = True
        items.append(item)
    items[2].missing = False  # not missing: left alone even though it is there
    found = relocated(items, Path("/old/place"), tmp_path / "new")
    assert found == {
        items[0].item_id: str(files["policy"]),
        items[1].item_id: str(files["faq"]),
    }
    assert os.path.isfile(found[items[0].item_id])
