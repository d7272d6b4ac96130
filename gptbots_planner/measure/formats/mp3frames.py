"""Exact MP3 (MPEG-1/2/2.5 audio, layers I-III) length by walking frame headers.

mutagen reads a length from the Xing/Info or VBRI header when there is one;
without it, it extrapolates from the first frame's bitrate and file size, which
is wrong for VBR files (a 52.24 s VBR file was read as 26.07 s).  Walking the
4-byte frame headers gives the exact number of frames without decoding any
audio: frames x samples-per-frame / sample rate.

The walk runs over an ``mmap`` of the file (no copy), skips ID3v2 tags at the
start and ID3v1 / APEv2 / Lyrics3 tags at the end, and resynchronises on
garbage: after any gap a header is only accepted when the next two frames also
parse with the same version, layer and sample rate, so stray ``0xFF`` bytes in
junk do not count as frames.
"""

from __future__ import annotations

import logging
import mmap
import struct
from dataclasses import dataclass, field

from gptbots_planner.measure.formats.tagskip import id3v2_end, walk_audio_file

log = logging.getLogger(__name__)

Buffer = bytes | mmap.mmap  # anything with find() that struct can unpack from

# kbit/s by (MPEG version group, layer); index 0 is "free format" (unsupported).
_BITRATES: dict[tuple[int, int], tuple[int, ...]] = {
    (1, 1): (0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (1, 2): (0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (1, 3): (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (2, 1): (0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (2, 2): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    (2, 3): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
# Sample rates by the header's 2-bit version field (0: MPEG 2.5, 2: MPEG 2, 3: MPEG 1).
_RATES: dict[int, tuple[int, int, int]] = {
    0: (11025, 12000, 8000),
    2: (22050, 24000, 16000),
    3: (44100, 48000, 32000),
}
_VERSION_NAMES = {0: "MPEG-2.5", 2: "MPEG-2", 3: "MPEG-1"}
# Bits that must stay the same from frame to frame of one stream:
# sync (11), version (2), layer (2), sample-rate index (2).
_LOCK_MASK = 0xFFFE0C00
_HEADER = struct.Struct(">I")


@dataclass(frozen=True)
class FrameInfo:
    length: int  # bytes, header included
    samples: int  # PCM samples per channel this frame decodes to
    sample_rate: int
    bitrate: int  # kbit/s
    version: int  # header's 2-bit version field
    layer: int  # 1, 2 or 3
    mono: bool


_cache: dict[int, FrameInfo | None] = {}


def parse_header(header: int) -> FrameInfo | None:
    """The frame a 32-bit header describes, or None when it is not a valid header."""
    key = header >> 6  # the bits that decide the frame (sync .. channel mode)
    try:
        return _cache[key]
    except KeyError:
        pass
    info = _parse_uncached(header)
    if len(_cache) < 65536:
        _cache[key] = info
    return info


def _parse_uncached(h: int) -> FrameInfo | None:
    if (h >> 21) & 0x7FF != 0x7FF:
        return None
    version = (h >> 19) & 3
    layer_bits = (h >> 17) & 3
    bitrate_index = (h >> 12) & 0xF
    rate_index = (h >> 10) & 3
    if version == 1 or layer_bits == 0 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    layer = 4 - layer_bits
    padding = (h >> 9) & 1
    mono = (h >> 6) & 3 == 3
    group = 1 if version == 3 else 2
    bitrate = _BITRATES[(group, layer)][bitrate_index]
    rate = _RATES[version][rate_index]
    if layer == 1:
        length = (12 * bitrate * 1000 // rate + padding) * 4
        samples = 384
    elif layer == 2 or group == 1:
        length = 144 * bitrate * 1000 // rate + padding
        samples = 1152
    else:  # layer III, MPEG-2 / 2.5: half the samples per frame
        length = 72 * bitrate * 1000 // rate + padding
        samples = 576
    if length < 4:
        return None
    return FrameInfo(length, samples, rate, bitrate, version, layer, mono)


@dataclass(frozen=True)
class VbrHeader:
    kind: str = ""  # "Xing", "Info", "VBRI" or "" (none)
    frames: int = -1  # audio frames the header counts, -1: not given
    encoder_delay: int = -1  # LAME tag gapless info (samples), -1: not given
    encoder_padding: int = -1


@dataclass
class Mp3Walk:
    frames: int = 0
    samples: int = 0
    sample_rate: int = 0
    bitrates: set[int] = field(default_factory=set)
    version: int = 0
    layer: int = 0
    first_frame: int = -1  # offset of the first counted frame
    skipped_bytes: int = 0  # junk between frames (resynchronised over)
    truncated_tail: int = 0  # bytes of a last frame cut short
    samples_per_frame: int = 0
    vbr: VbrHeader = field(default_factory=VbrHeader)

    @property
    def vbr_header(self) -> str:
        return self.vbr.kind

    @property
    def vbr_header_frames(self) -> int:
        return self.vbr.frames

    @property
    def format_name(self) -> str:
        if self.layer == 3:
            return "MP3"
        return f"MP{self.layer}"  # MP1 / MP2 share the container

    @property
    def version_name(self) -> str:
        return _VERSION_NAMES.get(self.version, "")


def _vbr_header(buf: Buffer, pos: int, info: FrameInfo) -> VbrHeader:
    """The Xing/Info (with its LAME tag) or VBRI header inside the first frame, if any."""
    if info.layer != 3:
        return VbrHeader()
    if info.version == 3:
        side = 17 if info.mono else 32
    else:
        side = 9 if info.mono else 17
    at = pos + 4 + side
    end = min(len(buf), pos + info.length)
    tag = bytes(buf[at : at + 4])
    if tag in (b"Xing", b"Info") and at + 8 <= end:
        flags = _HEADER.unpack_from(buf, at + 4)[0]
        frames = -1
        offset = at + 8
        if flags & 1 and offset + 4 <= end:
            frames = _HEADER.unpack_from(buf, offset)[0]
        offset += 4 * bool(flags & 1) + 4 * bool(flags & 2) + 100 * bool(flags & 4)
        offset += 4 * bool(flags & 8)
        delay = padding = -1
        # LAME tag (also written by ffmpeg as "Lavc..."/"Lavf..."): encoder string,
        # then at +21 the encoder delay and end padding, 12 bits each.
        lame = bytes(buf[offset : offset + 24])
        if len(lame) == 24 and lame[:4].isalnum():
            delay = (lame[21] << 4) | (lame[22] >> 4)
            padding = ((lame[22] & 0xF) << 8) | lame[23]
        return VbrHeader(tag.decode("ascii"), frames, delay, padding)
    at = pos + 4 + 32
    if bytes(buf[at : at + 4]) == b"VBRI" and at + 18 <= end:
        return VbrHeader("VBRI", _HEADER.unpack_from(buf, at + 14)[0])
    return VbrHeader()


def _confirmed(buf: Buffer, pos: int, end: int, locked: int, count: int = 2) -> bool:
    """True when ``count`` more frames follow ``pos`` with the same stream bits.

    A stream that ends before ``count`` more frames fit is accepted: a file of
    one or two frames is still a file.
    """
    for _ in range(count):
        if pos + 4 > end:
            return True
        h = _HEADER.unpack_from(buf, pos)[0]
        if h & _LOCK_MASK != locked:
            return False
        info = parse_header(h)
        if info is None:
            return False
        pos += info.length
    return True


def walk(buf: Buffer, start: int = 0, end: int | None = None) -> Mp3Walk:
    """Count the MPEG audio frames in ``buf[start:end]``."""
    if end is None:
        end = len(buf)
    result = Mp3Walk()
    unpack = _HEADER.unpack_from
    pos = start
    locked = -1  # stream bits of the frames counted so far; -1: not locked yet
    verify = True  # after a gap, confirm the next frames before trusting a header
    while pos + 4 <= end:
        h = unpack(buf, pos)[0]
        info = parse_header(h)
        if info is not None and (locked == -1 or h & _LOCK_MASK == locked):
            nxt = pos + info.length
            if verify and not _confirmed(buf, nxt, end, h & _LOCK_MASK):
                info = None
            elif nxt > end:
                result.truncated_tail = end - pos
                break
        else:
            info = None
        if info is None:
            if buf[pos : pos + 3] == b"ID3":
                # A tag mid-stream (MP3 files joined end to end): not junk, skip it whole.
                after = min(end, id3v2_end(buf, pos))
                if after > pos:
                    pos = after
                    verify = True
                    continue
            # Resynchronise: the next 0xFF byte is the next candidate header.
            nxt = buf.find(b"\xff", pos + 1, end)
            if nxt < 0:
                result.skipped_bytes += end - pos
                pos = end
                break
            result.skipped_bytes += nxt - pos
            pos = nxt
            verify = True
            continue
        if locked == -1:
            locked = h & _LOCK_MASK
            result.first_frame = pos
            result.sample_rate = info.sample_rate
            result.version = info.version
            result.layer = info.layer
            result.samples_per_frame = info.samples
            result.vbr = _vbr_header(buf, pos, info)
            if result.vbr.kind:
                # The Xing/Info/VBRI frame carries no audio: decoders drop it.
                verify = False
                pos = nxt
                continue
        verify = False
        result.frames += 1
        result.samples += info.samples
        result.bitrates.add(info.bitrate)
        pos = nxt
    if not result.truncated_tail and pos < end:
        result.skipped_bytes += end - pos  # a tail too short to hold a header
    return result


def walk_file(path: str) -> Mp3Walk:
    """Walk the frames of the MP3 file at ``path`` (tags skipped)."""
    return walk_audio_file(path, walk)
