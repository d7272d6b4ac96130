"""Regenerate resources/pricing/catalog.json from the pricing page text (run from the repo root)."""

from __future__ import annotations

import json
import re
from typing import Any

seed = open("resources/pricing/gptbots-pricing-page.zh.txt", encoding="utf-8").read().splitlines()


def slug(s: str) -> str:
    s = s.lower().replace("(", "-").replace(")", "").replace(" ", "-")
    s = re.sub(r"[^a-z0-9.\-]+", "-", s).strip("-")
    return re.sub(r"-+", "-", s)


BRAND_SLUG = {"百度": "baidu", "智谱": "zhipu", "月之暗面": "moonshot"}


def bslug(b: str) -> str:
    return BRAND_SLUG.get(b, slug(b))


def section(start: str, end: str) -> list[str]:
    i = seed.index(start)
    j = seed.index(end, i)
    return seed[i:j]


num = r"(免费|\d+(?:\.\d+)?)"
llm = []
for line in section("LLM 服务定价", "Embedding 服务定价"):
    m = re.match(rf"^(\S+) (.+?) {num} {num} {num} {num}$", line)
    if not m:
        continue
    brand, name, gi, go, oi, oo = m.groups()
    llm.append(dict(brand=brand, name=name, gi=gi, go=go, oi=oi, oo=oo))
print(len(llm))


def two(sec_start: str, sec_end: str) -> list[dict[str, str]]:
    rows = []
    for line in section(sec_start, sec_end):
        m = re.match(rf"^(\S+) (.+?) {num} {num}$", line)
        if m:
            rows.append(dict(brand=m[1], name=m[2], g=m[3], o=m[4]))
    return rows


emb = two("Embedding 服务定价", "Rerank 服务定价")
rer = two("Rerank 服务定价", "ASR 服务定价")
asr = two("ASR 服务定价", "TTS 服务定价")
tts = two("TTS 服务定价", "向量数据存储服务定价")
print(len(emb), len(rer), len(asr), len(tts))


def tokenizer_for(brand: str, name: str) -> tuple[str, bool]:
    n = name.lower()
    if brand in ("OpenAI", "Azure"):
        if n.startswith("gpt-3.5") or n.startswith("gpt-4-"):
            return "cl100k_base", True
        return "o200k_base", True
    # The vendors' own published vocabularies (resources/tokenizers/README.md says why
    # each row is exact); "-latest" Mistral aliases move to new tokenizers, so they stay
    # approximated.
    if n in ("v3", "r1") or n.startswith(("deepseek-v3", "deepseek-r1")):
        return "deepseek_v3", True
    if n.startswith("qwen"):
        return "qwen", True
    if n.startswith(("llama-3.0", "llama-3.1")):
        return "llama3", True
    if n in ("open-mistral-7b", "open-mixtral-8x7b"):
        return "mistral_v1", True
    return "o200k_base", False


def image_rule_for(brand: str, name: str) -> dict[str, Any] | None:
    n = name.lower()
    if brand not in ("OpenAI", "Azure"):
        return None
    if n.startswith("gpt-4.1-mini"):
        return {"kind": "patch", "multiplier": "1.62"}
    if n.startswith("gpt-4.1-nano"):
        return {"kind": "patch", "multiplier": "2.46"}
    if n.startswith("gpt-o4-mini"):
        return {"kind": "patch", "multiplier": "1.72"}
    if n.startswith("gpt-4o-mini") and "au" not in n:
        return {"kind": "high", "base": 2833, "tile": 5667}
    if n.startswith("gpt-o3"):
        return {"kind": "high", "base": 75, "tile": 150}
    if n.startswith("gpt-4o") or n.startswith("gpt-4.1") or n.startswith("gpt-4-turbo"):
        if "audio" in n or "auido" in n:
            return None
        return {"kind": "high", "base": 85, "tile": 170}
    return None


def audio_for(brand: str, name: str) -> dict[str, str] | None:
    n = name.lower()
    if brand in ("OpenAI", "Azure") and ("audio" in n or "auido" in n):
        return {
            "input_tokens_per_second": "10",
            "output_tokens_per_second": "20",
            "note": "OpenAI: 10 audio tokens per second of input, 20 per second of output",
        }
    if brand == "Google" and "audio" in n:
        return {
            "input_tokens_per_second": "32",
            "output_tokens_per_second": "32",
            "note": "Gemini: 32 tokens per second of audio",
        }
    if brand == "Ali" and "audio" in n:
        return {
            "input_tokens_per_second": "25",
            "output_tokens_per_second": "25",
            "note": "Qwen2-Audio: one encoder frame per 40 ms (approximation, edit if known)",
        }
    return None


