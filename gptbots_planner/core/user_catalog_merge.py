"""Merging two edits of the user's price file: what one writer changed, on top of the file now.

Both windows start from a ``base`` (the file as each read it).  The writer's own changes
are the entries that differ between ``base`` and its ``data``; they are applied to
``current`` (the file as the other window left it), entry by entry: a price per model
id, an open price per type, an audio rate or provider price per id, a custom model per
id.  When both changed the same entry, the later writer's value wins.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Mapping
from typing import Any

log = logging.getLogger(__name__)

KEYED_SECTIONS = ("prices", "open_prices", "audio", "provider_prices")
_MISSING = object()


def _as_dict(value: object) -> dict[str, Any]:
    return dict(value) if isinstance(value, Mapping) else {}


def _models_by_id(value: object) -> dict[str, Any]:
    rows = value if isinstance(value, list) else []
    return {str(r.get("id")): r for r in rows if isinstance(r, Mapping)}


def _merge_keyed(base: dict[str, Any], mine: dict[str, Any], current: dict[str, Any]) -> None:
    """Apply to ``current`` (in place) every key ``mine`` added, changed or removed."""
    for key in set(base) | set(mine):
        old, new = base.get(key, _MISSING), mine.get(key, _MISSING)
        if old == new:
            continue
        if new is _MISSING:
            current.pop(key, None)
        else:
            current[key] = copy.deepcopy(new)


def merge_changes(
    base: Mapping[str, Any], mine: Mapping[str, Any], current: Mapping[str, Any]
) -> dict[str, Any]:
    """``current`` with the changes from ``base`` to ``mine`` applied (a new dict)."""
    result = copy.deepcopy(dict(current))
    for section in KEYED_SECTIONS:
        merged = _as_dict(result.get(section))
        _merge_keyed(_as_dict(base.get(section)), _as_dict(mine.get(section)), merged)
        result[section] = merged
    models = _models_by_id(result.get("custom_models"))
    order = list(models)
    _merge_keyed(
        _models_by_id(base.get("custom_models")), _models_by_id(mine.get("custom_models")), models
    )
    order = [i for i in order if i in models] + [i for i in models if i not in order]
    result["custom_models"] = [models[i] for i in order]
    for key in set(mine) - set(KEYED_SECTIONS) - {"custom_models"}:
        if base.get(key, _MISSING) != mine[key]:
            result[key] = copy.deepcopy(mine[key])
    log.info("price file changed by another window meanwhile: both edits kept")
    return result
