"""Whole-file-or-nothing writes for exported files.

The export is built in memory, written to a temp file beside the target,
fsynced and renamed over it: a crash, a full disk or a target that another
program holds open (Excel locks the workbook it shows) leaves the old file as
it was and no temp file behind.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path

from gptbots_planner.atomic import remove_quietly, write_temp_beside

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


def _write_temp(path: Path, data: bytes) -> str:
    """Data in a temp file beside ``path``; returns the temp file's name."""
    if path.is_dir():
        raise ExportWriteError(path, "it is a folder")
    if not path.parent.is_dir():
        if path.parent.exists():
            raise ExportWriteError(path, f"{path.parent} is not a folder")
        raise ExportWriteError(path, f"the folder {path.parent} does not exist")
    try:
        return write_temp_beside(path, data)
    except OSError as exc:
        raise ExportWriteError(path, _reason(exc), exc.errno) from exc


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
                remove_quietly(tmp)
        raise
    return [path for path, _ in files]