# Context windows the name does not state, from the vendors' documentation.
CONTEXT_FROM_DOCS: dict[str, tuple[int, str]] = {
    "GPT-o3": (200_000, "OpenAI model docs: o3, 200,000-token context window"),
    "GPT-o4-mini": (200_000, "OpenAI model docs: o4-mini, 200,000-token context window"),
    "V3": (
        128_000,
        "DeepSeek API docs: deepseek-chat 128K context (the page's -64K row is the 64K API)",
    ),
    "R1": (
        128_000,
        "DeepSeek API docs: deepseek-reasoner 128K context (the page's -64K row is the 64K API)",
    ),
    "Gemini-2.5-Flash": (1_048_576, "Google Gemini API docs: 1,048,576 input tokens"),
    "Gemini-2.5-Flash(audio input)": (1_048_576, "Google Gemini API docs: 1,048,576 input tokens"),
    "Gemini-2.5-Flash-Thinking": (1_048_576, "Google Gemini API docs: 1,048,576 input tokens"),
    "Gemini-2.5-Pro": (1_048_576, "Google Gemini API docs: 1,048,576 input tokens"),
    "open-mistral-7b": (32_000, "Mistral docs: Mistral 7B, 32k context"),
    "open-mixtral-8x7b": (32_000, "Mistral docs: Mixtral 8x7B, 32k context"),
    "mistral-small-latest": (
        32_000,
        "Mistral docs: Mistral Small, 32k context (later versions 128k)",
    ),
    "mistral-medium-latest": (128_000, "Mistral docs: Mistral Medium 3, 128k context"),
    "mistral-large-latest": (128_000, "Mistral docs: Mistral Large 2, 128k context"),
    "GLM-4-FlashX": (128_000, "Zhipu BigModel docs: GLM-4-FlashX, 128K context"),
}

# Reasoning (thinking) models: the *-Thinking rows, OpenAI's o-series, DeepSeek R1, and
# Gemini 2.5 Pro, which Google documents as thinking by default (it cannot be switched off).
REASONING_NAMES = {"GPT-o3", "GPT-o4-mini", "R1", "DeepSeek-R1-64K", "Gemini-2.5-Pro"}


def context_for(name: str) -> tuple[int | None, str]:
    """The context window in tokens and where it comes from (the name, a vendor's docs)."""
    m = re.search(r"-\s*(\d+(?:\.\d+)?)\s*([kKmM])$", name)
    if m:
        scale = 1000 if m[2].lower() == "k" else 1_000_000
        return int(float(m[1]) * scale), f"name ({m[1]}{m[2]})"
    if name in CONTEXT_FROM_DOCS:
        return CONTEXT_FROM_DOCS[name]
    return None, "unknown"


def reasoning_for(name: str) -> bool:
    return name in REASONING_NAMES or "thinking" in name.lower()


ids = set()


def uid(base: str) -> str:
    assert base not in ids, base
    ids.add(base)
    return base


out_llm = []
for r in llm:
    tok, exact = tokenizer_for(r["brand"], r["name"])
    row = {
        "id": uid(f"{bslug(r['brand'])}/{slug(r['name'])}"),
        "brand": r["brand"],
        "name": r["name"],
        "prices": {
            "gptbots_key": {"input": r["gi"], "output": r["go"]},
            "own_key": {"input": r["oi"], "output": r["oo"]},
        },
        "tokenizer": tok,
        "tokenizer_exact": exact,
    }
    window, window_source = context_for(r["name"])
    row["context_window"] = window
    row["context_source"] = window_source
    row["reasoning"] = reasoning_for(r["name"])
    a = audio_for(r["brand"], r["name"])
    if a:
        row["audio"] = a
    ir = image_rule_for(r["brand"], r["name"])
    if ir:
        row["provider_image_rule"] = ir
    out_llm.append(row)


