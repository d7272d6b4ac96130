"""The user's price file (``user-catalog.json`` under the user data dir).

It may change a price, add a custom model, set a model's audio rate, and price
what the seed leaves open (paid tool calls, database processing, question
classification).  It is validated against the bundled catalog before it is
written, and applying it never changes the bundled catalog object.
"""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from gptbots_planner import paths
from gptbots_planner.atomic import atomic_write_text
from gptbots_planner.core import file_lock
from gptbots_planner.core.catalog_data import (
    OPEN_TYPES,
    SERVICE_CATEGORIES,
    STORAGE_ROW_ID,
    Catalog,
    LLMModel,
    ServiceModel,
    link_text_prices,
    load_bundled_catalog,
    parse_llm_row,
    parse_service_row,
    read_catalog_json,
)
from gptbots_planner.core.prices import (
    KEY_MODES,
    CatalogError,
    Price,
    parse_price,
    positive_decimal,
)
from gptbots_planner.core.provider_prices import parse_user_provider_price
from gptbots_planner.core.user_catalog_merge import merge_changes
from gptbots_planner.vocab.messages import Message, message

log = logging.getLogger(__name__)

MAX_USER_RATE = Decimal("1e9")  # tokens per second; real models have tens
LOCK_TIMEOUT_S = 10.0  # another process holds the price file only while it writes

EMPTY_USER_CATALOG: dict[str, Any] = {
    "schema": 1,
    "prices": {},
    "open_prices": {},
    "custom_models": [],
    "audio": {},
    "provider_prices": {},
}


@dataclass
class _Merge:
    """The catalog's parts while the user's file is applied to copies of them."""

    source: str
    llm: dict[str, LLMModel]
    services: dict[str, dict[str, ServiceModel]]
    storage: Price
    open_prices: dict[str, Price]
    changes: list[str] = field(default_factory=list)
    orphans: list[Message] = field(default_factory=list)

    def orphan(self, where: str, row_id: str) -> None:
        """An entry for an id no catalog row has (an update removed it): kept, not used."""
        log.warning("%s: no model %r in the catalog; entry not used", where, row_id)
        self.orphans.append(message("user_entry_orphaned", where=where, id=row_id))

    def taken(self, row_id: str) -> bool:
        return row_id in self.llm or any(row_id in rows for rows in self.services.values())


def _check_shape(data: Mapping[str, Any], source: str) -> None:
    if not isinstance(data, Mapping):
        raise CatalogError.of("not_json_object", where=source)
    if data.get("schema", 1) != 1:
        raise CatalogError.of("bad_user_schema", where=source)
    unknown = set(data) - set(EMPTY_USER_CATALOG)
    if unknown:
        raise CatalogError.of("unknown_fields", where=source, fields=", ".join(sorted(unknown)))
    for key, kind, code in (
        ("prices", Mapping, "field_not_object"),
        ("open_prices", Mapping, "field_not_object"),
        ("audio", Mapping, "field_not_object"),
        ("provider_prices", Mapping, "field_not_object"),
        ("custom_models", list, "field_not_list"),
    ):
        if data.get(key) is not None and not isinstance(data[key], kind):
            raise CatalogError.of(code, where=source, key=key)


def _add_custom_models(merge: _Merge, rows: list[Any]) -> None:
    for i, row in enumerate(rows):
        where = f"{merge.source}: custom_models row {i + 1}"
        category = row.get("category", "llm") if isinstance(row, Mapping) else "llm"
        if category == "llm":
            model = parse_llm_row(row, where, custom=True)
            if merge.taken(model.id):
                raise CatalogError.of("id_conflict", where=where, id=model.id)
            merge.llm[model.id] = model
        elif category in SERVICE_CATEGORIES:
            svc = parse_service_row(row, category, where, custom=True)
            if merge.taken(svc.id):
                raise CatalogError.of("id_conflict", where=where, id=svc.id)
            merge.services[category][svc.id] = svc
        else:
            raise CatalogError.of("bad_category", where=where, choices=SERVICE_CATEGORIES)
        merge.changes.append(f"custom model {row['id']}")


