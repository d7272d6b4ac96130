"""Plan a scan's work: in process or on worker processes, and in which batches.

Starting workers (spawned ones load the modules and vocabularies again) costs up to a
second, so a scan estimated below ``PARALLEL_MIN_SECONDS`` of single-process work stays
in process.  The estimate is rough: text by the byte, images and audio by the file
(headers only).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path

from gptbots_planner.measure import dispatch
from gptbots_planner.measure.listing import Entry
from gptbots_planner.measure.text import is_text_filename, is_text_name

log = logging.getLogger(__name__)

# A scan estimated below this many seconds of single-process work stays in process.
PARALLEL_MIN_SECONDS = 2.0
# Rough single-process costs, for that estimate only (tiktoken counts ~9.5 MB/s on one core).
TEXT_BYTES_PER_S = 8 * 1024**2
SECONDS_PER_MEDIA_FILE = 0.0005
SECONDS_PER_FILE = 0.0003
# A batch sent to a worker: about this much estimated work, at most this many files
# (a costlier file goes alone).
BATCH_SECONDS = 0.1
BATCH_FILES = 256


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _cost(e: Entry, media: frozenset[str]) -> float:
    """Rough single-process seconds for one file: text by the byte, media by the file."""
    if os.path.splitext(e.path)[1].lower() in media:
        return SECONDS_PER_MEDIA_FILE
    return SECONDS_PER_FILE + e.size / TEXT_BYTES_PER_S


def estimated_seconds(entries: Sequence[Entry]) -> float:
    """A rough single-process time for ``entries`` (images and audio: headers only)."""
    media = dispatch.media_extensions()
    return sum(_cost(e, media) for e in entries)


def worth_parallel(entries: Sequence[Entry], n_jobs: int) -> bool:
    """Whether worker processes pay for their start-up on ``entries``."""
    return n_jobs > 1 and len(entries) > 1 and estimated_seconds(entries) >= PARALLEL_MIN_SECONDS


def make_batches(entries: Sequence[Entry]) -> list[list[Entry]]:
    """Groups of about ``BATCH_SECONDS`` of work; plain text apart from the rest (only text
    batches may run in the scanning process).  Costliest first, so a huge file does not
    start last and leave the other cores idle at the end."""
    media = dispatch.media_extensions()
    costed = sorted(((_cost(e, media), e) for e in entries), key=lambda ce: (-ce[0], ce[1].path))
    batches: list[tuple[float, list[Entry]]] = []
    open_batches: dict[bool, tuple[float, list[Entry]]] = {}
    for cost, e in costed:
        if cost >= BATCH_SECONDS:
            batches.append((cost, [e]))
            continue
        is_text = is_text_filename(os.path.basename(e.path))
        current_cost, current = open_batches.get(is_text, (0.0, []))
        if current and (current_cost + cost > BATCH_SECONDS or len(current) >= BATCH_FILES):
            batches.append((current_cost, current))
            current_cost, current = 0.0, []
        current.append(e)
        open_batches[is_text] = (current_cost + cost, current)
    batches.extend(b for b in open_batches.values() if b[1])
    batches.sort(key=lambda b: -b[0])
    return [b for _, b in batches]


def parent_may_take(batch: Sequence[Entry]) -> bool:
    # The scanning process itself only measures plain text: PDF and zip parsing and the
    # image/audio readers run native code on hostile bytes, and a crash there must take a
    # worker down, not the app.  (By name here; ``safe_here`` checks the content when the
    # batch is taken.)
    return all(is_text_filename(os.path.basename(e.path)) for e in batch)


def safe_here(e: Entry) -> bool:
    """Whether the scanning process may measure ``e`` itself: a plain-text name and no
    binary signature that ``dispatch`` would follow in its first bytes, so the text reader
    (pure Python and tiktoken) gets it and no native parser sees hostile bytes."""
    if not is_text_name(Path(e.path)):
        return False
    try:
        with open(e.path, "rb") as f:
            head = f.read(dispatch.HEAD_BYTES)
    except OSError:
        return True  # dispatch turns it into an error row without parsing anything
    sniffed = dispatch.sniff(head)
    return sniffed is None or not sniffed.strong


def all_safe_here(entries: Sequence[Entry]) -> bool:
    return all(safe_here(e) for e in entries)


def worker_count(batches: Sequence[Sequence[Entry]], takeable: Sequence[bool], n_jobs: int) -> int:
    """How many worker processes to start for ``batches`` (``takeable[i]``: batch ``i``
    may run in the scanning process).  That process takes the place of one worker only
    when there is enough plain text for it to do; a scan of images or documents gets all
    ``n_jobs`` workers."""
    media = dispatch.media_extensions()
    total = sum(_cost(e, media) for b in batches for e in b) or 1.0
    mine = [b for b, may in zip(batches, takeable, strict=True) if may]
    own_share = sum(_cost(e, media) for b in mine for e in b) / total
    n_workers = n_jobs - 1 if own_share >= 1 / n_jobs else n_jobs
    return max(1, min(n_workers, len(batches)))
