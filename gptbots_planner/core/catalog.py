"""The pricing catalog: the bundled seed prices plus the user's own.

The bundled file (``resources/pricing/catalog.json``) is copied verbatim from
the GPTBots pricing page and is never written.  A user catalog
(``user-catalog.json`` under the user data dir) may change a price, add a
custom model, and price what the seed leaves open (paid tool calls, database
processing, question classification).  A broken user file is reported and the
bundled catalog still loads.

Schema of both files: ``resources/pricing/SCHEMA.md``.
"""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from gptbots_planner import paths
from gptbots_planner.atomic import atomic_write_text
from gptbots_planner.core.image_rules import ImageRule, rule_from_dict
from gptbots_planner.core.money import MoneyError, to_decimal

log = logging.getLogger(__name__)

KEY_MODES = ("gptbots_key", "own_key")
KEY_MODE_ALIASES = {
    "gptbots": "gptbots_key",
    "gptbots_key": "gptbots_key",
    "platform": "gptbots_key",
    "own": "own_key",
    "own_key": "own_key",
    "byok": "own_key",
}
BILLING_TYPES = (
    "llm_text",
    "llm_audio",
    "asr",
    "tts",
    "knowledge_index",
    "knowledge_storage",
    "tool_call",
    "rerank",
    "database_processing",
    "question_classification",
)
OPEN_TYPES = ("tool_call", "database_processing", "question_classification")
SERVICE_CATEGORIES = ("embedding", "rerank", "asr", "tts")
TOKENIZERS = ("o200k_base", "cl100k_base")
FREE_TEXT = "免费"  # the seed's word for a free row


class CatalogError(ValueError):
    """Bad catalog data; the message names the file, the row and the field."""


def normalize_key_mode(value: str) -> str:
    try:
        return KEY_MODE_ALIASES[value.strip().lower()]
    except KeyError:
        raise CatalogError(
            f"unknown key mode {value!r}: use gptbots (GPTBots key) or own (own key)"
        ) from None


@dataclass(frozen=True)
class Price:
    """One price in credits per unit.  ``value is None`` means unpriced."""

    value: Decimal | None
    free: bool = False
    raw: str = ""  # as the source wrote it ("0.220", "免费")
    user: bool = False  # set by the user's catalog

    @property
    def unpriced(self) -> bool:
        return self.value is None

    def label(self) -> str:
        if self.value is None:
            return "unpriced"
        if self.free:
            return "free"
        return self.raw or str(self.value)


UNPRICED = Price(None)


def parse_price(raw: object, where: str, *, user: bool = False) -> Price:
    if raw is None:
        return Price(None, user=user)
    if isinstance(raw, str) and raw.strip() == FREE_TEXT:
        return Price(Decimal(0), free=True, raw=FREE_TEXT, user=user)
    try:
        value = to_decimal(raw, where)
    except MoneyError as exc:
        raise CatalogError(str(exc)) from None
    if value < 0:
        raise CatalogError(f"{where}: a price cannot be negative ({raw!r})")
    return Price(value, free=value == 0, raw=str(raw), user=user)


@dataclass(frozen=True)
class BillingType:
    id: str
    name_zh: str
    name_en: str
    unit: str
    definition_zh: str = ""
    example_zh: str = ""


@dataclass(frozen=True)
class LLMModel:
    id: str
    brand: str
    name: str  # exactly as the seed writes it
    input: Mapping[str, Price]  # key mode -> price per 1K input tokens
    output: Mapping[str, Price]  # key mode -> price per 1K output tokens
    tokenizer: str = "o200k_base"
    tokenizer_exact: bool = False  # False: o200k_base as a labelled approximation
    audio_input_tps: Decimal | None = None  # audio tokens per second of input
    audio_output_tps: Decimal | None = None
    audio_note: str = ""
    provider_image_rule: ImageRule | None = None
    custom: bool = False
    # An "(audio input)" row prices only the audio; the text of the same call is billed
    # at this sibling row's prices (e.g. Gemini-2.5-Flash for Gemini-2.5-Flash(audio input)).
    text_prices_from: str | None = None

    @property
    def takes_audio(self) -> bool:
        return self.audio_input_tps is not None

    @property
    def display(self) -> str:
        return f"{self.brand} {self.name}"

    def price(self, key_mode: str, direction: str) -> Price:
        table = self.input if direction == "input" else self.output
        return table.get(key_mode, UNPRICED)

    @property
    def user_priced(self) -> bool:
        return any(p.user for p in (*self.input.values(), *self.output.values()))


