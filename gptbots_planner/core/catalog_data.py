"""The catalog's data classes, and how the bundled file becomes a :class:`Catalog`.

The bundled file (``resources/pricing/catalog.json``) is copied verbatim from
the GPTBots pricing page and is never written.  The row parsers here serve the
user's price file too (its custom models have the bundled rows' shape).
Schema of both files: ``resources/pricing/SCHEMA.md``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from gptbots_planner import paths
from gptbots_planner.core import safe_json
from gptbots_planner.core.image_rules import ImageRule, rule_from_dict
from gptbots_planner.core.money import MoneyError, to_decimal
from gptbots_planner.core.prices import (
    KEY_MODES,
    UNPRICED,
    CatalogError,
    Price,
    parse_price,
    positive_decimal,
)
from gptbots_planner.core.provider_prices import ProviderPrice, derive_llm, derive_service
from gptbots_planner.measure.tokenizers.specs import is_available
from gptbots_planner.vocab import billing as vocab_billing
from gptbots_planner.vocab.billing import BILLING_TYPE_IDS
from gptbots_planner.vocab.messages import Message
from gptbots_planner.vocab.tokenizers import DEFAULT_TOKENIZER, TOKENIZER_IDS

log = logging.getLogger(__name__)

# the ids come from the vocabulary; the bundled file must list exactly these, in this order
BILLING_TYPES = BILLING_TYPE_IDS
OPEN_TYPES = vocab_billing.OPEN_TYPES
SERVICE_CATEGORIES = ("embedding", "rerank", "asr", "tts")
MAX_CATALOG_BYTES = 50 * 1024 * 1024  # a price file is a few kB; a bigger one is not ours
STORAGE_ROW_ID = "storage/vector"  # the one storage row; the user file prices it by this id
TOKENIZERS = TOKENIZER_IDS


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
    # The vendor tokenizer the row names when its vocabulary is not installed (Llama 3:
    # the user adds it); the row then counts with o200k_base, flagged approximate.
    tokenizer_wanted: str = ""
    audio_input_tps: Decimal | None = None  # audio tokens per second of input
    audio_output_tps: Decimal | None = None
    audio_note: str = ""
    provider_image_rule: ImageRule | None = None
    custom: bool = False
    # An "(audio input)" row prices only the audio; the text of the same call is billed
    # at this sibling row's prices (e.g. Gemini-2.5-Flash for Gemini-2.5-Flash(audio input)).
    text_prices_from: str | None = None
    context_window: int | None = None  # tokens one call may hold; None: unknown
    context_source: str = "unknown"  # "name (128k)", a vendor's documentation, "unknown"
    reasoning: bool = False  # bills hidden reasoning tokens at the output price
    provider: ProviderPrice | None = None  # the vendor's own price (own key); set on parsing

    @property
    def provider_price(self) -> ProviderPrice:
        return self.provider or derive_llm(self.input, self.output)

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
    provider: ProviderPrice | None = None  # the vendor's own price (own key)

    @property
    def provider_price(self) -> ProviderPrice:
        return self.provider or derive_service(self.category, self.prices)

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
    # entries of the user's file that were kept but not used (a model an update removed)
    user_warnings: list[Message] = field(default_factory=list)

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
            raise CatalogError.of("ambiguous_model", query=repr(query), choices=choices)
        near = [m.id for m in self.llm.values() if ql in m.name.lower() or ql in m.id][:6]
        if near:
            raise CatalogError.of("unknown_model_near", query=repr(query), near=", ".join(near))
        raise CatalogError.of("unknown_model", query=repr(query))

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
        raise CatalogError.of("unknown_service", category=category, query=repr(query))

    def default_service(self, category: str) -> ServiceModel:
        return next(iter(self.services[category].values()))

    def all_service_rows(self) -> Iterable[ServiceModel]:
        for category in SERVICE_CATEGORIES:
            yield from self.services.get(category, {}).values()


# --- reading catalog JSON ---------------------------------------------------


def need_field(obj: Mapping[str, Any], key: str, where: str) -> Any:
    if not isinstance(obj, Mapping) or key not in obj:
        raise CatalogError.of("missing_field", where=where, key=key)
    return obj[key]


def text_field(obj: Mapping[str, Any], key: str, where: str) -> str:
    value = need_field(obj, key, where)
    if not isinstance(value, str) or not value.strip():
        raise CatalogError.of("field_empty", where=where, key=key)
    return value


def parse_llm_row(row: Mapping[str, Any], where: str, *, custom: bool = False) -> LLMModel:
    model_id = text_field(row, "id", where)
    where = f"{where} ({model_id})"
    prices = need_field(row, "prices", where)
    inputs: dict[str, Price] = {}
    outputs: dict[str, Price] = {}
    for mode in KEY_MODES:
        mode_prices = need_field(prices, mode, f"{where} prices")
        inputs[mode] = parse_price(
            need_field(mode_prices, "input", f"{where} prices.{mode}"),
            f"{where} prices.{mode}.input",
            user=custom,
        )
        outputs[mode] = parse_price(
            need_field(mode_prices, "output", f"{where} prices.{mode}"),
            f"{where} prices.{mode}.output",
            user=custom,
        )
    tokenizer = row.get("tokenizer", "o200k_base")
    if tokenizer not in TOKENIZERS:
        raise CatalogError.of(
            "field_not_a_choice", where=where, key="tokenizer", choices=TOKENIZERS
        )
    tokenizer_exact = bool(row.get("tokenizer_exact", False))
    wanted = ""
    if not is_available(tokenizer):
        wanted, tokenizer, tokenizer_exact = tokenizer, DEFAULT_TOKENIZER, False
    audio = row.get("audio") or {}
    if audio and not isinstance(audio, Mapping):
        raise CatalogError.of("field_not_object", where=where, key="audio")
    try:
        image_rule = (
            rule_from_dict(row.get("provider_image_rule"))
            if row.get("provider_image_rule")
            else None
        )
    except (ValueError, TypeError, AttributeError) as exc:
        raise CatalogError.wrap("in_field", exc, where=where, key="provider_image_rule") from None
    context_window = row.get("context_window")
    if context_window is not None and (
        isinstance(context_window, bool)
        or not isinstance(context_window, int)
        or context_window <= 0
    ):
        raise CatalogError.of("not_positive", where=f"{where} context_window")
    return LLMModel(
        id=model_id,
        brand=text_field(row, "brand", where),
        name=text_field(row, "name", where),
        input=inputs,
        output=outputs,
        tokenizer=tokenizer,
        tokenizer_exact=tokenizer_exact,
        tokenizer_wanted=wanted,
        audio_input_tps=positive_decimal(audio.get("input_tokens_per_second"), f"{where} audio"),
        audio_output_tps=positive_decimal(audio.get("output_tokens_per_second"), f"{where} audio"),
        audio_note=str(audio.get("note", "")),
        provider_image_rule=image_rule,
        custom=custom,
        text_prices_from=str(row["text_prices_from"]) if row.get("text_prices_from") else None,
        context_window=context_window,
        context_source=str(row.get("context_source") or "unknown"),
        reasoning=bool(row.get("reasoning", False)),
        provider=derive_llm(inputs, outputs),
    )


AUDIO_INPUT_SUFFIX = "(audio input)"


def link_text_prices(llm: dict[str, LLMModel], source: str) -> None:
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
            raise CatalogError.of(
                "bad_text_prices_from", where=source, model=model_id, value=repr(target)
            )
        llm[model_id] = replace(model, text_prices_from=target)


def parse_service_row(
    row: Mapping[str, Any], category: str, where: str, *, custom: bool = False
) -> ServiceModel:
    row_id = text_field(row, "id", where)
    where = f"{where} ({row_id})"
    prices = need_field(row, "prices", where)
    parsed = {
        mode: parse_price(
            need_field(prices, mode, f"{where} prices"), f"{where} prices.{mode}", user=custom
        )
        for mode in KEY_MODES
    }
    tokenizer = row.get("tokenizer", "cl100k_base")
    if tokenizer not in TOKENIZERS:
        raise CatalogError.of(
            "field_not_a_choice", where=where, key="tokenizer", choices=TOKENIZERS
        )
    return ServiceModel(
        id=row_id,
        category=category,
        brand=text_field(row, "brand", where),
        name=text_field(row, "name", where),
        prices=parsed,
        tokenizer=tokenizer,
        custom=custom,
        provider=derive_service(category, parsed),
    )


def _parse_billing_types(data: Mapping[str, Any], source: str) -> list[BillingType]:
    bts = []
    for i, bt in enumerate(need_field(data, "billing_types", source)):
        where = f"{source}: billing_types row {i + 1}"
        bts.append(
            BillingType(
                id=text_field(bt, "id", where),
                name_zh=text_field(bt, "name_zh", where),
                name_en=text_field(bt, "name_en", where),
                unit=text_field(bt, "unit", where),
                definition_zh=str(bt.get("definition_zh", "")),
                example_zh=str(bt.get("example_zh", "")),
            )
        )
    if tuple(b.id for b in bts) != BILLING_TYPES:
        raise CatalogError.of("billing_types_mismatch", where=source, expected=BILLING_TYPES)
    return bts


def _parse_model_rows(
    data: Mapping[str, Any], source: str
) -> tuple[dict[str, LLMModel], dict[str, dict[str, ServiceModel]]]:
    """The LLM rows and the service rows by category; an id is unique across all of them."""
    seen: set[str] = set()

    def unique(row_id: str, where: str) -> None:
        if row_id in seen:
            raise CatalogError.of("duplicate_id", where=where, id=row_id)
        seen.add(row_id)

    llm: dict[str, LLMModel] = {}
    for i, row in enumerate(need_field(data, "llm", source)):
        where = f"{source}: llm row {i + 1}"
        model = parse_llm_row(row, where)
        unique(model.id, where)
        llm[model.id] = model
    link_text_prices(llm, source)
    services: dict[str, dict[str, ServiceModel]] = {}
    for category in SERVICE_CATEGORIES:
        services[category] = {}
        for i, row in enumerate(need_field(data, category, source)):
            where = f"{source}: {category} row {i + 1}"
            svc = parse_service_row(row, category, where)
            unique(svc.id, where)
            services[category][svc.id] = svc
        if not services[category]:
            raise CatalogError.of("no_rows", where=source, category=category)
    return llm, services


def parse_catalog(data: Mapping[str, Any], source: str) -> Catalog:
    """Validate and build a catalog from the bundled file's JSON object."""
    if not isinstance(data, Mapping):
        raise CatalogError.of("not_json_object", where=source)
    if data.get("schema") != 1:
        raise CatalogError.of("bad_catalog_schema", where=source, value=repr(data.get("schema")))
    bts = _parse_billing_types(data, source)
    llm, services = _parse_model_rows(data, source)
    storage_rows = need_field(data, "storage", source)
    if not storage_rows:
        raise CatalogError.of("no_rows", where=source, category="storage")
    storage = storage_rows[0]
    open_prices_raw = need_field(data, "open_prices", source)
    open_prices = {
        t: parse_price(open_prices_raw.get(t), f"{source}: open_prices.{t}") for t in OPEN_TYPES
    }
    try:
        usd = to_decimal(need_field(data, "usd_per_1000_credits", source), "usd_per_1000_credits")
    except MoneyError as exc:
        raise CatalogError.wrap("in_context", exc, where=source) from None
    return Catalog(
        version=text_field(data, "version", source),
        date=text_field(data, "date", source),
        source=text_field(data, "source", source),
        usd_per_1000_credits=usd,
        billing_types=bts,
        llm=llm,
        services=services,
        storage_price=parse_price(
            need_field(storage, "price", f"{source}: storage row 1"),
            f"{source}: storage row 1 price",
        ),
        storage_name=text_field(storage, "name", f"{source}: storage row 1"),
        open_prices=open_prices,
    )


def bundled_catalog_path() -> Path:
    return paths.resource_path("pricing", "catalog.json")


def read_catalog_json(path: Path) -> Any:
    try:
        # Numbers as Decimal: a price typed as 0.1 must not pass through a float.
        return safe_json.load_file(path, max_bytes=MAX_CATALOG_BYTES, decimals=True)
    except safe_json.JsonFileError as exc:
        raise CatalogError.from_error(exc) from None
    except json.JSONDecodeError as exc:
        raise CatalogError.of(
            "invalid_json", where=path, line=exc.lineno, column=exc.colno, reason=exc.msg
        ) from None
    except UnicodeDecodeError:
        raise CatalogError.of("not_utf8", where=path) from None


def load_bundled_catalog() -> Catalog:
    path = bundled_catalog_path()
    return parse_catalog(read_catalog_json(path), str(path.name))
