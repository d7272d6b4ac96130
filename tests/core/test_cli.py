"""The CLI verbs of the pricing engine, run as a user would run them."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from decimal import Decimal

from seed_tables import seed_tables

from gptbots_planner.core.catalog import BILLING_TYPES, load_catalog
from gptbots_planner.core.estimate import estimate
from gptbots_planner.core.planfile import example_plan_paths, read_plan


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gptbots_planner.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_price_reports_022_credits() -> None:
    r = cli(
        "price",
        "--model",
        "GPT-4.1-1M",
        "--key",
        "gptbots",
        "--input-tokens",
        "1000",
        "--output-tokens",
        "0",
        "--format",
        "json",
    )
    assert r.returncode == 0, r.stderr
    assert Decimal(json.loads(r.stdout)["credits"]) == Decimal("0.22")


def test_buys_reports_4545454_tokens() -> None:
    r = cli(
        "buys", "--credits", "1000", "--model", "GPT-4.1-1M", "--key", "gptbots", "--format", "json"
    )
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["input_tokens"] == 4545454


def test_catalog_json_lists_every_seed_row_with_both_key_modes() -> None:
    r = cli("catalog", "--format", "json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)["rows"]
    tables = seed_tables()
    llm = [row for row in rows if row["category"] == "llm"]
    assert [(row["brand"], row["name"]) for row in llm] == [(b, n) for b, n, _ in tables["llm"]]
    for row, (_, _, prices) in zip(llm, tables["llm"], strict=True):
        got = [
            row["gptbots_key_input"],
            row["gptbots_key_output"],
            row["own_key_input"],
            row["own_key_output"],
        ]
        assert got == ["free" if p == "免费" else p for p in prices]
    for category in ("embedding", "rerank", "asr", "tts"):
        mine = [
            (r["brand"], r["name"], [r["gptbots_key"], r["own_key"]])
            for r in rows
            if r["category"] == category
        ]
        assert mine == tables[category]
    assert any(r["category"] == "storage" and r["price"] == "0.001" for r in rows)
    assert {r["category"]: r["price"] for r in rows if r["id"].startswith("open/")} == {
        "tool_call": "unpriced",
        "database_processing": "unpriced",
        "question_classification": "unpriced",
    }


def test_estimate_json_matches_the_engine_for_every_example() -> None:
    for path in example_plan_paths():
        r = cli("estimate", str(path), "--format", "json")
        assert r.returncode == 0, r.stderr
        data = json.loads(r.stdout)
        expected = estimate(read_plan(path), load_catalog())
        for got, want in zip(data["scenarios"], expected.scenarios, strict=True):
            assert list(got["by_type"]) == list(BILLING_TYPES)
            assert Decimal(got["monthly_total_credits"]) == want.monthly_total


def test_estimate_set_doubles_conversations() -> None:
    path = str(example_plan_paths()[0])
    base = json.loads(cli("estimate", path, "--format", "json").stdout)
    r = cli("estimate", path, "--set", "conversations_per_month=6000", "--format", "json")
    assert r.returncode == 0, r.stderr
    doubled = json.loads(r.stdout)
    a, b = base["scenarios"][0]["by_type"], doubled["scenarios"][0]["by_type"]
    assert Decimal(b["llm_text"]["credits"]) == 2 * Decimal(a["llm_text"]["credits"])
    assert b["knowledge_storage"] == a["knowledge_storage"]
    assert b["tool_call"]["credits"] is None and b["tool_call"]["unpriced"]


def test_estimate_table_and_csv_say_unpriced() -> None:
    table = cli("estimate", "example:customer-service")
    assert table.returncode == 0, table.stderr
    assert "UNPRICED" in table.stdout
    rows = list(
        csv.DictReader(
            io.StringIO(cli("estimate", "example:customer-service", "--format", "csv").stdout)
        )
    )
    assert rows and all(row["tool_call"] == "unpriced" for row in rows)


def test_user_errors_are_one_line_without_traceback(tmp_path) -> None:
    bad = tmp_path / "bad.gbplan"
    bad.write_text("{", encoding="utf-8")
    cases = [
        ("price", "--model", "nope", "--key", "gptbots", "--input-tokens", "1"),
        ("price", "--model", "GPT-4.1-1M", "--key", "borrowed", "--input-tokens", "1"),
        ("price", "--model", "GPT-4.1-1M", "--key", "own", "--input-tokens", "-4"),
        ("buys", "--credits", "lots", "--model", "GPT-4.1-1M", "--key", "own"),
        ("estimate", str(tmp_path / "missing.gbplan")),
        ("estimate", str(bad)),
        ("estimate", "example:customer-service", "--set", "months=0"),
        ("estimate", "example:customer-service", "--set", "nonsense"),
        # absurd sizes are refused with the limit, not a decimal traceback
        ("estimate", "example:customer-service", "--set", "conversations_per_month=1e30"),
        ("estimate", "example:customer-service", "--set", "monthly_growth=1000"),
        ("estimate", "example:customer-service", "--set", "reply_tokens=1e999999999"),
    ]
    for args in cases:
        r = cli(*args)
        assert r.returncode == 2, args
        assert "Traceback" not in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1, r.stderr
        assert r.stderr.startswith("gptbots-planner-cli: error:")


def test_estimate_at_the_largest_accepted_values_prints_every_format() -> None:
    """The plan's limits keep every total printable (JSON, CSV and table)."""
    big = [
        "--set",
        "conversations_per_month=1e12",
        "--set",
        "monthly_growth=10",
        "--set",
        "months=120",
    ]
    r = cli("estimate", "example:customer-service", *big, "--format", "json")
    assert r.returncode == 0, r.stderr
    last = json.loads(r.stdout)["scenarios"][0]["months"][-1]
    assert "E" not in last["total_credits"] and Decimal(last["total_credits"]) > Decimal("1e130")
    for fmt in ("csv", "table"):
        r = cli("estimate", "example:customer-service", *big, "--format", fmt)
        assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr


