"""Headings of the exported spreadsheets in English and Chinese.

The export runs without Qt (CLI, tests), so it cannot use Qt's translator: the
few dozen headings live here as two plain dictionaries.  Billing type names
come from the catalog itself (``name_en`` / ``name_zh``), so they always match
the GPTBots price list.
"""

from __future__ import annotations

import logging
from typing import Any

from gptbots_planner.core.catalog import Catalog
from gptbots_planner.core.plan import ROLE_LABELS, Plan

log = logging.getLogger(__name__)

LANGUAGES = ("en", "zh")

_EN: dict[str, str] = {
    # sheet names (31 characters at most, no []:*?/\)
    "sheet.summary": "Summary",
    "sheet.inputs": "Inputs",
    "sheet.prices": "Prices",
    "sheet.breakdown": "Breakdown",
    "sheet.projection": "Projection",
    "sheet.files": "Files",
    # key modes
    "key.gptbots_key": "GPTBots key",
    "key.own_key": "Own key",
    # common
    "unpriced": "unpriced",
    "unpriced_prefix": "unpriced: ",
    "all_priced": "all priced",
    "cheapest": "★ cheapest",
    "no_audio": "no audio input",
    "yes": "yes",
    "no": "no",
    "scenario": "Model and key mode",
    "model": "Model",
    "model_id": "Model id",
    "key_mode": "Key mode",
    "unit": "Unit",
    "value": "Value",
    "field": "Field",
    "name": "Name",
    "help": "What it means",
    "source": "Source",
    "credits": "credits",
    "usd": "USD",
    # summary
    "summary.title": "GPTBots credit budget",
    "summary.catalog": "Prices: GPTBots catalog {version} ({date}); 100 credits = $1",
    "summary.period": "Month 1 = {start}; projection over {months} months",
    "summary.month1_credits": "Month 1 (credits)",
    "summary.month1_usd": "Month 1 (USD)",
    "summary.one_time": "of which one-time indexing",
    "summary.horizon_credits": "{months}-month total (credits)",
    "summary.horizon_usd": "{months}-month total (USD)",
    "summary.unpriced": "Unpriced parts",
    "summary.cheapest": "Cheapest",
    "summary.comparable": "Comparable total",
    "summary.note": "Every number is a formula over the Inputs and Prices sheets: change a blue "
    "cell there and the workbook recalculates.",
    "chart.by_type": "Month 1 credits by billing type",
    "chart.comparison": "Month 1 credits by model and key mode",
    "chart.projection": "Monthly credits over the projection",
    "chart.credits_axis": "credits",
    # inputs
    "inputs.title": "Inputs",
    "inputs.note": "Blue cells are inputs. Each usage assumption cell is named after its plan "
    "field (e.g. conversations_per_month).",
    "inputs.assumptions": "Usage assumptions",
    "inputs.settings": "Settings",
    "inputs.measures": "Measured per-turn values (per model: they depend on its tokenizer "
    "and image rule)",
    "inputs.months_note": "at most {months} here: the Projection sheet has one row per "
    "month as exported; export again from the app for a longer horizon",
    "inputs.start_date": "First day of month 1",
    "setting.voice_mode": "Voice messages",
    "setting.asr_rounding": "ASR rounding",
    "setting.days_mode": "Days per month",
    "setting.image_rule": "Image token rule",
    "setting.start_month": "Start month",
    "setting_help.voice_mode": "asr: speech recognition then text; audio_llm: audio sent to "
    "models that take audio (others fall back to ASR)",
    "setting_help.asr_rounding": "pro_rata: seconds as recorded; per_started_minute: each "
    "recording rounded up to whole minutes (the billed voice seconds below follow it)",
    "setting_help.days_mode": "calendar: real days of each month; fixed30: 30 days",
    "setting_help.image_rule": "fixed at export: the image tokens below were counted with "
    "this rule; to use another, change it in the app and export again",
    "setting_help.start_month": "YYYY-MM",
    "measure.tokenizer": "Tokenizer",
    "measure.system_prompt_tokens": "System prompt tokens",
    "measure.user_message_tokens": "User message tokens",
    "measure.reply_tokens": "Reply tokens",
    "measure.reply_characters": "Reply characters",
    "measure.image_tokens_per_image": "Image tokens per image",
    "measure.voice_seconds_per_message": "Voice seconds per message",
    "measure.billed_voice_seconds_per_message": "Voice seconds per message (billed)",
    "measure.billed_note": "formula: the voice seconds above, rounded per the ASR rounding cell",
    "prices.text_from": "audio input price only: text in the same call is billed at {model}",
    "summary.notes": "Notes on the estimate as exported",
    "summary.all_scenarios": "all models and key modes",
    "measure.billed_note_items": "pro_rata: the voice seconds above; per_started_minute: "
    "each measured recording rounded up on its own (fixed at export)",
    "measure.knowledge_tokens": "Knowledge tokens (embedding tokenizer)",
    "measure.user_message_tokens_embedding": "User message tokens (embedding tokenizer)",
    "measure_unit.tokens": "tokens",
    "measure_unit.characters": "characters",
    "measure_unit.seconds": "seconds",
    # prices
    "prices.title": "Prices (credits)",
    "prices.llm": "Language models",
    "prices.input": "Input (credits / 1K tokens)",
    "prices.output": "Output (credits / 1K tokens)",
    "prices.audio_tps": "Audio input tokens / second",
    "prices.services": "Services",
    "prices.service": "Service",
    "prices.other": "Storage and user-priced types",
    "prices.item": "Item",
    "prices.price": "Price",
    "prices.bundled": "GPTBots price list",
    "prices.user": "your price",
    "prices.open": "not in the GPTBots price list",
    "prices.free": "free",
    "service.embedding": "Embedding (knowledge indexing)",
    "service.rerank": "Rerank",
    "service.asr": "Speech recognition (ASR)",
    "service.tts": "Speech synthesis (TTS)",
    "service.storage": "Knowledge storage",
    "unit.per_1k_tokens": "credits / 1K tokens",
    "unit.per_60s": "credits / 60 s",
    "unit.per_1000_chars": "credits / 1000 characters",
    "unit.per_1k_tokens_day": "credits / 1K tokens / day",
    # breakdown
    "breakdown.title": "Month 1 breakdown",
    "breakdown.per_turn": "Per turn",
    "breakdown.month1": "Month 1",
    "breakdown.quantities": "Quantities in month 1",
    "breakdown.credits": "Credits in month 1",
    "row.context_tokens": "Context tokens per LLM call",
    "row.text_in": "LLM input tokens per turn",
    "row.text_out": "LLM output tokens per turn",
    "row.audio_llm": "Voice sent to the audio LLM (1 = yes)",
    "row.audio_tokens": "Audio tokens per turn",
    "row.asr_seconds": "ASR seconds per turn",
    "row.tts_chars": "TTS characters per turn",
    "row.query_tokens": "Question embedding tokens per turn",
    "row.rerank_tokens": "Rerank tokens per turn",
    "row.tool_calls": "Paid tool calls per turn",
    "row.db_ops": "Database operations per turn",
    "row.classified": "Classified questions per turn",
    "row.conversations": "Conversations",
    "row.turns": "Turns",
    "row.days": "Days",
    "row.stored_tokens": "Stored knowledge tokens",
    "row.q_llm_in": "LLM input tokens",
    "row.q_llm_out": "LLM output tokens",
    "row.q_audio": "LLM audio tokens",
    "row.q_asr": "ASR seconds",
    "row.q_tts": "TTS characters",
    "row.q_index_once": "Knowledge tokens indexed once",
    "row.q_index_query": "Question embedding tokens",
    "row.q_storage": "Stored token-days",
    "row.q_tool": "Paid tool calls",
    "row.q_rerank": "Rerank tokens",
    "row.q_db": "Database operations",
    "row.q_cls": "Classified questions",
    "row.llm_in_credits": "LLM text: input",
    "row.llm_out_credits": "LLM text: output",
    "row.one_time_credits": "Knowledge indexing: documents (one-time)",
    "row.query_credits": "Knowledge indexing: questions",
    "row.total_credits": "Total (credits)",
    "row.total_usd": "Total (USD)",
    "row.one_time": "of which one-time indexing (credits)",
    "row.unpriced": "Unpriced parts",
    "unit.tokens": "tokens",
    "unit.seconds": "seconds",
    "unit.characters": "characters",
    "unit.token_days": "token-days",
    "unit.calls": "calls",
    "unit.operations": "operations",
    "unit.questions": "questions",
    "unit.days": "days",
    "unit.flag": "1 / 0",
    # projection
    "projection.title": "Projection",
    "projection.month_no": "Month #",
    "projection.month": "Month",
    "projection.days": "Days",
    "projection.conversations": "Conversations",
    "projection.turns": "Turns",
    "projection.added": "Knowledge added (tokens)",
    "projection.stored": "Stored knowledge (tokens)",
    "projection.total": "Total (credits)",
    "projection.total_usd": "Total (USD)",
    "projection.horizon": "Total over the projection",
    "projection.by_type": "By billing type: {scenario}",
    # files
    "files.name": "Name",
    "files.role": "Role",
    "files.kind": "Kind",
    "files.detail": "Detail",
    "files.tokens": "Tokens ({tokenizer})",
    "files.chars": "Characters",
    "files.width": "Width",
    "files.height": "Height",
    "files.seconds": "Seconds",
    "files.error": "Error",
    "files.warning": "Warning",
    "files.path": "Path",
    # csv
    "csv.scenario": "Scenario",
    "csv.model_id": "Model id",
    "csv.model": "Model",
    "csv.key_mode": "Key mode",
    "csv.month": "Month #",
    "csv.month_label": "Month",
    "csv.billing_type_id": "Billing type id",
    "csv.billing_type": "Billing type",
    "csv.quantity": "Quantity",
    "csv.unit": "Unit",
    "csv.credits": "Credits",
    "csv.usd": "USD",
    "csv.total": "Total",
}

