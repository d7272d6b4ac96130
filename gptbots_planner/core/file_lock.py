"""Advisory file locks that die with their process (``flock``; ``msvcrt.locking`` on Windows).

A process id in a file outlives its process (after a reboot the number is someone
else's, pid 1 is always alive); a lock held on an open file is released by the OS when
the process ends, however it ends (``kill -9`` included).  Used for "is this autosave's
window still running" and around the read-modify-write of the user's price file.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)


def _try_lock(fh: IO[bytes]) -> bool:
    """Take the exclusive lock without waiting; False when another process holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fh: IO[bytes]) -> None:
    try:
        if sys.platform == "win32":
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
    except OSError as exc:
        log.debug("unlock %s: %s", fh.name, exc)


def _same_file(fh: IO[bytes], path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fh.fileno()), os.stat(path))
    except OSError:
        return False


class FileLock:
    """An exclusive lock on ``path`` (created when missing), held until :meth:`release`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self, timeout: float = 0.0) -> bool:
        """Try for up to ``timeout`` seconds; True when this process now holds the lock."""
        if self._fh is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + timeout
        while True:
            fh = open(self.path, "a+b")  # noqa: SIM115 - kept open while the lock is held
            if _try_lock(fh):
                if _same_file(fh, self.path):
                    self._fh = fh
                    return True
                _unlock(fh)  # its holder removed the file meanwhile: lock the new one
            fh.close()
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.02)

    def release(self, *, remove: bool = False) -> None:
        if self._fh is None:
            return
        if remove:
            # Unlinked while held: a waiter that opened it sees another file and retries.
            try:
                os.unlink(self.path)
            except OSError:
                pass
        _unlock(self._fh)
        self._fh.close()
        self._fh = None


def held_elsewhere(path: Path) -> bool:
    """True when another running process holds the lock on ``path`` (absent: not held)."""
    try:
        fh = open(path, "rb+")  # noqa: SIM115 - closed below
    except OSError:
        return False
    try:
        if _try_lock(fh):
            _unlock(fh)
            return False
        return True
    finally:
        fh.close()


@contextmanager
def exclusive(path: Path, timeout: float) -> Iterator[bool]:
    """Hold the lock on ``path`` for the block; yields False when it was not had in time."""
    lock = FileLock(path)
    got = lock.acquire(timeout)
    try:
        yield got
    finally:
        lock.release(remove=True)
