"""Build the shell's Chinese catalogue: lupdate, add the core's units and help texts, translate, lrelease.

    python scripts/translate_shell.py          # writes resources/translations/planner_zh_CN.ts/.qm

Sources are the shell's modules of ``gptbots_planner/gui`` (``SHELL_MODULES``;
the results views and the catalog browser have their own ``results_zh_CN``).  Units and help
texts live in ``core.plan`` (plain Python, no Qt): they are added here to the
contexts ``PlanFieldUnits`` / ``PlanFieldHelp`` that ``gui.field_names`` looks
them up in.  A source without a translation below stops the build, so no
entry ships unfinished.  Mnemonics: "&Open…" is translated as "打开(&O)…",
added here from the source's own letter.
"""

from __future__ import annotations

import logging
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gptbots_planner.core.plan import ASSUMPTION_SPECS, MEASURE_OVERRIDES  # noqa: E402

log = logging.getLogger(__name__)

GUI = ROOT / "gptbots_planner" / "gui"
TS = ROOT / "resources" / "translations" / "planner_zh_CN.ts"
# The shell's modules (the results engineer's catalog_*.py / custom_model_dialog.py and
# results/ have their own catalogue).
SHELL_MODULES = (
    "app",
    "app_controller",
    "daily_dialog",
    "document",
    "estimate_controller",
    "exporting",
    "field_names",
    "file_table",
    "i18n",
    "main_window",
    "model_selector",
    "plan_form",
    "prompts",
    "recovery",
    "scan_controller",
    "settings",
    "settings_dialog",
    "workers",
    "workspace",
)

