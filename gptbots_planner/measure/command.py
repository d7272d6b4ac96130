"""The ``measure`` verb of ``gptbots-planner-cli``: per-file measurements and totals.

``cli.py`` calls ``add_parser`` to register the verb and ``run`` to execute it.
A run that finished exits 0 even when some files could not be measured (they
are rows with an error); usage mistakes (no such path, unknown model or
encoding) are one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import io
import json
import logging
import os
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from gptbots_planner.core import image_rules
from gptbots_planner.measure import tokens
from gptbots_planner.measure.records import Measurement
from gptbots_planner.measure.scan import ScanProgress, ScanResult, scan_paths

log = logging.getLogger(__name__)

FORMATS = ("table", "json", "csv")
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


class MeasureUsageError(Exception):
    """Reported as one line on stderr, exit status 2."""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    help_text = "measure files and folders: tokens, pages, image tiles, audio seconds"
    p = subparsers.add_parser("measure", help=help_text, description=help_text)
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (folders recurse)")
    p.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    p.add_argument("--no-cache", action="store_true", help="measure again, ignore the cache")
    p.add_argument(
        "--model",
        default=None,
        help="count tokens with this model's tokenizer (id or name; default o200k_base)",
    )
    p.add_argument("--encoding", default=None, help="force the text encoding, e.g. gb18030")
    p.add_argument("--include-hidden", action="store_true", help="also measure hidden files")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(func=run)


def tokenizer_for_model(model: str | None) -> str:
    """The tokenizer of a catalog model (id or name, case-insensitive), the user's own
    custom models included (``core.catalog.load_catalog`` reads the user catalog too)."""
    if not model:
        return tokens.DEFAULT_TOKENIZER
    from gptbots_planner.core.catalog import CatalogError, load_catalog  # pure Python

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
        raise MeasureUsageError(
            f"{problem}; see `gptbots-planner-cli catalog` for model ids and names"
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


def _check_args(args: argparse.Namespace) -> tuple[list[Path], str]:
    if args.jobs is not None and args.jobs < 1:
        raise MeasureUsageError(f"--jobs must be 1 or more, got {args.jobs}")
    if args.encoding:
        try:
            codecs.lookup(args.encoding)
        except LookupError:
            raise MeasureUsageError(f"unknown encoding {args.encoding!r}") from None
    paths = []
    for raw in args.paths:
        path = Path(raw)
        if not os.path.lexists(path):
            raise MeasureUsageError(f"no such file or folder: {raw}")
        paths.append(path)
    return paths, tokenizer_for_model(args.model)


def run(args: argparse.Namespace) -> int:
    try:
        paths, tokenizer = _check_args(args)
    except MeasureUsageError as exc:
        print(f"gptbots-planner-cli measure: error: {exc}", file=sys.stderr)
        return 2
    bar = _ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    try:
        result = scan_paths(
            paths,
            [tokenizer],
            jobs=args.jobs,
            use_cache=not args.no_cache,
            include_hidden=args.include_hidden,
            progress=bar.update if bar else None,
            encoding=args.encoding,
        )
    finally:
        if bar:
            bar.clear()
    fmt = getattr(args, "format", "table") or "table"
    if fmt == "json":
        _write_json(result, tokenizer, sys.stdout)
    elif fmt == "csv":
        _write_csv(result, tokenizer, sys.stdout)
    else:
        _write_table(result, tokenizer, sys.stdout)
    return 0


# --- rows ---------------------------------------------------------------------------------


def _image_cost(m: Measurement) -> tuple[int | None, int | None]:
    if m.kind != "image" or m.width <= 0 or m.height <= 0:
        return None, None
    cost = image_rules.image_tokens(m.width, m.height)  # the seed's rule, the default
    return cost.tiles, int(cost.tokens)


def _detail(m: Measurement) -> str:
    if m.detail:
        return m.detail
    if m.pages:
        return f"{m.pages} pages"
    if m.encoding:
        return m.encoding
    if m.frames:
        return f"{m.frames} frames"
    return ""


def file_row(m: Measurement, tokenizer: str) -> dict[str, Any]:
    tiles, image_tokens = _image_cost(m)
    measured = m.kind in ("text", "document")
    return {
        "path": m.path,
        "name": m.name,
        "kind": m.kind,
        "detail": _detail(m),
        "tokens": m.tokens.get(tokenizer, 0) if measured else None,
        "chars": m.chars if measured else None,
        "words": m.words if measured else None,
        "estimated_tokens": m.estimated_tokens if measured else None,
        "script": m.script,
        "encoding": m.encoding,
        "pages": m.pages or None,
        "width": m.width or None,
        "height": m.height or None,
        "frames": m.frames or None,
        "tiles": tiles,
        "image_tokens": image_tokens,
        "seconds": m.seconds or None,
        "size_bytes": m.size_bytes,
        "error": m.error,
        "warning": m.warning,
    }


def totals_row(result: ScanResult, tokenizer: str) -> dict[str, Any]:
    t = result.totals
    image_tokens = 0
    tiles = 0
    for m in result.measurements:
        n_tiles, n_tokens = _image_cost(m)
        tiles += n_tiles or 0
        image_tokens += n_tokens or 0
    return {
        "tokenizer": tokenizer,
        "tokens": t.tokens.get(tokenizer, 0),
        "files": t.files,
        "bytes": t.bytes,
        "chars": t.chars,
        "words": t.words,
        "estimated_tokens": t.estimated_tokens,
        "pages": t.pages,
        "text_files": t.text_files,
        "documents": t.documents,
        "images": t.images,
        "image_pixels": t.image_pixels,
        "tiles": tiles,
        "image_tokens": image_tokens,
        "audio_files": t.audio_files,
        "seconds": t.seconds,
        "errors": t.errors,
        "unsupported": t.unsupported,
        "warnings": t.warnings,
        "cached": result.cache_hits,
        "cancelled": result.cancelled,
    }


def _write_json(result: ScanResult, tokenizer: str, out: TextIO) -> None:
    data = {
        "tokenizer": tokenizer,
        "files": [file_row(m, tokenizer) for m in result.measurements],
        "totals": totals_row(result, tokenizer),
    }
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _safe_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | Decimal):
        return str(value)
    text = str(value)
    # File names can start with "=", "+", "-", "@": spreadsheet formula injection.
    if text.startswith(("=", "+", "-", "@", "\t", "\r")):
        return "'" + text
    return text


def _write_csv(result: ScanResult, tokenizer: str, out: TextIO) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for m in result.measurements:
        row = file_row(m, tokenizer)
        writer.writerow([_safe_cell(row[c]) for c in COLUMNS])
    t = totals_row(result, tokenizer)
    writer.writerow(
        [_safe_cell(v) for v in ("TOTAL", f"{t['files']} files", tokenizer, t["tokens"], "", "",
                                 t["tiles"], t["image_tokens"], t["seconds"],
                                 f"{t['errors']} errors" if t["errors"] else "", "")]
    )  # fmt: skip
    out.write(buf.getvalue())


def _fmt(value: Any) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _write_table(result: ScanResult, tokenizer: str, out: TextIO) -> None:
    headers = ("path", "kind", "detail", "tokens", "size", "tiles", "img tok", "seconds", "note")
    rows = []
    for m in result.measurements:
        r = file_row(m, tokenizer)
        size = f"{m.width}x{m.height}" if m.width and m.height else None
        note = f"ERROR: {m.error}" if m.error else m.warning
        rows.append(
            [_fmt(r["path"]), r["kind"], _fmt(r["detail"]), _fmt(r["tokens"]), _fmt(size),
             _fmt(r["tiles"]), _fmt(r["image_tokens"]), _fmt(r["seconds"]), note]
        )  # fmt: skip
    t = totals_row(result, tokenizer)
    total = [
        f"TOTAL ({t['files']} file{'' if t['files'] == 1 else 's'})", "", tokenizer, _fmt(t["tokens"]), "",
        _fmt(t["tiles"]), _fmt(t["image_tokens"]), _fmt(t["seconds"]),
        f"{t['errors']} error(s)" if t["errors"] else "",
    ]  # fmt: skip
    numeric = {3, 5, 6, 7}
    widths = [max(len(h), *(len(row[i]) for row in [*rows, total])) for i, h in enumerate(headers)]
    widths[-1] = 0  # the note column is last and not padded

    def line(cells: list[str]) -> str:
        parts = []
        for i, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            parts.append(cell.rjust(width) if i in numeric else cell.ljust(width))
        return "  ".join(parts).rstrip()

    out.write(line(list(headers)) + "\n")
    out.write(line(["-" * w for w in widths[:-1]] + ["----"]) + "\n")
    for row in rows:
        out.write(line(row) + "\n")
    out.write(line(["-" * w for w in widths[:-1]] + ["----"]) + "\n")
    out.write(line(total) + "\n")
    extras = [f"{t['chars']:,} characters", f"rule of thumb ~{t['estimated_tokens']:,} tokens"]
    if t["cached"]:
        extras.append(f"{t['cached']} from cache")
    if t["unsupported"]:
        extras.append(f"{t['unsupported']} unsupported")
    out.write("  ".join(extras) + "\n")


# --- progress -----------------------------------------------------------------------------


class _ProgressBar:
    """A one-line bar on a terminal's stderr, redrawn at most 10 times a second."""

    def __init__(self, stream: TextIO, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self._last = 0.0
        self._drawn = False

    def update(self, p: ScanProgress) -> None:
        now = time.monotonic()
        if now - self._last < 0.1 and p.files_done < p.files_total:
            return
        self._last = now
        if p.bytes_total:
            frac = min(1.0, p.bytes_done / p.bytes_total)
        else:
            frac = p.files_done / p.files_total if p.files_total else 1.0
        filled = int(frac * self.width)
        name = os.path.basename(p.current)[:30]
        text = (
            f"\r[{'#' * filled}{'.' * (self.width - filled)}] "
            f"{p.files_done}/{p.files_total} files {frac:4.0%} {name}"
        )
        self.stream.write(text.ljust(80)[:100])
        self.stream.flush()
        self._drawn = True

    def clear(self) -> None:
        if self._drawn:
            self.stream.write("\r" + " " * 100 + "\r")
            self.stream.flush()
