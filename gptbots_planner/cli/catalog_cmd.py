"""``catalog``: the price catalog in effect, bundled prices with the user's own on top."""

from __future__ import annotations

import argparse
import logging
from typing import Any

from gptbots_planner.cli.base import Subparsers
from gptbots_planner.cli.common import add_catalog_verb, catalog_for
from gptbots_planner.cli.output import emit_rows, write_json
from gptbots_planner.core.catalog import SERVICE_UNITS, Catalog
from gptbots_planner.core.money import plain

log = logging.getLogger(__name__)

COLUMNS = (
    "category",
    "id",
    "name",
    "unit",
    "gptbots_key_input",
    "gptbots_key_output",
    "own_key_input",
    "own_key_output",
    "gptbots_key",
    "own_key",
    "price",
    "source",
)


def add_parser(subparsers: Subparsers) -> None:
    add_catalog_verb(
        subparsers, "catalog", "the price catalog in effect (bundled + your prices)", run
    )


def catalog_rows(catalog: Catalog) -> list[dict[str, Any]]:
    """One row per priced thing: models, services, storage and the open billing types."""
    rows: list[dict[str, Any]] = []
    for m in catalog.llm.values():
        rows.append(
            {
                "category": "llm",
                "id": m.id,
                "brand": m.brand,
                "name": m.name,
                "unit": "credits / 1K tokens",
                "gptbots_key_input": m.price("gptbots_key", "input").label(),
                "gptbots_key_output": m.price("gptbots_key", "output").label(),
                "own_key_input": m.price("own_key", "input").label(),
                "own_key_output": m.price("own_key", "output").label(),
                "tokenizer": m.tokenizer + ("" if m.tokenizer_exact else " (approx.)"),
                "source": "user" if (m.custom or m.user_priced) else "bundled",
            }
        )
    for svc in catalog.all_service_rows():
        rows.append(
            {
                "category": svc.category,
                "id": svc.id,
                "brand": svc.brand,
                "name": svc.name,
                "unit": SERVICE_UNITS[svc.category],
                "gptbots_key": svc.price("gptbots_key").label(),
                "own_key": svc.price("own_key").label(),
                "source": "user"
                if (svc.custom or any(p.user for p in svc.prices.values()))
                else "bundled",
            }
        )
    rows.append(
        {
            "category": "storage",
            "id": "storage/vector",
            "brand": "",
            "name": catalog.storage_name,
            "unit": "credits / 1K tokens / day",
            "price": catalog.storage_price.label(),
            "source": "user" if catalog.storage_price.user else "bundled",
        }
    )
    for type_id, price in catalog.open_prices.items():
        rows.append(
            {
                "category": type_id,
                "id": f"open/{type_id}",
                "brand": "",
                "name": catalog.billing_type(type_id).name_en,
                "unit": catalog.billing_type(type_id).unit,
                "price": price.label(),
                "source": "user" if price.user else "not in the GPTBots price list",
            }
        )
    return rows


def run(args: argparse.Namespace) -> int:
    catalog = catalog_for(args)
    rows = catalog_rows(catalog)
    if args.format == "json":
        write_json(
            {
                "version": catalog.version,
                "date": catalog.date,
                "source": catalog.source,
                "usd_per_1000_credits": plain(catalog.usd_per_1000_credits),
                "user_file": str(catalog.user_file) if catalog.user_file else None,
                "user_error": catalog.user_error or None,
                "billing_types": [
                    {"id": b.id, "name_zh": b.name_zh, "name_en": b.name_en, "unit": b.unit}
                    for b in catalog.billing_types
                ],
                "rows": rows,
            }
        )
        return 0
    if args.format == "table":
        print(f"GPTBots catalog {catalog.version} ({catalog.date}); $10 = 1000 credits")
    emit_rows(rows, COLUMNS, args.format)
    return 0
