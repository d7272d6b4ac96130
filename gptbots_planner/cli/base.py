"""The light part of what the verbs share: the program name, usage errors, adding a verb.

Kept apart from ``common`` (which reads catalogs and plans) so that running one verb
imports only what that verb needs: ``measure`` needs no catalog unless ``--model`` asks.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TypeAlias

PROG = "gptbots-planner-cli"
FORMATS = ("table", "json", "csv")

# argparse has no public name for what add_subparsers returns.
Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
Run: TypeAlias = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """A mistake in what the user asked for: reported in one line, exit status 2.

    ``verb`` names the verb in the line's prefix (``gptbots-planner-cli measure: error:``),
    as argparse names the sub-command in its own errors; the ``measure`` verb has always
    reported its mistakes that way.
    """

    def __init__(self, message: str, verb: str | None = None) -> None:
        super().__init__(message)
        self.verb = verb


def error_line(message: object, verb: str | None = None) -> str:
    """The one line a usage error prints on stderr."""
    prog = f"{PROG} {verb}" if verb else PROG
    return f"{prog}: error: {message}"


def add_verb(
    subparsers: Subparsers, name: str, help_text: str, run: Run
) -> argparse.ArgumentParser:
    p = subparsers.add_parser(name, help=help_text, description=help_text)
    p.set_defaults(func=run)
    return p


def add_format_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=FORMATS, default="table")