_ZH: dict[str, str] = {
    "sheet.summary": "摘要",
    "sheet.inputs": "输入",
    "sheet.prices": "价格",
    "sheet.breakdown": "明细",
    "sheet.projection": "月度预测",
    "sheet.files": "文件",
    "key.gptbots_key": "GPTBots Key",
    "key.own_key": "自有 Key",
    "unpriced": "unpriced",
    "unpriced_prefix": "unpriced（未定价）：",
    "all_priced": "均已定价",
    "cheapest": "★ 最便宜",
    "no_audio": "不支持音频输入",
    "yes": "是",
    "no": "否",
    "scenario": "模型与 Key 方式",
    "model": "模型",
    "model_id": "模型 ID",
    "key_mode": "Key 方式",
    "unit": "单位",
    "value": "数值",
    "field": "项目",
    "name": "名称",
    "help": "说明",
    "source": "来源",
    "credits": "点数",
    "usd": "美元",
    "summary.title": "GPTBots 点数预算",
    "summary.catalog": "价格：GPTBots 价目表 {version}（{date}）；100 点 = 1 美元",
    "summary.period": "第 1 个月 = {start}；预测 {months} 个月",
    "summary.month1_credits": "第 1 个月（点数）",
    "summary.month1_usd": "第 1 个月（美元）",
    "summary.one_time": "其中一次性索引",
    "summary.horizon_credits": "{months} 个月合计（点数）",
    "summary.horizon_usd": "{months} 个月合计（美元）",
    "summary.unpriced": "未定价部分",
    "summary.cheapest": "最便宜",
    "summary.comparable": "可比合计",
    "summary.note": "所有数字都是基于“输入”和“价格”工作表的公式：修改其中的蓝色单元格，整个工作簿会重新计算。",
    "chart.by_type": "第 1 个月按计费类型的点数",
    "chart.comparison": "第 1 个月按模型与 Key 方式的点数",
    "chart.projection": "预测期内每月点数",
    "chart.credits_axis": "点数",
    "inputs.title": "输入",
    "inputs.note": "蓝色单元格为输入项。每个使用假设单元格都以计划字段命名（例如 conversations_per_month）。",
    "inputs.assumptions": "使用假设",
    "inputs.settings": "设置",
    "inputs.measures": "每轮测量值（按模型：取决于其分词器和图片规则）",
    "inputs.months_note": "此处最多 {months}：“月度预测”工作表的行数按导出时的月数生成；"
    "如需更长的预测期，请在应用中重新导出",
    "inputs.start_date": "第 1 个月的第一天",
    "setting.voice_mode": "语音消息",
    "setting.asr_rounding": "ASR 取整",
    "setting.days_mode": "每月天数",
    "setting.image_rule": "图片 token 规则",
    "setting.start_month": "起始月份",
    "setting_help.voice_mode": "asr：先语音识别再按文本；audio_llm：音频直接发给支持音频的模型（其他模型改用 ASR）",
    "setting_help.asr_rounding": "pro_rata：按实际秒数；per_started_minute：每条录音向上取整到整分钟"
    "（下方的计费语音秒数随之变化）",
    "setting_help.days_mode": "calendar：按每月实际天数；fixed30：按 30 天",
    "setting_help.image_rule": "导出时已固定：下方的图片 token 按此规则计算；如需换用其他规则，"
    "请在应用中修改后重新导出",
    "setting_help.start_month": "YYYY-MM",
    "measure.tokenizer": "分词器",
    "measure.system_prompt_tokens": "系统提示词 token",
    "measure.user_message_tokens": "用户消息 token",
    "measure.reply_tokens": "回复 token",
    "measure.reply_characters": "回复字符数",
    "measure.image_tokens_per_image": "每张图片 token",
    "measure.voice_seconds_per_message": "每条语音秒数",
    "measure.billed_voice_seconds_per_message": "每条语音计费秒数",
    "measure.billed_note": "公式：上方的语音秒数，按“ASR 取整”单元格取整",
    "prices.text_from": "仅为音频输入价格：同一次调用中的文本按 {model} 计费",
    "summary.notes": "导出时的估算说明",
    "summary.all_scenarios": "所有模型与 Key 方式",
    "note.unpriced": "{type} 已使用但没有价格：请在价格目录中填写",
    "note.no_audio": "{model} 不支持音频：语音消息改按 ASR 计费",
    "note.approximate_tokenizer": "{model}：token 以 {tokenizer} 近似计数（该厂商的分词器未公开或未内置）",
    "note.approximate_counts": "以 {tokenizer} 以外的分词器计数：{items}",
    "note.missing_measure": "{assumption} 为 {value}，但 {measure} 为 0（没有该用途的项目，也未填写）：这部分估算为 0",
    "measure.billed_note_items": "pro_rata：上方的语音秒数；per_started_minute：每条已测录音分别向上取整（导出时固定）",
    "measure.knowledge_tokens": "知识库 token（向量模型分词器）",
    "measure.user_message_tokens_embedding": "用户消息 token（向量模型分词器）",
    "measure_unit.tokens": "token",
    "measure_unit.characters": "字符",
    "measure_unit.seconds": "秒",
    "prices.title": "价格（点数）",
    "prices.llm": "大语言模型",
    "prices.input": "输入（点数 / 1K token）",
    "prices.output": "输出（点数 / 1K token）",
    "prices.audio_tps": "每秒音频输入 token",
    "prices.services": "服务",
    "prices.service": "服务",
    "prices.other": "存储与自定价类型",
    "prices.item": "项目",
    "prices.price": "价格",
    "prices.bundled": "GPTBots 价目表",
    "prices.user": "您的价格",
    "prices.open": "GPTBots 价目表未列出",
    "prices.free": "免费",
    "service.embedding": "向量模型（知识索引）",
    "service.rerank": "重排",
    "service.asr": "语音识别（ASR）",
    "service.tts": "语音合成（TTS）",
    "service.storage": "知识存储",
    "unit.per_1k_tokens": "点数 / 1K token",
    "unit.per_60s": "点数 / 60 秒",
    "unit.per_1000_chars": "点数 / 1000 字符",
    "unit.per_1k_tokens_day": "点数 / 1K token / 天",
    "breakdown.title": "第 1 个月明细",
    "breakdown.per_turn": "每轮",
    "breakdown.month1": "第 1 个月",
    "breakdown.quantities": "第 1 个月用量",
    "breakdown.credits": "第 1 个月点数",
    "row.context_tokens": "每次 LLM 调用的上下文 token",
    "row.text_in": "每轮 LLM 输入 token",
    "row.text_out": "每轮 LLM 输出 token",
    "row.audio_llm": "语音发送给音频 LLM（1 = 是）",
    "row.audio_tokens": "每轮音频 token",
    "row.asr_seconds": "每轮 ASR 秒数",
    "row.tts_chars": "每轮 TTS 字符",
    "row.query_tokens": "每轮问题向量化 token",
    "row.rerank_tokens": "每轮重排 token",
    "row.tool_calls": "每轮付费工具调用",
    "row.db_ops": "每轮数据库操作",
    "row.classified": "每轮问题识别次数",
    "row.conversations": "会话数",
    "row.turns": "轮数",
    "row.days": "天数",
    "row.stored_tokens": "存储的知识 token",
    "row.q_llm_in": "LLM 输入 token",
    "row.q_llm_out": "LLM 输出 token",
    "row.q_audio": "LLM 音频 token",
    "row.q_asr": "ASR 秒数",
    "row.q_tts": "TTS 字符",
    "row.q_index_once": "一次性索引的知识 token",
    "row.q_index_query": "问题向量化 token",
    "row.q_storage": "存储 token·天",
    "row.q_tool": "付费工具调用",
    "row.q_rerank": "重排 token",
    "row.q_db": "数据库操作",
    "row.q_cls": "问题识别次数",
    "row.llm_in_credits": "LLM 文本：输入",
    "row.llm_out_credits": "LLM 文本：输出",
    "row.one_time_credits": "知识索引：文档（一次性）",
    "row.query_credits": "知识索引：问题",
    "row.total_credits": "合计（点数）",
    "row.total_usd": "合计（美元）",
    "row.one_time": "其中一次性索引（点数）",
    "row.unpriced": "未定价部分",
    "unit.tokens": "token",
    "unit.seconds": "秒",
    "unit.characters": "字符",
    "unit.token_days": "token·天",
    "unit.calls": "次调用",
    "unit.operations": "次操作",
    "unit.questions": "个问题",
    "unit.days": "天",
    "unit.flag": "1 / 0",
    "projection.title": "月度预测",
    "projection.month_no": "月序号",
    "projection.month": "月份",
    "projection.days": "天数",
    "projection.conversations": "会话数",
    "projection.turns": "轮数",
    "projection.added": "新增知识（token）",
    "projection.stored": "存储知识（token）",
    "projection.total": "合计（点数）",
    "projection.total_usd": "合计（美元）",
    "projection.horizon": "预测期合计",
    "projection.by_type": "按计费类型：{scenario}",
    "files.name": "名称",
    "files.role": "用途",
    "files.kind": "类型",
    "files.detail": "详情",
    "files.tokens": "token（{tokenizer}）",
    "files.chars": "字符数",
    "files.width": "宽",
    "files.height": "高",
    "files.seconds": "秒数",
    "files.error": "错误",
    "files.warning": "警告",
    "files.path": "路径",
    "csv.scenario": "方案",
    "csv.model_id": "模型 ID",
    "csv.model": "模型",
    "csv.key_mode": "Key 方式",
    "csv.month": "月序号",
    "csv.month_label": "月份",
    "csv.billing_type_id": "计费类型 ID",
    "csv.billing_type": "计费类型",
    "csv.quantity": "用量",
    "csv.unit": "单位",
    "csv.credits": "点数",
    "csv.usd": "美元",
    "csv.total": "合计",
}

