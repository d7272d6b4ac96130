"""Every test gets its own app home (no real profile touched), no tiktoken temp cache, and
a measuring process that has seen no file yet (``measure.same_content``)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_app_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("GPTBOTS_PLANNER_HOME", str(tmp_path_factory.mktemp("planner-home")))
    # tiktoken would copy vocabularies into a temp "data-gym-cache" otherwise.
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", "")
    from gptbots_planner.measure import same_content

    same_content.forget()  # a test's patched reader must see its files, not a copy's row
