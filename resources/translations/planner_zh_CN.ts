<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppController</name>
    <message>
        <source>&amp;Customer service</source>
        <translation>客服机器人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Voice assistant</source>
        <translation>语音助手(&amp;V)</translation>
    </message>
    <message>
        <source>Measuring failed</source>
        <translation>测量失败</translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>未命名计划</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>无法打开计划</translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>无法保存计划</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>没有最近打开的方案</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Choose at least one model to compare.</source>
        <translation>请至少选择一个要对比的模型。</translation>
    </message>
    <message>
        <source>Your prices were not applied</source>
        <translation>您输入的价格未生效</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>%1 %2
Plan a month of GPTBots credits, offline. Licensed under GPL-3.0-or-later.</source>
        <translation>%1 %2
离线规划 GPTBots 每月积分用量。以 GPL-3.0-or-later 许可发布。</translation>
    </message>
    <message>
        <source>The last plan, %1, could not be opened: started with an empty plan.</source>
        <translation>无法打开上次的计划 %1：已从空白计划开始。</translation>
    </message>
</context>
<context>
    <name>BillingNames</name>
    <message>
        <source>LLM text chat</source>
        <translation>LLM 文本对话</translation>
    </message>
    <message>
        <source>LLM audio chat</source>
        <translation>LLM 音频对话</translation>
    </message>
    <message>
        <source>Speech recognition</source>
        <translation>ASR 识别</translation>
    </message>
    <message>
        <source>Speech synthesis</source>
        <translation>TTS 生成</translation>
    </message>
    <message>
        <source>Knowledge indexing (embedding)</source>
        <translation>知识索引</translation>
    </message>
    <message>
        <source>Knowledge storage</source>
        <translation>知识存储</translation>
    </message>
    <message>
        <source>Paid tool call</source>
        <translation>Tools 调用</translation>
    </message>
    <message>
        <source>Knowledge rerank</source>
        <translation>知识重排</translation>
    </message>
    <message>
        <source>Database processing</source>
        <translation>数据库处理</translation>
    </message>
    <message>
        <source>Question classification</source>
        <translation>问题识别</translation>
    </message>
    <message>
        <source>GPTBots key</source>
        <translation>GPTBots Key</translation>
    </message>
    <message>
        <source>Own key</source>
        <translation>自有 Key</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>token-days</source>
        <translation>token × 天</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>次调用</translation>
    </message>
    <message>
        <source>operations</source>
        <translation>次操作</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>个问题</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Embedding（向量化）</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>Rerank（重排）</translation>
    </message>
    <message>
        <source>ASR</source>
        <translation>ASR（语音识别）</translation>
    </message>
    <message>
        <source>TTS</source>
        <translation>TTS（语音合成）</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Open (user-priced)</source>
        <translation>待定价（由您定价）</translation>
    </message>
    <message>
        <source>credits / 1K tokens</source>
        <translation>积分 / 1K token</translation>
    </message>
    <message>
        <source>credits / 60 s</source>
        <translation>积分 / 60 秒</translation>
    </message>
    <message>
        <source>credits / 1000 characters</source>
        <translation>积分 / 1000 字符</translation>
    </message>
    <message>
        <source>credits / 1K tokens / day</source>
        <translation>积分 / 1K token / 天</translation>
    </message>
    <message>
        <source>credits / successful call</source>
        <translation>积分 / 次成功调用</translation>
    </message>
    <message>
        <source>credits / database operation</source>
        <translation>积分 / 次数据库操作</translation>
    </message>
    <message>
        <source>credits / classified question</source>
        <translation>积分 / 个识别问题</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>未定价</translation>
    </message>
    <message>
        <source>{amount} credits</source>
        <translation>{amount} 积分</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>Nothing priced to draw yet</source>
        <translation>尚无已定价的数据可绘制</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Billing type</source>
        <translation>计费类型</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>Workflow component “{name}” ({id})</source>
        <translation>工作流组件“{name}”（{id}）</translation>
    </message>
    <message>
        <source>Used by this plan but without a price: it is not in the total. Use “Enter price…” to give it one.</source>
        <translation>本方案用到但没有价格：未计入总额。请用“输入价格…”为其定价。</translation>
    </message>
</context>
<context>
    <name>BuysView</name>
    <message>
        <source>Credits</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Key mode</source>
        <translation>Key 模式</translation>
    </message>
    <message>
        <source>Cre&amp;dits:</source>
        <translation>积分(&amp;D)：</translation>
    </message>
    <message>
        <source>Mode&amp;l:</source>
        <translation>模型(&amp;L)：</translation>
    </message>
    <message>
        <source>Ke&amp;y mode:</source>
        <translation>Key 模式(&amp;Y)：</translation>
    </message>
    <message>
        <source>These credits buy</source>
        <translation>这些积分可以买到</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>输入 token</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>输出 token</translation>
    </message>
    <message>
        <source>English characters</source>
        <translation>英文字符</translation>
    </message>
    <message>
        <source>English words</source>
        <translation>英文单词</translation>
    </message>
    <message>
        <source>Chinese / Japanese / Korean characters</source>
        <translation>中文 / 日文 / 韩文字符</translation>
    </message>
    <message>
        <source>French / German / Russian / Arabic words</source>
        <translation>法语 / 德语 / 俄语 / 阿拉伯语单词</translation>
    </message>
    <message>
        <source>Text equivalents use the pricing page&apos;s rules of thumb: 1 token ≈ 4 English characters, 1 English word ≈ 1.3 tokens, 1 CJK character ≈ 1–1.5 tokens, 1 French / German / Russian / Arabic word ≈ 1.2 tokens (input tokens).</source>
        <translation>文本换算采用定价页的经验规则：1 token ≈ 4 个英文字符，1 个英文单词 ≈ 1.3 token，1 个中日韩字符 ≈ 1–1.5 token，1 个法语 / 德语 / 俄语 / 阿拉伯语单词 ≈ 1.2 token（按输入 token 计）。</translation>
    </message>
    <message>
        <source>credits</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Enter a number of credits, for example 1000.</source>
        <translation>请输入积分数，例如 1000。</translation>
    </message>
    <message>
        <source>unpriced or free</source>
        <translation>未定价或免费</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} 至 {high}</translation>
    </message>
    <message>
        <source>Build a plan to see how many conversations a budget pays for.</source>
        <translation>建立方案后即可查看预算能支撑多少次对话。</translation>
    </message>
    <message>
        <source>This plan has no priced cost per conversation with {scenario}.</source>
        <translation>使用 {scenario} 时，本方案没有已定价的单次对话成本。</translation>
    </message>
    <message>
        <source>A monthly budget of {credits} credits pays for about {first} conversations of this plan with {scenario} in month 1 (which also pays the one-time indexing of the documents), and about {later} in a month without indexing.</source>
        <translation>每月 {credits} 积分的预算，使用 {scenario} 时首月约可支付本方案 {first} 次对话（首月还需支付文档的一次性索引），不含索引的月份约 {later} 次。</translation>
    </message>
    <message>
        <source>On your own key the model vendor bills the tokens on top: {provider} in month 1 for this plan.</source>
        <translation>使用自有 Key 时，模型厂商另行对 token 计费：本方案首月 {provider}。</translation>
    </message>
    <message>
        <source>(Not counting what is unpriced: {types}.)</source>
        <translation>（未计入未定价的部分：{types}。）</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>Category</source>
        <extracomment>the catalog&apos;s categories, in the order the filter lists them</extracomment>
        <translation>类别</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>GPTBots key
input</source>
        <translation>GPTBots Key
输入</translation>
    </message>
    <message>
        <source>GPTBots key
output</source>
        <translation>GPTBots Key
输出</translation>
    </message>
    <message>
        <source>Own key
input</source>
        <translation>自有 Key
输入</translation>
    </message>
    <message>
        <source>Own key
output</source>
        <translation>自有 Key
输出</translation>
    </message>
    <message>
        <source>Provider price
(own key)</source>
        <translation>厂商价格
（自有 Key）</translation>
    </message>
    <message>
        <source>Provider price
basis</source>
        <translation>厂商价格
依据</translation>
    </message>
    <message>
        <source>Context
window</source>
        <translation>上下文