@dataclass(frozen=True)
class ServiceModel:
    """An embedding, rerank, ASR or TTS row: one price per key mode."""

    id: str
    category: str
    brand: str
    name: str
    prices: Mapping[str, Price]
    tokenizer: str = "cl100k_base"
    custom: bool = False

    @property
    def display(self) -> str:
        return f"{self.brand} {self.name}"

    def price(self, key_mode: str) -> Price:
        return self.prices.get(key_mode, UNPRICED)


SERVICE_UNITS = {
    "embedding": "credits / 1K tokens",
    "rerank": "credits / 1K tokens",
    "asr": "credits / 60 s",
    "tts": "credits / 1000 characters",
}


@dataclass
class Catalog:
    version: str
    date: str
    source: str
    usd_per_1000_credits: Decimal
    billing_types: list[BillingType]
    llm: dict[str, LLMModel]
    services: dict[str, dict[str, ServiceModel]]  # category -> id -> row
    storage_price: Price
    storage_name: str
    open_prices: dict[str, Price]  # tool_call, database_processing, question_classification
    user_file: Path | None = None
    user_error: str = ""  # why the user catalog was not applied ("" when fine)
    user_changes: list[str] = field(default_factory=list)

    # --- look-ups ---------------------------------------------------------
    def billing_type(self, type_id: str) -> BillingType:
        for bt in self.billing_types:
            if bt.id == type_id:
                return bt
        raise KeyError(type_id)

    def find_llm(self, query: str) -> LLMModel:
        """A model by id, by ``brand/name`` or by its display name (case-insensitive)."""
        q = query.strip()
        if q in self.llm:
            return self.llm[q]
        ql = q.lower()
        by_id = [m for m in self.llm.values() if m.id.lower() == ql]
        if by_id:
            return by_id[0]
        full = [
            m
            for m in self.llm.values()
            if f"{m.brand}/{m.name}".lower() == ql or f"{m.brand} {m.name}".lower() == ql
        ]
        if len(full) == 1:
            return full[0]
        by_name = [m for m in self.llm.values() if m.name.lower() == ql]
        if len(by_name) == 1:
            return by_name[0]
        if len(by_name) > 1:
            choices = ", ".join(m.id for m in by_name)
            raise CatalogError(f"model {query!r} is ambiguous: use one of {choices}")
        near = [m.id for m in self.llm.values() if ql in m.name.lower() or ql in m.id][:6]
        hint = f"; did you mean {', '.join(near)}?" if near else ""
        raise CatalogError(f"unknown model {query!r}{hint}")

    def text_pricing(self, model: LLMModel) -> LLMModel:
        """The row whose prices bill ``model``'s text tokens (itself for most models)."""
        if model.text_prices_from and model.text_prices_from in self.llm:
            return self.llm[model.text_prices_from]
        return model

    def service(self, category: str, query: str) -> ServiceModel:
        rows = self.services.get(category, {})
        if query in rows:
            return rows[query]
        ql = query.strip().lower()
        for row in rows.values():
            if ql in (row.id.lower(), row.name.lower(), row.display.lower()):
                return row
        raise CatalogError(f"unknown {category} model {query!r}")

    def default_service(self, category: str) -> ServiceModel:
        return next(iter(self.services[category].values()))

    def all_service_rows(self) -> Iterable[ServiceModel]:
        for category in SERVICE_CATEGORIES:
            yield from self.services.get(category, {}).values()


# --- loading ----------------------------------------------------------------


