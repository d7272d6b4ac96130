"""Images: the size the model sees (after EXIF rotation), read from the header.

No pixel is ever decoded: ``Image.open`` reads only the header, ``load()`` is
never called, and EXIF comes from the header too (``Image.Image.getexif``,
the base method: PNG's override would decode the image to find a trailing
eXIf chunk).  ICO is read from its directory (``formats.ico``): Pillow's ICO
plugin decodes the largest icon while opening.  Frame counts come from headers:
GIF by walking its blocks (``formats.gif``; Pillow decodes every frame to count
GIF frames), APNG from ``acTL``, WebP from its chunk list, TIFF from its IFD chain.

Decompression bombs: ``Image.open`` refuses images over 2 x
``MAX_IMAGE_PIXELS``.  Their size is still wanted (a plan must price them), so
the same Pillow plugin is instantiated directly, which reads the header
without the size check; nothing is decoded, and the measurement says so.
WebP checks the size inside its plugin, so its VP8/VP8L/VP8X header is read
by ``formats.webp`` instead.

SVG (``formats.svg``) and HEIC/HEIF (``formats.heif``) have their own header readers; AVIF
goes through Pillow with ``heif`` as the fallback.
"""

from __future__ import annotations

import logging
import mmap
import os
import struct
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError

from gptbots_planner.measure.errors import MeasureError
from gptbots_planner.measure.formats import gif, heif, ico, svg, webp
from gptbots_planner.measure.records import Measurement, detail_name
from gptbots_planner.vocab.messages import Message, message

log = logging.getLogger(__name__)

# Bump when the same bytes would measure differently (part of the scan cache key).
EXTRACTOR_VERSION = "1"

IMAGE_EXTENSIONS = frozenset(
    {
        ".png", ".apng", ".jpg", ".jpeg", ".jpe", ".jfif", ".pjpeg", ".pjp", ".gif", ".webp",
        ".bmp", ".dib", ".tif", ".tiff", ".avif", ".ico", ".svg", ".svgz", ".heic", ".heif",
        ".hif",
    }
)  # fmt: skip

BOMB_WARNING = message("decompression_bomb")
# Orientations that turn the stored image a quarter turn (EXIF 274), and the others; the
# detail part each adds ("EXIF rotated 90°").
_SWAPPING = {
    5: message("detail_exif_transposed"),
    6: message("detail_exif_rotated", degrees=90),
    7: message("detail_exif_transversed"),
    8: message("detail_exif_rotated", degrees=270),
}
_OTHER_ORIENTATIONS = {
    2: message("detail_exif_mirrored"),
    3: message("detail_exif_rotated", degrees=180),
    4: message("detail_exif_flipped"),
}
_DISPLAY = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "TIFF": "TIFF", "BMP": "BMP",
            "DIB": "BMP", "ICO": "ICO", "AVIF": "AVIF", "MPO": "JPEG (MPO)", "GIF": "GIF"}  # fmt: skip


class ImageError(MeasureError):
    """An image that cannot be measured."""


@dataclass
class _Size:
    width: int
    height: int
    fmt: str
    frames: int = 1
    notes: tuple[Message, ...] = ()  # detail parts after the format name
    warning: Message | None = None


def sniff_image(head: bytes) -> str | None:
    """Image format name from a file's first bytes, or None.

    32 bytes are enough for the binary formats; SVG is recognised when
    ``<svg`` shows up in ``head`` (a few KB covers a typical XML prolog).
    """
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "TIFF"
    if head[:2] == b"BM" and len(head) >= 18:
        dib = struct.unpack_from("<I", head, 14)[0]
        if dib in (12, 16, 40, 52, 56, 64, 108, 124):
            return "BMP"
    if head[:4] == b"\x00\x00\x01\x00" and len(head) >= 6 and head[4:6] != b"\x00\x00":
        return "ICO"
    brand = heif.brand_of(head)
    if brand:
        return brand
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<svg", b"<?xml", b"<!--", b"<!doctype svg")) and b"<svg" in head.lower():
        return "SVG"
    return None


