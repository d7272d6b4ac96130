"""A component's instruction text travels with its token counts (saved in the plan), so
opening a plan counts nothing again; a count is used only for the text it was made from."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from gptbots_planner.core import measures
from gptbots_planner.core.catalog import load_catalog
from gptbots_planner.core.components import ComponentError, TextCounts, new_component
from gptbots_planner.core.estimate import estimate
from gptbots_planner.core.planfile import load_example_plan, read_plan, write_plan
from gptbots_planner.measure import tokenizers
from gptbots_planner.measure.tokens import count_tokens

TEXT = "Classify the customer's message as one of: order, returns, sizing, other."


def test_counts_round_trip_and_are_dropped_when_the_text_changes() -> None:
    c = new_component("intent", "classifier").with_field("instruction_text", TEXT)
    c = replace(c, instruction_counts=TextCounts.of(TEXT, {"o200k_base": 7, "qwen": 9}))
    assert c.known_instruction_tokens("qwen") == 9
    assert c.known_instruction_tokens("cl100k_base") is None  # not counted under that one
    again = type(c).from_dict(c.to_dict(), "components[0]")
    assert again == c
    edited = c.with_field("instruction_text", TEXT + " Answer with one word.")
    assert edited.instruction_counts is None and edited.known_instruction_tokens("qwen") is None
    assert "instruction_counts" not in edited.to_dict()
    # counts that belong to another text (a hand-edited file) are never used or saved
    stale = replace(edited, instruction_counts=c.instruction_counts)
    assert stale.known_instruction_tokens("qwen") is None
    assert "instruction_counts" not in stale.to_dict()


@pytest.mark.parametrize(
    "bad",
    [
        "7",
        {"sha256": "x"},
        {"sha256": 1, "tokens": {}},
        {"sha256": "x", "tokens": {"o200k_base": -1}},
        {"sha256": "x", "tokens": {"o200k_base": "7"}},
    ],
)
def test_malformed_counts_are_a_clear_error(bad: object) -> None:
    data = new_component("intent", "classifier").with_field("instruction_text", TEXT).to_dict()
    data["instruction_counts"] = bad
    with pytest.raises(ComponentError, match="instruction_counts"):
        type(new_component("intent", "classifier")).from_dict(data, "components[0]")


@pytest.mark.parametrize("name", ["customer-service", "voice-assistant"])
def test_opening_an_example_loads_no_vocabulary_and_its_counts_are_exact(
    name: str, tmp_path: Path
) -> None:
    plan = load_example_plan(name)
    counted = [c for c in plan.components if c.instruction_text is not None]
    assert counted and all(c.instruction_counts is not None for c in counted)
    for c in counted:  # the stored counts are what the tokenizers say
        assert c.instruction_counts is not None
        for tokenizer, n in c.instruction_counts.tokens:
            assert n == count_tokens(c.instruction_text or "", tokenizer)
    saved = tmp_path / "again.gbplan"
    write_plan(plan, saved)
    reread = read_plan(saved)
    assert [c.instruction_counts for c in reread.components] == [
        c.instruction_counts for c in plan.components
    ]
    # The estimate of the example needs no vocabulary: every text it counts has its counts.
    tokenizers.forget_loaded()
    measures._pasted_tokens.cache_clear()
    result = estimate(plan, load_catalog())
    assert tokenizers.loaded_names() == ()
    assert all(s.first.total > Decimal(0) for s in result.scenarios)
