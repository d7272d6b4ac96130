"""Where a plan's files are: stored relative to the plan's folder, found again when moved.

A plan file (schema 3) stores the path of a file below the plan's folder relative to that
folder, with ``/`` between the parts whatever the system, so a folder holding a plan and its
material can be moved, zipped or shared between Linux, macOS and Windows.  A file elsewhere
keeps its absolute path.  In memory every path is absolute (``Measurement.path``); only
``core.planfile`` converts, on writing and on reading.

A file that is not where the plan says is *missing* (``PlanItem.missing``): its last
measurement stays and is still used, and the estimate says how many are missing.  Locating
one file tells where the others probably went (``relocation`` / ``relocated``).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from gptbots_planner.core.plan import Plan, PlanItem

log = logging.getLogger(__name__)

# "C:\..." or "C:/...", or a UNC path "\\server\share": absolute on Windows whatever the
# system reading the plan (a plan saved on Windows keeps such paths for files elsewhere).
_WINDOWS_ABSOLUTE = re.compile(r"^(?:[A-Za-z]:[\\/]|\\\\)")


def _pure(path: str) -> PurePath:
    """``path`` parsed the way the system that wrote it would."""
    if _WINDOWS_ABSOLUTE.match(path):
        return PureWindowsPath(path)
    return PurePath(path)


def is_absolute(path: str) -> bool:
    return bool(_WINDOWS_ABSOLUTE.match(path)) or PurePosixPath(path).is_absolute()


def stored_path(path: str, folder: Path) -> str:
    """How a file's absolute ``path`` is written in a plan saved in ``folder``: relative with
    ``/`` when the file is below the folder, else unchanged.  ``""`` (pasted text) stays.

    A plan in a folder reached through a symbolic link (``~/plans`` -> ``/data/plans``) gets
    the file's path as the scan found it and the folder as the user chose it, one through
    the link and the other not: then both are compared with their links resolved.
    """
    if not path:
        return path
    below = _below(path, os.path.abspath(folder))
    if below is None and Path(path).is_absolute():  # not "C:\..." read on Linux
        try:
            below = _below(os.path.realpath(path), os.path.realpath(folder))
        except (OSError, ValueError):  # a name the system cannot look up
            below = None
    return path if below is None else below


def _below(path: str, folder: str) -> str | None:
    """``path`` relative to ``folder`` with ``/``, or None when it is not below it."""
    try:
        relative = PurePath(path).relative_to(PurePath(folder))
    except ValueError:
        return None  # elsewhere (another folder, another drive)
    if not relative.parts or ".." in relative.parts:
        return None
    return relative.as_posix()


def resolved_path(stored: str, folder: Path) -> str:
    """The absolute path of a stored one, for a plan read from ``folder``."""
    if not stored or is_absolute(stored):
        return stored
    return str(Path(os.path.abspath(folder)).joinpath(*PurePosixPath(stored).parts))


def is_missing(item: PlanItem) -> bool:
    """A file item whose file is not there (pasted text is never missing)."""
    path = item.measurement.path
    if item.text is not None or not path:
        return False
    try:
        return not os.path.isfile(path)
    except (OSError, ValueError):  # a name the system cannot even look up
        return True


def mark_missing(plan: Plan) -> int:
    """Set ``missing`` on every item of a freshly read plan; how many are missing."""
    count = 0
    for item in plan.items:
        item.missing = is_missing(item)
        count += item.missing
    if count:
        log.info("plan %r: %d of %d files are missing", plan.name, count, len(plan.items))
    return count


def relocation(old: str, new: str) -> tuple[PurePath, Path] | None:
    """The folder that moved, before and after, when the file at ``old`` is found at ``new``.

    The longest run of trailing parts the two paths share is the layout that moved along:
    ``/a/b/docs/x.txt`` found at ``/c/d/docs/x.txt`` means ``/a/b`` became ``/c/d``.
    None when the names differ (a renamed file says nothing about the others).
    """
    old_parts, new_parts = _pure(old).parts, Path(new).parts
    shared = 0
    while (
        shared < min(len(old_parts), len(new_parts)) - 1
        and old_parts[-1 - shared] == new_parts[-1 - shared]
    ):
        shared += 1
    if shared == 0:
        return None
    old_root = _pure(old).parents[shared - 1]
    new_root = Path(new).parents[shared - 1]
    return old_root, new_root


def relocated(items: Iterable[PlanItem], old_root: PurePath, new_root: Path) -> dict[str, str]:
    """item id -> new absolute path, for each missing item below ``old_root`` whose file is
    at the same place below ``new_root``."""
    found: dict[str, str] = {}
    for item in items:
        if not item.missing:
            continue
        old = _pure(item.measurement.path)
        try:
            relative = old.relative_to(old_root)
        except ValueError:
            continue
        candidate = new_root.joinpath(*relative.parts)
        if candidate.is_file():
            found[item.item_id] = str(candidate)
    return found


def measured_as_is(item: PlanItem, path: Path) -> bool:
    """True when the file at ``path`` has the size and time of the item's last measurement
    (then it need not be measured again)."""
    try:
        st = path.stat()
    except OSError:
        return False
    m = item.measurement
    return st.st_size == m.size_bytes and st.st_mtime_ns == m.mtime_ns
