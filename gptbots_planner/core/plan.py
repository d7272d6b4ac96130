"""The plan: measured items with roles, usage assumptions, and what to compare.

A plan is plain data and round-trips through JSON (``to_dict``/``from_dict``);
``core.planfile`` reads and writes the ``.gbplan`` files.  Every usage
assumption is a Decimal (no float noise) and is validated with a message that
names the field.
"""

from __future__ import annotations

import logging
import re
import uuid
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from typing import Any

from gptbots_planner.core.catalog import KEY_MODES, CatalogError, normalize_key_mode
from gptbots_planner.core.money import MoneyError, plain, to_decimal
from gptbots_planner.measure.records import KINDS, Measurement

log = logging.getLogger(__name__)

PLAN_FORMAT = "gptbots-plan"
SCHEMA_VERSION = 1
PLAN_EXTENSION = ".gbplan"

ROLES = (
    "knowledge_document",
    "conversation_sample",
    "system_prompt",
    "reply_sample",
    "image_attachment",
    "voice_message",
    "excluded",
)
ROLE_LABELS = {
    "knowledge_document": "Knowledge document",
    "conversation_sample": "Conversation sample",
    "system_prompt": "System prompt",
    "reply_sample": "Reply sample",
    "image_attachment": "Image attachment",
    "voice_message": "Voice message",
    "excluded": "Not in the budget",
}
DEFAULT_ROLE_BY_KIND = {
    "text": "knowledge_document",
    "document": "knowledge_document",
    "image": "image_attachment",
    "audio": "voice_message",
    "unsupported": "excluded",
    "error": "excluded",
}

VOICE_MODES = ("asr", "audio_llm")
ASR_ROUNDINGS = ("pro_rata", "per_started_minute")
DAYS_MODES = ("calendar", "fixed30")
IMAGE_RULE_CHOICES = ("seed", "provider", "high", "patch", "low")


class PlanError(ValueError):
    """A plan that cannot be used; the message names the field."""


def default_role(kind: str) -> str:
    return DEFAULT_ROLE_BY_KIND.get(kind, "knowledge_document")


@dataclass
class PlanItem:
    """One measured file (or pasted text) and how it enters the budget."""

    measurement: Measurement
    role: str
    item_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    text: str | None = None  # pasted text is kept in the plan; files are referenced by path

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise PlanError(f"item {self.measurement.name!r}: unknown role {self.role!r}")

    @classmethod
    def from_measurement(cls, m: Measurement, role: str | None = None) -> PlanItem:
        return cls(measurement=m, role=role or default_role(m.kind))

    @property
    def name(self) -> str:
        return self.measurement.name

    def to_dict(self) -> dict[str, Any]:
        data = self.measurement.to_dict()
        data["role"] = self.role
        data["id"] = self.item_id
        if self.text is not None:
            data["text"] = self.text
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = "item") -> PlanItem:
        if not isinstance(data, dict):
            raise PlanError(f"{where}: must be an object")
        kind = data.get("kind")
        if kind not in KINDS:
            raise PlanError(f"{where}: field 'kind' must be one of {', '.join(KINDS)}")
        if not isinstance(data.get("name"), str):
            raise PlanError(f"{where}: field 'name' must be a string")
        role = data.get("role") or default_role(str(kind))
        if role not in ROLES:
            raise PlanError(f"{where}: unknown role {role!r}; expected one of {', '.join(ROLES)}")
        if data.get("seconds"):
            try:
                seconds = to_decimal(data["seconds"], "seconds")
            except MoneyError as exc:
                raise PlanError(f"{where}: {exc}") from None
            if seconds < 0:
                raise PlanError(f"{where}: field 'seconds' cannot be negative")
        for key in _ITEM_COUNTS:
            value = data.get(key, 0)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise PlanError(f"{where}: field '{key}' must be a whole number of 0 or more")
        tokens = data.get("tokens", {})
        if not isinstance(tokens, dict) or not all(
            isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0
            for k, v in tokens.items()
        ):
            raise PlanError(f"{where}: field 'tokens' must map tokenizer names to counts")
        for key in ("detail", "error", "warning", "path", "encoding", "script"):
            if not isinstance(data.get(key, ""), str):
                raise PlanError(f"{where}: field '{key}' must be a string")
        try:
            m = Measurement.from_dict({"path": "", **data})
        except (TypeError, ValueError, AttributeError) as exc:
            raise PlanError(f"{where}: {exc}") from None
        text = data.get("text")
        return cls(
            measurement=m,
            role=role,
            item_id=str(data.get("id") or uuid.uuid4().hex[:12]),
            text=str(text) if text is not None else None,
        )


