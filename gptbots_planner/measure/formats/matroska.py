"""WebM / Matroska audio length from the Segment ``Info`` element, or its blocks.

mutagen does not read Matroska (it has no Matroska or WebM module).  The muxer writes the length as
``Info/Duration`` (a float, in units of ``Info/TimestampScale`` nanoseconds).
Recordings streamed by browsers (MediaRecorder) leave it out and write
clusters of unknown size; for those the cluster and block timestamps are
walked and the last block's end is the length (an Opus packet's duration comes
from its TOC byte, other codecs use the track's DefaultDuration or a
BlockGroup's BlockDuration), minus the track's CodecDelay.  Only element
headers and the first bytes of each block are read: nothing is decoded.
"""

from __future__ import annotations

import io
import logging
import struct
from dataclasses import dataclass
from decimal import Decimal
from typing import BinaryIO

from gptbots_planner.vocab.messages import Message, MessageError, message

log = logging.getLogger(__name__)

EBML = 0x1A45DFA3
SEGMENT = 0x18538067
INFO = 0x1549A966
CLUSTER = 0x1F43B675
TRACKS = 0x1654AE6B
TRACK_ENTRY = 0xAE
TRACK_NUMBER = 0xD7
CODEC_ID = 0x86
DEFAULT_DURATION = 0x23E383
CODEC_DELAY = 0x56AA
CLUSTER_TIMESTAMP = 0xE7
SIMPLE_BLOCK = 0xA3
BLOCK_GROUP = 0xA0
BLOCK = 0xA1
BLOCK_DURATION = 0x9B
# Top-level elements: inside an unknown-size cluster, one of these ends it.
_TOP_LEVEL = frozenset(
    {CLUSTER, 0x1C53BB6B, 0x1254C367, 0x1043A770, 0x1941A469, 0x114D9B74, 0x1549A966, TRACKS}
)
TIMESTAMP_SCALE = 0x2AD7B1
DURATION = 0x4489
DOC_TYPE = 0x4282
MAX_SCANNED = 64 << 20  # Info comes before the clusters; never read further than this


class MatroskaError(MessageError):
    pass


@dataclass(frozen=True)
class MatroskaLength:
    seconds: Decimal
    doc_type: str  # "webm" or "matroska"
    source: Message  # the detail part saying where the length comes from


def _vint(f: BinaryIO, keep_marker: bool) -> tuple[int, int]:
    """(value, length) of an EBML variable-size integer; value -1 for "unknown size"."""
    first = f.read(1)
    if not first:
        raise EOFError
    b = first[0]
    if b == 0:
        raise MatroskaError.of("matroska_bad_element")
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
        raise MatroskaError.of("matroska_truncated_header") from None


def _read(f: BinaryIO, file_size: int) -> MatroskaLength:
    eid, size, _ = _element(f)
    if eid != EBML or size < 0 or size > 4096:
        raise MatroskaError.of("not_matroska")
    header_end = f.tell() + size
    doc_type = "matroska"
    while f.tell() < header_end:
        cid, csize, _ = _element(f)
        if csize < 0 or f.tell() + csize > min(header_end, file_size):
            raise MatroskaError.of("matroska_truncated_ebml")
        data = f.read(csize)
        if cid == DOC_TYPE:
            doc_type = data.decode("ascii", "replace").strip("\x00") or doc_type
    f.seek(header_end)
    eid, size, _ = _element(f)
    if eid != SEGMENT:
        raise MatroskaError.of("matroska_no_segment")
    seg_end = file_size if size < 0 else min(file_size, f.tell() + size)
    limit = min(seg_end, f.tell() + MAX_SCANNED)
    scale, duration = 1_000_000, None
    tracks: dict[int, _Track] = {}
    first_cluster = -1
    while f.tell() < limit:
        at = f.tell()
        cid, csize, _ = _element(f)
        if cid == CLUSTER:
            first_cluster = at  # audio data starts: Info and Tracks came before
            break
        if csize < 0:
            break
        start = f.tell()
        if cid == INFO:
            scale, duration = _info(f, start + csize, file_size)
        elif cid == TRACKS:
            tracks = _tracks(f, start + csize, file_size)
        f.seek(start + csize)
    if duration is not None and duration > 0:
        seconds = Decimal(repr(duration)) * scale / Decimal(1_000_000_000)
        return MatroskaLength(seconds, doc_type, message("detail_duration_in_header"))
    if first_cluster >= 0:
        end_ns = _walk_clusters(f, first_cluster, seg_end, scale, tracks)
        if end_ns is not None and end_ns > 0:
            return MatroskaLength(
                Decimal(end_ns) / Decimal(1_000_000_000), doc_type, message("detail_blocks_walked")
            )
    raise MatroskaError.of("matroska_no_length", format=_label(doc_type))


def _label(doc_type: str) -> str:
    return "WebM" if doc_type == "webm" else "Matroska"


def _info(f: BinaryIO, end: int, file_size: int) -> tuple[int, float | None]:
    """(TimestampScale, Duration) from an Info element."""
    scale = 1_000_000
    duration: float | None = None
    for cid, data in _children(f, end, file_size):
        if cid == TIMESTAMP_SCALE and 1 <= len(data) <= 8:
            scale = int.from_bytes(data, "big") or scale
        elif cid == DURATION and len(data) in (4, 8):
            duration = struct.unpack(">f" if len(data) == 4 else ">d", data)[0]
    return scale, duration


@dataclass
class _Track:
    codec: str = ""
    default_duration: int = 0  # ns per frame, 0: not given
    codec_delay: int = 0  # ns


