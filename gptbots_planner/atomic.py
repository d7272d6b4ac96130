"""Whole-file-or-nothing writes: a temp file beside the target, fsync, rename.

One mechanism for every file the app writes (plans, your prices, settings,
autosaves, exports): a crash, a full disk or a locked target leaves the old
file as it was and no temp file behind.  New files get the permissions a
plain ``open()`` would give; a replaced file keeps its own.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


def new_file_mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777  # keep the permissions of the file we replace
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask  # what a plain open() would have given


def remove_quietly(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


def write_temp_beside(path: Path, data: bytes) -> str:
    """``data`` in a fsynced temp file in ``path``'s folder; returns its name.

    Raises OSError; on any failure the temp file is gone.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, new_file_mode(path))
    except BaseException:
        remove_quietly(tmp)
        raise
    return tmp


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all (its folder is created when missing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = write_temp_beside(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        remove_quietly(tmp)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    """UTF-8 text with ``\\n`` line ends, written whole or not at all."""
    atomic_write_bytes(path, text.encode("utf-8"))
