"""``tokenizer list`` / ``tokenizer add``: a vocabulary checked by SHA-256, copied whole or not."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import pytest
from tools import require_file

from gptbots_planner.cli import main
from gptbots_planner.measure import tokens
from gptbots_planner.measure.tokenizers import install, specs
from gptbots_planner.vocab.messages import MESSAGES

LLAMA_ENV = "GPTBOTS_PLANNER_LLAMA3_JSON"
FAKE = b'{"stand-in": "for Meta\'s file"}'


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GPTBOTS_PLANNER_HOME", str(tmp_path / "home"))
    tokens.reset_loaded()
    yield specs.user_vocab_dir()
    tokens.reset_loaded()


@pytest.fixture
def fake_llama(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A small file the llama3 spec accepts (its hash put in the spec for the test)."""
    spec = dataclasses.replace(specs.TOKENIZERS["llama3"], sha256=hashlib.sha256(FAKE).hexdigest())
    monkeypatch.setitem(specs.TOKENIZERS, "llama3", spec)
    source = tmp_path / "tokenizer.json"
    source.write_bytes(FAKE)
    return source


def listed(capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, str]]:
    assert main(["tokenizer", "list", "--format", "json"]) == 0
    return {row["id"]: row for row in json.loads(capsys.readouterr().out)}


def test_list_shows_bundled_and_missing(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = listed(capsys)
    assert set(rows) == set(specs.TOKENIZERS)
    assert rows["qwen"]["status"] == "bundled"
    assert rows["llama3"]["status"] == "missing"
    assert rows["llama3"]["file"] == str(home / "llama3.json")
    assert "Llama 3" in rows["llama3"]["families"]


def test_bare_verb_lists_a_table(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tokenizer"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["id", "families", "status", "file"]
    llama = next(line for line in lines if line.startswith("llama3 "))
    assert " missing " in llama


def test_add_copies_and_says_where(
    home: Path, fake_llama: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["tokenizer", "add", "llama3", str(fake_llama)]) == 0
    target = home / "llama3.json"
    assert target.read_bytes() == FAKE
    assert str(target) in capsys.readouterr().out
    assert listed(capsys)["llama3"]["status"] == "installed"
    assert [p.name for p in home.iterdir()] == ["llama3.json"]  # no temp file left


def test_wrong_file_is_refused_and_nothing_copied(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = tmp_path / "other.json"
    wrong.write_text('{"not": "llama"}', encoding="utf-8")
    assert main(["tokenizer", "add", "llama3", str(wrong)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gptbots-planner-cli tokenizer: error: ")
    assert specs.TOKENIZERS["llama3"].sha256 in err
    assert "nothing was copied" in err
    assert not home.exists() or not any(home.iterdir())


def test_wrong_file_keeps_a_good_install(home: Path, fake_llama: Path, tmp_path: Path) -> None:
    assert main(["tokenizer", "add", "llama3", str(fake_llama)]) == 0
    wrong = tmp_path / "other.json"
    wrong.write_bytes(b"{}")
    with pytest.raises(install.InstallError) as caught:
        install.install("llama3", wrong)
    assert caught.value.message.code == "tokenizer_add_mismatch"
    assert (home / "llama3.json").read_bytes() == FAKE


def test_unreadable_and_bundled_are_coded_errors(home: Path, tmp_path: Path) -> None:
    with pytest.raises(install.InstallError) as caught:
        install.install("llama3", tmp_path / "absent.json")
    assert caught.value.message.code == "tokenizer_add_unreadable"
    with pytest.raises(install.InstallError) as caught:
        install.install("qwen", tmp_path / "absent.json")
    assert caught.value.message.code == "tokenizer_add_bundled"
    with pytest.raises(install.InstallError) as caught:
        install.install("nope", tmp_path / "absent.json")
    assert caught.value.message.code == "unknown_tokenizer_choices"
    for code in ("tokenizer_add_mismatch", "tokenizer_add_failed", "tokenizer_added"):
        assert code in MESSAGES


def test_a_changed_file_lists_as_wrong(home: Path) -> None:
    home.mkdir(parents=True)
    (home / "llama3.json").write_bytes(b"{}")
    assert install.status("llama3") == "wrong_file"
    assert install.status("deepseek_v3") == "bundled"


def test_real_llama_file_installs_and_counts_exactly(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = require_file(LLAMA_ENV, specs.TOKENIZERS["llama3"].sha256, "Llama 3 is not shipped")
    assert main(["tokenizer", "add", "llama3", str(source)]) == 0
    assert "llama3 vocabulary copied to" in capsys.readouterr().out
    assert listed(capsys)["llama3"]["status"] == "installed"
    assert tokens.count_tokens("Hello, world!", "llama3") == 4
