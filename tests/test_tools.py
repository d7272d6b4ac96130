"""Outside tools: a missing one fails under CI=true instead of skipping; venv tools need no PATH."""

from __future__ import annotations

from pathlib import Path

import pytest
from tools import find_tool, interpreter_bin, require_tool


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
