"""GUI tests run offscreen by default, each with its own app home (no real profile touched).

``QT_QPA_PLATFORM`` is set before pytest-qt creates the QApplication (at import
of this conftest), and only when the caller did not choose a platform, so
``QT_QPA_PLATFORM=xcb pytest tests/gui`` under Xvfb still works.
"""

from __future__ import annotations

import logging
import os

import pytest

log = logging.getLogger(__name__)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _gui_app_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Settings, autosaves and the user catalog of each test live in a fresh folder."""
    monkeypatch.setenv("GPTBOTS_PLANNER_HOME", str(tmp_path_factory.mktemp("gui-home")))
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", "")
