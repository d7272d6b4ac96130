"""The Breakdown sheet's workflow components: each one's tokens, credits and largest call.

Per component and scenario (``core.workflow``): its calls per turn (share of turns x
calls per run), its text input from what it receives (the Inputs sheet's 1 / 0 cells:
own instruction, system prompt, memory (the mean over turns), user message, this turn's
answer, chunks, images), its output and reasoning, its voice input on an audio model and
its spoken replies (voice mode "audio_llm", the answering component on a model that
speaks: reply characters / speaking rate x its output audio tokens per second, at its
output price); then its month-1 credits at its own model's prices in the scenario's key
mode (text at the row ``audio_row_text`` picks).  Row keys: ``cmp<i>.<quantity>``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal

from xlsxwriter.format import Format

from gptbots_planner.core.money import ZERO
from gptbots_planner.core.turns import spoken_index, uses_audio_llm
from gptbots_planner.core.workflow import ComponentRun, run_quantities
from gptbots_planner.export.xlsx.book import Column, Value, num
from gptbots_planner.export.xlsx.breakdown_rows import SheetRows, first_line
from gptbots_planner.export.xlsx.formulas import charge_formula, combine_formula, vendor_formula

log = logging.getLogger(__name__)

MILLION = 1_000_000
PER_TURN = ("text_in", "text_out", "reasoning", "audio_in", "spoken")


def key(i: int, name: str) -> str:
    return f"cmp{i}.{name}"


class ComponentCells:
    """The formula pieces of component ``i`` in one scenario column."""

    def __init__(self, rows: SheetRows, c: Column, i: int) -> None:
        self.rows, self.c, self.i = rows, c, i
        self.run: ComponentRun = c.est.runs[i]
        comp = self.run.component
        self.n = rows.inputs.workflow.components[i]
        self.m = rows.inputs.run_measures(c.index, self.run.model.id, comp.compared)
        self.p = rows.prices.model_prices(self.run.model.id, c.est.key_mode)

    def b(self, name: str) -> str:
        return self.rows.b(self.c, key(self.i, name))

    def context(self, memory: str) -> str:
        """One call's text input without chunks and images, memory ``memory`` turns."""
        n, m = self.n, self.m
        return (
            f"{self.b('instruction')}+{n['sends_system_prompt']}*{m['system_prompt_tokens']}"
            f"+{n['sends_memory']}*{memory}*({m['user_message_tokens']}+{m['reply_tokens']})"
            f"+{n['sends_user_message']}*{m['user_message_tokens']}"
            f"+{n['sends_reply']}*{m['reply_tokens']}"
        )

    def output(self) -> str:
        out = self.n["output_tokens"]
        return f"IF(ISBLANK({out}),{self.m['reply_tokens']},{out})"

    def reasoning(self) -> str:
        own = self.n["reasoning_tokens"]
        return f"IF({self.p['reasoning']}=1,IF(ISBLANK({own}),reasoning_tokens_per_call,{own}),0)"

    def audio_per_call(self) -> str:
        """Audio tokens of one call carrying a voice message (``workflow.audio_per_call``)."""
        tps = self.p["audio_tps"]
        return (
            f"IF(AND({self.rows.b(self.c, 'audio_llm')}=1,{self.n['sends_user_message']}=1,"
            f"ISNUMBER({tps})),{self.m['voice_seconds_per_message']}*{tps},0)"
        )

    def spoken_per_reply(self) -> str:
        return f"{self.m['reply_characters']}/speaking_rate*{self.p['audio_out_tps']}"


def _answer_flag(rows: SheetRows, i: int) -> str:
    """1 when component ``i`` writes the turn's reply (``workflow.answer_index``): the first
    answer component; without one, the first whose output is blank (the measured reply)."""
    comps = rows.book.plan.components
    answers = [j for j, c in enumerate(comps) if c.kind == "answer"]
    if answers:
        return "1" if answers[0] == i else "0"
    names = [rows.inputs.workflow.components[j]["output_tokens"] for j in range(i + 1)]
    checks = [f"NOT(ISBLANK({x}))" for x in names[:-1]] + [f"ISBLANK({names[-1]})"]
    return f"AND({','.join(checks)})"