# Whole-number measurement fields of a plan item (checked before a Measurement is built).
_ITEM_COUNTS = (
    "size_bytes",
    "chars",
    "words",
    "estimated_tokens",
    "pages",
    "width",
    "height",
    "frames",
)


# name -> (default, minimum, maximum or None, unit, help)
ASSUMPTION_SPECS: dict[str, tuple[str, str, str | None, str, str]] = {
    "conversations_per_month": (
        "1000",
        "0",
        None,
        "conversations / month",
        "Conversations your agent holds in the first month. Every per-turn cost scales with it.",
    ),
    "turns_per_conversation": (
        "4",
        "0",
        None,
        "turns",
        "User messages per conversation, each answered once.",
    ),
    "llm_calls_per_turn": (
        "1",
        "0",
        None,
        "calls / turn",
        "LLM calls a turn makes (workflow components: classifier, condition, LLM). "
        "Each call sends the prompt and context again.",
    ),
    "history_turns": (
        "2",
        "0",
        None,
        "turns",
        "Earlier turns (user message + reply) sent again as memory with each call, on average.",
    ),
    "chunks_retrieved_per_turn": (
        "3",
        "0",
        None,
        "chunks / turn",
        "Knowledge chunks retrieved and added to the prompt per turn. 0 turns retrieval off "
        "(then user questions are not embedded either).",
    ),
    "chunk_tokens": (
        "400",
        "0",
        None,
        "tokens / chunk",
        "Size of one retrieved knowledge chunk.",
    ),
    "chunks_reranked_per_turn": (
        "0",
        "0",
        None,
        "chunks / turn",
        "Chunks sent to the rerank service per turn (knowledge rerank switched on).",
    ),
    "image_turn_share": (
        "0",
        "0",
        "1",
        "share of turns",
        "Share of turns whose user message carries an image (0 to 1).",
    ),
    "voice_turn_share": (
        "0",
        "0",
        "1",
        "share of turns",
        "Share of turns sent as a voice message (0 to 1): ASR seconds, or audio-LLM tokens.",
    ),
    "tts_playback_share": (
        "0",
        "0",
        "1",
        "share of turns",
        "Share of replies the user plays back as speech (TTS characters).",
    ),
    "tool_calls_per_turn": (
        "0",
        "0",
        None,
        "calls / turn",
        "Successful paid tool calls per turn (e.g. Google search). Priced by you.",
    ),
    "database_calls_per_turn": (
        "0",
        "0",
        None,
        "operations / turn",
        "Database processing operations per turn. Priced by you.",
    ),
    "classified_question_share": (
        "0",
        "0",
        "1",
        "share of turns",
        "Share of user questions run through question classification. Priced by you.",
    ),
    "kb_growth_tokens_per_month": (
        "0",
        "0",
        None,
        "tokens / month",
        "Knowledge added each month after the first: indexed once, then stored every day.",
    ),
    "months": (
        "12",
        "1",
        "120",
        "months",
        "How many months the projection covers.",
    ),
    "monthly_growth": (
        "0",
        "-1",
        "10",
        "share / month",
        "Usage growth from one month to the next (0.05 = 5 %).",
    ),
}

# Measures taken from the items unless the user overrides them (None = measured).
MEASURE_OVERRIDES: dict[str, tuple[str, str]] = {
    "system_prompt_tokens": ("tokens", "Prompt tokens sent with every LLM call."),
    "user_message_tokens": ("tokens", "Average user message (from conversation samples)."),
    "reply_tokens": ("tokens", "Average reply (from reply samples)."),
    "reply_characters": ("characters", "Average reply length in characters (TTS bills these)."),
    "image_tokens_per_image": ("tokens", "Average image tokens per attached image."),
    "voice_seconds_per_message": ("seconds", "Average voice message length."),
    "knowledge_tokens": ("tokens", "Knowledge base size at the start (from knowledge documents)."),
}


def conversations_per_month_from_daily(per_day: object, active_days: object) -> Decimal:
    """``conversations_per_month`` from conversations per day x active days per month."""
    try:
        daily = to_decimal(per_day, "conversations per day")
        days = to_decimal(active_days, "active days per month")
    except MoneyError as exc:
        raise PlanError(str(exc)) from None
    if daily < 0:
        raise PlanError("conversations per day: must be at least 0")
    if days < 0 or days > 31:
        raise PlanError("active days per month: must be between 0 and 31")
    return validate_assumption("conversations_per_month", daily * days)


