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
from gptbots_planner.core.components import (
    Component,
    ComponentError,
    components_from_list,
    default_components,
)
from gptbots_planner.core.errors import CodedError
from gptbots_planner.core.migrate import upgrade
from gptbots_planner.core.money import MoneyError, plain, to_decimal
from gptbots_planner.measure.records import KINDS, Measurement
from gptbots_planner.vocab import fields as vocab_fields
from gptbots_planner.vocab import roles as vocab_roles
from gptbots_planner.vocab.text import Text

log = logging.getLogger(__name__)

PLAN_FORMAT = "gptbots-plan"
SCHEMA_VERSION = 3  # 2: workflow components, 3: relative file paths (core.migrate reads 1, 2)
PLAN_EXTENSION = ".gbplan"

# Roles and fields are declared once in the vocabulary; these names are the core's view.
ROLES: tuple[str, ...] = vocab_roles.ROLE_IDS
ROLE_LABELS: dict[str, str] = {r.id: r.label.source for r in vocab_roles.ROLES.values()}
DEFAULT_ROLE_BY_KIND = vocab_roles.DEFAULT_ROLE_BY_KIND
default_role = vocab_roles.default_role

VOICE_MODES = vocab_fields.field("voice_mode").choice_values
ASR_ROUNDINGS = vocab_fields.field("asr_rounding").choice_values
DAYS_MODES = vocab_fields.field("days_mode").choice_values
IMAGE_RULE_CHOICES = vocab_fields.field("image_rule").choice_values


class PlanError(CodedError):
    """A plan that cannot be used; the message names the field."""


@dataclass
class PlanItem:
    """One measured file (or pasted text) and how it enters the budget."""

    measurement: Measurement
    role: str
    item_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    text: str | None = None  # pasted text is kept in the plan; files are referenced by path
    # The file is not where the plan says (set on reading, core.plan_paths); never stored.
    missing: bool = field(default=False, compare=False)

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise PlanError.of(
                "unknown_item_role", name=repr(self.measurement.name), role=repr(self.role)
            )

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
            raise PlanError.of("must_be_object", where=where)
        kind = data.get("kind")
        if kind not in KINDS:
            raise PlanError.of(
                "field_not_a_choice", where=where, key="kind", choices=", ".join(KINDS)
            )
        if not isinstance(data.get("name"), str):
            raise PlanError.of("field_not_text", where=where, key="name")
        role = data.get("role") or default_role(str(kind))
        if role not in ROLES:
            raise PlanError.of(
                "unknown_role", where=where, role=repr(role), choices=", ".join(ROLES)
            )
        if data.get("seconds"):
            try:
                seconds = to_decimal(data["seconds"], "seconds")
            except MoneyError as exc:
                raise PlanError.wrap("in_context", exc, where=where) from None
            if seconds < 0:
                raise PlanError.of("field_negative", where=where, key="seconds")
        for key in _ITEM_COUNTS:
            value = data.get(key, 0)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise PlanError.of("field_not_count", where=where, key=key)
        tokens = data.get("tokens", {})
        if not isinstance(tokens, dict) or not all(
            isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0
            for k, v in tokens.items()
        ):
            raise PlanError.of("field_not_token_counts", where=where, key="tokens")
        for key in ("detail", "error", "warning", "path", "encoding", "script"):
            if not isinstance(data.get(key, ""), str):
                raise PlanError.of("field_not_text", where=where, key=key)
        try:
            m = Measurement.from_dict({"path": "", **data})
        except (TypeError, ValueError, AttributeError) as exc:
            raise PlanError.wrap("in_context", exc, where=where) from None
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


def _text(text: Text | None) -> str:
    return text.source if text is not None else ""


# name -> (default, minimum, maximum or None, unit, help), English; from vocab.fields
ASSUMPTION_SPECS: dict[str, tuple[str, str, str | None, str, str]] = {
    name: (
        spec.default or "0",
        spec.minimum or "0",
        spec.maximum,
        _text(spec.unit),
        _text(spec.help),
    )
    for name, spec in vocab_fields.ASSUMPTIONS.items()
}

# Measures taken from the items unless the user overrides them (None = measured):
# name -> (unit, help), English; from vocab.fields
MEASURE_OVERRIDES: dict[str, tuple[str, str]] = {
    name: (_text(spec.unit), _text(spec.help)) for name, spec in vocab_fields.MEASURES.items()
}


def conversations_per_month_from_daily(per_day: object, active_days: object) -> Decimal:
    """``conversations_per_month`` from conversations per day x active days per month."""
    try:
        daily = to_decimal(per_day, "conversations per day")
        days = to_decimal(active_days, "active days per month")
    except MoneyError as exc:
        raise PlanError.from_error(exc) from None
    if daily < 0:
        raise PlanError.of("at_least", field="conversations per day", minimum=0)
    if days < 0 or days > 31:
        raise PlanError.of("between", field="active days per month", minimum=0, maximum=31)
    return validate_assumption("conversations_per_month", daily * days)


