"""The open plan: the Plan object, its file, and whether it has unsaved changes.

Every part of the window edits the plan through this object so the estimate,
the autosave and the title bar all hear about each change from one signal.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from gptbots_planner.core.plan import Plan

log = logging.getLogger(__name__)


class PlanDocument(QObject):
    changed = Signal()  # the plan's content changed (re-estimate, autosave)
    replaced = Signal()  # a different plan was loaded (refresh every view)
    dirtyChanged = Signal(bool)
    pathChanged = Signal()

    def __init__(self, plan: Plan | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan or Plan()
        self.path: Path | None = None
        self.dirty = False

    def replace(self, plan: Plan, path: Path | None, *, dirty: bool = False) -> None:
        self.plan = plan
        self.path = path
        self.replaced.emit()
        self.pathChanged.emit()
        self.set_dirty(dirty)
        self.changed.emit()

    def set_field(self, name: str, value: object) -> None:
        """``plan.set_field`` plus the change notice; raises PlanError with the core's words."""
        self.plan.set_field(name, value)
        self.touch()

    def touch(self) -> None:
        """Call after editing ``self.plan`` directly (items, scenarios)."""
        self.set_dirty(True)
        self.changed.emit()

    def set_dirty(self, dirty: bool) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirtyChanged.emit(dirty)

    def saved_as(self, path: Path) -> None:
        self.path = path
        self.pathChanged.emit()
        self.set_dirty(False)

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return self.plan.name or "Untitled plan"
