"""Build the example plans in resources/examples/ from the texts below.

Run after changing the texts: ``python scripts/build_examples.py``.  Token
counts are measured with every bundled tokenizer (``BUNDLED``).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from gptbots_planner.core.components import Component, TextCounts, new_component
from gptbots_planner.core.plan import Plan, PlanItem, Scenario
from gptbots_planner.core.planfile import write_plan
from gptbots_planner.measure.records import Measurement
from gptbots_planner.measure.tokenizers.specs import TOKENIZERS
from gptbots_planner.measure.tokens import count_tokens

ROOT = Path(__file__).resolve().parent.parent / "resources" / "examples"
# Every bundled tokenizer: an example's texts are counted for each model it compares, so
# opening an example loads no vocabulary into the window's process.
BUNDLED = tuple(name for name, spec in TOKENIZERS.items() if spec.bundled)


def pasted(name: str, text: str, role: str) -> PlanItem:
    m = Measurement(
        path="",
        name=name,
        kind="text",
        chars=len(text),
        words=len(text.split()),
        encoding="UTF-8",
    )
    m.tokens = {t: count_tokens(text, t) for t in BUNDLED}
    return PlanItem(
        measurement=m, role=role, text=text, item_id=name.lower().replace(" ", "-")[:40]
    )


SUPPORT_PROMPT = """You are Maple, the customer-service assistant of Northwind Outdoor, an online shop for hiking and camping gear.
Answer in the customer's language, in short friendly paragraphs. Use only the knowledge provided in the context:
shipping, returns, warranty, sizing and order questions. If the answer is not in the context, say so and offer to
hand the conversation to a human agent (office hours Monday to Friday, 9:00-18:00 CET). Never invent order
numbers, prices or delivery dates. When a customer gives an order number, call the order-status tool once and
summarise its answer. Keep every reply under 120 words and end with one helpful next step."""

SHIPPING = """Shipping policy
We ship from our warehouse in Rotterdam every working day. Orders placed before 14:00 CET leave the same day.
Standard delivery within the Netherlands and Belgium takes 1-2 working days and costs EUR 4.95; it is free above EUR 60.
Delivery to Germany, France, Luxembourg and Austria takes 2-4 working days and costs EUR 6.95; free above EUR 90.
Other EU countries: 3-6 working days, EUR 9.95, free above EUR 120. We do not ship outside the European Union.
Every parcel gets a tracking link by e-mail as soon as it leaves the warehouse. Parcels can be sent to a pick-up point.
Bulky items such as tents over 10 kg ship by freight and take 2 extra days. Customs fees never apply inside the EU.
If a parcel is marked delivered but you did not receive it, contact us within 14 days and we open an investigation
with the carrier; in most cases a replacement ships within 5 working days."""

RETURNS = """Returns and refunds
You may return any unused item within 30 days of delivery, no reason needed. Start a return from your account page or
by replying to your order confirmation. Print the prepaid label (EUR 4.95 is deducted from the refund unless the item is
faulty) and drop the parcel at any carrier point. Refunds are paid to the original payment method within 5 working
days of the parcel reaching our warehouse. Items must be clean, with labels attached. Sleeping bags and mats that were
used cannot be returned for hygiene reasons unless faulty. Exchanges for another size are free: choose 'exchange' when
you start the return and we ship the new size as soon as the old one is scanned by the carrier.
Warranty: all gear carries a two-year legal warranty. Our own Northwind-brand tents, packs and jackets carry a five-year
warranty against manufacturing defects. For a warranty claim send photos of the defect and your order number; we
repair, replace or refund within 10 working days."""

SIZING = """Sizing and product questions
Hiking boots run true to size; if you are between sizes, choose the larger one and wear hiking socks when you try them.
Our rain jackets have an athletic fit: size up if you wear thick fleece layers underneath. Backpack sizes refer to
torso length, not height: measure from the bony bump at the base of your neck to the top of your hip bones.
S fits 40-45 cm, M 45-50 cm, L 50-55 cm. Tent capacity assumes standard 60 cm mats packed side by side; for comfort
choose one person more than you need. Down sleeping bags list a comfort and a limit temperature; plan with the comfort
value. Gas canisters cannot be shipped by post and are sold in our Rotterdam store only."""

SUPPORT_QUESTIONS = [
    "Hi, I ordered a tent last Tuesday (order NW-20931) and it still hasn't arrived. Can you check where it is?",
    "Can I return hiking boots I wore once indoors? They are a bit too small.",
    "Do you ship to Switzerland?",
    "What size backpack should I get? I'm 1.82 m and my torso is about 51 cm.",
    "Hoi, mijn jas lekt bij de rits na twee maanden. Valt dat onder de garantie?",
]

SUPPORT_REPLIES = [
    "Thanks for waiting! Order NW-20931 left our warehouse on Wednesday and the carrier scanned it at your local depot this "
    "morning, so it should arrive today or tomorrow. You can follow it with the tracking link in your shipping e-mail. "
    "If it hasn't arrived by Friday, reply here and I'll open an investigation with the carrier straight away.",
    "Yes, you can: boots tried on indoors count as unused as long as they're clean and the labels are still attached. "
    "You have 30 days from delivery. If you'd like the next size instead, choose 'exchange' when you start the return "
    "from your account page; exchanges are free and we ship the new pair as soon as the carrier scans the old one.",
    "I'm sorry, we only ship within the European Union, so we can't deliver to Switzerland. Many customers use a pick-up "
    "point just across the border in Germany or France; delivery there takes 2-4 working days.",
    "With a 51 cm torso you're in our size L (50-55 cm). Size by torso length rather than height, so L is the right "
    "choice for you. If you want, I can suggest a few L packs by the volume you need.",
    "Vervelend dat je jas lekt! Dat valt onder de garantie: Northwind-jassen hebben vijf jaar garantie op fabricagefouten. "
    "Stuur ons een paar foto's van de rits en je ordernummer, dan repareren of vervangen we de jas binnen 10 werkdagen.",
]

VOICE_PROMPT = """你是"小航",一家连锁酒店的语音前台助手。用户通过语音提问,你用简短、自然的口语回答,每次回答不超过三句话。
你可以回答:入住与退房时间、早餐时间与价格、停车、宠物政策、房型设施、附近交通。涉及预订修改、退款和投诉时,礼貌地告知将转接人工客服。
不要编造价格和房态;知识库中没有的信息,请如实说明。"""

VOICE_KB = """酒店常见问题
入住时间为下午两点以后,退房时间为中午十二点前。会员可免费延迟退房至下午两点,视房态而定。
早餐在一楼餐厅供应,工作日七点至十点,周末七点至十点半,价格为每位六十八元,儿童一米二以下免费。
酒店提供地下停车场,住店客人每晚三十元,可在前台登记车牌。电动车充电桩位于负一层B区。
本酒店接受十公斤以下的宠物入住,每晚加收一百元清洁费,需提前告知。
所有房间配有免费无线网络、智能电视、保险箱和迷你吧。行政楼层客人可使用二十层的行政酒廊。
距离地铁二号线人民广场站步行约五分钟,机场大巴在酒店门口停靠,约一小时一班。"""

VOICE_QUESTIONS = [
    "你好,请问明天几点可以入住?",
    "早餐是几点到几点?小孩要收费吗?",
    "我带了一只小狗,可以住吗?",
    "从酒店去机场怎么走比较方便?",
]

VOICE_REPLIES = [
    "您好,入住时间是下午两点以后。如果您是会员,退房还可以免费延迟到下午两点。",
    "早餐在一楼餐厅,工作日七点到十点,周末到十点半。每位六十八元,一米二以下的小朋友免费。",
    "可以的,十公斤以下的宠物都能入住,每晚加收一百元清洁费,麻烦您提前告诉前台。",
    "最方便的是机场大巴,就在酒店门口上车,大约一小时一班。您也可以步行五分钟到人民广场站坐地铁二号线。",
]


CLASSIFIER_PROMPT = """Classify the customer's latest message into exactly one intent and answer with its name only:
order_status, returns, shipping, sizing, warranty, other. Use the earlier turns only to resolve references
such as "it" or "that order"."""

REWRITE_PROMPT = """Rewrite the customer's latest message as one self-contained search query for the knowledge base,
in English, resolving references to earlier turns. Answer with the query only."""

HANDOVER_PROMPT = """下面是助手的回答。若回答表示需要转接人工客服(预订修改、退款、投诉),只输出"转接",否则只输出"结束"。"""


def counted(component: Component) -> Component:
    """``component`` with its instruction text's counts under every bundled tokenizer."""
    text = component.instruction_text
    if text is None:
        return component
    counts = TextCounts.of(text, {t: count_tokens(text, t) for t in BUNDLED})
    return replace(component, instruction_counts=counts)


