"""Where the audio of a raw MPEG / ADTS stream starts and ends, tags excluded.

Raw streams (MP3, ADTS AAC) carry metadata as ID3v2 tags in front and ID3v1,
APEv2 or Lyrics3 tags at the end.  Their bytes are not frames, and a tag's
payload can contain anything (cover art), so the frame walkers skip them
instead of resynchronising through them.
"""

from __future__ import annotations

import logging
import mmap
import struct
from collections.abc import Callable
from typing import TypeVar

log = logging.getLogger(__name__)

Buffer = bytes | mmap.mmap
_Walk = TypeVar("_Walk")


def _syncsafe(b: bytes) -> int:
    return (b[0] & 0x7F) << 21 | (b[1] & 0x7F) << 14 | (b[2] & 0x7F) << 7 | (b[3] & 0x7F)


def id3v2_end(buf: Buffer, pos: int = 0) -> int:
    """Offset after the ID3v2 tag(s) starting at ``pos`` (``pos`` when there is none)."""
    n = len(buf)
    while pos + 10 <= n and bytes(buf[pos : pos + 3]) == b"ID3":
        head = bytes(buf[pos : pos + 10])
        if head[3] == 0xFF or any(b & 0x80 for b in head[6:10]):
            break  # not a real tag header: leave it to the frame walker
        size = _syncsafe(head[6:10]) + 10
        if head[5] & 0x10:  # footer present
            size += 10
        pos = min(n, pos + size)
    return pos


def audio_bounds(buf: Buffer) -> tuple[int, int]:
    """``(start, end)`` of the part of ``buf`` between leading and trailing tags."""
    start = id3v2_end(buf, 0)
    end = len(buf)
    for _ in range(4):  # tags can be stacked: APE, Lyrics3, then ID3v1 last
        before = end
        if end - start >= 128 and bytes(buf[end - 128 : end - 125]) == b"TAG":
            end -= 128
        if end - start >= 32 and bytes(buf[end - 32 : end - 24]) == b"APETAGEX":
            version, size, _count, flags = struct.unpack_from("<IIII", buf, end - 24)
            total = size + (32 if flags & 0x80000000 else 0)  # header present
            if 32 <= total <= end - start:
                end -= total
        if end - start >= 15 and bytes(buf[end - 9 : end]) == b"LYRICS200":
            digits = bytes(buf[end - 15 : end - 9])
            if digits.isdigit():
                total = int(digits) + 15
                if total <= end - start:
                    end -= total
        if end == before:
            break
    return start, end


def walk_audio_file(path: str, walk: Callable[[mmap.mmap, int, int], _Walk]) -> _Walk:
    """``walk(data, start, end)`` over the memory-mapped file at ``path``, tags skipped."""
    with open(path, "rb") as f:
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            start, end = audio_bounds(mm)
            return walk(mm, start, end)
