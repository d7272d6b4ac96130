"""Compressed WAV lengths, Ogg-in-WAV, and header lengths beyond reason (generated files)."""

from __future__ import annotations

import struct
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from gptbots_planner.measure.audio import measure_audio
from tests.tools import require_tool


def _run(*cmd: str | Path) -> None:
    subprocess.run([str(c) for c in cmd], check=True, capture_output=True)


@pytest.fixture(scope="module")
def tone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sox = require_tool("sox")
    path = tmp_path_factory.mktemp("wav") / "tone.wav"
    _run(sox, "-n", "-r", "8000", "-c", "1", "-b", "16", path, "synth", "5.41", "sine", "440")
    return path


@pytest.mark.parametrize("encoding", ["ima-adpcm", "ms-adpcm", "gsm-full-rate"])
def test_compressed_wav_has_its_real_length(tone: Path, encoding: str) -> None:
    out = tone.with_name(f"{encoding}.wav")
    _run(require_tool("sox"), tone, "-e", encoding, out)
    m = measure_audio(out)
    assert m.ok, m.error
    assert abs(Decimal(m.seconds) - Decimal("5.41")) < Decimal("0.05"), m.seconds
    assert m.warning == ""
    assert m.detail.startswith("WAV (")


def test_compressed_wav_without_fact_chunk_uses_blocks(tone: Path) -> None:
    out = tone.with_name("nofact.wav")
    _run(require_tool("sox"), tone, "-e", "ima-adpcm", out)
    data = out.read_bytes()
    at = data.index(b"fact")
    stripped = data[:at] + data[at + 12 :]
    stripped = stripped[:4] + struct.pack("<I", len(stripped) - 8) + stripped[8:]
    out.write_bytes(stripped)
    m = measure_audio(out)
    assert abs(Decimal(m.seconds) - Decimal("5.41")) < Decimal("0.1"), m.seconds


def test_ogg_in_wav_is_not_called_truncated(tone: Path) -> None:
    ffmpeg = require_tool("ffmpeg")
    out = tone.with_name("vorbis.wav")
    _run(ffmpeg, "-loglevel", "error", "-y", "-i", tone, "-c:a", "libvorbis", "-f", "wav", out)
    m = measure_audio(out)
    assert m.ok
    assert "truncated" not in m.warning
    assert abs(Decimal(m.seconds) - Decimal("5.41")) < Decimal("0.1"), m.seconds


def test_truncated_pcm_wav_still_warns(tone: Path) -> None:
    out = tone.with_name("cut.wav")
    out.write_bytes(tone.read_bytes()[:40044])
    m = measure_audio(out)
    assert m.warning_messages and m.warning_messages[0].code == "wav_truncated"
    assert Decimal(m.seconds) == Decimal(40000 // 2) / 8000


def _codes(m) -> list[str]:
    return [w.code for w in m.warning_messages]


def test_flac_claiming_billions_of_seconds_is_flagged(tmp_path: Path) -> None:
    # STREAMINFO: rate 1 Hz, 1 channel, 16 bits, 2**36 - 1 samples (68.7 billion seconds).
    packed = (1 << 44) | (0 << 41) | (15 << 36) | ((1 << 36) - 1)
    info = struct.pack(">HH", 4096, 4096) + b"\x00" * 6 + packed.to_bytes(8, "big") + b"\x00" * 16
    path = tmp_path / "forged.flac"
    path.write_bytes(b"fLaC" + bytes([0x80]) + len(info).to_bytes(3, "big") + info + b"\x00" * 92)
    assert path.stat().st_size == 134
    m = measure_audio(path)
    assert m.seconds == ""
    assert "implausible_duration" in _codes(m)


def test_ogg_page_claiming_huge_granule_is_flagged(tone: Path) -> None:
    out = tone.with_name("huge.ogg")
    _run(require_tool("ffmpeg"), "-loglevel", "error", "-y", "-i", tone, "-c:a", "libvorbis", out)
    data = bytearray(out.read_bytes())
    last = data.rindex(b"OggS")
    data[last + 6 : last + 14] = struct.pack("<q", 8000 * 10**14)
    out.write_bytes(bytes(data))
    m = measure_audio(out)
    assert m.seconds == ""
    assert "implausible_duration" in _codes(m)


def test_webm_duration_inf_is_flagged_not_a_crash(tone: Path) -> None:
    out = tone.with_name("inf.webm")
    _run(require_tool("ffmpeg"), "-loglevel", "error", "-y", "-i", tone, "-c:a", "libopus", out)
    data = bytearray(out.read_bytes())
    at = data.index(b"\x44\x89")
    width = data[at + 2] & 0x0F if data[at + 2] & 0x80 else None
    assert width in (4, 8)
    data[at + 3 : at + 3 + width] = struct.pack(">f" if width == 4 else ">d", float("inf"))
    out.write_bytes(bytes(data))
    m = measure_audio(out)
    assert m.error == ""
    assert "implausible_duration" in _codes(m)
    assert m.seconds == "" or Decimal(m.seconds).is_finite()
