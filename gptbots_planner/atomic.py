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

A process killed between creating its temp file and the rename leaves the temp file
(``.<name>.<8 random characters>.tmp``); the next write of the same target removes
such files that are older than ``STALE_TEMP_S``, and only names of exactly that shape.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)

# A temp file of ours older than this is left from a killed process (a write takes
# seconds at most): removed on the next write to the same target.
STALE_TEMP_S = 3600.0
TEMP_SUFFIX = ".tmp"
# ``tempfile.mkstemp`` puts 8 characters of this alphabet between prefix and suffix.
_RANDOM_PART = "[a-z0-9_]{8}"


def temp_prefix(path: Path) -> str:
    return f".{path.name}."


def is_our_temp(name: str, target: Path) -> bool:
    """Whether ``name`` (a file name in ``target``'s folder) is a temp file that
    ``write_temp_beside`` made for ``target``."""
    pattern = re.escape(temp_prefix(target)) + _RANDOM_PART + re.escape(TEMP_SUFFIX)
    return re.fullmatch(pattern, name) is not None


def remove_stale_temps(target: Path, max_age_s: float = STALE_TEMP_S) -> int:
    """Remove temp files of ours for ``target`` older than ``max_age_s``; how many went.

    Never raises: cleaning up is a courtesy, the write that follows is what matters.
    """
    removed = 0
    cutoff = time.time() - max_age_s
    prefix = temp_prefix(target)
    try:
        with os.scandir(target.parent) as it:
            candidates = [e for e in it if e.name.startswith(prefix)]
    except OSError:
        return 0
    for entry in candidates:
        try:
            if not is_our_temp(entry.name, target) or not entry.is_file(follow_symlinks=False):
                continue
            if entry.stat(follow_symlinks=False).st_mtime >= cutoff:
                continue  # maybe another process's write in progress
            os.unlink(entry.path)
            removed += 1
        except OSError:
            continue
    if removed:
        log.info("removed %d stale temp file(s) beside %s", removed, target)
    return removed


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def escape_lone_surrogates(json_text: str) -> str:
    """JSON text (made with ``ensure_ascii=False``) with every lone surrogate written as
    its ``\\uXXXX`` escape, so the text encodes as valid UTF-8.

    Lone surrogates come from file names that are not valid UTF-8 (Python holds their
    bytes as surrogate escapes); JSON readers read the escape back as the same character,
    so the name survives a plan file or the CLI's JSON byte for byte.  In JSON a
    surrogate can only stand inside a string, where the escape means the same.
    """
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)


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
    remove_stale_temps(path)
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(path), suffix=TEMP_SUFFIX, dir=path.parent)
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
    """UTF-8 text with ``\\n`` line ends, written whole or not at all.

    Every text file the app writes is JSON: a lone surrogate (a file name that is not
    valid UTF-8) is written as its JSON escape (``escape_lone_surrogates``) instead of
    failing the save.
    """
    atomic_write_bytes(path, escape_lone_surrogates(text).encode("utf-8"))
