"""HEIC / HEIF / AVIF picture size from the ISO BMFF ``meta`` box, by hand.

Pillow cannot open HEIC (and pillow-heif bundles the GPL x265 encoder), but the
size needs no decoder: the primary item's ``ispe`` (image spatial extents)
property in ``meta/iprp/ipco`` holds it, ``ipma`` says which properties belong
to which item, ``pitm`` names the primary item, ``clap`` crops and ``irot``
rotates (in that order, as displayed).  Every read is bounds-checked against
its enclosing box; a malformed box gives ``HeifError``, never an IndexError.
"""

from __future__ import annotations

import logging
import mmap
import struct
from dataclasses import dataclass

from gptbots_planner.vocab.messages import MessageError

log = logging.getLogger(__name__)

Buffer = bytes | mmap.mmap

MAX_META_BYTES = 16 << 20  # a meta box is a few KB; refuse absurd ones
_U32 = struct.Struct(">I")
_U64 = struct.Struct(">Q")

AVIF_BRANDS = frozenset({b"avif", b"avis"})
HEIF_BRANDS = frozenset(
    {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"heif", b"mif2"}
)


class HeifError(MessageError):
    pass


@dataclass(frozen=True)
class HeifSize:
    width: int  # as displayed (after clap and irot)
    height: int
    rotation: int  # degrees anticlockwise from irot
    brand: str  # "HEIC", "AVIF" or "HEIF"


def _boxes(data: Buffer, start: int, end: int) -> list[tuple[bytes, int, int]]:
    """``(type, payload start, payload end)`` of the boxes in ``data[start:end]``."""
    out = []
    pos = start
    while pos + 8 <= end:
        size = _U32.unpack_from(data, pos)[0]
        kind = data[pos + 4 : pos + 8]
        header = 8
        if size == 1:
            if pos + 16 > end:
                raise HeifError.of("heif_truncated_box_header")
            size = _U64.unpack_from(data, pos + 8)[0]
            header = 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            raise HeifError.of("heif_box_overrun", box=repr(kind))
        out.append((kind, pos + header, pos + size))
        pos += size
    return out


def brand_of(head: bytes) -> str | None:
    """ "AVIF", "HEIC" or None from an ``ftyp`` box at the start of ``head``."""
    if len(head) < 12 or head[4:8] != b"ftyp":
        return None
    size = _U32.unpack_from(head, 0)[0]
    brands = [head[8:12]]
    brands += [head[i : i + 4] for i in range(16, min(size, len(head)) - 3, 4)]
    if any(b in AVIF_BRANDS for b in brands):
        return "AVIF"
    if any(b in HEIF_BRANDS for b in brands):
        return "HEIC" if any(b.startswith(b"he") for b in brands) else "HEIF"
    return None


def read_size(data: Buffer) -> HeifSize:
    """The displayed size of the primary image of an HEIF-family file."""
    brand = brand_of(data[:64])
    if brand is None:
        raise HeifError.of("not_heif")
    top = _boxes_tolerant(data)
    meta = next(((s, e) for k, s, e in top if k == b"meta"), None)
    if meta is None:
        raise HeifError.of("heif_no_meta", brand=brand)
    ms, me = meta
    if me - ms > MAX_META_BYTES:
        raise HeifError.of("heif_meta_too_large", brand=brand)
    children = _boxes(data, ms + 4, me)  # meta is a full box: skip version/flags
    primary = None
    ipco: tuple[int, int] | None = None
    ipma: list[tuple[int, int]] = []
    for kind, s, e in children:
        if kind == b"pitm":
            primary = _pitm(data, s, e)
        elif kind == b"iprp":
            for k2, s2, e2 in _boxes(data, s, e):
                if k2 == b"ipco":
                    ipco = (s2, e2)
                elif k2 == b"ipma":
                    ipma.append((s2, e2))
    if ipco is None:
        raise HeifError.of("heif_no_ipco", brand=brand)
    props = _boxes(data, ipco[0], ipco[1])
    indices: list[int] = []
    if primary is not None:
        for s, e in ipma:
            indices += _ipma(data, s, e).get(primary, [])
    if indices:
        chosen = [props[i - 1] for i in indices if 1 <= i <= len(props)]
    else:
        # No association for the primary item: take the largest extents.
        extents = [p for p in props if p[0] == b"ispe"]
        chosen = [max(extents, key=lambda p: _area(_ispe(data, p[1], p[2])))] if extents else []
    size = None
    rotation = 0
    for kind, s, e in chosen:
        if kind == b"ispe":
            size = _ispe(data, s, e)
        elif kind == b"clap" and size is not None:
            size = _clap(data, s, e, size)
        elif kind == b"irot":
            if e - s < 1:
                raise HeifError.of("heif_brand_truncated_box", brand=brand, box="irot")
            rotation = (data[s] & 3) * 90
    if size is None:
        raise HeifError.of("heif_no_ispe", brand=brand)
    w, h = size
    if rotation in (90, 270):
        w, h = h, w
    if w <= 0 or h <= 0:
        raise HeifError.of("heif_invalid_size", brand=brand, width=w, height=h)
    return HeifSize(w, h, rotation, brand)


