"""Whole-file-or-nothing writes: a temp file beside the target, fsync, rename.

One mechanism for every file the app writes (plans, your prices, settings,
autosaves, exports): a crash, a full disk or a locked target leaves the old
file as it was and no temp file behind.  New files get the permissions a
plain ``open()`` would give; a replaced file keeps its own.

A symbolic link is written through: the temp file goes beside the link's final
target and replaces that, so the link stays a link.  A file with more than one
hard link is rewritten in place instead (a rename would give this name a new file
and leave the other names with the old content): the new bytes are first written
and fsynced to a temp file beside it (so the disk has room and a crash keeps a whole
copy as ``.<name>.*.tmp``), then copied over the file, fsynced, and the temp removed.
That copy is not atomic for readers of the other names.
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


def write_target(path: Path) -> Path:
    """The file a write to ``path`` changes: a symlink's final target (even if absent)."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _rewrite_in_place(path: Path, data: bytes, tmp: str) -> None:
    """Copy ``data`` over a hard-linked file; the fsynced ``tmp`` stays if this fails."""
    with open(path, "r+b") as fh:
        fh.write(data)
        fh.truncate()
        fh.flush()
        os.fsync(fh.fileno())
    remove_quietly(tmp)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all (its folder is created when missing).

    Symlinks are written through to their target; hard links are kept (see the module).
    """
    path = write_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = write_temp_beside(path, data)
    try:
        if _link_count(path) > 1:
            log.info("%s has other hard links: rewritten in place", path)
            _rewrite_in_place(path, data, tmp)
            return
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp) and _link_count(path) <= 1:
            remove_quietly(tmp)
        raise


def _link_count(path: Path) -> int:
    try:
        return path.stat().st_nlink if path.is_file() else 0
    except OSError:
        return 0


def atomic_write_text(path: Path, text: str) -> None:
    """UTF-8 text with ``\\n`` line ends, written whole or not at all."""
    atomic_write_bytes(path, text.encode("utf-8"))
