"""The notes and the JSON summary of a scenario's workflow components.

Notes: memory by turn, spoken replies, which price bills the text on an audio row, and the
context window of each component on a fixed model (the compared model's largest call is
``notes.context_notes``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from gptbots_planner.core.money import ZERO, add, plain
from gptbots_planner.core.notes import Note
from gptbots_planner.core.plan import Plan
from gptbots_planner.core.projection import Month
from gptbots_planner.core.turns import LargestCall, spoken_index
from gptbots_planner.core.workflow import (
    ComponentRun,
    memory_mean,
    speaks,
    spoken_seconds,
)

log = logging.getLogger(__name__)

LLM_TYPES = ("llm_text", "llm_audio")


def component_credits(month: Month, cid: str) -> Any:
    """A component's credits in ``month`` over the LLM lines (None: a part is unpriced)."""
    total = ZERO
    for t in LLM_TYPES:
        part = month.lines[t].components.get(cid)
        if part is None:
            continue
        if "credits" not in part:
            return None
        total = add(total, part["credits"])
    return total


def memory_note(plan: Plan, runs: Sequence[ComponentRun]) -> list[Note]:
    a = plan.assumptions
    if a["history_turns"] <= 0 or not any(r.component.sends_memory for r in runs):
        return []
    mean = memory_mean(a["history_turns"], a["turns_per_conversation"])
    return [
        Note.of(
            "memory_by_turn",
            history=plain(a["history_turns"]),
            turns=plain(a["turns_per_conversation"]),
            mean=plain(mean.quantize(ZERO.scaleb(-3)).normalize()),
        )
    ]


def spoken_note(plan: Plan, runs: list[ComponentRun]) -> list[Note]:
    index = spoken_index(plan, runs)
    if index is None or plan.assumptions["tts_playback_share"] <= 0:
        return []
    run = runs[index]
    seconds = spoken_seconds(plan, run.measures)
    return [
        Note.of(
            "spoken_replies",
            model=run.model.name,
            share=plain(plan.assumptions["tts_playback_share"]),
            seconds=plain(seconds.quantize(ZERO.scaleb(-2)).normalize()),
            rate=plain(plan.assumptions["speaking_rate"]),
            tps=plain(run.model.audio_output_tps or ZERO),
        )
    ]


def audio_text_notes(plan: Plan, runs: Sequence[ComponentRun]) -> list[Note]:
    """Which price bills the text sent to an audio row that also lists one for text."""
    notes: list[Note] = []
    seen: set[str] = set()
    for run in runs:
        model = run.model
        if not speaks(model) or model.id in seen:
            continue
        seen.add(model.id)
        notes.append(
            Note.of(
                "audio_row_text",
                model=model.name,
                text_model=run.text_model.name,
                setting=plan.settings.audio_row_text,
            )
        )
    return notes


def fixed_component_notes(
    runs: Sequence[ComponentRun], calls: Sequence[LargestCall], month: Month
) -> list[Note]:
    """Each fixed-model component: its window, and what it costs in every scenario alike."""
    notes: list[Note] = []
    by_id = {c.component: c for c in calls}
    for run in runs:
        if run.component.compared:
            continue
        cid = run.component.id
        call = by_id.get(cid)
        if call is not None and call.window is None:
            notes.append(
                Note.of(
                    "component_context_unknown",
                    component=cid,
                    model=run.model.name,
                    tokens=plain(call.tokens),
                )
            )
        elif call is not None and call.fits is False:
            notes.append(
                Note.of(
                    "component_context_exceeded",
                    component=cid,
                    model=run.model.name,
                    tokens=plain(call.tokens),
                    window=call.window,
                )
            )
        credits = component_credits(month, cid)
        shown = "unpriced" if credits is None else plain(credits.quantize(ZERO.scaleb(-2)))
        notes.append(
            Note.of("component_fixed_model", component=cid, model=run.model.name, credits=shown)
        )
    return notes


def workflow_notes(
    plan: Plan,
    runs: list[ComponentRun],
    calls: Sequence[LargestCall],
    months: Sequence[Month],
) -> list[Note]:
    return [
        *memory_note(plan, runs),
        *spoken_note(plan, runs),
        *audio_text_notes(plan, runs),
        *fixed_component_notes(runs, calls, months[0]),
    ]


def component_summary(
    runs: Sequence[ComponentRun], calls: Sequence[LargestCall], month: Month
) -> list[dict[str, Any]]:
    """Each component as the CLI's JSON shows it: model, calls, month-1 tokens and credits."""
    by_id = {c.component: c for c in calls}
    rows = []
    for run in runs:
        c = run.component
        call = by_id.get(c.id)
        credits = component_credits(month, c.id)
        parts = {t: month.lines[t].components.get(c.id, {}) for t in LLM_TYPES}
        described = c.to_dict()
        described.pop("instruction_counts", None)  # the plan file's, not the estimate's
        rows.append(
            {
                **described,
                "model_id": run.model.id,
                "model_name": run.model.name,
                "text_priced_as": run.text_model.id,
                "calls_per_turn_total": plain(c.calls),
                "month_1": {t: {k: plain(v) for k, v in p.items()} for t, p in parts.items()},
                "month_1_credits": None if credits is None else plain(credits),
                "largest_call_tokens": None if call is None else plain(call.tokens),
                "context_window": run.model.context_window,
                "fits_context": None if call is None else call.fits,
            }
        )
    return rows