# Far beyond any real plan, and small enough that every total stays a finite number
# in a spreadsheet (a float) and in JSON; 1e30 conversations used to crash the output.
MAX_VALUE = Decimal("1e12")


def _assumption_defaults() -> dict[str, Decimal]:
    return {name: Decimal(spec[0]) for name, spec in ASSUMPTION_SPECS.items()}


def validate_assumption(name: str, value: object) -> Decimal:
    if name not in ASSUMPTION_SPECS:
        raise PlanError(f"unknown assumption {name!r}")
    try:
        number = to_decimal(value, name)
    except MoneyError as exc:
        raise PlanError(str(exc)) from None
    _, low, high, unit, _ = ASSUMPTION_SPECS[name]
    if number < Decimal(low):
        raise PlanError(f"{name}: must be at least {low} ({unit}), got {value}")
    if high is not None and number > Decimal(high):
        raise PlanError(f"{name}: must be at most {high} ({unit}), got {value}")
    if number > MAX_VALUE:
        raise PlanError(f"{name}: must be at most {MAX_VALUE:,f} ({unit}), got {value}")
    if name == "months" and number != number.to_integral_value():
        raise PlanError(f"months: must be a whole number, got {value}")
    return number


@dataclass
class Settings:
    voice_mode: str = "asr"
    asr_rounding: str = "pro_rata"
    days_mode: str = "calendar"
    image_rule: str = "seed"
    start_month: str = "2027-01"

    def validate(self) -> None:
        checks = {
            "voice_mode": VOICE_MODES,
            "asr_rounding": ASR_ROUNDINGS,
            "days_mode": DAYS_MODES,
            "image_rule": IMAGE_RULE_CHOICES,
        }
        for name, allowed in checks.items():
            if getattr(self, name) not in allowed:
                raise PlanError(
                    f"{name}: must be one of {', '.join(allowed)}, got {getattr(self, name)!r}"
                )
        if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", self.start_month):
            raise PlanError(f"start_month: must look like 2027-01, got {self.start_month!r}")


@dataclass(frozen=True)
class Scenario:
    """One model x key mode to compare."""

    model_id: str
    key_mode: str

    def __post_init__(self) -> None:
        if self.key_mode not in KEY_MODES:
            raise PlanError(f"key mode must be one of {KEY_MODES}, got {self.key_mode!r}")


@dataclass
class Services:
    embedding: str = "embedding/openai/text-embedding-3-small"
    rerank: str = "rerank/jina/reranker-v1-base-en"
    asr: str = "asr/openai/whisper-large-v3"
    tts: str = "tts/openai/tts"


