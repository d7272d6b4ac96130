"""Finding the outside tools some tests call, in one place.

Python tools from the test extra (``lint-imports``, ``ruff``, ``mypy``) are looked
up beside the interpreter that runs the tests (its virtual environment's ``bin/``),
so they are found even when that folder is not on ``PATH`` (as in CI, which runs
``.venv/bin/python -m pytest``).  System tools (LibreOffice, sox, ffmpeg ...) come
from ``PATH``.  A missing tool fails the test when ``CI=true`` and skips it elsewhere:
CI installs every tool, so a skip there would hide a missing install step.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from pathlib import Path

import pytest


def interpreter_bin() -> Path:
    """The folder holding the test interpreter's console scripts (the venv's bin/ or Scripts/)."""
    return Path(sys.executable).parent


def find_tool(name: str) -> str | None:
    """The tool beside the test interpreter, else on PATH, else None."""
    here = shutil.which(name, path=str(interpreter_bin()))
    return here or shutil.which(name)


def require_tool(name: str, hint: str = "") -> str:
    """The tool's path; a missing tool fails under CI=true and skips otherwise."""
    path = find_tool(name)
    if path is not None:
        return path
    message = f"{name} is not installed" + (f" ({hint})" if hint else "")
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + " (CI=true: CI must install it, not skip)")
    pytest.skip(message)
    raise AssertionError("unreachable")  # pytest.skip raises


def require_file(env: str, sha256: str, hint: str = "") -> Path:
    """The file named by environment variable ``env``, checked against ``sha256``.

    Unset or absent fails under CI=true (CI fetches it) and skips otherwise; a file
    with another hash always fails: the variable points at the wrong thing.
    """
    source = os.environ.get(env, "")
    path = Path(source) if source else None
    if path is None or not path.is_file():
        message = f"{env} does not name a file" + (f" ({hint})" if hint else "")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " (CI=true: CI must fetch it, not skip)")
        pytest.skip(message)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != sha256:
        pytest.fail(f"{env}={path} has SHA-256 {digest}, want {sha256}")
    return path