def svc(
    rows: list[dict[str, str]], cat: str, unit: str, extra: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    res = []
    for r in rows:
        row = {
            "id": uid(f"{cat}/{bslug(r['brand'])}/{slug(r['name'])}"),
            "brand": r["brand"],
            "name": r["name"],
            "prices": {"gptbots_key": r["g"], "own_key": r["o"]},
        }
        if extra:
            row.update(extra)
        res.append(row)
    return res


catalog = {
    "schema": 1,
    "version": "2026.11.27",
    "date": "2026-11-27",
    "source": "GPTBots 服务、积分与定价 — resources/pricing/gptbots-pricing-page.zh.txt",
    "usd_per_1000_credits": "10",
    "billing_types": [
        {
            "id": "llm_text",
            "name_zh": "LLM 文本对话",
            "name_en": "LLM text chat",
            "unit": "credits / 1K tokens (input and output)",
            "definition_zh": "调用 LLM 输入文字和图片,输出文字和图片",
            "example_zh": "LLM 组件、分支组件、条件判断组件被调用时",
        },
        {
            "id": "llm_audio",
            "name_zh": "LLM 音频对话",
            "name_en": "LLM audio chat",
            "unit": "credits / 1K tokens (audio seconds → tokens)",
            "definition_zh": "调用 音频LLM 输入和输出音频",
            "example_zh": "调用 音频LLM 时",
        },
        {
            "id": "asr",
            "name_zh": "ASR 识别",
            "name_en": "Speech recognition",
            "unit": "credits / 60 s",
            "definition_zh": "调用ASR服务将音频识别为文字",
            "example_zh": "系统识别模式下,附件上传音频时",
        },
        {
            "id": "tts",
            "name_zh": "TTS 生成",
            "name_en": "Speech synthesis",
            "unit": "credits / 1000 characters",
            "definition_zh": "调用TTS服务将文字生成为音频",
            "example_zh": "对话窗口文字消息点击声音播放按钮时",
        },
        {
            "id": "knowledge_index",
            "name_zh": "知识索引",
            "name_en": "Knowledge indexing (embedding)",
            "unit": "credits / 1K tokens",
            "definition_zh": "调用知识索引将用户问题和知识数据进行Embedding",
            "example_zh": "进行知识检索时",
        },
        {
            "id": "knowledge_storage",
            "name_zh": "知识存储",
            "name_en": "Knowledge storage",
            "unit": "credits / 1K tokens / day",
            "definition_zh": "在知识库上传知识数据并存储",
            "example_zh": "按天计算当前知识库存储容量",
        },
        {
            "id": "tool_call",
            "name_zh": "Tools 调用",
            "name_en": "Paid tool call",
            "unit": "credits / successful call (user-entered)",
            "definition_zh": "调用付费Tools成功",
            "example_zh": "调用Google search积分付费工具时",
        },
        {
            "id": "rerank",
            "name_zh": "知识重排",
            "name_en": "Knowledge rerank",
            "unit": "credits / 1K tokens",
            "definition_zh": "调用Rerank服务对检索到的知识库进行重排",
            "example_zh": "知识库开启知识重排功能时",
        },
        {
            "id": "database_processing",
            "name_zh": "数据库处理",
            "name_en": "Database processing",
            "unit": "credits / database operation (user-entered)",
            "definition_zh": "在数据库上传文档转换为数据库字段值和调用数据库查询生成图表",
            "example_zh": "上传文档抽取为数据库和对话中调用数据库功能时",
        },
        {
            "id": "question_classification",
            "name_zh": "问题识别",
            "name_en": "Question classification",
            "unit": "credits / classified question (user-entered)",
            "definition_zh": "调用问题识别将用户问题进行分类和情绪识别",
            "example_zh": "在日志中启用问题分类功能时",
        },
    ],
    "llm": out_llm,
    "embedding": svc(emb, "embedding", "", {"tokenizer": "cl100k_base", "tokenizer_exact": True}),
    "rerank": svc(rer, "rerank", ""),
    "asr": svc(asr, "asr", ""),
    "tts": svc(tts, "tts", ""),
    "storage": [{"id": "storage/vector", "name": "向量存储", "price": "0.001"}],
    "open_prices": {
        "tool_call": None,
        "database_processing": None,
        "question_classification": None,
    },
}
json.dump(
    catalog,
    open("resources/pricing/catalog.json", "w", encoding="utf-8"),
    ensure_ascii=False,
    indent=1,
)
