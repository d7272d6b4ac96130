"""Audio lengths on real files made by sox / ffmpeg / espeak-ng, against the samples generated."""

from __future__ import annotations

import os
import struct
import tempfile
from decimal import Decimal
from pathlib import Path

import mutagen.mp3
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from media_factory import (
    AudioFile,
    amr_bytes,
    make_audio_set,
    webm_with_unknown_size_clusters,
)
from tools import require_tool

from gptbots_planner.measure.audio import AUDIO_EXTENSIONS, measure_audio, sniff_audio
from gptbots_planner.measure.formats import adts, mp3frames

TOLERANCE = Decimal("0.005")  # 0.5 % of the true length


@pytest.fixture(scope="session")
def audio(tmp_path_factory: pytest.TempPathFactory) -> dict[str, AudioFile]:
    return make_audio_set(tmp_path_factory.mktemp("audio"))


def assert_close(seconds: str, truth: Decimal) -> None:
    assert seconds, "no length"
    got = Decimal(seconds)
    assert abs(got - truth) <= truth * TOLERANCE, f"{got} s vs true {truth} s"


@pytest.mark.parametrize(
    "key",
    [
        "wav", "speech_wav", "flac", "ogg_vorbis", "opus", "m4a", "mp3_cbr", "mp3_cbr_noxing",
        "mp3_vbr_xing", "mp3_vbr_noxing", "adts", "aiff", "speex", "wma", "webm", "mka",
        "caf_pcm", "caf_alac", "ac3", "wavpack", "mp2", "alac_m4a",
    ],
)  # fmt: skip
def test_length_within_half_a_percent(audio: dict[str, AudioFile], key: str) -> None:
    f = audio[key]
    m = measure_audio(f.path)
    assert (m.kind, m.error) == ("audio", "")
    assert_close(m.seconds, f.truth)
    assert m.detail.startswith(f.fmt)
    st_ = os.stat(f.path)
    assert (m.size_bytes, m.mtime_ns, m.name, m.path) == (
        st_.st_size, st_.st_mtime_ns, f.path.name, str(f.path),
    )  # fmt: skip


def test_seconds_is_a_decimal_string(audio: dict[str, AudioFile]) -> None:
    m = measure_audio(audio["wav"].path)
    assert m.seconds == "20.000"  # 882000 samples / 44100 Hz, exactly


def test_vbr_mp3_without_xing_header_is_walked(audio: dict[str, AudioFile]) -> None:
    f = audio["mp3_vbr_noxing"]
    with open(f.path, "rb") as fh:
        data = fh.read()
    assert b"Xing" not in data and b"Info" not in data and b"VBRI" not in data
    # mutagen alone extrapolates from the first frame's bitrate: far off.
    guessed = Decimal(repr(mutagen.mp3.MP3(str(f.path)).info.length))
    assert abs(guessed - f.truth) > f.truth / 10
    m = measure_audio(f.path)
    assert_close(m.seconds, f.truth)
    assert m.detail.startswith("MP3, VBR,") and m.detail.endswith("(frame headers walked)")


def test_mp3_header_variants_agree(audio: dict[str, AudioFile]) -> None:
    with_header = measure_audio(audio["mp3_vbr_xing"].path)
    walked = measure_audio(audio["mp3_vbr_noxing"].path)
    assert "Xing header" in with_header.detail
    assert abs(Decimal(with_header.seconds) - Decimal(walked.seconds)) < Decimal("0.05")
    cbr = measure_audio(audio["mp3_cbr_noxing"].path)
    assert cbr.detail == "MP3, CBR, 44.1 kHz (frame headers walked)"


def test_adts_is_walked(audio: dict[str, AudioFile]) -> None:
    m = measure_audio(audio["adts"].path)
    assert m.detail == "AAC (ADTS), AAC LC, 44.1 kHz (frame headers walked)"
    w = adts.walk_file(str(audio["adts"].path))
    assert m.seconds == str((Decimal(w.samples) / w.sample_rate).quantize(Decimal("0.001")))
    assert w.samples % 1024 == 0 and w.frames > 800
    assert w.skipped_bytes == 0 and w.truncated_tail == 0


# --- tags, junk and damage around MP3 frames ------------------------------------------------