def _llm_prices(model: LLMModel, change: object, where: str) -> LLMModel:
    """``model`` with the user's input/output prices per key mode."""
    inputs, outputs = dict(model.input), dict(model.output)
    if not isinstance(change, Mapping):
        raise CatalogError.of("not_key_mode_object", where=where)
    for mode, dirs in change.items():
        if mode not in KEY_MODES:
            raise CatalogError.of("unknown_key_mode", where=where, mode=mode)
        if not isinstance(dirs, Mapping):
            raise CatalogError.of("not_price_pair", where=f"{where}.{mode}")
        for direction, raw in dirs.items():
            if direction == "input":
                inputs[mode] = parse_price(raw, f"{where}.{mode}.input", user=True)
            elif direction == "output":
                outputs[mode] = parse_price(raw, f"{where}.{mode}.output", user=True)
            else:
                raise CatalogError.of("unknown_price_field", where=f"{where}.{mode}", key=direction)
    return replace(model, input=inputs, output=outputs)


def _service_prices(svc: ServiceModel, change: object, where: str) -> ServiceModel:
    """``svc`` with the user's price per key mode."""
    if not isinstance(change, Mapping):
        raise CatalogError.of("not_key_mode_object", where=where)
    new = dict(svc.prices)
    for mode, raw in change.items():
        if mode not in KEY_MODES:
            raise CatalogError.of("unknown_key_mode", where=where, mode=mode)
        new[mode] = parse_price(raw, f"{where}.{mode}", user=True)
    return replace(svc, prices=new)


def _apply_prices(merge: _Merge, prices: Mapping[str, Any]) -> None:
    for row_id, change in prices.items():
        where = f"{merge.source}: prices.{row_id}"
        if row_id in merge.llm:
            merge.llm[row_id] = _llm_prices(merge.llm[row_id], change, where)
        elif row_id == STORAGE_ROW_ID:
            merge.storage = parse_price(change, where, user=True)
        else:
            for rows in merge.services.values():
                if row_id in rows:
                    rows[row_id] = _service_prices(rows[row_id], change, where)
                    break
            else:
                merge.orphan(where, row_id)
                continue
        merge.changes.append(f"price {row_id}")


def _apply_open_prices(merge: _Merge, open_raw: Mapping[str, Any]) -> None:
    for type_id, raw in open_raw.items():
        where = f"{merge.source}: open_prices.{type_id}"
        if type_id not in OPEN_TYPES:
            raise CatalogError.of("not_open_type", where=where, choices=OPEN_TYPES)
        merge.open_prices[type_id] = parse_price(raw, where, user=True)
        if raw is not None:
            merge.changes.append(f"open price {type_id}")


def _rate(value: object, where: str) -> Decimal | None:
    """An audio rate (tokens per second), at most MAX_USER_RATE: a workbook cannot hold 1e400."""
    rate = positive_decimal(value, where)
    if rate is not None and rate > MAX_USER_RATE:
        raise CatalogError.of(
            "rate_too_large", where=where, value=repr(value), maximum=f"{MAX_USER_RATE:,f}"
        )
    return rate


def _apply_audio_rates(merge: _Merge, rates: Mapping[str, Any]) -> None:
    for row_id, audio in rates.items():
        where = f"{merge.source}: audio.{row_id}"
        if not merge.taken(row_id):
            merge.orphan(where, row_id)
            continue
        if row_id not in merge.llm:
            raise CatalogError.of("no_such_llm", where=where, id=row_id)
        if not isinstance(audio, Mapping):
            raise CatalogError.of("must_be_object", where=where)
        model = merge.llm[row_id]
        merge.llm[row_id] = replace(
            model,
            audio_input_tps=_rate(audio.get("input_tokens_per_second"), where)
            if "input_tokens_per_second" in audio
            else model.audio_input_tps,
            audio_output_tps=_rate(audio.get("output_tokens_per_second"), where)
            if "output_tokens_per_second" in audio
            else model.audio_output_tps,
        )
        merge.changes.append(f"audio rate {row_id}")