def _need(obj: Mapping[str, Any], key: str, where: str) -> Any:
    if not isinstance(obj, Mapping) or key not in obj:
        raise CatalogError(f"{where}: missing field '{key}'")
    return obj[key]


def _text(obj: Mapping[str, Any], key: str, where: str) -> str:
    value = _need(obj, key, where)
    if not isinstance(value, str) or not value.strip():
        raise CatalogError(f"{where}: field '{key}' must be a non-empty string")
    return value


def _optional_decimal(value: object, where: str) -> Decimal | None:
    if value is None:
        return None
    try:
        result = to_decimal(value, where)
    except MoneyError as exc:
        raise CatalogError(str(exc)) from None
    if result <= 0:
        raise CatalogError(f"{where}: must be positive")
    return result


def _parse_llm(row: Mapping[str, Any], where: str, *, custom: bool = False) -> LLMModel:
    model_id = _text(row, "id", where)
    where = f"{where} ({model_id})"
    prices = _need(row, "prices", where)
    inputs: dict[str, Price] = {}
    outputs: dict[str, Price] = {}
    for mode in KEY_MODES:
        mode_prices = _need(prices, mode, f"{where} prices")
        inputs[mode] = parse_price(
            _need(mode_prices, "input", f"{where} prices.{mode}"),
            f"{where} prices.{mode}.input",
            user=custom,
        )
        outputs[mode] = parse_price(
            _need(mode_prices, "output", f"{where} prices.{mode}"),
            f"{where} prices.{mode}.output",
            user=custom,
        )
    tokenizer = row.get("tokenizer", "o200k_base")
    if tokenizer not in TOKENIZERS:
        raise CatalogError(f"{where}: field 'tokenizer' must be one of {TOKENIZERS}")
    audio = row.get("audio") or {}
    if audio and not isinstance(audio, Mapping):
        raise CatalogError(f"{where}: field 'audio' must be an object")
    try:
        image_rule = (
            rule_from_dict(row.get("provider_image_rule"))
            if row.get("provider_image_rule")
            else None
        )
    except (ValueError, TypeError, AttributeError) as exc:
        raise CatalogError(f"{where}: field 'provider_image_rule': {exc}") from None
    return LLMModel(
        id=model_id,
        brand=_text(row, "brand", where),
        name=_text(row, "name", where),
        input=inputs,
        output=outputs,
        tokenizer=tokenizer,
        tokenizer_exact=bool(row.get("tokenizer_exact", False)),
        audio_input_tps=_optional_decimal(audio.get("input_tokens_per_second"), f"{where} audio"),
        audio_output_tps=_optional_decimal(audio.get("output_tokens_per_second"), f"{where} audio"),
        audio_note=str(audio.get("note", "")),
        provider_image_rule=image_rule,
        custom=custom,
        text_prices_from=str(row["text_prices_from"]) if row.get("text_prices_from") else None,
    )


AUDIO_INPUT_SUFFIX = "(audio input)"


def _link_text_prices(llm: dict[str, LLMModel], source: str) -> None:
    """Point each "(audio input)" row at the row its text is billed by, and check links."""
    for model_id, model in list(llm.items()):
        target = model.text_prices_from
        if target is None and model.name.endswith(AUDIO_INPUT_SUFFIX):
            base = model.name[: -len(AUDIO_INPUT_SUFFIX)].strip()
            same = [m.id for m in llm.values() if m.brand == model.brand and m.name == base]
            target = same[0] if len(same) == 1 else None
        if target is None:
            continue
        if target not in llm or target == model_id or llm[target].text_prices_from:
            raise CatalogError(
                f"{source}: llm {model_id}: field 'text_prices_from' must name another "
                f"text model, got {target!r}"
            )
        llm[model_id] = replace(model, text_prices_from=target)


