"""``buys``: how many tokens a number of credits buys on one model."""

from __future__ import annotations

import argparse
import logging

from gptbots_planner.cli.base import Subparsers
from gptbots_planner.cli.common import add_catalog_verb, model_and_key, parse_non_negative
from gptbots_planner.cli.output import emit_rows, print_kv, write_json
from gptbots_planner.core.buys import what_credits_buy

log = logging.getLogger(__name__)


def add_parser(subparsers: Subparsers) -> None:
    p = add_catalog_verb(subparsers, "buys", "what a number of credits buys", run)
    p.add_argument("--credits", required=True)
    p.add_argument("--model", required=True)
    p.add_argument("--key", required=True, help="gptbots or own")


def run(args: argparse.Namespace) -> int:
    model, key = model_and_key(args)
    credits = parse_non_negative(args.credits, "--credits")
    result = what_credits_buy(credits, model, key).to_dict()
    if args.format == "json":
        write_json(result)
    elif args.format == "csv":
        emit_rows([result], list(result), "csv")
    else:
        print_kv(result)
        if result["input_tokens"] is None:
            print("(free or unpriced: no token limit from credits)")
    return 0
