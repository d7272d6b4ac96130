"""The open plan: the Plan object, its file, and whether it has unsaved changes.

Every part of the window edits the plan through this object so the estimate,
the autosave and the title bar all hear about each change from one signal.

The document is the only owner of ``plan.items``: items are added, removed,
re-measured and given roles through its methods, never by editing the list
directly.  The file table (``file_table.FileTableModel``) reads its rows from
``plan.items`` and follows the ``items…`` signals, which come in Qt's
"about to" / "done" pairs so the model can wrap each change in its begin/end calls.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from gptbots_planner.core.components import Component, new_component
from gptbots_planner.core.plan import Plan, PlanItem
from gptbots_planner.vocab.roles import ROLES

log = logging.getLogger(__name__)


class PlanDocument(QObject):
    changed = Signal()  # the plan's content changed (re-estimate, autosave)
    aboutToBeReplaced = Signal()  # a different plan is about to be loaded
    replaced = Signal()  # a different plan was loaded (refresh every view)
    dirtyChanged = Signal(bool)
    pathChanged = Signal()
    # Rows of plan.items, first and last inclusive (Qt's convention).
    itemsAboutToBeAdded = Signal(int, int)
    itemsAdded = Signal(int, int)
    itemsAboutToBeRemoved = Signal(int, int)
    itemsRemoved = Signal(int, int)
    itemsChanged = Signal(list)  # ids of items replaced by a new version (role, measurement)
    componentsChanged = Signal()  # the workflow components were added, removed, moved, edited

    def __init__(self, plan: Plan | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan or Plan()
        self.path: Path | None = None
        self.dirty = False
        # item id -> row; None when rows moved. A dict, so re-measuring thousands of rows
        # stays linear.
        self._rows: dict[str, int] | None = None

    def replace(self, plan: Plan, path: Path | None, *, dirty: bool = False) -> None:
        self.aboutToBeReplaced.emit()
        self.plan = plan
        self.path = path
        self._rows = None
        self.replaced.emit()
        self.pathChanged.emit()
        self.set_dirty(dirty)
        self.changed.emit()

    def set_field(self, name: str, value: object) -> None:
        """``plan.set_field`` plus the change notice; raises PlanError with the core's words."""
        self.plan.set_field(name, value)
        self.touch()

    def touch(self) -> None:
        """Call after editing ``self.plan`` directly (scenarios; items have their own methods)."""
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

    # --- the plan's items ---------------------------------------------------------------
    # Items are replaced by new PlanItems, never edited in place: a snapshot being
    # estimated or autosaved on the worker pool keeps the items it was given.

    def row_of(self, item_id: str) -> int:
        """Row of an item in ``plan.items``, or -1."""
        if self._rows is None:
            self._rows = {item.item_id: row for row, item in enumerate(self.plan.items)}
        return self._rows.get(item_id, -1)

    def item_by_id(self, item_id: str) -> PlanItem | None:
        row = self.row_of(item_id)
        return self.plan.items[row] if row >= 0 else None

    def add_items(self, items: Sequence[PlanItem]) -> None:
        """Append items at the end (the plan's order is the order they came in)."""
        if not items:
            return
        first = len(self.plan.items)
        last = first + len(items) - 1
        self.itemsAboutToBeAdded.emit(first, last)
        self.plan.items.extend(items)
        self._rows = None
        self.itemsAdded.emit(first, last)
        self.touch()

    def remove_items(self, ids: Collection[str]) -> None:
        # One removal per run of adjacent rows, from the bottom up so row numbers stay
        # valid (row by row, deleting 10,000 selected files froze the window ~0.6 s).
        items = self.plan.items
        removed = False
        row = len(items) - 1
        while row >= 0:
            if items[row].item_id not in ids:
                row -= 1
                continue
            last = row
            while row - 1 >= 0 and items[row - 1].item_id in ids:
                row -= 1
            self.itemsAboutToBeRemoved.emit(row, last)
            del items[row : last + 1]
            self._rows = None
            self.itemsRemoved.emit(row, last)
            removed = True
            row -= 1
        if removed:
            self.touch()

    def update_items(self, items: Sequence[PlanItem]) -> None:
        """Put new versions of items (same ``item_id``, e.g. re-measured) in their rows."""
        changed: list[str] = []
        for item in items:
            row = self.row_of(item.item_id)
            if row >= 0:
                self.plan.items[row] = item
                changed.append(item.item_id)
        if changed:
            self.itemsChanged.emit(changed)
            self.touch()

    def set_role(self, ids: Collection[str], role_id: str) -> None:
        """Give items one role (raises ValueError for a role that is not in ``ROLES``)."""
        if role_id not in ROLES:
            raise ValueError(role_id)
        self.update_items(
            [replace(item, role=role_id) for item in self._items_of(ids) if item.role != role_id]
        )

    def _items_of(self, ids: Collection[str]) -> list[PlanItem]:
        """The items with these ids, in the plan's order."""
        rows = sorted(row for row in map(self.row_of, ids) if row >= 0)
        return [self.plan.items[row] for row in rows]

    # --- the workflow components ----------------------------------------------------------
    # Like items, components are frozen and the list is replaced, never edited in place, so
    # a snapshot on the worker pool keeps the components it was given.

    def _set_components(self, components: list[Component]) -> None:
        self.plan.components = components
        self.componentsChanged.emit()
        self.touch()

    def add_component(self, kind: str, name: str | None = None) -> Component:
        """Append a new component of ``kind`` (that kind's defaults) with a fresh id, named
        ``name`` (default: the kind's English label)."""
        taken = {c.id for c in self.plan.components}
        cid, n = kind.replace("_", "-"), 2
        while cid in taken:
            cid, n = f"{kind.replace('_', '-')}-{n}", n + 1
        component = new_component(cid, kind, name)
        self._set_components([*self.plan.components, component])
        return component

    def remove_component(self, cid: str) -> None:
        """Remove a component; the last one stays (a turn runs at least one LLM call)."""
        rest = [c for c in self.plan.components if c.id != cid]
        if rest and len(rest) < len(self.plan.components):
            self._set_components(rest)

    def move_component(self, cid: str, step: int) -> None:
        """Move a component ``step`` places up (negative) or down in the turn's order."""
        order = list(self.plan.components)
        row = next((i for i, c in enumerate(order) if c.id == cid), -1)
        target = row + step
        if row < 0 or not 0 <= target < len(order):
            return
        order.insert(target, order.pop(row))
        self._set_components(order)

    def set_component_field(self, cid: str, name: str, value: object) -> None:
        """One field of a component (text as typed, or a value); raises PlanError (the core's
        words) and leaves the plan as it was."""
        before = self.plan.components
        self.plan.set_component_field(f"components.{cid}.{name}", value)  # a new list
        if self.plan.components != before:
            self.componentsChanged.emit()
            self.touch()
