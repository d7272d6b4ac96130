"""Undo and redo of plan edits: the commands ``PlanDocument`` pushes on its ``QUndoStack``.

One command class per kind of edit:

* ``StateCommand``: everything of the plan but its items (fields, models and key modes,
  workflow components) as a ``PlanState`` before and after.  The plan's parts are values
  (frozen components and scenarios, Decimals), so a state is a cheap shallow copy and
  undo puts the exact value back.  Consecutive keystrokes in one input share a merge key
  and become one step (``mergeWith``); typing back to where it began drops the step.
* ``AddItemsCommand`` / ``RemoveItemsCommand``: files and pasted texts, kept with their
  measurements and rows, so undo brings them back without measuring again.  The batches
  one scan adds merge into one step; undoing it while the scan still runs cancels the
  scan (``Target.group_undone``), so no later batch brings files back.
* ``RoleCommand``: roles by item id, so a measurement that arrives meanwhile (never an
  undo step) is kept.
* ``PricesCommand``: the user catalog's data before and after a price edit (prices are not
  in the plan: ``changes_plan`` is False, so they do not mark the plan modified).

Commands reach the plan only through the small ``Target`` protocol the document
implements, so this module does not import the document.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import astuple, dataclass, replace
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from gptbots_planner.core.components import Component
from gptbots_planner.core.plan import Plan, PlanItem, Scenario, Services, Settings
from gptbots_planner.gui.field_names import field_label
from gptbots_planner.gui.texts import tr
from gptbots_planner.vocab import components as component_vocab
from gptbots_planner.vocab.text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

STATE_ID = 1
ADD_ID = 2

Placed = list[tuple[int, PlanItem]]  # (row in plan.items, item), rows ascending


@dataclass(frozen=True)
class PlanState:
    """A plan without its items: what ``StateCommand`` keeps before and after an edit."""

    name: str
    description: str
    assumptions: tuple[tuple[str, Decimal], ...]
    overrides: tuple[tuple[str, Decimal], ...]
    scenarios: tuple[Scenario, ...]
    services: Services
    settings: Settings
    components: tuple[Component, ...]

    @classmethod
    def of(cls, plan: Plan) -> PlanState:
        return cls(
            plan.name,
            plan.description,
            tuple(plan.assumptions.items()),
            tuple(plan.overrides.items()),
            tuple(plan.scenarios),
            replace(plan.services),  # edited in place by plan.set_field
            replace(plan.settings),
            tuple(plan.components),
        )

    def apply_to(self, plan: Plan) -> None:
        plan.name = self.name
        plan.description = self.description
        plan.assumptions = dict(self.assumptions)
        plan.overrides = dict(self.overrides)
        plan.scenarios = list(self.scenarios)
        plan.services = replace(self.services)
        plan.settings = replace(self.settings)
        plan.components = list(self.components)

    def exact(self) -> tuple[Any, ...]:
        """Equal exactly when the plan files would be: Decimal("1") == Decimal("1.0") is
        True, but a plan that says "1.0" is not the one that says "1"."""
        return (
            self.name,
            self.description,
            tuple((k, str(v)) for k, v in self.assumptions),
            tuple((k, str(v)) for k, v in self.overrides),
            self.scenarios,
            astuple(self.services),
            astuple(self.settings),
            tuple(json.dumps(c.to_dict(), sort_keys=True, default=str) for c in self.components),
        )


class Target(Protocol):
    """What the commands need of the document (``PlanDocument`` implements it)."""

    def restore_state(self, state: PlanState) -> None: ...

    def insert_items(self, placed: Placed) -> None: ...

    def take_items(self, ids: Collection[str]) -> Placed: ...

    def put_roles(self, roles: Mapping[str, str]) -> None: ...

    def group_undone(self, group: object) -> None:
        """The items a group (a scan) added were taken out by undo: a scan still running
        stops, and adds nothing more (its later batches would come back as a new step)."""


def _named(items: Sequence[PlanItem], one: str, many: str) -> str:
    """``one`` (translated) with the file's name when there is one item, else ``many`` with
    the count."""
    if len(items) == 1:
        return one.replace("%1", items[0].name)
    return many.replace("%1", str(len(items)))


def describe_state(what: tuple[str, ...]) -> str:
    """The words after "Undo" for a state edit, from its kind (translated when shown)."""
    kind = what[0]
    if kind == "field":
        return QCoreApplication.translate("Undo", "Change “%1”").replace("%1", field_label(what[1]))
    if kind == "component_field":
        spec = component_vocab.COMPONENT_FIELDS.get(what[1])
        name = tr(spec.label) if spec is not None else what[1]
        return QCoreApplication.translate("Undo", "Change “%1”").replace("%1", name)
    texts = {
        "scenarios": QT_TRANSLATE_NOOP("Undo", "Change the models compared"),
        "component_add": QT_TRANSLATE_NOOP("Undo", "Add a workflow component"),
        "component_remove": QT_TRANSLATE_NOOP("Undo", "Remove a workflow component"),
        "component_move": QT_TRANSLATE_NOOP("Undo", "Move a workflow component"),
    }
    return tr(texts.get(kind) or QT_TRANSLATE_NOOP("Undo", "Edit the plan"))


class PlanCommand(QUndoCommand):
    """A command whose text can be made again in another language (``retranslate``)."""

    changes_plan = True  # counts for the document's "modified" flag

    def describe(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.setText(self.describe())


class StateCommand(PlanCommand):
    """An edit of the plan's fields, models or components, already applied when pushed."""

    def __init__(
        self,
        target: Target,
        what: tuple[str, ...],
        before: PlanState,
        after: PlanState,
        merge_key: object = None,
    ) -> None:
        super().__init__()
        self.target, self.what = target, what
        self.before, self.after = before, after
        self.merge_key = merge_key
        self._applied = True  # the document made the change; the first redo is the push
        self.retranslate()

    def describe(self) -> str:
        return describe_state(self.what)

    def id(self) -> int:
        return STATE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, StateCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        if self.after.exact() == self.before.exact():
            self.setObsolete(True)  # typed back to where it began: no step
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.target.restore_state(self.after)

    def undo(self) -> None:
        self.target.restore_state(self.before)