# source -> translation (mnemonics are added automatically).
ZH: dict[str, str] = {
    "From a &daily figure…": "按每日数量换算…",
    "Enter conversations per day and active days per month instead": "改为输入每日对话数和每月活跃天数",
    "Conversations from a daily figure": "按每日数量换算对话数",
    "Conversations per day": "每日对话数",
    "Active days per month": "每月活跃天数",
    "Conversations per &day:": "每日对话数：",
    "&Active days per month:": "每月活跃天数：",
    "= %1 conversations per month": "= 每月 %1 次对话",
    # window and menus
    "Plan": "计划",
    "Catalog": "价格目录",
    "&New plan": "新建计划",
    "&Open…": "打开…",
    "&Save": "保存",
    "Save &as…": "另存为…",
    "&Export…": "导出…",
    "Se&ttings…": "设置…",
    "&Quit": "退出",
    "Add &files…": "添加文件…",
    "Add fol&der…": "添加文件夹…",
    "&Paste text…": "粘贴文本…",
    "&Remove": "移除",
    "Re-&measure": "重新测量",
    "&Filter files": "筛选文件",
    "&Cancel measuring": "取消测量",
    "&Plan": "计划",
    "&Catalog": "价格目录",
    "&About": "关于",
    "&File": "文件",
    "Open e&xample": "打开示例",
    "Open &recent": "最近打开",
    "&Edit": "编辑",
    "&View": "查看",
    "&Help": "帮助",
    # workspace
    "Drop files here\n\nknowledge documents, sample conversations, images, voice notes; "
    "or use Add files…, Add folder… or Paste text": "将文件拖放到这里\n\n知识文档、对话样例、图片、语音消息；"
    "或使用“添加文件…”“添加文件夹…”“粘贴文本”",
    "Filter files (Ctrl+F)": "筛选文件 (Ctrl+F)",
    "Filter files": "筛选文件",
    "Files in the plan": "计划中的文件",
    "Measuring progress": "测量进度",
    "&Cancel": "取消",
    "Add files": "添加文件",
    "Add folder": "添加文件夹",
    "Set &role": "设置用途",
    "Re-measure with &encoding…": "按指定编码重新测量…",
    "Text encoding": "文本编码",
    "Read the selected files as:": "将所选文件按此编码读取：",
    "Listing files…": "正在列出文件…",
    "%1 of %2 files, %3 of %4": "%1 / %2 个文件，%3 / %4",
    "Paste text": "粘贴文本",
    "Pasted text": "粘贴的文本",
    "Name": "名称",
    "Role": "用途",
    "Text": "文本",
    "Paste or type the text here": "在此粘贴或输入文本",
    "&Name:": "名称：",
    "&Role:": "用途：",
    # file table
    "Kind": "类型",
    "Measure": "测量结果",
    "Status": "状态",
    "Error": "错误",
    "Knowledge document": "知识文档",
    "Conversation sample": "对话样例",
    "System prompt": "系统提示词",
    "Reply sample": "回复样例",
    "Image attachment": "图片附件",
    "Voice message": "语音消息",
    "Not in the budget": "不计入预算",
    "Document": "文档",
    "Image": "图片",
    "Audio": "音频",
    "Unsupported": "不支持",
    "%1 x %2 px, %3 tiles, %4 image tokens": "%1 x %2 像素，%3 个图块，%4 图片 Token",
    "%1 x %2 px, %3 patches, %4 image tokens": "%1 x %2 像素，%3 个图块（32 像素），%4 图片 Token",
    "%1 x %2 px, %4 image tokens": "%1 x %2 像素，%4 图片 Token",
    # measurement messages (gui.file_table.file_message): the leading words
    "binary data in a text file": "文本文件中含有二进制数据",
    "unsupported file type": "不支持的文件类型",
    "unsupported audio format": "不支持的音频格式",
    "empty file": "空文件",
    "file too large": "文件过大",
    "permission denied: cannot read this file": "没有权限：无法读取此文件",
    "file not found (deleted or moved while scanning?)": "找不到文件（扫描时被删除或移动？）",
    "broken symbolic link: its target does not exist": "符号链接已失效：目标不存在",
    "symbolic link loop": "符号链接循环",
    "cannot list folder": "无法列出文件夹",
    "zip bomb suspected": "疑似 zip 炸弹",
    "no text layer, needs OCR": "没有文字层，需要 OCR",
    "no text found": "未找到文字",
    "decompression bomb: size read from header, not decoded": "解压炸弹：尺寸读自文件头，未解码",
    "not a readable PDF": "无法读取的 PDF",
    "encrypted PDF": "加密的 PDF",
    "could not measure this file": "无法测量此文件",
    "corrupt": "已损坏",
    "extension says %1, content is %2": "扩展名为 %1，内容却是 %2",
    "%1 chunk cut(s) without a line break; counts approximate": "%1 处分块不在换行处；计数为近似值",
    "; ": "；",
    "length unknown": "时长未知",
    "%1 s": "%1 秒",
    "%1 (%2)": "%1（%2）",
    "%1 tokens": "%1 Token",
    "Measuring…": "测量中…",
    "Measured, with a note": "已测量（有提示）",
    "Measured": "已测量",
    "pasted text": "粘贴的文本",
    # model selector and plan panel
    "Models to compare": "对比的模型",
    "Search models": "搜索模型",
    "Models to compare, grouped by brand": "对比的模型（按品牌分组）",
    "Key mode": "Key 模式",
    "Compare prices with the GPTBots platform key, your own key, or both": "使用 GPTBots 平台 Key、自有 Key 或两者对比价格",
    "&Key mode:": "Key 模式：",
    "&Models to compare:": "对比的模型：",
    "Mo&dels": "模型",
    "&Usage": "用量",
    "Measured from the files in the workspace. Type a number to override one; clear it to go back to the measured value.": "以下数值由工作区中的文件测得。输入数字可覆盖；清空则恢复为测得的数值。",
    "Me&asured": "测量值",
    "The first month of the projection, as YYYY-MM": "预测的第一个月，格式为 YYYY-MM",
    "&Services": "服务",
    "measured: %1": "测得：%1",
    "%1:": "%1：",
    "measured": "测得",
    "Knowledge base: %1 tokens in %2 documents (before growth).": "知识库：%2 个文档共 %1 Token（未计增长）。",
    # field labels
    "Conversations per month": "每月对话数",
    "Turns per conversation": "每次对话轮数",
    "LLM calls per turn": "每轮 LLM 调用次数",
    "History turns kept": "保留的历史轮数",
    "Chunks retrieved per turn": "每轮检索的知识片段数",
    "Tokens per chunk": "每个片段的 Token 数",
    "Chunks reranked per turn": "每轮重排的片段数",
    "Share of turns with an image": "带图片的轮次占比",
    "Share of voice turns": "语音轮次占比",
    "Share of replies played as speech": "朗读回复的占比",
    "Paid tool calls per turn": "每轮付费工具调用次数",
    "Database operations per turn": "每轮数据库操作次数",
    "Share of classified questions": "经问题识别的问题占比",
    "Knowledge growth per month": "每月知识增量",
    "Months to project": "预测月数",
    "Monthly growth": "月增长率",
    "User message": "用户消息",
    "Reply": "回复",
    "Reply length": "回复长度",
    "Image tokens per image": "每张图片的 Token 数",
    "Voice message length": "语音消息时长",
    "Knowledge base size": "知识库大小",
    "Voice messages": "语音消息",
    "ASR rounding": "ASR 计费取整",
    "Days per month": "每月天数",
    "Image token rule": "图片 Token 规则",
    "First month": "起始月份",
    "Embedding": "向量化（Embedding）",
    "Rerank": "重排（Rerank）",
    "Speech recognition (ASR)": "语音识别（ASR）",
    "Speech synthesis (TTS)": "语音合成（TTS）",
    "Plan name": "计划名称",
    "Transcribed (ASR), then text chat": "先转写（ASR），再文本对话",
    "Sent as audio to the LLM": "以音频发送给 LLM",
    "Exact seconds (pro rata)": "按实际秒数（按比例）",
    "Per started minute": "按开始的每分钟",
    "Calendar days": "日历天数",
    "Always 30 days": "固定 30 天",
    "GPTBots rule: 85 + 170 per 512 px tile": "GPTBots 规则：85 + 每个 512 像素图块 170",
    "The model provider's own rule": "模型厂商自己的规则",
    "OpenAI high detail": "OpenAI 高细节",
    "OpenAI 32 px patches": "OpenAI 32 像素图块",
    "Low detail (85 tokens)": "低细节（85 Token）",
    "GPTBots key": "GPTBots Key",
    "Own key": "自有 Key",
    "Both (compare)": "两者（对比）",
    # a typed value the plan refuses (gui.field_names.field_error)
    "Must be at least %1 %2.": "不能小于 %1 %2。",
    "Must be at most %1 %2.": "不能大于 %1 %2。",
    "Not a number: type digits, e.g. 12 or 0.5.": "不是数字：请输入数字，例如 12 或 0.5。",
    "Must be a whole number.": "必须是整数。",
    "Cannot be negative.": "不能为负数。",
    "Must be a month such as 2027-01.": "必须是年月，例如 2027-01。",
    "System language": "跟随系统语言",
    # settings
    "Settings": "设置",
    "&Language:": "语言：",
    "Default &key mode:": "默认 Key 模式：",
    "&Image token rule:": "图片 Token 规则：",
    "&ASR rounding:": "ASR 计费取整：",
    "&Days per month:": "每月天数：",
    "A new language applies at once. Key mode, image rule, ASR rounding and days are the defaults of new plans; each plan keeps its own.": "新语言立即生效。Key 模式、图片规则、ASR 取整和天数是新计划的默认值；每个计划保留自己的设置。",
    # prompts
    "GPTBots plans (*%1)": "GPTBots 计划 (*%1)",
    "All files (*)": "所有文件 (*)",
    "Excel workbook (*.xlsx)": "Excel 工作簿 (*.xlsx)",
    "CSV files (*.csv)": "CSV 文件 (*.csv)",
    "Recover unsaved plan": "恢复未保存的计划",
    "The planner did not close cleanly last time. These plans had changes that were not saved:": "上次程序未正常关闭。以下计划有未保存的更改：",
    "Autosaved plans": "自动保存的计划",
    "never saved": "从未保存",
    "&Recover": "恢复",
    "&Discard": "丢弃",
    "Unsaved changes": "未保存的更改",
    "The plan “%1” has changes that are not saved. Save them?": "计划“%1”有未保存的更改。是否保存？",
    "Open plan": "打开计划",
    "Save plan": "保存计划",
    "Export the budget": "导出预算",
    # controller and export
    "Measuring failed": "测量失败",
    "Recovery failed": "恢复失败",
    "Untitled plan": "未命名计划",
    "Cannot open the plan": "无法打开计划",
    "Cannot open the example": "无法打开示例",
    "Cannot save the plan": "无法保存计划",
    "Saved %1": "已保存 %1",
    "Autosave failed: %1": "自动保存失败：%1",
    "Choose at least one model to compare.": "请至少选择一个要对比的模型。",
    "Your prices were not applied": "您输入的价格未生效",
    "About %1": "关于 %1",
    "%1 %2\nPlan a month of GPTBots credits, offline. Licensed under GPL-3.0-or-later.": "%1 %2\n离线规划 GPTBots 每月积分用量。以 GPL-3.0-or-later 许可发布。",
    "Export failed": "导出失败",
    "&Customer service": "客服机器人",
    "&Voice assistant": "语音助手",
    "Exported %1": "已导出 %1",
    "Exporting…": "正在导出…",
    # units (context PlanFieldUnits)
    "conversations / month": "次对话 / 月",
    "turns": "轮",
    "calls / turn": "次调用 / 轮",
    "chunks / turn": "个片段 / 轮",
    "tokens / chunk": "Token / 片段",
    "share of turns": "轮次占比",
    "operations / turn": "次操作 / 轮",
    "tokens / month": "Token / 月",
    "months": "个月",
    "share / month": "比例 / 月",
    "tokens": "Token",
    "characters": "字符",
    "seconds": "秒",
    # help texts (context PlanFieldHelp)
    "Conversations your agent holds in the first month. Every per-turn cost scales with it.": "机器人在第一个月进行的对话数。每轮的费用都随它增减。",
    "User messages per conversation, each answered once.": "每次对话中的用户消息数，每条回复一次。",
    "LLM calls a turn makes (workflow components: classifier, condition, LLM). Each call sends the prompt and context again.": "每轮发起的 LLM 调用次数（工作流组件：分类器、条件、LLM）。每次调用都会重新发送提示词和上下文。",
    "Earlier turns (user message + reply) sent again as memory with each call, on average.": "每次调用平均作为记忆重新发送的历史轮数（用户消息 + 回复）。",
    "Knowledge chunks retrieved and added to the prompt per turn. 0 turns retrieval off (then user questions are not embedded either).": "每轮检索并加入提示词的知识片段数。0 表示关闭检索（此时用户问题也不做向量化）。",
    "Size of one retrieved knowledge chunk.": "一个检索到的知识片段的大小。",
    "Chunks sent to the rerank service per turn (knowledge rerank switched on).": "每轮发送给重排服务的片段数（开启知识重排时）。",
    "Share of turns whose user message carries an image (0 to 1).": "用户消息带图片的轮次占比（0 到 1）。",
    "Share of turns sent as a voice message (0 to 1): ASR seconds, or audio-LLM tokens.": "以语音消息发送的轮次占比（0 到 1）：计 ASR 秒数或音频 LLM Token。",
    "Share of replies the user plays back as speech (TTS characters).": "用户以语音播放的回复占比（TTS 字符）。",
    "Successful paid tool calls per turn (e.g. Google search). Priced by you.": "每轮成功的付费工具调用次数（例如 Google 搜索）。价格由您填写。",
    "Database processing operations per turn. Priced by you.": "每轮的数据库处理操作次数。价格由您填写。",
    "Share of user questions run through question classification. Priced by you.": "经过问题识别的用户问题占比。价格由您填写。",
    "Knowledge added each month after the first: indexed once, then stored every day.": "第一个月之后每月新增的知识：索引一次，之后每天存储。",
    "How many months the projection covers.": "预测覆盖的月数。",
    "Usage growth from one month to the next (0.05 = 5 %).": "每月相对上月的用量增长（0.05 = 5%）。",
    "Prompt tokens sent with every LLM call.": "每次 LLM 调用都会发送的提示词 Token。",
    "Average user message (from conversation samples).": "平均用户消息（来自对话样例）。",
    "Average reply (from reply samples).": "平均回复（来自回复样例）。",
    "Average reply length in characters (TTS bills these).": "平均回复长度（字符数，TTS 按此计费）。",
    "Average image tokens per attached image.": "每张附加图片的平均 Token 数。",
    "Average voice message length.": "语音消息的平均时长。",
    "Knowledge base size at the start (from knowledge documents).": "初始知识库大小（来自知识文档）。",
}