def _id3v2(payload_size: int) -> bytes:
    size = payload_size
    syncsafe = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    # Payload full of 0xFF: a walker that does not skip the tag would find false syncs.
    return b"ID3\x04\x00\x00" + syncsafe + b"\xff\xfb\x90\x64" * (payload_size // 4)


def _apev2_footer(body: bytes) -> bytes:
    size = len(body) + 32
    return body + b"APETAGEX" + struct.pack("<IIII", 2000, size, 1, 0) + b"\x00" * 8


def test_tags_at_both_ends_are_skipped(audio: dict[str, AudioFile], tmp_path: Path) -> None:
    f = audio["mp3_vbr_noxing"]
    plain = measure_audio(f.path)
    path = tmp_path / "tagged.mp3"
    body = f.path.read_bytes()
    path.write_bytes(
        _id3v2(4096) + body + _apev2_footer(b"\xff\xfb" * 100) + b"TAG" + b"\xff" * 125
    )
    m = measure_audio(path)
    assert m.seconds == plain.seconds
    assert m.warning == ""


def test_junk_in_the_middle_is_resynchronised(audio: dict[str, AudioFile], tmp_path: Path) -> None:
    f = audio["mp3_vbr_noxing"]
    body = f.path.read_bytes()
    half = len(body) // 2
    junk = bytes(range(256)) * 8 + b"\xff\xfb\x00" * 50  # includes false frame syncs
    path = tmp_path / "junk.mp3"
    path.write_bytes(body[:half] + junk + body[half:])
    m = measure_audio(path)
    # At most the frame the junk was spliced into (and its neighbour) is lost.
    assert abs(Decimal(m.seconds) - Decimal(measure_audio(f.path).seconds)) < Decimal("0.1")
    assert "non-audio data skipped" in m.warning


@pytest.mark.parametrize("key", ["mp3_vbr_noxing", "adts"])
def test_stream_after_leading_junk(audio: dict[str, AudioFile], tmp_path: Path, key: str) -> None:
    f = audio[key]
    path = tmp_path / f"padded{f.path.suffix}"
    path.write_bytes(b"\x00" * 3000 + f.path.read_bytes())
    assert sniff_audio(path.read_bytes()[:4096]) is None
    m = measure_audio(path)
    assert m.seconds == measure_audio(f.path).seconds
    assert "3,0" in m.warning  # the junk is reported, not silently counted


def test_truncated_mp3_measures_what_is_there(audio: dict[str, AudioFile], tmp_path: Path) -> None:
    f = audio["mp3_cbr_noxing"]
    body = f.path.read_bytes()
    path = tmp_path / "cut.mp3"
    path.write_bytes(body[: len(body) // 2 + 7])
    m = measure_audio(path)
    assert m.kind == "audio"
    assert_close(m.seconds, f.truth / 2)
    assert "truncated" in m.warning


def test_walker_counts_synthetic_frames() -> None:
    # MPEG-1 layer III, 128 kbit/s, 44.1 kHz, no padding: 417-byte frames of 1152 samples.
    header = bytes([0xFF, 0xFB, 0x90, 0x64])
    frame = header + b"\x00" * 413
    w = mp3frames.walk(b"garbage\xff\xff" + frame * 100 + b"\x00\x01")
    assert (w.frames, w.samples, w.sample_rate, w.bitrates) == (100, 115200, 44100, {128})
    assert w.skipped_bytes == 9 + 2


# --- other containers, wrong names, damage ---------------------------------------------------


def test_wav_named_mp3(audio: dict[str, AudioFile], tmp_path: Path) -> None:
    path = tmp_path / "recording.mp3"
    path.write_bytes(audio["wav"].path.read_bytes())
    m = measure_audio(path)
    assert m.kind == "audio"
    assert m.seconds == "20.000"
    assert m.detail.startswith("WAV")
    assert "content is WAV" in m.warning


def test_streamed_webm_without_duration_walks_the_blocks(
    audio: dict[str, AudioFile], tmp_path: Path
) -> None:
    streamed = audio["wav"].path.parent / "streamed.webm"
    truth = audio["speech_wav"].truth
    m = measure_audio(streamed)
    assert m.detail == "WebM (blocks walked)", m.error
    assert_close(m.seconds, truth)
    # The same stream with unknown-size clusters, as browsers write voice notes.
    recorded = tmp_path / "voice-note.webm"
    recorded.write_bytes(webm_with_unknown_size_clusters(streamed.read_bytes()))
    assert recorded.read_bytes().count(b"\x1f\x43\xb6\x75\x01\xff\xff") > 10
    m2 = measure_audio(recorded)
    assert (m2.seconds, m2.detail) == (m.seconds, m.detail)
    # Cut short: what is there still counts.
    cut = tmp_path / "cut.webm"
    cut.write_bytes(recorded.read_bytes()[: recorded.stat().st_size // 2])
    m3 = measure_audio(cut)
    assert m3.kind == "audio"
    # Half the bytes of a VBR stream: roughly, not exactly, half the time.
    assert truth * Decimal("0.4") < Decimal(m3.seconds) < truth * Decimal("0.6")


def test_webm_without_any_block_is_a_clear_error(
    audio: dict[str, AudioFile], tmp_path: Path
) -> None:
    data = (audio["wav"].path.parent / "streamed.webm").read_bytes()
    path = tmp_path / "header-only.webm"
    path.write_bytes(data[: data.find(bytes.fromhex("1f43b675"))])
    m = measure_audio(path)
    assert m.kind == "error"
    assert "WebM has no duration in its header and no audio blocks" in m.error


def test_unsupported_format_says_so(audio: dict[str, AudioFile]) -> None:
    m = measure_audio(audio["wav"].path.parent / "tone.au")
    assert (m.kind, m.error) == ("error", "unsupported audio format: AU")


def test_container_readers_name_their_source(audio: dict[str, AudioFile]) -> None:
    assert measure_audio(audio["webm"].path).detail == "WebM (Duration in header)"
    assert (
        measure_audio(audio["caf_pcm"].path).detail == "CAF (lpcm), 44.1 kHz (from the data size)"
    )
    assert (
        measure_audio(audio["caf_alac"].path).detail
        == "CAF (alac), 44.1 kHz (from the packet table)"
    )


def test_xing_lame_tag_gives_the_exact_length(audio: dict[str, AudioFile]) -> None:
    f = audio["mp3_vbr_xing"]
    m = measure_audio(f.path)
    assert m.detail == "MP3, VBR, 44.1 kHz (Xing header, gapless)"
    assert abs(Decimal(m.seconds) - f.truth) <= Decimal("0.001")


@pytest.mark.parametrize(("wideband", "frame_type"), [(False, 7), (False, 0), (True, 2), (True, 8)])
def test_amr_frames_counted(tmp_path: Path, wideband: bool, frame_type: int) -> None:
    path = tmp_path / ("voice.awb" if wideband else "voice.amr")
    path.write_bytes(amr_bytes(250, wideband=wideband, frame_type=frame_type))
    m = measure_audio(path)
    assert (m.kind, m.seconds) == ("audio", "5.000")  # 250 x 20 ms
    assert m.detail.startswith("AMR-WB" if wideband else "AMR-NB")


def test_amr_truncated_and_corrupt(tmp_path: Path) -> None:
    cut = tmp_path / "cut.amr"
    cut.write_bytes(amr_bytes(100)[:-10])
    m = measure_audio(cut)
    assert (m.seconds, m.kind) == ("1.980", "audio")
    assert "truncated" in m.warning
    bad = tmp_path / "bad.amr"
    bad.write_bytes(b"#!AMR\n" + b"\xff" * 40)
    m = measure_audio(bad)
    assert m.kind == "error" and "corrupt AMR-NB" in m.error


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.wav"
    path.touch()
    assert measure_audio(path).error == "empty file (0 bytes)"


@pytest.mark.parametrize(
    "key", ["wav", "flac", "ogg_vorbis", "m4a", "aiff", "mp3_vbr_xing", "opus"]
)
def test_truncated_header_is_a_clear_error(audio: dict[str, AudioFile], tmp_path: Path, key: str) -> None:  # fmt: skip
    src = audio[key].path
    path = tmp_path / f"cut{src.suffix}"
    path.write_bytes(src.read_bytes()[:30])
    m = measure_audio(path)
    assert m.kind == "error"
    assert m.error and "Traceback" not in m.error


def test_truncated_wav_data_uses_the_bytes_present(audio: dict[str, AudioFile], tmp_path: Path) -> None:  # fmt: skip
    src = audio["wav"].path.read_bytes()
    path = tmp_path / "half.wav"
    path.write_bytes(src[: 44 + 441000 * 2])  # header + 10 s of 16-bit mono
    m = measure_audio(path)
    assert m.kind == "audio"
    assert_close(m.seconds, Decimal(10))
    assert "truncated" in m.warning


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.mp3"
    path.write_bytes(bytes((i * 7919) % 251 for i in range(20000)))
    m = measure_audio(path)
    assert m.kind == "error" and m.error


def test_sniff_audio(audio: dict[str, AudioFile]) -> None:
    for f in audio.values():
        assert sniff_audio(f.path.read_bytes()[:4096]) == f.fmt, f.path.name
    assert sniff_audio(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic") is None
    assert sniff_audio(b"\x89PNG\r\n\x1a\n") is None
    assert sniff_audio(b"") is None


def test_extensions() -> None:
    assert all(e.startswith(".") and e == e.lower() for e in AUDIO_EXTENSIONS)
    assert {".mp3", ".m4a", ".aac", ".wav", ".flac", ".ogg", ".opus", ".wma", ".aiff", ".amr"} <= AUDIO_EXTENSIONS  # fmt: skip


_PREFIXES = [
    b"ID3\x04\x00\x00\x00\x00\x00\x10", b"\xff\xfb\x90\x64", b"\xff\xf1\x50\x80", b"RIFF\x00\x01\x00\x00WAVEfmt ",
    b"fLaC", b"OggS\x00\x02", b"\x00\x00\x00\x20ftypM4A ", b"FORM\x00\x00\x01\x00AIFF", b"#!AMR\n",
    b"#!AMR-WB\n", b"MAC ", b"wvpk", b"MPCK", b"\x30\x26\xb2\x75\x8e\x66\xcf\x11\xa6\xd9\x00\xaa\x00\x62\xce\x6c",
    b"caff\x00\x01\x00\x00", b"caff\x00\x01\x00\x00desc\x00\x00\x00\x00\x00\x00\x00\x20",
    b"\x1a\x45\xdf\xa3", b"\x1a\x45\xdf\xa3\x9f\x42\x82\x84webm", b"",
]  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(_PREFIXES), tail=st.binary(max_size=400))
def test_garbage_never_raises(prefix: bytes, tail: bytes) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "fuzz.bin"
        path.write_bytes(prefix + tail)
        m = measure_audio(path)
    assert m.kind in ("audio", "error")
    if m.kind == "audio":
        if m.seconds:
            assert Decimal(m.seconds) >= 0
        else:  # a length the file's size cannot hold is dropped, and said
            assert "implausible_duration" in [w.code for w in m.warning_messages]
    else:
        assert m.error


def test_adts_behind_an_id3_tag(audio: dict[str, AudioFile], tmp_path: Path) -> None:
    f = audio["adts"]
    path = tmp_path / "tagged.aac"
    path.write_bytes(_id3v2(2048) + f.path.read_bytes())
    assert sniff_audio(path.read_bytes()[:4096]) == "AAC (ADTS)"
    m = measure_audio(path)
    assert m.seconds == measure_audio(f.path).seconds
    assert m.warning == ""


def test_truncated_mp3_with_xing_header_trusts_the_frames(
    audio: dict[str, AudioFile], tmp_path: Path
) -> None:
    f = audio["mp3_vbr_xing"]
    body = f.path.read_bytes()
    path = tmp_path / "cut_xing.mp3"
    path.write_bytes(body[: len(body) // 2])
    m = measure_audio(path)
    assert m.detail.endswith("(frame headers walked)")
    assert "Xing header says" in m.warning
    assert Decimal(m.seconds) < f.truth * Decimal("0.75")


def test_joined_mp3s_count_every_frame(audio: dict[str, AudioFile], tmp_path: Path) -> None:
    f = audio["mp3_vbr_xing"]
    path = tmp_path / "joined.mp3"
    path.write_bytes(f.path.read_bytes() * 2)  # naive concatenation, two Xing frames
    m = measure_audio(path)
    assert_close(m.seconds, f.truth * 2)


def test_missing_tool_fails_under_ci_and_skips_locally(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must install it"):
        require_tool("no-such-tool-for-gptbots-tests")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        require_tool("no-such-tool-for-gptbots-tests")
    assert require_tool("python3")
