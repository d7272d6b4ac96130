"""Audio files: exact length in seconds, for ASR and audio-LLM costs.

The format comes from the file's magic bytes, not its extension (a WAV named
``.mp3`` is read as WAV, with a warning).  mutagen reads the length of most
formats from their headers; where it only guesses, this module counts instead:

* MP3: the frame headers are always walked (``mp3frames``, ~0.1 s for 42 MB).
  A Xing/Info/VBRI frame count that the walk confirms gives the length (minus
  the LAME tag's encoder delay and padding: exact); without one, or when the
  file contradicts it (cut short, files joined), the walked frames do.
  mutagen alone extrapolates from the first frame's bitrate.
* raw ADTS AAC: walk the ADTS headers (``adts``); mutagen extrapolates from
  the first 100 frames.
* AMR-NB / AMR-WB, which mutagen does not read: count the 20 ms frames (``amr``).
* CAF and WebM/Matroska, which mutagen does not read either: the CAF packet
  table (``caf``) and the Matroska ``Info/Duration`` element, or for streamed
  recordings without one, the block timestamps (``matroska``).

Nothing is decoded.  Bad files give ``Measurement(kind="error")`` with a
message a user can act on; this module never raises for a bad file.
"""

from __future__ import annotations

import logging
import os
import struct
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from gptbots_planner.measure.errors import MeasureError
from gptbots_planner.measure.formats import adts, amr, caf, matroska, mp3frames, wav
from gptbots_planner.measure.formats.tagskip import id3v2_end
from gptbots_planner.measure.records import Measurement, detail_name, detail_names
from gptbots_planner.vocab.messages import Message, message

log = logging.getLogger(__name__)

# Bump when the same bytes would measure differently (part of the scan cache key).
EXTRACTOR_VERSION = "2"

AUDIO_EXTENSIONS = frozenset(
    {
        ".mp3", ".mp2", ".mp1", ".mpga", ".m4a", ".m4b", ".m4r", ".mp4a", ".aac", ".adts",
        ".wav", ".wave", ".flac", ".ogg", ".oga", ".opus", ".spx", ".wma", ".asf", ".aif",
        ".aiff", ".aifc", ".ape", ".wv", ".mpc", ".mp+", ".tak", ".ac3", ".dsf", ".amr",
        ".awb", ".3ga", ".webm", ".weba", ".mka", ".caf",
    }
)  # fmt: skip

SNIFF_BYTES = 64  # what sniff_audio needs (more is fine)
_MS = Decimal("0.001")

