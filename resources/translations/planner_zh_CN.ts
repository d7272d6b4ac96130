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
    <name>Exporter</name>
    <message>
      <source>Export failed</source>
      <translation>导出失败</translation>
    </message>
    <message>
      <source>Exported %1</source>
      <translation>已导出 %1</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>正在导出…</translation>
    </message>
  </context>
  <context>
    <name>FileMessages</name>
    <message>
      <source>binary data in a text file</source>
      <translation>文本文件中含有二进制数据</translation>
    </message>
    <message>
      <source>unsupported file type</source>
      <translation>不支持的文件类型</translation>
    </message>
    <message>
      <source>unsupported audio format</source>
      <translation>不支持的音频格式</translation>
    </message>
    <message>
      <source>empty file</source>
      <translation>空文件</translation>
    </message>
    <message>
      <source>file too large</source>
      <translation>文件过大</translation>
    </message>
    <message>
      <source>permission denied: cannot read this file</source>
      <translation>没有权限：无法读取此文件</translation>
    </message>
    <message>
      <source>file not found (deleted or moved while scanning?)</source>
      <translation>找不到文件（扫描时被删除或移动？）</translation>
    </message>
    <message>
      <source>broken symbolic link: its target does not exist</source>
      <translation>符号链接已失效：目标不存在</translation>
    </message>
    <message>
      <source>symbolic link loop</source>
      <translation>符号链接循环</translation>
    </message>
    <message>
      <source>cannot list folder</source>
      <translation>无法列出文件夹</translation>
    </message>
    <message>
      <source>zip bomb suspected</source>
      <translation>疑似 zip 炸弹</translation>
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
      <source>decompression bomb: size read from header, not decoded</source>
      <translation>解压炸弹：尺寸读自文件头，未解码</translation>
    </message>
    <message>
      <source>not a readable PDF</source>
      <translation>无法读取的 PDF</translation>
    </message>
    <message>
      <source>encrypted PDF</source>
      <translation>加密的 PDF</translation>
    </message>
    <message>
      <source>could not measure this file</source>
      <translation>无法测量此文件</translation>
    </message>
    <message>
      <source>corrupt</source>
      <translation>已损坏</translation>
    </message>
    <message>
      <source>%1 chunk cut(s) without a line break; counts approximate</source>
      <translation>%1 处分块不在换行处；计数为近似值</translation>
    </message>
    <message>
      <source>extension says %1, content is %2</source>
      <translation>扩展名为 %1，内容却是 %2</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
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
      <source>Knowledge document</source>
      <translation>知识文档</translation>
    </message>
    <message>
      <source>Conversation sample</source>
      <translation>对话样例</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>系统提示词</translation>
    </message>
    <message>
      <source>Reply sample</source>
      <translation>回复样例</translation>
    </message>
    <message>
      <source>Image attachment</source>
      <translation>图片附件</translation>
    </message>
    <message>
      <source>Voice message</source>
      <translation>语音消息</translation>
    </message>
    <message>
      <source>Not in the budget</source>
      <translation>不计入预算</translation>
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
      <source>%1 tokens</source>
      <translation>%1 Token</translation>
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
      <source>Drop files here

knowledge documents, sample conversations, images, voice notes; or use Add files…, Add folder… or Paste text</source>
      <translation>将文件拖放到这里

知识文档、对话样例、图片、语音消息；或使用“添加文件…”“添加文件夹…”“粘贴文本”</translation>
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
      <source>LLM calls per turn</source>
      <translation>每轮 LLM 调用次数</translation>
    </message>
    <message>
      <source>History turns kept</source>
      <translation>保留的历史轮数</translation>
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
      <source>First month</source>
      <translation>起始月份</translation>
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
      <source>The model provider's own rule</source>
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
      <source>GPTBots key</source>
      <translation>GPTBots Key</translation>
    </message>
    <message>
      <source>Own key</source>
      <translation>自有 Key</translation>
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
      <source>A new language applies at once. Key mode, image rule, ASR rounding and days are the defaults of new plans; each plan keeps its own.</source>
      <translation>新语言立即生效。Key 模式、图片规则、ASR 取整和天数是新计划的默认值；每个计划保留自己的设置。</translation>
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
      <source>%1 of %2 files, %3 of %4</source>
      <translation>%1 / %2 个文件，%3 / %4</translation>
    </message>
  </context>
  <context>
    <name>PlanFieldUnits</name>
    <message>
      <source>calls / turn</source>
      <translation>次调用 / 轮</translation>
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
      <source>share / month</source>
      <translation>比例 / 月</translation>
    </message>
    <message>
      <source>share of turns</source>
      <translation>轮次占比</translation>
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
      <source>LLM calls a turn makes (workflow components: classifier, condition, LLM). Each call sends the prompt and context again.</source>
      <translation>每轮发起的 LLM 调用次数（工作流组件：分类器、条件、LLM）。每次调用都会重新发送提示词和上下文。</translation>
    </message>
    <message>
      <source>Earlier turns (user message + reply) sent again as memory with each call, on average.</source>
      <translation>每次调用平均作为记忆重新发送的历史轮数（用户消息 + 回复）。</translation>
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
      <source>Share of turns whose user message carries an image (0 to 1).</source>
      <translation>用户消息带图片的轮次占比（0 到 1）。</translation>
    </message>
    <message>
      <source>Share of turns sent as a voice message (0 to 1): ASR seconds, or audio-LLM tokens.</source>
      <translation>以语音消息发送的轮次占比（0 到 1）：计 ASR 秒数或音频 LLM Token。</translation>
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
      <source>Usage growth from one month to the next (0.05 = 5 %).</source>
      <translation>每月相对上月的用量增长（0.05 = 5%）。</translation>
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
</TS>