def sources() -> list[Path]:
    return [GUI / f"{name}.py" for name in SHELL_MODULES]


def with_mnemonic(source: str, text: str) -> str:
    match = re.search(r"&([A-Za-z0-9])", source)
    if not match or "&" in text:
        return text
    suffix = ""
    for tail in ("…", "：", ":"):
        if text.endswith(tail):
            text, suffix = text[: -len(tail)], tail
            break
    return f"{text}(&{match.group(1).upper()}){suffix}"


def add_core_strings(root: ET.Element) -> None:
    units = sorted(
        {spec[3] for spec in ASSUMPTION_SPECS.values()} | {u for u, _ in MEASURE_OVERRIDES.values()}
    )
    helps = [spec[4] for spec in ASSUMPTION_SPECS.values()] + [
        h for _, h in MEASURE_OVERRIDES.values()
    ]
    for context_name, texts in (("PlanFieldUnits", units), ("PlanFieldHelp", helps)):
        for old in [c for c in root.iter("context") if c.findtext("name") == context_name]:
            root.remove(old)
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for text in dict.fromkeys(texts):
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", {"type": "unfinished"})


def translate(root: ET.Element) -> list[str]:
    missing: list[str] = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            if source not in ZH:
                missing.append(f"{context.findtext('name')}: {source!r}")
                continue
            translation.text = with_mnemonic(source, ZH[source])
            translation.attrib.pop("type", None)
    return missing


def main() -> int:
    TS.parent.mkdir(parents=True, exist_ok=True)
    files = [str(p) for p in sources()]
    subprocess.run(
        ["pyside6-lupdate", "-no-obsolete", "-locations", "none", *files, "-ts", str(TS)],
        check=True,
    )
    tree = ET.parse(TS)
    root = tree.getroot()
    root.set("language", "zh_CN")
    add_core_strings(root)
    missing = translate(root)
    if missing:
        print("no translation for:\n  " + "\n  ".join(missing), file=sys.stderr)
        return 1
    ET.indent(tree)
    body = ET.tostring(root, encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
