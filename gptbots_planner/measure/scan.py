"""Scan files and folders: list, look up the cache, measure the rest on all cores.

Plain Python with a progress callback and a cancel token, so the CLI calls it
directly and the GUI runs it in a QRunnable (``on_result`` streams rows as they
finish; both callbacks run on the thread that called ``scan_paths``).

The flow: ``listing.walk`` lists the files; the cache answers the ones it has seen
with the same size and mtime; ``batching`` decides whether worker processes pay off
(small scans of plain text stay in process when the caller shares the work: starting a
worker and loading the vocabularies costs about a second) and ``pool`` runs them, each
file within a time limit and each worker within a memory limit (``dispatch.Limits``).
Each file is measured by the same ``dispatch.measure_file`` either way, so totals do not
depend on ``jobs``.

The types in ``scan_paths``'s signature (``CancelToken``, ``ScanProgress``,
``ScanResult``, ``ScanTotals``) are importable from here.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from gptbots_planner.measure import dispatch, pool, same_content, tokens
from gptbots_planner.measure.batching import all_safe_here, default_jobs, worth_parallel
from gptbots_planner.measure.cache import MeasureCache, cache_key
from gptbots_planner.measure.errors import MeasureCancelled
from gptbots_planner.measure.listing import Entry, walk
from gptbots_planner.measure.progress import CancelToken, ScanProgress, ScanRun, on_file_bytes
from gptbots_planner.measure.records import Measurement
from gptbots_planner.measure.totals import ScanResult, ScanTotals, compute_totals

__all__ = [
    "CancelToken",
    "ScanProgress",
    "ScanResult",
    "ScanTotals",
    "compute_totals",
    "default_jobs",
    "scan_paths",
]

log = logging.getLogger(__name__)

# A listing still running reports what it has found this often.
LISTING_REPORT_S = 0.2


def scan_paths(
    paths: Sequence[Path],
    tokenizers: Sequence[str],
    *,
    jobs: int | None = None,
    use_cache: bool = True,
    include_hidden: bool = False,
    progress: Callable[[ScanProgress], None] | None = None,
    cancel: CancelToken | None = None,
    on_result: Callable[[Measurement], None] | None = None,
    encoding: str | None = None,
    limits: dispatch.Limits = dispatch.DEFAULT_LIMITS,
    cache: MeasureCache | None = None,
    share_work: bool = True,
) -> ScanResult:
    """Measure every file under ``paths``; results sorted by path.

    Never raises for file problems (they are error rows).  Raises
    ``tokens.UnknownTokenizerError`` for an unknown tokenizer name.

    ``share_work=False``: the calling process measures nothing itself; every file goes to
    worker processes, however small the scan.  The GUI asks for that: a native crash or a
    runaway reader on a dropped file must not take the window (and the unsaved plan)
    down, and text measuring in its own process (charset detection, HTML parsing,
    regexes) competes with the window for the GIL and stalls the event loop.
    """
    tokenizers = tuple(dict.fromkeys(tokenizers)) or (tokens.DEFAULT_TOKENIZER,)
    tokens.check_tokenizers(tokenizers)  # a usage error, not a file problem: before any work
    started = time.monotonic()
    listing_errors: list[Measurement] = []
    entries = _listed(
        walk([Path(p) for p in paths], include_hidden, cancel, listing_errors), progress
    )
    run = ScanRun(
        len(entries) + len(listing_errors),
        sum(e.size for e in entries),
        progress,
        on_result,
        cancel,
    )
    for m in listing_errors:
        run.add(m, 0)
    run.report()
    if run.should_stop():
        return _finish(run, tokenizers, True, 0)

    own_cache = cache is None and use_cache
    store = cache if cache is not None else (MeasureCache() if use_cache else None)
    key = cache_key(tokenizers, dispatch.extractor_version(limits), encoding)
    try:
        misses = _from_cache(store, key, entries, run)
        hits = len(entries) - len(misses)
        n_jobs = default_jobs() if jobs is None else max(1, jobs)
        cancelled = False
        with same_content.scan():  # a copy of a file measured here gets its row
            if _here(misses, n_jobs, share_work):
                cancelled = _run_here(misses, tokenizers, encoding, limits, run)
            elif misses:
                cancelled = pool.run_pool(
                    misses, tokenizers, encoding, limits, n_jobs, run, share_work
                )
        if store is not None:
            store.put_many(run.fresh, key)
    finally:
        if own_cache and store is not None:
            store.close()
    log.info(
        "scanned %d files (%d from cache) in %.2f s%s",
        run.files_done,
        hits,
        time.monotonic() - started,
        " (cancelled)" if cancelled else "",
    )
    return _finish(run, tokenizers, cancelled, hits)


def _listed(found: Iterator[Entry], progress: Callable[[ScanProgress], None] | None) -> list[Entry]:
    """The listed files; a long listing (100,000 files take seconds) reports how many it
    has found every ``LISTING_REPORT_S``."""
    entries: list[Entry] = []
    size = 0
    last = time.monotonic()
    for e in found:
        entries.append(e)
        size += e.size
        if progress is not None and not len(entries) % 256:
            now = time.monotonic()
            if now - last >= LISTING_REPORT_S:
                last = now
                progress(ScanProgress(0, len(entries), 0, size, os.path.dirname(e.path), True))
    return entries


def _from_cache(
    store: MeasureCache | None, key: str, entries: Sequence[Entry], run: ScanRun
) -> list[Entry]:
    """Add the rows the cache has to ``run``; returns the entries still to measure."""
    cached = (
        store.get_many([(e.path, e.size, e.mtime_ns) for e in entries if e.mtime_ns], key)
        if store is not None
        else {}
    )
    misses: list[Entry] = []
    for e in entries:
        m = cached.get(e.path)
        if m is not None:
            run.add(m, e.size)
        else:
            misses.append(e)
    if len(misses) < len(entries):
        run.report()
    return misses


def _here(misses: Sequence[Entry], n_jobs: int, share_work: bool) -> bool:
    """Whether to measure ``misses`` in this process: a small scan (workers would not pay for
    their start-up) of plain text only (``batching.safe_here``), and only when the caller
    shares the work: the window never measures in its own process, so a native crash or a
    reader that eats memory on a hostile file takes down a worker, not the window."""
    if not share_work or not misses:
        return False
    return not worth_parallel(misses, n_jobs) and all_safe_here(misses)


def _finish(run: ScanRun, tokenizers: Sequence[str], cancelled: bool, hits: int) -> ScanResult:
    results = sorted(run.results, key=lambda m: m.path)
    return ScanResult(results, cancelled, compute_totals(results, tokenizers), hits)


def _run_here(
    entries: Sequence[Entry],
    tokenizers: tuple[str, ...],
    encoding: str | None,
    limits: dispatch.Limits,
    run: ScanRun,
) -> bool:
    """Measure ``entries`` one by one in this process, in path order; True when cancelled."""
    on_file_bytes(run.in_file)  # a big file reports its position while it is read
    try:
        for e in sorted(entries, key=lambda e: e.path):
            if run.should_stop():
                return True
            run.report(e.path)
            try:
                m = dispatch.measure_file(
                    Path(e.path), tokenizers, encoding, limits=limits, should_stop=run.should_stop
                )
            except MeasureCancelled:
                return True
            run.add(m, e.size, fresh=True)
        run.report()
        return False
    finally:
        on_file_bytes(None)
