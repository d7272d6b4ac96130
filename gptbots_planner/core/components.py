"""The LLM components one turn runs (an agent's or a workflow's nodes), as plan data.

Each component has its model ("compared": the one each scenario swaps; or a fixed catalog
model), how often it runs (share of turns x calls per run), what it receives (its own
instruction, the shared system prompt, the user message, the memory, the chunks, the
images, this turn's answer) and what it writes (the measured reply, or a number).  The
fields are declared in ``vocab.components``; what they cost is in ``core.workflow``.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from gptbots_planner.core.errors import CodedError
from gptbots_planner.core.money import MoneyError, plain, to_decimal
from gptbots_planner.vocab import components as vocab

log = logging.getLogger(__name__)

COMPARED = vocab.COMPARED_MODEL
KIND_IDS = vocab.KIND_IDS
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")
_TRUE = ("yes", "true", "1", "on")
_FALSE = ("no", "false", "0", "off")


class ComponentError(CodedError):
    """A component field that cannot be used; the message names the component and field."""


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class TextCounts:
    """Token counts of one text under some tokenizers, with the text's SHA-256: a count is
    used only for the very text it was made from (``Component.known_instruction_tokens``),
    so counts saved in a plan never outlive an edit of the text."""

    sha256: str
    tokens: tuple[tuple[str, int], ...]

    @classmethod
    def of(cls, text: str, tokens: dict[str, int]) -> TextCounts:
        return cls(text_sha256(text), tuple(sorted(tokens.items())))

    def to_dict(self) -> dict[str, Any]:
        return {"sha256": self.sha256, "tokens": dict(self.tokens)}

    @classmethod
    def from_dict(cls, data: Any, where: str) -> TextCounts:
        tokens = data.get("tokens") if isinstance(data, dict) else None
        sha = data.get("sha256") if isinstance(data, dict) else None
        if (
            not isinstance(sha, str)
            or not isinstance(tokens, dict)
            or not all(isinstance(k, str) and type(v) is int and v >= 0 for k, v in tokens.items())
        ):
            raise ComponentError.of("must_be_object", where=where)
        return cls(sha, tuple(sorted(tokens.items())))


@dataclass(frozen=True)
class Component:
    """One LLM component of the turn (frozen: edits make a new one, see :meth:`with_field`)."""

    id: str
    name: str
    kind: str
    model: str = COMPARED
    turn_share: Decimal = Decimal(1)
    calls_per_turn: Decimal = Decimal(1)
    instruction_tokens: Decimal = Decimal(0)
    instruction_text: str | None = None  # a pasted or dropped prompt, measured per tokenizer
    # Counts of instruction_text already made (saved with the plan: opening it needs no
    # vocabulary in the window's process); ignored once the text changes.
    instruction_counts: TextCounts | None = None
    sends_system_prompt: bool = True
    sends_user_message: bool = True
    sends_memory: bool = True
    sends_chunks: bool = True
    sends_images: bool = True
    sends_reply: bool = False
    output_tokens: Decimal | None = None  # None: the measured reply samples
    reasoning_tokens: Decimal | None = None  # None: the plan's reasoning_tokens_per_call

    @property
    def compared(self) -> bool:
        return self.model == COMPARED

    @property
    def calls(self) -> Decimal:
        """LLM calls per turn: share of turns x calls per run."""
        return self.turn_share * self.calls_per_turn

    @property
    def writes_reply(self) -> bool:
        """Its output is the measured reply (the answer, and copies of it)."""
        return self.output_tokens is None

    def with_field(self, name: str, value: object) -> Component:
        """A copy with ``name`` set from ``value`` (text as typed, or a value)."""
        changed = replace(self, **{name: parse_field(self.id, name, value)})
        if name == "instruction_text" and changed.instruction_text != self.instruction_text:
            changed = replace(changed, instruction_counts=None)
        return changed

    def known_instruction_tokens(self, tokenizer: str) -> int | None:
        """The stored count of ``instruction_text`` under ``tokenizer``, if it is this text's."""
        counts, text = self.instruction_counts, self.instruction_text
        if counts is None or text is None or counts.sha256 != text_sha256(text):
            return None
        return dict(counts.tokens).get(tokenizer)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "name": self.name, "kind": self.kind}
        data["model"] = self.model
        for name in ("turn_share", "calls_per_turn", "instruction_tokens"):
            data[name] = plain(getattr(self, name))
        if self.instruction_text is not None:
            data["instruction_text"] = self.instruction_text
            counts = self.instruction_counts
            if counts is not None and counts.sha256 == text_sha256(self.instruction_text):
                data["instruction_counts"] = counts.to_dict()
        for name in vocab.SENDS_FIELDS:
            data[name] = getattr(self, name)
        for name, word in vocab.OPTIONAL_NUMBER_FIELDS.items():
            value = getattr(self, name)
            data[name] = word if value is None else plain(value)
        return data

    @classmethod
    def from_dict(cls, data: Any, where: str) -> Component:
        if not isinstance(data, dict):
            raise ComponentError.of("must_be_object", where=where)
        cid = data.get("id")
        if not isinstance(cid, str) or not ID_PATTERN.fullmatch(cid):
            raise ComponentError.of("component_bad_id", where=where, value=repr(cid))
        kind = data.get("kind", "custom")
        base = new_component(cid, str(kind) if kind in KIND_IDS else "custom")
        values: dict[str, Any] = {}
        for name in (*vocab.COMPONENT_FIELDS, "instruction_text"):
            if name in data:
                values[name] = parse_field(cid, name, data[name])
        if "instruction_counts" in data:
            values["instruction_counts"] = TextCounts.from_dict(
                data["instruction_counts"], f"{where}.instruction_counts"
            )
        known = {"id", "instruction_text", "instruction_counts", *vocab.COMPONENT_FIELDS}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ComponentError.of("unknown_fields", where=where, fields=", ".join(unknown))
        return replace(base, **values)