def _quantities(rows: SheetRows, c: Column, i: int) -> dict[str, Decimal]:
    """The engine's per-turn quantities of component ``i`` (the cached values)."""
    est = c.est
    return {
        q.removesuffix("_tokens"): est.per_turn.get(f"component.{r.component.id}.{q}", ZERO)
        for r in (est.runs[i],)
        for q in (
            "text_input_tokens",
            "text_output_tokens",
            "reasoning_tokens",
            "audio_input_tokens",
            "audio_output_tokens",
        )
    }


def _base_value(rows: SheetRows, c: Column, i: int) -> Decimal:
    """The engine's per-turn text input of component ``i`` with no chunks."""
    plan, est = rows.book.plan, c.est
    routing = uses_audio_llm(plan, est.model)
    spoken = spoken_index(plan, est.runs) == i
    return run_quantities(plan, est.runs[i], ZERO, routing, spoken)["text_input_tokens"]


def write_components(rows: SheetRows) -> None:
    """A section per component: its per-turn amounts and its month-1 credits."""
    t = rows.book.t
    for i, comp in enumerate(rows.book.plan.components):
        rows.section_text(t("breakdown.component", name=comp.name, model=comp.model))
        put = _putter(rows, i)
        _per_turn_rows(rows, i, put)
        _credit_rows(rows, i, put)


Put = Callable[..., None]


def _putter(rows: SheetRows, i: int) -> Put:
    """Writes a row of component ``i`` from a build over its ``ComponentCells``."""

    def put(
        name: str,
        unit: str,
        build: Callable[[ComponentCells], tuple[str, Value]],
        fmt: Format | None = None,
    ) -> None:
        rows.put(
            key(i, name),
            unit,
            lambda c: build(ComponentCells(rows, c, i)),
            fmt or rows.book.fmt.qty,
            rows.book.t(f"row.cmp_{name}"),
        )

    return put


def _per_turn_rows(rows: SheetRows, i: int, put: Put) -> None:
    plan = rows.book.plan
    f = rows.book.fmt

    def q(c: Column, name: str) -> Value:
        return num(_quantities(rows, c, i)[name])

    put(
        "calls",
        "unit.calls",
        lambda x: (
            f"{x.n['turn_share']}*{x.n['calls_per_turn']}",
            num(x.run.component.calls),
        ),
    )

    def instruction(x: ComponentCells) -> tuple[str, Value]:
        cell = x.n["instruction_tokens"]
        value = x.run.instruction
        if x.run.component.instruction_text is None:
            return cell, num(value)
        return f"IF(ISBLANK({cell}),{float(value)!r},{cell})", num(value)

    put("instruction", "unit.tokens", instruction)
    put(
        "base",
        "unit.tokens",
        lambda x: (
            f"{x.b('calls')}*({x.context('memory_turns_mean')})"
            f"+{x.n['sends_images']}*image_turn_share*{x.b('calls')}"
            f"*{x.m['image_tokens_per_image']}",
            num(_base_value(rows, x.c, i)),
        ),
    )
    put(
        "per_chunk",
        "unit.tokens",
        lambda x: (
            f"{x.b('calls')}*{x.n['sends_chunks']}*chunk_tokens",
            num(
                x.run.component.calls
                * (plan.assumptions["chunk_tokens"] if x.run.component.sends_chunks else 0)
            ),
        ),
    )
    put(
        "text_in",
        "unit.tokens",
        lambda x: (
            f"{x.b('base')}+{x.b('per_chunk')}*{rows.b(x.c, 'chunks_retrieved')}",
            q(x.c, "text_input"),
        ),
    )
    put(
        "text_out", "unit.tokens", lambda x: (f"{x.b('calls')}*{x.output()}", q(x.c, "text_output"))
    )
    put(
        "reasoning",
        "unit.tokens",
        lambda x: (f"{x.b('calls')}*{x.reasoning()}", q(x.c, "reasoning")),
    )
    put(
        "audio_in",
        "unit.tokens",
        lambda x: (
            f"voice_turn_share*{x.b('calls')}*{x.audio_per_call()}",
            q(x.c, "audio_input"),
        ),
    )
    put(
        "speaks",
        "unit.flag",
        lambda x: (
            f'IF(AND(voice_mode="audio_llm",{_answer_flag(rows, i)},'
            f"ISNUMBER({x.p['audio_out_tps']})),1,0)",
            1.0 if spoken_index(plan, x.c.est.runs) == i else 0.0,
        ),
        f.int_,
    )
    put(
        "spoken",
        "unit.tokens",
        lambda x: (
            f"IF({x.b('speaks')}=1,tts_playback_share*{x.spoken_per_reply()},0)",
            q(x.c, "audio_output"),
        ),
    )


