"""The open plan: the Plan object, its file, and whether it has unsaved changes.

Every part of the window edits the plan through this object so the estimate,
the autosave and the title bar all hear about each change from one signal.

The document is the only owner of ``plan.items``: items are added, removed,
re-measured and given roles through its methods, never by editing the list
directly.  The file table (``file_table.FileTableModel``) reads its rows from
``plan.items`` and follows the ``items…`` signals, which come in Qt's
"about to" / "done" pairs so the model can wrap each change in its begin/end calls.

Every edit the user makes is a command on ``undo_stack`` (``gui/undo.py``): files added
or removed, roles, fields, models, workflow components.  What a scan reports about files
already in the plan (``update_items``) is not an edit of the user's and no undo step.
``dirty`` is "modified since saved": a plan-changing command between the stack's clean
index and its index, or a change outside the history (a re-measure, a recovered plan).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from shiboken6 import isValid

from gptbots_planner.core.components import Component, new_component
from gptbots_planner.core.plan import Plan, PlanItem, Scenario
from gptbots_planner.gui.undo import (
    AddItemsCommand,
    Placed,
    PlanCommand,
    PlanState,
    RemoveItemsCommand,
    RoleCommand,
    StateCommand,
)
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
    restored = Signal()  # undo / redo put back fields, models or components (reload the form)
    groupUndone = Signal(object)  # the adding of a group's items (a scan's) was undone

    def __init__(self, plan: Plan | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan or Plan()
        self.path: Path | None = None
        self.dirty = False
        # item id -> row; None when rows moved. A dict, so re-measuring thousands of rows
        # stays linear.
        self._rows: dict[str, int] | None = None
        self.undo_stack = QUndoStack(self)
        self._outside_history = False  # changed in a way undo does not cover (see set_dirty)
        self._quiet = False  # clearing the stack for another plan: no change notices
        # Consecutive edits of one input merge into one step within a session; leaving the
        # input (end_edit), undo and redo start a new one.
        self._session = 0
        self.undo_stack.indexChanged.connect(self._history_moved)
        self.undo_stack.cleanChanged.connect(self._update_dirty)

    def replace(self, plan: Plan, path: Path | None, *, dirty: bool = False) -> None:
        self.aboutToBeReplaced.emit()
        self._quiet = True
        try:
            self.undo_stack.clear()  # another plan: nothing of the old one to undo
        finally:
            self._quiet = False
        self.plan = plan
        self.path = path
        self._rows = None
        self.replaced.emit()
        self.pathChanged.emit()
        self.set_dirty(dirty)
        self.changed.emit()

    def set_field(self, name: str, value: object) -> None:
        """``plan.set_field`` as an undo step; raises PlanError with the core's words (and
        leaves the plan as it was).  Keystrokes in one input merge into one step."""
        self._edit_state(
            ("component_field", name.split(".")[-1])
            if name.startswith("components.")
            else ("field", name),
            lambda: self.plan.set_field(name, value),
            merge_key=("field", name, self._session),
        )

    def set_scenarios(self, scenarios: Sequence[Scenario]) -> None:
        """The models and key modes compared (one undo step)."""
        self._edit_state(("scenarios",), lambda: setattr(self.plan, "scenarios", list(scenarios)))

    def end_edit(self) -> None:
        """The user left an input: the next keystroke there is a new undo step."""
        self._session += 1

    def touch(self) -> None:
        """Call after editing ``self.plan`` directly, outside the undo history."""
        self.set_dirty(True)
        self.changed.emit()

    def set_dirty(self, dirty: bool) -> None:
        """True: changed outside the history (undo all you like, it stays modified);
        False: what the plan is now counts as saved."""
        if dirty:
            self._outside_history = True
        else:
            self._outside_history = False
            self.undo_stack.setClean()
        self._update_dirty()

    def saved_as(self, path: Path) -> None:
        self.path = path
        self.pathChanged.emit()
        self.set_dirty(False)

    # --- undo and redo --------------------------------------------------------------------
    def undo(self) -> None:
        self._session += 1
        self.undo_stack.undo()

    def redo(self) -> None:
        self._session += 1
        self.undo_stack.redo()

    def push(self, command: QUndoCommand) -> None:
        """Push an edit made outside the plan (the user's prices) on the plan's history."""
        self.undo_stack.push(command)

    def retranslate_history(self) -> None:
        """Make the steps' texts again in the language now installed."""
        for index in range(self.undo_stack.count()):
            command = self.undo_stack.command(index)
            if isinstance(command, PlanCommand):
                command.retranslate()

    def _history_dirty(self) -> bool:
        stack = self.undo_stack
        clean, index = stack.cleanIndex(), stack.index()
        if clean < 0:
            return True  # the saved state was dropped from the history (edited after undo)
        low, high = sorted((clean, index))
        return any(getattr(stack.command(i), "changes_plan", True) for i in range(low, high))

    def _update_dirty(self, *_args: object) -> None:
        if not isValid(self.undo_stack):
            return  # the stack clears itself as it is destroyed
        dirty = self._outside_history or self._history_dirty()
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _history_moved(self, _index: int) -> None:
        """After a push, a merge, an undo or a redo: the plan has its new content."""
        if self._quiet or not isValid(self.undo_stack):
            return
        self._update_dirty()
        self.changed.emit()

    def _edit_state(
        self, what: tuple[str, ...], change: Callable[[], None], merge_key: object = None
    ) -> None:
        before = PlanState.of(self.plan)
        change()  # raises before changing anything when the value is refused
        after = PlanState.of(self.plan)
        if after.exact() == before.exact():
            return
        if after.components != before.components:
            self.componentsChanged.emit()
        self.undo_stack.push(StateCommand(self, what, before, after, merge_key))

    # the undo.Target protocol: the commands' way back into the plan
    def restore_state(self, state: PlanState) -> None:
        components = self.plan.components
        state.apply_to(self.plan)
        if self.plan.components != components:
            self.componentsChanged.emit()
        self.restored.emit()

    def insert_items(self, placed: Placed) -> None:
        """Put items in their rows (ascending), in runs of adjacent rows."""
        items = self.plan.items
        start = 0
        while start < len(placed):
            end = start + 1
            while end < len(placed) and placed[end][0] == placed[end - 1][0] + 1:
                end += 1
            first = min(placed[start][0], len(items))
            last = first + end - start - 1
            self.itemsAboutToBeAdded.emit(first, last)
            items[first:first] = [item for _row, item in placed[start:end]]
            self._rows = None
            self.itemsAdded.emit(first, last)
            start = end

    def take_items(self, ids: Collection[str]) -> Placed:
        """Remove items; returns them with the rows they had, ascending."""
        # One removal per run of adjacent rows, from the bottom up so row numbers stay
        # valid (row by row, deleting 10,000 selected files froze the window ~0.6 s).
        items = self.plan.items
        taken: Placed = []
        row = len(items) - 1
        while row >= 0:
            if items[row].item_id not in ids:
                row -= 1
                continue
            last = row
            while row - 1 >= 0 and items[row - 1].item_id in ids:
                row -= 1
            self.itemsAboutToBeRemoved.emit(row, last)
            taken[:0] = list(enumerate(items[row : last + 1], start=row))
            del items[row : last + 1]
            self._rows = None
            self.itemsRemoved.emit(row, last)
            row -= 1
        return taken

    def put_roles(self, roles: Mapping[str, str]) -> None:
        self._replace_items(
            [replace(item, role=roles[item.item_id]) for item in self._items_of(roles)]
        )

    def group_undone(self, group: object) -> None:
        self.groupUndone.emit(group)

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

    def add_items(self, items: Sequence[PlanItem], *, group: object = None) -> None:
        """Append items at the end (the plan's order is the order they came in), one undo
        step; consecutive batches of one ``group`` (a scan) merge into one step."""
        if not items:
            return
        first = len(self.plan.items)
        placed = list(enumerate(items, start=first))
        self.undo_stack.push(AddItemsCommand(self, placed, group))

    def remove_items(self, ids: Collection[str]) -> None:
        """Remove items (one undo step: undo puts them back, measured as they were)."""
        present = self._items_of(ids)
        if present:
            self.undo_stack.push(RemoveItemsCommand(self, {i.item_id for i in present}, present))

    def update_items(self, items: Sequence[PlanItem]) -> None:
        """Put new versions of items (same ``item_id``, e.g. re-measured) in their rows.

        Not an undo step: a measurement is what the file holds, not an edit of the user's.
        """
        if self._replace_items(items):
            self.touch()

    def _replace_items(self, items: Sequence[PlanItem]) -> bool:
        changed: list[str] = []
        for item in items:
            row = self.row_of(item.item_id)
            if row >= 0:
                self.plan.items[row] = item
                changed.append(item.item_id)
        if changed:
            self.itemsChanged.emit(changed)
        return bool(changed)

    def set_role(self, ids: Collection[str], role_id: str) -> bool:
        """Give items one role, one undo step (raises ValueError for a role that is not in
        ``ROLES``); False when every item already had it."""
        if role_id not in ROLES:
            raise ValueError(role_id)
        items = [item for item in self._items_of(ids) if item.role != role_id]
        if not items:
            return False
        before = {item.item_id: item.role for item in items}
        after = dict.fromkeys(before, role_id)
        self.undo_stack.push(RoleCommand(self, before, after, items))
        return True

    def _items_of(self, ids: Collection[str]) -> list[PlanItem]:
        """The items with these ids, in the plan's order."""
        rows = sorted(row for row in map(self.row_of, ids) if row >= 0)
        return [self.plan.items[row] for row in rows]

    # --- the workflow components ----------------------------------------------------------
    # Like items, components are frozen and the list is replaced, never edited in place, so
    # a snapshot on the worker pool keeps the components it was given.

    def _set_components(self, components: list[Component], what: str) -> None:
        self._edit_state((what,), lambda: setattr(self.plan, "components", components))

    def add_component(self, kind: str, name: str | None = None) -> Component:
        """Append a new component of ``kind`` (that kind's defaults) with a fresh id, named
        ``name`` (default: the kind's English label)."""
        taken = {c.id for c in self.plan.components}
        cid, n = kind.replace("_", "-"), 2
        while cid in taken:
            cid, n = f"{kind.replace('_', '-')}-{n}", n + 1
        component = new_component(cid, kind, name)
        self._set_components([*self.plan.components, component], "component_add")
        return component

    def remove_component(self, cid: str) -> None:
        """Remove a component; the last one stays (a turn runs at least one LLM call)."""
        rest = [c for c in self.plan.components if c.id != cid]
        if rest and len(rest) < len(self.plan.components):
            self._set_components(rest, "component_remove")

    def move_component(self, cid: str, step: int) -> None:
        """Move a component ``step`` places up (negative) or down in the turn's order."""
        order = list(self.plan.components)
        row = next((i for i, c in enumerate(order) if c.id == cid), -1)
        target = row + step
        if row < 0 or not 0 <= target < len(order):
            return
        order.insert(target, order.pop(row))
        self._set_components(order, "component_move")

    def set_component_field(self, cid: str, name: str, value: object) -> None:
        """One field of a component (text as typed, or a value); raises PlanError (the core's
        words) and leaves the plan as it was."""
        self.set_field(f"components.{cid}.{name}", value)
