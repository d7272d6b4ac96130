"""Autosaves and crash recovery.

While a plan has unsaved changes, a copy goes to ``paths.autosave_dir()``
(atomic writes) about once a minute.  A clean save or exit removes it, so an
autosave found at start-up means the last session ended without one: the app
offers it back.  Each session writes ``<session>.gbplan`` plus a small
``<session>.json`` (original path, time, process id); a file still held by a
running process is not offered.
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
from gptbots_planner.core.plan import Plan, PlanError
from gptbots_planner.core.planfile import plan_to_text, read_plan

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


def _other_process_alive(pid: int) -> bool:
    """True when another running process holds this autosave (a second window of the app)."""
    if pid <= 0 or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists but not ours
    return True


class AutosaveSession:
    """This process's autosave slot."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or paths.autosave_dir()
        self.session = uuid.uuid4().hex[:12]

    @property
    def plan_file(self) -> Path:
        return self.folder / f"{self.session}.gbplan"

    @property
    def meta_file(self) -> Path:
        return self.folder / f"{self.session}.json"

    def write(self, plan: Plan, original_path: Path | None) -> None:
        """Atomic; raises OSError when the folder is not writable."""
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
        meta: dict[str, object] = {}
        try:
            loaded = json.loads(meta_file.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                meta = loaded
        except (OSError, ValueError):
            pass  # a plan without its note is still worth offering
        pid = meta.get("pid")
        if isinstance(pid, int) and _other_process_alive(pid):
            continue
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
    return found