def test_estimate_shows_the_projection_and_what_a_budget_pays_for() -> None:
    path = example_plan_paths()[0]
    expected = estimate(read_plan(path), load_catalog()).scenarios
    r = cli("estimate", str(path), "--budget", "5000", "--format", "json")
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)["scenarios"]
    for out, s in zip(got, expected, strict=True):
        want = s.conversations_for_budget(Decimal(5000))
        assert want is not None and want > 0
        assert Decimal(out["conversations_for_budget"]) == want
    rows = list(
        csv.DictReader(
            io.StringIO(cli("estimate", str(path), "--budget", "5000", "--format", "csv").stdout)
        )
    )
    assert [Decimal(row["horizon_total_credits"]) for row in rows] == [
        s.horizon_total for s in expected
    ]
    assert [Decimal(row["conversations_for_budget"]) for row in rows] == [
        s.conversations_for_budget(Decimal(5000)) for s in expected
    ]
    table = cli("estimate", str(path), "--budget", "5000").stdout
    s = expected[0]
    assert f"{len(s.months)} months total" in table
    assert all(m.label in table for m in s.months)
    assert f"{int(s.conversations_for_budget(Decimal(5000))):,}" in table
    bad = cli("estimate", str(path), "--budget", "-1")
    assert bad.returncode == 2 and "--budget" in bad.stderr


def test_price_of_an_unpriced_custom_model_reads_unpriced_in_every_format() -> None:
    from gptbots_planner.core.catalog import write_user_catalog

    write_user_catalog(
        {
            "schema": 1,
            "custom_models": [
                {
                    "id": "custom/half",
                    "category": "llm",
                    "brand": "Custom",
                    "name": "Half",
                    "prices": {
                        "gptbots_key": {"input": None, "output": "0.2"},
                        "own_key": {"input": "1", "output": "1"},
                    },
                }
            ],
        }
    )
    args = ("price", "--model", "custom/half", "--key", "gptbots", "--input-tokens", "1000")
    args += ("--output-tokens", "1000")
    data = json.loads(cli(*args, "--format", "json").stdout)
    assert data["credits"] is None and data["input_credits"] is None
    assert data["unpriced"] == ["input"] and Decimal(data["output_credits"]) == Decimal("0.2")
    row = next(csv.DictReader(io.StringIO(cli(*args, "--format", "csv").stdout)))
    assert row["credits"] == row["input_credits"] == row["usd"] == "unpriced"
    assert row["unpriced"] == "input"
    table = cli(*args).stdout
    assert [line.split()[-1] for line in table.splitlines() if line.startswith("credits")] == [
        "unpriced"
    ]


def test_estimate_json_shows_components_and_set_reaches_one() -> None:
    args = ("estimate", "example:customer-service", "--format", "json", "--bundled-only")
    base = json.loads(cli(*args).stdout)["scenarios"][0]
    assert [c["id"] for c in base["components"]] == ["intent", "rewrite", "answer"]
    assert base["components"][0]["model_id"] == "openai/gpt-4.1-nano-1m"
    assert set(base["by_type"]["llm_text"]["components"]) == {"intent", "rewrite", "answer"}
    r = cli(*args, "--set", "components.intent.output_tokens=20")
    assert r.returncode == 0, r.stderr
    changed = json.loads(r.stdout)["scenarios"][0]
    intent = changed["by_type"]["llm_text"]["components"]["intent"]
    # 12,000 turns x 20 output tokens
    assert Decimal(intent["output_tokens"]) == 240_000
    assert changed["components"][0]["output_tokens"] == "20"


def test_set_llm_calls_per_turn_points_to_the_components() -> None:
    r = cli("estimate", "example:customer-service", "--set", "llm_calls_per_turn=2")
    assert r.returncode != 0
    assert "components.<id>.calls_per_turn" in r.stderr
    assert "intent, rewrite, answer" in r.stderr
