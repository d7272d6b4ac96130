"""``gptbots-planner-cli export``: the budget as an XLSX workbook or as CSV files.

``export PLAN (--xlsx OUT | --csv OUT) [--lang en|zh] [--set FIELD=VALUE ...]
[--bundled-only]``; PLAN is a ``.gbplan`` file or ``example:NAME``.  A target
that cannot be written is one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from gptbots_planner.export.labels import LANGUAGES

log = logging.getLogger(__name__)

PROG = "gptbots-planner-cli"


def add_parser(subparsers: Any) -> None:  # argparse's _SubParsersAction is private
    help_text = "write a plan's budget as an XLSX workbook (live formulas, charts) or CSV"
    p = subparsers.add_parser("export", help=help_text, description=help_text)
    p.add_argument("plan", help="a .gbplan file, or example:NAME for a bundled example")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--xlsx", metavar="OUT", type=Path, help="write an XLSX workbook")
    target.add_argument(
        "--csv",
        metavar="OUT",
        type=Path,
        help="write the breakdown CSV, and the file list as OUT-files.csv beside it",
    )
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the headings")
    p.add_argument("--set", action="append", metavar="FIELD=VALUE", help="override a plan field")
    p.add_argument("--bundled-only", action="store_true", help="ignore your own prices")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: cli.py imports this module while it builds its parser.
    from gptbots_planner import cli
    from gptbots_planner.export.csv import write_csv
    from gptbots_planner.export.xlsx import write_xlsx

    catalog = cli._catalog(args)
    plan = cli._load_plan_arg(args.plan)
    for assignment in args.set or []:
        if "=" not in assignment:
            raise cli.UsageError(f"--set expects FIELD=VALUE, got {assignment!r}")
        name, value = assignment.split("=", 1)
        plan.set_field(name.strip(), value.strip())
    out: Path = args.xlsx if args.xlsx is not None else args.csv
    try:
        if args.xlsx is not None:
            write_xlsx(plan, catalog, out, language=args.lang)
            written = [out]
        else:
            written = write_csv(plan, catalog, out, language=args.lang)
    except OSError as exc:
        reason = getattr(exc, "reason", None) or exc.strerror or str(exc)
        print(f"{PROG}: error: cannot write {out}: {reason}", file=sys.stderr)
        return 2
    for path in written:
        print(path)
    return 0
