"""WAV (RIFF/WAVE) length from its chunks, for every codec a WAV may carry.

mutagen divides the data size by ``bits_per_sample`` as if every WAV were PCM, so IMA and
MS ADPCM (4 bits, blocks with a header) and GSM 6.10 (0 bits) come out hundreds of times
too short.  Here: the ``fact`` chunk's sample count when there is one (required for every
non-PCM codec), else blocks of ``block_align`` bytes times the samples per block (ADPCM's
``wSamplesPerBlock``, GSM's 320), else PCM frames, else the byte rate.  A data chunk that
claims more than the file holds is cut to what is there (``truncated``).
"""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass
from decimal import Decimal
from typing import IO

log = logging.getLogger(__name__)

PCM_TAGS = frozenset({0x0001, 0x0003, 0x0006, 0x0007})  # PCM, IEEE float, A-law, mu-law
EXTENSIBLE = 0xFFFE
_ADPCM_TAGS = frozenset({0x0002, 0x0011})  # MS ADPCM, IMA ADPCM
_GSM610 = 0x0031
_CODEC_NAMES = {
    0x0001: "PCM", 0x0003: "float", 0x0006: "A-law", 0x0007: "mu-law", 0x0002: "MS ADPCM",
    0x0011: "IMA ADPCM", 0x0031: "GSM 6.10", 0x0055: "MP3", 0x674F: "Vorbis", 0x6750: "Vorbis",
    0x6751: "Vorbis", 0x676F: "Vorbis", 0x6770: "Vorbis", 0x6771: "Vorbis", 0x566F: "Vorbis",
}  # fmt: skip
_MAX_CHUNKS = 10_000


class WavError(ValueError):
    """Not a WAV this reader can measure (mutagen is asked instead)."""


@dataclass(frozen=True)
class WavInfo:
    seconds: Decimal
    sample_rate: int
    channels: int
    codec: str
    source: str  # "fact chunk", "blocks", "frames", "byte rate"
    truncated: bool  # the data chunk claims more bytes than the file holds


@dataclass
class _Fmt:
    tag: int
    channels: int
    rate: int
    byte_rate: int
    block_align: int
    bits: int
    samples_per_block: int


def _read_fmt(data: bytes) -> _Fmt:
    if len(data) < 16:
        raise WavError("short fmt chunk")
    tag, channels, rate, byte_rate, block_align, bits = struct.unpack("<HHIIHH", data[:16])
    samples_per_block = 0
    if tag == EXTENSIBLE and len(data) >= 40:
        tag = struct.unpack("<H", data[24:26])[0]  # the sub-format GUID starts with the tag
    if tag in _ADPCM_TAGS and len(data) >= 20:
        samples_per_block = struct.unpack("<H", data[18:20])[0]
    elif tag == _GSM610:
        samples_per_block = struct.unpack("<H", data[18:20])[0] if len(data) >= 20 else 320
    return _Fmt(tag, channels, rate, byte_rate, block_align, bits, samples_per_block)


def read_wav(f: IO[bytes], size: int) -> WavInfo:
    """The length of the WAV ``f`` (``size`` bytes); raises ``WavError``."""
    head = f.read(12)
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        raise WavError("not a RIFF/WAVE file")
    fmt: _Fmt | None = None
    fact: int | None = None
    data_size: int | None = None
    available = 0
    offset = 12
    for _ in range(_MAX_CHUNKS):
        header = f.read(8)
        if len(header) < 8:
            break
        chunk_id, chunk_size = header[:4], struct.unpack("<I", header[4:])[0]
        body_at = offset + 8
        if chunk_id == b"fmt ":
            fmt = _read_fmt(f.read(min(chunk_size, 1024)))
        elif chunk_id == b"fact" and chunk_size >= 4:
            fact = struct.unpack("<I", f.read(4))[0]
        elif chunk_id == b"data":
            data_size = chunk_size
            available = max(0, size - body_at)
            if fmt is not None:
                break
        offset = body_at + chunk_size + (chunk_size & 1)
        f.seek(offset)
    if fmt is None or data_size is None:
        raise WavError("no fmt or data chunk")
    if fmt.rate <= 0:
        raise WavError("sample rate is 0")
    truncated = data_size > available
    data_bytes = min(data_size, available)
    seconds, source = _length(fmt, fact, data_bytes, truncated)
    codec = _CODEC_NAMES.get(fmt.tag, f"codec 0x{fmt.tag:04X}")
    return WavInfo(seconds, fmt.rate, fmt.channels, codec, source, truncated)


def _length(fmt: _Fmt, fact: int | None, data_bytes: int, truncated: bool) -> tuple[Decimal, str]:
    rate = Decimal(fmt.rate)
    if fmt.tag in PCM_TAGS and fmt.block_align > 0:
        return Decimal(data_bytes // fmt.block_align) / rate, "frames"
    if fact is not None and fact > 0 and not truncated:
        return Decimal(fact) / rate, "fact chunk"
    if fmt.samples_per_block > 0 and fmt.block_align > 0:
        blocks = Decimal(data_bytes) / Decimal(fmt.block_align)
        return blocks * fmt.samples_per_block / rate, "blocks"
    if fmt.byte_rate > 0:
        return Decimal(data_bytes) / Decimal(fmt.byte_rate), "byte rate"
    raise WavError("no way to tell the length")
