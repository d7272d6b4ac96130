"""The monthly estimate, against hand-computed figures and the seed's rules."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gptbots_planner.core.catalog import (
    BILLING_TYPES,
    load_catalog,
    read_user_catalog,
    write_user_catalog,
)
from gptbots_planner.core.charges import LINE_BUILDERS
from gptbots_planner.core.components import components_from_list
from gptbots_planner.core.estimate import estimate
from gptbots_planner.core.migrate import answer_and_copies
from gptbots_planner.core.plan import Plan, PlanError, PlanItem, Scenario
from gptbots_planner.core.planfile import (
    example_plan_paths,
    load_example_plan,
    read_plan,
    write_plan,
)
from gptbots_planner.measure.records import Measurement

D = Decimal


def hand_plan() -> Plan:
    plan = Plan(name="hand")
    for name, value in {
        "system_prompt_tokens": 100,
        "user_message_tokens": 50,
        "reply_tokens": 200,
        "reply_characters": 800,
        "image_tokens_per_image": 765,
        "voice_seconds_per_message": 30,
        "knowledge_tokens": 100000,
    }.items():
        plan.set_field(name, value)
    for name, text in {
        "conversations_per_month": "1000",
        "turns_per_conversation": "4",
        "history_turns": "2",
        "chunks_retrieved_per_turn": "3",
        "chunk_tokens": "400",
        "chunks_reranked_per_turn": "3",
        "image_turn_share": "0.1",
        "voice_turn_share": "0.2",
        "tts_playback_share": "0.5",
        "tool_calls_per_turn": "0.1",
        "months": "3",
        "monthly_growth": "0",
    }.items():
        plan.set_field(name, text)
    plan.settings.start_month = "2027-02"
    plan.scenarios = [Scenario("openai/gpt-4.1-1m", "gptbots_key")]
    # two identical answering calls per turn (what llm_calls_per_turn = 2 was)
    plan.components = components_from_list(answer_and_copies(D(2)), "hand")
    return plan


def test_hand_computed_month() -> None:
    est = estimate(hand_plan(), load_catalog())
    s = est.scenarios[0]
    m1 = s.first
    credits = {t: m1.lines[t].credits for t in BILLING_TYPES}
    # 4000 turns; memory over 4 turns with history 2: (0 + 1 + 2 + 2) / 4 = 1.25 turns;
    # input per turn 2*(100+1200+1.25*250+50) + 0.1*2*765 = 3478 tokens at 0.22 / 1K
    assert m1.lines["llm_text"].parts["input_tokens"] == 13_912_000
    assert credits["llm_text"] == D("3060.64") + D("1408")
    assert credits["asr"] == D("352")  # 24,000 s = 400 min at 0.88
    assert credits["tts"] == D("2640")  # 1.6M characters at 1.65 / 1000
    assert credits["knowledge_index"] == D("0.72")  # 100K once + 200K query tokens at 0.0024
    assert credits["knowledge_storage"] == D("2.8")  # 100K tokens x 28 days (Feb 2027) at 0.001
    # the rerank service receives the question with each chunk: 3 x (50 + 400) per turn
    assert credits["rerank"] == D("11.88")  # 5.4M tokens at 0.0022 / 1K
    assert credits["llm_audio"] == 0
    assert credits["tool_call"] is None  # used (400 calls) but the seed gives no price
    assert m1.lines["tool_call"].quantity == 400
    assert s.unpriced_types == ["tool_call"]
    assert s.monthly_total == D("7476.04")
    assert s.monthly_total_usd == D("74.7604")
    assert s.one_time_indexing == D("0.24")
    assert s.recurring_monthly == D("7475.80")
    # March has 31 days and nothing new to index.
    assert s.months[1].days == 31 and s.months[1].total == D("7476.10")
    assert [m.label for m in s.months] == ["2027-02", "2027-03", "2027-04"]
    assert est.cheapest is None  # its only scenario has an unpriced part


def test_user_price_for_tool_calls_completes_the_total() -> None:
    data = read_user_catalog()
    data["open_prices"]["tool_call"] = "1.5"
    write_user_catalog(data)
    s = estimate(hand_plan(), load_catalog()).scenarios[0]
    assert s.first.lines["tool_call"].credits == D("600")
    assert s.unpriced_types == []
    assert s.monthly_total == D("8076.04")


def test_audio_llm_and_fallback_to_asr() -> None:
    plan = hand_plan()
    plan.settings.voice_mode = "audio_llm"
    plan.scenarios = [
        Scenario("openai/gpt-4o-audio-128k", "gptbots_key"),
        Scenario("openai/gpt-4.1-1m", "own_key"),
    ]
    audio, fallback = estimate(plan, load_catalog()).scenarios
    # both calls hear the voice: 0.2 x 2 x 30 s x 10 tokens/s = 120 audio tokens per turn,
    # 480,000 a month, at 4.4 / 1K
    heard = audio.first.lines["llm_audio"].parts
    assert heard["input_tokens"] == 480_000
    assert heard["input_credits"] == D("2112")
    assert audio.first.lines["asr"].credits == 0
    assert fallback.first.lines["llm_audio"].credits == 0
    assert fallback.first.lines["asr"].credits == D("32")  # own key: 0.08 per 60 s
    assert any("takes no audio" in n for n in fallback.notes)


def test_fixed_30_days_growth_and_knowledge_growth() -> None:
    plan = hand_plan()
    plan.settings.days_mode = "fixed30"
    plan.set_field("monthly_growth", "0.1")
    plan.set_field("kb_growth_tokens_per_month", "50000")
    s = estimate(plan, load_catalog()).scenarios[0]
    m2 = s.months[1]
    assert m2.days == 30
    assert m2.conversations == D("1100")
    assert m2.knowledge_tokens == 150_000
    # kb_growth_timing "evenly" (default): the 50K added in month 2 are stored 15 of its
    # 30 days on average: (100K x 30 + 50K x 15) token-days at 0.001 / 1K / day = 3.75
    assert m2.lines["knowledge_storage"].credits == D("3.75")
    assert m2.lines["knowledge_storage"].quantity == 3_750_000
    assert m2.lines["knowledge_index"].parts["one_time_tokens"] == 50_000
    assert s.months[2].conversations == D("1210.00")
    # month 1's starting documents are stored from the 1st: 100K x 30 days = 3.0
    assert s.first.lines["knowledge_storage"].credits == D("3")
    # "first_day": everything held in month 2 is stored all 30 days: 150K x 30 = 4.5
    plan.settings.kb_growth_timing = "first_day"
    s = estimate(plan, load_catalog()).scenarios[0]
    assert s.months[1].lines["knowledge_storage"].credits == D("4.5")
    assert s.months[2].lines["knowledge_storage"].credits == D("6")  # 200K x 30


def test_per_started_minute_rounding() -> None:
    plan = hand_plan()
    plan.settings.asr_rounding = "per_started_minute"
    s = estimate(plan, load_catalog()).scenarios[0]
    assert s.measures.billed_voice_seconds_per_message == 60
    assert s.first.lines["asr"].credits == D("704")


@pytest.mark.parametrize("path", example_plan_paths(), ids=lambda p: p.stem)
def test_example_plans_break_down_by_the_ten_types(path) -> None:
    plan = read_plan(path)
    est = estimate(plan, load_catalog())
    assert len(est.scenarios) >= 2
    for s in est.scenarios:
        assert tuple(s.first.lines) == BILLING_TYPES
        assert s.monthly_total > 0
        assert s.measures.user_message_tokens > 0 and s.measures.knowledge_tokens > 0
    data = est.to_dict()
    assert set(data["scenarios"][0]["by_type"]) == set(BILLING_TYPES)


@pytest.mark.parametrize("path", example_plan_paths(), ids=lambda p: p.stem)
def test_doubling_conversations_doubles_per_conversation_parts_only(path) -> None:
    plan = read_plan(path)
    catalog = load_catalog()
    base = estimate(plan, catalog)
    plan.set_field("conversations_per_month", plan.get("conversations_per_month") * 2)
    doubled = estimate(plan, catalog)
    for a, b in zip(base.scenarios, doubled.scenarios, strict=True):
        for t in (
            "llm_text",
            "llm_audio",
            "asr",
            "tts",
            "rerank",
            "tool_call",
            "database_processing",
            "question_classification",
        ):
            assert b.first.lines[t].quantity == 2 * a.first.lines[t].quantity, t
            credits_a = a.first.lines[t].credits
            if credits_a is not None:
                assert b.first.lines[t].credits == 2 * credits_a, t
        ia, ib = a.first.lines["knowledge_index"].parts, b.first.lines["knowledge_index"].parts
        assert ib["one_time_tokens"] == ia["one_time_tokens"]
        assert ib["query_tokens"] == 2 * ia["query_tokens"]
        assert (
            b.first.lines["knowledge_storage"].credits == a.first.lines["knowledge_storage"].credits
        )


def test_customer_service_example_reads_tool_calls_as_unpriced() -> None:
    est = estimate(load_example_plan("customer-service"), load_catalog())
    for s in est.scenarios:
        assert s.first.lines["tool_call"].credits is None
        assert "tool_call" in s.unpriced_types
        assert s.to_dict()["by_type"]["tool_call"]["credits"] is None


def test_tokenizer_follows_the_model() -> None:
    plan = load_example_plan("customer-service")
    plan.scenarios = [
        Scenario("openai/gpt-4.1-1m", "gptbots_key"),
        Scenario("openai/gpt-4-8k", "gptbots_key"),
    ]
    a, b = estimate(plan, load_catalog()).scenarios
    assert a.measures.tokenizer == "o200k_base" and b.measures.tokenizer == "cl100k_base"
    assert a.measures.system_prompt_tokens != b.measures.system_prompt_tokens


def test_measured_items_feed_the_measures() -> None:
    plan = Plan()
    plan.items = [
        PlanItem(
            Measurement(path="/a.png", name="a.png", kind="image", width=2000, height=500),
            "image_attachment",
        ),
        PlanItem(
            Measurement(path="/b.png", name="b.png", kind="image", width=512, height=512),
            "image_attachment",
        ),
        PlanItem(
            Measurement(path="/v.wav", name="v.wav", kind="audio", seconds="61.5"), "voice_message"
        ),
        PlanItem(
            Measurement(path="/v2.wav", name="v2.wav", kind="audio", seconds="10"), "voice_message"
        ),
        PlanItem(
            Measurement(path="/bad.pdf", name="bad.pdf", kind="error", error="corrupt"),
            "knowledge_document",
        ),
        PlanItem(
            Measurement(
                path="/d.txt",
                name="d.txt",
                kind="text",
                tokens={"cl100k_base": 1234, "o200k_base": 1200},
            ),
            "knowledge_document",
        ),
    ]
    s = estimate(plan, load_catalog()).scenarios[0]
    assert s.measures.image_tokens_per_image == (765 + 255) / D(2)
    assert s.measures.voice_seconds_per_message == D("35.75")
    assert s.measures.knowledge_tokens == 1234  # the embedding model's tokenizer (cl100k_base)


def test_unknown_model_is_a_plan_error() -> None:
    plan = Plan(scenarios=[Scenario("nope/nope", "own_key")])
    with pytest.raises(PlanError, match="unknown model"):
        estimate(plan, load_catalog())


def test_plan_round_trip_keeps_every_total(tmp_path) -> None:
    plan = load_example_plan("voice-assistant")
    path = write_plan(plan, tmp_path / "v.gbplan")
    again = read_plan(path)
    catalog = load_catalog()
    assert [s.monthly_total for s in estimate(again, catalog).scenarios] == [
        s.monthly_total for s in estimate(plan, catalog).scenarios
    ]


@settings(max_examples=40, deadline=None)
@given(
    conversations=st.integers(min_value=0, max_value=10**7),
    share=st.decimals(min_value=0, max_value=1, places=3),
)
def test_total_is_linear_in_conversations(conversations: int, share: Decimal) -> None:
    plan = hand_plan()
    plan.set_field("voice_turn_share", share)
    plan.set_field("conversations_per_month", conversations)
    s = estimate(plan, load_catalog()).scenarios[0]
    storage = s.first.lines["knowledge_storage"].credits
    assert storage is not None
    fixed = storage + s.one_time_indexing
    per_conversation = (s.monthly_total - fixed) / conversations if conversations else None
    if per_conversation is not None:
        plan.set_field("conversations_per_month", conversations * 3)
        s3 = estimate(plan, load_catalog()).scenarios[0]
        assert s3.monthly_total - fixed == 3 * (s.monthly_total - fixed)


def test_long_growth_keeps_the_engine_precision() -> None:
    """1.05^119 has 238 decimals: the engine keeps 60 significant digits, not the default 28."""
    from decimal import localcontext

    plan = hand_plan()
    plan.set_field("monthly_growth", "0.05")
    plan.set_field("months", 120)
    last = estimate(plan, load_catalog()).scenarios[0].months[-1]
    with localcontext() as ctx:
        ctx.prec = 400
        exact = D(1000) * D("1.05") ** 119
    assert abs(last.conversations - exact) < D("1e-50")


def test_audio_input_row_bills_only_audio_and_its_text_at_the_sibling_row() -> None:
    """Gemini-2.5-Flash(audio input) 0.11 / 1K is the audio price; text goes at Flash's 0.011."""
    plan = hand_plan()
    plan.settings.voice_mode = "audio_llm"
    plan.scenarios = [
        Scenario("google/gemini-2.5-flash-audio-input", "gptbots_key"),
        Scenario("google/gemini-2.5-flash", "gptbots_key"),
    ]
    audio, flash = estimate(plan, load_catalog()).scenarios
    assert audio.text_pricing_model.id == "google/gemini-2.5-flash"
    assert audio.first.lines["llm_text"].credits == flash.first.lines["llm_text"].credits
    # 4000 turns x 0.2 voice share x 2 calls x 30 s x 32 tokens/s = 1,536,000 audio tokens
    # at 0.11 / 1K; an "(audio input)" row does not speak (the replies go to TTS)
    assert audio.first.lines["llm_audio"].quantity == 1_536_000
    assert audio.first.lines["llm_audio"].credits == D("168.96")
    assert audio.first.lines["tts"].credits == flash.first.lines["tts"].credits
    assert flash.first.lines["asr"].credits == D("352")  # plain Flash takes no audio: ASR
    # input 13,912,000 x 0.011 / 1K + output 1,600,000 x 0.066 / 1K
    assert flash.first.lines["llm_text"].credits == D("153.032") + D("105.6")


