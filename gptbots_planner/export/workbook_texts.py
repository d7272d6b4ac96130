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
    "summary.month1_usd": QT_TRANSLATE_NOOP("Workbook", "Month 1 (USD)"),
    "summary.one_time": QT_TRANSLATE_NOOP("Workbook", "of which one-time indexing"),
    "summary.horizon_credits": QT_TRANSLATE_NOOP("Workbook", "{months}-month total (credits)"),
    "summary.horizon_usd": QT_TRANSLATE_NOOP("Workbook", "{months}-month total (USD)"),
    "summary.unpriced": QT_TRANSLATE_NOOP("Workbook", "Unpriced parts"),
    "summary.cheapest": QT_TRANSLATE_NOOP("Workbook", "Cheapest"),
    "summary.comparable": QT_TRANSLATE_NOOP("Workbook", "Comparable total"),
    "summary.note": QT_TRANSLATE_NOOP(
        "Workbook",
        "Every number is a formula over the Inputs and Prices sheets: change a blue cell there and the workbook recalculates.",
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
        "Blue cells are inputs. Each usage assumption cell is named after its plan field (e.g. conversations_per_month).",
    ),
    "inputs.assumptions": QT_TRANSLATE_NOOP("Workbook", "Usage assumptions"),
    "inputs.settings": QT_TRANSLATE_NOOP("Workbook", "Settings"),
    "inputs.measures": QT_TRANSLATE_NOOP(
        "Workbook",
        "Measured per-turn values (per model: they depend on its tokenizer and image rule)",
    ),
    "inputs.months_note": QT_TRANSLATE_NOOP(
        "Workbook",
        "at most {months} here: the Projection sheet has one row per month as exported; export again from the app for a longer horizon",
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
    "setting_help.start_month": QT_TRANSLATE_NOOP("Workbook", "YYYY-MM"),
    "measure.tokenizer": QT_TRANSLATE_NOOP("Workbook", "Tokenizer"),
    # a measure counted with the embedding model's tokenizer / the voice seconds as billed
    "measure.embedding": QT_TRANSLATE_NOOP("Workbook", "{measure} (embedding tokenizer)"),
    "measure.billed": QT_TRANSLATE_NOOP("Workbook", "{measure} (billed)"),
    "measure.billed_note": QT_TRANSLATE_NOOP(
        "Workbook", "formula: the voice seconds above, rounded per the ASR rounding cell"
    ),
    "measure.billed_note_items": QT_TRANSLATE_NOOP(
        "Workbook",
        "pro_rata: the voice seconds above; per_started_minute: each measured recording rounded up on its own (fixed at export)",
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
    # Breakdown sheet
    "breakdown.title": QT_TRANSLATE_NOOP("Workbook", "Month 1 breakdown"),
    "breakdown.per_turn": QT_TRANSLATE_NOOP("Workbook", "Per turn"),
    "breakdown.month1": QT_TRANSLATE_NOOP("Workbook", "Month 1"),
    "breakdown.quantities": QT_TRANSLATE_NOOP("Workbook", "Quantities in month 1"),
    "breakdown.credits": QT_TRANSLATE_NOOP("Workbook", "Credits in month 1"),
    "row.context_tokens": QT_TRANSLATE_NOOP("Workbook", "Context tokens per LLM call"),
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
    "projection.by_type": QT_TRANSLATE_NOOP("Workbook", "By billing type: {scenario}"),
    # file list (Files sheet and the files CSV)
    "files.name": QT_TRANSLATE_NOOP("Workbook", "Name"),
    "files.role": QT_TRANSLATE_NOOP("Workbook", "Role"),
    "files.kind": QT_TRANSLATE_NOOP("Workbook", "Kind"),
    "files.detail": QT_TRANSLATE_NOOP("Workbook", "Detail"),
    "files.tokens": QT_TRANSLATE_NOOP("Workbook", "Tokens ({tokenizer})"),
    "files.chars": QT_TRANSLATE_NOOP("Workbook", "Characters"),
    "files.width": QT_TRANSLATE_NOOP("Workbook", "Width"),
    "files.height": QT_TRANSLATE_NOOP("Workbook", "Height"),
    "files.seconds": QT_TRANSLATE_NOOP("Workbook", "Seconds"),
    "files.error": QT_TRANSLATE_NOOP("Workbook", "Error"),
    "files.warning": QT_TRANSLATE_NOOP("Workbook", "Warning"),
    "files.path": QT_TRANSLATE_NOOP("Workbook", "Path"),
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
