"""``export``: a plan's budget as an XLSX workbook or as CSV files.

``export PLAN (--xlsx OUT | --csv OUT) [--lang en|zh] [--set FIELD=VALUE ...]
[--bundled-only]``; PLAN is a ``.gbplan`` file or ``example:NAME``.  A target
that cannot be written is a usage error: one line on stderr, exit status 2.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from gptbots_planner.cli.base import Subparsers, UsageError, add_verb
from gptbots_planner.cli.common import (
    add_bundled_only_option,
    add_plan_argument,
    add_set_option,
    catalog_and_plan,
)
from gptbots_planner.export.csv import write_csv
from gptbots_planner.export.labels import LANGUAGES
from gptbots_planner.export.xlsx import write_xlsx

log = logging.getLogger(__name__)


def add_parser(subparsers: Subparsers) -> None:
    help_text = "write a plan's budget as an XLSX workbook (live formulas, charts) or CSV"
    p = add_verb(subparsers, "export", help_text, run)
    add_plan_argument(p)
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--xlsx", metavar="OUT", type=Path, help="write an XLSX workbook")
    target.add_argument(
        "--csv",
        metavar="OUT",
        type=Path,
        help="write the breakdown CSV, and the file list as OUT-files.csv beside it",
    )
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the headings")
    add_set_option(p)
    add_bundled_only_option(p)


def run(args: argparse.Namespace) -> int:
    catalog, plan = catalog_and_plan(args)
    out: Path = args.xlsx if args.xlsx is not None else args.csv
    try:
        if args.xlsx is not None:
            write_xlsx(plan, catalog, out, language=args.lang)
            written = [out]
        else:
            written = write_csv(plan, catalog, out, language=args.lang)
    except OSError as exc:
        # The atomic writer's errors carry a plain-words reason ("the folder ... does not exist").
        reason = getattr(exc, "reason", None) or exc.strerror or str(exc)
        raise UsageError(f"cannot write {out}: {reason}") from None
    for path in written:
        print(path)
    return 0
