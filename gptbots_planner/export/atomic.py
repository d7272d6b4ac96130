"""Whole-file-or-nothing writes for exported files.

The export is built in memory, written to a temp file beside the target,
fsynced and renamed over it: a crash, a full disk or a target that another
program holds open (Excel locks the workbook it shows) leaves the old file as
it was and no temp file behind.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger(__name__)


class ExportWriteError(OSError):
    """The target could not be written; ``str()`` is one line for a person."""

    def __init__(self, path: Path, reason: str, errno: int | None = None) -> None:
        super().__init__(errno, reason, str(path))
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"cannot write {self.path}: {self.reason}"


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def _new_file_mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777  # keep the permissions of the file we replace
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask  # what a plain open() would have given


def _write_temp(path: Path, data: bytes) -> str:
    """Data in a temp file beside ``path``; returns the temp file's name."""
    if path.is_dir():
        raise ExportWriteError(path, "it is a folder")
    if not path.parent.is_dir():
        if path.parent.exists():
            raise ExportWriteError(path, f"{path.parent} is not a folder")
        raise ExportWriteError(path, f"the folder {path.parent} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ExportWriteError(path, _reason(exc), exc.errno) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _new_file_mode(path))
    except BaseException as exc:
        _remove(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, ExportWriteError):
            raise ExportWriteError(path, _reason(exc), exc.errno) from exc
        raise
    return tmp


def _remove(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


def atomic_write_files(files: Sequence[tuple[Path, bytes]]) -> list[Path]:
    """Write every (path, data) or none: all temp files first, then the renames.

    Raises ExportWriteError (an OSError) naming the target and the reason.
    """
    temps: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            temps.append((_write_temp(path, data), path))
        for tmp, path in temps:
            try:
                os.replace(tmp, path)
            except OSError as exc:
                raise ExportWriteError(path, _reason(exc), exc.errno) from exc
    except BaseException:
        for tmp, _ in temps:
            if os.path.exists(tmp):
                _remove(tmp)
        raise
    return [path for path, _ in files]
