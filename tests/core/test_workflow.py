"""Workflow components: hand-computed plans, memory by turn, spoken replies, text on audio
rows, fixed models in a comparison, and plans of schema 1 brought up to schema 2."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from gptbots_planner.core.catalog import load_catalog
from gptbots_planner.core.components import new_component
from gptbots_planner.core.estimate import estimate
from gptbots_planner.core.plan import SCHEMA_VERSION, Plan, PlanError, Scenario
from gptbots_planner.core.planfile import plan_to_text, read_plan
from gptbots_planner.core.workflow import memory_mean

D = Decimal
FIXTURES = Path(__file__).parent / "fixtures"


def two_component_plan(*models: str) -> Plan:
    """A classifier on GPT-4.1-nano, then the answer on the compared model."""
    plan = Plan(name="two components")
    for name, value in {
        "system_prompt_tokens": 100,
        "user_message_tokens": 50,
        "reply_tokens": 200,
        "reply_characters": 800,
        "knowledge_tokens": 100000,
        "conversations_per_month": 1000,
        "turns_per_conversation": 2,
        "history_turns": 6,
        "chunks_retrieved_per_turn": 2,
        "chunk_tokens": 100,
        "months": 1,
    }.items():
        plan.set_field(name, value)
    classifier = new_component("intent", "classifier").with_field("model", "openai/gpt-4.1-nano-1m")
    plan.components = [
        classifier.with_field("instruction_tokens", 40).with_field("output_tokens", 5),
        new_component("answer", "answer"),
    ]
    plan.scenarios = [Scenario(m, "gptbots_key") for m in models or ("openai/gpt-4.1-1m",)]
    return plan


def test_two_component_plan_to_the_credit() -> None:
    s = estimate(two_component_plan(), load_catalog()).scenarios[0]
    # 2,000 turns; memory over 2 turns with history 6: (0 + 1) / 2 = 0.5 earlier turns.
    # classifier: 40 + 0.5 x (50 + 200) + 50 = 215 in, 5 out per turn, on nano (0.011 / 0.044)
    # answer: 100 + 2 x 100 + 0.5 x 250 + 50 = 475 in, 200 out, on GPT-4.1 (0.22 / 0.88)
    text = s.first.lines["llm_text"]
    assert text.components["intent"]["input_tokens"] == 430_000
    assert text.components["intent"]["output_tokens"] == 10_000
    assert text.components["intent"]["credits"] == D("4.73") + D("0.44")
    assert text.components["answer"]["input_tokens"] == 950_000
    assert text.components["answer"]["credits"] == D("209") + D("352")
    assert text.credits == D("566.17")
    # 100K indexed once + 2,000 x 50 query tokens at 0.0024 / 1K; 100K stored 31 days
    assert s.first.lines["knowledge_index"].credits == D("0.48")
    assert s.first.lines["knowledge_storage"].credits == D("3.1")
    assert s.monthly_total == D("569.75")
    rows = {r["id"]: r for r in s.to_dict()["components"]}
    assert rows["intent"]["model_id"] == "openai/gpt-4.1-nano-1m"
    assert rows["intent"]["month_1_credits"] == "5.17"
    assert rows["answer"]["model_id"] == "openai/gpt-4.1-1m"
    assert [n.code for n in s.note_items if n.code.startswith("component_")] == [
        "component_fixed_model"
    ]


def test_the_comparison_swaps_only_the_compared_components() -> None:
    plan = two_component_plan("openai/gpt-4.1-1m", "deepseek/deepseek-v3-64k")
    gpt, deepseek = estimate(plan, load_catalog()).scenarios
    for s in (gpt, deepseek):
        assert s.runs[0].model.id == "openai/gpt-4.1-nano-1m"
        assert s.first.lines["llm_text"].components["intent"]["credits"] == D("5.17")
    assert deepseek.runs[1].model.id == "deepseek/deepseek-v3-64k"
    # DeepSeek-V3: 950,000 x 0.0157 / 1K + 400,000 x 0.0314 / 1K
    assert deepseek.first.lines["llm_text"].components["answer"]["credits"] == D("27.475")


def test_a_fixed_component_that_does_not_fit_flags_the_scenario() -> None:
    plan = two_component_plan("openai/gpt-4.1-1m", "openai/gpt-4.1-mini-1m")
    plan.set_field("components.intent.model", "openai/gpt-4-8k")
    plan.set_field("components.intent.instruction_tokens", 9000)
    est = estimate(plan, load_catalog())
    for s in est.scenarios:
        assert s.fits_context is False
        assert s.call is not None and s.call.fits  # the compared model's own call fits
        assert any(n.code == "component_context_exceeded" for n in s.note_items)
    assert est.cheapest is None


@pytest.mark.parametrize(
    ("history", "means"),
    [
        (2, ["0", "0.5", "1", "1.25", "1.4", "1.5"]),
        (6, ["0", "0.5", "1", "1.5", "2", "2.5"]),
        (0, ["0"] * 6),
    ],
)
def test_memory_by_turn_for_one_to_six_turns(history: int, means: list[str]) -> None:
    assert [memory_mean(D(history), D(t)) for t in range(1, 7)] == [D(m) for m in means]


def test_memory_of_a_fractional_number_of_turns() -> None:
    # 2.5 turns: half the conversations have 2 turns (1 earlier turn sent), half 3 (3 sent)
    assert memory_mean(D(2), D("2.5")) == D(2) / D("2.5")
    assert memory_mean(D(2), D("0.5")) == 0


def test_one_turn_conversations_send_no_memory() -> None:
    plan = two_component_plan()
    plan.set_field("turns_per_conversation", 1)
    s = estimate(plan, load_catalog()).scenarios[0]
    # answer: 100 + 200 + 0 + 50 = 350 per turn x 1,000 turns
    assert s.first.lines["llm_text"].components["answer"]["input_tokens"] == 350_000
    note = next(n for n in s.note_items if n.code == "memory_by_turn")
    assert note.params["mean"] == "0"


def voice_plan(model: str) -> Plan:
    plan = two_component_plan(model)
    plan.components = [new_component("answer", "answer")]
    plan.settings.voice_mode = "audio_llm"
    plan.set_field("tts_playback_share", "0.5")
    plan.set_field("speaking_rate", 20)
    return plan


def test_spoken_replies_are_audio_output_and_no_tts() -> None:
    audio = estimate(voice_plan("openai/gpt-4o-mini-auido-128k"), load_catalog()).scenarios[0]
    # 0.5 x 800 characters / 20 a second = 20 s a turn x 20 audio tokens a second = 400,
    # 2,000 turns: 800,000 output audio tokens at 2.2 / 1K
    spoken = audio.first.lines["llm_audio"]
    assert spoken.parts["output_tokens"] == 800_000
    assert spoken.credits == D("1760")
    assert audio.first.lines["tts"].quantity == 0
    assert any(n.code == "spoken_replies" for n in audio.note_items)
    text = estimate(voice_plan("openai/gpt-4o-mini-128k"), load_catalog()).scenarios[0]
    assert text.first.lines["llm_audio"].quantity == 0
    assert text.first.lines["tts"].quantity == 800_000  # 0.5 x 800 x 2,000 turns


@pytest.mark.parametrize(
    ("setting", "text_row", "credits"),
    [
        # 950,000 in + 400,000 out at the audio row's 1.1 / 2.2 per 1K
        ("audio_row", "openai/gpt-4o-mini-auido-128k", D("1045") + D("880")),
        # ... or at GPT-4o-mini-128k's 0.0165 / 0.0665
        ("text_sibling", "openai/gpt-4o-mini-128k", D("15.675") + D("26.6")),
    ],
)
def test_text_on_an_audio_row_both_ways(setting: str, text_row: str, credits: D) -> None:
    plan = voice_plan("openai/gpt-4o-mini-auido-128k")
    plan.set_field("tts_playback_share", 0)
    plan.set_field("audio_row_text", setting)
    s = estimate(plan, load_catalog()).scenarios[0]
    assert s.text_pricing_model.id == text_row
    assert s.first.lines["llm_text"].credits == credits
    note = next(n for n in s.note_items if n.code == "audio_row_text")
    assert note.params["setting"] == setting


def test_set_reaches_a_component_and_refuses_llm_calls_per_turn() -> None:
    plan = two_component_plan()
    plan.set_field("components.intent.output_tokens", "20")
    assert plan.component("intent").output_tokens == 20
    plan.set_field("components.answer.sends_memory", "no")
    assert plan.component("answer").sends_memory is False
    with pytest.raises(PlanError) as exc:
        plan.set_field("llm_calls_per_turn", "2")
    assert exc.value.message.code == "calls_per_turn_replaced"
    with pytest.raises(PlanError) as exc:
        plan.set_field("components.nope.output_tokens", "2")
    assert exc.value.message.code == "unknown_component"
    with pytest.raises(PlanError):
        plan.set_field("components.intent.turn_share", "1.5")


def test_components_round_trip_through_the_plan_file() -> None:
    plan = two_component_plan()
    again = Plan.from_dict(json.loads(plan_to_text(plan)))
    assert again.components == plan.components
    assert again.migrated_from is None
    assert json.loads(plan_to_text(plan))["schema_version"] == SCHEMA_VERSION == 3


OLD_TOTALS = {  # month 1, GPT-4.1-1M / GPT-4o-mini-Audio on the GPTBots key, before schema 2
    "customer-service": D("5750.2519064"),
    "voice-assistant": D("14046.4183874"),
}


@pytest.mark.parametrize("name", ["customer-service", "voice-assistant"])
def test_schema_1_examples_are_upgraded(name: str) -> None:
    path = FIXTURES / f"{name}-schema1.gbplan"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    calls = D(data["assumptions"]["llm_calls_per_turn"])
    plan = read_plan(path)
    assert plan.migrated_from == 1
    assert "llm_calls_per_turn" not in plan.assumptions
    assert len(plan.components) == calls  # the answer and N - 1 copies of it
    assert all(c.compared and c.writes_reply for c in plan.components)
    catalog = load_catalog()
    s = estimate(plan, catalog).scenarios[0]
    # Undo the two corrections by hand: memory back to the old fixed history_turns
    # (the plan's 2 earlier turns on every turn) and, in voice mode, spoken replies back to TTS.
    ms = s.measures
    turns = s.first.turns
    history = plan.get("history_turns")
    mean = memory_mean(history, plan.get("turns_per_conversation"))
    memory_tokens = (history - mean) * (ms.user_message_tokens + ms.reply_tokens) * calls * turns
    price = s.text_pricing_model.price("gptbots_key", "input").value
    assert price is not None
    memory_credits = memory_tokens * price / 1000
    spoken = s.first.lines["llm_audio"].parts.get("output_credits", D(0))
    tts_back = (
        estimate(_with_tts(plan), catalog).scenarios[0].first.lines["tts"].credits
        if spoken
        else D(0)
    )
    assert s.monthly_total + memory_credits - spoken + tts_back == OLD_TOTALS[name]


def _with_tts(plan: Plan) -> Plan:
    """The plan as a text model would bill the replies: TTS for every played reply."""
    other = plan.copy()
    other.scenarios = [Scenario("openai/gpt-4o-mini-128k", "gptbots_key")]
    return other


def test_upgraded_plan_saves_as_the_current_schema(tmp_path: Path) -> None:
    plan = read_plan(FIXTURES / "customer-service-schema1.gbplan")
    data = json.loads(plan_to_text(plan))
    assert data["schema_version"] == SCHEMA_VERSION == 3  # schema 3 since relative paths
    assert [c["id"] for c in data["components"]] == ["answer", "answer-2"]
    assert plan.copy().migrated_from == 1