def _apply_provider_prices(merge: _Merge, entries: Mapping[str, Any]) -> None:
    """The vendor's real prices the user entered (basis "user")."""
    for row_id, raw in entries.items():
        where = f"{merge.source}: provider_prices.{row_id}"
        if row_id in merge.llm:
            model = merge.llm[row_id]
            price = parse_user_provider_price("llm", model.provider_price, raw, where)
            merge.llm[row_id] = replace(model, provider=price)
        else:
            for category, rows in merge.services.items():
                if row_id in rows:
                    svc = rows[row_id]
                    price = parse_user_provider_price(category, svc.provider_price, raw, where)
                    rows[row_id] = replace(svc, provider=price)
                    break
            else:
                merge.orphan(where, row_id)
                continue
        merge.changes.append(f"provider price {row_id}")


def apply_user_catalog(base: Catalog, data: Mapping[str, Any], source: str) -> Catalog:
    """Return a new catalog with the user's prices applied; raises CatalogError."""
    _check_shape(data, source)
    merge = _Merge(
        source=source,
        llm=dict(base.llm),
        services={c: dict(rows) for c, rows in base.services.items()},
        storage=base.storage_price,
        open_prices=dict(base.open_prices),
    )
    # Custom models first: the prices and audio rates below may name them.
    _add_custom_models(merge, data.get("custom_models", []) or [])
    link_text_prices(merge.llm, source)
    _apply_prices(merge, data.get("prices", {}) or {})
    _apply_open_prices(merge, data.get("open_prices", {}) or {})
    _apply_audio_rates(merge, data.get("audio", {}) or {})
    _apply_provider_prices(merge, data.get("provider_prices", {}) or {})
    return replace(
        base,
        llm=merge.llm,
        services=merge.services,
        storage_price=merge.storage,
        open_prices=merge.open_prices,
        user_changes=merge.changes,
        user_warnings=merge.orphans,
    )


# The data each path's file held when this process last read or wrote it: what a later
# write_user_catalog compares with, so a change another process made meanwhile is kept.
_BASES: dict[str, dict[str, Any]] = {}


def _read_merged(path: Path) -> dict[str, Any]:
    if not path.exists():
        return copy.deepcopy(EMPTY_USER_CATALOG)
    data = read_catalog_json(path)
    if not isinstance(data, dict):
        raise CatalogError.of("not_json_object", where=path)
    merged = copy.deepcopy(EMPTY_USER_CATALOG)
    merged.update(data)
    return merged


def read_user_catalog(path: Path | None = None) -> dict[str, Any]:
    """The user's catalog as editable JSON data (an empty one when absent)."""
    path = path if path is not None else paths.user_catalog_path()
    data = _read_merged(path)
    _BASES[str(path)] = copy.deepcopy(data)
    return data


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def write_user_catalog(data: Mapping[str, Any], path: Path | None = None) -> Path:
    """Validate against the bundled catalog, then write atomically.

    Under an exclusive lock the file is read again: when another process changed it since
    this one read it, only what this caller changed is applied on top (entry by entry), so
    two windows editing prices at once both keep their edits.
    """
    path = path if path is not None else paths.user_catalog_path()
    with file_lock.exclusive(lock_path(path), LOCK_TIMEOUT_S) as locked:
        if not locked:
            raise CatalogError.of("user_catalog_busy", where=path)
        base = _BASES.get(str(path))
        current = _current(path) if base is not None else None
        if base is not None and current is not None and current != base:
            data = merge_changes(base, dict(data), current)
        _validate(data, path)
        atomic_write_text(
            path, json.dumps(data, ensure_ascii=False, indent=2, default=_json_value) + "\n"
        )
        _BASES[str(path)] = copy.deepcopy(dict(data))
    return path


def _current(path: Path) -> dict[str, Any] | None:
    """The file as it is now; None when absent or broken (then the caller's data replaces it)."""
    if not path.exists():
        return None
    try:
        return _read_merged(path)
    except (CatalogError, OSError) as exc:
        log.warning("%s: not merged (%s); replaced by the edited prices", path, exc)
        return None


def _validate(data: Mapping[str, Any], path: Path) -> None:
    try:
        apply_user_catalog(load_bundled_catalog(), data, str(path))  # raises on bad data
    except (TypeError, AttributeError, ValueError, ArithmeticError) as exc:
        if isinstance(exc, CatalogError):
            raise
        raise CatalogError.wrap("price_file_invalid", exc, where=path) from None


def _json_value(value: object) -> str:
    """Decimals are written as exact strings (prices are read back with ``to_decimal``)."""
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")
