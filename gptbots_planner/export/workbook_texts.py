"""The workbook's own words: sheet names, headings, row labels and summary lines.

Everything else the workbook shows (plan fields, roles, billing types, units, key modes,
estimate notes) is the app's vocabulary (:mod:`gptbots_planner.vocab`), so the workbook reads
like the window.  These texts are in the translation context ``Workbook``;
``scripts/update_translations.py`` collects them into the ``.ts`` catalogue and
:class:`~gptbots_planner.export.labels.Labels` translates them with
:func:`gptbots_planner.vocab.text.translator`.  ``{name}`` fields are filled after translation.
"""

from __future__ import annotations

import logging

from gptbots_planner.vocab.text import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

# label key (what the sheet writers ask Labels for) -> its text
WORKBOOK_TEXTS: dict[str, Text] = {
    # sheet names (31 characters at most, no []:*?/\)
    "sheet.summary": QT_TRANSLATE_NOOP("Workbook", "Summary"),
    "sheet.inputs": QT_TRANSLATE_NOOP("Workbook", "Inputs"),
    "sheet.prices": QT_TRANSLATE_NOOP("Workbook", "Prices"),
    "sheet.breakdown": QT_TRANSLATE_NOOP("Workbook", "Breakdown"),
    "sheet.projection": QT_TRANSLATE_NOOP("Workbook", "Projection"),
    "sheet.files": QT_TRANSLATE_NOOP("Workbook", "Files"),
    # shared headings
    "unpriced_prefix": QT_TRANSLATE_NOOP("Workbook", "unpriced: "),
    "all_priced": QT_TRANSLATE_NOOP("Workbook", "all priced"),
    "cheapest": QT_TRANSLATE_NOOP("Workbook", "★ cheapest"),
    "no_audio": QT_TRANSLATE_NOOP("Workbook", "no audio input"),
    "yes": QT_TRANSLATE_NOOP("Workbook", "yes"),
    "no": QT_TRANSLATE_NOOP("Workbook", "no"),
    "scenario": QT_TRANSLATE_NOOP("Workbook", "Model and key mode"),
    "model": QT_TRANSLATE_NOOP("Workbook", "Model"),
    "model_id": QT_TRANSLATE_NOOP("Workbook", "Model id"),
    "key_mode": QT_TRANSLATE_NOOP("Workbook", "Key mode"),
    "unit": QT_TRANSLATE_NOOP("Workbook", "Unit"),
    "value": QT_TRANSLATE_NOOP("Workbook", "Value"),
    "field": QT_TRANSLATE_NOOP("Workbook", "Field"),
    "name": QT_TRANSLATE_NOOP("Workbook", "Name"),
    "help": QT_TRANSLATE_NOOP("Workbook", "What it means"),
    "source": QT_TRANSLATE_NOOP("Workbook", "Source"),
    "credits": QT_TRANSLATE_NOOP("Workbook", "credits"),
    "usd": QT_TRANSLATE_NOOP("Workbook", "USD"),
    # Summary sheet and its charts
    "summary.title": QT_TRANSLATE_NOOP("Workbook", "GPTBots credit budget"),
    "summary.catalog": QT_TRANSLATE_NOOP(
        "Workbook", "Prices: GPTBots catalog {version} ({date}); 100 credits = $1"
    ),
    "summary.period": QT_TRANSLATE_NOOP(
        "Workbook", "Month 1 = {start}; projection over {months} months"
    ),
    "summary.month1_credits": QT_TRANSLATE_NOOP("Workbook", "Month 1 (credits)"),
    "summary.month1_usd": QT_TRANSLATE_NOOP("Workbook", "Month 1 credits (USD)"),
    "summary.one_time": QT_TRANSLATE_NOOP("Workbook", "of which one-time indexing"),
    "summary.horizon_credits": QT_TRANSLATE_NOOP("Workbook", "{months}-month total (credits)"),
    "summary.horizon_usd": QT_TRANSLATE_NOOP("Workbook", "{months}-month credits (USD)"),
    "summary.provider": QT_TRANSLATE_NOOP("Workbook", "Month 1 provider's bill (USD)"),
    "summary.total_cost": QT_TRANSLATE_NOOP("Workbook", "Month 1 total cost (USD)"),
    "summary.horizon_cost": QT_TRANSLATE_NOOP("Workbook", "{months}-month total cost (USD)"),
    "summary.context": QT_TRANSLATE_NOOP("Workbook", "Largest call vs context window"),
    "summary.fits": QT_TRANSLATE_NOOP("Workbook", "fits"),
    "summary.too_large": QT_TRANSLATE_NOOP("Workbook", "exceeds the window"),
    "summary.unknown": QT_TRANSLATE_NOOP("Workbook", "window unknown"),
    "summary.unpriced": QT_TRANSLATE_NOOP("Workbook", "Unpriced parts"),
    "summary.cheapest": QT_TRANSLATE_NOOP("Workbook", "Cheapest"),
    "summary.comparable": QT_TRANSLATE_NOOP("Workbook", "Comparable total"),
    "summary.note": QT_TRANSLATE_NOOP(
        "Workbook",
        "Every number is a formula over the Inputs and Prices sheets: change a blue cell there and the workbook recalculates. Total cost = credits at $0.01 + what the model vendor bills on your own key; the cheapest is the lowest month-1 total cost among the fully priced models whose largest call fits their context window.",
    ),
    "chart.by_type": QT_TRANSLATE_NOOP("Workbook", "Month 1 credits by billing type"),
    "chart.comparison": QT_TRANSLATE_NOOP("Workbook", "Month 1 credits by model and key mode"),
    "chart.projection": QT_TRANSLATE_NOOP("Workbook", "Monthly credits over the projection"),
    "chart.credits_axis": QT_TRANSLATE_NOOP("Workbook", "credits"),
    "summary.notes": QT_TRANSLATE_NOOP("Workbook", "Notes on the estimate as exported"),
    "summary.all_scenarios": QT_TRANSLATE_NOOP("Workbook", "all models and key modes"),
    # Inputs sheet
    "inputs.title": QT_TRANSLATE_NOOP("Workbook", "Inputs"),
    "inputs.note": QT_TRANSLATE_NOOP(
        "Workbook",
        "Blue cells are inputs. Each input cell is named after its plan field (e.g. conversations_per_month, reply_tokens); a blank measure cell means: measured from the files.",
    ),
    "inputs.assumptions": QT_TRANSLATE_NOOP("Workbook", "Usage assumptions"),
    "inputs.settings": QT_TRANSLATE_NOOP("Workbook", "Settings"),
    "inputs.measures": QT_TRANSLATE_NOOP(
        "Workbook",
        "Measured from the files (per model: they depend on its tokenizer and image rule)",
    ),
    "inputs.entered": QT_TRANSLATE_NOOP("Workbook", "Measures (blank = measured from the files)"),
    "inputs.entered_note": QT_TRANSLATE_NOOP(
        "Workbook",
        "A number typed here is used for every model instead of the measured value; clear the cell to use the measured one again.",
    ),
    "inputs.used": QT_TRANSLATE_NOOP(
        "Workbook", "Used by the estimate (per model: the entered value, else the measured one)"
    ),
    "inputs.used_note": QT_TRANSLATE_NOOP(
        "Workbook", "formula: the entered value above, or the measured one when it is blank"
    ),
    "inputs.used_note_embedding": QT_TRANSLATE_NOOP(
        "Workbook",
        "formula: an entered user message length, or the messages as the embedding model counts them",
    ),
    "inputs.files_formula.voice_seconds_per_message": QT_TRANSLATE_NOOP(
        "Workbook", "formula: the average of the Files sheet's counted voice seconds"
    ),
    "inputs.files_formula.minute_voice_seconds": QT_TRANSLATE_NOOP(
        "Workbook",
        "formula: each recording on the Files sheet rounded up to started minutes, then averaged",
    ),
    "measure.minute_voice_seconds": QT_TRANSLATE_NOOP(
        "Workbook", "Voice message length billed per started minute"
    ),
    "setting_help.kb_growth_timing": QT_TRANSLATE_NOOP(
        "Workbook",
        "evenly: knowledge added after month 1 is stored from mid-month on average; first_day: from the 1st",
    ),
    "inputs.months_note": QT_TRANSLATE_NOOP(
        "Workbook",
        "at most {months}: the Projection sheet has a row for every month up to {months}; the rows past this value are hidden and left out of the totals",
    ),
    "inputs.start_date": QT_TRANSLATE_NOOP("Workbook", "First day of month 1"),
    "setting_help.voice_mode": QT_TRANSLATE_NOOP(
        "Workbook",
        "asr: speech recognition then text; audio_llm: audio sent to models that take audio (others fall back to ASR)",
    ),
    "setting_help.asr_rounding": QT_TRANSLATE_NOOP(
        "Workbook",
        "pro_rata: seconds as recorded; per_started_minute: each recording rounded up to whole minutes (the billed voice seconds below follow it)",
    ),
    "setting_help.days_mode": QT_TRANSLATE_NOOP(
        "Workbook", "calendar: real days of each month; fixed30: 30 days"
    ),
    "setting_help.image_rule": QT_TRANSLATE_NOOP(
        "Workbook",
        "fixed at export: the image tokens below were counted with this rule; to use another, change it in the app and export again",
    ),
    "setting_help.audio_row_text": QT_TRANSLATE_NOOP(
        "Workbook",
        "audio_row: text sent to an audio model row (GPT-4o-Audio) at that row's price; text_sibling: at its text model's price (GPT-4o-128k), as OpenAI bills text on its audio models",
    ),
    "setting_help.start_month": QT_TRANSLATE_NOOP("Workbook", "YYYY-MM"),
    "measure.tokenizer": QT_TRANSLATE_NOOP("Workbook", "Tokenizer"),
    # a measure counted with the embedding model's tokenizer / the voice seconds as billed
    "measure.embedding": QT_TRANSLATE_NOOP("Workbook", "{measure} (embedding tokenizer)"),
    "measure.billed": QT_TRANSLATE_NOOP("Workbook", "{measure} (billed)"),
    "measure.billed_note": QT_TRANSLATE_NOOP(
        "Workbook",
        "formula, per the ASR rounding cell: an entered length rounded as one recording, else the Files sheet's recordings each rounded on its own",
    ),
    # Prices sheet
    "prices.text_from": QT_TRANSLATE_NOOP(
        "Workbook", "audio input price only: text in the same call is billed at {model}"
    ),
    "prices.title": QT_TRANSLATE_NOOP("Workbook", "Prices (credits)"),
    "prices.llm": QT_TRANSLATE_NOOP("Workbook", "Language models"),
    "prices.input": QT_TRANSLATE_NOOP("Workbook", "Input (credits / 1K tokens)"),
    "prices.output": QT_TRANSLATE_NOOP("Workbook", "Output (credits / 1K tokens)"),
    "prices.audio_tps": QT_TRANSLATE_NOOP("Workbook", "Audio input tokens / second"),
    "prices.services": QT_TRANSLATE_NOOP("Workbook", "Services"),
    "prices.service": QT_TRANSLATE_NOOP("Workbook", "Service"),
    "prices.other": QT_TRANSLATE_NOOP("Workbook", "Storage and user-priced types"),
    "prices.item": QT_TRANSLATE_NOOP("Workbook", "Item"),
    "prices.price": QT_TRANSLATE_NOOP("Workbook", "Price"),
    "prices.bundled": QT_TRANSLATE_NOOP("Workbook", "GPTBots price list"),
    "prices.user": QT_TRANSLATE_NOOP("Workbook", "your price"),
    "prices.open": QT_TRANSLATE_NOOP("Workbook", "not in the GPTBots price list"),
    "prices.free": QT_TRANSLATE_NOOP("Workbook", "free"),
    "prices.models": QT_TRANSLATE_NOOP(
        "Workbook", "Models: context window, reasoning and the vendor's price on your own key"
    ),
    "prices.context_window": QT_TRANSLATE_NOOP("Workbook", "Context window (tokens)"),
    "prices.reasoning": QT_TRANSLATE_NOOP("Workbook", "Reasoning model (1 = yes)"),
    "prices.window_unknown": QT_TRANSLATE_NOOP("Workbook", "unknown"),
    "prices.vendor_input": QT_TRANSLATE_NOOP("Workbook", "Vendor input (USD / 1M tokens)"),
    "prices.vendor_output": QT_TRANSLATE_NOOP("Workbook", "Vendor output (USD / 1M tokens)"),
    "prices.vendor_price": QT_TRANSLATE_NOOP("Workbook", "Vendor price (USD, own key)"),
    "prices.vendor_unit": QT_TRANSLATE_NOOP("Workbook", "Vendor unit"),
    "prices.basis": QT_TRANSLATE_NOOP("Workbook", "Basis"),
    "prices.unit.usd_per_1m_tokens": QT_TRANSLATE_NOOP("Workbook", "USD / 1M tokens"),
    "prices.unit.usd_per_minute": QT_TRANSLATE_NOOP("Workbook", "USD / minute"),
    "prices.unit.usd_per_1m_characters": QT_TRANSLATE_NOOP("Workbook", "USD / 1M characters"),
    "prices.basis.derived": QT_TRANSLATE_NOOP("Workbook", "derived"),
    "prices.basis.derived_from_gptbots_key": QT_TRANSLATE_NOOP(
        "Workbook", "derived from the GPTBots-key price"
    ),
    "prices.basis.user": QT_TRANSLATE_NOOP("Workbook", "your price"),
    "prices.source.derived": QT_TRANSLATE_NOOP(
        "Workbook",
        "own-key fee x 10 (the page reads as GPTBots key = 1.1 x list, own-key fee = 0.1 x list)",
    ),
    "prices.source.derived_from_gptbots_key": QT_TRANSLATE_NOOP(
        "Workbook", "GPTBots-key price / 1.1 (the page's own-key fee is not 1/11 of it)"
    ),
    # Breakdown sheet
    "breakdown.title": QT_TRANSLATE_NOOP("Workbook", "Month 1 breakdown"),
    "breakdown.per_turn": QT_TRANSLATE_NOOP("Workbook", "Per turn"),
    "breakdown.month1": QT_TRANSLATE_NOOP("Workbook", "Month 1"),
    "breakdown.quantities": QT_TRANSLATE_NOOP("Workbook", "Quantities in month 1"),
    "breakdown.credits": QT_TRANSLATE_NOOP("Workbook", "Credits in month 1"),
    "breakdown.provider": QT_TRANSLATE_NOOP(
        "Workbook", "The model vendor's bill in month 1 (own key, USD) and the total cost"
    ),
    "breakdown.context": QT_TRANSLATE_NOOP(
        "Workbook", "The largest LLM call and the context window"
    ),
    "row.chunks_retrieved": QT_TRANSLATE_NOOP(
        "Workbook", "Chunks retrieved per turn (at most what the knowledge base holds)"
    ),
    "row.chunks_reranked": QT_TRANSLATE_NOOP(
        "Workbook", "Chunks reranked per turn (at most what the knowledge base holds)"
    ),
    "row.reasoning_tokens": QT_TRANSLATE_NOOP("Workbook", "Reasoning tokens per turn"),
    "row.q_reasoning": QT_TRANSLATE_NOOP("Workbook", "Reasoning tokens"),
    "row.reasoning_credits": QT_TRANSLATE_NOOP(
        "Workbook", "LLM text: reasoning (at the output price)"
    ),
    "row.provider_bill": QT_TRANSLATE_NOOP("Workbook", "Provider's bill (USD)"),
    "row.total_cost": QT_TRANSLATE_NOOP("Workbook", "Total cost: credits / 100 + provider's bill"),
    "row.kb_max": QT_TRANSLATE_NOOP("Workbook", "Most knowledge held in the horizon"),
    "row.context_window": QT_TRANSLATE_NOOP("Workbook", "Context window (- = unknown)"),
    "unit.chunks": QT_TRANSLATE_NOOP("Workbook", "chunks"),
    "row.text_in": QT_TRANSLATE_NOOP("Workbook", "LLM input tokens per turn"),
    "row.text_out": QT_TRANSLATE_NOOP("Workbook", "LLM output tokens per turn"),
    "row.audio_llm": QT_TRANSLATE_NOOP("Workbook", "Voice sent to the audio LLM (1 = yes)"),
    "row.audio_tokens": QT_TRANSLATE_NOOP("Workbook", "Audio tokens per turn"),
    "row.asr_seconds": QT_TRANSLATE_NOOP("Workbook", "ASR seconds per turn"),
    "row.tts_chars": QT_TRANSLATE_NOOP("Workbook", "TTS characters per turn"),
    "row.query_tokens": QT_TRANSLATE_NOOP("Workbook", "Question embedding tokens per turn"),
    "row.rerank_tokens": QT_TRANSLATE_NOOP("Workbook", "Rerank tokens per turn"),
    "row.tool_calls": QT_TRANSLATE_NOOP("Workbook", "Paid tool calls per turn"),
    "row.db_ops": QT_TRANSLATE_NOOP("Workbook", "Database operations per turn"),
    "row.classified": QT_TRANSLATE_NOOP("Workbook", "Classified questions per turn"),
    "row.conversations": QT_TRANSLATE_NOOP("Workbook", "Conversations"),
    "row.turns": QT_TRANSLATE_NOOP("Workbook", "Turns"),
    "row.days": QT_TRANSLATE_NOOP("Workbook", "Days"),
    "row.stored_tokens": QT_TRANSLATE_NOOP("Workbook", "Stored knowledge tokens"),
    "row.q_llm_in": QT_TRANSLATE_NOOP("Workbook", "LLM input tokens"),
    "row.q_llm_out": QT_TRANSLATE_NOOP("Workbook", "LLM output tokens"),
    "row.q_audio": QT_TRANSLATE_NOOP("Workbook", "LLM audio tokens"),
    "row.q_asr": QT_TRANSLATE_NOOP("Workbook", "ASR seconds"),
    "row.q_tts": QT_TRANSLATE_NOOP("Workbook", "TTS characters"),
    "row.q_index_once": QT_TRANSLATE_NOOP("Workbook", "Knowledge tokens indexed once"),
    "row.q_index_query": QT_TRANSLATE_NOOP("Workbook", "Question embedding tokens"),
    "row.q_storage": QT_TRANSLATE_NOOP("Workbook", "Stored token-days"),
    "row.q_tool": QT_TRANSLATE_NOOP("Workbook", "Paid tool calls"),
    "row.q_rerank": QT_TRANSLATE_NOOP("Workbook", "Rerank tokens"),
    "row.q_db": QT_TRANSLATE_NOOP("Workbook", "Database operations"),
    "row.q_cls": QT_TRANSLATE_NOOP("Workbook", "Classified questions"),
    "row.llm_in_credits": QT_TRANSLATE_NOOP("Workbook", "LLM text: input"),
    "row.llm_out_credits": QT_TRANSLATE_NOOP("Workbook", "LLM text: output"),
    "row.one_time_credits": QT_TRANSLATE_NOOP(
        "Workbook", "Knowledge indexing: documents (one-time)"
    ),
    "row.query_credits": QT_TRANSLATE_NOOP("Workbook", "Knowledge indexing: questions"),
    "row.total_credits": QT_TRANSLATE_NOOP("Workbook", "Total (credits)"),
    "row.total_usd": QT_TRANSLATE_NOOP("Workbook", "Total (USD)"),
    "row.one_time": QT_TRANSLATE_NOOP("Workbook", "of which one-time indexing (credits)"),
    "row.unpriced": QT_TRANSLATE_NOOP("Workbook", "Unpriced parts"),
    "unit.days": QT_TRANSLATE_NOOP("Workbook", "days"),
    "unit.flag": QT_TRANSLATE_NOOP("Workbook", "1 / 0"),
    # the workflow components (Inputs section, Breakdown rows)
    "workflow.title": QT_TRANSLATE_NOOP(
        "Workbook", "Workflow components (the LLM calls of one turn; each column is one)"
    ),
    "workflow.names": QT_TRANSLATE_NOOP("Workbook", "Workbook names of the cells above"),
    "workflow.turns": QT_TRANSLATE_NOOP("Workbook", "earlier turns"),
    "workflow.memory_turns_mean": QT_TRANSLATE_NOOP(
        "Workbook", "Memory one call sends, on average over a conversation"
    ),
    "workflow.memory_turns_mean_help": QT_TRANSLATE_NOOP(
        "Workbook",
        "formula: turn t sends min(t - 1, short-term memory) earlier turns; the mean over the turns of a conversation (a fractional number of turns mixes the two nearest lengths)",
    ),
    "workflow.memory_turns_largest": QT_TRANSLATE_NOOP("Workbook", "Memory the largest call sends"),
    "workflow.memory_turns_largest_help": QT_TRANSLATE_NOOP(
        "Workbook", "formula: min(short-term memory, turns per conversation rounded up - 1)"
    ),
    "workflow.fixed_help": QT_TRANSLATE_NOOP(
        "Workbook",
        "fixed at export ('compared': the model of each scenario; a fixed model's measures are counted with its tokenizer); to change it, edit the plan in the app and export again",
    ),
    "workflow.instruction_help": QT_TRANSLATE_NOOP(
        "Workbook",
        "The component's own prompt, typed; blank = its pasted prompt, counted with each model's tokenizer.",
    ),
    "workflow.flag_help": QT_TRANSLATE_NOOP("Workbook", "1 = yes, 0 = no."),
    "workflow.output_tokens_help": QT_TRANSLATE_NOOP(
        "Workbook", "Tokens it writes per call; blank = the measured reply."
    ),
    "workflow.reasoning_tokens_help": QT_TRANSLATE_NOOP(
        "Workbook",
        "Hidden reasoning tokens per call on a reasoning model; blank = the plan's reasoning tokens per call.",
    ),
    "inputs.fixed_model": QT_TRANSLATE_NOOP("Workbook", "{model} (fixed component model)"),
    "prices.audio_out_tps": QT_TRANSLATE_NOOP("Workbook", "Spoken reply audio tokens / second"),
    "breakdown.component": QT_TRANSLATE_NOOP("Workbook", "Component: {name} (model: {model})"),
    "breakdown.per_turn_total": QT_TRANSLATE_NOOP("Workbook", "Per turn, all components"),
    "row.cmp_calls": QT_TRANSLATE_NOOP("Workbook", "LLM calls per turn"),
    "row.cmp_instruction": QT_TRANSLATE_NOOP("Workbook", "Own instruction tokens per call"),
    "row.cmp_base": QT_TRANSLATE_NOOP(
        "Workbook", "Input tokens per turn without chunks (what it receives)"
    ),
    "row.cmp_per_chunk": QT_TRANSLATE_NOOP(
        "Workbook", "Input tokens per turn for each retrieved chunk"
    ),
    "row.cmp_text_in": QT_TRANSLATE_NOOP("Workbook", "Input tokens per turn"),
    "row.cmp_text_out": QT_TRANSLATE_NOOP("Workbook", "Output tokens per turn"),
    "row.cmp_reasoning": QT_TRANSLATE_NOOP("Workbook", "Reasoning tokens per turn"),
    "row.cmp_audio_in": QT_TRANSLATE_NOOP("Workbook", "Voice input audio tokens per turn"),
    "row.cmp_speaks": QT_TRANSLATE_NOOP("Workbook", "Speaks its replies (1 = yes, no TTS)"),
    "row.cmp_spoken": QT_TRANSLATE_NOOP("Workbook", "Spoken reply audio tokens per turn"),
    "row.cmp_text_credits": QT_TRANSLATE_NOOP("Workbook", "LLM text credits in month 1"),
    "row.cmp_audio_credits": QT_TRANSLATE_NOOP("Workbook", "LLM audio credits in month 1"),
    "row.cmp_largest": QT_TRANSLATE_NOOP("Workbook", "{name}: largest single call"),
    "row.cmp_window": QT_TRANSLATE_NOOP("Workbook", "{name}: context window (- = unknown)"),
    "row.cmp_fits": QT_TRANSLATE_NOOP(
        "Workbook", "{name}: fits the context window (1 = yes, - = does not run)"
    ),
    "row.spoken_tokens": QT_TRANSLATE_NOOP("Workbook", "Spoken reply audio tokens per turn"),
    "row.speaks": QT_TRANSLATE_NOOP("Workbook", "Replies spoken by the model (1 = yes, no TTS)"),
    "row.q_audio_out": QT_TRANSLATE_NOOP("Workbook", "LLM spoken reply audio tokens"),
    "row.audio_in_credits": QT_TRANSLATE_NOOP("Workbook", "LLM audio: voice input"),
    "row.spoken_credits": QT_TRANSLATE_NOOP(
        "Workbook", "LLM audio: spoken replies (at the output price)"
    ),
    "row.largest_call": QT_TRANSLATE_NOOP("Workbook", "Largest single call on the compared model"),
    "row.fits": QT_TRANSLATE_NOOP("Workbook", "Every component fits its context window (1 = yes)"),
    # Projection sheet
    "projection.title": QT_TRANSLATE_NOOP("Workbook", "Projection"),
    "projection.month_no": QT_TRANSLATE_NOOP("Workbook", "Month #"),
    "projection.month": QT_TRANSLATE_NOOP("Workbook", "Month"),
    "projection.days": QT_TRANSLATE_NOOP("Workbook", "Days"),
    "projection.conversations": QT_TRANSLATE_NOOP("Workbook", "Conversations"),
    "projection.turns": QT_TRANSLATE_NOOP("Workbook", "Turns"),
    "projection.added": QT_TRANSLATE_NOOP("Workbook", "Knowledge added (tokens)"),
    "projection.stored": QT_TRANSLATE_NOOP("Workbook", "Stored knowledge (tokens)"),
    "projection.total": QT_TRANSLATE_NOOP("Workbook", "Total (credits)"),
    "projection.total_usd": QT_TRANSLATE_NOOP("Workbook", "Total (USD)"),
    "projection.horizon": QT_TRANSLATE_NOOP("Workbook", "Total over the projection"),
    "projection.retrieved": QT_TRANSLATE_NOOP("Workbook", "Chunks retrieved per turn"),
    "projection.reranked": QT_TRANSLATE_NOOP("Workbook", "Chunks reranked per turn"),
    "projection.provider": QT_TRANSLATE_NOOP("Workbook", "Provider's bill (USD)"),
    "projection.total_cost": QT_TRANSLATE_NOOP("Workbook", "Total cost (USD)"),
    "projection.cost_of": QT_TRANSLATE_NOOP("Workbook", "{scenario}: total cost (USD)"),
    "projection.by_type": QT_TRANSLATE_NOOP("Workbook", "By billing type: {scenario}"),
    # file list (Files sheet and the files CSV)
    "files.name": QT_TRANSLATE_NOOP("Workbook", "Name"),
    "files.role": QT_TRANSLATE_NOOP("Workbook", "Role"),
    "files.kind": QT_TRANSLATE_NOOP("Workbook", "Kind"),
    "files.detail": QT_TRANSLATE_NOOP("Workbook", "Detail"),
    "files.tokens": QT_TRANSLATE_NOOP("Workbook", "Tokens ({tokenizer})"),
    # the spread of the published tokenizers on a file, for a model that is approximated
    "files.token_range": QT_TRANSLATE_NOOP(
        "Workbook", "Token range (published tokenizers, approx.)"
    ),
    "files.token_range_note": QT_TRANSLATE_NOOP(
        "Workbook",
        "approx. {low}-{high} tokens by the published tokenizers (DeepSeek V3, Qwen, "
        "Llama 3 where installed, Mistral v1, o200k) on a sample of this file",
    ),
    "files.chars": QT_TRANSLATE_NOOP("Workbook", "Characters"),
    "files.width": QT_TRANSLATE_NOOP("Workbook", "Width"),
    "files.height": QT_TRANSLATE_NOOP("Workbook", "Height"),
    "files.seconds": QT_TRANSLATE_NOOP("Workbook", "Seconds"),
    "files.error": QT_TRANSLATE_NOOP("Workbook", "Error"),
    "files.warning": QT_TRANSLATE_NOOP("Workbook", "Warning"),
    "files.path": QT_TRANSLATE_NOOP("Workbook", "Path"),
    "files.voice_counted": QT_TRANSLATE_NOOP("Workbook", "Voice seconds counted"),
    # breakdown CSV
    "csv.scenario": QT_TRANSLATE_NOOP("Workbook", "Scenario"),
    "csv.model_id": QT_TRANSLATE_NOOP("Workbook", "Model id"),
    "csv.model": QT_TRANSLATE_NOOP("Workbook", "Model"),
    "csv.key_mode": QT_TRANSLATE_NOOP("Workbook", "Key mode"),
    "csv.month": QT_TRANSLATE_NOOP("Workbook", "Month #"),
    "csv.month_label": QT_TRANSLATE_NOOP("Workbook", "Month"),
    "csv.billing_type_id": QT_TRANSLATE_NOOP("Workbook", "Billing type id"),
    "csv.billing_type": QT_TRANSLATE_NOOP("Workbook", "Billing type"),
    "csv.quantity": QT_TRANSLATE_NOOP("Workbook", "Quantity"),
    "csv.unit": QT_TRANSLATE_NOOP("Workbook", "Unit"),
    "csv.credits": QT_TRANSLATE_NOOP("Workbook", "Credits"),
    "csv.usd": QT_TRANSLATE_NOOP("Workbook", "USD"),
    "csv.total": QT_TRANSLATE_NOOP("Workbook", "Total"),
}
