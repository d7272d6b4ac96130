"""WebM / Matroska audio length from the Segment ``Info`` element.

mutagen does not read Matroska (FACTS.md).  The muxer writes the length as
``Info/Duration`` (a float, in units of ``Info/TimestampScale`` nanoseconds).
Recordings streamed by browsers (MediaRecorder) often leave it out; those get
a clear "no duration" error rather than a guess.  Only element headers are
read: no block is parsed or decoded.
"""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass
from decimal import Decimal
from typing import BinaryIO

log = logging.getLogger(__name__)

EBML = 0x1A45DFA3
SEGMENT = 0x18538067
INFO = 0x1549A966
CLUSTER = 0x1F43B675
TIMESTAMP_SCALE = 0x2AD7B1
DURATION = 0x4489
DOC_TYPE = 0x4282
MAX_SCANNED = 64 << 20  # Info comes before the clusters; never read further than this


class MatroskaError(ValueError):
    pass


@dataclass(frozen=True)
class MatroskaLength:
    seconds: Decimal
    doc_type: str  # "webm" or "matroska"


def _vint(f: BinaryIO, keep_marker: bool) -> tuple[int, int]:
    """(value, length) of an EBML variable-size integer; value -1 for "unknown size"."""
    first = f.read(1)
    if not first:
        raise EOFError
    b = first[0]
    if b == 0:
        raise MatroskaError("corrupt Matroska: invalid element header")
    length = 8 - b.bit_length() + 1
    rest = f.read(length - 1)
    if len(rest) < length - 1:
        raise EOFError
    value = b if keep_marker else b & ((1 << (8 - length)) - 1)
    for x in rest:
        value = (value << 8) | x
    if not keep_marker and value == (1 << (7 * length)) - 1:
        return -1, length  # all ones: unknown size
    return value, length


def _element(f: BinaryIO) -> tuple[int, int, int]:
    """(id, size, header length) of the element at the current position."""
    eid, n1 = _vint(f, keep_marker=True)
    size, n2 = _vint(f, keep_marker=False)
    return eid, size, n1 + n2


def read_length(f: BinaryIO, file_size: int) -> MatroskaLength:
    try:
        return _read(f, file_size)
    except EOFError:
        raise MatroskaError("corrupt or truncated WebM/Matroska header") from None


def _read(f: BinaryIO, file_size: int) -> MatroskaLength:
    eid, size, _ = _element(f)
    if eid != EBML or size < 0 or size > 4096:
        raise MatroskaError("not a WebM/Matroska file (bad EBML header)")
    header_end = f.tell() + size
    doc_type = "matroska"
    while f.tell() < header_end:
        cid, csize, _ = _element(f)
        if csize < 0 or f.tell() + csize > min(header_end, file_size):
            raise MatroskaError("corrupt or truncated Matroska: EBML header")
        data = f.read(csize)
        if cid == DOC_TYPE:
            doc_type = data.decode("ascii", "replace").strip("\x00") or doc_type
    f.seek(header_end)
    eid, size, _ = _element(f)
    if eid != SEGMENT:
        raise MatroskaError("corrupt Matroska: no Segment")
    seg_end = file_size if size < 0 else min(file_size, f.tell() + size)
    limit = min(seg_end, f.tell() + MAX_SCANNED)
    while f.tell() < limit:
        cid, csize, _ = _element(f)
        if cid == CLUSTER or csize < 0:
            break  # audio data starts: Info would have come before
        start = f.tell()
        if cid == INFO:
            return _info(f, start + csize, doc_type, file_size)
        f.seek(start + csize)
    raise MatroskaError(
        f"{_label(doc_type)} has no duration in its header (a streamed recording?): length unknown"
    )


def _label(doc_type: str) -> str:
    return "WebM" if doc_type == "webm" else "Matroska"


def _info(f: BinaryIO, end: int, doc_type: str, file_size: int) -> MatroskaLength:
    scale = 1_000_000
    duration: float | None = None
    while f.tell() < end:
        cid, csize, _ = _element(f)
        if csize < 0 or f.tell() + csize > min(end, file_size):
            raise MatroskaError("corrupt or truncated Matroska: Info element")
        data = f.read(csize)
        if cid == TIMESTAMP_SCALE and 1 <= csize <= 8:
            scale = int.from_bytes(data, "big") or scale
        elif cid == DURATION and csize in (4, 8):
            duration = struct.unpack(">f" if csize == 4 else ">d", data)[0]
    if duration is None or not duration > 0:
        raise MatroskaError(
            f"{_label(doc_type)} has no duration in its header (a streamed recording?): "
            "length unknown"
        )
    seconds = Decimal(repr(duration)) * scale / Decimal(1_000_000_000)
    return MatroskaLength(seconds, doc_type)
