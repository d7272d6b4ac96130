"""Byte-identical text files are counted once per scan and measuring process.

Knowledge folders hold copies: the same licence in every package, a document saved twice,
a template in each project (14 % of the bytes of the benchmark's 6,000 small files).  A
text file up to ``MAX_BYTES`` is hashed (BLAKE2b, 128 bits) before it is read for
counting; when a file with the same bytes, the same extension (it decides HTML and
declared charsets) and the same reading options was measured in this process, its row
is copied with this file's path, name and modification time instead of decoding and
tokenizing the bytes again.  Reading the file once more from the page cache and hashing
it costs ~1 ms per MB, tokenizing it ~100 ms.

The memo lives for one scan: ``scan.scan_paths`` opens it (``scan``) and drops it at the
end, a worker process opens its own (``worker.init``; a worker serves one scan), and
outside a scan ``measure_file`` measures every file itself.  The batches are made in
order of size (``batching.make_batches``), so files of the same size, copies among them,
are mostly measured by the same process.  The memo keeps the last ``ENTRIES`` distinct
contents; only rows measured without an error are kept.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace

from gptbots_planner.measure.records import Measurement

log = logging.getLogger(__name__)

MAX_BYTES = 1 << 20  # larger files are rarely copies and cost more to read twice
# Distinct contents remembered (a row is ~1 KB): enough for a folder of 6,000 files
# measured in path order (``scan._run_here``), where a copy may come thousands of files
# after its original.
ENTRIES = 8192

Key = tuple[bytes, str, tuple[str, ...], str | None]

_rows: OrderedDict[Key, Measurement] = OrderedDict()
_open = False  # inside a scan (``scan``) or a worker process (``open_for_worker``)


@contextmanager
def scan() -> Iterator[None]:
    """Remember rows while the block runs (one scan), then forget them."""
    global _open
    was = _open
    _open = True
    _rows.clear()
    try:
        yield
    finally:
        _open = was
        _rows.clear()


def open_for_worker() -> None:
    """A measuring worker process: it serves one scan, so it remembers until it ends."""
    global _open
    _open = True
    _rows.clear()


def key_of(
    path: str, head: bytes, size: int, suffix: str, tokenizers: Sequence[str], encoding: str | None
) -> Key | None:
    """The memo key of a text file whose first bytes are ``head`` (its whole content when
    ``size`` fits in them); None outside a scan, for a file over ``MAX_BYTES`` or one that
    changed size."""
    if not _open or size > MAX_BYTES:
        return None
    data = head
    if len(head) < size:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    if len(data) != size:
        return None  # changed since it was listed: measure it as it is now
    digest = hashlib.blake2b(data, digest_size=16).digest()
    return digest, suffix, tuple(tokenizers), encoding


def measured(
    key: Key | None, path: str, mtime_ns: int, measure: Callable[[], Measurement]
) -> Measurement:
    """The row of the file at ``path``: copied from a file with the same ``key``, or
    ``measure()``d (and remembered when it has no error and the file did not change
    while it was read).  ``key`` is None outside a scan (``key_of``): then ``measure()``."""
    if key is None:
        return measure()
    seen = _rows.get(key)
    if seen is not None:
        _rows.move_to_end(key)
        log.debug("%s: same bytes as %s", path, seen.path)
        return _copy(seen, path, mtime_ns)
    m = measure()
    if m.error_message is None and _unchanged(path, m):
        # A copy of its own: the caller may add to the row it gets (a warning).
        _rows[key] = _copy(m, m.path, m.mtime_ns)
        if len(_rows) > ENTRIES:
            _rows.popitem(last=False)
    return m


def _unchanged(path: str, m: Measurement) -> bool:
    try:
        st = os.stat(path)
    except OSError:
        return False
    return st.st_size == m.size_bytes and st.st_mtime_ns == m.mtime_ns


def _copy(seen: Measurement, path: str, mtime_ns: int) -> Measurement:
    return replace(
        seen,
        path=path,
        name=os.path.basename(path),
        mtime_ns=mtime_ns,
        tokens=dict(seen.tokens),
        warning_messages=list(seen.warning_messages),
        detail_messages=list(seen.detail_messages),
    )
