"""Every number explains itself: evaluating an explanation gives exactly the engine's number.

For every line of every month of every scenario of the example plans, the golden plans and
generated plans, the explanation's charges (named factors, evaluated with Decimal) give the
engine's ``Line.credits`` and ``Line.quantity`` to the last digit, each workflow component's
charges its credits, and a month's lines its total.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gptbots_planner.core import charges
from gptbots_planner.core.catalog import Catalog, load_catalog
from gptbots_planner.core.components import new_component
from gptbots_planner.core.estimate import estimate
from gptbots_planner.core.explain import (
    Factor,
    component_terms,
    explain_month,
    explain_scenario,
    leaves,
)
from gptbots_planner.core.explain_model import evaluate, sum_credits
from gptbots_planner.core.explain_text import render_line, render_month, text_of
from gptbots_planner.core.money import fmt_credits
from gptbots_planner.core.plan import Plan, Scenario
from gptbots_planner.core.planfile import example_plan_paths, load_example_plan, read_plan
from gptbots_planner.vocab import explain_terms
from gptbots_planner.vocab.text import english, translator

D = Decimal
GOLDEN_PLANS = sorted((Path(__file__).parents[1] / "golden" / "plans").glob("*.gbplan"))


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(use_user_file=False)


def mismatches(plan: Plan, catalog: Catalog) -> list[str]:
    """Every place where an explanation and the engine disagree (empty: none)."""
    found = []
    for s in estimate(plan, catalog).scenarios:
        where = f"{s.model.id}/{s.key_mode}"
        explained = explain_scenario(plan, catalog, s)
        assert [m.index for m in explained] == [m.index for m in s.months]
        for mx, month in zip(explained, s.months, strict=True):
            if mx.total != month.total:
                found.append(f"{where} month {month.index} total {mx.total} != {month.total}")
            if mx.turns.value != month.turns or mx.days.value != month.days:
                found.append(f"{where} month {month.index} turns/days")
            if mx.knowledge.value != month.knowledge_tokens:
                found.append(f"{where} month {month.index} knowledge")
            for type_id, line in month.lines.items():
                x = mx.lines[type_id]
                if x.provider_usd != line.provider_usd:
                    found.append(
                        f"{where} month {month.index} {type_id} vendor: "
                        f"{x.provider_usd} != {line.provider_usd}"
                    )
                if (x.credits, x.quantity) != (line.credits, line.quantity):
                    found.append(
                        f"{where} month {month.index} {type_id}: "
                        f"{x.credits} != {line.credits} or {x.quantity} != {line.quantity}"
                    )
            for cid, part in month.lines["llm_text"].components.items():
                text = sum_credits([t.credits for t in mx.lines["llm_text"].component_terms(cid)])
                if text != part.get("credits"):
                    found.append(f"{where} month {month.index} component {cid}: {text}")
            for cid, part in month.lines["llm_audio"].components.items():
                audio = mx.lines["llm_audio"].component_credits(cid)
                if audio != part.get("credits"):
                    found.append(f"{where} month {month.index} audio component {cid}: {audio}")
    return found


@pytest.mark.parametrize("path", [*example_plan_paths(), *GOLDEN_PLANS], ids=lambda p: p.stem)
def test_every_line_of_the_plans_is_the_engines_number(path: Path, catalog: Catalog) -> None:
    plan = read_plan(path)
    assert mismatches(plan, catalog) == []


@pytest.mark.parametrize(
    "changes",
    [
        # the golden variations: audio, growth, rounding, fixed 30 days, negative growth
        {
            "voice_mode": "audio_llm",
            "voice_turn_share": "0.3",
            "image_rule": "high",
            "asr_rounding": "per_started_minute",
            "monthly_growth": "0.05",
            "kb_growth_tokens_per_month": "200000",
            "image_turn_share": "0.25",
            "months": "24",
        },
        {
            "days_mode": "fixed30",
            "history_turns": "5",
            "chunks_reranked_per_turn": "3",
            "tts_playback_share": "1",
            "reply_tokens": "300",
            "tool_calls_per_turn": "2",
            "monthly_growth": "-0.02",
            "kb_growth_timing": "first_day",
        },
    ],
)
def test_golden_variations_explain_exactly(changes: dict[str, str], catalog: Catalog) -> None:
    for path in example_plan_paths():
        plan = read_plan(path)
        for name, value in changes.items():
            plan.set_field(name, value)
        assert mismatches(plan, catalog) == []


def test_a_changed_engine_formula_is_caught(
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check can fail: an engine that bills rerank twice no longer matches."""
    plan = load_example_plan()
    assert mismatches(plan, catalog) == []
    original = charges.LINE_BUILDERS["rerank"]

    def doubled(per_turn, month, prices):  # type: ignore[no-untyped-def]
        line = original(per_turn, month, prices)
        line.credits = None if line.credits is None else line.credits * 2
        return line

    monkeypatch.setitem(charges.LINE_BUILDERS, "rerank", doubled)
    assert any("rerank" in m for m in mismatches(plan, catalog))