def measure_image(path: Path) -> Measurement:
    """Measure one image file; never raises for a bad file."""
    path = Path(path)
    m = Measurement.for_file(path, "image")
    if not m.ok:
        return m
    try:
        size = _read_size(path)
    except ImageError as e:
        return m.fail(e.message)
    except OSError as e:
        return m.fail(message("cannot_read_file", detail=e.strerror or e))
    except Exception as e:  # noqa: BLE001 - a bad file must never take the scan down
        log.warning("image reader failed on %s", path, exc_info=True)
        return m.fail(message("image_unreadable", exception=type(e).__name__, detail=e))
    m.width, m.height, m.frames = size.width, size.height, size.frames
    m.describe(detail_name(size.fmt), *size.notes)
    warning = size.warning
    limit = Image.MAX_IMAGE_PIXELS
    if warning is None and limit and size.width * size.height > 2 * limit:
        # Same threshold as Pillow's, for the formats read without Pillow (GIF, HEIC...).
        warning = BOMB_WARNING
    return m.warn(warning)


def _read_size(path: Path) -> _Size:
    with open(path, "rb") as f:
        head = f.read(4096)
    fmt = sniff_image(head)
    if fmt is None and path.suffix.lower() in (".svg", ".svgz"):
        # XML whose <svg> starts late, or gzip: the SVG reader decides.
        if head[:2] == b"\x1f\x8b" or head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            fmt = "SVG"
    if fmt == "SVG":
        try:
            s = svg.svg_size(path)
        except svg.SvgError as e:
            raise ImageError(e.message) from None
        return _Size(s.width, s.height, "SVG", 1, (s.source,), s.warning)
    if fmt in ("HEIC", "HEIF"):
        return _heif(path)
    if fmt == "GIF":
        return _gif(path)
    if fmt == "ICO":
        return _ico(path)
    try:
        return _pillow(path, fmt)
    except ImageError:
        if fmt == "AVIF":  # e.g. a Pillow built without AVIF: the box reader knows
            return _heif(path)
        raise


def _heif(path: Path) -> _Size:
    try:
        s = heif.read_file_size(str(path))
    except heif.HeifError as e:
        raise ImageError(e.message) from None
    notes = [message("detail_size_from_header")]
    if s.rotation:
        notes.append(message("detail_rotated", degrees=s.rotation))
    return _Size(s.width, s.height, s.brand, 1, tuple(notes))


# --- Pillow ---------------------------------------------------------------------------


