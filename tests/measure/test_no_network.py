"""The measuring code never opens a network connection (tokenizer load included)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import wave
from pathlib import Path

import pytest
from media_factory import amr_bytes, heif_bytes
from PIL import Image

from gptbots_planner import cli
from gptbots_planner.measure import tokens
from gptbots_planner.measure.dispatch import measure_file, measure_text
from gptbots_planner.measure.scan import scan_paths

REPO = Path(__file__).resolve().parents[2]


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(name: str):
        def _refuse(*args, **kwargs):
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise NetworkUsed(f"network use: {name}")

        return _refuse

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


def _mp3_frames(frames: int) -> bytes:
    # MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, no Xing header: the frame walker's path.
    return (bytes.fromhex("fffb9064") + b"\x00" * 413) * frames


def _material(root: Path, make) -> None:
    """One file of every kind the measurers handle, so each reader runs under the guard."""
    (root / "notes.txt").write_text("Plain notes with <|endoftext|> inside.\n", encoding="utf-8")
    (root / "zh.txt").write_bytes("中文内容，编码检测。\n".encode("gb18030") * 3)
    (root / "page.html").write_text("<p>Visible</p><script>x()</script>", encoding="utf-8")
    make.pdf(root / "doc.pdf", [["PDF text"]])
    make.docx(root / "doc.docx", ["DOCX text"])
    make.pptx(root / "deck.pptx", [["slide text"]])
    make.xlsx(root / "book.xlsx", ["cell"], ["inline"])
    make.odt(root / "letter.odt", ["ODT text"])
    make.epub(root / "book.epub", ["chapter"])
    Image.new("RGB", (600, 400)).save(root / "photo.png")
    Image.new("RGB", (60, 40)).save(root / "anim.gif")
    (root / "logo.svg").write_text('<svg width="300" height="200"></svg>', encoding="utf-8")
    (root / "photo.heic").write_bytes(heif_bytes(640, 480))
    with wave.open(str(root / "voice.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x00" * 8000)
    (root / "voice.mp3").write_bytes(_mp3_frames(100))
    (root / "voice.amr").write_bytes(amr_bytes(50))


def _check_material(result) -> None:
    kinds = sorted(m.kind for m in result.measurements)
    assert result.totals.errors == 0, [m.error for m in result.measurements]
    assert kinds.count("audio") == 3 and kinds.count("image") == 4, kinds


def test_guard_catches_a_connection(no_network: list[str]) -> None:
    # The guard itself works: otherwise the test below proves nothing.
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.com", 80))
    with pytest.raises(NetworkUsed):
        socket.socket().connect(("127.0.0.1", 9))
    assert len(no_network) == 2


def test_full_measure_without_network(
    tmp_path: Path, make, monkeypatch, capsys, no_network: list[str]
) -> None:
    tokens.reset_loaded()  # force the vocabulary load under the guard
    monkeypatch.delenv("TIKTOKEN_CACHE_DIR", raising=False)
    _material(tmp_path, make)
    for name in ("o200k_base", "cl100k_base", "qwen", "deepseek_v3"):
        assert tokens.get_encoding(name).n_vocab > 100_000
    assert tokens.get_encoding("mistral_v1").n_vocab == 32_000
    assert measure_text("你好 world", "p", tokens.range_tokenizers()).tokens
    result = scan_paths([tmp_path], ["o200k_base", "cl100k_base"], jobs=1)
    _check_material(result)
    assert result.totals.tokens["o200k_base"] > 0
    assert measure_file(tmp_path / "doc.pdf", ["cl100k_base"]).tokens["cl100k_base"] > 0
    assert measure_text("hello world", "p", ["o200k_base"]).tokens["o200k_base"] == 2
    # The CLI verb, cache included (the cache is SQLite on a local file).
    assert cli.main(["measure", str(tmp_path), "--jobs", "1", "--format", "json"]) == 0
    assert '"errors": 0' in capsys.readouterr().out
    assert no_network == []


GUARD = textwrap.dedent(
    """
    import os, socket

    def _refuse(*args, **kwargs):
        with open(os.environ["NETWORK_GUARD_LOG"], "a") as log:
            log.write(f"{os.getpid()} network use {args!r}\\n")
        raise OSError("network disabled by test guard")

    socket.socket.connect = _refuse
    socket.socket.connect_ex = _refuse
    socket.create_connection = _refuse
    socket.getaddrinfo = _refuse
    """
)


def test_subprocess_with_worker_processes_never_connects(tmp_path: Path, make) -> None:
    # sitecustomize runs in every interpreter started with this PYTHONPATH, including
    # the spawned scan workers; any connection attempt is logged even if caught.
    guard_dir = tmp_path / "guard"
    guard_dir.mkdir()
    (guard_dir / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    log = tmp_path / "network.log"
    material = tmp_path / "material"
    material.mkdir()
    _material(material, make)
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from gptbots_planner.measure import batching, scan

        if __name__ == "__main__":
            batching.PARALLEL_MIN_SECONDS = 0
            batching.BATCH_FILES = 2
            result = scan.scan_paths([Path({str(material)!r})], ["o200k_base", "cl100k_base"], jobs=2)
            assert result.totals.errors == 0, [m.error for m in result.measurements]
            print(result.totals.tokens["o200k_base"])
        """
    )
    (tmp_path / "run.py").write_text(script, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(guard_dir), str(REPO), env.get("PYTHONPATH", "")])
    env["NETWORK_GUARD_LOG"] = str(log)
    env.pop("TIKTOKEN_CACHE_DIR", None)
    proc = subprocess.run(
        [sys.executable, str(tmp_path / "run.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout.strip()) > 0
    assert not log.exists(), log.read_text()
    # The guard is really installed in that interpreter.
    check = subprocess.run(
        [sys.executable, "-c", "import socket; socket.create_connection(('example.com', 80))"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode != 0
    assert log.exists()


def test_user_installed_vocabulary_loads_without_network(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_network: list[str]
) -> None:
    """Llama 3's file comes from the user folder (Meta's licence keeps it out of the
    bundle); a small tokenizer.json of the same kind stands in for it here, with its own
    hash, to load it through the same path: no hub, no network."""
    import dataclasses
    import hashlib

    from tokenizers import Tokenizer, models, pre_tokenizers

    from gptbots_planner.measure.tokenizers import specs

    monkeypatch.setenv("GPTBOTS_PLANNER_HOME", str(tmp_path))
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")  # nothing may depend on the hub being off
    tok = Tokenizer(models.BPE(vocab={"a": 0, "b": 1, "ab": 2}, merges=[("a", "b")]))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    target = specs.user_vocab_dir() / "llama3.json"
    target.parent.mkdir(parents=True)
    target.write_text(tok.to_str(), encoding="utf-8")
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    spec = dataclasses.replace(specs.TOKENIZERS["llama3"], sha256=digest)
    monkeypatch.setitem(specs.TOKENIZERS, "llama3", spec)
    tokens.reset_loaded()
    try:
        assert tokens.is_available("llama3")
        assert tokens.count_tokens("ab ab a", "llama3") == 3
    finally:
        tokens.reset_loaded()
    assert no_network == []
