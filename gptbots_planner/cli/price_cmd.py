"""``price``: the credits a number of input and output tokens cost on one model."""

from __future__ import annotations

import argparse
import logging

from gptbots_planner.cli.base import Subparsers
from gptbots_planner.cli.common import add_catalog_verb, model_and_key, parse_whole
from gptbots_planner.cli.output import emit_rows, print_kv, write_json
from gptbots_planner.core.buys import price_tokens

log = logging.getLogger(__name__)


def add_parser(subparsers: Subparsers) -> None:
    p = add_catalog_verb(subparsers, "price", "credits for a number of tokens", run)
    p.add_argument("--model", required=True, help="model id or name, e.g. GPT-4.1-1M")
    p.add_argument("--key", required=True, help="gptbots or own")
    p.add_argument("--input-tokens", default="0")
    p.add_argument("--output-tokens", default="0")


def run(args: argparse.Namespace) -> int:
    model, key = model_and_key(args)
    result = price_tokens(
        model,
        key,
        parse_whole(args.input_tokens, "--input-tokens"),
        parse_whole(args.output_tokens, "--output-tokens"),
    )
    if args.format == "json":
        write_json(result)
        return 0
    # A missing price reads "unpriced" in words, never as an empty cell or a 0.
    shown = {
        k: "unpriced" if v is None and (k.endswith("credits") or k == "usd") else v
        for k, v in result.items()
    }
    if args.format == "csv":
        emit_rows([shown], list(shown), "csv")
    else:
        print_kv(shown)
    return 0