_ROLE_ZH = {
    "knowledge_document": "知识文档",
    "conversation_sample": "对话样本",
    "system_prompt": "系统提示词",
    "reply_sample": "回复样本",
    "image_attachment": "图片附件",
    "voice_message": "语音消息",
    "excluded": "不计入预算",
}

# Assumption labels (the plan field names are the defined names; these are for people).
_ASSUMPTION_EN = {
    "conversations_per_month": "Conversations per month",
    "turns_per_conversation": "Turns per conversation",
    "llm_calls_per_turn": "LLM calls per turn",
    "history_turns": "History turns sent again",
    "chunks_retrieved_per_turn": "Knowledge chunks retrieved per turn",
    "chunk_tokens": "Tokens per chunk",
    "chunks_reranked_per_turn": "Chunks reranked per turn",
    "image_turn_share": "Share of turns with an image",
    "voice_turn_share": "Share of turns sent as voice",
    "tts_playback_share": "Share of replies played as speech",
    "tool_calls_per_turn": "Paid tool calls per turn",
    "database_calls_per_turn": "Database operations per turn",
    "classified_question_share": "Share of questions classified",
    "kb_growth_tokens_per_month": "Knowledge added per month (tokens)",
    "months": "Months in the projection",
    "monthly_growth": "Monthly usage growth",
}
_ASSUMPTION_ZH = {
    "conversations_per_month": "每月会话数",
    "turns_per_conversation": "每个会话的轮数",
    "llm_calls_per_turn": "每轮 LLM 调用次数",
    "history_turns": "重复发送的历史轮数",
    "chunks_retrieved_per_turn": "每轮检索的知识片段数",
    "chunk_tokens": "每个片段的 token",
    "chunks_reranked_per_turn": "每轮重排的片段数",
    "image_turn_share": "带图片的轮次占比",
    "voice_turn_share": "语音消息的轮次占比",
    "tts_playback_share": "语音播放的回复占比",
    "tool_calls_per_turn": "每轮付费工具调用",
    "database_calls_per_turn": "每轮数据库操作",
    "classified_question_share": "进行问题识别的占比",
    "kb_growth_tokens_per_month": "每月新增知识（token）",
    "months": "预测月数",
    "monthly_growth": "每月使用量增长",
}

