"""The pricing catalog: the bundled seed prices plus the user's own.

The bundled file (``resources/pricing/catalog.json``, read by
:mod:`~gptbots_planner.core.catalog_data`) is copied verbatim from the GPTBots
pricing page and is never written.  A user catalog (``user-catalog.json``,
:mod:`~gptbots_planner.core.user_catalog`) may change a price, add a custom
model, and price what the seed leaves open.  A broken user file is reported and
the bundled catalog still loads.  Prices and key modes:
:mod:`~gptbots_planner.core.prices`.

This module is the one to import catalog names from; the others are its parts.
"""

from __future__ import annotations

import logging
from pathlib import Path

from gptbots_planner import paths
from gptbots_planner.core.catalog_data import (
    AUDIO_INPUT_SUFFIX,
    BILLING_TYPES,
    OPEN_TYPES,
    SERVICE_CATEGORIES,
    SERVICE_UNITS,
    TOKENIZERS,
    BillingType,
    Catalog,
    LLMModel,
    ServiceModel,
    bundled_catalog_path,
    load_bundled_catalog,
    parse_catalog,
    read_catalog_json,
)
from gptbots_planner.core.prices import (
    FREE_TEXT,
    KEY_MODE_ALIASES,
    KEY_MODES,
    UNPRICED,
    CatalogError,
    Price,
    normalize_key_mode,
    parse_price,
)
from gptbots_planner.core.user_catalog import (
    EMPTY_USER_CATALOG,
    apply_user_catalog,
    read_user_catalog,
    write_user_catalog,
)

log = logging.getLogger(__name__)

__all__ = [
    "AUDIO_INPUT_SUFFIX",
    "BILLING_TYPES",
    "EMPTY_USER_CATALOG",
    "FREE_TEXT",
    "KEY_MODES",
    "KEY_MODE_ALIASES",
    "OPEN_TYPES",
    "SERVICE_CATEGORIES",
    "SERVICE_UNITS",
    "TOKENIZERS",
    "UNPRICED",
    "BillingType",
    "Catalog",
    "CatalogError",
    "LLMModel",
    "Price",
    "ServiceModel",
    "apply_user_catalog",
    "bundled_catalog_path",
    "load_bundled_catalog",
    "load_catalog",
    "normalize_key_mode",
    "parse_catalog",
    "parse_price",
    "read_user_catalog",
    "write_user_catalog",
]


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
        merged = apply_user_catalog(base, read_catalog_json(path), str(path))
    except CatalogError as exc:
        log.warning("user catalog not applied: %s", exc)
        base.user_error = str(exc)
        return base
    except (TypeError, AttributeError, ValueError, ArithmeticError) as exc:
        # A shape apply_user_catalog's checks did not foresee: still the user's file, never a crash.
        log.warning("user catalog not applied: %s: %r", path, exc)
        base.user_error = f"{path}: not a valid price file ({exc})"
        return base
    except OSError as exc:
        base.user_error = f"{path}: cannot be read ({exc.strerror})"
        return base
    merged.user_file = path
    return merged
