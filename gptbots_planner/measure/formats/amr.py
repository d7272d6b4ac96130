"""Exact length of AMR-NB / AMR-WB files (RFC 4867 storage format).

mutagen does not read AMR (it has no AMR module).  The file is a magic line followed by
frames of one table-of-contents byte plus a payload whose size the frame type
fixes; every frame is 20 ms whatever its type (NO_DATA frames included), so
counting frames gives the exact length.
"""

from __future__ import annotations

import logging
import mmap
from dataclasses import dataclass

from gptbots_planner.vocab.messages import MessageError

log = logging.getLogger(__name__)

MAGIC_NB = b"#!AMR\n"
MAGIC_WB = b"#!AMR-WB\n"
MAGIC_MC = (b"#!AMR_MC1.0\n", b"#!AMR-WB_MC1.0\n")
# Payload bytes (TOC byte excluded) by frame type; None: reserved type.
_NB_SIZES: tuple[int | None, ...] = (
    12, 13, 15, 17, 19, 20, 26, 31, 5, None, None, None, None, None, None, 0
)  # fmt: skip
_WB_SIZES: tuple[int | None, ...] = (
    17, 23, 32, 36, 40, 46, 50, 58, 60, 5, None, None, None, None, 0, 0
)  # fmt: skip
FRAME_MS = 20


class AmrError(MessageError):
    pass


@dataclass
class AmrWalk:
    variant: str  # "AMR-NB" or "AMR-WB"
    frames: int
    truncated_tail: int  # bytes of a last frame cut short

    @property
    def milliseconds(self) -> int:
        return self.frames * FRAME_MS


def walk_bytes(data: bytes | mmap.mmap) -> AmrWalk:
    head = bytes(data[:16])
    if head.startswith(MAGIC_MC):
        raise AmrError.of("multichannel_amr")
    if head.startswith(MAGIC_WB):
        variant, sizes, pos = "AMR-WB", _WB_SIZES, len(MAGIC_WB)
    elif head.startswith(MAGIC_NB):
        variant, sizes, pos = "AMR-NB", _NB_SIZES, len(MAGIC_NB)
    else:
        raise AmrError.of("not_amr")
    frames = 0
    n = len(data)
    while pos < n:
        toc = data[pos]
        size = sizes[(toc >> 3) & 0xF]
        if size is None or toc & 0x83:  # reserved type, or the must-be-zero bits set
            raise AmrError.of("amr_bad_frame", format=variant, offset=pos)
        if pos + 1 + size > n:
            return AmrWalk(variant, frames, n - pos)
        pos += 1 + size
        frames += 1
    return AmrWalk(variant, frames, 0)


def walk_file(path: str) -> AmrWalk:
    with open(path, "rb") as f:
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            return walk_bytes(mm)