def month_charges(p: dict[str, str], turns: str, per_turn: dict[str, str]) -> dict[str, str]:
    """One month's credit parts of a component at its prices ``p``: ``per_turn`` holds its
    per-turn amounts (cells or expressions)."""

    def qty(name: str) -> str:
        return f"{turns}*({per_turn[name]})"

    return {
        "in": charge_formula(qty("text_in"), p["in"], 1000),
        "out": charge_formula(qty("text_out"), p["out"], 1000),
        "reasoning": charge_formula(qty("reasoning"), p["out"], 1000),
        "audio_in": charge_formula(qty("audio_in"), p["ain"], 1000),
        "spoken": charge_formula(qty("spoken"), p["aout"], 1000),
    }


def month_vendor(
    p: dict[str, str], own_key: bool, turns: str, per_turn: dict[str, str]
) -> dict[str, str]:
    """One month's vendor bill of a component's text and audio (0 on the GPTBots key)."""

    def qty(*names: str) -> str:
        return f"{turns}*({'+'.join(per_turn[n] for n in names)})"

    return {
        "text": combine_formula(
            vendor_formula(own_key, qty("text_in"), p["vin"], MILLION),
            vendor_formula(own_key, qty("text_out", "reasoning"), p["vout"], MILLION),
        ),
        "audio": combine_formula(
            vendor_formula(own_key, qty("audio_in"), p["vain"], MILLION),
            vendor_formula(own_key, qty("spoken"), p["vaout"], MILLION),
        ),
    }


def per_turn_cells(x: ComponentCells) -> dict[str, str]:
    return {name: x.b(name) for name in PER_TURN}


def _credit_rows(rows: SheetRows, i: int, put: Put) -> None:
    f = rows.book.fmt

    def text(x: ComponentCells) -> tuple[str, Value]:
        ch = month_charges(x.p, rows.b(x.c, "turns"), per_turn_cells(x))
        return (
            combine_formula(ch["in"], ch["out"], ch["reasoning"]),
            credits_of(x.c, "llm_text", x.run.component.id),
        )

    def audio(x: ComponentCells) -> tuple[str, Value]:
        ch = month_charges(x.p, rows.b(x.c, "turns"), per_turn_cells(x))
        return (
            combine_formula(ch["audio_in"], ch["spoken"]),
            credits_of(x.c, "llm_audio", x.run.component.id),
        )

    put("text_credits", "credits", text, f.credits)
    put("audio_credits", "credits", audio, f.credits)


def credits_of(c: Column, type_id: str, cid: str) -> Value:
    """The engine's month-1 credits of one component on one line (0: the engine leaves out
    a component with no audio)."""
    part = first_line(c, type_id).components.get(cid)
    if part is None:
        return 0.0
    return num(part.get("credits"))


def largest_call(x: ComponentCells, kb_chunks: str) -> str:
    """The largest single call of a component (``workflow.largest_run_call``)."""
    return (
        f"{x.context('memory_turns_largest')}"
        f"+{x.n['sends_chunks']}*{kb_chunks}*chunk_tokens"
        f"+IF(AND({x.n['sends_images']}=1,image_turn_share>0),{x.m['image_tokens_per_image']},0)"
        f"+IF(voice_turn_share>0,{x.audio_per_call()},0)"
        f"+{x.output()}+{x.reasoning()}"
        f"+IF({x.b('speaks')}=1,{x.spoken_per_reply()},0)"
    )