def _parse_service(
    row: Mapping[str, Any], category: str, where: str, *, custom: bool = False
) -> ServiceModel:
    row_id = _text(row, "id", where)
    where = f"{where} ({row_id})"
    prices = _need(row, "prices", where)
    parsed = {
        mode: parse_price(
            _need(prices, mode, f"{where} prices"), f"{where} prices.{mode}", user=custom
        )
        for mode in KEY_MODES
    }
    tokenizer = row.get("tokenizer", "cl100k_base")
    if tokenizer not in TOKENIZERS:
        raise CatalogError(f"{where}: field 'tokenizer' must be one of {TOKENIZERS}")
    return ServiceModel(
        id=row_id,
        category=category,
        brand=_text(row, "brand", where),
        name=_text(row, "name", where),
        prices=parsed,
        tokenizer=tokenizer,
        custom=custom,
    )


def parse_catalog(data: Mapping[str, Any], source: str) -> Catalog:
    """Validate and build a catalog from the bundled file's JSON object."""
    if not isinstance(data, Mapping):
        raise CatalogError(f"{source}: the top level must be a JSON object")
    if data.get("schema") != 1:
        raise CatalogError(f"{source}: field 'schema' must be 1, got {data.get('schema')!r}")
    bts = []
    for i, bt in enumerate(_need(data, "billing_types", source)):
        where = f"{source}: billing_types row {i + 1}"
        bts.append(
            BillingType(
                id=_text(bt, "id", where),
                name_zh=_text(bt, "name_zh", where),
                name_en=_text(bt, "name_en", where),
                unit=_text(bt, "unit", where),
                definition_zh=str(bt.get("definition_zh", "")),
                example_zh=str(bt.get("example_zh", "")),
            )
        )
    if tuple(b.id for b in bts) != BILLING_TYPES:
        raise CatalogError(f"{source}: billing_types must be exactly {BILLING_TYPES}")
    seen: set[str] = set()

    def unique(row_id: str, where: str) -> None:
        if row_id in seen:
            raise CatalogError(f"{where}: duplicate id '{row_id}'")
        seen.add(row_id)

    llm: dict[str, LLMModel] = {}
    for i, row in enumerate(_need(data, "llm", source)):
        where = f"{source}: llm row {i + 1}"
        model = _parse_llm(row, where)
        unique(model.id, where)
        llm[model.id] = model
    _link_text_prices(llm, source)
    services: dict[str, dict[str, ServiceModel]] = {}
    for category in SERVICE_CATEGORIES:
        services[category] = {}
        for i, row in enumerate(_need(data, category, source)):
            where = f"{source}: {category} row {i + 1}"
            svc = _parse_service(row, category, where)
            unique(svc.id, where)
            services[category][svc.id] = svc
        if not services[category]:
            raise CatalogError(f"{source}: {category} has no rows")
    storage_rows = _need(data, "storage", source)
    if not storage_rows:
        raise CatalogError(f"{source}: storage has no rows")
    storage = storage_rows[0]
    open_prices_raw = _need(data, "open_prices", source)
    open_prices = {
        t: parse_price(open_prices_raw.get(t), f"{source}: open_prices.{t}") for t in OPEN_TYPES
    }
    try:
        usd = to_decimal(_need(data, "usd_per_1000_credits", source), "usd_per_1000_credits")
    except MoneyError as exc:
        raise CatalogError(f"{source}: {exc}") from None
    return Catalog(
        version=_text(data, "version", source),
        date=_text(data, "date", source),
        source=_text(data, "source", source),
        usd_per_1000_credits=usd,
        billing_types=bts,
        llm=llm,
        services=services,
        storage_price=parse_price(
            _need(storage, "price", f"{source}: storage row 1"), f"{source}: storage row 1 price"
        ),
        storage_name=_text(storage, "name", f"{source}: storage row 1"),
        open_prices=open_prices,
    )


def bundled_catalog_path() -> Path:
    return paths.resource_path("pricing", "catalog.json")