def _open_header(f: Any) -> tuple[Image.Image, bool]:
    """Pillow image with only its header read; True when it is a decompression bomb."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            return Image.open(f), False
        except Image.DecompressionBombError:
            pass
    # Same plugin Image.open chose, minus its size check: the header is read, nothing decoded.
    f.seek(0)
    prefix = f.read(16)
    Image.init()
    for name in Image.ID:
        factory, accept = Image.OPEN[name]
        verdict = accept(prefix) if accept else True
        if isinstance(verdict, str) or not verdict:
            continue
        f.seek(0)
        try:
            return factory(f, ""), True
        except (SyntaxError, IndexError, TypeError, struct.error):
            continue
    raise ImageError.of("bomb_header_unreadable")


def _pillow(path: Path, sniffed: str | None) -> _Size:
    # Pillow warns (UserWarning) about damaged EXIF and the like; the size is still right.
    with open(path, "rb") as f, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            im, bomb = _open_header(f)
        except ImageError:
            raise  # a ValueError too: not one of Pillow's complaints below
        except UnidentifiedImageError:
            if sniffed:
                raise ImageError.of("truncated_header", format=sniffed) from None
            raise ImageError.of("not_an_image") from None
        except Image.DecompressionBombError:
            if sniffed == "WebP":
                return _webp_bomb(path)
            raise ImageError.of("bomb_header_unreadable") from None
        except (
            OSError, SyntaxError, struct.error, EOFError, ValueError, IndexError, RuntimeError,
        ) as e:  # fmt: skip
            # Pillow reports a short read as OSError("Truncated File Read"), libavif's
            # complaints as RuntimeError.
            if sniffed:
                raise ImageError.of("image_header_error", format=sniffed, detail=e) from None
            raise ImageError.of("image_header_error_unknown", detail=e) from None
        with im:
            width, height = im.size
            fmt = _DISPLAY.get(im.format or "", im.format or sniffed or "image")
            frames = int(getattr(im, "n_frames", 1) or 1)
            orientation = _orientation(im)
    if width <= 0 or height <= 0:
        raise ImageError.of("image_invalid_size", width=width, height=height)
    notes: list[Message] = []
    if fmt == "PNG" and frames > 1:
        fmt = "APNG"
    if frames > 1:
        notes.append(message("detail_frames", count=frames))
    if orientation in _SWAPPING:
        width, height = height, width
        notes.append(_SWAPPING[orientation])
    elif orientation in _OTHER_ORIENTATIONS:
        notes.append(_OTHER_ORIENTATIONS[orientation])
    warning = BOMB_WARNING if bomb else None
    if warning is None and sniffed in ("PNG", "JPEG") and _looks_truncated(path, sniffed):
        warning = message("no_end_marker", format=sniffed)
    return _Size(width, height, fmt, frames, tuple(notes), warning)


def _orientation(im: Image.Image) -> int:
    try:
        # The base method: PngImageFile.getexif() calls load() (decodes) first.
        exif = Image.Image.getexif(im)
        value = exif.get(0x0112, 1)
        return int(value) if isinstance(value, int) else 1
    except Exception:  # noqa: BLE001 - a broken EXIF block only loses the rotation
        log.info("unreadable EXIF in %s", getattr(im, "filename", "?"), exc_info=True)
        return 1


def _looks_truncated(path: Path, fmt: str) -> bool:
    size = os.path.getsize(path)
    with open(path, "rb") as f:
        f.seek(max(0, size - 65536))
        tail = f.read()
    if fmt == "PNG":
        return b"IEND" not in tail[-12:]
    # JPEG: an EOI marker, possibly followed by a phone maker's trailer.
    return b"\xff\xd9" not in tail


# --- WebP header (bombs only: Pillow's WebP plugin refuses them itself) ----------------


def _webp_bomb(path: Path) -> _Size:
    with open(path, "rb") as f:
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            try:
                w, h, frames = webp.webp_size(mm[:])
            except webp.WebpError as e:
                raise ImageError(e.message) from None
    notes = (message("detail_frames", count=frames),) if frames > 1 else ()
    return _Size(w, h, "WebP", frames, notes, BOMB_WARNING)


# --- GIF: walk the blocks (Pillow decodes each frame to count them) --------------------


def _gif(path: Path) -> _Size:
    with open(path, "rb") as f:
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            try:
                width, height, frames, complete = gif.gif_frames(mm)
            except gif.GifError as e:
                raise ImageError(e.message) from None
    if width <= 0 or height <= 0:
        raise ImageError.of("gif_invalid_size", width=width, height=height)
    notes = (message("detail_frames", count=frames),) if frames > 1 else ()
    warning = None if complete else message("gif_truncated")
    return _Size(width, height, "GIF", frames, notes, warning)


# --- ICO: the directory (Pillow's plugin decodes the largest icon when opening) -------


def _ico(path: Path) -> _Size:
    with open(path, "rb") as f:
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            try:
                w, h, count = ico.ico_size(mm)
            except ico.IcoError as e:
                raise ImageError(e.message) from None
    notes = (message("detail_largest_icon", count=count),) if count > 1 else ()
    return _Size(w, h, "ICO", 1, notes)