MODELS = [
    "openai/gpt-4.1-1m",
    "openai/gpt-o3",
    "deepseek/r1",
    "openai/gpt-4o-audio-128k",
    "google/gemini-2.5-flash-audio-input",
    "ali/qwen2.0-audio",
]
decimals = st.decimals(min_value=0, max_value=1, places=3)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    conversations=st.integers(min_value=0, max_value=10**6),
    turns=st.decimals(min_value=0, max_value=12, places=2),
    history=st.integers(min_value=0, max_value=8),
    chunks=st.decimals(min_value=0, max_value=6, places=1),
    chunk_tokens=st.integers(min_value=0, max_value=900),
    knowledge=st.sampled_from([0, 100, 50_000]),
    shares=st.tuples(decimals, decimals, decimals, decimals),
    growth=st.decimals(min_value=D("-0.1"), max_value=D("0.3"), places=3),
    kb_growth=st.integers(min_value=0, max_value=10**6),
    months=st.integers(min_value=1, max_value=6),
    settings_=st.tuples(
        st.sampled_from(["asr", "audio_llm"]),
        st.sampled_from(["per_second", "per_started_minute"]),
        st.sampled_from(["calendar", "fixed30"]),
        st.sampled_from(["evenly", "first_day"]),
        st.sampled_from(["text_sibling", "audio_row"]),
    ),
    models=st.lists(st.sampled_from(MODELS), min_size=1, max_size=3, unique=True),
    fixed=st.sampled_from([None, "openai/gpt-4.1-nano-1m", "openai/gpt-4o-audio-128k"]),
    key=st.sampled_from(["gptbots_key", "own_key"]),
)
def test_generated_plans_explain_exactly(
    conversations: int,
    turns: Decimal,
    history: int,
    chunks: Decimal,
    chunk_tokens: int,
    knowledge: int,
    shares: tuple[Decimal, Decimal, Decimal, Decimal],
    growth: Decimal,
    kb_growth: int,
    months: int,
    settings_: tuple[str, str, str, str, str],
    models: list[str],
    fixed: str | None,
    key: str,
) -> None:
    catalog = load_catalog(use_user_file=False)
    plan = Plan(name="generated")
    image, voice, tts, classified = shares
    for name, value in {
        "system_prompt_tokens": 120,
        "user_message_tokens": "37.5",
        "reply_tokens": 210,
        "reply_characters": 830,
        "image_tokens_per_image": 765,
        "voice_seconds_per_message": "14.2",
        "knowledge_tokens": knowledge,
        "conversations_per_month": conversations,
        "turns_per_conversation": turns,
        "history_turns": history,
        "chunks_retrieved_per_turn": chunks,
        "chunks_reranked_per_turn": chunks,
        "chunk_tokens": chunk_tokens,
        "image_turn_share": image,
        "voice_turn_share": voice,
        "tts_playback_share": tts,
        "classified_question_share": classified,
        "tool_calls_per_turn": "0.5",
        "monthly_growth": growth,
        "kb_growth_tokens_per_month": kb_growth,
        "months": months,
    }.items():
        plan.set_field(name, value)
    (plan.settings.voice_mode, plan.settings.asr_rounding, plan.settings.days_mode) = settings_[:3]
    plan.settings.kb_growth_timing, plan.settings.audio_row_text = settings_[3:]
    answer = new_component("answer", "answer")
    condition = new_component("check", "condition").with_field("calls_per_turn", "1.5")
    plan.components = [answer, condition]
    if fixed is not None:
        first = new_component("intent", "classifier").with_field("model", fixed)
        plan.components.insert(0, first.with_field("turn_share", "0.6"))
    plan.scenarios = [Scenario(m, key) for m in models]
    assert mismatches(plan, catalog) == []