def _boxes_tolerant(data: Buffer) -> list[tuple[bytes, int, int]]:
    """Top-level boxes; a truncated ``mdat`` after ``meta`` is not our problem."""
    out = []
    pos, end = 0, len(data)
    while pos + 8 <= end:
        size = _U32.unpack_from(data, pos)[0]
        kind = data[pos + 4 : pos + 8]
        header = 8
        if size == 1 and pos + 16 <= end:
            size, header = _U64.unpack_from(data, pos + 8)[0], 16
        elif size == 0:
            size = end - pos
        if size < header:
            raise HeifError.of("heif_corrupt_box", box=repr(kind), offset=pos)
        if pos + size > end:
            if kind == b"meta":
                raise HeifError.of("heif_meta_truncated")
            break
        out.append((kind, pos + header, pos + size))
        pos += size
    return out


def _pitm(data: Buffer, s: int, e: int) -> int:
    if e - s < 6:
        raise HeifError.of("heif_truncated_box", box="pitm")
    if data[s] == 0:
        return struct.unpack_from(">H", data, s + 4)[0]
    if e - s < 8:
        raise HeifError.of("heif_truncated_box", box="pitm")
    return _U32.unpack_from(data, s + 4)[0]


def _ipma(data: Buffer, s: int, e: int) -> dict[int, list[int]]:
    """Item ID -> 1-based indices into ipco, from one ipma box."""
    if e - s < 8:
        raise HeifError.of("heif_truncated_box", box="ipma")
    version = data[s]
    flags = int.from_bytes(data[s + 1 : s + 4], "big")
    count = _U32.unpack_from(data, s + 4)[0]
    pos = s + 8
    out: dict[int, list[int]] = {}
    id_size = 2 if version < 1 else 4
    wide = flags & 1
    for _ in range(count):
        if pos + id_size + 1 > e:
            raise HeifError.of("heif_truncated_box", box="ipma")
        item = int.from_bytes(data[pos : pos + id_size], "big")
        n = data[pos + id_size]
        pos += id_size + 1
        step = 2 if wide else 1
        if pos + n * step > e:
            raise HeifError.of("heif_truncated_box", box="ipma")
        idx = []
        for _ in range(n):
            v = int.from_bytes(data[pos : pos + step], "big")
            idx.append(v & (0x7FFF if wide else 0x7F))  # top bit: "essential"
            pos += step
        out.setdefault(item, []).extend(idx)
    return out


def _area(size: tuple[int, int]) -> int:
    return size[0] * size[1]


def _ispe(data: Buffer, s: int, e: int) -> tuple[int, int]:
    if e - s < 12:
        raise HeifError.of("heif_truncated_box", box="ispe")
    return _U32.unpack_from(data, s + 4)[0], _U32.unpack_from(data, s + 8)[0]


def _clap(data: Buffer, s: int, e: int, size: tuple[int, int]) -> tuple[int, int]:
    if e - s < 32:
        raise HeifError.of("heif_truncated_box", box="clap")
    wn, wd, hn, hd = struct.unpack_from(">IIII", data, s)
    if wd == 0 or hd == 0:
        return size  # a broken crop: keep the coded size
    w, h = wn // wd, hn // hd
    if 0 < w <= size[0] and 0 < h <= size[1]:
        return w, h
    return size


def read_file_size(path: str) -> HeifSize:
    with open(path, "rb") as f:
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            return read_size(mm)