class AddItemsCommand(PlanCommand):
    """Files or pasted texts added at the end of the plan (``group``: one scan's batches)."""

    def __init__(self, target: Target, placed: Placed, group: object = None) -> None:
        super().__init__()
        self.target, self.placed, self.group = target, placed, group
        self.retranslate()

    def describe(self) -> str:
        items = [item for _row, item in self.placed]
        if items and all(item.text is not None for item in items):
            return _named(
                items,
                QCoreApplication.translate("Undo", "Add “%1”"),
                QCoreApplication.translate("Undo", "Add %1 texts"),
            )
        return _named(
            items,
            QCoreApplication.translate("Undo", "Add “%1”"),
            QCoreApplication.translate("Undo", "Add %1 files"),
        )

    def id(self) -> int:
        return ADD_ID if self.group is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, AddItemsCommand) or other.group is not self.group:
            return False
        self.placed = self.placed + other.placed
        self.retranslate()
        return True

    def redo(self) -> None:
        self.target.insert_items(self.placed)

    def undo(self) -> None:
        # the newest versions (a re-measure may have replaced them) come back on redo
        self.placed = self.target.take_items({item.item_id for _row, item in self.placed})
        if self.group is not None:
            self.target.group_undone(self.group)


class RemoveItemsCommand(PlanCommand):
    """Items removed; undo puts them back in their rows with their measurements."""

    def __init__(self, target: Target, ids: Collection[str], items: Sequence[PlanItem]) -> None:
        super().__init__()
        self.target, self.ids = target, set(ids)
        self.placed: Placed = []
        self._items = list(items)  # for the text until the first redo
        self.retranslate()

    def describe(self) -> str:
        items = [item for _row, item in self.placed] or self._items
        return _named(
            items,
            QCoreApplication.translate("Undo", "Remove “%1”"),
            QCoreApplication.translate("Undo", "Remove %1 files"),
        )

    def redo(self) -> None:
        self.placed = self.target.take_items(self.ids)

    def undo(self) -> None:
        self.target.insert_items(self.placed)


class RoleCommand(PlanCommand):
    """Roles given to items: item id -> role before, and after."""

    def __init__(
        self,
        target: Target,
        before: dict[str, str],
        after: dict[str, str],
        items: Sequence[PlanItem],
    ) -> None:
        super().__init__()
        self.target, self.before, self.after = target, before, after
        self._items = list(items)
        self.retranslate()

    def describe(self) -> str:
        return _named(
            self._items,
            QCoreApplication.translate("Undo", "Set the role of “%1”"),
            QCoreApplication.translate("Undo", "Set the role of %1 files"),
        )

    def redo(self) -> None:
        self.target.put_roles(self.after)

    def undo(self) -> None:
        self.target.put_roles(self.before)


class PricesCommand(PlanCommand):
    """The user's prices (the user catalog's data) before and after an edit, already saved
    when pushed; ``write`` saves a version again (and reloads the catalog)."""

    changes_plan = False

    def __init__(
        self,
        before: dict[str, Any],
        after: dict[str, Any],
        write: Callable[[dict[str, Any]], None],
    ) -> None:
        super().__init__()
        self.before, self.after, self.write = before, after, write
        self._applied = True
        self.retranslate()

    def describe(self) -> str:
        return QCoreApplication.translate("Undo", "Change prices")

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.write(self.after)

    def undo(self) -> None:
        self.write(self.before)


def action_text(redo: bool, what: str) -> str:
    """The Edit menu's text: "Undo <what>" / "Redo <what>", or the bare verb."""
    if redo:
        if what:
            return QCoreApplication.translate("Undo", "&Redo %1").replace("%1", what)
        return QCoreApplication.translate("Undo", "&Redo")
    if what:
        return QCoreApplication.translate("Undo", "&Undo %1").replace("%1", what)
    return QCoreApplication.translate("Undo", "&Undo")