def _children(f: BinaryIO, end: int, file_size: int) -> list[tuple[int, bytes]]:
    """(id, payload) of the small children of a master element ending at ``end``."""
    out = []
    while f.tell() < end:
        cid, csize, _ = _element(f)
        if csize < 0 or f.tell() + csize > min(end, file_size):
            raise MatroskaError.of("matroska_truncated_element")
        if csize > 1 << 20:  # a header value this big is not one we read
            f.seek(f.tell() + csize)
            continue
        out.append((cid, f.read(csize)))
    return out


def _tracks(f: BinaryIO, end: int, file_size: int) -> dict[int, _Track]:
    tracks: dict[int, _Track] = {}
    for cid, data in _children(f, end, file_size):
        if cid != TRACK_ENTRY:
            continue
        number, track = 0, _Track()
        sub = io.BytesIO(data)
        for eid, value in _children(sub, len(data), len(data)):
            if eid == TRACK_NUMBER:
                number = int.from_bytes(value, "big")
            elif eid == CODEC_ID:
                track.codec = value.decode("ascii", "replace").strip("\x00")
            elif eid == DEFAULT_DURATION:
                track.default_duration = int.from_bytes(value, "big")
            elif eid == CODEC_DELAY:
                track.codec_delay = int.from_bytes(value, "big")
        tracks[number] = track
    return tracks


_OPUS_SILK_MS = (10, 20, 40, 60)
_OPUS_CELT_US = (2500, 5000, 10000, 20000)


def opus_packet_ns(toc: int, count_byte: int | None) -> int:
    """Duration of one Opus packet from its TOC byte (RFC 6716, 3.1)."""
    config = toc >> 3
    if config < 12:
        frame_us = _OPUS_SILK_MS[config % 4] * 1000
    elif config < 16:
        frame_us = (10000, 20000)[config % 2]
    else:
        frame_us = _OPUS_CELT_US[config % 4]
    code = toc & 3
    frames = 1 if code == 0 else 2 if code in (1, 2) else (count_byte or 0) & 0x3F
    return frames * frame_us * 1000


def _block_end(
    f: BinaryIO, size: int, cluster_ts: int, scale: int, tracks: dict[int, _Track]
) -> tuple[int, int] | None:
    """(start ns, end ns) of a (Simple)Block of ``size`` bytes at the file position."""
    head = f.read(min(size, 16))
    if not head:
        return None
    b = head[0]
    if b == 0:
        return None
    n = 8 - b.bit_length() + 1  # track number vint length
    if len(head) < n + 4:
        return None
    number = int.from_bytes(head[:n], "big") & ((1 << (7 * n)) - 1)
    rel = struct.unpack_from(">h", head, n)[0]
    flags = head[n + 2]
    start = (cluster_ts + rel) * scale
    track = tracks.get(number, _Track())
    laced = (flags >> 1) & 3
    payload = head[n + 3 :]
    frames = 1
    if laced and payload:
        frames = payload[0] + 1
        payload = b""  # lace sizes first: the TOC byte is not here
    if track.codec == "A_OPUS" and payload:
        duration = opus_packet_ns(payload[0], payload[1] if len(payload) > 1 else None)
    else:
        duration = track.default_duration * frames
    return start, start + duration


def _walk_clusters(
    f: BinaryIO, pos: int, seg_end: int, scale: int, tracks: dict[int, _Track]
) -> int | None:
    """End time (ns) of the last block: for files whose header has no Duration.

    Browsers' MediaRecorder writes clusters of unknown size; such a cluster ends
    where the next top-level element begins.
    """
    end_ns: int | None = None
    f.seek(pos)
    try:
        while f.tell() < seg_end:
            cid, csize, _ = _element(f)
            if cid != CLUSTER:
                if csize < 0:
                    break
                f.seek(f.tell() + csize)
                continue
            cluster_end = seg_end if csize < 0 else min(seg_end, f.tell() + csize)
            cluster_ts = 0
            while f.tell() < cluster_end:
                at = f.tell()
                eid, esize, _ = _element(f)
                if eid in _TOP_LEVEL:
                    f.seek(at)  # an unknown-size cluster ended here
                    break
                if esize < 0:
                    return end_ns
                body = f.tell()
                if eid == CLUSTER_TIMESTAMP and esize <= 8:
                    cluster_ts = int.from_bytes(f.read(esize), "big")
                elif eid == SIMPLE_BLOCK:
                    span = _block_end(f, esize, cluster_ts, scale, tracks)
                    if span:
                        end_ns = max(end_ns or 0, span[1])
                elif eid == BLOCK_GROUP:
                    span = None
                    block_duration = None
                    while f.tell() < min(body + esize, cluster_end):
                        gid, gsize, _ = _element(f)
                        if gsize < 0:
                            break
                        gbody = f.tell()
                        if gid == BLOCK:
                            span = _block_end(f, gsize, cluster_ts, scale, tracks)
                        elif gid == BLOCK_DURATION and gsize <= 8:
                            block_duration = int.from_bytes(f.read(gsize), "big") * scale
                        f.seek(gbody + gsize)
                    if span:
                        stop = span[0] + block_duration if block_duration else span[1]
                        end_ns = max(end_ns or 0, stop)
                f.seek(body + esize)
    except EOFError:
        pass  # a recording cut short: what was read counts
    if end_ns is None:
        return None
    delay = max((t.codec_delay for t in tracks.values()), default=0)
    return max(0, end_ns - delay)
