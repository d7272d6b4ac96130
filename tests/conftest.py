"""Every test gets its own app home (no real profile touched) and no tiktoken temp cache."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_app_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("GPTBOTS_PLANNER_HOME", str(tmp_path_factory.mktemp("planner-home")))
    # tiktoken would copy vocabularies into a temp "data-gym-cache" otherwise.
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", "")
