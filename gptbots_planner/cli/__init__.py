"""``gptbots-planner-cli``: a thin command line over core, measure and export.

One module per verb (``catalog_cmd``, ``price_cmd``, ``buys_cmd``, ``estimate_cmd``,
``measure_cmd``, ``export_cmd``, ``tokenizer_cmd``), each with ``add_parser(subparsers)`` and
``run(args) -> int``; ``common`` and ``output`` hold what they share.  Verbs print
``--format table`` (default), ``json`` or ``csv``.  A user error is one clear line on
stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from gptbots_planner.cli.base import PROG, UsageError, error_line
from gptbots_planner.core.errors import CodedError

log = logging.getLogger(__name__)

# The verbs and their modules, in the order ``--help`` lists them.  Running a verb imports
# only its module (``measure`` needs neither the workbook writer nor the estimate engine:
# ~0.15 s of every scan's start); ``--help`` and a mistyped verb import them all.
VERBS: tuple[tuple[str, str], ...] = (
    ("catalog", "catalog_cmd"),
    ("price", "price_cmd"),
    ("buys", "buys_cmd"),
    ("estimate", "estimate_cmd"),
    ("measure", "measure_cmd"),
    ("export", "export_cmd"),
    ("tokenizer", "tokenizer_cmd"),
)

__all__ = ["VERBS", "build_parser", "main"]


class _Version(argparse.Action):
    """``--version``: the installed version, looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **_kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from gptbots_planner import __version__

        print(f"gptbots-planner {__version__}")
        parser.exit()


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; with ``argv`` naming a verb, only that verb's (its module alone imported)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Project GPTBots credit spend from your own material, offline.",
    )
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(dest="verb", required=True, metavar="VERB")
    first = next((a for a in argv or () if not a.startswith("-")), None)
    chosen = tuple(verb for verb in VERBS if verb[0] == first) or VERBS
    for _name, module in chosen:
        importlib.import_module(f"{__name__}.{module}").add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    args = build_parser(sys.argv[1:] if argv is None else argv).parse_args(argv)
    try:
        return int(args.func(args))
    except UsageError as exc:
        print(error_line(exc, exc.verb), file=sys.stderr)
        return 2
    except CodedError as exc:  # a plan or catalog that cannot be used (PlanError, CatalogError)
        print(error_line(exc), file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