def _read_json(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as fh:
            # Numbers as Decimal: a price typed as 0.1 must not pass through a float.
            return json.load(fh, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise CatalogError(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
        ) from None
    except UnicodeDecodeError:
        raise CatalogError(f"{path}: not UTF-8 text") from None


def load_bundled_catalog() -> Catalog:
    path = bundled_catalog_path()
    return parse_catalog(_read_json(path), str(path.name))


# --- the user's catalog -------------------------------------------------------

EMPTY_USER_CATALOG: dict[str, Any] = {
    "schema": 1,
    "prices": {},
    "open_prices": {},
    "custom_models": [],
    "audio": {},
}


def apply_user_catalog(base: Catalog, data: Mapping[str, Any], source: str) -> Catalog:
    """Return a new catalog with the user's prices applied; raises CatalogError."""
    if not isinstance(data, Mapping):
        raise CatalogError(f"{source}: the top level must be a JSON object")
    if data.get("schema", 1) != 1:
        raise CatalogError(f"{source}: field 'schema' must be 1")
    unknown = set(data) - set(EMPTY_USER_CATALOG)
    if unknown:
        raise CatalogError(f"{source}: unknown field(s) {', '.join(sorted(unknown))}")
    for key, kind, word in (
        ("prices", Mapping, "an object"),
        ("open_prices", Mapping, "an object"),
        ("audio", Mapping, "an object"),
        ("custom_models", list, "a list"),
    ):
        if data.get(key) is not None and not isinstance(data[key], kind):
            raise CatalogError(f"{source}: field '{key}' must be {word}")
    llm = dict(base.llm)
    services = {c: dict(rows) for c, rows in base.services.items()}
    storage = base.storage_price
    open_prices = dict(base.open_prices)
    changes: list[str] = []

    for i, row in enumerate(data.get("custom_models", []) or []):
        where = f"{source}: custom_models row {i + 1}"
        category = row.get("category", "llm") if isinstance(row, Mapping) else "llm"
        if category == "llm":
            model = _parse_llm(row, where, custom=True)
            if model.id in llm or any(model.id in r for r in services.values()):
                raise CatalogError(f"{where}: id '{model.id}' conflicts with an existing model")
            llm[model.id] = model
        elif category in SERVICE_CATEGORIES:
            svc = _parse_service(row, category, where, custom=True)
            if svc.id in llm or any(svc.id in r for r in services.values()):
                raise CatalogError(f"{where}: id '{svc.id}' conflicts with an existing model")
            services[category][svc.id] = svc
        else:
            raise CatalogError(
                f"{where}: field 'category' must be llm or one of {SERVICE_CATEGORIES}"
            )
        changes.append(f"custom model {row['id']}")

    _link_text_prices(llm, source)
    prices = data.get("prices", {}) or {}
    if not isinstance(prices, Mapping):
        raise CatalogError(f"{source}: field 'prices' must be an object")
    for row_id, change in prices.items():
        where = f"{source}: prices.{row_id}"
        if row_id in llm:
            model = llm[row_id]
            inputs, outputs = dict(model.input), dict(model.output)
            if not isinstance(change, Mapping):
                raise CatalogError(f"{where}: must be an object of key modes")
            for mode, dirs in change.items():
                if mode not in KEY_MODES:
                    raise CatalogError(f"{where}: unknown key mode '{mode}'")
                if not isinstance(dirs, Mapping):
                    raise CatalogError(f"{where}.{mode}: must be an object with input/output")
                for direction, raw in dirs.items():
                    if direction == "input":
                        inputs[mode] = parse_price(raw, f"{where}.{mode}.input", user=True)
                    elif direction == "output":
                        outputs[mode] = parse_price(raw, f"{where}.{mode}.output", user=True)
                    else:
                        raise CatalogError(f"{where}.{mode}: unknown field '{direction}'")
            llm[row_id] = replace(model, input=inputs, output=outputs)
        elif row_id == "storage/vector":
            storage = parse_price(change, where, user=True)
        else:
            for rows in services.values():
                if row_id in rows:
                    svc = rows[row_id]
                    if not isinstance(change, Mapping):
                        raise CatalogError(f"{where}: must be an object of key modes")
                    new = dict(svc.prices)
                    for mode, raw in change.items():
                        if mode not in KEY_MODES:
                            raise CatalogError(f"{where}: unknown key mode '{mode}'")
                        new[mode] = parse_price(raw, f"{where}.{mode}", user=True)
                    rows[row_id] = replace(svc, prices=new)
                    break
            else:
                raise CatalogError(f"{where}: no model with id '{row_id}' in the catalog")
        changes.append(f"price {row_id}")

    open_raw = data.get("open_prices", {}) or {}
    for type_id, raw in open_raw.items():
        if type_id not in OPEN_TYPES:
            raise CatalogError(f"{source}: open_prices.{type_id}: not one of {OPEN_TYPES}")
        open_prices[type_id] = parse_price(raw, f"{source}: open_prices.{type_id}", user=True)
        if raw is not None:
            changes.append(f"open price {type_id}")

    for row_id, audio in (data.get("audio", {}) or {}).items():
        where = f"{source}: audio.{row_id}"
        if row_id not in llm:
            raise CatalogError(f"{where}: no LLM with id '{row_id}' in the catalog")
        if not isinstance(audio, Mapping):
            raise CatalogError(f"{where}: must be an object")
        model = llm[row_id]
        llm[row_id] = replace(
            model,
            audio_input_tps=_optional_decimal(audio.get("input_tokens_per_second"), where)
            if "input_tokens_per_second" in audio
            else model.audio_input_tps,
            audio_output_tps=_optional_decimal(audio.get("output_tokens_per_second"), where)
            if "output_tokens_per_second" in audio
            else model.audio_output_tps,
        )
        changes.append(f"audio rate {row_id}")

    return replace(
        base,
        llm=llm,
        services=services,
        storage_price=storage,
        open_prices=open_prices,
        user_changes=changes,
    )


def load_catalog(user_file: Path | None = None, *, use_user_file: bool = True) -> Catalog:
    """The catalog in effect: bundled, plus the user's catalog when it is valid.

    A missing user file is fine; a malformed or conflicting one is reported in
    ``catalog.user_error`` and the bundled catalog is returned unchanged.
    """
    base = load_bundled_catalog()
    if not use_user_file:
        return base
    path = user_file if user_file is not None else paths.user_catalog_path()
    base.user_file = path
    if not path.exists():
        return base
    try:
        merged = apply_user_catalog(base, _read_json(path), str(path))
    except CatalogError as exc:
        log.warning("user catalog not applied: %s", exc)
        base.user_error = str(exc)
        return base
    except (TypeError, AttributeError, ValueError, ArithmeticError) as exc:
        # A shape the checks above did not foresee: still the user's file, never a crash.
        log.warning("user catalog not applied: %s: %r", path, exc)
        base.user_error = f"{path}: not a valid price file ({exc})"
        return base
    except OSError as exc:
        base.user_error = f"{path}: cannot be read ({exc.strerror})"
        return base
    merged.user_file = path
    return merged


def read_user_catalog(path: Path | None = None) -> dict[str, Any]:
    """The user's catalog as editable JSON data (an empty one when absent)."""
    path = path if path is not None else paths.user_catalog_path()
    if not path.exists():
        return copy.deepcopy(EMPTY_USER_CATALOG)
    data = _read_json(path)
    if not isinstance(data, dict):
        raise CatalogError(f"{path}: the top level must be a JSON object")
    merged = copy.deepcopy(EMPTY_USER_CATALOG)
    merged.update(data)
    return merged


def write_user_catalog(data: Mapping[str, Any], path: Path | None = None) -> Path:
    """Validate against the bundled catalog, then write atomically."""
    path = path if path is not None else paths.user_catalog_path()
    try:
        apply_user_catalog(load_bundled_catalog(), data, str(path))  # raises on bad data
    except (TypeError, AttributeError, ValueError, ArithmeticError) as exc:
        if isinstance(exc, CatalogError):
            raise
        raise CatalogError(f"{path}: not a valid price file ({exc})") from None
    atomic_write_text(
        path, json.dumps(data, ensure_ascii=False, indent=2, default=_json_value) + "\n"
    )
    return path


def _json_value(value: object) -> str:
    """Decimals are written as exact strings (prices are read back with ``to_decimal``)."""
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")