# Units and help texts of the assumptions in Chinese (English: core.plan.ASSUMPTION_SPECS).
_ASSUMPTION_UNIT_ZH = {
    "conversations_per_month": "会话 / 月",
    "turns_per_conversation": "轮",
    "llm_calls_per_turn": "次 / 轮",
    "history_turns": "轮",
    "chunks_retrieved_per_turn": "片段 / 轮",
    "chunk_tokens": "token / 片段",
    "chunks_reranked_per_turn": "片段 / 轮",
    "image_turn_share": "轮次占比",
    "voice_turn_share": "轮次占比",
    "tts_playback_share": "轮次占比",
    "tool_calls_per_turn": "次 / 轮",
    "database_calls_per_turn": "次操作 / 轮",
    "classified_question_share": "轮次占比",
    "kb_growth_tokens_per_month": "token / 月",
    "months": "月",
    "monthly_growth": "占比 / 月",
}
_ASSUMPTION_HELP_ZH = {
    "conversations_per_month": "第 1 个月智能体的会话数。每轮产生的费用都随之按比例变化。",
    "turns_per_conversation": "每个会话中的用户消息数，每条回复一次。",
    "llm_calls_per_turn": "每轮调用 LLM 的次数（工作流组件：分类、条件判断、LLM）。每次调用都会重新发送提示词和上下文。",
    "history_turns": "每次调用平均重新发送的历史轮数（用户消息 + 回复）作为记忆。",
    "chunks_retrieved_per_turn": "每轮检索并加入提示词的知识片段数。0 表示关闭检索（用户问题也不再做 Embedding）。",
    "chunk_tokens": "一个检索到的知识片段的大小。",
    "chunks_reranked_per_turn": "每轮送去重排服务的片段数（开启知识重排时）。",
    "image_turn_share": "用户消息带图片的轮次占比（0 到 1）。",
    "voice_turn_share": "以语音消息发送的轮次占比（0 到 1）：ASR 秒数，或音频 LLM 的 token。",
    "tts_playback_share": "用户以语音播放的回复占比（TTS 字符）。",
    "tool_calls_per_turn": "每轮成功的付费工具调用次数（如 Google 搜索）。价格由您填写。",
    "database_calls_per_turn": "每轮的数据库处理操作次数。价格由您填写。",
    "classified_question_share": "进行问题识别（分类）的用户问题占比。价格由您填写。",
    "kb_growth_tokens_per_month": "第 1 个月之后每月新增的知识：索引一次，之后每天计存储费。",
    "months": "预测覆盖的月数。",
    "monthly_growth": "每月相对上月的使用量增长（0.05 = 5%）。",
}