窗口</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>yours (custom model)</source>
        <translation>您的（自定义模型）</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>As the pricing page writes it: {raw}</source>
        <translation>定价页原文：{raw}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>Bills hidden reasoning tokens at the output price (the plan&apos;s reasoning tokens per call)</source>
        <translation>按输出价格计费隐藏的推理 token（方案中的“每次调用的推理 token 数”）</translation>
    </message>
    <message>
        <source>The pricing page&apos;s {direction} prices are {gptbots} (GPTBots key) and {own} (own key): {ratio} x apart, not 11 x. Enter the vendor&apos;s real price.</source>
        <translation>定价页面的{direction}价格为 {gptbots}（GPTBots Key）和 {own}（自有 Key）：相差 {ratio} 倍，而不是 11 倍。请输入厂商的实际价格。</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Brand, model or id</source>
        <translation>品牌、模型或 ID</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>搜索价格目录</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>A&amp;dd custom model…</source>
        <translation>添加自定义模型(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Remove custom model</source>
        <translation>删除自定义模型(&amp;R)</translation>
    </message>
    <message>
        <source>Reset r&amp;ow</source>
        <translation>重置此行(&amp;O)</translation>
    </message>
    <message>
        <source>Edi&amp;t prices…</source>
        <translation>编辑价格(&amp;T)…</translation>
    </message>
    <message>
        <source>Reset ever&amp;ything…</source>
        <translation>全部重置(&amp;Y)…</translation>
    </message>
    <message>
        <source>Catalog {version} ({date}) — source: {source}
Your prices: {path}</source>
        <translation>价格目录 {version}（{date}）— 来源：{source}
您的价格：{path}</translation>
    </message>
    <message>
        <source>Your catalog file could not be used, so only the bundled prices are in effect: {error}
Fix the file, or use “Reset everything…” (the broken file is kept as a .bak copy).</source>
        <translation>无法使用您的价格文件，当前仅内置价格生效：{error}
请修正该文件，或使用“全部重置…”（损坏的文件会保留为 .bak 副本）。</translation>
    </message>
    <message>
        <source>{shown} of {total} prices</source>
        <translation>显示 {shown} / {total} 条价格</translation>
    </message>
    <message>
        <source>Prices of {name}. Empty means unpriced.</source>
        <translation>{name} 的价格。留空表示未定价。</translation>
    </message>
    <message>
        <source>Prices of {name}. Leave a field empty to use the bundled price again.</source>
        <translation>{name} 的价格。留空即恢复使用内置价格。</translation>
    </message>
    <message>
        <source>The provider price is what the model vendor bills you on your own key, in the vendor&apos;s unit (USD). Enter the vendor&apos;s real price and where it is from; empty fields go back to the price derived from the pricing page.</source>
        <translation>厂商价格是使用自有 Key 时模型厂商向您收取的费用，以厂商的单位（美元）计。请输入厂商的实际价格及其来源；留空则恢复为根据定价页面推算的价格。</translation>
    </message>
    <message>
        <source>Edit prices: {name}</source>
        <translation>编辑价格：{name}</translation>
    </message>
    <message>
        <source>Saved your prices.</source>
        <translation>已保存您的价格。</translation>
    </message>
    <message>
        <source>Added {id}.</source>
        <translation>已添加 {id}。</translation>
    </message>
    <message>
        <source>Nothing changed: {error}</source>
        <translation>未做任何更改：{error}</translation>
    </message>
    <message>
        <source>Remove custom model</source>
        <translation>删除自定义模型</translation>
    </message>
    <message>
        <source>Remove {name} from your catalog? Plans that use it will not estimate.</source>
        <translation>从您的价格目录中删除 {name}？使用它的方案将无法估算。</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>已删除 {name}。</translation>
    </message>
    <message>
        <source>Reset row</source>
        <translation>重置此行</translation>
    </message>
    <message>
        <source>Use the bundled prices of {name} again?</source>
        <translation>恢复使用 {name} 的内置价格？</translation>
    </message>
    <message>
        <source>{name} uses the bundled prices again.</source>
        <translation>{name} 已恢复使用内置价格。</translation>
    </message>
    <message>
        <source>Reset everything</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <source>Forget all your prices and custom models and use the bundled catalog? The current file is kept as a .bak copy.</source>
        <translation>清除您所有的价格和自定义模型，改用内置价格目录？当前文件会保留为 .bak 副本。</translation>
    </message>
    <message>
        <source>Back to the bundled catalog.</source>
        <translation>已恢复为内置价格目录。</translation>
    </message>
    <message>
        <source>Your old file: {path}</source>
        <translation>您的旧文件：{path}</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>✗ {window}, needs {tokens}</source>
        <translation>✗ {window}，需要 {tokens}</translation>
    </message>
    <message>
        <source>The context window of {model} is not known: check that a call of {tokens} tokens fits.</source>
        <translation>{model} 的上下文窗口未知：请确认 {tokens} token 的调用能够容纳。</translation>
    </message>
    <message>
        <source>The largest call needs {tokens} tokens, window {window} ({source}).</source>
        <translation>最大的一次调用需要 {tokens} token，窗口为 {window}（{source}）。</translation>
    </message>
    <message>
        <source>Needs {tokens} tokens, window {window}: the largest call of this plan does not fit {model}, so it is never marked cheapest.</source>
        <translation>需要 {tokens} token，窗口为 {window}：本方案最大的一次调用超出 {model} 的上下文窗口，因此不会被标为最便宜。</translation>
    </message>
    <message>
        <source>GPTBots key: the credits pay for the tokens; no provider bill.</source>
        <translation>GPTBots Key：积分已包含 token 费用，没有厂商账单。</translation>
    </message>
    <message>
        <source>Own key: the model vendor bills the tokens at {price}. Source: {source}.</source>
        <translation>自有 Key：模型厂商按 {price} 对 token 计费。来源：{source}。</translation>
    </message>
    <message>
        <source>The pricing page&apos;s two prices of this model are not 11 x apart, so the vendor price is a guess: enter the real one in the Catalog tab.</source>
        <translation>定价页面上此模型的两个价格并非相差 11 倍，因此厂商价格只是估计：请在“价格目录”标签页中输入实际价格。</translation>
    </message>
    <message>
        <source>Unknown: a vendor price is missing. Enter it in the Catalog tab.</source>
        <translation>未知：缺少厂商价格。请在“价格目录”标签页中输入。</translation>
    </message>
    <message>
        <source>{credits_usd} in credits + {provider} provider bill = {total} in month 1</source>
        <translation>首月：积分 {credits_usd} + 厂商账单 {provider} = {total}</translation>
    </message>
    <message>
        <source>{scenarios} (does not fit its context window)</source>
        <translation>{scenarios}（超出上下文窗口）</translation>
    </message>
    <message>
        <source>{scenarios} (unpriced: {types})</source>
        <translation>{scenarios}（未定价：{types}）</translation>
    </message>
    <message>
        <source>{scenarios} (no vendor price)</source>
        <translation>{scenarios}（没有厂商价格）</translation>
    </message>
    <message>
        <source>No scenario is marked cheapest: none is fully priced and fits. {why}</source>
        <translation>没有方案被标为最便宜：没有一个方案既已完全定价又能容纳于上下文窗口。{why}</translation>
    </message>
    <message>
        <source>No scenario is marked cheapest.</source>
        <translation>没有方案被标为最便宜。</translation>
    </message>
    <message>
        <source>★ Cheapest: {scenario}, {total} total cost in month 1 ({credits} credits = {credits_usd}, + {provider} provider bill). Ranked by total cost: credits and the provider&apos;s bill together.</source>
        <translation>★ 最便宜：{scenario}，首月总成本 {total}（{credits} 积分 = {credits_usd}，+ 厂商账单 {provider}）。按总成本排序：积分与厂商账单合计。</translation>
    </message>
    <message>
        <source>Left out: {why}.</source>
        <translation>未参与比较：{why}。</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>Month 1 total cost by model and key mode (USD)</source>
        <translation>各模型与 Key 模式的首月总成本（美元）</translation>
    </message>
    <message>
        <source>GPTBots credits</source>
        <translation>GPTBots 积分</translation>
    </message>
    <message>
        <source>Provider bill</source>
        <translation>厂商账单</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>GPTBots credits in month 1 (on the own key: the service fee only)</source>
        <translation>首月 GPTBots 积分（自有 Key：仅服务费）</translation>
    </message>
    <message>
        <source>What the model vendor bills you in month 1 (own key; USD)</source>
        <translation>首月模型厂商向您收取的费用（自有 Key；美元）</translation>
    </message>
    <message>
        <source>Month 1: credits x $0.01 + the provider&apos;s bill (USD)</source>
        <translation>首月：积分 × $0.01 + 厂商账单（美元）</translation>
    </message>
    <message>
        <source>The model&apos;s context window, and whether the largest call fits</source>
        <translation>模型的上下文窗口，以及最大的一次调用能否容纳</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Key mode</source>
        <translation>Key 模式</translation>
    </message>
    <message>
        <source>Month 1 credits</source>
        <translation>首月积分</translation>
    </message>
    <message>
        <source>Provider bill</source>
        <translation>厂商账单</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总成本</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>上下文窗口</translation>
    </message>
    <message>
        <source>The cheapest choice by total cost in month 1 (credits + provider bill)</source>
        <translation>按首月总成本（积分 + 厂商账单）最便宜的选择</translation>
    </message>
    <message>
        <source>Per conversation</source>
        <translation>每次对话</translation>
    </message>
    <message>
        <source>Unpriced</source>
        <translation>未定价</translation>
    </message>
    <message>
        <source>Not comparable yet: some billing types have no price</source>
        <translation>暂无法比较：部分计费类型没有价格</translation>
    </message>
    <message>
        <source>{model} ★ cheapest</source>
        <translation>{model} ★ 最便宜</translation>
    </message>
</context>
<context>
    <name>ComponentEditor</name>
    <message>
        <source>Paste prompt</source>
        <translation>粘贴提示词</translation>
    </message>
    <message>
        <source>Measure the instruction from the text on the clipboard (or drop a text file or text on this form)</source>
        <translation>按剪贴板上的文本计量指令（也可把文本文件或文本拖放到此表单上）</translation>
    </message>
    <message>
        <source>Type instead</source>
        <translation>改为手动输入</translation>
    </message>
    <message>
        <source>Measure the instruction from an item</source>
        <translation>按某个条目计量指令</translation>
    </message>
    <message>
        <source>Measure from a pasted item…</source>
        <translation>按粘贴的条目计量…</translation>
    </message>
    <message>
        <source>measured from reply samples</source>
        <translation>按回复样本计量</translation>
    </message>
    <message>
        <source>the plan&apos;s value</source>
        <translation>采用计划设置</translation>
    </message>
    <message>
        <source>measured from a prompt of %1 characters</source>
        <translation>按 %1 个字符的提示词计量</translation>
    </message>
</context>
<context>
    <name>ComponentFields</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Component name</source>
        <translation>组件名称</translation>
    </message>
    <message>
        <source>How the component reads in the results.</source>
        <translation>组件在结果中显示的名称。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>&apos;compared&apos;: the model each scenario compares; or a catalog model id, kept in every scenario and priced in the scenario&apos;s key mode.</source>
        <translation>&apos;compared&apos;：每个场景对比的模型；或价格目录中的模型 ID，在所有场景中保持不变，按场景的 Key 模式计价。</translation>
    </message>
    <message>
        <source>Share of turns it runs in</source>
        <translation>运行的轮次占比</translation>
    </message>
    <message>
        <source>share of turns</source>
        <translation>轮次占比</translation>
    </message>
    <message>
        <source>Share of turns whose branch reaches this component (0 to 1).</source>
        <translation>分支走到此组件的轮次占比（0 到 1）。</translation>
    </message>
    <message>
        <source>Calls each time it runs</source>
        <translation>每次运行的调用次数</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>次调用</translation>
    </message>
    <message>
        <source>LLM calls per run (more than 1 in a loop or a retry).</source>
        <translation>每次运行的 LLM 调用次数（循环或重试时大于 1）。</translation>
    </message>
    <message>
        <source>Own instruction</source>
        <translation>自身指令</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <source>The component&apos;s own prompt, typed; a pasted or dropped prompt is measured instead with the component&apos;s model&apos;s tokenizer.</source>
        <translation>组件自身的提示词（手动输入）；粘贴或拖入的提示词会改用该组件模型的分词器测量。</translation>
    </message>
    <message>
        <source>Receives the system prompt</source>
        <translation>接收系统提示词</translation>
    </message>
    <message>
        <source>The plan&apos;s shared system prompt items.</source>
        <translation>方案中共享的系统提示词条目。</translation>
    </message>
    <message>
        <source>Receives the user message</source>
        <translation>接收用户消息</translation>
    </message>
    <message>
        <source>The user&apos;s message (and, on an audio model, the voice).</source>
        <translation>用户的消息（音频模型还会接收语音）。</translation>
    </message>
    <message>
        <source>Receives the memory</source>
        <translation>接收记忆</translation>
    </message>
    <message>
        <source>The earlier turns of the conversation (short-term memory).</source>
        <translation>对话中之前的轮次（短期记忆）。</translation>
    </message>
    <message>
        <source>Receives the retrieved chunks</source>
        <translation>接收检索到的片段</translation>
    </message>
    <message>
        <source>The knowledge chunks retrieved for the turn.</source>
        <translation>本轮检索到的知识片段。</translation>
    </message>
    <message>
        <source>Receives the images</source>
        <translation>接收图片</translation>
    </message>
    <message>
        <source>The image a user message carries.</source>
        <translation>用户消息附带的图片。</translation>
    </message>
    <message>
        <source>Receives the answer</source>
        <translation>接收回答</translation>
    </message>
    <message>
        <source>This turn&apos;s reply (a condition or a summary checks it).</source>
        <translation>本轮的回复（条件判断或摘要会检查它）。</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>tokens / call</source>
        <translation>token / 次调用</translation>
    </message>
    <message>
        <source>Tokens the component writes per call; &apos;measured&apos; takes the reply samples.</source>
        <translation>组件每次调用输出的 token；&apos;measured&apos; 表示取回复样例。</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Hidden reasoning tokens per call on a reasoning model; &apos;plan&apos; takes the plan&apos;s reasoning tokens per call.</source>
        <translation>推理模型每次调用的隐藏推理 token；&apos;plan&apos; 表示取方案的每次调用推理 token。</translation>
    </message>
</context>
<context>
    <name>ComponentKinds</name>
    <message>
        <source>Answer (LLM node)</source>
        <translation>回答（LLM 节点）</translation>
    </message>
    <message>
        <source>Classifier / intent</source>
        <translation>分类 / 意图识别</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件判断</translation>
    </message>
    <message>
        <source>Query rewrite (knowledge search)</source>
        <translation>查询改写（知识检索）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Custom LLM component</source>
        <translation>自定义 LLM 组件</translation>
    </message>
</context>
<context>
    <name>CustomModelDialog</name>
    <message>
        <source>Add a custom model</source>
        <translation>添加自定义模型</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>品牌(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>credits / 1K tokens (empty: unpriced)</source>
        <translation>积分 / 1K token（留空：未定价）</translation>
    </message>
    <message>
        <source>{key_mode} input:</source>
        <translation>{key_mode} 输入：</translation>
    </message>
    <message>
        <source>{key_mode} output:</source>
        <translation>{key_mode} 输出：</translation>
    </message>
    <message>
        <source>&amp;Tokenizer:</source>
        <translation>分词器(&amp;T)：</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
</context>
<context>
    <name>DailyConversationsDialog</name>
    <message>
        <source>Conversations from a daily figure</source>
        <translation>按每日数量换算对话数</translation>
    </message>
    <message>
        <source>Conversations per day</source>
        <translation>每日对话数</translation>
    </message>
    <message>
        <source>Active days per month</source>
        <translation>每月活跃天数</translation>
    </message>
    <message>
        <source>Conversations per &amp;day:</source>
        <translation>每日对话数(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Active days per month:</source>
        <translation>每月活跃天数(&amp;A)：</translation>
    </message>
    <message>
        <source>= %1 conversations per month</source>
        <translation>= 每月 %1 次对话</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Voice input</source>
        <translation>语音输入</translation>
    </message>
    <message>
        <source>Spoken replies</source>
        <translation>语音回复</translation>
    </message>
    <message>
        <source>Voice messages transcribed</source>
        <translation>转写的语音消息</translation>
    </message>
    <message>
        <source>Replies read aloud</source>
        <translation>朗读的回复</translation>
    </message>
    <message>
        <source>Documents indexed this month (once)</source>
        <translation>本月索引的文档（一次性）</translation>
    </message>
    <message>
        <source>Questions embedded for the search</source>
        <translation>为检索嵌入的问题</translation>
    </message>
    <message>
        <source>Knowledge stored</source>
        <translation>存储的知识</translation>
    </message>
    <message>
        <source>Question and chunks reranked</source>
        <translation>重排序的问题与片段</translation>
    </message>
    <message>
        <source>Used this month</source>
        <translation>本月用量</translation>
    </message>
    <message>
        <source>The model vendor bills you (own key)</source>
        <translation>模型厂商向您收费（自有密钥）</translation>
    </message>
    <message>
        <source>Turns this month</source>
        <translation>本月轮次</translation>
    </message>
    <message>
        <source>Conversations this month</source>
        <translation>本月对话数</translation>
    </message>
    <message>
        <source>Growth since month 1</source>
        <translation>自第 1 个月以来的增长</translation>
    </message>
    <message>
        <source>Months since month 1</source>
        <translation>距第 1 个月的月数</translation>
    </message>
    <message>
        <source>One</source>
        <translation>一</translation>
    </message>
    <message>
        <source>Calls per turn ({component})</source>
        <translation>每轮调用数（{component}）</translation>
    </message>
    <message>
        <source>Own instruction ({component})</source>
        <translation>自身指令（{component}）</translation>
    </message>
    <message>
        <source>Output per call ({component})</source>
        <translation>每次调用的输出（{component}）</translation>
    </message>
    <message>
        <source>Reasoning per call ({component})</source>
        <translation>每次调用的推理（{component}）</translation>
    </message>
    <message>
        <source>Earlier turns sent per call (average)</source>
        <translation>每次调用发送的之前轮次（平均）</translation>
    </message>
    <message>
        <source>Chunks a turn gets</source>
        <translation>每轮得到的片段数</translation>
    </message>
    <message>
        <source>Chunks the knowledge base holds</source>
        <translation>知识库容纳的片段数</translation>
    </message>
    <message>
        <source>Chunks a turn gets (the knowledge base is empty)</source>
        <translation>每轮得到的片段数（知识库为空）</translation>
    </message>
    <message>
        <source>Chunks reranked per turn</source>
        <translation>每轮重排序的片段数</translation>
    </message>
    <message>
        <source>Knowledge held this month</source>
        <translation>本月持有的知识</translation>
    </message>
    <message>
        <source>Knowledge added this month</source>
        <translation>本月新增的知识</translation>
    </message>
    <message>
        <source>Days billed this month</source>
        <translation>本月计费天数</translation>
    </message>
    <message>
        <source>Added evenly: stored half the days</source>
        <translation>均匀新增：平均存储一半天数</translation>
    </message>
    <message>
        <source>Token-days stored</source>
        <translation>存储的 Token·天</translation>
    </message>
    <message>
        <source>Audio tokens per second heard ({model})</source>
        <translation>每秒输入音频 Token 数（{model}）</translation>
    </message>
    <message>
        <source>Audio tokens per second spoken ({model})</source>
        <translation>每秒输出音频 Token 数（{model}）</translation>
    </message>
    <message>
        <source>Seconds one spoken reply lasts</source>
        <translation>一条语音回复的秒数</translation>
    </message>
    <message>
        <source>Billed seconds per voice message</source>
        <translation>每条语音消息的计费秒数</translation>
    </message>
    <message>
        <source>User message, counted by the embedding model</source>
        <translation>用户消息（按嵌入模型计数）</translation>
    </message>
    <message>
        <source>Not used in this scenario</source>
        <translation>此方案中未使用</translation>
    </message>
    <message>
        <source>Input price of {model}</source>
        <translation>{model} 的输入价格</translation>
    </message>
    <message>
        <source>Output price of {model}</source>
        <translation>{model} 的输出价格</translation>
    </message>
    <message>
        <source>Price of {model}</source>
        <translation>{model} 的价格</translation>
    </message>
    <message>
        <source>Storage price</source>
        <translation>存储价格</translation>
    </message>
    <message>
        <source>Price for {type}</source>
        <translation>{type}的价格</translation>
    </message>
    <message>
        <source>Vendor price of {model}</source>
        <translation>{model} 的厂商价格</translation>
    </message>
    <message>
        <source>plan assumption</source>
        <translation>计划假设</translation>
    </message>
    <message>
        <source>measured from your files</source>
        <translation>从您的文件实测</translation>
    </message>
    <message>
        <source>entered in the plan</source>
        <translation>在计划中输入</translation>
    </message>
    <message>
        <source>workflow component</source>
        <translation>工作流组件</translation>
    </message>
    <message>
        <source>pricing page</source>
        <translation>定价页</translation>
    </message>
    <message>
        <source>your price</source>
        <translation>您的价格</translation>
    </message>
    <message>
        <source>the vendor&apos;s price, with the pricing page</source>
        <translation>厂商价格，随定价页提供</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>计算得出</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>次对话</translation>
    </message>
    <message>
        <source>turns</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>次调用</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>chunks</source>
        <translation>个片段</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>characters / second</source>
        <translation>字符 / 秒</translation>
    </message>
    <message>
        <source>tokens / second</source>
        <translation>Token / 秒</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>token-days</source>
        <translation>Token·天</translation>
    </message>
    <message>
        <source>operations</source>
        <translation>次操作</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>个问题</translation>
    </message>
    <message>
        <source>credits / 1K tokens</source>
        <translation>积分 / 1K Token</translation>
    </message>
    <message>
        <source>credits / 60 s</source>
        <translation>积分 / 60 秒</translation>
    </message>
    <message>
        <source>credits / 1K characters</source>
        <translation>积分 / 1K 字符</translation>
    </message>
    <message>
        <source>credits / 1K tokens / day</source>
        <translation>积分 / 1K Token / 天</translation>
    </message>
    <message>
        <source>credits each</source>
        <translation>积分 / 次</translation>
    </message>
    <message>
        <source>USD / 1M tokens</source>
        <translation>美元 / 1M Token</translation>
    </message>
    <message>
        <source>USD / minute</source>
        <translation>美元 / 分钟</translation>
    </message>
    <message>
        <source>USD / 1M characters</source>
        <translation>美元 / 1M 字符</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>次对话</translation>
    </message>
    <message>
        <source>turn</source>
        <translation>轮</translation>
    </message>
    <message>
        <source>call</source>
        <translation>次调用</translation>
    </message>
    <message>
        <source>chunk</source>
        <translation>个片段</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>month</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>次操作</translation>
    </message>
    <message>
        <source>question</source>
        <translation>个问题</translation>
    </message>
    <message>
        <source>{amount} credits</source>
        <translation>{amount} 积分</translation>
    </message>
    <message>
        <source>unpriced: enter a price to count it</source>
        <translation>未定价：输入价格后计入</translation>
    </message>
    <message>
        <source>{line} in {month}: {amount} credits</source>
        <translation>{month} {line}：{amount} 积分</translation>
    </message>
    <message>
        <source>{line} in {month}: unpriced</source>
        <translation>{month} {line}：未定价</translation>
    </message>
    <message>
        <source>{month}: the sum of its lines, {amount} credits</source>
        <translation>{month}：各行之和，{amount} 积分</translation>
    </message>
    <message>
        <source>{value}: {label} ({source})</source>
        <translation>{value}：{label}（{source}）</translation>
    </message>
    <message>
        <source>Where the numbers come from:</source>
        <translation>数字的来源：</translation>
    </message>
    <message>
        <source>The vendor&apos;s bill for this line: {amount}</source>
        <translation>此行的厂商账单：{amount}</translation>
    </message>
    <message>
        <source>no vendor price</source>
        <translation>无厂商价格</translation>
    </message>
    <message>
        <source>Nothing used: 0 credits.</source>
        <translation>未使用：0 积分。</translation>
    </message>
</context>
<context>
    <name>ExplainController</name>
    <message>
        <source>&amp;How is this computed?</source>
        <translation>这是如何计算的？(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>How is this computed?</source>
        <translation>这是如何计算的？</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>How the selected number is computed</source>
        <translation>所选数字的计算方式</translation>
    </message>
    <message>
        <source>Select a line to see how it is computed.</source>
        <translation>选择一行以查看其计算方式。</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Exported %1 to %2</source>
        <translation>已导出 %1 到 %2</translation>
    </message>
    <message>
        <source>Exported %1 and the file list %2 to %3</source>
        <translation>已导出 %1 和文件清单 %2 到 %3</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>FileMessages</name>
    <message>
        <source>; </source>
        <extracomment>between two notes of one measurement</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>between two parts of a detail (&quot;PDF&quot; and &quot;2 pages&quot;)</extracomment>
        <translation>，</translation>
    </message>
    <message>
        <source>{detail} {suffix}</source>
        <extracomment>a parenthesised part after the ones before it (&quot;MP3, CBR&quot; and &quot;(header)&quot;)</extracomment>
        <translation>{detail}{suffix}</translation>
    </message>
</context>
<context>
    <name>FileTable</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>测量结果</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>%1 x %2 px, %3 tiles, %4 image tokens</source>
        <translation>%1 x %2 像素，%3 个图块，%4 图片 Token</translation>
    </message>
    <message>
        <source>%1 x %2 px, %3 patches, %4 image tokens</source>
        <translation>%1 x %2 像素，%3 个图块（32 像素），%4 图片 Token</translation>
    </message>
    <message>
        <source>%1 x %2 px, %4 image tokens</source>
        <translation>%1 x %2 像素，%4 图片 Token</translation>
    </message>
    <message>
        <source>length unknown</source>
        <translation>时长未知</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>approx. %2-%3, o200k %1 tokens</source>
        <translation>约 %2-%3，o200k %1 个 token</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Token</translation>
    </message>
    <message>
        <source>Not found at %1. Its last measurement is still used; Locate… points the plan to where the file is now.</source>
        <translation>找不到此文件：%1。仍使用其上次的测量结果；用“查找…”把计划指向文件现在的位置。</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>测量中…</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Measured, with a note</source>
        <translation>已测量（有提示）</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>已测量</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
</context>
<context>
    <name>FileTableView</name>
    <message>
        <source>No file matches “%1”.

Clear the filter to see all %2 files.</source>
        <translation>没有文件匹配“%1”。

清除筛选即可看到全部 %2 个文件。</translation>
    </message>
    <message>
        <source>Drop files here

knowledge documents, sample conversations, images, voice notes; or use Add files…, Add folder… or Paste text</source>
        <translation>将文件拖放到这里

知识文档、对话样例、图片、语音消息；或使用“添加文件…”“添加文件夹…”“粘贴文本”</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>model.en.html</source>
        <translation>model.zh_CN.html</translation>
    </message>
    <message>
        <source>Usage assumptions</source>
        <translation>用量假设</translation>
    </message>
    <message>
        <source>Measured from your files (or entered instead)</source>
        <translation>从您的文件实测（或改为输入）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Service models</source>
        <translation>服务模型</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Workflow components</source>
        <translation>工作流组件</translation>
    </message>
    <message>
        <source>How the planner computes</source>
        <translation>规划器如何计算</translation>
    </message>
</context>
<context>
    <name>Locate</name>
    <message>
        <source>Locate %1</source>
        <translation>查找 %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Found more missing files</source>
        <translation>找到更多缺失的文件</translation>
    </message>
    <message>
        <source>%1 more missing files are at the same place below %2. Point the plan to them too?</source>
        <translation>在 %2 下的相同位置还有 %1 个缺失的文件。也把计划指向它们吗？</translation>
    </message>
    <message>
        <source>%1 file(s) of this plan are missing: their last measurements are used. Select them and choose Edit &gt; Locate missing file…</source>
        <translation>此计划有 %1 个文件缺失：使用其上次的测量结果。选中它们，然后选择“编辑 &gt; 查找缺失的文件…”。</translation>
    </message>
    <message>
        <source>&amp;Locate missing file…</source>
        <translation>查找缺失的文件(&amp;L)…</translation>
    </message>
    <message>
        <source>Select a missing file to locate it.</source>
        <translation>请先选中一个缺失的文件再查找。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>Located %1 file(s); %2 measured again.</source>
        <translation>已找到 %1 个文件；其中 %2 个已重新测量。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>价格目录</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Paste f&amp;iles</source>
        <translation>粘贴文件(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>新建计划(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add fol&amp;der…</source>
        <translation>添加文件夹(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Paste text…</source>
        <translation>粘贴文本(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Re-&amp;measure</source>
        <translation>重新测量(&amp;M)</translation>
    </message>
    <message>
        <source>Re-measure with &amp;encoding…</source>
        <translation>按指定编码重新测量(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Filter files</source>
        <translation>筛选文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Cancel measuring</source>
        <translation>取消测量(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>价格目录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>How the planner &amp;computes</source>
        <translation>规划器如何计算(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open e&amp;xample</source>
        <translation>打开示例(&amp;X)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>设置用途(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>counted with another tokenizer than {tokenizer}: {items}</source>
        <translation>以下条目未用 {tokenizer} 计数（近似值）：{items}</translation>
    </message>
    <message>
        <source>{model}: tokens counted with {tokenizer} as an approximation (the vendor&apos;s own tokenizer is not public or not bundled)</source>
        <translation>{model}：Token 用 {tokenizer} 近似计数（该厂商的分词器未公开或未随附）</translation>
    </message>
    <message>
        <source>{model}: put the {tokenizer} vocabulary file in {folder} to count its tokens exactly (the app may not ship it; see the README)</source>
        <translation>{model}：将 {tokenizer} 词表文件放入 {folder} 即可精确计算其 token（本应用不能随附该文件，详见 README）</translation>
    </message>
    <message>
        <source>{model}: {measure} approx. {low}-{high} by the published tokenizers on your material, {tokenizer} {count} (the estimate uses {tokenizer})</source>
        <translation>{model}：按已公开的分词器在您的材料上计算，{measure} 约为 {low}-{high}，{tokenizer} 为 {count}（估算采用 {tokenizer}）</translation>
    </message>
    <message>
        <source>{tokenizer} ships with the planner: nothing to add</source>
        <translation>{tokenizer} 已随本程序提供：无需添加</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}; nothing was copied</source>
        <translation>无法读取 {path}：{reason}；未复制任何文件</translation>
    </message>
    <message>
        <source>{path} is not the {tokenizer} vocabulary the planner accepts (SHA-256 {digest}, expected {expected}); nothing was copied</source>
        <translation>{path} 不是本程序接受的 {tokenizer} 词表（SHA-256 为 {digest}，应为 {expected}）；未复制任何文件</translation>
    </message>
    <message>
        <source>could not write the {tokenizer} vocabulary to {path}: {reason}</source>
        <translation>无法将 {tokenizer} 词表写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>{tokenizer} vocabulary copied to {path}; its models now count exactly</source>
        <translation>{tokenizer} 词表已复制到 {path}；相应模型现在按精确方式计数</translation>
    </message>
    <message>
        <source>{assumption} is {value} but {measure} is 0 (no item with that role, nothing entered): that part of the estimate is 0</source>
        <translation>{assumption}为 {value}，但{measure}为 0（没有该用途的条目，也未填写）：这部分估算为 0</translation>
    </message>
    <message>
        <source>each turn retrieves {retrieved} tokens of knowledge, more than the knowledge base holds ({knowledge} tokens): lower the chunks or the chunk size</source>
        <translation>每轮检索 {retrieved} 个知识 Token，超过知识库的总量（{knowledge} Token）：请减少片段数或片段大小</translation>
    </message>
    <message>
        <source>{model} takes no audio: voice messages are billed as ASR instead</source>
        <translation>{model} 不接受音频输入：语音消息改按 ASR 识别计费</translation>
    </message>
    <message>
        <source>{type} is used but has no price: enter one in the catalog</source>
        <translation>{type} 已被使用但没有价格：请在价格目录中输入</translation>
    </message>
    <message>
        <source>{field}: expected a number, got {value}</source>
        <translation>{field}：应为数字，实际为 {value}</translation>
    </message>
    <message>
        <source>{field}: {value} is not a number</source>
        <translation>{field}：{value} 不是数字</translation>
    </message>
    <message>
        <source>{field}: {value} is not a finite number</source>
        <translation>{field}：{value} 不是有限的数字</translation>
    </message>
    <message>
        <source>{field}: must be at least {minimum} ({unit}), got {value}</source>
        <translation>{field}：不能小于 {minimum}（{unit}），实际为 {value}</translation>
    </message>
    <message>
        <source>{field}: must be at most {maximum} ({unit}), got {value}</source>
        <translation>{field}：不能大于 {maximum}（{unit}），实际为 {value}</translation>
    </message>
    <message>
        <source>{field}: must be a whole number, got {value}</source>
        <translation>{field}：必须是整数，实际为 {value}</translation>
    </message>
    <message>
        <source>{field}: cannot be negative</source>
        <translation>{field}：不能为负数</translation>
    </message>
    <message>
        <source>{field}: must be one of {choices}, got {value}</source>
        <translation>{field}：必须是 {choices} 之一，实际为 {value}</translation>
    </message>
    <message>
        <source>{field}: must look like 2027-01, got {value}</source>
        <translation>{field}：格式应为 2027-01，实际为 {value}</translation>
    </message>
    <message>
        <source>unknown field {field}; known fields: {known}</source>
        <translation>未知字段 {field}；可用字段：{known}</translation>
    </message>
    <message>
        <source>{where}: {error}</source>
        <translation>{where}：{error}</translation>
    </message>
    <message>
        <source>{where}: {section}.{error}</source>
        <translation>{where}：{section}.{error}</translation>
    </message>
    <message>
        <source>{where}: field &apos;{key}&apos;: {error}</source>
        <translation>{where}：字段 &apos;{key}&apos;：{error}</translation>
    </message>
    <message>
        <source>{field}: must be at least {minimum}</source>
        <translation>{field}：不能小于 {minimum}</translation>
    </message>
    <message>
        <source>{field}: must be between {minimum} and {maximum}</source>
        <translation>{field}：必须在 {minimum} 到 {maximum} 之间</translation>
    </message>
    <message>
        <source>{field}: must be at most {maximum}, got {value}</source>
        <translation>{field}：不能大于 {maximum}，当前为 {value}</translation>
    </message>
    <message>
        <source>unknown assumption {name}</source>
        <translation>未知的使用假设 {name}</translation>
    </message>
    <message>
        <source>key mode must be one of {choices}, got {value}</source>
        <translation>密钥模式必须是 {choices} 之一，当前为 {value}</translation>
    </message>
    <message>
        <source>unknown key mode {value}: use gptbots (GPTBots key) or own (own key)</source>
        <translation>未知的密钥模式 {value}：请使用 gptbots（GPTBots 密钥）或 own（自有密钥）</translation>
    </message>
    <message>
        <source>item {name}: unknown role {role}</source>
        <translation>条目 {name}：未知的角色 {role}</translation>
    </message>
    <message>
        <source>{where}: unknown role {role}; expected one of {choices}</source>
        <translation>{where}：未知的角色 {role}；应为 {choices} 之一</translation>
    </message>
    <message>
        <source>{where}: must be an object</source>
        <translation>{where}：必须是一个对象</translation>
    </message>
    <message>
        <source>{where}: field &apos;{key}&apos; must be one of {choices}</source>
        <translation>{where}：字段 &apos;{key}&apos; 必须是 {choices} 之一</translation>
    </message>
    <message>
        <source>{where}: field &apos;{key}&apos; must be a string</source>
        <translation>{where}：字段 &apos;{key}&apos; 必须是字符串</translation>
    </message>
    <message>
        <source>{where}: field &apos;{key}&apos; must be a non-empty string</source>
        <translation>{where}：字段 &apos;{key}&apos; 必须是非空字符串</translation>
    </message>
    <message>
        <source>{where}: field &apos;{key}&apos; cannot be negative</source>
        <translation>{where}：字段 &apos;{key}&apos; 不能为负数</translation>
    </message>
    <message>
        <source>{where}: field &apos;{key}&apos; must be a whole number of 0 or more</source>
        <translation>{where}：字段 &apos;{key}&apos; 必须是大于或等于 0 的整数</translation>
    </message>
    <message>
        <source>{where}: field &apos;{key}&apos; must map tokenizer names to counts</source>
        <translation>{where}：字段 &apos;{key}&apos; 必须是分词器名称到计数的映射</translation>
    </message>
    <message>
        <source>{where}: field &apos;{key}&apos; must be an object</source>
        <translation>{where}：字段 &apos;{key}&apos; 必须是一个对象</translation>
    </message>
    <message>
        <source>{where}: field &apos;{key}&apos; must be a list</source>
        <translation>{where}：字段 &apos;{key}&apos; 必须是一个列表</translation>
    </message>
    <message>
        <source>{where}: missing field &apos;{key}&apos;</source>
        <translation>{where}：缺少字段 &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{where}: not a plan (the top level must be an object)</source>
        <translation>{where}：不是方案（顶层必须是一个对象）</translation>
    </message>
    <message>
        <source>{where}: not a GPTBots plan file (format is {format})</source>
        <translation>{where}：不是 GPTBots 方案文件（格式为 {format}）</translation>
    </message>
    <message>
        <source>{where}: schema_version must be a positive whole number</source>
        <translation>{where}：schema_version 必须是正整数</translation>
    </message>
    <message>
        <source>{where}: written by a newer version of the app (schema {version}; this one reads up to {supported})</source>
        <translation>{where}：由更新版本的应用写入（架构版本 {version}；本版本最高只能读取 {supported}）</translation>
    </message>
    <message>
        <source>{where}: {key} must be an object</source>
        <translation>{where}：{key} 必须是一个对象</translation>
    </message>
    <message>
        <source>{where}: {key} must be a list</source>
        <translation>{where}：{key} 必须是一个列表</translation>
    </message>
    <message>
        <source>{where}: overrides: unknown measure {name}</source>
        <translation>{where}：overrides：未知的测量值 {name}</translation>
    </message>
    <message>
        <source>{where}: scenarios row {row}: needs &apos;model&apos; and &apos;key_mode&apos;</source>
        <translation>{where}：scenarios 第 {row} 行：需要 &apos;model&apos; 和 &apos;key_mode&apos;</translation>
    </message>
    <message>
        <source>{where}: no such plan file</source>
        <translation>{where}：方案文件不存在</translation>
    </message>
    <message>
        <source>{where}: cannot be read ({reason})</source>
        <translation>{where}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{where}: is a folder, not a plan file</source>
        <translation>{where}：是文件夹，不是方案文件</translation>
    </message>
    <message>
        <source>{where}: too large to be a plan file ({size} bytes)</source>
        <translation>{where}：文件太大，不可能是方案文件（{size} 字节）</translation>
    </message>
    <message>
        <source>{where}: not a plan file (not UTF-8 text)</source>
        <translation>{where}：不是方案文件（不是 UTF-8 文本）</translation>
    </message>
    <message>
        <source>{where}: not a plan file (invalid JSON at line {line}: {reason})</source>
        <translation>{where}：不是方案文件（第 {line} 行 JSON 无效：{reason}）</translation>
    </message>
    <message>
        <source>{where}: not a valid plan file ({error})</source>
        <translation>{where}：不是有效的方案文件（{error}）</translation>
    </message>
    <message>
        <source>no example plans are installed</source>
        <translation>未安装任何示例方案</translation>
    </message>
    <message>
        <source>no example plan named {name}</source>
        <translation>没有名为 {name} 的示例方案</translation>
    </message>
    <message>
        <source>the plan compares no model: choose at least one model and key mode</source>
        <translation>方案中没有要比较的模型：请至少选择一个模型和密钥模式</translation>
    </message>
    <message>
        <source>the plan&apos;s numbers are too large to compute: lower conversations_per_month, monthly_growth or months</source>
        <translation>方案中的数值太大，无法计算：请降低 conversations_per_month、monthly_growth 或 months</translation>
    </message>
    <message>
        <source>credits cannot be negative</source>
        <translation>积分不能为负数</translation>
    </message>
    <message>
        <source>unknown image rule {kind}; expected one of {choices}</source>
        <translation>未知的图像规则 {kind}；应为 {choices} 之一</translation>
    </message>
    <message>
        <source>image size must be positive, got {width}x{height}</source>
        <translation>图像尺寸必须为正数，当前为 {width}x{height}</translation>
    </message>
    <message>
        <source>{where}: a price cannot be negative ({value})</source>
        <translation>{where}：价格不能为负数（{value}）</translation>
    </message>
    <message>
        <source>{where}: must be positive</source>
        <translation>{where}：必须为正数</translation>
    </message>
    <message>
        <source>model {query} is ambiguous: use one of {choices}</source>
        <translation>模型 {query} 不明确：请使用 {choices} 之一</translation>
    </message>
    <message>
        <source>unknown model {query}</source>
        <translation>未知的模型 {query}</translation>
    </message>
    <message>
        <source>unknown model {query}; did you mean {near}?</source>
        <translation>未知的模型 {query}；您是否要找 {near}？</translation>
    </message>
    <message>
        <source>unknown {category} model {query}</source>
        <translation>未知的 {category} 模型 {query}</translation>
    </message>
    <message>
        <source>{where}: llm {model}: field &apos;text_prices_from&apos; must name another text model, got {value}</source>
        <translation>{where}：llm {model}：字段 &apos;text_prices_from&apos; 必须指向另一个文本模型，当前为 {value}</translation>
    </message>
    <message>
        <source>{where}: billing_types must be exactly {expected}</source>
        <translation>{where}：billing_types 必须正好是 {expected}</translation>
    </message>
    <message>
        <source>{where}: duplicate id &apos;{id}&apos;</source>
        <translation>{where}：重复的 id &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>{where}: {category} has no rows</source>
        <translation>{where}：{category} 没有任何行</translation>
    </message>
    <message>
        <source>{where}: the top level must be a JSON object</source>
        <translation>{where}：顶层必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>{where}: field &apos;schema&apos; must be 1, got {value}</source>
        <translation>{where}：字段 &apos;schema&apos; 必须为 1，当前为 {value}</translation>
    </message>
    <message>
        <source>{where}: field &apos;schema&apos; must be 1</source>
        <translation>{where}：字段 &apos;schema&apos; 必须为 1</translation>
    </message>
    <message>
        <source>{where}: not valid JSON (line {line}, column {column}): {reason}</source>
        <translation>{where}：不是有效的 JSON（第 {line} 行，第 {column} 列）：{reason}</translation>
    </message>
    <message>
        <source>{where}: not UTF-8 text</source>
        <translation>{where}：不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>{where}: unknown field(s) {fields}</source>
        <translation>{where}：未知的字段 {fields}</translation>
    </message>
    <message>
        <source>{where}: id &apos;{id}&apos; conflicts with an existing model</source>
        <translation>{where}：id &apos;{id}&apos; 与已有模型冲突</translation>
    </message>
    <message>
        <source>{where}: field &apos;category&apos; must be llm or one of {choices}</source>
        <translation>{where}：字段 &apos;category&apos; 必须是 llm 或 {choices} 之一</translation>
    </message>
    <message>
        <source>{where}: must be an object of key modes</source>
        <translation>{where}：必须是以密钥模式为键的对象</translation>
    </message>
    <message>
        <source>{where}: unknown key mode &apos;{mode}&apos;</source>
        <translation>{where}：未知的密钥模式 &apos;{mode}&apos;</translation>
    </message>
    <message>
        <source>{where}: must be an object with input/output</source>
        <translation>{where}：必须是包含 input/output 的对象</translation>
    </message>
    <message>
        <source>{where}: unknown field &apos;{key}&apos;</source>
        <translation>{where}：未知的字段 &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{where}: no model with id &apos;{id}&apos; in the catalog</source>
        <translation>{where}：价目表中没有 id 为 &apos;{id}&apos; 的模型</translation>
    </message>
    <message>
        <source>{where}: not one of {choices}</source>
        <translation>{where}：不是 {choices} 之一</translation>
    </message>
    <message>
        <source>{where}: no LLM with id &apos;{id}&apos; in the catalog</source>
        <translation>{where}：价目表中没有 id 为 &apos;{id}&apos; 的 LLM</translation>
    </message>
    <message>
        <source>{where}: not a valid price file ({error})</source>
        <translation>{where}：不是有效的价格文件（{error}）</translation>
    </message>
    <message>
        <source>no custom model with id &apos;{id}&apos; in your catalog</source>
        <translation>您的价目表中没有 id 为 &apos;{id}&apos; 的自定义模型</translation>
    </message>
    <message>
        <source>own key: the model vendor&apos;s bill uses {model}&apos;s list price derived from the page (own-key fee x 10): {input} / {output} USD per 1M input / output tokens; enter the real price under provider_prices in your price file</source>
        <translation>自有 Key:模型厂商的账单按 {model} 由定价页推算的官方价格计算(自有 Key 服务费 x 10):输入 / 输出每 1M token {input} / {output} 美元;请在价格文件的 provider_prices 中填写实际价格</translation>
    </message>
    <message>
        <source>own key: the page&apos;s {direction} prices of {model} are not 11 x apart (GPTBots key {gptbots} vs own key {own}, {ratio} x), so the vendor&apos;s price is derived from the GPTBots-key price / 1.1 instead; enter the real price under provider_prices in your price file</source>
        <translation>自有 Key:定价页上 {model} 的{direction}价格并非相差 11 倍(GPTBots key {gptbots},自有 Key {own},{ratio} 倍),因此厂商价格改按 GPTBots key 价格 / 1.1 推算;请在价格文件的 provider_prices 中填写实际价格</translation>
    </message>
    <message>
        <source>the largest call ({tokens} tokens: input, output and reasoning) exceeds {model}&apos;s context window of {window} tokens; this scenario is never the cheapest</source>
        <translation>最大的一次调用({tokens} token:输入、输出与推理)超过了 {model} 的上下文窗口 {window} token;此方案不会被列为最便宜</translation>
    </message>
    <message>
        <source>{model}&apos;s context window is unknown: the largest call ({tokens} tokens) is not checked</source>
        <translation>{model} 的上下文窗口未知:未检查最大的一次调用({tokens} token)</translation>
    </message>
    <message>
        <source>{model} is a reasoning model: {tokens} hidden reasoning tokens per turn (reasoning_tokens_per_call x calls) are billed at the output price</source>
        <translation>{model} 是推理模型:每轮 {tokens} 个隐藏的推理 token(reasoning_tokens_per_call x 调用次数)按输出价格计费</translation>
    </message>
    <message>
        <source>retrieval is on ({chunks} chunks per turn) but the knowledge base is empty in {months} month(s): nothing is retrieved, embedded or reranked then, and it costs nothing</source>
        <translation>已开启知识检索(每轮 {chunks} 个分段),但知识库在 {months} 个月内为空:这些月份不检索、不做 Embedding 也不重排,不产生费用</translation>
    </message>
    <message>
        <source>knowledge added after month 1 is stored from the day it is added (kb_growth_timing: {timing}; evenly = half the month&apos;s days on average, first_day = the whole month)</source>
        <translation>第 1 个月之后新增的知识从加入当天起计算存储(kb_growth_timing:{timing};evenly = 平均为当月天数的一半,first_day = 整月)</translation>
    </message>
    <message>
        <source>{field}: must be a month from {first} to {last}, got {value}</source>
        <translation>{field}：必须是 {first} 至 {last} 之间的月份，得到 {value}</translation>
    </message>
    <message>
        <source>{text}</source>
        <extracomment>(code, English template) of every measurement message, in the order they are registered</extracomment>
        <translation>{text}</translation>
    </message>
    <message>
        <source>cannot read file: {detail}</source>
        <translation>无法读取文件：{detail}</translation>
    </message>
    <message>
        <source>cannot read the file: {detail}</source>
        <translation>无法读取该文件：{detail}</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>空文件（0 字节）</translation>
    </message>
    <message>
        <source>broken symbolic link: its target does not exist</source>
        <translation>符号链接已失效：目标不存在</translation>
    </message>
    <message>
        <source>file not found (deleted or moved while scanning?)</source>
        <translation>找不到文件（扫描时被删除或移动？）</translation>
    </message>
    <message>
        <source>permission denied: cannot read this file</source>
        <translation>没有权限：无法读取此文件</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>symbolic link loop</source>
        <translation>符号链接循环</translation>
    </message>
    <message>
        <source>not a regular file (device, pipe or socket)</source>
        <translation>不是普通文件（设备、管道或套接字）</translation>
    </message>
    <message>
        <source>out of memory while reading this file</source>
        <translation>读取此文件时内存不足</translation>
    </message>
    <message>
        <source>file structure nested too deeply to read</source>
        <translation>文件结构嵌套过深，无法读取</translation>
    </message>
    <message>
        <source>could not measure this file ({exception}: {detail})</source>
        <translation>无法测量此文件（{exception}：{detail}）</translation>
    </message>
    <message>
        <source>the measuring process failed on this file ({exception})</source>
        <translation>测量进程处理此文件时失败（{exception}）</translation>
    </message>
    <message>
        <source>cannot list folder: permission denied</source>
        <translation>无法列出文件夹：没有权限</translation>
    </message>
    <message>
        <source>cannot list folder: {detail}</source>
        <translation>无法列出文件夹：{detail}</translation>
    </message>
    <message>
        <source>file too large ({size} bytes; limit {limit})</source>
        <translation>文件过大（{size} 字节；上限 {limit} 字节）</translation>
    </message>
    <message>
        <source>unsupported file type</source>
        <translation>不支持的文件类型</translation>
    </message>
    <message>
        <source>unsupported file type ({format})</source>
        <translation>不支持的文件类型（{format}）</translation>
    </message>
    <message>
        <source>unsupported file type ({format}); extension says {extension}, content is {format}</source>
        <translation>不支持的文件类型（{format}）；扩展名为 {extension}，内容却是 {format}</translation>
    </message>
    <message>
        <source>unsupported file type ({format}); no extension, content is {format}</source>
        <translation>不支持的文件类型（{format}）；没有扩展名，内容是 {format}</translation>
    </message>
    <message>
        <source>unsupported file type (empty file with an unknown extension)</source>
        <translation>不支持的文件类型（扩展名未知的空文件）</translation>
    </message>
    <message>
        <source>unsupported file type: legacy Office format ({extension})</source>
        <translation>不支持的文件类型：旧版 Office 格式（{extension}）</translation>
    </message>
    <message>
        <source>unsupported file type: legacy Office format ({extension}); save it as .docx/.xlsx/.pptx and add it again</source>
        <translation>不支持的文件类型：旧版 Office 格式（{extension}）；请另存为 .docx/.xlsx/.pptx 后重新添加</translation>
    </message>
    <message>
        <source>unsupported file type (damaged zip archive: {detail})</source>
        <translation>不支持的文件类型（zip 压缩包已损坏：{detail}）</translation>
    </message>
    <message>
        <source>unsupported file type (zip archive, not a document)</source>
        <translation>不支持的文件类型（zip 压缩包，不是文档）</translation>
    </message>
    <message>
        <source>unsupported file type (a zip archive, not a document)</source>
        <translation>不支持的文件类型（这是 zip 压缩包，不是文档）</translation>
    </message>
    <message>
        <source>extension says {extension}, content is {format}</source>
        <translation>扩展名为 {extension}，内容却是 {format}</translation>
    </message>
    <message>
        <source>no extension, content is {format}</source>
        <translation>没有扩展名，内容是 {format}</translation>
    </message>
    <message>
        <source>unknown extension {extension}, read as text</source>
        <translation>未知的扩展名 {extension}，按文本读取</translation>
    </message>
    <message>
        <source>empty file (0 bytes), not a valid PDF</source>
        <translation>空文件（0 字节），不是有效的 PDF</translation>
    </message>
    <message>
        <source>not a valid PDF (no %PDF header; damaged or wrong extension)</source>
        <translation>不是有效的 PDF（没有 %PDF 文件头；文件已损坏或扩展名有误）</translation>
    </message>
    <message>
        <source>empty file (0 bytes), not a valid {format}</source>
        <translation>空文件（0 字节），不是有效的 {format}</translation>
    </message>
    <message>
        <source>corrupt document: not a valid {format} (not a zip container)</source>
        <translation>文档已损坏：不是有效的 {format}（不是 zip 容器）</translation>
    </message>
    <message>
        <source>empty text</source>
        <translation>空文本</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>binary data in a text file</source>
        <translation>文本文件中含有二进制数据</translation>
    </message>
    <message>
        <source>could not decode the file as text</source>
        <translation>无法将文件解码为文本</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>未知的编码 {encoding}</translation>
    </message>
    <message>
        <source>{count} character(s) could not be decoded as {encoding} and were replaced</source>
        <translation>有 {count} 个字符无法按 {encoding} 解码，已被替换</translation>
    </message>
    <message>
        <source>{count} chunk cut(s) without a line break; counts approximate</source>
        <translation>{count} 处分块不在换行处；计数为近似值</translation>
    </message>
    <message>
        <source>unknown tokenizer {tokenizer}</source>
        <translation>未知的分词器 {tokenizer}</translation>
    </message>
    <message>
        <source>unknown tokenizer {tokenizer}; expected one of {choices}</source>
        <translation>未知的分词器 {tokenizer}；应为 {choices} 之一</translation>
    </message>
    <message>
        <source>the {tokenizer} vocabulary is not installed (expected at {path})</source>
        <translation>未安装 {tokenizer} 词表（应位于 {path}）</translation>
    </message>
    <message>
        <source>the {tokenizer} vocabulary at {path} is not the expected file (SHA-256 differs)</source>
        <translation>{path} 处的 {tokenizer} 词表不是预期的文件（SHA-256 不一致）</translation>
    </message>
    <message>
        <source>empty file (0 bytes), not a valid document</source>
        <translation>空文件（0 字节），不是有效的文档</translation>
    </message>
    <message>
        <source>encrypted PDF: a password is needed to open it</source>
        <translation>加密的 PDF：需要密码才能打开</translation>
    </message>
    <message>
        <source>not a readable PDF ({detail})</source>
        <translation>无法读取的 PDF（{detail}）</translation>
    </message>
    <message>
        <source>damaged PDF ({detail})</source>
        <translation>PDF 已损坏（{detail}）</translation>
    </message>
    <message>
        <source>no text layer, needs OCR</source>
        <translation>没有文字层，需要 OCR</translation>
    </message>
    <message>
        <source>no text found</source>
        <translation>未找到文字</translation>
    </message>
    <message>
        <source>corrupt document: not a valid zip container ({detail})</source>
        <translation>文档已损坏：不是有效的 zip 容器（{detail}）</translation>
    </message>
    <message>
        <source>zip bomb suspected: {member} expands {ratio}:1 to {size} bytes (limit {limit}:1)</source>
        <translation>疑似 zip 炸弹：{member} 以 {ratio}:1 的比例解压为 {size} 字节（上限 {limit}:1）</translation>
    </message>
    <message>
        <source>zip bomb suspected: the text parts expand to {size} bytes (limit {limit})</source>
        <translation>疑似 zip 炸弹：文本部分解压后达 {size} 字节（上限 {limit} 字节）</translation>
    </message>
    <message>
        <source>corrupt {format}: {part} is missing</source>
        <translation>{format} 已损坏：缺少 {part}</translation>
    </message>
    <message>
        <source>corrupt OpenDocument file: content.xml is missing</source>
        <translation>OpenDocument 文件已损坏：缺少 content.xml</translation>
    </message>
    <message>
        <source>corrupt document: broken XML ({detail})</source>
        <translation>文档已损坏：XML 格式错误（{detail}）</translation>
    </message>
    <message>
        <source>corrupt document: {detail}</source>
        <translation>文档已损坏：{detail}</translation>
    </message>
    <message>
        <source>corrupt document: truncated or damaged data ({detail})</source>
        <translation>文档已损坏：数据被截断或损坏（{detail}）</translation>
    </message>
    <message>
        <source>corrupt or unreadable image ({exception}: {detail})</source>
        <translation>图像已损坏或无法读取（{exception}：{detail}）</translation>
    </message>
    <message>
        <source>decompression bomb: size read from header, not decoded</source>
        <translation>解压炸弹：尺寸读自文件头，未解码</translation>
    </message>
    <message>
        <source>decompression bomb whose header could not be read</source>
        <translation>解压炸弹，且无法读取其文件头</translation>
    </message>
    <message>
        <source>not a recognised image format (corrupt or truncated header, or not an image)</source>
        <translation>无法识别的图像格式（文件头已损坏或被截断，或者不是图像）</translation>
    </message>
    <message>
        <source>corrupt or truncated {format} header</source>
        <translation>{format} 文件头已损坏或被截断</translation>
    </message>
    <message>
        <source>corrupt or truncated {format} header ({detail})</source>
        <translation>{format} 文件头已损坏或被截断（{detail}）</translation>
    </message>
    <message>
        <source>corrupt or truncated image header ({detail})</source>
        <translation>图像文件头已损坏或被截断（{detail}）</translation>
    </message>
    <message>
        <source>image header gives an invalid size {width}x{height}</source>
        <translation>图像文件头给出的尺寸 {width}x{height} 无效</translation>
    </message>
    <message>
        <source>GIF header gives an invalid size {width}x{height}</source>
        <translation>GIF 文件头给出的尺寸 {width}x{height} 无效</translation>
    </message>
    <message>
        <source>{format} has no end marker (truncated?): size read from the header</source>
        <translation>{format} 没有结束标记（被截断？）：尺寸读自文件头</translation>
    </message>
    <message>
        <source>GIF is truncated or has trailing junk: frames counted so far</source>
        <translation>GIF 被截断或末尾有多余数据：帧数按已读到的部分计算</translation>
    </message>
    <message>
        <source>corrupt GIF: unexpected block {block} at byte {offset}</source>
        <translation>GIF 已损坏：字节 {offset} 处有意外的块 {block}</translation>
    </message>
    <message>
        <source>corrupt or truncated GIF: no complete frame</source>
        <translation>GIF 已损坏或被截断：没有完整的帧</translation>
    </message>
    <message>
        <source>corrupt ICO header</source>
        <translation>ICO 文件头已损坏</translation>
    </message>
    <message>
        <source>truncated ICO directory</source>
        <translation>ICO 目录被截断</translation>
    </message>
    <message>
        <source>truncated ICO: icon {index} runs past the end of the file</source>
        <translation>ICO 被截断：图标 {index} 超出了文件末尾</translation>
    </message>
    <message>
        <source>not a WebP file</source>
        <translation>不是 WebP 文件</translation>
    </message>
    <message>
        <source>truncated box header</source>
        <translation>box 头被截断</translation>
    </message>
    <message>
        <source>box {box} runs past its container (corrupt or truncated)</source>
        <translation>box {box} 超出了其所在容器（已损坏或被截断）</translation>
    </message>
    <message>
        <source>not an HEIF/AVIF file (no ftyp box with a picture brand)</source>
        <translation>不是 HEIF/AVIF 文件（没有带图像品牌标识的 ftyp box）</translation>
    </message>
    <message>
        <source>{brand}: no meta box (corrupt or truncated)</source>
        <translation>{brand}：没有 meta box（已损坏或被截断）</translation>
    </message>
    <message>
        <source>{brand}: meta box too large</source>
        <translation>{brand}：meta box 过大</translation>
    </message>
    <message>
        <source>{brand}: no item properties (ipco box) in meta</source>
        <translation>{brand}：meta 中没有项目属性（ipco box）</translation>
    </message>
    <message>
        <source>{brand}: truncated {box} box</source>
        <translation>{brand}：{box} box 被截断</translation>
    </message>
    <message>
        <source>{brand}: no image size (ispe) for the primary image</source>
        <translation>{brand}：主图像没有图像尺寸（ispe）</translation>
    </message>
    <message>
        <source>{brand}: image size {width}x{height} is not valid</source>
        <translation>{brand}：图像尺寸 {width}x{height} 无效</translation>
    </message>
    <message>
        <source>corrupt box {box} at byte {offset}</source>
        <translation>字节 {offset} 处的 box {box} 已损坏</translation>
    </message>
    <message>
        <source>meta box is truncated</source>
        <translation>meta box 被截断</translation>
    </message>
    <message>
        <source>truncated {box} box</source>
        <translation>{box} box 被截断</translation>
    </message>
    <message>
        <source>SVG declares XML entities: not read (entity-expansion risk)</source>
        <translation>SVG 声明了 XML 实体：未读取（有实体扩展风险）</translation>
    </message>
    <message>
        <source>SVG has a DOCTYPE with an internal subset: not read (entity risk)</source>
        <translation>SVG 的 DOCTYPE 含有内部子集：未读取（有实体风险）</translation>
    </message>
    <message>
        <source>root element is &lt;{element}&gt;, not &lt;svg&gt;</source>
        <translation>根元素是 &lt;{element}&gt;，不是 &lt;svg&gt;</translation>
    </message>
    <message>
        <source>no &lt;svg&gt; element found (empty or not an SVG)</source>
        <translation>未找到 &lt;svg&gt; 元素（文件为空或不是 SVG）</translation>
    </message>
    <message>
        <source>not well-formed SVG/XML ({detail}, line {line})</source>
        <translation>SVG/XML 格式不正确（{detail}，第 {line} 行）</translation>
    </message>
    <message>
        <source>corrupt compressed SVG (.svgz): {detail}</source>
        <translation>压缩的 SVG（.svgz）已损坏：{detail}</translation>
    </message>
    <message>
        <source>no &lt;svg&gt; element in the first {megabytes} MB</source>
        <translation>前 {megabytes} MB 中没有 &lt;svg&gt; 元素</translation>
    </message>
    <message>
        <source>SVG has no usable width/height/viewBox: browser default size used</source>
        <translation>SVG 没有可用的 width/height/viewBox：使用浏览器的默认尺寸</translation>
    </message>
    <message>
        <source>corrupt or unreadable audio ({exception}: {detail})</source>
        <translation>音频已损坏或无法读取（{exception}：{detail}）</translation>
    </message>
    <message>
        <source>content is {format}, not what the extension {extension} says</source>
        <translation>内容是 {format}，与扩展名 {extension} 不符</translation>
    </message>
    <message>
        <source>unsupported audio format: {format}</source>
        <translation>不支持的音频格式：{format}</translation>
    </message>
    <message>
        <source>unsupported audio format: multi-channel AMR</source>
        <translation>不支持的音频格式：多声道 AMR</translation>
    </message>
    <message>
        <source>not a recognised audio format</source>
        <translation>无法识别的音频格式</translation>
    </message>
    <message>
        <source>corrupt or truncated {format} file: {detail}</source>
        <translation>{format} 文件已损坏或被截断：{detail}</translation>
    </message>
    <message>
        <source>corrupt or truncated audio file: {detail}</source>
        <translation>音频文件已损坏或被截断：{detail}</translation>
    </message>
    <message>
        <source>{format} file has no audio length (empty or corrupt)</source>
        <translation>{format} 文件没有音频时长（为空或已损坏）</translation>
    </message>
    <message>
        <source>audio file has no audio length (empty or corrupt)</source>
        <translation>音频文件没有音频时长（为空或已损坏）</translation>
    </message>
    <message>
        <source>no MPEG audio frames found (corrupt or not an MP3)</source>
        <translation>未找到 MPEG 音频帧（已损坏或不是 MP3）</translation>
    </message>
    <message>
        <source>no AAC (ADTS) frames found (corrupt or truncated)</source>
        <translation>未找到 AAC（ADTS）帧（已损坏或被截断）</translation>
    </message>
    <message>
        <source>no {format} frames found (empty or truncated)</source>
        <translation>未找到 {format} 帧（为空或被截断）</translation>
    </message>
    <message>
        <source>{header} header says {claimed} frames but the file holds {frames}: length from the frames present</source>
        <translation>{header} 头声明有 {claimed} 帧，但文件中有 {frames} 帧：时长按实际存在的帧计算</translation>
    </message>
    <message>
        <source>{count} bytes of non-audio data skipped</source>
        <translation>已跳过 {count} 字节的非音频数据</translation>
    </message>
    <message>
        <source>last frame cut short (file truncated?)</source>
        <translation>最后一帧不完整（文件被截断？）</translation>
    </message>
    <message>
        <source>WAV data chunk is longer than the file (truncated?): length from the file size</source>
        <translation>WAV 的 data 块比文件还长（被截断？）：时长按文件大小计算</translation>
    </message>
    <message>
        <source>not an AMR file (no #!AMR header)</source>
        <translation>不是 AMR 文件（没有 #!AMR 文件头）</translation>
    </message>
    <message>
        <source>corrupt {format} data: bad frame header at byte {offset}</source>
        <translation>{format} 数据已损坏：字节 {offset} 处的帧头有误</translation>
    </message>
    <message>
        <source>not a CAF file</source>
        <translation>不是 CAF 文件</translation>
    </message>
    <message>
        <source>corrupt CAF</source>
        <translation>CAF 已损坏</translation>
    </message>
    <message>
        <source>corrupt or truncated CAF: chunk {chunk} runs past the end</source>
        <translation>CAF 已损坏或被截断：块 {chunk} 超出了文件末尾</translation>
    </message>
    <message>
        <source>corrupt CAF: short desc chunk</source>
        <translation>CAF 已损坏：desc 块过短</translation>
    </message>
    <message>
        <source>corrupt CAF: short packet table</source>
        <translation>CAF 已损坏：数据包表过短</translation>
    </message>
    <message>
        <source>corrupt CAF: no desc chunk</source>
        <translation>CAF 已损坏：没有 desc 块</translation>
    </message>
    <message>
        <source>corrupt CAF: sample rate is not positive</source>
        <translation>CAF 已损坏：采样率不是正数</translation>
    </message>
    <message>
        <source>CAF ({codec}) has no packet table: length unknown</source>
        <translation>CAF（{codec}）没有数据包表：时长未知</translation>
    </message>
    <message>
        <source>corrupt Matroska</source>
        <translation>Matroska 已损坏</translation>
    </message>
    <message>
        <source>corrupt Matroska: invalid element header</source>
        <translation>Matroska 已损坏：元素头无效</translation>
    </message>
    <message>
        <source>corrupt or truncated WebM/Matroska header</source>
        <translation>WebM/Matroska 文件头已损坏或被截断</translation>
    </message>
    <message>
        <source>not a WebM/Matroska file (bad EBML header)</source>
        <translation>不是 WebM/Matroska 文件（EBML 头有误）</translation>
    </message>
    <message>
        <source>corrupt or truncated Matroska: EBML header</source>
        <translation>Matroska 已损坏或被截断：EBML 头</translation>
    </message>
    <message>
        <source>corrupt Matroska: no Segment</source>
        <translation>Matroska 已损坏：没有 Segment</translation>
    </message>
    <message>
        <source>corrupt or truncated Matroska header element</source>
        <translation>Matroska 头元素已损坏或被截断</translation>
    </message>
    <message>
        <source>{format} has no duration in its header and no audio blocks: length unknown</source>
        <translation>{format} 的文件头中没有时长，也没有音频块：时长未知</translation>
    </message>
    <message>
        <source>{where}: a component&apos;s id must be 1 to 40 lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, got {value}</source>
        <translation>{where}：组件 ID 必须由 1 到 40 个小写字母、数字、&apos;_&apos; 或 &apos;-&apos; 组成，实际为 {value}</translation>
    </message>
    <message>
        <source>{where}: two components share the id {ids}</source>
        <translation>{where}：有两个组件使用相同的 ID {ids}</translation>
    </message>
    <message>
        <source>{where}: a plan needs at least one LLM component</source>
        <translation>{where}：方案至少需要一个 LLM 组件</translation>
    </message>
    <message>
        <source>no component with id {id}; the plan&apos;s components: {known}</source>
        <translation>没有 ID 为 {id} 的组件；方案中的组件：{known}</translation>
    </message>
    <message>
        <source>llm_calls_per_turn is gone: a turn is now the components it runs; set components.&lt;id&gt;.calls_per_turn or components.&lt;id&gt;.turn_share instead (the plan&apos;s components: {known})</source>
        <translation>llm_calls_per_turn 已移除：每轮现在由它运行的组件构成；请改为设置 components.&lt;id&gt;.calls_per_turn 或 components.&lt;id&gt;.turn_share（方案中的组件：{known}）</translation>
    </message>
    <message>
        <source>memory: turn t of a conversation sends min(t - 1, {history}) earlier turns; over {turns} turns that is {mean} earlier turns per call on average</source>
        <translation>记忆：对话第 t 轮发送 min(t - 1, {history}) 个之前的轮次；在 {turns} 轮中平均每次调用发送 {mean} 个之前的轮次</translation>
    </message>
    <message>
        <source>{model} speaks its replies: {share} of the replies as {seconds} s of audio each ({rate} characters a second) x {tps} audio tokens a second at its output price, and no TTS for them</source>
        <translation>{model} 直接说出回复：{share} 的回复各为 {seconds} 秒音频（每秒 {rate} 个字符）x 每秒 {tps} 个音频 token，按其输出价格计费，这些回复不再计 TTS</translation>
    </message>
    <message>
        <source>{model}: the text of each call is billed at {text_model}&apos;s price (audio_row_text: {setting})</source>
        <translation>{model}：每次调用的文本按 {text_model} 的价格计费（audio_row_text：{setting}）</translation>
    </message>
    <message>
        <source>{where} was written in an older plan format (schema {version}); it was upgraded to workflow components (schema {current}), and the file keeps its old format until you save it</source>
        <translation>{where} 使用旧的计划格式（schema {version}）保存；已升级为工作流组件（schema {current}），在您保存之前文件仍保持旧格式</translation>
    </message>
    <message>
        <source>component {component}: its largest call ({tokens} tokens) exceeds {model}&apos;s context window of {window} tokens; this scenario is never the cheapest</source>
        <translation>组件 {component}：其最大一次调用（{tokens} token）超过 {model} 的上下文窗口 {window} token；此场景不会被列为最便宜</translation>
    </message>
    <message>
        <source>component {component}: {model}&apos;s context window is unknown, its largest call ({tokens} tokens) is not checked</source>
        <translation>组件 {component}：{model} 的上下文窗口未知，其最大一次调用（{tokens} token）未做检查</translation>
    </message>
    <message>
        <source>component {component} stays on {model} in every scenario: {credits} credits in month 1</source>
        <translation>组件 {component} 在所有场景中都使用 {model}：首月 {credits} 积分</translation>
    </message>
    <message>
        <source>component {component}: {error}</source>
        <translation>组件 {component}：{error}</translation>
    </message>
    <message>
        <source>the document&apos;s text expands to more than {limit} characters (at least {size}): not read</source>
        <translation>文档的文本展开后超过 {limit} 个字符（至少 {size}）：未读取</translation>
    </message>
    <message>
        <source>encoding guessed: {encoding} ({confidence} confidence); choose the encoding if the counts look wrong</source>
        <translation>编码为推测：{encoding}（置信度 {confidence}）；如计数有误，请选择编码</translation>
    </message>
    <message>
        <source>the header claims {claimed} seconds, impossible for a file of {size} bytes: length unknown</source>
        <translation>文件头声称 {claimed} 秒，{size} 字节的文件不可能这么长：时长未知</translation>
    </message>
    <message>
        <source>gave up after {seconds} s: reading this file takes too long</source>
        <translation>已放弃（{seconds} 秒后）：读取此文件耗时过长</translation>
    </message>
    <message>
        <source>the measurement cache {path} cannot be used ({detail}); scanning without it</source>
        <translation>无法使用测量缓存 {path}（{detail}）；本次扫描不使用缓存</translation>
    </message>
    <message>
        <source>the measurement cache {path} is damaged ({detail}); moved it aside to {aside}</source>
        <translation>测量缓存 {path} 已损坏（{detail}）；已将其移至 {aside}</translation>
    </message>
    <message>
        <source>{where}: not read: nested more than {limit} levels deep</source>
        <extracomment>(code, English template) of every persistence message, in the order they are registered</extracomment>
        <translation>{where}：未读取：嵌套超过 {limit} 层</translation>
    </message>
    <message>
        <source>{where}: not read: {size} bytes, more than the {limit} bytes allowed</source>
        <translation>{where}：未读取：{size} 字节，超过允许的 {limit} 字节</translation>
    </message>
    <message>
        <source>{where}: not read: the text at {key} holds a lone surrogate (an escape such as \ud800 that is not a character)</source>
        <translation>{where}：未读取：{key} 处的文本含有孤立代理项（如 \ud800 这样不是字符的转义）</translation>
    </message>
    <message>
        <source>your settings were not read ({error}); using the defaults</source>
        <translation>未读取您的设置（{error}）；使用默认值</translation>
    </message>
    <message>
        <source>an autosave could not be read and was moved to {where}: {error}</source>
        <translation>无法读取一个自动保存，已将其移至 {where}：{error}</translation>
    </message>
    <message>
        <source>{where}: {value} is more than the largest price, {maximum}</source>
        <translation>{where}：{value} 超过最大价格 {maximum}</translation>
    </message>
    <message>
        <source>{where}: {value} is more than the largest rate, {maximum}</source>
        <translation>{where}：{value} 超过最大速率 {maximum}</translation>
    </message>
    <message>
        <source>{where}: no model with id &apos;{id}&apos; in the catalog (removed by an update?); this entry is kept in your file but not used</source>
        <translation>{where}：目录中没有 ID 为“{id}”的模型（已被更新移除？）；此条目保留在您的文件中，但不会使用</translation>
    </message>
    <message>
        <source>{where}: another window is still saving your prices; try again in a moment</source>
        <translation>{where}：另一个窗口仍在保存您的价格；请稍后再试</translation>
    </message>
    <message>
        <source>{count} file(s) of the plan are missing (not where the plan says): their last measurements are still used; locate them to measure them again</source>
        <translation>计划中有 {count} 个文件缺失（不在计划记录的位置）：仍使用其上次的测量结果；找到它们后即可重新测量</translation>
    </message>
    <message>
        <source>{name}</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>{count} page</source>
        <translation>{count} 页</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} 页</translation>
    </message>
    <message>
        <source>{count} slide</source>
        <translation>{count} 张幻灯片</translation>
    </message>
    <message>
        <source>{count} slides</source>
        <translation>{count} 张幻灯片</translation>
    </message>
    <message>
        <source>{count} sheet</source>
        <translation>{count} 个工作表</translation>
    </message>
    <message>
        <source>{count} sheets</source>
        <translation>{count} 个工作表</translation>
    </message>
    <message>
        <source>{count} part</source>
        <translation>{count} 个部分</translation>
    </message>
    <message>
        <source>{count} parts</source>
        <translation>{count} 个部分</translation>
    </message>
    <message>
        <source>{count} frames</source>
        <translation>{count} 帧</translation>
    </message>
    <message>
        <source>EXIF rotated {degrees}°</source>
        <translation>EXIF 旋转 {degrees}°</translation>
    </message>
    <message>
        <source>EXIF transposed</source>
        <translation>EXIF 转置</translation>
    </message>
    <message>
        <source>EXIF transversed</source>
        <translation>EXIF 反向转置</translation>
    </message>
    <message>
        <source>EXIF mirrored</source>
        <translation>EXIF 水平镜像</translation>
    </message>
    <message>
        <source>EXIF flipped</source>
        <translation>EXIF 垂直翻转</translation>
    </message>
    <message>
        <source>size from header</source>
        <translation>尺寸取自文件头</translation>
    </message>
    <message>
        <source>rotated {degrees}°</source>
        <translation>旋转 {degrees}°</translation>
    </message>
    <message>
        <source>largest of {count} icons</source>
        <translation>{count} 个图标中最大的一个</translation>
    </message>
    <message>
        <source>(from width/height)</source>
        <translation>（取自 width/height）</translation>
    </message>
    <message>
        <source>(from width and viewBox aspect)</source>
        <translation>（取自 width 与 viewBox 宽高比）</translation>
    </message>
    <message>
        <source>(from height and viewBox aspect)</source>
        <translation>（取自 height 与 viewBox 宽高比）</translation>
    </message>
    <message>
        <source>(from viewBox)</source>
        <translation>（取自 viewBox）</translation>
    </message>
    <message>
        <source>(from browser default)</source>
        <translation>（取自浏览器默认尺寸）</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>单声道</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>立体声</translation>
    </message>
    <message>
        <source>{count} ch</source>
        <translation>{count} 声道</translation>
    </message>
    <message>
        <source>(header)</source>
        <translation>（取自文件头）</translation>
    </message>
    <message>
        <source>({header} header)</source>
        <translation>（取自 {header} 头）</translation>
    </message>
    <message>
        <source>({header} header, gapless)</source>
        <translation>（取自 {header} 头，无缝播放）</translation>
    </message>
    <message>
        <source>(frame headers walked)</source>
        <translation>（逐帧读取帧头）</translation>
    </message>
    <message>
        <source>({count} frames of 20 ms counted)</source>
        <translation>（按 {count} 个 20 毫秒帧计）</translation>
    </message>
    <message>
        <source>(from the packet table)</source>
        <translation>（取自数据包表）</translation>
    </message>
    <message>
        <source>(from the data size)</source>
        <translation>（取自数据大小）</translation>
    </message>
    <message>
        <source>(Duration in header)</source>
        <translation>（取自文件头中的 Duration）</translation>
    </message>
    <message>
        <source>(blocks walked)</source>
        <translation>（逐块读取）</translation>
    </message>
    <message>
        <source>(chosen)</source>
        <translation>（手动选择）</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model of the component, grouped by brand</source>
        <translation>组件的模型，按品牌分组</translation>
    </message>
    <message>
        <source>The compared model (each scenario&apos;s)</source>
        <translation>对比的模型（各方案各自的）</translation>
    </message>
</context>
<context>
    <name>ModelSelector</name>
    <message>
        <source>Models to compare</source>
        <translation>对比的模型</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>搜索模型</translation>
    </message>
    <message>
        <source>Models to compare, grouped by brand</source>
        <translation>对比的模型（按品牌分组）</translation>
    </message>
</context>
<context>
    <name>PasteTextDialog</name>
    <message>
        <source>Paste text</source>
        <translation>粘贴文本</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Paste or type the text here</source>
        <translation>在此粘贴或输入文本</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>用途(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>PlanFieldHelp</name>
    <message>
        <source>Conversations your agent holds in the first month. Every per-turn cost scales with it.</source>
        <translation>机器人在第一个月进行的对话数。每轮的费用都随它增减。</translation>
    </message>
    <message>
        <source>User messages per conversation, each answered once.</source>
        <translation>每次对话中的用户消息数，每条回复一次。</translation>
    </message>
    <message>
        <source>GPTBots&apos; short-term memory: the most earlier turns (user message + reply) a call sends. Turn t of a conversation sends min(t - 1, this) of them.</source>
        <translation>GPTBots 的短期记忆：一次调用最多发送的之前轮次（用户消息 + 回复）。对话第 t 轮发送其中的 min(t - 1, 此值) 轮。</translation>
    </message>
    <message>
        <source>Knowledge chunks retrieved and added to the prompt per turn. 0 turns retrieval off (then user questions are not embedded either).</source>
        <translation>每轮检索并加入提示词的知识片段数。0 表示关闭检索（此时用户问题也不做向量化）。</translation>
    </message>
    <message>
        <source>Size of one retrieved knowledge chunk.</source>
        <translation>一个检索到的知识片段的大小。</translation>
    </message>
    <message>
        <source>Chunks sent to the rerank service per turn (knowledge rerank switched on).</source>
        <translation>每轮发送给重排服务的片段数（开启知识重排时）。</translation>
    </message>
    <message>
        <source>Share of replies the user plays back as speech (TTS characters).</source>
        <translation>用户以语音播放的回复占比（TTS 字符）。</translation>
    </message>
    <message>
        <source>Successful paid tool calls per turn (e.g. Google search). Priced by you.</source>
        <translation>每轮成功的付费工具调用次数（例如 Google 搜索）。价格由您填写。</translation>
    </message>
    <message>
        <source>Database processing operations per turn. Priced by you.</source>
        <translation>每轮的数据库处理操作次数。价格由您填写。</translation>
    </message>
    <message>
        <source>Share of user questions run through question classification. Priced by you.</source>
        <translation>经过问题识别的用户问题占比。价格由您填写。</translation>
    </message>
    <message>
        <source>Knowledge added each month after the first: indexed once, then stored every day.</source>
        <translation>第一个月之后每月新增的知识：索引一次，之后每天存储。</translation>
    </message>
    <message>
        <source>How many months the projection covers.</source>
        <translation>预测覆盖的月数。</translation>
    </message>
    <message>
        <source>Share of turns whose user message carries an image (0 to 100 %).</source>
        <translation>用户消息带有图片的轮次占比（0 到 100 %）。</translation>
    </message>
    <message>
        <source>Share of turns sent as a voice message (0 to 100 %): ASR seconds, or audio-LLM tokens.</source>
        <translation>以语音消息发送的轮次占比（0 到 100 %）：计 ASR 秒数，或音频 LLM 的 token。</translation>
    </message>
    <message>
        <source>Usage growth from one month to the next, in percent (5 % = each month 1.05 times the one before).</source>
        <translation>每月相对上月的用量增长，以百分比表示（5 % = 每月是上月的 1.05 倍）。</translation>
    </message>
    <message>
        <source>Hidden reasoning (thinking) tokens a reasoning model generates per LLM call, billed at the output price; only reasoning models use it. No vendor publishes a typical figure: the default 1024 is the smallest thinking budget a vendor documents (Anthropic extended thinking, budget_tokens of at least 1,024), so real use is often higher.</source>
        <translation>推理模型每次 LLM 调用生成的隐藏推理(思考)token,按输出价格计费;仅用于推理模型。没有厂商公布典型数值:默认值 1024 是厂商文档中最小的思考预算(Anthropic 扩展思考的 budget_tokens 至少为 1,024),实际用量往往更高。</translation>
    </message>
    <message>
        <source>How fast an audio LLM speaks its reply: reply characters / this = seconds of reply audio. The default 15 is about 150 words a minute of English (the usual conversational rate) at 6 characters a word; Mandarin is spoken at about 4 to 5 characters a second.</source>
        <translation>音频 LLM 说出回复的速度：回复字符数 / 此值 = 回复音频秒数。默认值 15 约相当于英语每分钟 150 个单词（常见的对话语速）、每个单词 6 个字符；普通话语速约为每秒 4 到 5 个字。</translation>
    </message>
    <message>
        <source>Prompt tokens sent with every LLM call.</source>
        <translation>每次 LLM 调用都会发送的提示词 Token。</translation>
    </message>
    <message>
        <source>Average user message (from conversation samples).</source>
        <translation>平均用户消息（来自对话样例）。</translation>
    </message>
    <message>
        <source>Average reply (from reply samples).</source>
        <translation>平均回复（来自回复样例）。</translation>
    </message>
    <message>
        <source>Average reply length in characters (TTS bills these).</source>
        <translation>平均回复长度（字符数，TTS 按此计费）。</translation>
    </message>
    <message>
        <source>Average image tokens per attached image.</source>
        <translation>每张附加图片的平均 Token 数。</translation>
    </message>
    <message>
        <source>Average voice message length.</source>
        <translation>语音消息的平均时长。</translation>
    </message>
    <message>
        <source>Knowledge base size at the start (from knowledge documents).</source>
        <translation>初始知识库大小（来自知识文档）。</translation>
    </message>
</context>
<context>
    <name>PlanFieldUnits</name>
    <message>
        <source>calls / turn</source>
        <translation>次调用 / 轮</translation>
    </message>
    <message>
        <source>% / month</source>
        <translation>% / 月</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>chunks / turn</source>
        <translation>个片段 / 轮</translation>
    </message>
    <message>
        <source>conversations / month</source>
        <translation>次对话 / 月</translation>
    </message>
    <message>
        <source>% of turns</source>
        <translation>% 的轮次</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>operations / turn</source>
        <translation>次操作 / 轮</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>tokens / call</source>
        <translation>token / 次调用</translation>
    </message>
    <message>
        <source>characters / second</source>
        <translation>字符 / 秒</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>tokens / chunk</source>
        <translation>Token / 片段</translation>
    </message>
    <message>
        <source>tokens / month</source>
        <translation>Token / 月</translation>
    </message>
    <message>
        <source>turns</source>
        <translation>轮</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>Conversations per month</source>
        <translation>每月对话数</translation>
    </message>
    <message>
        <source>Turns per conversation</source>
        <translation>每次对话轮数</translation>
    </message>
    <message>
        <source>Chunks retrieved per turn</source>
        <translation>每轮检索的知识片段数</translation>
    </message>
    <message>
        <source>Tokens per chunk</source>
        <translation>每个片段的 Token 数</translation>
    </message>
    <message>
        <source>Chunks reranked per turn</source>
        <translation>每轮重排的片段数</translation>
    </message>
    <message>
        <source>Share of turns with an image</source>
        <translation>带图片的轮次占比</translation>
    </message>
    <message>
        <source>Share of voice turns</source>
        <translation>语音轮次占比</translation>
    </message>
    <message>
        <source>Share of replies played as speech</source>
        <translation>朗读回复的占比</translation>
    </message>
    <message>
        <source>Paid tool calls per turn</source>
        <translation>每轮付费工具调用次数</translation>
    </message>
    <message>
        <source>Database operations per turn</source>
        <translation>每轮数据库操作次数</translation>
    </message>
    <message>
        <source>Share of classified questions</source>
        <translation>经问题识别的问题占比</translation>
    </message>
    <message>
        <source>Knowledge growth per month</source>
        <translation>每月知识增量</translation>
    </message>
    <message>
        <source>Months to project</source>
        <translation>预测月数</translation>
    </message>
    <message>
        <source>Monthly growth</source>
        <translation>月增长率</translation>
    </message>
    <message>
        <source>Reasoning tokens per call</source>
        <translation>每次调用的推理 token</translation>
    </message>
    <message>
        <source>Speaking rate of spoken replies</source>
        <translation>语音回复的语速</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>User message</source>
        <translation>用户消息</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation>回复长度</translation>
    </message>
    <message>
        <source>Image tokens per image</source>
        <translation>每张图片的 Token 数</translation>
    </message>
    <message>
        <source>Voice message length</source>
        <translation>语音消息时长</translation>
    </message>
    <message>
        <source>Knowledge base size</source>
        <translation>知识库大小</translation>
    </message>
    <message>
        <source>Voice messages</source>
        <translation>语音消息</translation>
    </message>
    <message>
        <source>ASR rounding</source>
        <translation>ASR 计费取整</translation>
    </message>
    <message>
        <source>Days per month</source>
        <translation>每月天数</translation>
    </message>
    <message>
        <source>Image token rule</source>
        <translation>图片 Token 规则</translation>
    </message>
    <message>
        <source>Text sent to an audio model row</source>
        <translation>发送给音频模型的文本</translation>
    </message>
    <message>
        <source>At the audio row&apos;s price</source>
        <translation>按音频模型的价格</translation>
    </message>
    <message>
        <source>At the text model&apos;s price (e.g. GPT-4o-128k)</source>
        <translation>按文本模型的价格（例如 GPT-4o-128k）</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>Knowledge added during a month</source>
        <translation>月内新增的知识</translation>
    </message>
    <message>
        <source>Evenly through the month (stored half the days)</source>
        <translation>在当月内均匀加入(平均存储半个月)</translation>
    </message>
    <message>
        <source>On the first day</source>
        <translation>在当月第一天</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>向量化（Embedding）</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>重排（Rerank）</translation>
    </message>
    <message>
        <source>Speech recognition (ASR)</source>
        <translation>语音识别（ASR）</translation>
    </message>
    <message>
        <source>Speech synthesis (TTS)</source>
        <translation>语音合成（TTS）</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>计划名称</translation>
    </message>
    <message>
        <source>Transcribed (ASR), then text chat</source>
        <translation>先转写（ASR），再文本对话</translation>
    </message>
    <message>
        <source>Short-term memory (turns)</source>
        <translation>短期记忆（轮）</translation>
    </message>
    <message>
        <source>Sent as audio to the LLM</source>
        <translation>以音频发送给 LLM</translation>
    </message>
    <message>
        <source>Exact seconds (pro rata)</source>
        <translation>按实际秒数（按比例）</translation>
    </message>
    <message>
        <source>Per started minute</source>
        <translation>按开始的每分钟</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>日历天数</translation>
    </message>
    <message>
        <source>Always 30 days</source>
        <translation>固定 30 天</translation>
    </message>
    <message>
        <source>GPTBots rule: 85 + 170 per 512 px tile</source>
        <translation>GPTBots 规则：85 + 每个 512 像素图块 170</translation>
    </message>
    <message>
        <source>The model provider&apos;s own rule</source>
        <translation>模型厂商自己的规则</translation>
    </message>
    <message>
        <source>OpenAI high detail</source>
        <translation>OpenAI 高细节</translation>
    </message>
    <message>
        <source>OpenAI 32 px patches</source>
        <translation>OpenAI 32 像素图块</translation>
    </message>
    <message>
        <source>Low detail (85 tokens)</source>
        <translation>低细节（85 Token）</translation>
    </message>
    <message>
        <source>Both (compare)</source>
        <translation>两者（对比）</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Must be at least %1 %2.</source>
        <translation>不能小于 %1 %2。</translation>
    </message>
    <message>
        <source>Must be at most %1 %2.</source>
        <translation>不能大于 %1 %2。</translation>
    </message>
    <message>
        <source>Not a number: type digits, e.g. 12 or 0.5.</source>
        <translation>不是数字：请输入数字，例如 12 或 0.5。</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>必须是整数。</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>Must be a month such as 2027-01.</source>
        <translation>必须是年月，例如 2027-01。</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>&amp;Workflow</source>
        <extracomment>the settings chosen from a list (the first month is typed)</extracomment>
        <translation>工作流(&amp;W)</translation>
    </message>
    <message>
        <source>Key mode</source>
        <translation>Key 模式</translation>
    </message>
    <message>
        <source>Compare prices with the GPTBots platform key, your own key, or both</source>
        <translation>使用 GPTBots 平台 Key、自有 Key 或两者对比价格</translation>
    </message>
    <message>
        <source>&amp;Key mode:</source>
        <translation>Key 模式(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Models to compare:</source>
        <translation>对比的模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Mo&amp;dels</source>
        <translation>模型(&amp;D)</translation>
    </message>
    <message>
        <source>From a &amp;daily figure…</source>
        <translation>按每日数量换算(&amp;D)…</translation>
    </message>
    <message>
        <source>Enter conversations per day and active days per month instead</source>
        <translation>改为输入每日对话数和每月活跃天数</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>用量(&amp;U)</translation>
    </message>
    <message>
        <source>Measured from the files in the workspace. Type a number to override one; clear it to go back to the measured value.</source>
        <translation>以下数值由工作区中的文件测得。输入数字可覆盖；清空则恢复为测得的数值。</translation>
    </message>
    <message>
        <source>Me&amp;asured</source>
        <translation>测量值(&amp;A)</translation>
    </message>
    <message>
        <source>The first month of the projection, as YYYY-MM</source>
        <translation>预测的第一个月，格式为 YYYY-MM</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>服务(&amp;S)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>measured: %1</source>
        <translation>测得：%1</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>测得</translation>
    </message>
    <message>
        <source>Knowledge base: %1 tokens in %2 documents (before growth).</source>
        <translation>知识库：%2 个文档共 %1 Token（未计增长）。</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <source>{key_mode}, input (credits / 1K tokens)</source>
        <translation>{key_mode}，输入（积分 / 1K token）</translation>
    </message>
    <message>
        <source>{key_mode}, output (credits / 1K tokens)</source>
        <translation>{key_mode}，输出（积分 / 1K token）</translation>
    </message>
    <message>
        <source>{key_mode} ({unit})</source>
        <translation>{key_mode}（{unit}）</translation>
    </message>
    <message>
        <source>Storage ({unit})</source>
        <translation>存储（{unit}）</translation>
    </message>
    <message>
        <source>{name} ({unit})</source>
        <translation>{name}（{unit}）</translation>
    </message>
    <message>
        <source>Provider price, input ({unit})</source>
        <translation>厂商价格，输入（{unit}）</translation>
    </message>
    <message>
        <source>Provider price, output ({unit})</source>
        <translation>厂商价格，输出（{unit}）</translation>
    </message>
    <message>
        <source>Provider price ({unit})</source>
        <translation>厂商价格（{unit}）</translation>
    </message>
    <message>
        <source>Provider price source</source>
        <translation>厂商价格来源</translation>
    </message>
    <message>
        <source>where the price is from (page, date)</source>
        <translation>价格出处（网页、日期）</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s price along with its source.</source>
        <translation>请在填写来源的同时输入厂商价格。</translation>
    </message>
    <message>
        <source>Your catalog file is broken, so nothing was saved: {error}
Fix the file or reset it from the catalog browser.</source>
        <translation>您的价格文件已损坏，因此未保存任何内容：{error}
请修正该文件，或在价格目录中重置。</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
</context>
<context>
    <name>ProjectionChart</name>
    <message>
        <source>Credits per month by billing type</source>
        <translation>每月积分（按计费类型）</translation>
    </message>
    <message>
        <source>Nothing priced to draw yet</source>
        <translation>尚无已定价的数据可绘制</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>credits</source>
        <translation>积分</translation>
    </message>
</context>
<context>
    <name>ProjectionModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话数</translation>
    </message>
    <message>
        <source>Total credits</source>
        <translation>积分合计</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Leaves out billing types that have no price: {types}</source>
        <translation>未计入没有价格的计费类型：{types}</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>GPTBots plans (*%1)</source>
        <translation>GPTBots 计划 (*%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Recover unsaved plan</source>
        <translation>恢复未保存的计划</translation>
    </message>
    <message>
        <source>The planner did not close cleanly last time. These plans had changes that were not saved:</source>
        <translation>上次程序未正常关闭。以下计划有未保存的更改：</translation>
    </message>
    <message>
        <source>Autosaved plans</source>
        <translation>自动保存的计划</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>从未保存</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The plan “%1” has changes that are not saved. Save them?</source>
        <translation>计划“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>打开计划</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>Export the budget</source>
        <translation>导出预算</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ResultsNames</name>
    <message>
        <source>USD / 1M tokens</source>
        <translation>美元 / 百万 token</translation>
    </message>
    <message>
        <source>USD / minute</source>
        <translation>美元 / 分钟</translation>
    </message>
    <message>
        <source>USD / 1M characters</source>
        <translation>美元 / 百万字符</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>derived, page inconsistent</source>
        <translation>推算，页面价格不一致</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>no vendor price</source>
        <translation>没有厂商价格</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>No estimate yet: add material to the workspace and choose a model.</source>
        <translation>尚无估算：请向工作区添加资料并选择模型。</translation>
    </message>
    <message>
        <source>Breakdown by billing type</source>
        <translation>按计费类型明细</translation>
    </message>
    <message>
        <source>Give the selected unpriced billing type a price</source>
        <translation>为选中的未定价计费类型定价</translation>
    </message>
    <message>
        <source>Comparison of models and key modes</source>
        <translation>模型与 Key 模式对比</translation>
    </message>
    <message>
        <source>Month-by-month projection</source>
        <translation>逐月预测</translation>
    </message>
    <message>
        <source>&amp;Breakdown</source>
        <translation>明细(&amp;B)</translation>
    </message>
    <message>
        <source>Enter pr&amp;ice…</source>
        <translation>输入价格(&amp;I)…</translation>
    </message>
    <message>
        <source>C&amp;omparison</source>
        <translation>对比(&amp;O)</translation>
    </message>
    <message>
        <source>Pro&amp;jection</source>
        <translation>预测(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;What credits buy</source>
        <translation>积分能买什么(&amp;W)</translation>
    </message>
    <message>
        <source>Month 1 credits by billing type</source>
        <translation>首月积分（按计费类型）</translation>
    </message>
    <message>
        <source>Enter price: {name}</source>
        <translation>输入价格：{name}</translation>
    </message>
    <message>
        <source>The pricing page gives no price for {name} in this plan. Enter it in credits; it is saved in your own catalog and used from now on.</source>
        <translation>定价页没有给出本方案中 {name} 的价格。请以积分输入；它会保存在您自己的价格目录中，并从现在起生效。</translation>
    </message>
    <message>
        <source>Set the price of {name}; it is saved in your own catalog.</source>
        <translation>设置 {name} 的价格；它会保存在您自己的价格目录中。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Knowledge document</source>
        <translation>知识文档</translation>
    </message>
    <message>
        <source>Indexed once (embedding), then stored every day.</source>
        <translation>索引一次（向量化），之后每天计入存储。</translation>
    </message>
    <message>
        <source>Conversation sample</source>
        <translation>对话样例</translation>
    </message>
    <message>
        <source>A typical user message: its tokens are sent every turn.</source>
        <translation>典型的用户消息：每轮都会发送其 Token。</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Sent with every LLM call.</source>
        <translation>每次 LLM 调用都会发送。</translation>
    </message>
    <message>
        <source>Reply sample</source>
        <translation>回复样例</translation>
    </message>
    <message>
        <source>A typical reply: output tokens, and characters for TTS.</source>
        <translation>典型的回复：计输出 Token，以及 TTS 的字符数。</translation>
    </message>
    <message>
        <source>Image attachment</source>
        <translation>图片附件</translation>
    </message>
    <message>
        <source>Image tokens of a message that carries an image.</source>
        <translation>带图片的消息中的图片 Token。</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>语音消息</translation>
    </message>
    <message>
        <source>Seconds of speech: ASR, or audio tokens for an audio LLM.</source>
        <translation>语音秒数：按 ASR 计费，或作为音频 LLM 的音频 Token。</translation>
    </message>
    <message>
        <source>Not in the budget</source>
        <translation>不计入预算</translation>
    </message>
    <message>
        <source>Kept in the plan, counted nowhere.</source>
        <translation>保留在计划中，但不计入任何费用。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <source>Default &amp;key mode:</source>
        <translation>默认 Key 模式(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Image token rule:</source>
        <translation>图片 Token 规则(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;ASR rounding:</source>
        <translation>ASR 计费取整(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Days per month:</source>
        <translation>每月天数(&amp;D)：</translation>
    </message>
    <message>
        <source>Count PPTX &amp;speaker notes as knowledge</source>
        <translation>将 PPTX 演讲者备注计入知识(&amp;S)</translation>
    </message>
    <message>
        <source>Applies to files measured from now on; re-measure a file to apply it there.</source>
        <translation>对此后测量的文件生效；已测量的文件需重新测量才会应用。</translation>
    </message>
    <message>
        <source>A new language and theme apply at once. Key mode, image rule, ASR rounding and days are the defaults of new plans; each plan keeps its own.</source>
        <translation>新的语言和主题立即生效。Key 模式、图片规则、ASR 取整和天数是新方案的默认值；每个方案保留自己的设置。</translation>
    </message>
</context>
<context>
    <name>SummaryBox</name>
    <message>
        <source>Scenario shown</source>
        <translation>显示的方案</translation>
    </message>
    <message>
        <source>Monthly total</source>
        <translation>月度合计</translation>
    </message>
    <message>
        <source>Showin&amp;g:</source>
        <translation>显示(&amp;G)：</translation>
    </message>
    <message>
        <source>En&amp;ter price…</source>
        <translation>输入价格(&amp;T)…</translation>
    </message>
    <message>
        <source>Over {count} months: {total} credits.</source>
        <translation>{count} 个月合计：{total} 积分。</translation>
    </message>
    <message>
        <source>Total cost with the provider&apos;s bill: {total} ({provider} to the vendor).</source>
        <translation>含厂商账单的总成本：{total}（其中 {provider} 付给厂商）。</translation>
    </message>
    <message>
        <source>+ unpriced: {types} — used by this plan, not in the total above.</source>
        <translation>+ 未定价：{types} — 本方案会用到，但未计入上面的总额。</translation>
    </message>
    <message>
        <source>Month 1 ({month}) includes one-time indexing of {one_time} credits ({recurring} credits without it).</source>
        <translation>第 1 个月（{month}）含一次性索引 {one_time} 积分（不含索引为 {recurring} 积分）。</translation>
    </message>
    <message>
        <source>Month 1 = {month}.</source>
        <translation>第 1 个月 = {month}。</translation>
    </message>
    <message>
        <source>Every later month: {recurring} credits.</source>
        <translation>之后每月：{recurring} 积分。</translation>
    </message>
    <message>
        <source>Months 2 to {count} range from {low} credits ({low_month}) to {high} credits ({high_month}).</source>
        <translation>第 2 到第 {count} 个月在 {low} 积分（{low_month}）到 {high} 积分（{high_month}）之间。</translation>
    </message>
    <message>
        <source>{credits} + provider bill {provider} = total cost {total}</source>
        <translation>{credits} + 厂商账单 {provider} = 总成本 {total}</translation>
    </message>
</context>
<context>
    <name>Tokenizers</name>
    <message>
        <source>o200k_base (GPT-4o, GPT-4.1, o-series)</source>
        <translation>o200k_base（GPT-4o、GPT-4.1、o 系列）</translation>
    </message>
    <message>
        <source>cl100k_base (GPT-4, GPT-3.5, embeddings)</source>
        <translation>cl100k_base（GPT-4、GPT-3.5、向量模型）</translation>
    </message>
    <message>
        <source>DeepSeek V3 (V3, R1)</source>
        <translation>DeepSeek V3（V3、R1）</translation>
    </message>
    <message>
        <source>Qwen (Qwen2, 2.5, 3, VL, Audio)</source>
        <translation>通义千问（Qwen2、2.5、3、VL、Audio）</translation>
    </message>
    <message>
        <source>Llama 3 (Meta Llama 3, 3.1)</source>
        <translation>Llama 3（Meta Llama 3、3.1）</translation>
    </message>
    <message>
        <source>Mistral v1 (open-mistral-7b, open-mixtral-8x7b)</source>
        <translation>Mistral v1（open-mistral-7b、open-mixtral-8x7b）</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Your prices were not changed: %1</source>
        <translation>你的价格未更改：%1</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>修改“%1”</translation>
    </message>
    <message>
        <source>Change the models compared</source>
        <translation>更改对比的模型</translation>
    </message>
    <message>
        <source>Add a workflow component</source>
        <translation>添加工作流组件</translation>
    </message>
    <message>
        <source>Remove a workflow component</source>
        <translation>移除工作流组件</translation>
    </message>
    <message>
        <source>Move a workflow component</source>
        <translation>移动工作流组件</translation>
    </message>
    <message>
        <source>Edit the plan</source>
        <translation>编辑方案</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Add %1 texts</source>
        <translation>添加 %1 段文本</translation>
    </message>
    <message>
        <source>Add %1 files</source>
        <translation>添加 %1 个文件</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>移除“%1”</translation>
    </message>
    <message>
        <source>Remove %1 files</source>
        <translation>移除 %1 个文件</translation>
    </message>
    <message>
        <source>Set the role of “%1”</source>
        <translation>设置“%1”的用途</translation>
    </message>
    <message>
        <source>Set the role of %1 files</source>
        <translation>设置 %1 个文件的用途</translation>
    </message>
    <message>
        <source>Change prices</source>
        <translation>修改价格</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>月度预测</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>unpriced: </source>
        <translation>unpriced（未定价）：</translation>
    </message>
    <message>
        <source>all priced</source>
        <translation>均已定价</translation>
    </message>
    <message>
        <source>★ cheapest</source>
        <translation>★ 最便宜</translation>
    </message>
    <message>
        <source>no audio input</source>
        <translation>不支持音频输入</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Model and key mode</source>
        <translation>模型与 Key 方式</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>模型 ID</translation>
    </message>
    <message>
        <source>Key mode</source>
        <translation>Key 方式</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>credits</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>GPTBots credit budget</source>
        <translation>GPTBots 积分预算</translation>
    </message>
    <message>
        <source>Prices: GPTBots catalog {version} ({date}); 100 credits = $1</source>
        <translation>价格：GPTBots 价目表 {version}（{date}）；100 积分 = 1 美元</translation>
    </message>
    <message>
        <source>Month 1 = {start}; projection over {months} months</source>
        <translation>第 1 个月 = {start}；预测 {months} 个月</translation>
    </message>
    <message>
        <source>Month 1 (credits)</source>
        <translation>第 1 个月（积分）</translation>
    </message>
    <message>
        <source>of which one-time indexing</source>
        <translation>其中一次性索引</translation>
    </message>
    <message>
        <source>{months}-month total (credits)</source>
        <translation>{months} 个月合计（积分）</translation>
    </message>
    <message>
        <source>exceeds the window</source>
        <translation>超出窗口</translation>
    </message>
    <message>
        <source>Unpriced parts</source>
        <translation>未定价部分</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>最便宜</translation>
    </message>
    <message>
        <source>Comparable total</source>
        <translation>可比合计</translation>
    </message>
    <message>
        <source>Month 1 credits by billing type</source>
        <translation>第 1 个月按计费类型的积分</translation>
    </message>
    <message>
        <source>Month 1 credits by model and key mode</source>
        <translation>第 1 个月按模型与 Key 方式的积分</translation>
    </message>
    <message>
        <source>Monthly credits over the projection</source>
        <translation>预测期内每月积分</translation>
    </message>
    <message>
        <source>Notes on the estimate as exported</source>
        <translation>导出时的估算说明</translation>
    </message>
    <message>
        <source>all models and key modes</source>
        <translation>所有模型与 Key 方式</translation>
    </message>
    <message>
        <source>Usage assumptions</source>
        <translation>使用假设</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>First day of month 1</source>
        <translation>第 1 个月的第一天</translation>
    </message>
    <message>
        <source>asr: speech recognition then text; audio_llm: audio sent to models that take audio (others fall back to ASR)</source>
        <translation>asr：先语音识别再按文本；audio_llm：音频直接发给支持音频的模型（其他模型改用 ASR）</translation>
    </message>
    <message>
        <source>pro_rata: seconds as recorded; per_started_minute: each recording rounded up to whole minutes (the billed voice seconds below follow it)</source>
        <translation>pro_rata：按实际秒数；per_started_minute：每条录音向上取整到整分钟（下方的计费语音秒数随之变化）</translation>
    </message>
    <message>
        <source>calendar: real days of each month; fixed30: 30 days</source>
        <translation>calendar：按每月实际天数；fixed30：按 30 天</translation>
    </message>
    <message>
        <source>fixed at export: the image tokens below were counted with this rule; to use another, change it in the app and export again</source>
        <translation>导出时已固定：下方的图片 Token 按此规则计算；如需换用其他规则，请在应用中修改后重新导出</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <source>{measure} (embedding tokenizer)</source>
        <translation>{measure}（向量模型分词器）</translation>
    </message>
    <message>
        <source>{measure} (billed)</source>
        <translation>{measure}（计费）</translation>
    </message>
    <message>
        <source>Month 1 credits (USD)</source>
        <translation>第 1 个月积分（美元）</translation>
    </message>
    <message>
        <source>{months}-month credits (USD)</source>
        <translation>{months} 个月积分（美元）</translation>
    </message>
    <message>
        <source>Month 1 provider&apos;s bill (USD)</source>
        <translation>第 1 个月模型厂商账单（美元）</translation>
    </message>
    <message>
        <source>Month 1 total cost (USD)</source>
        <translation>第 1 个月总成本（美元）</translation>
    </message>
    <message>
        <source>{months}-month total cost (USD)</source>
        <translation>{months} 个月总成本（美元）</translation>
    </message>
    <message>
        <source>Largest call vs context window</source>
        <translation>最大调用与上下文窗口</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>可容纳</translation>
    </message>
    <message>
        <source>window unknown</source>
        <translation>窗口未知</translation>
    </message>
    <message>
        <source>Every number is a formula over the Inputs and Prices sheets: change a blue cell there and the workbook recalculates. Total cost = credits at $0.01 + what the model vendor bills on your own key; the cheapest is the lowest month-1 total cost among the fully priced models whose largest call fits their context window.</source>
        <translation>每个数字都是基于“输入”和“价格”工作表的公式：修改其中的蓝色单元格，整个工作簿会重新计算。总成本 = 积分 × 0.01 美元 + 使用自有密钥时模型厂商的账单；最便宜的方案是在全部有定价且最大调用不超出上下文窗口的模型中，第 1 个月总成本最低者。</translation>
    </message>
    <message>
        <source>Blue cells are inputs. Each input cell is named after its plan field (e.g. conversations_per_month, reply_tokens); a blank measure cell means: measured from the files.</source>
        <translation>蓝色单元格为输入。每个输入单元格都以其计划字段命名（如 conversations_per_month、reply_tokens）；测量值单元格留空表示：使用从文件测得的值。</translation>
    </message>
    <message>
        <source>Measured from the files (per model: they depend on its tokenizer and image rule)</source>
        <translation>从文件测得的值（按模型：取决于其分词器和图片规则）</translation>
    </message>
    <message>
        <source>Measures (blank = measured from the files)</source>
        <translation>测量值（留空 = 使用从文件测得的值）</translation>
    </message>
    <message>
        <source>A number typed here is used for every model instead of the measured value; clear the cell to use the measured one again.</source>
        <translation>在此输入的数字将代替测得的值用于所有模型；清空单元格即恢复使用测得的值。</translation>
    </message>
    <message>
        <source>Used by the estimate (per model: the entered value, else the measured one)</source>
        <translation>估算使用的值（按模型：输入的值，否则为测得的值）</translation>
    </message>
    <message>
        <source>formula: the entered value above, or the measured one when it is blank</source>
        <translation>公式：上方输入的值；留空时为测得的值</translation>
    </message>
    <message>
        <source>formula: an entered user message length, or the messages as the embedding model counts them</source>
        <translation>公式：输入的用户消息长度，否则为按嵌入模型计数的消息长度</translation>
    </message>
    <message>
        <source>formula: the average of the Files sheet&apos;s counted voice seconds</source>
        <translation>公式：“文件”工作表中计入的语音秒数的平均值</translation>
    </message>
    <message>
        <source>formula: each recording on the Files sheet rounded up to started minutes, then averaged</source>
        <translation>公式：“文件”工作表中每段录音各自向上取整到开始的分钟，再求平均</translation>
    </message>
    <message>
        <source>Voice message length billed per started minute</source>
        <translation>按开始的分钟计费的语音消息时长</translation>
    </message>
    <message>
        <source>evenly: knowledge added after month 1 is stored from mid-month on average; first_day: from the 1st</source>
        <translation>evenly：第 1 个月之后新增的知识平均从月中开始存储；first_day：从当月 1 日开始</translation>
    </message>
    <message>
        <source>at most {months}: the Projection sheet has a row for every month up to {months}; the rows past this value are hidden and left out of the totals</source>
        <translation>最多 {months}：“月度预测”工作表为直到第 {months} 个月的每个月各有一行；超过此值的行被隐藏且不计入合计</translation>
    </message>
    <message>
        <source>audio_row: text sent to an audio model row (GPT-4o-Audio) at that row&apos;s price; text_sibling: at its text model&apos;s price (GPT-4o-128k), as OpenAI bills text on its audio models</source>
        <translation>audio_row：发送给音频模型行（GPT-4o-Audio）的文本按该行价格计费；text_sibling：按其文本模型（GPT-4o-128k）的价格计费，与 OpenAI 对其音频模型中文本的计费方式一致</translation>
    </message>
    <message>
        <source>formula, per the ASR rounding cell: an entered length rounded as one recording, else the Files sheet&apos;s recordings each rounded on its own</source>
        <translation>公式，按“ASR 计费取整”单元格：输入的时长按一段录音取整，否则“文件”工作表中的每段录音各自取整</translation>
    </message>
    <message>
        <source>audio input price only: text in the same call is billed at {model}</source>
        <translation>仅为音频输入价格：同一次调用中的文本按 {model} 计费</translation>
    </message>
    <message>
        <source>Prices (credits)</source>
        <translation>价格（积分）</translation>
    </message>
    <message>
        <source>Language models</source>
        <translation>大语言模型</translation>
    </message>
    <message>
        <source>Input (credits / 1K tokens)</source>
        <translation>输入（积分 / 1K Token）</translation>
    </message>
    <message>
        <source>Output (credits / 1K tokens)</source>
        <translation>输出（积分 / 1K Token）</translation>
    </message>
    <message>
        <source>Audio input tokens / second</source>
        <translation>每秒音频输入 Token</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Storage and user-priced types</source>
        <translation>存储与自定价类型</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>GPTBots price list</source>
        <translation>GPTBots 价目表</translation>
    </message>
    <message>
        <source>your price</source>
        <translation>您的价格</translation>
    </message>
    <message>
        <source>not in the GPTBots price list</source>
        <translation>GPTBots 价目表未列出</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Models: context window, reasoning and the vendor&apos;s price on your own key</source>
        <translation>模型：上下文窗口、推理以及自有密钥下的厂商价格</translation>
    </message>
    <message>
        <source>Context window (tokens)</source>
        <translation>上下文窗口（token）</translation>
    </message>
    <message>
        <source>Reasoning model (1 = yes)</source>
        <translation>推理模型（1 = 是）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Vendor input (USD / 1M tokens)</source>
        <translation>厂商输入价（美元 / 百万 token）</translation>
    </message>
    <message>
        <source>Vendor output (USD / 1M tokens)</source>
        <translation>厂商输出价（美元 / 百万 token）</translation>
    </message>
    <message>
        <source>Vendor price (USD, own key)</source>
        <translation>厂商价格（美元，自有密钥）</translation>
    </message>
    <message>
        <source>Vendor unit</source>
        <translation>厂商计价单位</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>USD / 1M tokens</source>
        <translation>美元 / 百万 token</translation>
    </message>
    <message>
        <source>USD / minute</source>
        <translation>美元 / 分钟</translation>
    </message>
    <message>
        <source>USD / 1M characters</source>
        <translation>美元 / 百万字符</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>derived from the GPTBots-key price</source>
        <translation>由 GPTBots 密钥价格推算</translation>
    </message>
    <message>
        <source>own-key fee x 10 (the page reads as GPTBots key = 1.1 x list, own-key fee = 0.1 x list)</source>
        <translation>自有密钥服务费 × 10（价格页按 GPTBots 密钥 = 1.1 × 标价、自有密钥服务费 = 0.1 × 标价解读）</translation>
    </message>
    <message>
        <source>GPTBots-key price / 1.1 (the page&apos;s own-key fee is not 1/11 of it)</source>
        <translation>GPTBots 密钥价格 / 1.1（价格页的自有密钥服务费不是其 1/11）</translation>
    </message>
    <message>
        <source>Month 1 breakdown</source>
        <translation>第 1 个月明细</translation>
    </message>
    <message>
        <source>Per turn</source>
        <translation>每轮</translation>
    </message>
    <message>
        <source>Month 1</source>
        <translation>第 1 个月</translation>
    </message>
    <message>
        <source>Quantities in month 1</source>
        <translation>第 1 个月用量</translation>
    </message>
    <message>
        <source>Credits in month 1</source>
        <translation>第 1 个月积分</translation>
    </message>
    <message>
        <source>The model vendor&apos;s bill in month 1 (own key, USD) and the total cost</source>
        <translation>第 1 个月模型厂商账单（自有密钥，美元）与总成本</translation>
    </message>
    <message>
        <source>The largest LLM call and the context window</source>
        <translation>最大的 LLM 调用与上下文窗口</translation>
    </message>
    <message>
        <source>Chunks retrieved per turn (at most what the knowledge base holds)</source>
        <translation>每轮检索的片段数（不超过知识库所含）</translation>
    </message>
    <message>
        <source>Chunks reranked per turn (at most what the knowledge base holds)</source>
        <translation>每轮重排序的片段数（不超过知识库所含）</translation>
    </message>
    <message>
        <source>Reasoning tokens per turn</source>
        <translation>每轮推理 token</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>推理 token</translation>
    </message>
    <message>
        <source>LLM text: reasoning (at the output price)</source>
        <translation>LLM 文本：推理（按输出价）</translation>
    </message>
    <message>
        <source>Provider&apos;s bill (USD)</source>
        <translation>模型厂商账单（美元）</translation>
    </message>
    <message>
        <source>Total cost: credits / 100 + provider&apos;s bill</source>
        <translation>总成本：积分 / 100 + 模型厂商账单</translation>
    </message>
    <message>
        <source>Most knowledge held in the horizon</source>
        <translation>预测期内知识库的最大规模</translation>
    </message>
    <message>
        <source>Context window (- = unknown)</source>
        <translation>上下文窗口（- = 未知）</translation>
    </message>
    <message>
        <source>chunks</source>
        <translation>分块</translation>
    </message>
    <message>
        <source>LLM input tokens per turn</source>
        <translation>每轮 LLM 输入 Token</translation>
    </message>
    <message>
        <source>LLM output tokens per turn</source>
        <translation>每轮 LLM 输出 Token</translation>
    </message>
    <message>
        <source>Voice sent to the audio LLM (1 = yes)</source>
        <translation>语音发送给音频 LLM（1 = 是）</translation>
    </message>
    <message>
        <source>Audio tokens per turn</source>
        <translation>每轮音频 Token</translation>
    </message>
    <message>
        <source>ASR seconds per turn</source>
        <translation>每轮 ASR 秒数</translation>
    </message>
    <message>
        <source>TTS characters per turn</source>
        <translation>每轮 TTS 字符</translation>
    </message>
    <message>
        <source>Question embedding tokens per turn</source>
        <translation>每轮问题向量化 Token</translation>
    </message>
    <message>
        <source>Rerank tokens per turn</source>
        <translation>每轮重排 Token</translation>
    </message>
    <message>
        <source>Paid tool calls per turn</source>
        <translation>每轮付费工具调用</translation>
    </message>
    <message>
        <source>Database operations per turn</source>
        <translation>每轮数据库操作</translation>
    </message>
    <message>
        <source>Classified questions per turn</source>
        <translation>每轮问题识别次数</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话数</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Stored knowledge tokens</source>
        <translation>存储的知识 Token</translation>
    </message>
    <message>
        <source>LLM input tokens</source>
        <translation>LLM 输入 Token</translation>
    </message>
    <message>
        <source>LLM output tokens</source>
        <translation>LLM 输出 Token</translation>
    </message>
    <message>
        <source>LLM audio tokens</source>
        <translation>LLM 音频 Token</translation>
    </message>
    <message>
        <source>ASR seconds</source>
        <translation>ASR 秒数</translation>
    </message>
    <message>
        <source>TTS characters</source>
        <translation>TTS 字符</translation>
    </message>
    <message>
        <source>Knowledge tokens indexed once</source>
        <translation>一次性索引的知识 Token</translation>
    </message>
    <message>
        <source>Question embedding tokens</source>
        <translation>问题向量化 Token</translation>
    </message>
    <message>
        <source>Stored token-days</source>
        <translation>存储 Token·天</translation>
    </message>
    <message>
        <source>Paid tool calls</source>
        <translation>付费工具调用</translation>
    </message>
    <message>
        <source>Rerank tokens</source>
        <translation>重排 Token</translation>
    </message>
    <message>
        <source>Database operations</source>
        <translation>数据库操作</translation>
    </message>
    <message>
        <source>Classified questions</source>
        <translation>问题识别次数</translation>
    </message>
    <message>
        <source>LLM text: input</source>
        <translation>LLM 文本对话：输入</translation>
    </message>
    <message>
        <source>LLM text: output</source>
        <translation>LLM 文本对话：输出</translation>
    </message>
    <message>
        <source>Knowledge indexing: documents (one-time)</source>
        <translation>知识索引：文档（一次性）</translation>
    </message>
    <message>
        <source>Knowledge indexing: questions</source>
        <translation>知识索引：问题</translation>
    </message>
    <message>
        <source>Total (credits)</source>
        <translation>合计（积分）</translation>
    </message>
    <message>
        <source>Total (USD)</source>
        <translation>合计（美元）</translation>
    </message>
    <message>
        <source>of which one-time indexing (credits)</source>
        <translation>其中一次性索引（积分）</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>1 / 0</source>
        <translation>1 / 0</translation>
    </message>
    <message>
        <source>Workflow components (the LLM calls of one turn; each column is one)</source>
        <translation>工作流组件（一轮中的各次 LLM 调用；每列一个组件）</translation>
    </message>
    <message>
        <source>Workbook names of the cells above</source>
        <translation>上方单元格的工作簿名称</translation>
    </message>
    <message>
        <source>earlier turns</source>
        <translation>轮先前对话</translation>
    </message>
    <message>
        <source>Memory one call sends, on average over a conversation</source>
        <translation>每次调用发送的记忆（按整段对话平均）</translation>
    </message>
    <message>
        <source>formula: turn t sends min(t - 1, short-term memory) earlier turns; the mean over the turns of a conversation (a fractional number of turns mixes the two nearest lengths)</source>
        <translation>公式：第 t 轮发送 min(t - 1, 短期记忆) 轮先前对话；取整段对话各轮的平均值（轮数为小数时按最接近的两种对话长度混合）</translation>
    </message>
    <message>
        <source>Memory the largest call sends</source>
        <translation>最大一次调用发送的记忆</translation>
    </message>
    <message>
        <source>formula: min(short-term memory, turns per conversation rounded up - 1)</source>
        <translation>公式：min(短期记忆, 每段对话轮数向上取整 - 1)</translation>
    </message>
    <message>
        <source>fixed at export (&apos;compared&apos;: the model of each scenario; a fixed model&apos;s measures are counted with its tokenizer); to change it, edit the plan in the app and export again</source>
        <translation>导出时固定（“compared”：每个方案对比的模型；固定模型的测量值按其分词器计数）；如需更改，请在应用中修改方案后重新导出</translation>
    </message>
    <message>
        <source>The component&apos;s own prompt, typed; blank = its pasted prompt, counted with each model&apos;s tokenizer.</source>
        <translation>组件自身的提示词（手动输入的 Token 数）；留空 = 使用粘贴的提示词，按各模型的分词器计数。</translation>
    </message>
    <message>
        <source>1 = yes, 0 = no.</source>
        <translation>1 = 是，0 = 否。</translation>
    </message>
    <message>
        <source>Tokens it writes per call; blank = the measured reply.</source>
        <translation>每次调用输出的 Token；留空 = 使用测得的回复。</translation>
    </message>
    <message>
        <source>Hidden reasoning tokens per call on a reasoning model; blank = the plan&apos;s reasoning tokens per call.</source>
        <translation>推理模型每次调用的隐藏推理 Token；留空 = 使用方案中的“每次调用的推理 token 数”。</translation>
    </message>
    <message>
        <source>{model} (fixed component model)</source>
        <translation>{model}（组件固定模型）</translation>
    </message>
    <message>
        <source>Spoken reply audio tokens / second</source>
        <translation>语音回复每秒音频 Token</translation>
    </message>
    <message>
        <source>Component: {name} (model: {model})</source>
        <translation>组件：{name}（模型：{model}）</translation>
    </message>
    <message>
        <source>Per turn, all components</source>
        <translation>每轮（全部组件）</translation>
    </message>
    <message>
        <source>LLM calls per turn</source>
        <translation>每轮 LLM 调用次数</translation>
    </message>
    <message>
        <source>Own instruction tokens per call</source>
        <translation>每次调用的自身指令 Token</translation>
    </message>
    <message>
        <source>Input tokens per turn without chunks (what it receives)</source>
        <translation>每轮输入 Token（不含片段，按其接收的内容）</translation>
    </message>
    <message>
        <source>Input tokens per turn for each retrieved chunk</source>
        <translation>每检索一个片段每轮增加的输入 Token</translation>
    </message>
    <message>
        <source>Input tokens per turn</source>
        <translation>每轮输入 Token</translation>
    </message>
    <message>
        <source>Output tokens per turn</source>
        <translation>每轮输出 Token</translation>
    </message>
    <message>
        <source>Voice input audio tokens per turn</source>
        <translation>每轮语音输入音频 Token</translation>
    </message>
    <message>
        <source>Speaks its replies (1 = yes, no TTS)</source>
        <translation>以语音输出回复（1 = 是，不经 TTS）</translation>
    </message>
    <message>
        <source>Spoken reply audio tokens per turn</source>
        <translation>每轮语音回复音频 Token</translation>
    </message>
    <message>
        <source>LLM text credits in month 1</source>
        <translation>第 1 个月 LLM 文本积分</translation>
    </message>
    <message>
        <source>LLM audio credits in month 1</source>
        <translation>第 1 个月 LLM 音频积分</translation>
    </message>
    <message>
        <source>{name}: largest single call</source>
        <translation>{name}：最大的单次调用</translation>
    </message>
    <message>
        <source>{name}: context window (- = unknown)</source>
        <translation>{name}：上下文窗口（- = 未知）</translation>
    </message>
    <message>
        <source>{name}: fits the context window (1 = yes, - = does not run)</source>
        <translation>{name}：不超出上下文窗口（1 = 是，- = 不运行）</translation>
    </message>
    <message>
        <source>Replies spoken by the model (1 = yes, no TTS)</source>
        <translation>回复由模型以语音输出（1 = 是，不经 TTS）</translation>
    </message>
    <message>
        <source>LLM spoken reply audio tokens</source>
        <translation>LLM 语音回复音频 Token</translation>
    </message>
    <message>
        <source>LLM audio: voice input</source>
        <translation>LLM 音频：语音输入</translation>
    </message>
    <message>
        <source>LLM audio: spoken replies (at the output price)</source>
        <translation>LLM 音频：语音回复（按输出价）</translation>
    </message>
    <message>
        <source>Largest single call on the compared model</source>
        <translation>对比模型上最大的单次调用</translation>
    </message>
    <message>
        <source>Every component fits its context window (1 = yes)</source>
        <translation>每个组件都不超出其上下文窗口（1 = 是）</translation>
    </message>
    <message>
        <source>Month #</source>
        <translation>月序号</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Knowledge added (tokens)</source>
        <translation>新增知识（Token）</translation>
    </message>
    <message>
        <source>Stored knowledge (tokens)</source>
        <translation>存储知识（Token）</translation>
    </message>
    <message>
        <source>Total over the projection</source>
        <translation>预测期合计</translation>
    </message>
    <message>
        <source>Chunks retrieved per turn</source>
        <translation>每轮检索片段数</translation>
    </message>
    <message>
        <source>Chunks reranked per turn</source>
        <translation>每轮重排序片段数</translation>
    </message>
    <message>
        <source>Total cost (USD)</source>
        <translation>总成本（美元）</translation>
    </message>
    <message>
        <source>{scenario}: total cost (USD)</source>
        <translation>{scenario}：总成本（美元）</translation>
    </message>
    <message>
        <source>By billing type: {scenario}</source>
        <translation>按计费类型：{scenario}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Tokens ({tokenizer})</source>
        <translation>Token（{tokenizer}）</translation>
    </message>
    <message>
        <source>Token range (published tokenizers, approx.)</source>
        <translation>Token 范围（已公开分词器，近似）</translation>
    </message>
    <message>
        <source>approx. {low}-{high} tokens by the published tokenizers (DeepSeek V3, Qwen, Llama 3 where installed, Mistral v1, o200k) on a sample of this file</source>
        <translation>按已公开的分词器（DeepSeek V3、通义千问、已安装时的 Llama 3、Mistral v1、o200k）对本文件样本计算，约 {low}-{high} 个 token</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符数</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Voice seconds counted</source>
        <translation>计入的语音秒数</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Billing type id</source>
        <translation>计费类型 ID</translation>
    </message>
    <message>
        <source>Billing type</source>
        <translation>计费类型</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>WorkflowPanel</name>
    <message>
        <source>Workflow components, in the order a turn runs them</source>
        <translation>工作流组件，按一轮对话中运行的顺序</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the component (Delete)</source>
        <translation>移除该组件（Delete）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move up: runs earlier in the turn (Alt+Up)</source>
        <translation>上移：在本轮中更早运行（Alt+Up）</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move down: runs later in the turn (Alt+Down)</source>
        <translation>下移：在本轮中更晚运行（Alt+Down）</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>对比模型</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>未定价</translation>
    </message>
    <message>
        <source>This component&apos;s credits are not priced in %1.</source>
        <translation>该组件在 %1 中的积分未定价。</translation>
    </message>
    <message>
        <source>%2 credits in the first month of %1.</source>
        <translation>%1 首月 %2 积分。</translation>
    </message>
    <message>
        <source>%2 credits in the first month of %1: %3 % of the month&apos;s credits.</source>
        <translation>%1 首月 %2 积分：占当月积分的 %3 %。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add fol&amp;der…</source>
        <translation>添加文件夹(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Paste text…</source>
        <translation>粘贴文本(&amp;P)…</translation>
    </message>
    <message>
        <source>Filter files (Ctrl+F)</source>
        <translation>筛选文件 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>筛选文件</translation>
    </message>
    <message>
        <source>Files in the plan</source>
        <translation>计划中的文件</translation>
    </message>
    <message>
        <source>Measuring progress</source>
        <translation>测量进度</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <source>The clipboard holds text, not files: use Paste text… (Ctrl+Shift+V) to add it as a text.</source>
        <translation>剪贴板里是文本，不是文件：要把它作为文本加入，请用“粘贴文本…”（Ctrl+Shift+V）。</translation>
    </message>
    <message>
        <source>Nothing to paste: copy files in your file manager first.</source>
        <translation>没有可粘贴的文件：请先在文件管理器中复制文件。</translation>
    </message>
    <message>
        <source>No file chosen: select the files to give a role.</source>
        <translation>未选择文件：请先选中要设置用途的文件。</translation>
    </message>
    <message>
        <source>Nothing changed: the chosen files already have the role “%1”.</source>
        <translation>没有变化：所选文件的用途已经是“%1”。</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <source>Read the selected files as:</source>
        <translation>将所选文件按此编码读取：</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>设置用途(&amp;R)</translation>
    </message>
    <message>
        <source>Re-&amp;measure</source>
        <translation>重新测量(&amp;M)</translation>
    </message>
    <message>
        <source>Re-measure with &amp;encoding…</source>
        <translation>按指定编码重新测量(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Listing files…</source>
        <translation>正在列出文件…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Measuring cancelled: adding its files was undone.</source>
        <translation>已取消测量：添加这些文件的操作已撤销。</translation>
    </message>
    <message>
        <source>Measuring cancelled.</source>
        <translation>已取消测量。</translation>
    </message>
    <message>
        <source>Listing files… %1 found</source>
        <translation>正在列出文件…已找到 %1 个</translation>
    </message>
    <message>
        <source>%1 of %2 files, %3 of %4</source>
        <translation>%1 / %2 个文件，%3 / %4</translation>
    </message>
</context>
</TS>
