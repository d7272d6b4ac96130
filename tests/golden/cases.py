"""The golden cases: CLI calls whose output must not change unless the numbers are meant to.

``python tests/golden/cases.py`` rewrites ``tests/golden/expected/`` from the current code;
run it only for a change that is meant to alter the numbers, and say why in the commit.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MATERIAL = HERE / "material"
PLANS = HERE / "plans"
EXPECTED = HERE / "expected"
ROOT_MARK = "<material>"

CUSTOMER = "example:customer-service"
VOICE = "example:voice-assistant"

# name -> CLI arguments (after the program name).  Plans of our own beside the examples:
# every setting choice, growth, overrides, budgets, many scenarios and an empty plan.
CASES: dict[str, list[str]] = {
    "estimate-customer-service.json": ["estimate", CUSTOMER, "--format", "json", "--bundled-only"],
    "estimate-voice-assistant.json": ["estimate", VOICE, "--format", "json", "--bundled-only"],
    "estimate-customer-service.txt": ["estimate", CUSTOMER, "--bundled-only", "--budget", "5000"],
    "estimate-voice-assistant.csv": ["estimate", VOICE, "--format", "csv", "--bundled-only"],
    "estimate-customer-audio-growth.json": [
        "estimate", CUSTOMER, "--format", "json", "--bundled-only",
        "--set", "voice_mode=audio_llm", "--set", "voice_turn_share=0.3",
        "--set", "image_rule=high", "--set", "asr_rounding=per_started_minute",
        "--set", "monthly_growth=0.05", "--set", "kb_growth_tokens_per_month=200000",
        "--set", "image_turn_share=0.25", "--set", "months=24",
    ],
    "estimate-voice-fixed30.json": [
        "estimate", VOICE, "--format", "json", "--bundled-only",
        "--set", "days_mode=fixed30", "--set", "history_turns=5",
        "--set", "chunks_reranked_per_turn=3", "--set", "tts_playback_share=1",
        "--set", "image_turn_share=0.2", "--set", "reply_tokens=300",
        "--set", "asr_rounding=per_started_minute", "--set", "start_month=2027-07",
        "--set", "tool_calls_per_turn=2", "--set", "monthly_growth=-0.02",
    ],
    "estimate-many-models.json": [
        "estimate", str(PLANS / "many-models.gbplan"), "--format", "json", "--bundled-only",
    ],
    "estimate-many-models.txt": [
        "estimate", str(PLANS / "many-models.gbplan"), "--bundled-only", "--budget", "20000",
    ],
    "estimate-empty.json": ["estimate", str(PLANS / "empty.gbplan"), "--format", "json", "--bundled-only"],
    "measure-material.txt": ["measure", str(MATERIAL), "--no-cache", "--jobs", "1"],
    "measure-material.csv": ["measure", str(MATERIAL), "--no-cache", "--jobs", "1", "--format", "csv"],
    "measure-material.json": ["measure", str(MATERIAL), "--no-cache", "--jobs", "1", "--format", "json"],
    "measure-material-cl100k.csv": [
        "measure", str(MATERIAL), "--no-cache", "--jobs", "1", "--format", "csv", "--model", "GPT-4-8k",
    ],
    "measure-material-two-models.txt": [
        "measure", str(MATERIAL), "--no-cache", "--jobs", "1",
        "--model", "GPT-4.1-1M", "--model", "GPT-4-8k",
    ],
    "measure-material-two-models.json": [
        "measure", str(MATERIAL), "--no-cache", "--jobs", "1", "--format", "json",
        "--model", "GPT-4.1-1M", "--model", "GPT-4-8k",
    ],
}  # fmt: skip


def run_case(args: list[str]) -> tuple[int, str]:
    """Run the CLI in this process; its stdout with the material folder's path made neutral."""
    from gptbots_planner.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(args)
    text = out.getvalue().replace(str(MATERIAL), ROOT_MARK)
    return code, text


def write_plans() -> None:
    """The golden plans of our own (committed; this only documents how they were made)."""
    from gptbots_planner.core.plan import Plan, Scenario
    from gptbots_planner.core.planfile import load_example_plan, write_plan

    PLANS.mkdir(exist_ok=True)
    write_plan(Plan(name="Empty plan"), PLANS / "empty.gbplan")
    base = load_example_plan("customer-service")
    base.name = "Many models"
    base.scenarios = [
        Scenario(m, k)
        for m in (
            "openai/gpt-4.1-1m",
            "openai/gpt-4-8k",
            "deepseek/v3",
            "anthropic/claude-3.5-haiku-200k",
        )
        for k in ("gptbots_key", "own_key")
    ]
    write_plan(base, PLANS / "many-models.gbplan")


def main() -> None:
    if not PLANS.exists():
        write_plans()
    EXPECTED.mkdir(exist_ok=True)
    os.environ.setdefault("TIKTOKEN_CACHE_DIR", "")
    for name, args in CASES.items():
        code, text = run_case(args)
        if code != 0:
            sys.exit(f"{name}: exit {code}")
        (EXPECTED / name).write_text(text, encoding="utf-8")
        if name.endswith(".json"):
            json.loads(text)
        print(f"wrote {name} ({len(text)} chars)")


if __name__ == "__main__":
    main()
