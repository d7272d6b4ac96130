"""List the files under the paths a user gave: folders recurse, hidden entries are skipped,
symbolic-link loops and repeats are listed once; a folder that cannot be listed is an
error row."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from gptbots_planner.measure.progress import CancelToken
from gptbots_planner.measure.records import Measurement
from gptbots_planner.vocab.messages import message

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Entry:
    """A file to measure, with the size and mtime the listing saw (the cache key)."""

    path: str
    size: int
    mtime_ns: int


def _is_hidden(entry_name: str, st: os.stat_result | None) -> bool:
    if entry_name.startswith("."):
        return True
    attrs = getattr(st, "st_file_attributes", 0) if st is not None else 0
    return bool(attrs & 0x2)  # FILE_ATTRIBUTE_HIDDEN on Windows


def walk(
    roots: Sequence[Path],
    include_hidden: bool,
    cancel: CancelToken | None,
    errors: list[Measurement],
) -> Iterator[Entry]:
    """Files under ``roots``; folders recurse; symlink loops and repeats are skipped.
    Folders that cannot be listed are appended to ``errors``."""
    walker = _Walker(include_hidden, errors)
    for root in roots:
        root_str = os.path.abspath(root)
        try:
            st = os.stat(root_str)
        except OSError:
            # Missing, broken link, no permission: let dispatch name the problem.
            yield from walker.unreadable(root_str)
            continue
        if stat.S_ISDIR(st.st_mode):
            if not (yield from walker.tree(root_str, cancel)):
                return
        else:
            yield from walker.file(root_str, st)


class _Walker:
    """What one ``walk`` has seen, so each folder and file is listed once."""

    def __init__(self, include_hidden: bool, errors: list[Measurement]) -> None:
        self.include_hidden = include_hidden
        self.errors = errors
        self.seen_dirs: set[tuple[int, int]] = set()
        self.seen_files: set[str] = set()

    def file(self, path: str, st: os.stat_result) -> Iterator[Entry]:
        if path not in self.seen_files:
            self.seen_files.add(path)
            yield Entry(path, st.st_size, st.st_mtime_ns)

    def unreadable(self, path: str) -> Iterator[Entry]:
        # Listed with no size: dispatch reports it as an error row (missing, broken link...).
        if path not in self.seen_files:
            self.seen_files.add(path)
            yield Entry(path, 0, 0)

    def tree(self, root: str, cancel: CancelToken | None) -> Generator[Entry, None, bool]:
        """Files under the folder ``root``, depth first in name order; returns False when
        cancelled (the whole walk stops)."""
        stack = [root]
        while stack:
            if cancel is not None and cancel.cancelled:
                return False
            folder = stack.pop()
            children = self._children(folder)
            if children is None:
                continue
            subdirs = []
            for child in children:
                try:
                    cst = child.stat()  # follows symlinks: a link to a file is that file
                except OSError:
                    cst = None
                if not self.include_hidden and _is_hidden(child.name, cst):
                    continue
                if cst is None:
                    yield from self.unreadable(child.path)
                elif stat.S_ISDIR(cst.st_mode):
                    subdirs.append(child.path)
                elif stat.S_ISREG(cst.st_mode):
                    yield from self.file(child.path, cst)
                # Devices, pipes and sockets inside folders are not material; skip quietly.
            stack.extend(reversed(subdirs))
        return True

    def _children(self, folder: str) -> list[os.DirEntry[str]] | None:
        """The folder's entries sorted by name; None when it was seen already or cannot be
        listed (then an error row is added)."""
        try:
            dst = os.stat(folder)
        except OSError as exc:
            self.errors.append(_listing_error(folder, exc))
            return None
        ident = (dst.st_dev, dst.st_ino)
        if ident in self.seen_dirs:
            log.info("skipping %s: already scanned (symbolic link loop or repeat)", folder)
            return None
        self.seen_dirs.add(ident)
        try:
            with os.scandir(folder) as it:
                return sorted(it, key=lambda e: e.name)
        except OSError as exc:
            self.errors.append(_listing_error(folder, exc))
            return None


def _listing_error(folder: str, exc: OSError) -> Measurement:
    if isinstance(exc, PermissionError):
        msg = message("folder_permission_denied")
    else:
        msg = message("cannot_list_folder", detail=exc.strerror or str(exc))
    return Measurement(path=folder, name=os.path.basename(folder), kind="error", error_message=msg)