def test_hand_checked_formula_reads_the_plans_numbers(catalog: Catalog) -> None:
    """The customer-service example's rerank line, written out with its own numbers."""
    plan = load_example_plan("customer-service")
    s = estimate(plan, catalog).scenarios[0]
    month = explain_month(plan, catalog, s, 1)
    rendered = render_line(month.lines["rerank"], english, month.label)
    a, ms = plan.assumptions, s.measures
    assert (a["conversations_per_month"], a["turns_per_conversation"]) == (3000, 4)
    assert (a["chunks_reranked_per_turn"], a["chunk_tokens"]) == (2, 250)
    assert ms.user_message_tokens_embedding == 20
    # by hand: 12,000 turns x 2 x (20 + 250) tokens = 6,480,000 tokens x 0.0022 / 1K = 14.256
    assert rendered.formulas == [
        (
            "Question and chunks reranked",
            "3,000 conversations × 4 turns × 2 chunks × (20 tokens + 250 tokens)"
            " × 0.0022 credits / 1K tokens = 14.26 credits",
        )
    ]
    assert month.lines["rerank"].credits == s.first.lines["rerank"].credits == D("14.256")
    assert rendered.title == "Knowledge rerank in 2027-01: 14.26 credits"
    text = text_of(rendered)
    assert "3,000 conversations: Conversations per month (plan assumption)" in text
    assert "0.0022 credits / 1K tokens: Price of reranker-v1-base-en (pricing page)" in text
    assert "20 tokens: User message, counted by the embedding model (measured" in text


def test_leaves_are_the_plans_and_catalogs_numbers(catalog: Catalog) -> None:
    plan = load_example_plan()
    s = estimate(plan, catalog).scenarios[0]
    month = explain_month(plan, catalog, s, 1)
    for term in month.lines["llm_text"].terms:
        for f in leaves(term.quantity):
            assert isinstance(f, Factor)
            if f.source == "plan":
                assert f.value == plan.assumptions[f.ref]
            if f.derivation is not None:
                assert f.value == evaluate(f.derivation)
        assert term.price.source in ("catalog", "user_price")
    # the components of the workflow each have their terms
    for c in plan.components:
        assert component_terms(month, c.id)


def test_chinese_rendering_translates_the_words(catalog: Catalog) -> None:
    plan = load_example_plan()
    s = estimate(plan, catalog).scenarios[0]
    month = explain_month(plan, catalog, s, 2)
    zh = translator("zh")
    text = text_of(render_month(month, zh)) + text_of(render_line(month.lines["llm_text"], zh))
    for word in ("conversations", "turns", "plan assumption", "credits", "pricing page"):
        assert word not in text, word
    for t in explain_terms.all_texts():
        assert zh(t) != t.source, t


def test_the_own_keys_vendor_bill_is_explained(catalog: Catalog) -> None:
    plan = load_example_plan("customer-service")
    plan.scenarios = [Scenario("openai/gpt-4.1-1m", "own_key")]
    s = estimate(plan, catalog).scenarios[0]
    month = explain_month(plan, catalog, s, 1)
    line = month.lines["llm_text"]
    assert line.provider_usd == s.first.lines["llm_text"].provider_usd
    rendered = render_line(line, english, month.label)
    vendor = [f for what, f in rendered.formulas if "vendor" in what or "vendor" in f]
    assert vendor[-1] == f"The vendor's bill for this line: ${fmt_credits(line.provider_usd)}"
    assert all(" USD / 1M tokens = $" in f for f in vendor[:-1])
    assert "2 USD / 1M tokens: Vendor price of GPT-4.1-1M" in text_of(rendered)
    # on the GPTBots key there is no vendor bill to explain
    plan.scenarios = [Scenario("openai/gpt-4.1-1m", "gptbots_key")]
    s = estimate(plan, catalog).scenarios[0]
    line = explain_month(plan, catalog, s, 1).lines["llm_text"]
    assert line.provider_usd == 0
    assert not [f for _, f in render_line(line, english).formulas if "USD" in f]
