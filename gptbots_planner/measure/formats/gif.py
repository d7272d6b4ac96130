"""GIF logical-screen size and frame count by walking the blocks.

Pillow decodes every frame to count GIF frames; the block structure (extensions and
image descriptors, each followed by length-prefixed sub-blocks) gives the count without
decoding anything.
"""

from __future__ import annotations

import logging
import mmap
import struct

from gptbots_planner.vocab.messages import MessageError

log = logging.getLogger(__name__)


class GifError(MessageError):
    """A damaged GIF; the message is shown to the user."""


def gif_frames(data: bytes | mmap.mmap) -> tuple[int, int, int, bool]:
    """``(width, height, frames, complete)``; complete is False when cut short."""
    end = len(data)
    if end < 13 or data[:6] not in (b"GIF87a", b"GIF89a"):
        raise GifError.of("truncated_header", format="GIF")
    width, height, packed = struct.unpack_from("<HHB", data, 6)
    pos = 13
    if packed & 0x80:
        pos += 3 << ((packed & 7) + 1)
    frames = 0
    first: tuple[int, int] | None = None
    while pos < end:
        block = data[pos]
        if block == 0x3B:  # trailer
            return *_gif_size(width, height, first), frames, True
        if block == 0x21:  # extension: label, then sub-blocks
            pos = _skip_sub_blocks(data, pos + 2, end)
        elif block == 0x2C:  # image descriptor
            if pos + 10 > end:
                break
            fw, fh, fpacked = struct.unpack_from("<HHB", data, pos + 5)
            first = first or (fw, fh)
            pos += 10
            if fpacked & 0x80:
                pos += 3 << ((fpacked & 7) + 1)
            pos = _skip_sub_blocks(data, pos + 1, end)  # after the LZW minimum code size
            if pos > end:
                break
            frames += 1
        else:
            if frames:
                break  # junk after some frames: what came before still counts
            raise GifError.of("gif_bad_block", block=f"0x{block:02x}", offset=pos)
    if frames == 0:
        raise GifError.of("gif_no_frame")
    return *_gif_size(width, height, first), frames, False


def _gif_size(width: int, height: int, first: tuple[int, int] | None) -> tuple[int, int]:
    if width and height:
        return width, height
    return first if first and first[0] and first[1] else (width, height)


def _skip_sub_blocks(data: bytes | mmap.mmap, pos: int, end: int) -> int:
    while pos < end:
        n = data[pos]
        pos += 1
        if n == 0:
            return pos
        pos += n
    return end + 1  # ran off the end: truncated