# Far beyond any real plan, and small enough that every total stays a finite number
# in a spreadsheet (a float) and in JSON; 1e30 conversations used to crash the output.
MAX_VALUE = Decimal("1e12")


def _assumption_defaults() -> dict[str, Decimal]:
    return {name: Decimal(spec[0]) for name, spec in ASSUMPTION_SPECS.items()}


def validate_assumption(name: str, value: object) -> Decimal:
    if name not in ASSUMPTION_SPECS:
        raise PlanError.of("unknown_assumption", name=repr(name))
    try:
        number = to_decimal(value, name)
    except MoneyError as exc:
        raise PlanError.from_error(exc) from None
    spec = vocab_fields.field(name)
    low, high, unit = spec.minimum or "0", spec.maximum, _text(spec.unit)
    if number < Decimal(low):
        raise PlanError.of("below_minimum", field=name, minimum=low, unit=unit, value=value)
    if high is not None and number > Decimal(high):
        raise PlanError.of("above_maximum", field=name, maximum=high, unit=unit, value=value)
    if number > MAX_VALUE:
        raise PlanError.of(
            "above_maximum", field=name, maximum=f"{MAX_VALUE:,f}", unit=unit, value=value
        )
    if spec.whole and number != number.to_integral_value():
        raise PlanError.of("not_whole", field=name, value=value)
    return number


def _default(name: str) -> str:
    return vocab_fields.field(name).default or ""


# Dates in a workbook run from 1900 to 9999: the last start leaves room for 120 months.
FIRST_START_MONTH = "1900-01"
LAST_START_MONTH = "9989-12"


@dataclass
class Settings:
    voice_mode: str = _default("voice_mode")
    asr_rounding: str = _default("asr_rounding")
    days_mode: str = _default("days_mode")
    image_rule: str = _default("image_rule")
    audio_row_text: str = _default("audio_row_text")
    start_month: str = _default("start_month")
    kb_growth_timing: str = _default("kb_growth_timing")

    def validate(self) -> None:
        for name, spec in vocab_fields.SETTINGS.items():
            value = getattr(self, name)
            if spec.choices and value not in spec.choice_values:
                raise PlanError.of(
                    "not_a_choice",
                    field=name,
                    choices=", ".join(spec.choice_values),
                    value=repr(value),
                )
        if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", self.start_month):
            raise PlanError.of("not_a_month", field="start_month", value=repr(self.start_month))
        if not FIRST_START_MONTH <= self.start_month <= LAST_START_MONTH:
            raise PlanError.of(
                "month_out_of_range",
                field="start_month",
                first=FIRST_START_MONTH,
                last=LAST_START_MONTH,
                value=repr(self.start_month),
            )


@dataclass(frozen=True)
class Scenario:
    """One model x key mode to compare."""

    model_id: str
    key_mode: str

    def __post_init__(self) -> None:
        if self.key_mode not in KEY_MODES:
            raise PlanError.of("bad_key_mode", choices=KEY_MODES, value=repr(self.key_mode))


@dataclass
class Services:
    embedding: str = _default("services.embedding")
    rerank: str = _default("services.rerank")
    asr: str = _default("services.asr")
    tts: str = _default("services.tts")


UNTITLED = _default("name")


