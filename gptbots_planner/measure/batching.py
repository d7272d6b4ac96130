"""Plan a scan's work: in process or on worker processes, and in which batches.

Starting workers (spawned ones load the modules and vocabularies again) costs up to a
second, so a scan estimated below ``PARALLEL_MIN_SECONDS`` of single-process work stays
in process.  The estimate is rough: text by the byte, images and audio by the file
(headers only).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from gptbots_planner.measure import dispatch
from gptbots_planner.measure.listing import Entry
from gptbots_planner.measure.text import filename_suffix, is_text_filename, is_text_name

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


@dataclass
class Batch:
    """Files measured together, with their estimated single-process seconds; ``text``: every
    file has a plain-text name (only such batches may run in the scanning process)."""

    entries: list[Entry]
    cost: float = 0.0
    text: bool = True


def _costs(entries: Sequence[Entry]) -> Iterator[tuple[float, bool, Entry]]:
    """(rough single-process seconds, plain-text name, entry) for each entry: text by the
    byte, media by the file.  One pass over the names (planning 100,000 files must not
    take seconds before the first file is measured)."""
    media = dispatch.media_extensions()
    basename = os.path.basename
    for e in entries:
        name = basename(e.path)
        suffix = filename_suffix(name).lower()
        if suffix in media:
            yield SECONDS_PER_MEDIA_FILE, False, e
        else:
            yield SECONDS_PER_FILE + e.size / TEXT_BYTES_PER_S, is_text_filename(name, suffix), e


def estimated_seconds(entries: Sequence[Entry], enough: float | None = None) -> float:
    """A rough single-process time for ``entries`` (images and audio: headers only); with
    ``enough``, the sum stops once it reaches that."""
    total = 0.0
    for cost, _, _ in _costs(entries):
        total += cost
        if enough is not None and total >= enough:
            break
    return total


def worth_parallel(entries: Sequence[Entry], n_jobs: int) -> bool:
    """Whether worker processes pay for their start-up on ``entries``."""
    if n_jobs <= 1 or len(entries) <= 1:
        return False
    return estimated_seconds(entries, PARALLEL_MIN_SECONDS) >= PARALLEL_MIN_SECONDS


def make_batches(entries: Sequence[Entry]) -> list[Batch]:
    """Groups of about ``BATCH_SECONDS`` of work; plain text apart from the rest (only text
    batches may run in the scanning process).  Costliest first, so a huge file does not
    start last and leave the other cores idle at the end."""
    # Sorted as plain tuples (no key function): by cost, then path (paths are unique).
    costed = sorted((-cost, e.path, is_text, e) for cost, is_text, e in _costs(entries))
    batches: list[Batch] = []
    open_batches: dict[bool, Batch] = {}
    for minus_cost, _, is_text, e in costed:
        cost = -minus_cost
        if cost >= BATCH_SECONDS:
            batches.append(Batch([e], cost, is_text))
            continue
        current = open_batches.get(is_text)
        if current is not None and (
            current.cost + cost > BATCH_SECONDS or len(current.entries) >= BATCH_FILES
        ):
            batches.append(current)
            current = None
        if current is None:
            current = open_batches[is_text] = Batch([], 0.0, is_text)
        current.entries.append(e)
        current.cost += cost
    batches.extend(b for b in open_batches.values() if b.entries)
    batches.sort(key=lambda b: -b.cost)
    return batches


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


def worker_count(batches: Sequence[Batch], takeable: Sequence[bool], n_jobs: int) -> int:
    """How many worker processes to start for ``batches`` (``takeable[i]``: batch ``i``
    may run in the scanning process).  That process takes the place of one worker only
    when there is enough plain text for it to do; a scan of images or documents gets all
    ``n_jobs`` workers."""
    total = sum(b.cost for b in batches) or 1.0
    own_share = sum(b.cost for b, may in zip(batches, takeable, strict=True) if may) / total
    n_workers = n_jobs - 1 if own_share >= 1 / n_jobs else n_jobs
    return max(1, min(n_workers, len(batches)))
