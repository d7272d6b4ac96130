"""``tokenizer``: which vocabularies count exactly here, and adding one the app may not ship.

``tokenizer list`` shows each tokenizer id, the model families it counts, and whether its
file ships with the app (``bundled``), is in the data folder (``installed``), is absent
(``missing``: those models are counted approximately) or is there with another hash
(``wrong_file``: refused on load).  ``tokenizer add llama3 PATH`` checks the file's SHA-256
and copies it into the data folder, so the user need not find that folder.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

from gptbots_planner.cli.base import Subparsers, UsageError, add_format_option, add_verb
from gptbots_planner.cli.output import emit_rows, write_json
from gptbots_planner.measure.tokenizers import install
from gptbots_planner.measure.tokenizers.specs import TOKENIZERS, vocab_path
from gptbots_planner.vocab import tokenizers as tokenizer_names
from gptbots_planner.vocab.messages import message
from gptbots_planner.vocab.text import english

log = logging.getLogger(__name__)

VERB = "tokenizer"
COLUMNS = ("id", "families", "status", "file")


def add_parser(subparsers: Subparsers) -> None:
    p = add_verb(subparsers, VERB, "list the tokenizers, or add a vocabulary (Llama 3)", run_list)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    listing = actions.add_parser("list", help="each tokenizer and whether its file is here")
    add_format_option(listing)
    listing.set_defaults(func=run_list)
    add = actions.add_parser(
        "add", help="check a vocabulary file's SHA-256 and copy it into the data folder"
    )
    add.add_argument(
        "name", choices=[n for n, s in TOKENIZERS.items() if not s.bundled], help="tokenizer id"
    )
    add.add_argument("path", type=Path, help="the vocabulary file, e.g. Llama 3's tokenizer.json")
    add.set_defaults(func=run_add)


def tokenizer_rows() -> list[dict[str, Any]]:
    return [
        {
            "id": name,
            "families": english(tokenizer_names.TOKENIZERS[name].label),
            "status": install.status(name),
            "file": str(vocab_path(name)),
        }
        for name in TOKENIZERS
    ]


def run_list(args: argparse.Namespace) -> int:
    rows = tokenizer_rows()
    fmt = getattr(args, "format", "table")  # bare ``tokenizer`` lists as a table
    if fmt == "json":
        write_json(rows)
    else:
        emit_rows(rows, COLUMNS, fmt)
    return 0


def run_add(args: argparse.Namespace) -> int:
    try:
        target = install.install(args.name, args.path)
    except install.InstallError as exc:
        raise UsageError(str(exc), VERB) from None
    print(message("tokenizer_added", tokenizer=args.name, path=target).english())
    return 0
