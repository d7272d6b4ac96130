"""``gptbots-planner-cli``: a thin command line over core, measure and export.

Every verb prints ``--format table`` (default), ``json`` or ``csv``.  A user
error is one clear line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import logging
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from gptbots_planner import __version__
from gptbots_planner.core.buys import price_tokens, what_credits_buy
from gptbots_planner.core.catalog import (
    BILLING_TYPES,
    SERVICE_UNITS,
    Catalog,
    CatalogError,
    load_catalog,
    normalize_key_mode,
)
from gptbots_planner.core.estimate import estimate
from gptbots_planner.core.money import (
    MoneyError,
    credits_to_usd,
    fmt_credits,
    plain,
    to_decimal,
)
from gptbots_planner.core.plan import Plan, PlanError
from gptbots_planner.core.planfile import load_example_plan, read_plan
from gptbots_planner.export import command as export_command
from gptbots_planner.export.safe_text import safe_cell
from gptbots_planner.measure import command as measure_command

log = logging.getLogger(__name__)

FORMATS = ("table", "json", "csv")


class UsageError(Exception):
    """A mistake in what the user asked for: reported in one line, exit 2."""


# --- output helpers --------------------------------------------------------------


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def emit_rows(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str) -> None:
    """Rows as an aligned table or as CSV (text cells protected against injection)."""
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_csv_value(row.get(c)) for c in columns])
        sys.stdout.write(buf.getvalue())
        return
    text_rows = [[_table_value(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in text_rows)]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for r in text_rows:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return safe_cell(" ".join(str(v) for v in value))
    if isinstance(value, Decimal):
        return plain(value)
    if isinstance(value, int | float):
        return str(value)
    return safe_cell(str(value))


def _table_value(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) or "-"
    if isinstance(value, Decimal):
        return plain(value)
    return str(value)


def _catalog(args: argparse.Namespace) -> Catalog:
    catalog = load_catalog(use_user_file=not getattr(args, "bundled_only", False))
    if catalog.user_error:
        print(f"warning: your prices were not applied: {catalog.user_error}", file=sys.stderr)
    return catalog


def _decimal(text: str, what: str) -> Decimal:
    try:
        return to_decimal(text, what)
    except MoneyError as exc:
        raise UsageError(str(exc)) from None


def _whole(text: str, what: str) -> int:
    value = _decimal(text, what)
    if value < 0 or value != value.to_integral_value():
        raise UsageError(f"{what}: expected a whole number of 0 or more, got {text!r}")
    return int(value)


# --- verbs ---------------------------------------------------------------------


def cmd_catalog(args: argparse.Namespace) -> int:
    catalog = _catalog(args)
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
    if args.format == "json":
        emit_json(
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
    columns = [
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
    ]
    if args.format == "table":
        print(f"GPTBots catalog {catalog.version} ({catalog.date}); $10 = 1000 credits")
    emit_rows(rows, columns, args.format)
    return 0


def _model_and_key(args: argparse.Namespace, catalog: Catalog) -> tuple[Any, str]:
    try:
        return catalog.find_llm(args.model), normalize_key_mode(args.key)
    except CatalogError as exc:
        raise UsageError(str(exc)) from None


def cmd_price(args: argparse.Namespace) -> int:
    catalog = _catalog(args)
    model, key = _model_and_key(args, catalog)
    result = price_tokens(
        model,
        key,
        _whole(args.input_tokens, "--input-tokens"),
        _whole(args.output_tokens, "--output-tokens"),
    )
    if args.format == "json":
        emit_json(result)
        return 0
    # A missing price reads "unpriced" in words, never as an empty cell or a 0.
    shown = {
        k: "unpriced" if v is None and (k.endswith("credits") or k == "usd") else v
        for k, v in result.items()
    }
    if args.format == "csv":
        emit_rows([shown], list(shown.keys()), "csv")
    else:
        _print_kv(shown)
    return 0


def _print_kv(data: dict[str, Any]) -> None:
    width = max(len(k) for k in data)
    for k, v in data.items():
        print(f"{k.ljust(width)}  {_table_value(v)}")


def cmd_buys(args: argparse.Namespace) -> int:
    catalog = _catalog(args)
    model, key = _model_and_key(args, catalog)
    credits = _decimal(args.credits, "--credits")
    if credits < 0:
        raise UsageError("--credits cannot be negative")
    result = what_credits_buy(credits, model, key).to_dict()
    if args.format == "json":
        emit_json(result)
    elif args.format == "csv":
        emit_rows([result], list(result.keys()), "csv")
    else:
        _print_kv(result)
        if result["input_tokens"] is None:
            print("(free or unpriced: no token limit from credits)")
    return 0


def _load_plan_arg(text: str) -> Plan:
    if text.startswith("example:"):
        return load_example_plan(text.split(":", 1)[1] or None)
    return read_plan(Path(text))


def cmd_estimate(args: argparse.Namespace) -> int:
    catalog = _catalog(args)
    plan = _load_plan_arg(args.plan)
    for assignment in args.set or []:
        if "=" not in assignment:
            raise UsageError(f"--set expects FIELD=VALUE, got {assignment!r}")
        name, value = assignment.split("=", 1)
        plan.set_field(name.strip(), value.strip())
    budget = None
    if args.budget is not None:
        budget = _decimal(args.budget, "--budget")
        if budget < 0:
            raise UsageError("--budget cannot be negative")
    result = estimate(plan, catalog)
    if args.format == "json":
        data = result.to_dict()
        if budget is not None:
            for s, out in zip(result.scenarios, data["scenarios"], strict=True):
                count = s.conversations_for_budget(budget)
                out["budget_credits"] = plain(budget)
                out["conversations_for_budget"] = None if count is None else plain(count)
        emit_json(data)
        return 0
    rows = []
    for s in result.scenarios:
        row: dict[str, Any] = {"model": s.model.id, "key_mode": s.key_mode}
        for t in BILLING_TYPES:
            line = s.first.lines[t]
            row[t] = "unpriced" if line.credits is None else line.credits
        row["total_credits"] = s.monthly_total
        row["total_usd"] = s.monthly_total_usd
        row["unpriced"] = " ".join(s.unpriced_types)
        row["horizon_total_credits"] = s.horizon_total
        row["credits_per_conversation"] = s.per_conversation
        if budget is not None:
            row["conversations_for_budget"] = s.conversations_for_budget(budget)
        rows.append(row)
    columns = [
        "model",
        "key_mode",
        *BILLING_TYPES,
        "total_credits",
        "total_usd",
        "unpriced",
        "horizon_total_credits",
        "credits_per_conversation",
        *(["conversations_for_budget"] if budget is not None else []),
    ]
    if args.format == "csv":
        emit_rows(rows, columns, "csv")
        return 0
    print(f"Plan: {plan.name}   (catalog {catalog.version}; month 1 = {plan.settings.start_month})")
    for s in result.scenarios:
        print()
        print(f"{s.model.display} — {'GPTBots key' if s.key_mode == 'gptbots_key' else 'own key'}")
        for t in BILLING_TYPES:
            line = s.first.lines[t]
            value = "UNPRICED" if line.credits is None else fmt_credits(line.credits, 4)
            print(f"  {t:<24} {value:>16}   ({plain(line.quantity)} {line.unit})")
        total = fmt_credits(s.monthly_total)
        suffix = f"  + UNPRICED: {', '.join(s.unpriced_types)}" if s.unpriced_types else ""
        print(
            f"  {'month 1 total':<24} {total:>16} credits (${fmt_credits(s.monthly_total_usd)}){suffix}"
        )
        months = len(s.months)
        horizon = fmt_credits(s.horizon_total)
        usd = fmt_credits(credits_to_usd(s.horizon_total))
        print(f"  {f'{months} months total':<24} {horizon:>16} credits (${usd}){suffix}")
        cells = [f"{m.label}: {fmt_credits(m.total):>12}" for m in s.months]
        for i in range(0, len(cells), 4):  # four months a line keeps 120 months readable
            label = "by month" if i == 0 else ""
            print(f"  {label:<24} " + "   ".join(cells[i : i + 4]))
        per = s.per_conversation
        if per is not None:
            print(f"  {'per conversation':<24} {fmt_credits(per, 4):>16} credits")
        if budget is not None:
            count = s.conversations_for_budget(budget)
            text = "-" if count is None else f"{int(count):,}"
            print(f"  {'budget ' + fmt_credits(budget) + ' pays for':<24} {text:>16} conversations")
        if s.unpriced_types and (per is not None or budget is not None):
            print(
                f"  (per conversation and budget leave out what is unpriced: "
                f"{', '.join(s.unpriced_types)})"
            )
        for note in s.notes:
            print(f"  note: {note}")
    cheapest = result.cheapest
    if cheapest and len(result.scenarios) > 1:
        print(f"\nCheapest: {cheapest.model.display}, {cheapest.key_mode}")
    return 0


# --- wiring ---------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gptbots-planner-cli",
        description="Project GPTBots credit spend from your own material, offline.",
    )
    parser.add_argument("--version", action="version", version=f"gptbots-planner {__version__}")
    sub = parser.add_subparsers(dest="verb", required=True, metavar="VERB")

    def verb(
        name: str, help_text: str, func: Callable[[argparse.Namespace], int]
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--format", choices=FORMATS, default="table")
        p.add_argument("--bundled-only", action="store_true", help="ignore your own prices")
        p.set_defaults(func=func)
        return p

    verb("catalog", "the price catalog in effect (bundled + your prices)", cmd_catalog)
    p = verb("price", "credits for a number of tokens", cmd_price)
    p.add_argument("--model", required=True, help="model id or name, e.g. GPT-4.1-1M")
    p.add_argument("--key", required=True, help="gptbots or own")
    p.add_argument("--input-tokens", default="0")
    p.add_argument("--output-tokens", default="0")
    p = verb("buys", "what a number of credits buys", cmd_buys)
    p.add_argument("--credits", required=True)
    p.add_argument("--model", required=True)
    p.add_argument("--key", required=True, help="gptbots or own")
    p = verb("estimate", "the monthly estimate of a plan file", cmd_estimate)
    p.add_argument("plan", help="a .gbplan file, or example:NAME for a bundled example")
    p.add_argument("--set", action="append", metavar="FIELD=VALUE", help="override a plan field")
    p.add_argument(
        "--budget",
        metavar="CREDITS",
        help="also show how many conversations a monthly budget of CREDITS pays for",
    )

    measure_command.add_parser(sub)
    export_command.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except (UsageError, PlanError, CatalogError) as exc:
        print(f"gptbots-planner-cli: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("gptbots-planner-cli: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
