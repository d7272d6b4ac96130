"""Hostile and real-world files in the persistence layer: no traceback, nothing lost.

Deeply nested JSON, huge prices, the last representable months, lone surrogates,
prices for models an update removed, symlinked and hard-linked targets, and two
processes editing the user's prices at once.  Every hostile input is generated here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from gptbots_planner.atomic import atomic_write_text
from gptbots_planner.cli import main as cli_main
from gptbots_planner.core import safe_json
from gptbots_planner.core.catalog import (
    CatalogError,
    apply_user_catalog,
    load_bundled_catalog,
    load_catalog,
    read_user_catalog,
    write_user_catalog,
)
from gptbots_planner.core.estimate import estimate
from gptbots_planner.core.plan import PlanError, Scenario
from gptbots_planner.core.planfile import load_example_plan, plan_to_text, read_plan, write_plan
from gptbots_planner.export.xlsx.workbook import build_xlsx
from gptbots_planner.paths import user_catalog_path

DEEP = "[" * 100_000 + "]" * 100_000  # far past Python's recursion limit
MODEL = "openai/gpt-4.1-1m"
CUSTOM = {
    "id": "custom/x",
    "brand": "Me",
    "name": "X",
    "prices": {
        "gptbots_key": {"input": "1", "output": "2"},
        "own_key": {"input": "1", "output": "2"},
    },
}


# --- 5: deeply nested JSON ---------------------------------------------------------------
@pytest.mark.parametrize("text", [DEEP, '{"a":' * 5000 + "1" + "}" * 5000, "[" * 70 + "]" * 70])
def test_safe_loader_refuses_deep_json_with_a_code(text: str) -> None:
    with pytest.raises(safe_json.JsonFileError) as info:
        safe_json.loads(text, "x.json")
    assert info.value.message.code == "json_too_deep"


def test_safe_loader_refuses_a_file_over_its_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text("[" + "0," * 1000 + "0]")
    with pytest.raises(safe_json.JsonFileError) as info:
        safe_json.load_file(path, max_bytes=100)
    assert info.value.message.code == "json_too_large"


def test_a_deep_plan_file_is_a_plan_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.gbplan"
    path.write_text('{"format": ' + DEEP + "}")
    with pytest.raises(PlanError) as info:
        read_plan(path)
    assert info.value.message.code == "json_too_deep"


def test_a_deep_user_catalog_leaves_the_bundled_one_and_every_cli_verb_works(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = user_catalog_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"schema": 1, "prices": ' + DEEP + "}")
    catalog = load_catalog()
    assert "nested more than" in catalog.user_error
    assert catalog.llm == load_bundled_catalog().llm
    with pytest.raises(CatalogError) as info:
        read_user_catalog()
    assert info.value.message.code == "json_too_deep"
    assert cli_main(["catalog", "--format", "json"]) == 0
    assert cli_main(["price", "--model", MODEL, "--key", "own", "--input-tokens", "1000"]) == 0
    assert cli_main(["estimate", "example:customer-service"]) == 0
    assert "not read: nested more than" in capsys.readouterr().err


# --- 6: values an export cannot write ------------------------------------------------------
def test_a_user_price_of_1e400_is_refused() -> None:
    data = {"schema": 1, "prices": {MODEL: {"own_key": {"input": "1e400"}}}}
    with pytest.raises(CatalogError) as info:
        write_user_catalog(data)
    assert info.value.message.code == "price_too_large"
    assert not user_catalog_path().exists()
    path = user_catalog_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"schema": 1, "open_prices": {"tool_call": "1e400"}}))
    assert "largest price" in load_catalog().user_error  # a hand-edited file: not applied


def test_start_month_keeps_the_horizon_within_year_9999() -> None:
    plan = load_example_plan("customer-service")
    plan.set_field("months", "120")
    with pytest.raises(PlanError) as info:
        plan.set_field("start_month", "9999-12")
    assert info.value.message.code == "month_out_of_range"
    plan.set_field("start_month", "9989-12")  # the last start: month 120 is 9999-11
    assert build_xlsx(plan, load_bundled_catalog())[:2] == b"PK"


def test_a_plan_file_with_a_lone_surrogate_is_refused_and_an_edited_name_is_written(
    tmp_path: Path,
) -> None:
    data = json.loads(plan_to_text(load_example_plan("customer-service")))
    data["name"] = "bad\ud800name"
    path = tmp_path / "sur.gbplan"
    path.write_text(json.dumps(data), encoding="ascii")  # the \ud800 escape is valid JSON
    with pytest.raises(PlanError) as info:
        read_plan(path)
    assert info.value.message.code == "json_lone_surrogate"
    assert info.value.message.params["key"] == "name"
    plan = load_example_plan("customer-service")
    plan.name = "typed\udc80"  # as a paste from a broken source could give
    write_plan(plan, tmp_path / "ok.gbplan")
    assert read_plan(tmp_path / "ok.gbplan").name == "typed\ufffd"


# --- 13: a price for a model an update removed ---------------------------------------------
def test_an_orphan_price_keeps_the_rest_and_is_reported(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = {
        "schema": 1,
        "custom_models": [CUSTOM],
        "prices": {"gone/model": {"own_key": {"input": "1"}}, MODEL: {"own_key": {"input": "7"}}},
        "provider_prices": {"gone/other": {"input": "1"}},
        "audio": {"gone/voice": {"input_tokens_per_second": "10"}},
    }
    write_user_catalog(data)  # kept as written: nothing of the user's is lost
    assert read_user_catalog()["prices"]["gone/model"] == {"own_key": {"input": "1"}}
    catalog = load_catalog()
    assert catalog.user_error == ""
    assert str(catalog.llm[MODEL].input["own_key"].value) == "7"
    assert "custom/x" in catalog.llm
    ids = [w.params["id"] for w in catalog.user_warnings]
    assert ids == ["gone/model", "gone/voice", "gone/other"]
    assert {w.code for w in catalog.user_warnings} == {"user_entry_orphaned"}
    plan = load_example_plan("customer-service")
    plan.scenarios = [Scenario("custom/x", "own_key")]
    assert estimate(plan, catalog).scenarios  # no "unknown model"
    assert cli_main(["catalog", "--format", "json"]) == 0
    assert "no model with id 'gone/model'" in capsys.readouterr().err


def test_an_audio_rate_for_a_service_id_is_still_an_error() -> None:
    data = {"audio": {"tts/openai/tts": {}}}
    with pytest.raises(CatalogError) as info:
        apply_user_catalog(load_bundled_catalog(), data, "u.json")
    assert info.value.message.code == "no_such_llm"


# --- 14: symlinks and hard links ------------------------------------------------------------
@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_saving_onto_a_symlink_writes_through_to_its_target(tmp_path: Path) -> None:
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    target = real_dir / "plan.gbplan"
    target.write_text("old")
    link = tmp_path / "link.gbplan"
    link.symlink_to(target)
    chain = tmp_path / "chain.gbplan"
    chain.symlink_to(link)
    write_plan(load_example_plan("customer-service"), chain)
    assert chain.is_symlink() and link.is_symlink()
    assert read_plan(target).name == load_example_plan("customer-service").name
    assert sorted(p.name for p in real_dir.iterdir()) == ["plan.gbplan"]  # no temp left
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(real_dir / "new.json")
    atomic_write_text(dangling, "{}")
    assert dangling.is_symlink() and (real_dir / "new.json").read_text() == "{}"


def test_saving_onto_a_hard_linked_file_keeps_every_link(tmp_path: Path) -> None:
    first = tmp_path / "a.json"
    first.write_text("old content, longer than the new one")
    second = tmp_path / "b.json"
    os.link(first, second)
    os.chmod(first, 0o640)
    atomic_write_text(first, "new")
    assert second.read_text() == "new" and first.read_text() == "new"
    assert first.stat().st_nlink == 2 and os.path.samefile(first, second)
    assert first.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "b.json"]


# --- 16: two processes editing the user's prices at once ----------------------------------
EDITOR = textwrap.dedent(
    """
    import sys, time
    from gptbots_planner.core.catalog import read_user_catalog, write_user_catalog
    tag, rounds = sys.argv[1], int(sys.argv[2])
    for i in range(rounds):
        data = read_user_catalog()  # read, think, write: the other process writes meanwhile
        data["open_prices"] = dict(data["open_prices"])
        data["prices"][f"custom/{tag}{i}"] = {"own_key": {"input": str(i + 1)}}
        data["custom_models"].append(
            {"id": f"custom/{tag}{i}", "brand": "Me", "name": f"{tag}{i}",
             "prices": {"gptbots_key": {"input": "1", "output": "1"},
                        "own_key": {"input": "1", "output": "1"}}})
        time.sleep(0.01)
        write_user_catalog(data)
    """
)


def test_two_processes_editing_prices_at_once_lose_nothing() -> None:
    rounds = 15
    env = {**os.environ}
    procs = [
        subprocess.Popen([sys.executable, "-c", EDITOR, tag, str(rounds)], env=env)
        for tag in ("a", "b")
    ]
    for proc in procs:
        assert proc.wait(timeout=120) == 0
    data = read_user_catalog()
    expected = {f"custom/{t}{i}" for t in "ab" for i in range(rounds)}
    assert {m["id"] for m in data["custom_models"]} == expected
    assert set(data["prices"]) == expected
    assert load_catalog().user_error == ""
    assert not user_catalog_path().with_name("user-catalog.json.lock").exists()
