"""``measure``: per-file measurements and totals (tokens, pages, image tiles, audio seconds).

A run that finished exits 0 even when some files could not be measured (they are rows
with an error); usage mistakes (no such path, unknown model or encoding) are one line
on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import codecs
import logging
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from gptbots_planner.atomic import escape_lone_surrogates
from gptbots_planner.cli import json_text
from gptbots_planner.cli.base import Subparsers, UsageError, add_format_option, add_verb
from gptbots_planner.cli.output import table_line, terminal_safe, write_csv
from gptbots_planner.cli.progress import ProgressBar
from gptbots_planner.core.measurement_rows import file_row, totals_row
from gptbots_planner.measure import dispatch, tokens
from gptbots_planner.measure.scan import ScanResult, scan_paths

log = logging.getLogger(__name__)

VERB = "measure"
COLUMNS = (
    "path",
    "kind",
    "detail",
    "tokens",
    "width",
    "height",
    "tiles",
    "image_tokens",
    "seconds",
    "error",
    "warning",
)


def add_parser(subparsers: Subparsers) -> None:
    help_text = "measure files and folders: tokens, pages, image tiles, audio seconds"
    p = add_verb(subparsers, VERB, help_text, run)
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (folders recurse)")
    p.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    p.add_argument("--no-cache", action="store_true", help="measure again, ignore the cache")
    p.add_argument(
        "--model",
        action="append",
        default=None,
        help="count tokens with this model's tokenizer (id or name; default o200k_base); "
        "repeat it to count several tokenizers in one pass over the files",
    )
    p.add_argument("--encoding", default=None, help="force the text encoding, e.g. gb18030")
    p.add_argument("--include-hidden", action="store_true", help="also measure hidden files")
    p.add_argument(
        "--no-notes",
        action="store_true",
        help="leave PPTX speaker notes out (default: they count, with the slides)",
    )
    add_format_option(p)


def tokenizer_for_model(model: str | None) -> str:
    """The tokenizer of a catalog model (id or name, case-insensitive), the user's own
    custom models included (``load_catalog`` reads the user catalog too)."""
    if not model:
        return tokens.DEFAULT_TOKENIZER
    # lazy: reading the catalog costs ~0.1 s, and a plain ``measure`` needs none
    from gptbots_planner.core.catalog import CatalogError, load_catalog

    catalog = load_catalog()
    if catalog.user_error:
        log.warning("your catalog was not read (%s); using the bundled one", catalog.user_error)
    wanted = model.strip().casefold()
    # A name several brands share (GPT-4-8k: OpenAI and Azure) is fine when they all count
    # with the same tokenizer: only the tokenizer matters here.
    named = {
        m.tokenizer or tokens.DEFAULT_TOKENIZER
        for m in catalog.llm.values()
        if wanted in (m.id.casefold(), m.name.casefold(), f"{m.brand}/{m.name}".casefold())
    }
    found: str | None = named.pop() if len(named) == 1 else None
    if found is None:
        for category in ("embedding", "rerank"):
            try:
                row = catalog.service(category, model)
            except CatalogError:
                continue
            found = row.tokenizer or tokens.DEFAULT_TOKENIZER
            break
    if found is None:
        try:
            catalog.find_llm(model)  # for its message: unknown (with near names) or ambiguous
            problem = f"model {model!r} is ambiguous"
        except CatalogError as exc:
            problem = str(exc)
        raise UsageError(
            f"{problem}; see `gptbots-planner-cli catalog` for model ids and names", VERB
        )
    if found not in tokens.TOKENIZERS:
        log.warning(
            "model %s: tokenizer %s not bundled; using %s",
            model,
            found,
            tokens.DEFAULT_TOKENIZER,
        )
        return tokens.DEFAULT_TOKENIZER
    return found


def tokenizers_for_models(models: list[str] | None) -> tuple[str, ...]:
    """The tokenizers of ``--model`` given zero, one or more times, in order, without
    repeats (two models that share a tokenizer count it once)."""
    if not models:
        return (tokens.DEFAULT_TOKENIZER,)
    return tuple(dict.fromkeys(tokenizer_for_model(m) for m in models))


def _check_args(args: argparse.Namespace) -> tuple[list[Path], tuple[str, ...]]:
    if args.jobs is not None and args.jobs < 1:
        raise UsageError(f"--jobs must be 1 or more, got {args.jobs}", VERB)
    if args.encoding:
        try:
            codecs.lookup(args.encoding)
        except LookupError:
            raise UsageError(f"unknown encoding {args.encoding!r}", VERB) from None
    paths = []
    for raw in args.paths:
        path = Path(raw)
        try:
            os.lstat(path)
        except (FileNotFoundError, NotADirectoryError):
            raise UsageError(f"no such file or folder: {terminal_safe(raw)}", VERB) from None
        except OSError:
            pass  # no permission on a parent folder...: the scan reports it as an error row
        paths.append(path)
    return paths, tokenizers_for_models(args.model)


def run(args: argparse.Namespace) -> int:
    paths, tokenizers = _check_args(args)
    bar = ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    try:
        result = scan_paths(
            paths,
            tokenizers,
            jobs=args.jobs,
            use_cache=not args.no_cache,
            include_hidden=args.include_hidden,
            progress=bar.update if bar else None,
            encoding=args.encoding,
            limits=dispatch.Limits(speaker_notes=not args.no_notes),
        )
    finally:
        if bar:
            bar.clear()
    if args.format == "json":
        _write_json(result, tokenizers, sys.stdout)
    elif args.format == "csv":
        _write_csv(result, tokenizers, sys.stdout)
    else:
        _write_table(result, tokenizers, sys.stdout)
    return 0


def token_columns(tokenizers: tuple[str, ...]) -> list[str]:
    """One model: the ``tokens`` column; several: ``tokens:<tokenizer>`` for each."""
    if len(tokenizers) == 1:
        return ["tokens"]
    return [f"tokens:{name}" for name in tokenizers]


def _tokens(m_tokens: dict[str, int], measured: bool, name: str) -> int | None:
    return m_tokens.get(name, 0) if measured else None


def _write_json(result: ScanResult, tokenizers: tuple[str, ...], out: TextIO) -> None:
    first = tokenizers[0]
    files = []
    for m in result.measurements:
        row = file_row(m, first)
        if len(tokenizers) > 1:
            measured = row["tokens"] is not None
            row["tokens_by_tokenizer"] = {n: _tokens(m.tokens, measured, n) for n in tokenizers}
        files.append(row)
    totals = totals_row(result, first)
    data: dict[str, Any] = {"tokenizer": first}
    if len(tokenizers) > 1:
        data["tokenizers"] = list(tokenizers)
        totals["tokens_by_tokenizer"] = {n: result.totals.tokens.get(n, 0) for n in tokenizers}
    data["files"] = files
    data["totals"] = totals
    # ``output.write_json``'s text, through the leaner encoder (thousands of rows).
    out.write(escape_lone_surrogates(json_text.dumps(data)))
    out.write("\n")


def _write_csv(result: ScanResult, tokenizers: tuple[str, ...], out: TextIO) -> None:
    first = tokenizers[0]
    names = token_columns(tokenizers)
    at = COLUMNS.index("tokens")
    columns = [*COLUMNS[:at], *names, *COLUMNS[at + 1 :]]
    rows: list[list[Any]] = []
    for m in result.measurements:
        row = file_row(m, first)
        measured = row["tokens"] is not None
        counts = [_tokens(m.tokens, measured, n) for n in tokenizers]
        rows.append([row[c] for c in COLUMNS[:at]] + counts + [row[c] for c in COLUMNS[at + 1 :]])
    t = totals_row(result, first)
    label = " ".join(tokenizers)
    total_counts = [result.totals.tokens.get(n, 0) for n in tokenizers]
    rows.append(
        ["TOTAL", f"{t['files']} files", label, *total_counts, "", "", t["tiles"],
         t["image_tokens"], t["seconds"], f"{t['errors']} errors" if t["errors"] else "", ""]
    )  # fmt: skip
    write_csv(columns, rows, out)


def _fmt(value: Any) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, int):
        return f"{value:,}"
    return terminal_safe(str(value))  # file names may hold ESC, CR or undecodable bytes


def _write_table(result: ScanResult, tokenizers: tuple[str, ...], out: TextIO) -> None:
    first = tokenizers[0]
    k = len(tokenizers)
    headers = ["path", "kind", "detail", *token_columns(tokenizers), "size", "tiles", "img tok",
               "seconds", "note"]  # fmt: skip
    rows = []
    for m in result.measurements:
        r = file_row(m, first)
        measured = r["tokens"] is not None
        counts = [_fmt(_tokens(m.tokens, measured, n)) for n in tokenizers]
        size = f"{m.width}x{m.height}" if m.width and m.height else None
        note = terminal_safe(f"ERROR: {m.error}" if m.error else m.warning)
        rows.append(
            [_fmt(r["path"]), r["kind"], _fmt(r["detail"]), *counts, _fmt(size),
             _fmt(r["tiles"]), _fmt(r["image_tokens"]), _fmt(r["seconds"]), note]
        )  # fmt: skip
    t = totals_row(result, first)
    total_counts = [_fmt(result.totals.tokens.get(n, 0)) for n in tokenizers]
    total = [
        f"TOTAL ({t['files']} file{'' if t['files'] == 1 else 's'})", "", " ".join(tokenizers),
        *total_counts, "", _fmt(t["tiles"]), _fmt(t["image_tokens"]), _fmt(t["seconds"]),
        f"{t['errors']} error(s)" if t["errors"] else "",
    ]  # fmt: skip
    numeric = {*range(3, 3 + k), 4 + k, 5 + k, 6 + k}
    widths = [max(len(h), *(len(row[i]) for row in [*rows, total])) for i, h in enumerate(headers)]
    widths[-1] = 0  # the note column is last and not padded
    rule = table_line(["-" * w for w in widths[:-1]] + ["----"], widths, numeric)
    out.write(table_line(headers, widths, numeric) + "\n")
    out.write(rule + "\n")
    for row in rows:
        out.write(table_line(row, widths, numeric) + "\n")
    out.write(rule + "\n")
    out.write(table_line(total, widths, numeric) + "\n")
    extras = [f"{t['chars']:,} characters", f"rule of thumb ~{t['estimated_tokens']:,} tokens"]
    if t["cached"]:
        extras.append(f"{t['cached']} from cache")
    if t["unsupported"]:
        extras.append(f"{t['unsupported']} unsupported")
    out.write("  ".join(extras) + "\n")