def new_component(cid: str, kind: str, name: str | None = None) -> Component:
    """A component of ``kind`` with that kind's defaults (what it receives and writes)."""
    spec = vocab.KINDS[kind]
    return Component(
        id=cid,
        name=name or spec.label.source,
        kind=kind,
        instruction_tokens=Decimal(spec.instruction_tokens),
        sends_system_prompt=spec.sends_system_prompt,
        sends_memory=spec.sends_memory,
        sends_chunks=spec.sends_chunks,
        sends_images=spec.sends_images,
        sends_reply=spec.sends_reply,
        output_tokens=None if spec.output_tokens is None else Decimal(spec.output_tokens),
    )


def default_components() -> list[Component]:
    """A plan's turn before the user describes it: one answering call on the compared model."""
    return [new_component("answer", "answer")]


def parse_field(cid: str, name: str, value: object) -> Any:
    """``value`` checked and converted for the component field ``name``."""
    where = f"components.{cid}.{name}"
    if name == "instruction_text":
        return None if value is None or value == "" else str(value)
    if name not in vocab.COMPONENT_FIELDS:
        known = ", ".join(vocab.COMPONENT_FIELDS)
        raise ComponentError.of("unknown_field", field=repr(where), known=known)
    spec = vocab.component_field(name)
    if name in vocab.SENDS_FIELDS:
        return _parse_bool(where, value)
    if name in vocab.NUMBER_FIELDS:
        return _parse_number(where, name, value)
    text = str(value).strip()
    if spec.choices and text not in spec.choice_values:
        choices = ", ".join(spec.choice_values)
        raise ComponentError.of("not_a_choice", field=where, choices=choices, value=repr(value))
    if not text:
        raise ComponentError.of("field_not_text", where=where, key=name)
    return text


def _parse_bool(where: str, value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise ComponentError.of("not_a_choice", field=where, choices="yes, no", value=repr(value))


def _parse_number(where: str, name: str, value: object) -> Decimal | None:
    word = vocab.OPTIONAL_NUMBER_FIELDS.get(name)
    if word is not None and (value is None or str(value).strip().lower() in (word, "")):
        return None
    try:
        number = to_decimal(value, where)
    except MoneyError as exc:
        raise ComponentError.from_error(exc) from None
    spec = vocab.component_field(name)
    unit = spec.unit.source if spec.unit else ""
    if spec.low is not None and number < spec.low:
        raise ComponentError.of(
            "below_minimum", field=where, minimum=spec.minimum, unit=unit, value=value
        )
    # far beyond any real prompt or reply, and every total stays finite
    high = spec.high if spec.high is not None else Decimal("1e9")
    if number > high:
        raise ComponentError.of("above_maximum", field=where, maximum=high, unit=unit, value=value)
    return number


def components_from_list(rows: Any, where: str) -> list[Component]:
    """The plan file's ``components`` rows: each checked, ids unique, at least one."""
    if not isinstance(rows, list):
        raise ComponentError.of("section_not_list", where=where, key="components")
    result = [
        Component.from_dict(row, f"{where}: components row {i + 1}") for i, row in enumerate(rows)
    ]
    ids = [c.id for c in result]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ComponentError.of("component_duplicate_id", where=where, ids=", ".join(dupes))
    return result