# Formats recognised by their magic bytes that no reader here measures.
UNSUPPORTED = frozenset({"AU", "RF64", "MIDI"})
# ISO BMFF brands that are pictures, not sound (HEIC/AVIF share the container).
_IMAGE_BRANDS = frozenset(
    {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif", b"avis"}
)


class AudioError(MeasureError):
    """An audio file that cannot be measured."""


def _mpeg_kind(b0: int, b1: int) -> str | None:
    """Format of a stream starting with a frame sync (0xFFE/0xFFF)."""
    if b0 != 0xFF or b1 & 0xE0 != 0xE0:
        return None
    if b1 & 0xF6 == 0xF0:
        return "AAC (ADTS)"  # layer bits 00 with the 12-bit sync: ADTS
    layer = (b1 >> 1) & 3
    if layer == 0 or (b1 >> 3) & 3 == 1:
        return None
    return {1: "MP3", 2: "MP2", 3: "MP1"}[layer]


def _behind_id3(head: bytes) -> str:
    # Raw streams and FLAC can carry an ID3v2 tag: look past it when we can.
    rest = head[id3v2_end(head) :]
    if rest.startswith(b"fLaC"):
        return "FLAC"
    if len(rest) >= 2 and _mpeg_kind(rest[0], rest[1]) == "AAC (ADTS)":
        return "AAC (ADTS)"
    return "MP3"


def _ogg_kind(body: bytes) -> str:
    """Codec of an Ogg stream from its first packet (``body``: after the page header)."""
    if body.startswith(b"\x01vorbis"):
        return "Ogg Vorbis"
    if body.startswith(b"OpusHead"):
        return "Opus"
    if body.startswith(b"Speex   "):
        return "Ogg Speex"
    if body.startswith(b"\x7fFLAC"):
        return "Ogg FLAC"
    if body.startswith(b"\x80theora"):
        return "Ogg Theora"
    return "Ogg"


def sniff_audio(head: bytes) -> str | None:
    """Audio format name from a file's first bytes (64 are enough), or None."""
    if len(head) < 4:
        return None
    if head.startswith(b"ID3"):
        return _behind_id3(head)
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "WAV"
    if head[:4] == b"RF64":
        return "RF64"
    if head[:4] == b"fLaC":
        return "FLAC"
    if head[:4] == b"OggS":
        return _ogg_kind(head[28:])
    if head[4:8] == b"ftyp":
        brands = {head[i : i + 4] for i in range(8, min(len(head), 40), 4)}
        if head[8:12] in _IMAGE_BRANDS or (brands & _IMAGE_BRANDS and not brands & {b"M4A "}):
            return None
        return "MP4"
    if head[:4] == b"FORM" and head[8:12] in (b"AIFF", b"AIFC"):
        return "AIFF"
    if head[:16] == b"\x30\x26\xb2\x75\x8e\x66\xcf\x11\xa6\xd9\x00\xaa\x00\x62\xce\x6c":
        return "WMA/ASF"
    if head[:4] == b"MAC ":
        return "APE"
    if head[:4] == b"wvpk":
        return "WavPack"
    if head[:4] == b"MPCK" or head[:3] == b"MP+":
        return "Musepack"
    if head[:4] == b"tBaK":
        return "TAK"
    if head[:4] == b"DSD ":
        return "DSF"
    if head[:4] == b"ADIF":
        return "AAC (ADIF)"
    if head.startswith(amr.MAGIC_WB):
        return "AMR-WB"
    if head.startswith(amr.MAGIC_NB) or head.startswith(amr.MAGIC_MC):
        return "AMR"
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return "WebM" if b"webm" in head[:64] else "Matroska"
    if head[:4] == b"caff":
        return "CAF"
    if head[:4] == b".snd":
        return "AU"
    if head[:4] == b"MThd":
        return "MIDI"
    if head[:2] == b"\x0b\x77":
        return "AC3"
    return _mpeg_kind(head[0], head[1])


# A header's length is believed up to this many seconds per byte of file: far beyond any
# real codec (Opus at 6 kbit/s is 750 bytes a second; FLAC of digital silence a few), far
# below what a forged header claims (a 134-byte FLAC saying 68.7 billion seconds).
MAX_SECONDS_PER_BYTE = 10


class ImplausibleLength(Exception):  # noqa: N818 - reads better at the raise sites
    """A header claims a length no file of this size can hold (or no number at all)."""

    def __init__(self, claimed: str) -> None:
        super().__init__(claimed)
        self.claimed = claimed


def seconds_text(seconds: Decimal) -> str:
    """Seconds as a decimal string with millisecond precision ("52.245")."""
    if not seconds.is_finite():
        raise ImplausibleLength(str(seconds))
    return str(seconds.quantize(_MS, rounding=ROUND_HALF_UP))


def _check_plausible(m: Measurement, size: int) -> None:
    """Drop a length the file's size cannot hold, with a warning."""
    if not m.seconds:
        return
    claimed = Decimal(m.seconds)
    if claimed > max(size, 1) * MAX_SECONDS_PER_BYTE:
        m.seconds = ""
        m.warn(message("implausible_duration", claimed=f"{claimed:,.0f}", size=f"{size:,}"))


def _float_seconds(length: float) -> Decimal:
    # repr() of a float is the shortest string that round-trips: no binary noise.
    value = Decimal(repr(float(length)))
    if not value.is_finite():
        raise ImplausibleLength(repr(length))
    return value


def _khz(rate: int) -> str:
    return f"{Decimal(rate) / 1000:f}".rstrip("0").rstrip(".") + " kHz"


def measure_audio(path: Path) -> Measurement:
    """Measure one audio file; never raises for a bad file."""
    path = Path(path)
    m = Measurement.for_file(path, "audio")
    if not m.ok:
        return m
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
        fmt = sniff_audio(head)
        _measure(path, fmt, m)
        _check_plausible(m, m.size_bytes)
    except ImplausibleLength as e:
        m.seconds = ""
        m.warn(message("implausible_duration", claimed=e.claimed, size=f"{m.size_bytes:,}"))
    except AudioError as e:
        return m.fail(e.message)
    except OSError as e:
        return m.fail(message("cannot_read_file", detail=e.strerror or e))
    except Exception as e:  # noqa: BLE001 - a bad file must never take the scan down
        log.warning("audio reader failed on %s", path, exc_info=True)
        return m.fail(message("audio_unreadable", exception=type(e).__name__, detail=e))
    if fmt and path.suffix.lower() in AUDIO_EXTENSIONS and not _extension_fits(fmt, path):
        m.warn(message("audio_extension_mismatch", format=fmt, extension=path.suffix))
    return m


_EXPECTED_EXT = {
    "MP3": {".mp3", ".mpga", ".mp2", ".mp1"},
    "MP2": {".mp2", ".mp3", ".mpga"},
    "MP1": {".mp1", ".mp3", ".mpga"},
    "WAV": {".wav", ".wave"},
    "FLAC": {".flac"},
    "Ogg Vorbis": {".ogg", ".oga"},
    "Opus": {".opus", ".ogg", ".oga"},
    "Ogg Speex": {".spx", ".ogg", ".oga"},
    "Ogg FLAC": {".ogg", ".oga", ".flac"},
    "MP4": {".m4a", ".m4b", ".m4r", ".mp4a", ".3ga", ".aac"},
    "AAC (ADTS)": {".aac", ".adts"},
    "AAC (ADIF)": {".aac"},
    "AIFF": {".aif", ".aiff", ".aifc"},
    "WMA/ASF": {".wma", ".asf"},
    "APE": {".ape"},
    "WavPack": {".wv"},
    "Musepack": {".mpc", ".mp+"},
    "TAK": {".tak"},
    "DSF": {".dsf"},
    "AC3": {".ac3"},
    "AMR": {".amr", ".3ga"},
    "AMR-WB": {".awb", ".amr"},
    "WebM": {".webm", ".weba", ".mka"},
    "Matroska": {".mka", ".webm", ".weba"},
    "CAF": {".caf"},
}


def _extension_fits(fmt: str, path: Path) -> bool:
    return path.suffix.lower() in _EXPECTED_EXT.get(fmt, {path.suffix.lower()})


def _measure(path: Path, fmt: str | None, m: Measurement) -> None:
    if fmt is None:
        # No signature in the first bytes (an MPEG stream after junk or padding):
        # the walkers resynchronise, so let the extension pick one.
        suffix = path.suffix.lower()
        if suffix in (".mp3", ".mp2", ".mp1", ".mpga"):
            fmt = "MP3"
        elif suffix in (".aac", ".adts"):
            fmt = "AAC (ADTS)"
    if fmt in UNSUPPORTED:
        raise AudioError.of("unsupported_audio", format=fmt)
    if fmt == "WAV" and _measure_wav(path, m):
        return
    if fmt in ("MP3", "MP2", "MP1"):
        _measure_mpeg(path, m)
    elif fmt == "AAC (ADTS)":
        _measure_adts(path, m)
    elif fmt in ("AMR", "AMR-WB"):
        _measure_amr(path, m)
    elif fmt == "CAF":
        _measure_caf(path, m)
    elif fmt in ("WebM", "Matroska"):
        _measure_matroska(path, m)
    else:
        _measure_mutagen(path, fmt, m)


def _measure_mpeg(path: Path, m: Measurement) -> None:
    w = mp3frames.walk_file(str(path))
    if w.frames == 0 and w.vbr_header_frames <= 0:
        raise AudioError.of("no_mpeg_frames")
    rate = _khz(w.sample_rate)
    header_fits = w.vbr.frames > 0 and abs(w.frames - w.vbr.frames) <= max(2, w.vbr.frames // 100)
    if header_fits:
        # A Xing/Info/VBRI frame count is exact; a LAME tag adds the encoder delay and
        # padding, which decoders drop (gapless playback), so the length is exact too.
        samples = w.vbr.frames * w.samples_per_frame
        source = "detail_vbr_header"
        if 0 <= w.vbr.encoder_delay + w.vbr.encoder_padding < samples:
            samples -= w.vbr.encoder_delay + w.vbr.encoder_padding
            source = "detail_vbr_header_gapless"
        m.seconds = seconds_text(Decimal(samples) / Decimal(w.sample_rate))
        mode = "CBR" if w.vbr.kind == "Info" else "VBR"
        m.describe(*detail_names(w.format_name, mode, rate), message(source, header=w.vbr.kind))
    else:
        # No frame count, or one the file contradicts (cut short, or several MP3s
        # joined together): the frames actually present decide.
        m.seconds = seconds_text(Decimal(w.samples) / Decimal(w.sample_rate))
        mode = "VBR" if len(w.bitrates) > 1 else "CBR"
        m.describe(*detail_names(w.format_name, mode, rate), message("detail_frames_walked"))
        if w.vbr.frames > 0:
            m.warn(
                message(
                    "vbr_header_mismatch",
                    header=w.vbr.kind,
                    claimed=f"{w.vbr.frames:,}",
                    frames=f"{w.frames:,}",
                )
            )
    _walk_notes(m, w.skipped_bytes, w.truncated_tail)


def _walk_notes(m: Measurement, skipped_bytes: int, truncated_tail: int) -> None:
    """The frame walkers' caveats: junk skipped between frames, a last frame cut short."""
    if skipped_bytes:
        m.warn(message("skipped_bytes", count=f"{skipped_bytes:,}"))
    if truncated_tail:
        m.warn(message("last_frame_cut"))


def _measure_adts(path: Path, m: Measurement) -> None:
    w = adts.walk_file(str(path))
    if w.frames == 0:
        raise AudioError.of("no_adts_frames")
    m.seconds = seconds_text(Decimal(w.samples) / Decimal(w.sample_rate))
    names = detail_names("AAC (ADTS)", w.profile, _khz(w.sample_rate))
    m.describe(*names, message("detail_frames_walked"))
    _walk_notes(m, w.skipped_bytes, w.truncated_tail)


def _measure_amr(path: Path, m: Measurement) -> None:
    try:
        w = amr.walk_file(str(path))
    except amr.AmrError as e:
        raise AudioError(e.message) from None
    if w.frames == 0:
        raise AudioError.of("no_frames", format=w.variant)
    m.seconds = seconds_text(Decimal(w.milliseconds) / 1000)
    m.describe(detail_name(w.variant), message("detail_amr_frames", count=f"{w.frames:,}"))
    if w.truncated_tail:
        m.warn(message("last_frame_cut"))


def _measure_caf(path: Path, m: Measurement) -> None:
    with open(path, "rb") as f:
        try:
            c = caf.read_length(f, os.fstat(f.fileno()).st_size)
        except (caf.CafError, struct.error) as e:
            if isinstance(e, caf.CafError):
                raise AudioError(e.message) from None
            raise AudioError.of("corrupt_caf") from None
    m.seconds = seconds_text(c.seconds)
    codec = c.codec.strip() or "?"
    m.describe(*detail_names(f"CAF ({codec})", _khz(int(c.sample_rate))), c.source)


def _measure_matroska(path: Path, m: Measurement) -> None:
    with open(path, "rb") as f:
        try:
            r = matroska.read_length(f, os.fstat(f.fileno()).st_size)
        except (matroska.MatroskaError, struct.error) as e:
            if isinstance(e, matroska.MatroskaError):
                raise AudioError(e.message) from None
            raise AudioError.of("corrupt_matroska") from None
    m.seconds = seconds_text(r.seconds)
    m.describe(detail_name("WebM" if r.doc_type == "webm" else "Matroska"), r.source)


# mutagen classes by sniffed format (None: let mutagen score every reader).
def _mutagen_class(fmt: str | None) -> Any:
    import mutagen.aac
    import mutagen.ac3
    import mutagen.aiff
    import mutagen.apev2
    import mutagen.asf
    import mutagen.dsf
    import mutagen.flac
    import mutagen.monkeysaudio
    import mutagen.mp3
    import mutagen.mp4
    import mutagen.musepack
    import mutagen.oggflac
    import mutagen.oggopus
    import mutagen.oggspeex
    import mutagen.oggtheora
    import mutagen.oggvorbis
    import mutagen.tak
    import mutagen.wave
    import mutagen.wavpack

    return {
        "MP3": mutagen.mp3.MP3,
        "WAV": mutagen.wave.WAVE,
        "FLAC": mutagen.flac.FLAC,
        "Ogg Vorbis": mutagen.oggvorbis.OggVorbis,
        "Opus": mutagen.oggopus.OggOpus,
        "Ogg Speex": mutagen.oggspeex.OggSpeex,
        "Ogg FLAC": mutagen.oggflac.OggFLAC,
        "Ogg Theora": mutagen.oggtheora.OggTheora,
        "MP4": mutagen.mp4.MP4,
        "AIFF": mutagen.aiff.AIFF,
        "WMA/ASF": mutagen.asf.ASF,
        "APE": mutagen.monkeysaudio.MonkeysAudio,
        "WavPack": mutagen.wavpack.WavPack,
        "Musepack": mutagen.musepack.Musepack,
        "TAK": mutagen.tak.TAK,
        "DSF": mutagen.dsf.DSF,
        "AC3": mutagen.ac3.AC3,
        "AAC (ADIF)": mutagen.aac.AAC,
    }.get(fmt or "")


def _mutagen_info(path: Path, fmt: str | None) -> Any:
    import mutagen

    cls = _mutagen_class(fmt)
    try:
        f = cls(str(path)) if cls is not None else mutagen.File(str(path))
    except mutagen.MutagenError as e:
        raise _corrupt(fmt, e) from None
    except (
        struct.error, EOFError, IndexError, KeyError, TypeError, ValueError, OverflowError,
        ZeroDivisionError,
    ) as e:  # fmt: skip
        # mutagen's parsers let these escape on damaged files (seen: ASF KeyError).
        raise _corrupt(fmt, e) from None
    if f is None or getattr(f, "info", None) is None:
        raise AudioError.of("not_audio")
    return f.info


def _corrupt(fmt: str | None, e: BaseException) -> AudioError:
    if fmt:
        return AudioError.of("corrupt_audio_file", format=fmt, detail=_clean(e))
    return AudioError.of("corrupt_audio_unknown", detail=_clean(e))


def _clean(e: BaseException) -> str:
    text = str(e).strip() or type(e).__name__
    return text[:200]


def _channels(count: int) -> Message:
    """The detail part "mono", "stereo" or "6 ch"."""
    known = {1: "detail_mono", 2: "detail_stereo"}
    return message(known[count]) if count in known else message("detail_channels", count=count)


def _describe(fmt: str | None, info: Any) -> list[Message]:
    import mutagen.mp4

    name = fmt or type(info).__name__.replace("Info", "").replace("StreamInfo", "")
    codec = getattr(info, "codec_description", "") or getattr(info, "codec_name", "")
    if isinstance(info, mutagen.mp4.MP4Info) and codec:
        name = f"{name} ({codec})"
    parts = [detail_name(name)]
    rate = getattr(info, "sample_rate", 0)
    if rate:
        parts.append(detail_name(_khz(int(rate))))
    channels = getattr(info, "channels", 0)
    if channels:
        parts.append(_channels(int(channels)))
    return parts


def _measure_mutagen(path: Path, fmt: str | None, m: Measurement) -> None:
    info = _mutagen_info(path, fmt)
    length = getattr(info, "length", None)
    if not length or length <= 0:
        if fmt:
            raise AudioError.of("no_audio_length", format=fmt)
        raise AudioError.of("no_audio_length_unknown")
    seconds = _float_seconds(length)
    m.seconds = seconds_text(seconds)
    m.describe(*_describe(fmt, info), message("detail_header"))


def _measure_wav(path: Path, m: Measurement) -> bool:
    """The length from the WAV's own chunks (every codec); False: let mutagen try."""
    with open(path, "rb") as f:
        try:
            w = wav.read_wav(f, os.fstat(f.fileno()).st_size)
        except (wav.WavError, struct.error):
            return False
    m.seconds = seconds_text(w.seconds)
    parts = [*detail_names("WAV" if w.codec == "PCM" else f"WAV ({w.codec})", _khz(w.sample_rate))]
    if w.channels:
        parts.append(_channels(w.channels))
    m.describe(*parts, message("detail_header"))
    if w.truncated:
        m.warn(message("wav_truncated"))
    return True
