"""ICO size from its directory: the largest icon (a PNG icon's real size from its IHDR).

Pillow's ICO plugin decodes the largest icon while opening; the directory alone is enough.
"""

from __future__ import annotations

import logging
import mmap
import struct

from gptbots_planner.vocab.messages import MessageError

log = logging.getLogger(__name__)


class IcoError(MessageError):
    """A damaged ICO; the message is shown to the user."""


def ico_size(data: bytes | mmap.mmap) -> tuple[int, int, int]:
    """``(width, height, icons)`` of the largest icon in an ICO directory."""
    if len(data) < 6:
        raise IcoError.of("truncated_header", format="ICO")
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1 or count == 0:
        raise IcoError.of("ico_corrupt_header")
    if 6 + 16 * count > len(data):
        raise IcoError.of("ico_truncated_directory")
    best = (0, 0)
    for i in range(count):
        entry = 6 + 16 * i
        w, h = data[entry] or 256, data[entry + 1] or 256  # 0 means 256
        size, offset = struct.unpack_from("<II", data, entry + 8)
        if offset + size > len(data):
            raise IcoError.of("ico_icon_past_end", index=i + 1)
        if data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and size >= 24:
            w, h = struct.unpack_from(">II", data, offset + 16)  # PNG IHDR: the real size
        if w * h > best[0] * best[1]:
            best = (w, h)
    return best[0], best[1], count