def support_workflow(plan: Plan) -> None:
    """An intent classifier on a small fixed model, the knowledge search's query rewrite and
    the answer on the compared model (a classifier's answer is an intent name)."""
    classifier = new_component("intent", "classifier", "Intent classifier")
    rewrite = new_component("rewrite", "query_rewrite", "Knowledge search: query rewrite")
    plan.components = [
        classifier.with_field("model", "openai/gpt-4.1-nano-1m")
        .with_field("instruction_text", CLASSIFIER_PROMPT)
        .with_field("output_tokens", "4"),
        rewrite.with_field("instruction_text", REWRITE_PROMPT).with_field("output_tokens", "25"),
        new_component("answer", "answer", "Answer"),
    ]
    plan.components = [counted(c) for c in plan.components]


def voice_workflow(plan: Plan) -> None:
    """The answer on the compared model, then a condition on a small text model that checks
    whether the answer hands the guest to a human."""
    handover = new_component("handover", "condition", "Handover check")
    plan.components = [
        new_component("answer", "answer", "Answer"),
        handover.with_field("model", "openai/gpt-4o-mini-128k")
        .with_field("instruction_text", HANDOVER_PROMPT)
        .with_field("output_tokens", "3"),
    ]
    plan.components = [counted(c) for c in plan.components]


