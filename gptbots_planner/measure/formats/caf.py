"""Exact length of Apple CAF (Core Audio Format) files from their chunks.

mutagen does not read CAF (it has no CAF module).  The ``desc`` chunk gives the sample
rate and the packet layout; compressed streams (AAC, ALAC, Opus...) carry a
``pakt`` chunk whose "valid frames" count is the exact length (priming and
remainder frames already excluded); constant-size packets (PCM) get it from
the ``data`` chunk's byte count.
"""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass
from decimal import Decimal
from typing import BinaryIO

from gptbots_planner.vocab.messages import Message, MessageError, message

log = logging.getLogger(__name__)

_CHUNK = struct.Struct(">4sq")
_DESC = struct.Struct(">d4sIIIII")


class CafError(MessageError):
    pass


@dataclass(frozen=True)
class CafLength:
    seconds: Decimal
    codec: str  # the desc chunk's format ID: "lpcm", "aac ", "alac", "opus"...
    sample_rate: Decimal
    source: Message  # the detail part: from the packet table or the data size


def read_length(f: BinaryIO, file_size: int) -> CafLength:
    head = f.read(8)
    if len(head) < 8 or head[:4] != b"caff":
        raise CafError.of("not_caf")
    desc: tuple[float, bytes, int, int, int, int, int] | None = None
    valid_frames: int | None = None
    data_bytes: int | None = None
    pos = 8
    while pos + 12 <= file_size:
        f.seek(pos)
        kind, size = _CHUNK.unpack(f.read(12))
        body = pos + 12
        if size == -1 and kind == b"data":
            size = file_size - body  # "until the end of the file" (still being written)
        if size < 0 or body + size > file_size:
            if kind == b"data":
                size = file_size - body  # truncated: count what is there
            else:
                raise CafError.of("caf_chunk_past_end", chunk=repr(kind))
        if kind == b"desc":
            if size < _DESC.size:
                raise CafError.of("caf_short_desc")
            desc = _DESC.unpack(f.read(_DESC.size))
        elif kind == b"pakt":
            if size < 24:
                raise CafError.of("caf_short_packet_table")
            _packets, valid_frames, _priming, _remainder = struct.unpack(">qqii", f.read(24))
        elif kind == b"data":
            data_bytes = max(0, size - 4)  # a 4-byte edit count precedes the audio
        pos = body + size
    if desc is None:
        raise CafError.of("caf_no_desc")
    rate_f, codec_b, _flags, bytes_per_packet, frames_per_packet, _ch, _bits = desc
    if not rate_f > 0:
        raise CafError.of("caf_bad_sample_rate")
    rate = Decimal(repr(rate_f))
    codec = codec_b.decode("latin-1")
    if valid_frames is not None and valid_frames >= 0:
        return CafLength(
            Decimal(valid_frames) / rate, codec, rate, message("detail_from_packet_table")
        )
    if data_bytes is not None and bytes_per_packet and frames_per_packet:
        frames = data_bytes // bytes_per_packet * frames_per_packet
        return CafLength(Decimal(frames) / rate, codec, rate, message("detail_from_data_size"))
    raise CafError.of("caf_no_packet_table", codec=codec.strip())
