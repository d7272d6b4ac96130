"""Generate real test media: images with Pillow, audio with sox / ffmpeg / espeak-ng.

Helpers only (no fixtures): test modules wrap ``make_audio_set`` /
``make_image_set`` in session-scoped fixtures so each set is built once.
Everything is small (seconds of audio, tiny images) so the suite stays fast.

External tools: ``require_tool`` fails the test when ``CI=true`` and the tool
is missing (CI must install it), and skips otherwise.
"""

from __future__ import annotations

import logging
import os
import struct
import subprocess
import wave
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PIL import Image
from tools import require_tool

log = logging.getLogger(__name__)

SPEECH_TEXT = (
    "The quick brown fox jumps over the lazy dog. Budget planning for credits needs "
    "exact audio lengths, because speech recognition is billed by the minute. "
    "One, two, three, four, five, six, seven, eight, nine, ten. "
    "Silence between sentences makes variable bitrate encoders change their rate often. "
    "This recording was made by a speech synthesizer for a unit test."
)


def run(*cmd: str | Path) -> None:
    subprocess.run([str(c) for c in cmd], check=True, capture_output=True, timeout=120)


def ffmpeg(src: Path, dst: Path, *args: str) -> Path:
    run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-i", src, *args, dst)
    return dst


@dataclass(frozen=True)
class AudioFile:
    path: Path
    truth: Decimal  # seconds: samples generated / sample rate
    fmt: str  # what the detail must name


def wav_seconds(path: Path) -> Decimal:
    """Exact length of a PCM WAV from the standard library (independent of the code under test)."""
    with wave.open(str(path)) as w:
        return Decimal(w.getnframes()) / Decimal(w.getframerate())


def make_audio_set(directory: Path) -> dict[str, AudioFile]:
    """Encode a 20 s tone and ~17 s of synthetic speech into every format under test."""
    for tool in ("sox", "ffmpeg", "espeak-ng"):
        require_tool(tool)
    d = directory
    d.mkdir(parents=True, exist_ok=True)
    tone = d / "tone.wav"
    # 882000 samples at 44.1 kHz: exactly 20 s.
    run("sox", "-r", "44100", "-n", "-c", "1", "-b", "16", tone, "synth", "882000s", "sine", "440")
    speech22 = d / "speech22.wav"
    run("espeak-ng", "-w", speech22, SPEECH_TEXT)
    speech = d / "speech.wav"
    # 44.1 kHz: an encoder's fixed delay/padding is a smaller share of the length.
    run("sox", speech22, "-r", "44100", speech)
    t_tone, t_speech = wav_seconds(tone), wav_seconds(speech)
    out: dict[str, AudioFile] = {
        "wav": AudioFile(tone, t_tone, "WAV"),
        "speech_wav": AudioFile(speech, t_speech, "WAV"),
    }

    jobs: list[tuple[Path, Path, tuple[str, ...]]] = []

    def add(key: str, src: Path, name: str, fmt: str, *args: str) -> None:
        jobs.append((src, d / name, args))  # encoded below, in parallel
        out[key] = AudioFile(d / name, t_tone if src == tone else t_speech, fmt)

    add("flac", tone, "tone.flac", "FLAC")
    add("ogg_vorbis", tone, "tone.ogg", "Ogg Vorbis", "-c:a", "libvorbis", "-q:a", "2")
    add("opus", speech, "speech.opus", "Opus", "-c:a", "libopus", "-b:a", "24k")
    add("m4a", tone, "tone.m4a", "MP4", "-c:a", "aac", "-b:a", "48k")
    add("mp3_cbr", tone, "tone_cbr.mp3", "MP3", "-c:a", "libmp3lame", "-b:a", "64k")
    add(
        "mp3_cbr_noxing", tone, "tone_cbr_noxing.mp3", "MP3",
        "-c:a", "libmp3lame", "-b:a", "64k", "-write_xing", "0",
    )  # fmt: skip
    add("mp3_vbr_xing", speech, "speech_vbr.mp3", "MP3", "-c:a", "libmp3lame", "-q:a", "4")
    add(
        "mp3_vbr_noxing", speech, "speech_vbr_noxing.mp3", "MP3",
        "-c:a", "libmp3lame", "-q:a", "4", "-write_xing", "0",
    )  # fmt: skip
    add("adts", tone, "tone.aac", "AAC (ADTS)", "-c:a", "aac", "-b:a", "48k", "-f", "adts")
    add("aiff", tone, "tone.aiff", "AIFF")
    add("speex", speech, "speech.spx", "Ogg Speex", "-c:a", "libspeex")
    add("wma", tone, "tone.wma", "WMA/ASF", "-c:a", "wmav2", "-b:a", "48k")
    add("ac3", tone, "tone.ac3", "AC3", "-c:a", "ac3", "-b:a", "96k")
    add("wavpack", tone, "tone.wv", "WavPack", "-c:a", "wavpack")
    add("mp2", tone, "tone.mp2", "MP2", "-c:a", "mp2", "-b:a", "128k")
    add("alac_m4a", speech, "speech_alac.m4a", "MP4", "-c:a", "alac")
    # mutagen has no reader for these: the module's own CAF / Matroska readers do.
    add("webm", tone, "tone.webm", "WebM", "-c:a", "libopus", "-b:a", "24k")
    add("mka", speech, "speech.mka", "Matroska", "-c:a", "libopus", "-b:a", "24k")
    add("caf_pcm", tone, "tone.caf", "CAF")
    add("caf_alac", speech, "speech_alac.caf", "CAF", "-c:a", "alac")
    # A WebM written to a pipe has no Duration (like a browser's MediaRecorder output).
    streamed = subprocess.run(
        ["ffmpeg", "-hide_banner", "-loglevel", "error", "-i", str(speech), "-c:a", "libopus",
         "-b:a", "24k", "-f", "webm", "pipe:1"],
        check=True, capture_output=True, timeout=120,
    ).stdout  # fmt: skip
    (d / "streamed.webm").write_bytes(streamed)
    run("sox", tone, d / "tone.au")  # Sun AU: no reader here, a clear "unsupported"
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for done in [pool.submit(ffmpeg, src, dst, *args) for src, dst, args in jobs]:
            done.result()
    return out


