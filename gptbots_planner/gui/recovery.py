"""Autosaves and crash recovery.

While a plan has unsaved changes, a copy goes to ``paths.autosave_dir()``
(atomic writes) soon after each change.  A clean save or exit removes it, so an
autosave found at start-up means the last session ended without one: the app
offers it back.  Each session writes ``<session>.gbplan`` plus a small
``<session>.json`` (original path, time, process id) and holds an exclusive lock on
``<session>.lock`` for as long as it runs: the OS drops the lock when the process
ends (``kill -9`` too), so an autosave whose lock is held belongs to a running
window and is not offered.  A process id is only informative: after a reboot it may
be anybody's.  An autosave that cannot be read is moved to ``damaged/`` and said,
so it does not stop every later start.
"""

from __future__ import annotations

import json
import logging
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from gptbots_planner import paths
from gptbots_planner.atomic import atomic_write_text
from gptbots_planner.core import file_lock, safe_json
from gptbots_planner.core.plan import Plan, PlanError
from gptbots_planner.core.planfile import plan_to_text, read_plan
from gptbots_planner.vocab.messages import Message, message

log = logging.getLogger(__name__)


@dataclass
class Autosave:
    plan_file: Path
    meta_file: Path
    saved_at: float  # seconds since the epoch
    original_path: str  # "" for a plan never saved
    plan_name: str

    def load(self) -> Plan:
        return read_plan(self.plan_file)

    def discard(self) -> None:
        for path in (self.plan_file, self.meta_file):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:
                log.warning("could not remove autosave %s: %s", path, exc)


DAMAGED_DIR = "damaged"
MAX_META_BYTES = 64 * 1024  # the note is a few hundred bytes


def lock_file(folder: Path, session: str) -> Path:
    return folder / f"{session}.lock"


def set_aside(autosave: Autosave, error: Exception) -> Message:
    """Move an unreadable autosave to ``damaged/`` (kept, never offered again); the message says where."""
    target = autosave.plan_file.parent / DAMAGED_DIR
    try:
        target.mkdir(parents=True, exist_ok=True)
        for path in (autosave.plan_file, autosave.meta_file):
            if path.exists():
                os.replace(path, target / path.name)
    except OSError as exc:
        log.warning("could not set aside %s (%s); removing it", autosave.plan_file, exc)
        autosave.discard()
    return message("autosave_set_aside", where=target / autosave.plan_file.name, error=str(error))


class AutosaveSession:
    """This process's autosave slot."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or paths.autosave_dir()
        self.session = uuid.uuid4().hex[:12]
        self.lock = file_lock.FileLock(lock_file(self.folder, self.session))

    @property
    def plan_file(self) -> Path:
        return self.folder / f"{self.session}.gbplan"

    @property
    def meta_file(self) -> Path:
        return self.folder / f"{self.session}.json"

    def write(self, plan: Plan, original_path: Path | None) -> None:
        """Atomic; raises OSError when the folder is not writable."""
        # The lock first: a plan file without a held lock would be offered to another window.
        if not self.lock.acquire():
            raise OSError(f"{self.lock.path} is locked by another process")
        atomic_write_text(self.plan_file, plan_to_text(plan))
        meta = {
            "original_path": str(original_path) if original_path else "",
            "saved_at": time.time(),
            "pid": os.getpid(),
            "plan_name": plan.name,
        }
        atomic_write_text(self.meta_file, json.dumps(meta, ensure_ascii=False) + "\n")

    def clear(self) -> None:
        Autosave(self.plan_file, self.meta_file, 0, "", "").discard()

    def close(self) -> None:
        """A clean exit: no autosave and no lock left behind."""
        self.clear()
        self.lock.release(remove=True)


def _read_meta(meta_file: Path) -> dict[str, object]:
    try:
        loaded = safe_json.load_file(meta_file, max_bytes=MAX_META_BYTES)
    except (OSError, ValueError):  # also too deep / too large: the plan is still worth offering
        return {}
    return loaded if isinstance(loaded, dict) else {}


def find_autosaves(folder: Path | None = None, *, exclude: str = "") -> list[Autosave]:
    """Autosaves left by sessions that are gone (not ``exclude``), newest first."""
    folder = folder or paths.autosave_dir()
    if not folder.is_dir():
        return []
    found: list[Autosave] = []
    for plan_file in folder.glob("*.gbplan"):
        if plan_file.stem == exclude:
            continue
        meta_file = plan_file.with_suffix(".json")
        if file_lock.held_elsewhere(lock_file(folder, plan_file.stem)):
            continue  # its window is running
        meta = _read_meta(meta_file)
        saved_at = meta.get("saved_at")
        if not isinstance(saved_at, (int, float)):
            try:
                saved_at = plan_file.stat().st_mtime
            except OSError:
                continue
        name = meta.get("plan_name")
        if not isinstance(name, str):
            try:
                name = read_plan(plan_file).name
            except PlanError:
                name = plan_file.stem
        found.append(
            Autosave(
                plan_file,
                meta_file,
                float(saved_at),
                str(meta.get("original_path") or ""),
                name,
            )
        )
    found.sort(key=lambda a: a.saved_at, reverse=True)
    _remove_stale_locks(folder)
    return found


def _remove_stale_locks(folder: Path) -> None:
    """Lock files of sessions that ended without their clean-up and left no plan."""
    for lock in folder.glob("*.lock"):
        if not lock.with_suffix(".gbplan").exists() and not file_lock.held_elsewhere(lock):
            try:
                lock.unlink()
            except OSError:
                pass