@dataclass
class Plan:
    name: str = UNTITLED
    description: str = ""
    items: list[PlanItem] = field(default_factory=list)
    assumptions: dict[str, Decimal] = field(default_factory=_assumption_defaults)
    overrides: dict[str, Decimal] = field(default_factory=dict)  # MEASURE_OVERRIDES names
    scenarios: list[Scenario] = field(
        default_factory=lambda: [Scenario("openai/gpt-4.1-1m", "gptbots_key")]
    )
    services: Services = field(default_factory=Services)
    settings: Settings = field(default_factory=Settings)
    components: list[Component] = field(default_factory=default_components)
    # the schema the file was written in when it was upgraded on reading (None: current)
    migrated_from: int | None = None

    # --- editing ----------------------------------------------------------
    def get(self, name: str) -> Decimal:
        return self.assumptions[name]

    def set_field(self, name: str, value: object) -> None:
        """Set an assumption, a measure override, a setting or a service by name.

        This is what ``estimate --set FIELD=VALUE`` and the GUI inputs call;
        ``components.<id>.<field>`` sets a field of one component.
        """
        if name.startswith("components."):
            self.set_component_field(name, value)
        elif name == "llm_calls_per_turn":
            raise PlanError.of("calls_per_turn_replaced", known=self._component_ids())
        elif name in ASSUMPTION_SPECS:
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
                raise PlanError.from_error(exc) from None
            if number < 0:
                raise PlanError.of("negative", field=name)
            if number > MAX_VALUE:
                raise PlanError.of(
                    "above_limit", field=name, maximum=f"{MAX_VALUE:,f}", value=value
                )
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
            raise PlanError.of("unknown_field", field=repr(name), known=", ".join(known))

    def _component_ids(self) -> str:
        return ", ".join(c.id for c in self.components)

    def component(self, cid: str) -> Component:
        for c in self.components:
            if c.id == cid:
                return c
        raise PlanError.of("unknown_component", id=repr(cid), known=self._component_ids())

    def set_component_field(self, name: str, value: object) -> None:
        """``components.<id>.<field>`` = ``value`` (the component is replaced, not edited)."""
        _, _, rest = name.partition(".")
        cid, _, field_name = rest.partition(".")
        old = self.component(cid)
        try:
            new = old.with_field(field_name, value)
        except ComponentError as exc:
            raise PlanError.from_error(exc) from None
        self.components = [new if c.id == cid else c for c in self.components]

    def copy(self) -> Plan:
        plan = Plan.from_dict(self.to_dict())
        plan.migrated_from = self.migrated_from
        for old, new in zip(self.items, plan.items, strict=True):
            new.missing = old.missing
        return plan

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
            "components": [c.to_dict() for c in self.components],
            "items": [item.to_dict() for item in self.items],
        }

    @classmethod
    def from_dict(cls, data: Any, source: str = "plan") -> Plan:
        _check_header(data, source)
        data, migrated_from = upgrade(data)
        plan = cls(
            name=str(data.get("name") or UNTITLED),
            description=str(data.get("description", "")),
            migrated_from=migrated_from,
        )
        plan.components = _read_components(data, source)
        _read_assumptions(plan, data, source)
        scenarios = _read_scenarios(data, source)
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
            raise PlanError.wrap("in_section", exc, where=source, section="settings") from None
        items = data.get("items") or []
        plan.items = [
            PlanItem.from_dict(row, f"{source}: items row {i + 1}") for i, row in enumerate(items)
        ]
        return plan


def _check_header(data: Any, source: str) -> None:
    """A plan file's format, schema version and the shape of its sections."""
    if not isinstance(data, dict):
        raise PlanError.of("not_a_plan", where=source)
    if data.get("format") != PLAN_FORMAT:
        raise PlanError.of("not_plan_format", where=source, format=repr(data.get("format")))
    version = data.get("schema_version")
    if not isinstance(version, int) or version < 1:
        raise PlanError.of("bad_schema_version", where=source)
    if version > SCHEMA_VERSION:
        raise PlanError.of("newer_schema", where=source, version=version, supported=SCHEMA_VERSION)
    for key, kind, code in (
        ("assumptions", dict, "section_not_object"),
        ("overrides", dict, "section_not_object"),
        ("services", dict, "section_not_object"),
        ("settings", dict, "section_not_object"),
        ("scenarios", list, "section_not_list"),
        ("items", list, "section_not_list"),
    ):
        if data.get(key) is not None and not isinstance(data[key], kind):
            raise PlanError.of(code, where=source, key=key)


def _read_assumptions(plan: Plan, data: dict[str, Any], source: str) -> None:
    """The plan file's assumptions and measure overrides, each validated, into ``plan``."""
    for name, value in (data.get("assumptions") or {}).items():
        try:
            plan.assumptions[name] = validate_assumption(name, value)
        except PlanError as exc:
            raise PlanError.wrap("in_section", exc, where=source, section="assumptions") from None
    for name, value in (data.get("overrides") or {}).items():
        if name not in MEASURE_OVERRIDES:
            raise PlanError.of("unknown_measure", where=source, name=repr(name))
        try:
            plan.set_field(name, value)
        except PlanError as exc:
            raise PlanError.wrap("in_section", exc, where=source, section="overrides") from None


def _read_components(data: dict[str, Any], source: str) -> list[Component]:
    rows = data.get("components")
    if rows is None:
        return default_components()
    try:
        result = components_from_list(rows, source)
    except ComponentError as exc:
        raise PlanError.from_error(exc) from None
    if not result:
        raise PlanError.of("no_components", where=source)
    return result


def _read_scenarios(data: dict[str, Any], source: str) -> list[Scenario]:
    scenarios = []
    for i, row in enumerate(data.get("scenarios") or []):
        if not isinstance(row, dict) or "model" not in row:
            raise PlanError.of("scenario_row_shape", where=source, row=i + 1)
        try:
            mode = normalize_key_mode(str(row.get("key_mode", "gptbots_key")))
        except CatalogError as exc:
            raise PlanError.wrap(
                "in_context", exc, where=f"{source}: scenarios row {i + 1}"
            ) from None
        scenarios.append(Scenario(str(row["model"]), mode))
    return scenarios
