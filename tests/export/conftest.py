"""Shared fixtures of the export tests: LibreOffice headless with forced recalculation.

The runner itself is in ``libreoffice_runner.py`` (test helpers are found by
module name, and every test folder has a ``conftest``).
"""

from __future__ import annotations

import pytest
from libreoffice_runner import PROFILE_XCU, LibreOffice
from tools import require_tool


@pytest.fixture(scope="session")
def libreoffice(tmp_path_factory: pytest.TempPathFactory) -> LibreOffice:
    soffice = require_tool("soffice")
    base = tmp_path_factory.mktemp("lo-profile")
    profile = base / "profile"
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(PROFILE_XCU, encoding="utf-8")
    return LibreOffice(soffice, profile)
