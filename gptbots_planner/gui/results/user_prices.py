"""Edits to the user's catalog JSON (pure Python, no Qt): set, clear and reset prices.

A *path* names one price in the user catalog:

* ``("open_prices", type_id)`` — a price the seed leaves open;
* ``("prices", llm_id, key_mode, "input"|"output")`` — an LLM price;
* ``("prices", service_id, key_mode)`` — an embedding / rerank / ASR / TTS price;
* ``("prices", "storage/vector")`` — the storage price;
* ``("custom", model_id, key_mode[, direction])`` — a price of a custom model;
* ``("provider_prices", row_id, "input"|"output"|"price"|"source")`` — what the model
  vendor bills on the own key (USD per the vendor's unit; ``source`` is text).  An entry
  left without a price is dropped, so the row's derived vendor price applies again.

The dialogs collect text; everything is validated as Decimal here and then by
``write_user_catalog`` (which checks the whole file against the bundled
catalog and writes atomically), so a bad value never reaches the disk.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from gptbots_planner.atomic import atomic_write_text
from gptbots_planner.core.catalog import (
    EMPTY_USER_CATALOG,
    CatalogError,
    parse_price,
    read_user_catalog,
    write_user_catalog,
)
from gptbots_planner.core.money import plain
from gptbots_planner.gui.texts import error_text
from gptbots_planner.vocab.billing import KEY_MODE_IDS
from gptbots_planner.vocab.tokenizers import TOKENIZER_IDS

log = logging.getLogger(__name__)

PricePath = tuple[str, ...]


class PriceInputError(ValueError):
    """A value the user typed is not a valid price (message names the field)."""


def parse_price_text(text: str, what: str) -> Decimal | None:
    """'' -> None (no price); otherwise an exact, non-negative Decimal."""
    text = text.strip()
    if not text:
        return None
    try:
        return parse_price(text, what).value  # the catalog's own rule ("免费" is 0)
    except CatalogError as exc:
        raise PriceInputError(error_text(exc)) from None  # in the window's language


def _custom_entry(data: dict[str, Any], model_id: str) -> dict[str, Any]:
    for entry in data.get("custom_models", []) or []:
        if isinstance(entry, dict) and entry.get("id") == model_id:
            return entry
    raise CatalogError.of("no_custom_model", id=model_id)


def set_price(data: dict[str, Any], path: PricePath, value: Decimal | None) -> None:
    """Set (or with ``None`` clear) one price in the user catalog data, in place."""
    raw = None if value is None else plain(value)
    kind = path[0]
    if kind == "open_prices":
        data.setdefault("open_prices", {})[path[1]] = raw
        return
    if kind == "custom":
        entry = _custom_entry(data, path[1])
        prices = entry.setdefault("prices", {})
        if len(path) == 4:
            prices.setdefault(path[2], {})[path[3]] = raw
        else:
            prices[path[2]] = raw
        return
    if kind != "prices":
        raise ValueError(f"unknown price path {path!r}")
    prices = data.setdefault("prices", {})
    if len(path) == 2:  # storage
        if raw is None:
            prices.pop(path[1], None)
        else:
            prices[path[1]] = raw
        return
    row_id = path[1]
    if raw is None:
        row = prices.get(row_id)
        if isinstance(row, dict):
            if len(path) == 4 and isinstance(row.get(path[2]), dict):
                row[path[2]].pop(path[3], None)
                if not row[path[2]]:
                    row.pop(path[2])
            else:
                row.pop(path[2], None)
            if not row:
                prices.pop(row_id)
        return
    row = prices.setdefault(row_id, {})
    if len(path) == 4:
        row.setdefault(path[2], {})[path[3]] = raw
    else:
        row[path[2]] = raw


PROVIDER_PRICE_KEYS = ("input", "output", "price")


def set_provider_price(data: dict[str, Any], row_id: str, key: str, value: object) -> None:
    """Set (``None`` or "": clear) one part of a vendor price entry, in place."""
    providers = data.get("provider_prices")
    if not isinstance(providers, dict):
        providers = data["provider_prices"] = {}
    entry = providers.setdefault(row_id, {})
    if value is None or value == "":
        entry.pop(key, None)
    elif isinstance(value, Decimal):
        entry[key] = plain(value)
    else:
        entry[key] = str(value).strip()


def tidy_provider_price(data: dict[str, Any], row_id: str) -> bool:
    """Drop ``row_id``'s vendor entry when it holds no price; True when one is left.

    A source alone would turn the derived figures into "yours" without a figure of yours.
    """
    providers = data.get("provider_prices") or {}
    entry = providers.get(row_id)
    if not isinstance(entry, dict):
        return False
    if not any(key in entry for key in PROVIDER_PRICE_KEYS):
        providers.pop(row_id)
        return False
    return True


def reset_row(data: dict[str, Any], row_id: str) -> None:
    """Forget the user's prices of one row (or its open price), in place."""
    (data.get("prices") or {}).pop(row_id, None)
    open_prices = data.get("open_prices") or {}
    if row_id in open_prices:
        open_prices.pop(row_id)
    (data.get("audio") or {}).pop(row_id, None)
    (data.get("provider_prices") or {}).pop(row_id, None)


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.strip().lower()).strip("-")
    return slug or "model"


def custom_model_id(name: str, taken: set[str]) -> str:
    """``custom/<slug>``, with a number added when the id is already used."""
    base = f"custom/{slugify(name)}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def custom_llm_entry(
    model_id: str,
    brand: str,
    name: str,
    prices: Mapping[str, Mapping[str, Decimal | None]],
    tokenizer: str,
) -> dict[str, Any]:
    """A ``custom_models`` row for an LLM; ``prices[key_mode][direction]``."""
    if not brand.strip():
        raise PriceInputError("brand: must not be empty")
    if not name.strip():
        raise PriceInputError("name: must not be empty")
    if tokenizer not in TOKENIZER_IDS:
        raise PriceInputError(f"tokenizer: must be one of {', '.join(TOKENIZER_IDS)}")
    return {
        "id": model_id,
        "category": "llm",
        "brand": brand.strip(),
        "name": name.strip(),
        "prices": {
            mode: {
                d: (None if prices[mode][d] is None else plain(prices[mode][d]))  # type: ignore[arg-type]
                for d in ("input", "output")
            }
            for mode in KEY_MODE_IDS
        },
        "tokenizer": tokenizer,
    }


def remove_custom(data: dict[str, Any], model_id: str) -> None:
    data["custom_models"] = [
        m for m in data.get("custom_models", []) or [] if m.get("id") != model_id
    ]
    (data.get("prices") or {}).pop(model_id, None)
    (data.get("audio") or {}).pop(model_id, None)
    (data.get("provider_prices") or {}).pop(model_id, None)


def load_for_edit(path: Path | None = None) -> dict[str, Any]:
    """The user catalog to edit; raises CatalogError when the file is broken."""
    return read_user_catalog(path)


def save(data: dict[str, Any], path: Path | None = None) -> Path:
    """Validate and write atomically; raises CatalogError (the file is untouched then)."""
    return write_user_catalog(data, path)


def empty_user_catalog() -> dict[str, Any]:
    return copy.deepcopy(EMPTY_USER_CATALOG)


def reset_all(path: Path) -> Path | None:
    """Replace the user catalog with an empty one, keeping the old file as ``.bak``.

    Returns the backup path (None when there was nothing to keep).
    """
    backup = None
    if path.exists():
        backup = path.with_name(path.name + ".bak")
        atomic_write_text(backup, path.read_text(encoding="utf-8", errors="replace"))
    write_user_catalog(empty_user_catalog(), path)
    return backup
