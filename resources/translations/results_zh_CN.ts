<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BillingNames</name>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="21" />
        <source>LLM text chat</source>
        <translation>LLM 文本对话</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="22" />
        <source>LLM audio chat</source>
        <translation>LLM 音频对话</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="23" />
        <source>Speech recognition</source>
        <translation>ASR 识别</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="24" />
        <source>Speech synthesis</source>
        <translation>TTS 生成</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="25" />
        <source>Knowledge indexing (embedding)</source>
        <translation>知识索引</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="28" />
        <source>Knowledge storage</source>
        <translation>知识存储</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="29" />
        <source>Paid tool call</source>
        <translation>Tools 调用</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="30" />
        <source>Knowledge rerank</source>
        <translation>知识重排</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="31" />
        <source>Database processing</source>
        <translation>数据库处理</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="32" />
        <source>Question classification</source>
        <translation>问题识别</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="41" />
        <source>GPTBots key</source>
        <translation>GPTBots Key</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="43" />
        <source>Own key</source>
        <translation>自有 Key</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="50" />
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="51" />
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="52" />
        <source>characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="53" />
        <source>token-days</source>
        <translation>token·天</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="54" />
        <source>calls</source>
        <translation>次调用</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="55" />
        <source>operations</source>
        <translation>次操作</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="56" />
        <source>questions</source>
        <translation>个问题</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="63" />
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="64" />
        <source>Embedding</source>
        <translation>Embedding（向量化）</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="65" />
        <source>Rerank</source>
        <translation>Rerank（重排）</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="66" />
        <source>ASR</source>
        <translation>ASR（语音识别）</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="67" />
        <source>TTS</source>
        <translation>TTS（语音合成）</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="68" />
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="69" />
        <source>Open (user-priced)</source>
        <translation>待定价（由您定价）</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="77" />
        <location filename="../../gptbots_planner/gui/results/names.py" line="78" />
        <location filename="../../gptbots_planner/gui/results/names.py" line="79" />
        <source>credits / 1K tokens</source>
        <translation>积分 / 1K tokens</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="80" />
        <source>credits / 60 s</source>
        <translation>积分 / 60 秒</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="81" />
        <source>credits / 1000 characters</source>
        <translation>积分 / 1000 字符</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="82" />
        <source>credits / 1K tokens / day</source>
        <translation>积分 / 1K tokens / 天</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="83" />
        <source>credits / successful call</source>
        <translation>积分 / 次成功调用</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="84" />
        <source>credits / database operation</source>
        <translation>积分 / 次数据库操作</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="87" />
        <source>credits / classified question</source>
        <translation>积分 / 个识别问题</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="95" />
        <source>unpriced</source>
        <translation>未定价</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="100" />
        <source>{amount} credits</source>
        <translation>{amount} 积分</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="107" />
        <source>{type} is used but has no price: enter one in the catalog</source>
        <translation>{type} 已被使用但没有价格：请在价格目录中输入</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="111" />
        <source>{model} takes no audio: voice messages are billed as ASR instead</source>
        <translation>{model} 不接受音频输入：语音消息改按 ASR 识别计费</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="115" />
        <source>{model}: tokens counted with {tokenizer} as an approximation (the vendor's own tokenizer is not public or not bundled)</source>
        <translation>{model}：tokens 用 {tokenizer} 近似计数（该厂商的分词器未公开或未随附）</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="121" />
        <source>Counted with another tokenizer than {tokenizer}: {items}</source>
        <translation>以下条目未用 {tokenizer} 计数（近似值）：{items}</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="129" />
        <source>{assumption} is {value}, but {measure} is 0 (no file with that role, nothing entered): that part of the estimate is 0</source>
        <translation>{assumption}为 {value}，但{measure}为 0（没有该用途的文件，也未填写）：这部分估算为 0</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/names.py" line="139" />
        <source>Each turn retrieves {retrieved} tokens of knowledge, more than the knowledge base holds ({knowledge} tokens): lower the chunks or the chunk size</source>
        <translation>每轮检索 {retrieved} 个知识 Token，超过知识库的总量（{knowledge} Token）：请减少片段数或片段大小</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <location filename="../../gptbots_planner/gui/results/charts.py" line="125" />
        <source>Nothing priced to draw yet</source>
        <translation>尚无已定价的数据可绘制</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/charts.py" line="128" />
        <source>Credits</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/charts.py" line="142" />
        <source>credits</source>
        <translation>积分</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <location filename="../../gptbots_planner/gui/results/breakdown_model.py" line="63" />
        <source>Billing type</source>
        <translation>计费类型</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/breakdown_model.py" line="64" />
        <source>Quantity</source>
        <translation>用量</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/breakdown_model.py" line="65" />
        <source>Credits</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/breakdown_model.py" line="66" />
        <source>USD</source>
        <translation>美元</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/breakdown_model.py" line="101" />
        <source>Used by this plan but without a price: it is not in the total. Use “Enter price…” to give it one.</source>
        <translation>本方案用到但没有价格：未计入总额。请用“输入价格…”为其定价。</translation>
    </message>
</context>
<context>
    <name>BuysView</name>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="46" />
        <source>Credits</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="49" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="53" />
        <source>Key mode</source>
        <translation>Key 模式</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="61" />
        <source>Cre&amp;dits:</source>
        <translation>积分(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="62" />
        <source>Mode&amp;l:</source>
        <translation>模型(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="63" />
        <source>Ke&amp;y mode:</source>
        <translation>Key 模式(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="74" />
        <source>These credits buy</source>
        <translation>这些积分可以买到</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="77" />
        <source>Worth</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="78" />
        <source>Input tokens</source>
        <translation>输入 tokens</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="79" />
        <source>Output tokens</source>
        <translation>输出 tokens</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="80" />
        <source>English characters</source>
        <translation>英文字符</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="81" />
        <source>English words</source>
        <translation>英文单词</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="82" />
        <source>Chinese / Japanese / Korean characters</source>
        <translation>中文 / 日文 / 韩文字符</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="83" />
        <source>French / German / Russian / Arabic words</source>
        <translation>法语 / 德语 / 俄语 / 阿拉伯语单词</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="92" />
        <source>Text equivalents use the pricing page's rules of thumb: 1 token ≈ 4 English characters, 1 English word ≈ 1.3 tokens, 1 CJK character ≈ 1–1.5 tokens, 1 French / German / Russian / Arabic word ≈ 1.2 tokens (input tokens).</source>
        <translation>文本换算采用定价页的经验规则：1 token ≈ 4 个英文字符，1 个英文单词 ≈ 1.3 tokens，1 个中日韩字符 ≈ 1–1.5 tokens，1 个法语 / 德语 / 俄语 / 阿拉伯语单词 ≈ 1.2 tokens（按输入 tokens 计）。</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="150" />
        <source>credits</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="158" />
        <source>Enter a number of credits, for example 1000.</source>
        <translation>请输入积分数，例如 1000。</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="171" />
        <source>unpriced or free</source>
        <translation>未定价或免费</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="183" />
        <source>{low} to {high}</source>
        <translation>{low} 至 {high}</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="206" />
        <source>Build a plan to see how many conversations a budget pays for.</source>
        <translation>建立方案后即可查看预算能支撑多少次对话。</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="212" />
        <source>This plan has no priced cost per conversation with {scenario}.</source>
        <translation>使用 {scenario} 时，本方案没有已定价的单次对话成本。</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="217" />
        <source>A monthly budget of {credits} credits pays for about {count} conversations of this plan with {scenario}.</source>
        <translation>每月 {credits} 积分的预算，在 {scenario} 下约可支撑本方案 {count} 次对话。</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/buys_view.py" line="221" />
        <source>(Not counting what is unpriced: {types}.)</source>
        <translation>（未计入未定价的部分：{types}。）</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_model.py" line="137" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_model.py" line="138" />
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_model.py" line="139" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_model.py" line="141" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_model.py" line="140" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_model.py" line="142" />
        <source>GPTBots key
input</source>
        <translation>GPTBots Key
输入</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_model.py" line="143" />
        <source>GPTBots key
output</source>
        <translation>GPTBots Key
输出</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_model.py" line="144" />
        <source>Own key
input</source>
        <translation>自有 Key
输入</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_model.py" line="145" />
        <source>Own key
output</source>
        <translation>自有 Key
输出</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_model.py" line="159" />
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_model.py" line="164" />
        <source>yours (custom model)</source>
        <translation>您的（自定义模型）</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_model.py" line="165" />
        <source>yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_model.py" line="165" />
        <source>bundled</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_model.py" line="213" />
        <source>As the pricing page writes it: {raw}</source>
        <translation>定价页原文：{raw}</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="76" />
        <source>Brand, model or id</source>
        <translation>品牌、模型或 ID</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="78" />
        <source>Search the catalog</source>
        <translation>搜索价格目录</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="81" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="82" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="85" />
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="87" />
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="97" />
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="111" />
        <source>A&amp;dd custom model…</source>
        <translation>添加自定义模型(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="112" />
        <source>&amp;Remove custom model</source>
        <translation>删除自定义模型(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="113" />
        <source>Reset r&amp;ow</source>
        <translation>重置此行(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="110" />
        <source>Edi&amp;t prices…</source>
        <translation>编辑价格(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="114" />
        <source>Reset ever&amp;ything…</source>
        <translation>全部重置(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="169" />
        <source>Catalog {version} ({date}) — source: {source}
Your prices: {path}</source>
        <translation>价格目录 {version}（{date}）— 来源：{source}
您的价格：{path}</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="179" />
        <source>Your catalog file could not be used, so only the bundled prices are in effect: {error}
Fix the file, or use “Reset everything…” (the broken file is kept as a .bak copy).</source>
        <translation>无法使用您的价格文件，当前仅内置价格生效：{error}
请修正该文件，或使用“全部重置…”（损坏的文件会保留为 .bak 副本）。</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="221" />
        <source>{shown} of {total} prices</source>
        <translation>显示 {shown} / {total} 条价格</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="259" />
        <source>Prices of {name}. Empty means unpriced.</source>
        <translation>{name} 的价格。留空表示未定价。</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="261" />
        <source>Prices of {name}. Leave a field empty to use the bundled price again.</source>
        <translation>{name} 的价格。留空即恢复使用内置价格。</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="264" />
        <source>Edit prices: {name}</source>
        <translation>编辑价格：{name}</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="270" />
        <source>Saved your prices.</source>
        <translation>已保存您的价格。</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="282" />
        <source>Added {id}.</source>
        <translation>已添加 {id}。</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="303" />
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="350" />
        <source>Nothing changed: {error}</source>
        <translation>未做任何更改：{error}</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="313" />
        <source>Remove custom model</source>
        <translation>删除自定义模型</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="314" />
        <source>Remove {name} from your catalog? Plans that use it will not estimate.</source>
        <translation>从您的价格目录中删除 {name}？使用它的方案将无法估算。</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="321" />
        <source>Removed {name}.</source>
        <translation>已删除 {name}。</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="329" />
        <source>Reset row</source>
        <translation>重置此行</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="330" />
        <source>Use the bundled prices of {name} again?</source>
        <translation>恢复使用 {name} 的内置价格？</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="335" />
        <source>{name} uses the bundled prices again.</source>
        <translation>{name} 已恢复使用内置价格。</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="340" />
        <source>Reset everything</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="342" />
        <source>Forget all your prices and custom models and use the bundled catalog? The current file is kept as a .bak copy.</source>
        <translation>清除您所有的价格和自定义模型，改用内置价格目录？当前文件会保留为 .bak 副本。</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="352" />
        <source>Back to the bundled catalog.</source>
        <translation>已恢复为内置价格目录。</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/catalog_view.py" line="354" />
        <source>Your old file: {path}</source>
        <translation>您的旧文件：{path}</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <location filename="../../gptbots_planner/gui/results/charts.py" line="161" />
        <source>Month 1 credits by model and key mode</source>
        <translation>首月积分（按模型与 Key 模式）</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/charts.py" line="164" />
        <source>Month 1 credits</source>
        <translation>首月积分</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/charts.py" line="182" />
        <source>credits</source>
        <translation>积分</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../gptbots_planner/gui/results/comparison_model.py" line="61" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/comparison_model.py" line="62" />
        <source>Key mode</source>
        <translation>Key 模式</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/comparison_model.py" line="63" />
        <source>Month 1 credits</source>
        <translation>首月积分</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/comparison_model.py" line="64" />
        <source>USD</source>
        <translation>美元</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/comparison_model.py" line="65" />
        <source>Per conversation</source>
        <translation>每次对话</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/comparison_model.py" line="66" />
        <source>Unpriced</source>
        <translation>未定价</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/comparison_model.py" line="111" />
        <source>The cheapest fully priced choice for month 1</source>
        <translation>首月最便宜且完全定价的选择</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/comparison_model.py" line="113" />
        <source>Not comparable yet: some billing types have no price</source>
        <translation>暂无法比较：部分计费类型没有价格</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/comparison_model.py" line="119" />
        <source>{model} ★ cheapest</source>
        <translation>{model} ★ 最便宜</translation>
    </message>
</context>
<context>
    <name>CustomModelDialog</name>
    <message>
        <location filename="../../gptbots_planner/gui/custom_model_dialog.py" line="37" />
        <source>Add a custom model</source>
        <translation>添加自定义模型</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/custom_model_dialog.py" line="41" />
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/custom_model_dialog.py" line="51" />
        <source>&amp;Brand:</source>
        <translation>品牌(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/custom_model_dialog.py" line="52" />
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/custom_model_dialog.py" line="57" />
        <source>credits / 1K tokens (empty: unpriced)</source>
        <translation>积分 / 1K tokens（留空：未定价）</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/custom_model_dialog.py" line="60" />
        <source>{key_mode} input:</source>
        <translation>{key_mode} 输入：</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/custom_model_dialog.py" line="62" />
        <source>{key_mode} output:</source>
        <translation>{key_mode} 输出：</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/custom_model_dialog.py" line="65" />
        <source>&amp;Tokenizer:</source>
        <translation>分词器(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/custom_model_dialog.py" line="71" />
        <source>Id:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/custom_model_dialog.py" line="122" />
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <location filename="../../gptbots_planner/gui/results/price_dialog.py" line="61" />
        <source>{key_mode}, input (credits / 1K tokens)</source>
        <translation>{key_mode}，输入（积分 / 1K tokens）</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/price_dialog.py" line="63" />
        <source>{key_mode}, output (credits / 1K tokens)</source>
        <translation>{key_mode}，输出（积分 / 1K tokens）</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/price_dialog.py" line="80" />
        <source>{key_mode} ({unit})</source>
        <translation>{key_mode}（{unit}）</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/price_dialog.py" line="91" />
        <source>Storage ({unit})</source>
        <translation>存储（{unit}）</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/price_dialog.py" line="98" />
        <source>{name} ({unit})</source>
        <translation>{name}（{unit}）</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/price_dialog.py" line="150" />
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/price_dialog.py" line="205" />
        <source>Your catalog file is broken, so nothing was saved: {error}
Fix the file or reset it from the catalog browser.</source>
        <translation>您的价格文件已损坏，因此未保存任何内容：{error}
请修正该文件，或在价格目录中重置。</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/price_dialog.py" line="215" />
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
</context>
<context>
    <name>ProjectionChart</name>
    <message>
        <location filename="../../gptbots_planner/gui/results/charts.py" line="210" />
        <source>Credits per month by billing type</source>
        <translation>每月积分（按计费类型）</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/charts.py" line="222" />
        <source>Nothing priced to draw yet</source>
        <translation>尚无已定价的数据可绘制</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/charts.py" line="229" />
        <source>credits</source>
        <translation>积分</translation>
    </message>
</context>
<context>
    <name>ProjectionModel</name>
    <message>
        <location filename="../../gptbots_planner/gui/results/projection_model.py" line="78" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/projection_model.py" line="80" />
        <source>Conversations</source>
        <translation>对话数</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/projection_model.py" line="82" />
        <source>Total credits</source>
        <translation>积分合计</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/projection_model.py" line="84" />
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/projection_model.py" line="144" />
        <source>Leaves out billing types that have no price: {types}</source>
        <translation>未计入没有价格的计费类型：{types}</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../gptbots_planner/gui/results/panel.py" line="96" />
        <source>No estimate yet: add material to the workspace and choose a model.</source>
        <translation>尚无估算：请向工作区添加资料并选择模型。</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/panel.py" line="135" />
        <source>Breakdown by billing type</source>
        <translation>按计费类型明细</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/panel.py" line="142" />
        <source>Give the selected unpriced billing type a price</source>
        <translation>为选中的未定价计费类型定价</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/panel.py" line="165" />
        <source>Comparison of models and key modes</source>
        <translation>模型与 Key 模式对比</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/panel.py" line="178" />
        <source>Month-by-month projection</source>
        <translation>逐月预测</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/panel.py" line="192" />
        <source>&amp;Breakdown</source>
        <translation>明细(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/panel.py" line="140" />
        <source>Enter pr&amp;ice…</source>
        <translation>输入价格(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/panel.py" line="193" />
        <source>C&amp;omparison</source>
        <translation>对比(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/panel.py" line="194" />
        <source>Pro&amp;jection</source>
        <translation>预测(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/panel.py" line="202" />
        <source>&amp;What credits buy</source>
        <translation>积分能买什么(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/panel.py" line="269" />
        <source>Month 1 credits by billing type</source>
        <translation>首月积分（按计费类型）</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/panel.py" line="348" />
        <source>Enter price: {name}</source>
        <translation>输入价格：{name}</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/panel.py" line="350" />
        <source>The pricing page gives no price for {name} in this plan. Enter it in credits; it is saved in your own catalog and used from now on.</source>
        <translation>定价页没有给出本方案中 {name} 的价格。请以积分输入；它会保存在您自己的价格目录中，并从现在起生效。</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/panel.py" line="354" />
        <source>Set the price of {name}; it is saved in your own catalog.</source>
        <translation>设置 {name} 的价格；它会保存在您自己的价格目录中。</translation>
    </message>
</context>
<context>
    <name>SummaryBox</name>
    <message>
        <location filename="../../gptbots_planner/gui/results/summary.py" line="28" />
        <source>Scenario shown</source>
        <translation>显示的方案</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/summary.py" line="34" />
        <source>Monthly total</source>
        <translation>月度合计</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/summary.py" line="30" />
        <source>Showin&amp;g:</source>
        <translation>显示(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/summary.py" line="51" />
        <source>En&amp;ter price…</source>
        <translation>输入价格(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/summary.py" line="80" />
        <source>Month 1 ({month}), includes one-time indexing of {one_time} credits; after that about {recurring} credits per month.</source>
        <translation>首月（{month}），含一次性知识索引 {one_time} 积分；之后每月约 {recurring} 积分。</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/summary.py" line="89" />
        <source>Recurring: {recurring} credits per month (month 1 = {month}).</source>
        <translation>每月固定：{recurring} 积分（首月 = {month}）。</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/summary.py" line="92" />
        <source>Over {count} months: {total} credits.</source>
        <translation>{count} 个月合计：{total} 积分。</translation>
    </message>
    <message>
        <location filename="../../gptbots_planner/gui/results/summary.py" line="99" />
        <source>+ unpriced: {types} — used by this plan, not in the total above.</source>
        <translation>+ 未定价：{types} — 本方案会用到，但未计入上面的总额。</translation>
    </message>
</context>
</TS>