def support_plan() -> Plan:
    plan = Plan(
        name="Customer-service bot with a knowledge base",
        description="An e-commerce helpdesk agent: system prompt, three knowledge documents, sample questions "
        "and answers; a workflow of an intent classifier on GPT-4.1-nano, the knowledge search's query "
        "rewrite and the answer; rerank on; an order-status tool.",
    )
    plan.items = [pasted("System prompt", SUPPORT_PROMPT, "system_prompt")]
    plan.items += [
        pasted(n, t, "knowledge_document")
        for n, t in (
            ("Shipping policy", SHIPPING),
            ("Returns and warranty", RETURNS),
            ("Sizing guide", SIZING),
        )
    ]
    plan.items += [
        pasted(f"Question {i + 1}", q, "conversation_sample")
        for i, q in enumerate(SUPPORT_QUESTIONS)
    ]
    plan.items += [
        pasted(f"Reply {i + 1}", r, "reply_sample") for i, r in enumerate(SUPPORT_REPLIES)
    ]
    for name, value in {
        "conversations_per_month": "3000",
        "turns_per_conversation": "4",
        "history_turns": "2",
        "chunks_retrieved_per_turn": "2",
        "chunk_tokens": "250",
        "chunks_reranked_per_turn": "2",
        "image_turn_share": "0.05",
        "tool_calls_per_turn": "0.1",
        "classified_question_share": "0",
        "kb_growth_tokens_per_month": "20000",
        "months": "12",
        "monthly_growth": "0.05",
    }.items():
        plan.set_field(name, value)
    # A photo of a damaged product now and then; 2000x500 is the seed's own example (765 tokens).
    plan.set_field("image_tokens_per_image", Decimal(765))
    support_workflow(plan)
    # Every chosen model with both key modes: what the app's model list and key-mode box show.
    models = ["openai/gpt-4.1-1m", "openai/gpt-4.1-mini-1m", "deepseek/deepseek-v3-64k"]
    plan.scenarios = [Scenario(m, k) for m in models for k in ("gptbots_key", "own_key")]
    return plan


def voice_plan() -> Plan:
    plan = Plan(
        name="Hotel voice assistant (Chinese)",
        description="A voice front desk: most questions arrive as voice notes and many answers are played back "
        "with TTS (the audio LLM speaks them itself); a condition on GPT-4o-mini checks each answer for a "
        "handover; compares an audio LLM with text LLMs plus ASR.",
    )
    plan.items = [
        pasted("系统提示词", VOICE_PROMPT, "system_prompt"),
        pasted("酒店常见问题", VOICE_KB, "knowledge_document"),
    ]
    plan.items += [
        pasted(f"用户问题 {i + 1}", q, "conversation_sample") for i, q in enumerate(VOICE_QUESTIONS)
    ]
    plan.items += [pasted(f"回答 {i + 1}", r, "reply_sample") for i, r in enumerate(VOICE_REPLIES)]
    for name, value in {
        "conversations_per_month": "8000",
        "turns_per_conversation": "3",
        "history_turns": "2",
        "chunks_retrieved_per_turn": "1",
        "chunk_tokens": "200",
        "voice_turn_share": "0.7",
        "tts_playback_share": "0.6",
        "months": "6",
        "monthly_growth": "0.1",
    }.items():
        plan.set_field(name, value)
    plan.set_field("voice_seconds_per_message", Decimal("6.5"))
    # Mandarin is spoken at about 4 to 5 characters a second (the default 15 is English)
    plan.set_field("speaking_rate", "5")
    voice_workflow(plan)
    plan.settings.voice_mode = "audio_llm"
    plan.services.tts = "tts/ali/cosyvoice"
    models = ["openai/gpt-4o-mini-auido-128k", "openai/gpt-4o-mini-128k", "ali/qwen-3.0-plus-128k"]
    plan.scenarios = [Scenario(m, k) for m in models for k in ("gptbots_key", "own_key")]
    return plan


if __name__ == "__main__":
    write_plan(support_plan(), ROOT / "customer-service.gbplan")
    write_plan(voice_plan(), ROOT / "voice-assistant.gbplan")
    print("written to", ROOT)
