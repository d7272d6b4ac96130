"""Scan files and folders: list, look up the cache, measure the rest on all cores.

Plain Python with a progress callback and a cancel token, so the CLI calls it
directly and the GUI runs it in a QRunnable (``on_result`` streams rows as they
finish; both callbacks run on the thread that called ``scan_paths``).

Work goes to worker processes (tiktoken holds the GIL for most of its time, so
threads gain little), spawned (not forked: safe next to Qt and other
threads), in batches of small files or one big file each.  Small scans stay in
process: starting a worker and loading the vocabularies costs about a second.
Each file is measured by the same function either way, so totals do not depend
on ``jobs``.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import stat
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from gptbots_planner.measure import dispatch, tokens
from gptbots_planner.measure import text as _text
from gptbots_planner.measure.cache import MeasureCache, cache_key
from gptbots_planner.measure.errors import MeasureCancelled
from gptbots_planner.measure.records import Measurement

log = logging.getLogger(__name__)

# Starting spawned workers and loading the vocabularies costs about a second; a scan
# estimated below this many seconds of single-process work stays in process.
PARALLEL_MIN_SECONDS = 2.0
# Rough single-process costs, for that estimate only (tiktoken counts ~9.5 MB/s on one core).
TEXT_BYTES_PER_S = 8 * 1024**2
SECONDS_PER_MEDIA_FILE = 0.0005
SECONDS_PER_FILE = 0.0003
# A batch sent to a worker: about this much estimated work, at most this many files
# (a costlier file goes alone).
BATCH_SECONDS = 0.1
BATCH_FILES = 256
# How often the parent wakes up to check the cancel token while workers run.
POLL_S = 0.1


class CancelToken:
    """Set from any thread (the GUI's Cancel button); the scan stops within a second."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@dataclass
class ScanProgress:
    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    current: str = ""  # path being (or just) measured


@dataclass
class ScanTotals:
    files: int = 0
    bytes: int = 0
    tokens: dict[str, int] = field(default_factory=dict)
    chars: int = 0
    words: int = 0
    estimated_tokens: int = 0
    pages: int = 0
    text_files: int = 0
    documents: int = 0
    images: int = 0
    image_pixels: int = 0
    audio_files: int = 0
    seconds: str = "0"  # audio seconds, an exact Decimal as a string
    errors: int = 0
    unsupported: int = 0
    warnings: int = 0

    def to_dict(self) -> dict[str, object]:
        return {
            "files": self.files,
            "bytes": self.bytes,
            "tokens": dict(self.tokens),
            "chars": self.chars,
            "words": self.words,
            "estimated_tokens": self.estimated_tokens,
            "pages": self.pages,
            "text_files": self.text_files,
            "documents": self.documents,
            "images": self.images,
            "image_pixels": self.image_pixels,
            "audio_files": self.audio_files,
            "seconds": self.seconds,
            "errors": self.errors,
            "unsupported": self.unsupported,
            "warnings": self.warnings,
        }


def compute_totals(measurements: Sequence[Measurement], tokenizers: Sequence[str]) -> ScanTotals:
    totals = ScanTotals(tokens=dict.fromkeys(tokenizers, 0))
    seconds = Decimal(0)
    for m in measurements:
        totals.files += 1
        totals.bytes += m.size_bytes
        if m.kind == "error":
            totals.errors += 1
            continue
        if m.kind == "unsupported":
            totals.unsupported += 1
            continue
        if m.warning:
            totals.warnings += 1
        for name, count in m.tokens.items():
            totals.tokens[name] = totals.tokens.get(name, 0) + count
        totals.chars += m.chars
        totals.words += m.words
        totals.estimated_tokens += m.estimated_tokens
        totals.pages += m.pages
        if m.kind == "text":
            totals.text_files += 1
        elif m.kind == "document":
            totals.documents += 1
        elif m.kind == "image":
            totals.images += 1
            totals.image_pixels += m.width * m.height
        elif m.kind == "audio":
            totals.audio_files += 1
            if m.seconds:
                try:
                    seconds += Decimal(m.seconds)
                except InvalidOperation:
                    log.warning("%s: unreadable seconds %r", m.path, m.seconds)
    totals.seconds = str(seconds)
    return totals


@dataclass
class ScanResult:
    measurements: list[Measurement]
    cancelled: bool
    totals: ScanTotals
    cache_hits: int = 0


# --- Listing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    path: str
    size: int
    mtime_ns: int


def _is_hidden(entry_name: str, st: os.stat_result | None) -> bool:
    if entry_name.startswith("."):
        return True
    attrs = getattr(st, "st_file_attributes", 0) if st is not None else 0
    return bool(attrs & 0x2)  # FILE_ATTRIBUTE_HIDDEN on Windows


def _walk(
    roots: Sequence[Path],
    include_hidden: bool,
    cancel: CancelToken | None,
    errors: list[Measurement],
) -> Iterator[_Entry]:
    """Files under ``roots``; folders recurse; symlink loops and repeats are skipped."""
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[str] = set()

    def file_entry(path: str, st: os.stat_result) -> _Entry | None:
        if path in seen_files:
            return None
        seen_files.add(path)
        return _Entry(path, st.st_size, st.st_mtime_ns)

    for root in roots:
        root_str = os.path.abspath(root)
        try:
            st = os.stat(root_str)
        except OSError:
            # Missing, broken link, no permission: let dispatch name the problem.
            if root_str not in seen_files:
                seen_files.add(root_str)
                yield _Entry(root_str, 0, 0)
            continue
        if not stat.S_ISDIR(st.st_mode):
            entry = file_entry(root_str, st)
            if entry:
                yield entry
            continue
        stack = [root_str]
        while stack:
            if cancel is not None and cancel.cancelled:
                return
            folder = stack.pop()
            try:
                dst = os.stat(folder)
            except OSError as exc:
                errors.append(_listing_error(folder, exc))
                continue
            ident = (dst.st_dev, dst.st_ino)
            if ident in seen_dirs:
                log.info("skipping %s: already scanned (symbolic link loop or repeat)", folder)
                continue
            seen_dirs.add(ident)
            try:
                with os.scandir(folder) as it:
                    children = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                errors.append(_listing_error(folder, exc))
                continue
            subdirs = []
            for child in children:
                try:
                    cst = child.stat()  # follows symlinks: a link to a file is that file
                except OSError:
                    cst = None
                if not include_hidden and _is_hidden(child.name, cst):
                    continue
                if cst is None:
                    # Broken link or vanished entry: dispatch reports it as an error row.
                    if child.path not in seen_files:
                        seen_files.add(child.path)
                        yield _Entry(child.path, 0, 0)
                    continue
                if stat.S_ISDIR(cst.st_mode):
                    subdirs.append(child.path)
                elif stat.S_ISREG(cst.st_mode):
                    entry = file_entry(child.path, cst)
                    if entry:
                        yield entry
                # Devices, pipes and sockets inside folders are not material; skip quietly.
            stack.extend(reversed(subdirs))


def _listing_error(folder: str, exc: OSError) -> Measurement:
    reason = "permission denied" if isinstance(exc, PermissionError) else (exc.strerror or str(exc))
    return Measurement(
        path=folder,
        name=os.path.basename(folder),
        kind="error",
        error=f"cannot list folder: {reason}",
    )


# --- Workers ------------------------------------------------------------------------------

_worker_stop: threading.Event | None = None  # in a worker process: the shared cancel event


def _worker_init(stop_event: object, tokenizers: Sequence[str]) -> None:
    global _worker_stop
    _worker_stop = stop_event  # type: ignore[assignment]
    # Ctrl+C goes to the whole process group; the parent handles it and stops the workers
    # through the event, so workers must not die with their own KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in tokenizers:
        tokens.get_encoding(name)  # load the vocabulary once, before the first batch


def _worker_should_stop() -> bool:
    return _worker_stop is not None and _worker_stop.is_set()


def _measure_batch(
    paths: list[str], tokenizers: tuple[str, ...], encoding: str | None, limits: dispatch.Limits
) -> list[Measurement] | None:
    """Runs in a worker process.  None: stopped by the cancel event."""
    out = []
    for path in paths:
        if _worker_should_stop():
            return None
        try:
            out.append(
                dispatch.measure_file(
                    Path(path), tokenizers, encoding, limits=limits, should_stop=_worker_should_stop
                )
            )
        except MeasureCancelled:
            return None
    return out


def _cost(e: _Entry, media: frozenset[str]) -> float:
    """Rough single-process seconds for one file: text by the byte, media by the file."""
    if os.path.splitext(e.path)[1].lower() in media:
        return SECONDS_PER_MEDIA_FILE
    return SECONDS_PER_FILE + e.size / TEXT_BYTES_PER_S


def estimated_seconds(entries: Sequence[_Entry]) -> float:
    """A rough single-process time for ``entries`` (images and audio: headers only)."""
    media = dispatch.media_extensions()
    return sum(_cost(e, media) for e in entries)


def _batches(entries: Sequence[_Entry]) -> list[list[_Entry]]:
    """Groups of about ``BATCH_SECONDS`` of work; plain text apart from the rest (only text
    batches may run in the scanning process).  Costliest first, so a huge file does not
    start last and leave the other cores idle at the end."""
    media = dispatch.media_extensions()
    costed = sorted(((_cost(e, media), e) for e in entries), key=lambda ce: (-ce[0], ce[1].path))
    batches: list[tuple[float, list[_Entry]]] = []
    open_batches: dict[bool, tuple[float, list[_Entry]]] = {}
    for cost, e in costed:
        if cost >= BATCH_SECONDS:
            batches.append((cost, [e]))
            continue
        is_text = _text.is_text_name(Path(e.path))
        current_cost, current = open_batches.get(is_text, (0.0, []))
        if current and (current_cost + cost > BATCH_SECONDS or len(current) >= BATCH_FILES):
            batches.append((current_cost, current))
            current_cost, current = 0.0, []
        current.append(e)
        open_batches[is_text] = (current_cost + cost, current)
    batches.extend(b for b in open_batches.values() if b[1])
    batches.sort(key=lambda b: -b[0])
    return [b for _, b in batches]


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# --- The scan ----------------------------------------------------------------------------


class _Run:
    """State of one scan: results, progress and callbacks, all on the calling thread."""

    def __init__(
        self,
        total_files: int,
        total_bytes: int,
        progress: Callable[[ScanProgress], None] | None,
        on_result: Callable[[Measurement], None] | None,
    ) -> None:
        self.results: list[Measurement] = []
        self.files_total = total_files
        self.bytes_total = total_bytes
        self.files_done = 0
        self.bytes_done = 0
        self._progress = progress
        self._on_result = on_result

    def report(self, current: str = "") -> None:
        if self._progress is not None:
            self._progress(
                ScanProgress(
                    self.files_done, self.files_total, self.bytes_done, self.bytes_total, current
                )
            )

    def add(self, m: Measurement, listed_size: int) -> None:
        self.results.append(m)
        self.files_done += 1
        self.bytes_done += listed_size
        if self._on_result is not None:
            self._on_result(m)


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

    ``share_work=False``: when worker processes run, the calling process leaves all
    measuring to them.  The GUI asks for that: text measuring in its own process
    (charset detection, HTML parsing, regexes) competes with the window for the GIL
    and stalls the event loop for 100-300 ms at a time.
    """
    tokenizers = tuple(dict.fromkeys(tokenizers)) or (tokens.DEFAULT_TOKENIZER,)
    for name in tokenizers:
        if name not in tokens.TOKENIZERS:
            # A programming or usage error, not a file problem: fail before any work.
            raise tokens.UnknownTokenizerError(f"unknown tokenizer {name!r}")
    started = time.monotonic()
    listing_errors: list[Measurement] = []
    entries = list(_walk([Path(p) for p in paths], include_hidden, cancel, listing_errors))
    run = _Run(
        len(entries) + len(listing_errors), sum(e.size for e in entries), progress, on_result
    )
    for m in listing_errors:
        run.add(m, 0)
    run.report()
    if cancel is not None and cancel.cancelled:
        return _finish(run, tokenizers, True, 0)

    own_cache = cache is None and use_cache
    store = cache if cache is not None else (MeasureCache() if use_cache else None)
    key = cache_key(tokenizers, dispatch.extractor_version(), encoding)
    hits = 0
    misses: list[_Entry] = []
    try:
        cached = (
            store.get_many([(e.path, e.size, e.mtime_ns) for e in entries if e.mtime_ns], key)
            if store is not None
            else {}
        )
        for e in entries:
            m = cached.get(e.path)
            if m is not None:
                hits += 1
                run.add(m, e.size)
            else:
                misses.append(e)
        if hits:
            run.report()

        n_jobs = default_jobs() if jobs is None else max(1, jobs)
        parallel = (
            n_jobs > 1 and len(misses) > 1 and estimated_seconds(misses) >= PARALLEL_MIN_SECONDS
        )
        fresh: list[Measurement] = []
        if parallel:
            cancelled = _run_pool(
                misses, tokenizers, encoding, limits, n_jobs, run, fresh, cancel, share_work
            )
        else:
            cancelled = _run_here(misses, tokenizers, encoding, limits, run, fresh, cancel)
        if store is not None:
            store.put_many(fresh, key)
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


def _finish(run: _Run, tokenizers: Sequence[str], cancelled: bool, hits: int) -> ScanResult:
    results = sorted(run.results, key=lambda m: m.path)
    return ScanResult(results, cancelled, compute_totals(results, tokenizers), hits)


def _run_here(
    entries: Sequence[_Entry],
    tokenizers: tuple[str, ...],
    encoding: str | None,
    limits: dispatch.Limits,
    run: _Run,
    fresh: list[Measurement],
    cancel: CancelToken | None,
) -> bool:
    def should_stop() -> bool:
        return cancel is not None and cancel.cancelled

    for e in sorted(entries, key=lambda e: e.path):
        if should_stop():
            return True
        run.report(e.path)
        try:
            m = dispatch.measure_file(
                Path(e.path), tokenizers, encoding, limits=limits, should_stop=should_stop
            )
        except MeasureCancelled:
            return True
        fresh.append(m)
        run.add(m, e.size)
    run.report()
    return False


def _parent_may_take(batch: list[_Entry]) -> bool:
    # The scanning process itself only measures plain text: PDF and zip parsing and the
    # image/audio readers run native code on hostile bytes, and a crash there must take a
    # worker down, not the app.
    return all(_text.is_text_name(Path(e.path)) for e in batch)


def _run_pool(
    entries: Sequence[_Entry],
    tokenizers: tuple[str, ...],
    encoding: str | None,
    limits: dispatch.Limits,
    n_jobs: int,
    run: _Run,
    fresh: list[Measurement],
    cancel: CancelToken | None,
    share_work: bool = True,
) -> bool:
    """``n_jobs - 1`` worker processes plus this process (on text batches only).

    The scanning process starts measuring at once instead of idling while workers
    spawn and load the vocabularies, and it takes the place of one worker.
    """
    ctx = multiprocessing.get_context("spawn")
    stop = ctx.Event()
    queue: deque[list[_Entry]] = deque(_batches(entries))  # biggest first
    takeable = {id(b): share_work and _parent_may_take(b) for b in queue}
    # This process takes the place of one worker only when there is enough plain text for
    # it to do; a scan of images or documents gets all ``n_jobs`` workers.
    media = dispatch.media_extensions()
    total = sum(_cost(e, media) for b in queue for e in b) or 1.0
    own_share = sum(_cost(e, media) for b in queue if takeable[id(b)] for e in b) / total
    n_workers = n_jobs - 1 if own_share >= 1 / n_jobs else n_jobs
    n_workers = max(1, min(n_workers, len(queue)))
    failures: dict[str, int] = {}
    executor: ProcessPoolExecutor | None = None
    pending: dict[Future[list[Measurement] | None], list[_Entry]] = {}
    cancelled = False

    def should_stop() -> bool:
        return cancel is not None and cancel.cancelled

    def take(batch: list[_Entry], measured: list[Measurement]) -> None:
        for e, m in zip(batch, measured, strict=True):
            fresh.append(m)
            run.add(m, e.size)
        run.report(batch[-1].path)

    try:
        while queue or pending:
            if should_stop():
                cancelled = True
                break
            if executor is None:
                executor = ProcessPoolExecutor(
                    max_workers=n_workers,
                    mp_context=ctx,
                    initializer=_worker_init,
                    initargs=(stop, tokenizers),
                )
            # Keep each worker fed with two batches; the rest stays here so this process
            # can take batches from the other (small-files) end.
            while queue and len(pending) < 2 * n_workers:
                batch = queue.popleft()
                paths = [e.path for e in batch]
                pending[executor.submit(_measure_batch, paths, tokenizers, encoding, limits)] = (
                    batch
                )
            own = None
            for index in range(len(queue) - 1, -1, -1):
                if takeable[id(queue[index])]:
                    own = queue[index]
                    del queue[index]
                    break
            if own is not None:
                measured: list[Measurement] = []
                try:
                    for e in own:
                        measured.append(
                            dispatch.measure_file(
                                Path(e.path),
                                tokenizers,
                                encoding,
                                limits=limits,
                                should_stop=should_stop,
                            )
                        )
                except MeasureCancelled:
                    cancelled = True
                    break
                take(own, measured)
                done = {f for f in pending if f.done()}
            else:
                done, _ = wait(list(pending), timeout=POLL_S, return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                batch = pending.pop(fut)
                try:
                    result = fut.result()
                except Exception as exc:
                    # A worker died (a crash in a native library, killed, out of memory).
                    # The pool is then broken and every batch in flight fails with it, so
                    # retry them one file per batch; a file that fails twice alone is the
                    # culprit and gets an error row.
                    broken = True
                    log.warning("a measuring process failed (%s); retrying", exc)
                    for e in batch:
                        failures[e.path] = failures.get(e.path, 0) + (len(batch) == 1)
                        if failures[e.path] >= 2:
                            m = _worker_crash(e, exc)
                            fresh.append(m)
                            run.add(m, e.size)
                        else:
                            retry = [e]
                            takeable[id(retry)] = False  # crashed once: keep it in a worker
                            queue.append(retry)
                    continue
                if result is None:
                    continue
                take(batch, result)
                if should_stop():
                    break  # leave the other finished batches: the user asked to stop
            if broken:
                executor.shutdown(wait=False, cancel_futures=True)
                executor = None
    finally:
        if executor is not None:
            if cancelled or pending:
                # Workers poll this between 1 MB chunks, so they stop within a fraction of
                # a second even in the middle of a huge file.
                stop.set()
            executor.shutdown(wait=True, cancel_futures=True)
    return cancelled


def _worker_crash(e: _Entry, exc: BaseException) -> Measurement:
    return Measurement(
        path=e.path,
        name=os.path.basename(e.path),
        kind="error",
        size_bytes=e.size,
        mtime_ns=e.mtime_ns,
        error=f"the measuring process failed on this file ({type(exc).__name__})",
    )
