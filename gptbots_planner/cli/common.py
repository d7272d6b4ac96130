"""What every verb of ``gptbots-planner-cli`` shares: options, usage errors, plan and catalog.

A mistake in what the user asked for is a :class:`UsageError`; ``main`` reports it as
one line on stderr (``gptbots-planner-cli: error: ...``) and exits 2, as argparse does
for a malformed command line.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from gptbots_planner.cli.base import (
    Run,
    Subparsers,
    UsageError,
    add_format_option,
    add_verb,
)
from gptbots_planner.core.catalog import (
    Catalog,
    CatalogError,
    LLMModel,
    load_catalog,
    normalize_key_mode,
)
from gptbots_planner.core.money import MoneyError, to_decimal
from gptbots_planner.core.plan import Plan
from gptbots_planner.core.planfile import load_example_plan, read_plan

log = logging.getLogger(__name__)


def add_catalog_verb(
    subparsers: Subparsers, name: str, help_text: str, run: Run
) -> argparse.ArgumentParser:
    """A verb that prints in ``--format`` and may ignore the user's prices (``--bundled-only``)."""
    p = add_verb(subparsers, name, help_text, run)
    add_format_option(p)
    add_bundled_only_option(p)
    return p


def add_bundled_only_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--bundled-only", action="store_true", help="ignore your own prices")


def add_plan_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", help="a .gbplan file, or example:NAME for a bundled example")


def add_set_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--set", action="append", metavar="FIELD=VALUE", help="override a plan field")


def catalog_for(args: argparse.Namespace) -> Catalog:
    """The catalog in effect; a user price file that could not be read is a warning."""
    catalog = load_catalog(use_user_file=not getattr(args, "bundled_only", False))
    if catalog.user_error:
        print(f"warning: your prices were not applied: {catalog.user_error}", file=sys.stderr)
    for warning in catalog.user_warnings:  # kept in the file, not used (a removed model)
        print(f"warning: {warning.english()}", file=sys.stderr)
    return catalog


def model_and_key(args: argparse.Namespace) -> tuple[LLMModel, str]:
    """The model ``--model`` names in the catalog in effect and the key mode ``--key`` names."""
    catalog = catalog_for(args)
    try:
        return catalog.find_llm(args.model), normalize_key_mode(args.key)
    except CatalogError as exc:
        raise UsageError(str(exc)) from None


def load_plan_arg(text: str) -> Plan:
    """A plan file path, or ``example:NAME`` for a bundled example."""
    if text.startswith("example:"):
        return load_example_plan(text.split(":", 1)[1] or None)
    return read_plan(Path(text))


def apply_settings(plan: Plan, assignments: Iterable[str] | None) -> None:
    """Apply ``--set FIELD=VALUE`` overrides to ``plan``, in order."""
    for assignment in assignments or []:
        if "=" not in assignment:
            raise UsageError(f"--set expects FIELD=VALUE, got {assignment!r}")
        name, value = assignment.split("=", 1)
        plan.set_field(name.strip(), value.strip())


def catalog_and_plan(args: argparse.Namespace) -> tuple[Catalog, Plan]:
    """The catalog in effect and the plan ``PLAN`` names, with its ``--set`` overrides."""
    catalog = catalog_for(args)
    plan = load_plan_arg(args.plan)
    apply_settings(plan, args.set)
    return catalog, plan


def parse_decimal(text: str, what: str) -> Decimal:
    try:
        return to_decimal(text, what)
    except MoneyError as exc:
        raise UsageError(str(exc)) from None


def parse_non_negative(text: str, what: str) -> Decimal:
    value = parse_decimal(text, what)
    if value < 0:
        raise UsageError(f"{what} cannot be negative")
    return value


def parse_whole(text: str, what: str) -> int:
    value = parse_decimal(text, what)
    if value < 0 or value != value.to_integral_value():
        raise UsageError(f"{what}: expected a whole number of 0 or more, got {text!r}")
    return int(value)