def test_a_share_without_its_measure_is_noted_not_silently_zero() -> None:
    quiet = estimate(hand_plan(), load_catalog()).scenarios[0]
    assert not [n for n in quiet.note_items if n.code == "missing_measure"]
    plan = Plan()  # only knowledge: no sample, no reply, no voice note
    plan.items = [
        PlanItem(
            Measurement(path="/d.txt", name="d.txt", kind="text", tokens={"cl100k_base": 900}),
            "knowledge_document",
        )
    ]
    plan.set_field("voice_turn_share", "0.5")
    s = estimate(plan, load_catalog()).scenarios[0]
    missing = {
        (n.params["assumption"], n.params["measure"])
        for n in s.note_items
        if n.code == "missing_measure"
    }
    assert missing == {
        ("voice_turn_share", "voice_seconds_per_message"),
        ("conversations_per_month", "reply_tokens"),
        ("conversations_per_month", "user_message_tokens"),
    }
    assert s.first.lines["asr"].credits == 0  # what the note warns about


def test_retrieving_more_than_the_knowledge_base_holds_is_said() -> None:
    plan = hand_plan()
    assert not any(
        n.code == "retrieval_exceeds_kb"
        for n in estimate(plan, load_catalog()).scenarios[0].note_items
    )
    plan.set_field("knowledge_tokens", 1000)  # 3 chunks x 400 tokens = 1200 per turn
    notes = estimate(plan, load_catalog()).scenarios[0].note_items
    assert [n.params for n in notes if n.code == "retrieval_exceeds_kb"] == [
        {"retrieved": "1200", "knowledge": "1000"}
    ]


def test_every_billing_type_has_one_line_builder_in_the_platform_order() -> None:
    assert tuple(LINE_BUILDERS) == BILLING_TYPES
