"""The Workflow tab's behaviour: its requests applied to the plan through ``PlanDocument``.

Every change goes through the document's component methods (one place), so the estimate,
the autosave and the title bar hear of it like any other edit.  A plan read from an older
schema is said once, by message code, in the status bar when it is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QStatusBar

from gptbots_planner.core.catalog import Catalog
from gptbots_planner.core.components import Component, ComponentError
from gptbots_planner.core.migrate import CURRENT
from gptbots_planner.core.plan import PlanError
from gptbots_planner.gui.component_editor import label
from gptbots_planner.gui.document import PlanDocument
from gptbots_planner.gui.results import ResultsPanel
from gptbots_planner.gui.texts import error_text, render_message, tr
from gptbots_planner.gui.workflow_panel import WorkflowPanel
from gptbots_planner.vocab.components import KINDS
from gptbots_planner.vocab.messages import Message, message

log = logging.getLogger(__name__)


def upgrade_message(document: PlanDocument) -> Message | None:
    """What to say about the open plan's schema (None: it was written in the current one)."""
    old = document.plan.migrated_from
    if old is None:
        return None
    where = document.path.name if document.path is not None else document.display_name
    return message("plan_upgraded", where=where, version=old, current=CURRENT)


class WorkflowController(QObject):
    """Serves one window's Workflow tab; ``detach`` before that window goes (a language
    switch builds a new one)."""

    def __init__(
        self,
        document: PlanDocument,
        panel: WorkflowPanel,
        results: ResultsPanel,
        status: QStatusBar,
        catalog: Catalog,
        estimated: SignalInstance,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document, self.panel, self.results, self.status = document, panel, results, status
        self.catalog = catalog
        panel.set_catalog(catalog)
        panel.addRequested.connect(self.add)
        panel.removeRequested.connect(document.remove_component)
        panel.moveRequested.connect(self.move)
        panel.fieldEdited.connect(self.edit)
        results.scenarioSelected.connect(self.show_scenario)
        # the document and the estimates outlive the window: these are undone by detach()
        self._links: list[tuple[SignalInstance, Callable[..., None]]] = [
            (document.componentsChanged, self.show_plan),
            (document.replaced, self.plan_replaced),
            (document.itemsAdded, self.show_plan),
            (document.itemsRemoved, self.show_plan),
            (document.itemsChanged, self.show_plan),
            (estimated, self.show_scenario),  # after the results took the estimate
        ]
        for signal, slot in self._links:
            signal.connect(slot)
        self.show_plan()

    def detach(self) -> None:
        for signal, slot in self._links:
            signal.disconnect(slot)
        self._links = []
        self.deleteLater()

    def set_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.panel.set_catalog(catalog)
        self.show_plan()

    def show_plan(self, *_args: object) -> None:
        self.panel.load(self.document.plan)

    def plan_replaced(self) -> None:
        self.show_plan()
        note = upgrade_message(self.document)
        if note is not None:
            self.status.showMessage(render_message(note))

    def show_scenario(self, *_args: object) -> None:
        """After an estimate, or when the results show another scenario."""
        self.panel.show_scenario(self.results.selected_scenario())

    def add(self, kind: str) -> Component:
        # named in the user's language; the id stays the kind's
        component = self.document.add_component(kind, tr(KINDS[kind].label))
        self.panel.select(component.id)
        return component

    def move(self, cid: str, step: int) -> None:
        self.document.move_component(cid, step)
        self.panel.select(cid)

    def edit(self, cid: str, name: str, value: object) -> None:
        try:
            if name == "instruction_item":
                self._instruction_from_item(cid, str(value))
            else:
                self.document.set_component_field(cid, name, value)
        except (PlanError, ComponentError) as error:
            self.panel.set_field_error(name, error)
            why = self.panel.editor.error_text(name) or error_text(error)
            self.status.showMessage(f"{label(name)}: {why}", 8000)
            return
        self.panel.set_field_error(name, None)

    def _instruction_from_item(self, cid: str, item_id: str) -> None:
        """A pasted item's text becomes the instruction, measured with the component's
        tokenizer by the engine."""
        item = self.document.item_by_id(item_id)
        if item is not None and item.text is not None:
            self.document.set_component_field(cid, "instruction_text", item.text)
