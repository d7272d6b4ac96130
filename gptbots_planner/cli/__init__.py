"""``gptbots-planner-cli``: a thin command line over core, measure and export.

One module per verb (``catalog_cmd``, ``price_cmd``, ``buys_cmd``, ``estimate_cmd``,
``measure_cmd``, ``export_cmd``, ``tokenizer_cmd``), each with ``add_parser(subparsers)`` and
``run(args) -> int``; ``common`` and ``output`` hold what they share.  Verbs print
``--format table`` (default), ``json`` or ``csv``.  A user error is one clear line on
stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from gptbots_planner import __version__
from gptbots_planner.cli import (
    buys_cmd,
    catalog_cmd,
    estimate_cmd,
    export_cmd,
    measure_cmd,
    price_cmd,
    tokenizer_cmd,
)
from gptbots_planner.cli.common import PROG, UsageError, error_line
from gptbots_planner.core.catalog import CatalogError
from gptbots_planner.core.plan import PlanError

log = logging.getLogger(__name__)

# In the order ``--help`` lists them.
VERBS = (
    catalog_cmd,
    price_cmd,
    buys_cmd,
    estimate_cmd,
    measure_cmd,
    export_cmd,
    tokenizer_cmd,
)

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Project GPTBots credit spend from your own material, offline.",
    )
    parser.add_argument("--version", action="version", version=f"gptbots-planner {__version__}")
    sub = parser.add_subparsers(dest="verb", required=True, metavar="VERB")
    for verb in VERBS:
        verb.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except UsageError as exc:
        print(error_line(exc, exc.verb), file=sys.stderr)
        return 2
    except (PlanError, CatalogError) as exc:
        print(error_line(exc), file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
