"""WebP picture size and frame count from the RIFF chunk list (VP8X, VP8, VP8L, ANMF).

Used for decompression bombs only: Pillow's WebP plugin refuses those itself, before
it would report a size.
"""

from __future__ import annotations

import logging
import struct

from gptbots_planner.vocab.messages import MessageError

log = logging.getLogger(__name__)


class WebpError(MessageError):
    """Not a WebP file, or its header is damaged; the message is shown to the user."""


def webp_size(data: bytes) -> tuple[int, int, int]:
    """``(width, height, frames)`` from a WebP's RIFF chunks."""
    if len(data) < 20 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise WebpError.of("not_webp")
    pos, end = 12, len(data)
    size: tuple[int, int] | None = None
    frames = 0
    while pos + 8 <= end:
        kind = data[pos : pos + 4]
        length = struct.unpack_from("<I", data, pos + 4)[0]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"VP8X" and len(body) >= 10:
            w = int.from_bytes(body[4:7], "little") + 1
            h = int.from_bytes(body[7:10], "little") + 1
            size = size or (w, h)
        elif kind == b"VP8 " and len(body) >= 10 and body[3:6] == b"\x9d\x01\x2a":
            w, h = struct.unpack_from("<HH", body, 6)
            size = size or (w & 0x3FFF, h & 0x3FFF)
        elif kind == b"VP8L" and len(body) >= 5 and body[0] == 0x2F:
            bits = int.from_bytes(body[1:5], "little")
            size = size or ((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
        elif kind == b"ANMF":
            frames += 1
        pos += 8 + length + (length & 1)
    if size is None:
        raise WebpError.of("truncated_header", format="WebP")
    return size[0], size[1], max(1, frames)
