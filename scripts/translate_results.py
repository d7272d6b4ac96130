"""Build the results views' Chinese catalogue: lupdate -> fill translations -> lrelease.

    python scripts/translate_results.py          # update .ts and .qm
    python scripts/translate_results.py --check  # fail when a string has no translation

Billing type names come from the bundled catalog's ``name_zh`` (the seed's own
words); everything else from the table below.  Placeholders ({name}) must
match between source and translation, or the script stops.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "results_zh_CN.ts"
SOURCES = [
    *sorted((ROOT / "gptbots_planner" / "gui" / "results").glob("*.py")),
    ROOT / "gptbots_planner" / "gui" / "catalog_view.py",
    ROOT / "gptbots_planner" / "gui" / "catalog_model.py",
    ROOT / "gptbots_planner" / "gui" / "custom_model_dialog.py",
]

ZH = {
    "{type} is used but has no price: enter one in the catalog": "{type} 已被使用但没有价格：请在价格目录中输入",
    "{model} takes no audio: voice messages are billed as ASR instead": "{model} 不接受音频输入：语音消息改按 ASR 识别计费",
    "{model}: tokens counted with {tokenizer} as an approximation (the vendor's own tokenizer is not public or not bundled)": "{model}：tokens 用 {tokenizer} 近似计数（该厂商的分词器未公开或未随附）",
    "Counted with another tokenizer than {tokenizer}: {items}": "以下条目未用 {tokenizer} 计数（近似值）：{items}",
    "{assumption} is {value}, but {measure} is 0 (no file with that role, nothing entered): that part of the estimate is 0": "{assumption}为 {value}，但{measure}为 0（没有该用途的文件，也未填写）：这部分估算为 0",
    "Each turn retrieves {retrieved} tokens of knowledge, more than the knowledge base holds ({knowledge} tokens): lower the chunks or the chunk size": "每轮检索 {retrieved} 个知识 Token，超过知识库的总量（{knowledge} Token）：请减少片段数或片段大小",
    # key modes, units, categories
    "GPTBots key": "GPTBots Key",
    "Own key": "自有 Key",
    "tokens": "tokens",
    "seconds": "秒",
    "characters": "字符",
    "token-days": "token·天",
    "calls": "次调用",
    "operations": "次操作",
    "questions": "个问题",
    "LLM": "LLM",
    "Embedding": "Embedding（向量化）",
    "Rerank": "Rerank（重排）",
    "ASR": "ASR（语音识别）",
    "TTS": "TTS（语音合成）",
    "Storage": "存储",
    "Open (user-priced)": "待定价（由您定价）",
    "credits / 1K tokens": "积分 / 1K tokens",
    "credits / 60 s": "积分 / 60 秒",
    "credits / 1000 characters": "积分 / 1000 字符",
    "credits / 1K tokens / day": "积分 / 1K tokens / 天",
    "credits / successful call": "积分 / 次成功调用",
    "credits / database operation": "积分 / 次数据库操作",
    "credits / classified question": "积分 / 个识别问题",
    "unpriced": "未定价",
    "{amount} credits": "{amount} 积分",
    # charts
    "Nothing priced to draw yet": "尚无已定价的数据可绘制",
    "Credits": "积分",
    "credits": "积分",
    "Month 1 credits by model and key mode": "首月积分（按模型与 Key 模式）",
    "Month 1 credits": "首月积分",
    "Credits per month by billing type": "每月积分（按计费类型）",
    "Month 1 credits by billing type": "首月积分（按计费类型）",
    # breakdown
    "Billing type": "计费类型",
    "Quantity": "用量",
    "USD": "美元",
    "Used by this plan but without a price: it is not in the total. "
    "Use “Enter price…” to give it one.": "本方案用到但没有价格：未计入总额。请用“输入价格…”为其定价。",
    # buys
    "Model": "模型",
    "Key mode": "Key 模式",
    "Cre&dits:": "积分(&D)：",
    "Mode&l:": "模型(&L)：",
    "Ke&y mode:": "Key 模式(&Y)：",
    "These credits buy": "这些积分可以买到",
    "Worth": "价值",
    "Input tokens": "输入 tokens",
    "Output tokens": "输出 tokens",
    "English characters": "英文字符",
    "English words": "英文单词",
    "Chinese / Japanese / Korean characters": "中文 / 日文 / 韩文字符",
    "French / German / Russian / Arabic words": "法语 / 德语 / 俄语 / 阿拉伯语单词",
    "Text equivalents use the pricing page's rules of thumb: 1 token ≈ 4 English characters, "
    "1 English word ≈ 1.3 tokens, 1 CJK character ≈ 1–1.5 tokens, 1 French / German / Russian / "
    "Arabic word ≈ 1.2 tokens (input tokens).": "文本换算采用定价页的经验规则：1 token ≈ 4 个英文字符，"
    "1 个英文单词 ≈ 1.3 tokens，1 个中日韩字符 ≈ 1–1.5 tokens，1 个法语 / 德语 / 俄语 / 阿拉伯语单词 ≈ "
    "1.2 tokens（按输入 tokens 计）。",
    "Enter a number of credits, for example 1000.": "请输入积分数，例如 1000。",
    "unpriced or free": "未定价或免费",
    "{low} to {high}": "{low} 至 {high}",
    "Build a plan to see how many conversations a budget pays for.": "建立方案后即可查看预算能支撑多少次对话。",
    "This plan has no priced cost per conversation with {scenario}.": "使用 {scenario} 时，本方案没有已定价的单次对话成本。",
    "A monthly budget of {credits} credits pays for about {count} conversations of this plan "
    "with {scenario}.": "每月 {credits} 积分的预算，在 {scenario} 下约可支撑本方案 {count} 次对话。",
    "(Not counting what is unpriced: {types}.)": "（未计入未定价的部分：{types}。）",
    # catalog
    "Category": "类别",
    "Brand": "品牌",
    "Unit": "单位",
    "GPTBots key\ninput": "GPTBots Key\n输入",
    "GPTBots key\noutput": "GPTBots Key\n输出",
    "Own key\ninput": "自有 Key\n输入",
    "Own key\noutput": "自有 Key\n输出",
    "Source": "来源",
    "free": "免费",
    "yours (custom model)": "您的（自定义模型）",
    "yours": "您的",
    "bundled": "内置",
    "As the pricing page writes it: {raw}": "定价页原文：{raw}",
    "Brand, model or id": "品牌、模型或 ID",
    "Search the catalog": "搜索价格目录",
    "All categories": "全部类别",
    "&Search:": "搜索(&S)：",
    "C&ategory:": "类别(&A)：",
    "Prices": "价格",
    "Edi&t prices…": "编辑价格(&T)…",
    "A&dd custom model…": "添加自定义模型(&D)…",
    "&Remove custom model": "删除自定义模型(&R)",
    "Reset r&ow": "重置此行(&O)",
    "Reset ever&ything…": "全部重置(&Y)…",
    "Catalog {version} ({date}) — source: {source}\nYour prices: {path}": "价格目录 {version}（{date}）— 来源：{source}\n您的价格：{path}",
    "Your catalog file could not be used, so only the bundled prices are in effect: {error}\n"
    "Fix the file, or use “Reset everything…” (the broken file is kept as a .bak copy).": "无法使用您的价格文件，当前仅内置价格生效：{error}\n"
    "请修正该文件，或使用“全部重置…”（损坏的文件会保留为 .bak 副本）。",
    "{shown} of {total} prices": "显示 {shown} / {total} 条价格",
    "Prices of {name}. Empty means unpriced.": "{name} 的价格。留空表示未定价。",
    "Prices of {name}. Leave a field empty to use the bundled price again.": "{name} 的价格。留空即恢复使用内置价格。",
    "Edit prices: {name}": "编辑价格：{name}",
    "Saved your prices.": "已保存您的价格。",
    "Added {id}.": "已添加 {id}。",
    "Nothing changed: {error}": "未做任何更改：{error}",
    "Remove custom model": "删除自定义模型",
    "Remove {name} from your catalog? Plans that use it will not estimate.": "从您的价格目录中删除 {name}？使用它的方案将无法估算。",
    "Removed {name}.": "已删除 {name}。",
    "Reset row": "重置此行",
    "Use the bundled prices of {name} again?": "恢复使用 {name} 的内置价格？",
    "{name} uses the bundled prices again.": "{name} 已恢复使用内置价格。",
    "Reset everything": "全部重置",
    "Forget all your prices and custom models and use the bundled catalog? The current file is "
    "kept as a .bak copy.": "清除您所有的价格和自定义模型，改用内置价格目录？当前文件会保留为 .bak 副本。",
    "Back to the bundled catalog.": "已恢复为内置价格目录。",
    "Your old file: {path}": "您的旧文件：{path}",
    # comparison
    "Per conversation": "每次对话",
    "Unpriced": "未定价",
    "The cheapest fully priced choice for month 1": "首月最便宜且完全定价的选择",
    "Not comparable yet: some billing types have no price": "暂无法比较：部分计费类型没有价格",
    "{model} ★ cheapest": "{model} ★ 最便宜",
    # custom model dialog
    "Add a custom model": "添加自定义模型",
    "Custom": "自定义",
    "&Brand:": "品牌(&B)：",
    "&Name:": "名称(&N)：",
    "credits / 1K tokens (empty: unpriced)": "积分 / 1K tokens（留空：未定价）",
    "{key_mode} input:": "{key_mode} 输入：",
    "{key_mode} output:": "{key_mode} 输出：",
    "&Tokenizer:": "分词器(&T)：",
    "Id:": "ID：",
    "Not saved: {error}": "未保存：{error}",
    # price dialog
    "{key_mode}, input (credits / 1K tokens)": "{key_mode}，输入（积分 / 1K tokens）",
    "{key_mode}, output (credits / 1K tokens)": "{key_mode}，输出（积分 / 1K tokens）",
    "{key_mode} ({unit})": "{key_mode}（{unit}）",
    "Storage ({unit})": "存储（{unit}）",
    "{name} ({unit})": "{name}（{unit}）",
    "no price": "无价格",
    "Your catalog file is broken, so nothing was saved: {error}\n"
    "Fix the file or reset it from the catalog browser.": "您的价格文件已损坏，因此未保存任何内容：{error}\n"
    "请修正该文件，或在价格目录中重置。",
    # projection
    "Month": "月份",
    "Conversations": "对话数",
    "Total credits": "积分合计",
    "Cumulative": "累计",
    "Leaves out billing types that have no price: {types}": "未计入没有价格的计费类型：{types}",
    # panel
    "No estimate yet: add material to the workspace and choose a model.": "尚无估算：请向工作区添加资料并选择模型。",
    "Scenario shown": "显示的方案",
    "Showin&g:": "显示(&G)：",
    "Monthly total": "月度合计",
    "En&ter price…": "输入价格(&T)…",
    "Enter pr&ice…": "输入价格(&I)…",
    "Breakdown by billing type": "按计费类型明细",
    "Give the selected unpriced billing type a price": "为选中的未定价计费类型定价",
    "Comparison of models and key modes": "模型与 Key 模式对比",
    "Month-by-month projection": "逐月预测",
    "&Breakdown": "明细(&B)",
    "C&omparison": "对比(&O)",
    "Pro&jection": "预测(&J)",
    "&What credits buy": "积分能买什么(&W)",
    "Month 1 ({month}), includes one-time indexing of {one_time} credits; after that about "
    "{recurring} credits per month.": "首月（{month}），含一次性知识索引 {one_time} 积分；之后每月约 {recurring} 积分。",
    "Recurring: {recurring} credits per month (month 1 = {month}).": "每月固定：{recurring} 积分（首月 = {month}）。",
    "Over {count} months: {total} credits.": "{count} 个月合计：{total} 积分。",
    "+ unpriced: {types} — used by this plan, not in the total above.": "+ 未定价：{types} — 本方案会用到，但未计入上面的总额。",
    "Enter price: {name}": "输入价格：{name}",
    "The pricing page gives no price for {name} in this plan. Enter it in credits; it is saved "
    "in your own catalog and used from now on.": "定价页没有给出本方案中 {name} 的价格。请以积分输入；它会保存在您自己的价格目录中，并从现在起生效。",
    "Set the price of {name}; it is saved in your own catalog.": "设置 {name} 的价格；它会保存在您自己的价格目录中。",
}

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d")


def seed_names() -> dict[str, str]:
    """Billing type names: the seed's own Chinese words for each English name."""
    data = json.loads((ROOT / "resources" / "pricing" / "catalog.json").read_text("utf-8"))
    return {bt["name_en"]: bt["name_zh"] for bt in data["billing_types"]}


def fill(ts_path: Path) -> list[str]:
    """Write every translation into the .ts; returns the sources still missing one."""
    table = {**ZH, **seed_names()}
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if source not in table:
            missing.append(source)
            continue
        text = table[source]
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            raise SystemExit(f"placeholders differ: {source!r} -> {text!r}")
        translation.text = text
        translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the .ts file")
    args = parser.parse_args()
    if not args.check:
        subprocess.run(
            ["pyside6-lupdate", *map(str, SOURCES), "-no-obsolete", "-ts", str(TS)], check=True
        )
    missing = fill(TS) if not args.check else []
    if args.check:
        tree = ET.parse(TS)
        missing = [
            m.findtext("source") or ""
            for m in tree.getroot().iter("message")
            if not (m.findtext("translation") or "")
        ]
    if missing:
        print("no translation for:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    if not args.check:
        subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