@dataclass
class Plan:
    name: str = "Untitled plan"
    description: str = ""
    items: list[PlanItem] = field(default_factory=list)
    assumptions: dict[str, Decimal] = field(default_factory=_assumption_defaults)
    overrides: dict[str, Decimal] = field(default_factory=dict)  # MEASURE_OVERRIDES names
    scenarios: list[Scenario] = field(
        default_factory=lambda: [Scenario("openai/gpt-4.1-1m", "gptbots_key")]
    )
    services: Services = field(default_factory=Services)
    settings: Settings = field(default_factory=Settings)

    # --- editing ----------------------------------------------------------
    def get(self, name: str) -> Decimal:
        return self.assumptions[name]

    def set_field(self, name: str, value: object) -> None:
        """Set an assumption, a measure override, a setting or a service by name.

        This is what ``estimate --set FIELD=VALUE`` and the GUI inputs call.
        """
        if name in ASSUMPTION_SPECS:
            self.assumptions[name] = validate_assumption(name, value)
        elif name in MEASURE_OVERRIDES:
            if value is None or (
                isinstance(value, str) and value.strip().lower() in ("", "measured", "none")
            ):
                self.overrides.pop(name, None)
                return
            try:
                number = to_decimal(value, name)
            except MoneyError as exc:
                raise PlanError(str(exc)) from None
            if number < 0:
                raise PlanError(f"{name}: cannot be negative")
            if number > MAX_VALUE:
                raise PlanError(f"{name}: must be at most {MAX_VALUE:,f}, got {value}")
            self.overrides[name] = number
        elif name in {f.name for f in fields(Settings)}:
            new = replace(self.settings, **{name: str(value)})
            new.validate()
            self.settings = new
        elif name.startswith("services.") and name[9:] in {f.name for f in fields(Services)}:
            setattr(self.services, name[9:], str(value))
        elif name == "name":
            self.name = str(value)
        else:
            known = sorted(
                [*ASSUMPTION_SPECS, *MEASURE_OVERRIDES, *(f.name for f in fields(Settings))]
            )
            raise PlanError(f"unknown field {name!r}; known fields: {', '.join(known)}")

    def copy(self) -> Plan:
        return Plan.from_dict(self.to_dict())

    # --- JSON ---------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "format": PLAN_FORMAT,
            "schema_version": SCHEMA_VERSION,
            "name": self.name,
            "description": self.description,
            "assumptions": {k: plain(v) for k, v in self.assumptions.items()},
            "overrides": {k: plain(v) for k, v in self.overrides.items()},
            "scenarios": [{"model": s.model_id, "key_mode": s.key_mode} for s in self.scenarios],
            "services": {f.name: getattr(self.services, f.name) for f in fields(Services)},
            "settings": {f.name: getattr(self.settings, f.name) for f in fields(Settings)},
            "items": [item.to_dict() for item in self.items],
        }

    @classmethod
    def from_dict(cls, data: Any, source: str = "plan") -> Plan:
        if not isinstance(data, dict):
            raise PlanError(f"{source}: not a plan (the top level must be an object)")
        if data.get("format") != PLAN_FORMAT:
            raise PlanError(f"{source}: not a GPTBots plan file (format is {data.get('format')!r})")
        version = data.get("schema_version")
        if not isinstance(version, int) or version < 1:
            raise PlanError(f"{source}: schema_version must be a positive whole number")
        if version > SCHEMA_VERSION:
            raise PlanError(
                f"{source}: written by a newer version of the app (schema {version}; "
                f"this one reads up to {SCHEMA_VERSION})"
            )
        plan = cls(
            name=str(data.get("name") or "Untitled plan"),
            description=str(data.get("description", "")),
        )
        for key, kind, word in (
            ("assumptions", dict, "an object"),
            ("overrides", dict, "an object"),
            ("services", dict, "an object"),
            ("settings", dict, "an object"),
            ("scenarios", list, "a list"),
            ("items", list, "a list"),
        ):
            if data.get(key) is not None and not isinstance(data[key], kind):
                raise PlanError(f"{source}: {key} must be {word}")
        assumptions = data.get("assumptions") or {}
        for name, value in assumptions.items():
            try:
                plan.assumptions[name] = validate_assumption(name, value)
            except PlanError as exc:
                raise PlanError(f"{source}: assumptions.{exc}") from None
        for name, value in (data.get("overrides") or {}).items():
            if name not in MEASURE_OVERRIDES:
                raise PlanError(f"{source}: overrides: unknown measure {name!r}")
            try:
                plan.set_field(name, value)
            except PlanError as exc:
                raise PlanError(f"{source}: overrides.{exc}") from None
        scenarios = []
        for i, row in enumerate(data.get("scenarios") or []):
            if not isinstance(row, dict) or "model" not in row:
                raise PlanError(f"{source}: scenarios row {i + 1}: needs 'model' and 'key_mode'")
            try:
                mode = normalize_key_mode(str(row.get("key_mode", "gptbots_key")))
            except CatalogError as exc:
                raise PlanError(f"{source}: scenarios row {i + 1}: {exc}") from None
            scenarios.append(Scenario(str(row["model"]), mode))
        if scenarios:
            plan.scenarios = scenarios
        services = data.get("services") or {}
        for f in fields(Services):
            if f.name in services:
                setattr(plan.services, f.name, str(services[f.name]))
        settings = data.get("settings") or {}
        known_settings = {f.name for f in fields(Settings)}
        plan.settings = Settings(**{k: str(v) for k, v in settings.items() if k in known_settings})
        try:
            plan.settings.validate()
        except PlanError as exc:
            raise PlanError(f"{source}: settings.{exc}") from None
        items = data.get("items") or []
        if not isinstance(items, list):
            raise PlanError(f"{source}: items must be a list")
        plan.items = [
            PlanItem.from_dict(row, f"{source}: items row {i + 1}") for i, row in enumerate(items)
        ]
        return plan