# --- hand-made binary media --------------------------------------------------------------


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose IHDR claims ``width`` x ``height`` with a tiny (valid) IDAT.

    At 30000x30000 this is a decompression bomb for Pillow: 900 M pixels.
    """
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    idat = zlib.compress(b"\x00" * (width + 1))  # one filtered row; the rest is "missing"
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", idat)
        + png_chunk(b"IEND", b"")
    )


def webp_vp8x_header(width: int, height: int) -> bytes:
    """A WebP that is only a VP8X chunk announcing a ``width`` x ``height`` canvas."""
    body = (
        b"\x00\x00\x00\x00" + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    )
    chunk = b"VP8X" + struct.pack("<I", len(body)) + body
    return b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk


def jpeg_header_only(width: int, height: int) -> bytes:
    """SOI, a baseline SOF0 for ``width`` x ``height`` (1 component), SOS, EOI."""
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    dqt = b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + bytes([1] * 64)
    sos = b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00\x00\x3f\x00"
    return b"\xff\xd8" + dqt + sof + sos + b"\x00" * 16 + b"\xff\xd9"


def bmp_header_only(width: int, height: int) -> bytes:
    """A BMP file header + BITMAPINFOHEADER for 24-bit ``width`` x ``height``, no pixels."""
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, 0, 2835, 2835, 0, 0)
    return b"BM" + struct.pack("<IHHI", 14 + len(info), 0, 0, 14 + len(info)) + info


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def _full_box(kind: bytes, version: int, flags: int, payload: bytes) -> bytes:
    return _box(kind, bytes([version]) + flags.to_bytes(3, "big") + payload)


def heif_bytes(
    width: int,
    height: int,
    *,
    rotation: int = 0,
    brand: bytes = b"heic",
    thumbnail: tuple[int, int] | None = (320, 240),
    crop: tuple[int, int] | None = None,
) -> bytes:
    """A minimal HEIF: ftyp + meta(pitm, iprp(ipco, ipma)) + an empty mdat.

    The primary item (ID 1) gets an ``ispe`` of ``width`` x ``height`` and, when
    ``rotation`` is set, an ``irot``; a thumbnail item (ID 2) gets its own,
    smaller ``ispe`` listed first, so a reader that ignores ``ipma`` is caught.
    """
    ftyp = _box(b"ftyp", brand + b"\x00\x00\x00\x00" + brand + b"mif1")
    props = []
    thumb_index = None
    if thumbnail:
        props.append(_full_box(b"ispe", 0, 0, struct.pack(">II", *thumbnail)))
        thumb_index = len(props)
    props.append(_full_box(b"ispe", 0, 0, struct.pack(">II", width, height)))
    main = [len(props)]
    if crop:  # clean aperture: width N/D, height N/D, offsets N/D (centred)
        props.append(_box(b"clap", struct.pack(">IIIIiIiI", crop[0], 1, crop[1], 1, 0, 1, 0, 1)))
        main.append(len(props))
    if rotation:
        props.append(_box(b"irot", bytes([rotation // 90])))
        main.append(len(props))
    ipco = _box(b"ipco", b"".join(props))
    entries = [(1, main)] + ([(2, [thumb_index])] if thumb_index else [])
    body = struct.pack(">I", len(entries))
    for item, indices in entries:
        body += struct.pack(">HB", item, len(indices)) + bytes(0x80 | i for i in indices)
    ipma = _full_box(b"ipma", 0, 0, body)
    pitm = _full_box(b"pitm", 0, 0, struct.pack(">H", 1))
    hdlr = _full_box(b"hdlr", 0, 0, b"\x00" * 4 + b"pict" + b"\x00" * 13)
    meta = _full_box(b"meta", 0, 0, hdlr + pitm + _box(b"iprp", ipco + ipma))
    return ftyp + meta + _box(b"mdat", b"\x00" * 16)


def amr_bytes(frames: int, *, wideband: bool = False, frame_type: int = 7) -> bytes:
    """AMR storage format: magic + ``frames`` frames of one type (payload zeroed)."""
    if wideband:
        sizes = {0: 17, 1: 23, 2: 32, 3: 36, 4: 40, 5: 46, 6: 50, 7: 58, 8: 60, 9: 5}
        magic = b"#!AMR-WB\n"
    else:
        sizes = {0: 12, 1: 13, 2: 15, 3: 17, 4: 19, 5: 20, 6: 26, 7: 31, 8: 5}
        magic = b"#!AMR\n"
    toc = bytes([(frame_type << 3) | 0x04])  # Q bit set: a good frame
    return magic + (toc + b"\x00" * sizes[frame_type]) * frames


# --- images with Pillow ---------------------------------------------------------------------

COLOURS = ("red", "green", "blue", "yellow", "white", "black", "purple", "orange", "cyan")


def make_image_set(directory: Path) -> dict[str, Path]:
    """One small picture per format Pillow writes, plus animated and rotated ones."""
    d = directory
    d.mkdir(parents=True, exist_ok=True)
    still = Image.new("RGB", (400, 300), "red")
    out: dict[str, Path] = {}
    for key, name, kwargs in (
        ("png", "still.png", {}),
        ("jpeg", "still.jpg", {}),
        ("webp", "still.webp", {}),
        ("bmp", "still.bmp", {}),
        ("tiff", "still.tiff", {}),
        ("avif", "still.avif", {}),
        ("ico", "still.ico", {"sizes": [(16, 16), (48, 48), (64, 48)]}),
    ):
        still.save(d / name, **kwargs)
        out[key] = d / name
    frames = [Image.new("RGB", (64, 32), c) for c in COLOURS[:5]]
    for key, name, kwargs in (
        ("gif_anim", "anim.gif", {"duration": 100, "loop": 0}),
        ("webp_anim", "anim.webp", {"duration": 100}),
        ("apng", "anim.png", {"duration": 100}),
    ):
        frames[0].save(d / name, save_all=True, append_images=frames[1:], **kwargs)
        out[key] = d / name
    for orientation in (3, 5, 6, 7, 8):
        exif = Image.Exif()
        exif[0x0112] = orientation
        name = f"exif{orientation}.jpg"
        still.save(d / name, exif=exif)
        out[f"exif{orientation}"] = d / name
    wide = Image.new("L", (2000, 500), 128)
    wide.save(d / "wide.png")
    out["wide"] = d / "wide.png"
    return out


def _ebml_vint(data: bytes, pos: int) -> tuple[int, int]:
    """(value with the marker bit kept, length) of the EBML vint at ``pos``."""
    length = 8 - data[pos].bit_length() + 1
    return int.from_bytes(data[pos : pos + length], "big"), length


def webm_with_unknown_size_clusters(data: bytes) -> bytes:
    """Rewrite a streamed WebM the way a browser's MediaRecorder writes it.

    Every Cluster gets the 8-byte "unknown size" marker, so a reader must find
    each cluster's end from the next top-level element.  Needs a Segment of
    unknown size (what ffmpeg writes to a pipe) and no Cues/SeekHead offsets.
    """
    pos = 0
    ebml_id, n = _ebml_vint(data, pos)
    size, m = _ebml_vint(data, pos + n)
    pos += n + m + (size & ((1 << (7 * m)) - 1))
    seg_id, n = _ebml_vint(data, pos)
    assert seg_id == 0x18538067
    _seg_size, m = _ebml_vint(data, pos + n)
    out = bytearray(data[:pos] + bytes.fromhex("18538067") + b"\x01" + b"\xff" * 7)
    pos += n + m
    while pos < len(data):
        eid, n = _ebml_vint(data, pos)
        raw, m = _ebml_vint(data, pos + n)
        size = raw & ((1 << (7 * m)) - 1)
        body = data[pos + n + m : pos + n + m + size]
        if eid == 0x1F43B675:
            out += data[pos : pos + n] + b"\x01" + b"\xff" * 7 + body
        else:
            out += data[pos : pos + n + m + size]
        pos += n + m + size
    return bytes(out)