def file_tokenizers(plan: Plan) -> list[str]:
    """The tokenizers any item was counted with: one token column each in the file list."""
    return sorted({tok for item in plan.items for tok in item.measurement.tokens})


class Labels:
    """Headings in one language; unknown keys fall back to English, then to the key."""

    def __init__(self, language: str = "en") -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; expected one of {LANGUAGES}")
        self.language = language
        self._table = _ZH if language == "zh" else _EN

    def __call__(self, key: str, **values: object) -> str:
        text = self._table.get(key) or _EN.get(key) or key
        return text.format(**values) if values else text

    def key_mode(self, key_mode: str) -> str:
        return self(f"key.{key_mode}")

    def file_headings(self, tokenizers: list[str]) -> list[str]:
        """Column headings of the file list (XLSX Files sheet and the files CSV)."""
        return [
            self("files.name"),
            self("files.role"),
            self("files.kind"),
            self("files.detail"),
            *(self("files.tokens", tokenizer=tok) for tok in tokenizers),
            self("files.chars"),
            self("files.width"),
            self("files.height"),
            self("files.seconds"),
            self("files.error"),
            self("files.warning"),
        ]

    def role(self, role: str) -> str:
        if self.language == "zh":
            return _ROLE_ZH.get(role, role)
        return ROLE_LABELS.get(role, role)

    def assumption(self, name: str) -> str:
        table = _ASSUMPTION_ZH if self.language == "zh" else _ASSUMPTION_EN
        return table.get(name, name)

    def assumption_unit(self, name: str, english: str) -> str:
        if self.language == "zh":
            return _ASSUMPTION_UNIT_ZH.get(name, english)
        return english

    def assumption_help(self, name: str, english: str) -> str:
        if self.language == "zh":
            return _ASSUMPTION_HELP_ZH.get(name, english)
        return english

    def note(self, note: Any, catalog: Catalog) -> str:
        """An estimate note in this language (the engine's English text otherwise)."""
        if self.language != "zh" or f"note.{note.code}" not in _ZH:
            return str(note.text)
        params = dict(note.params)
        if "type" in params:
            params["type"] = self.billing_type(catalog, params["type"])
        try:
            return _ZH[f"note.{note.code}"].format(**params)
        except KeyError:
            return str(note.text)

    def billing_type(self, catalog: Catalog, type_id: str) -> str:
        try:
            bt = catalog.billing_type(type_id)
        except KeyError:
            return type_id
        return bt.name_zh if self.language == "zh" else bt.name_en
