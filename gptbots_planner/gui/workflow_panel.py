"""The Workflow tab: the LLM components one turn runs, in order, and the form of the chosen one.

Layout only.  The list shows each component with its share of the month's credits in the
scenario the results show; Add (a menu of kinds), Remove, Up and Down (also Delete and
Alt+Up / Alt+Down on the list) and the form below say what the user asked for through
signals, which ``workflow_controller.WorkflowController`` applies to the plan through
``PlanDocument``.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMenu,
    QScrollArea,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gptbots_planner.core.catalog import Catalog
from gptbots_planner.core.estimate import ScenarioEstimate
from gptbots_planner.core.money import fmt_credits
from gptbots_planner.core.plan import Plan
from gptbots_planner.core.workflow_notes import component_credits
from gptbots_planner.gui.component_editor import ComponentEditor
from gptbots_planner.gui.texts import tr
from gptbots_planner.vocab import components as vocab

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, MODEL, SHARE = range(3)


def credit_share(scenario: ScenarioEstimate, cid: str) -> tuple[Decimal | None, Decimal | None]:
    """A component's credits in the scenario's first month and its share of the month's total
    (None: unpriced, or a month of no credits)."""
    month = scenario.first
    credits = component_credits(month, cid)
    total = month.total
    if credits is None or not total:
        return credits, None
    return credits, credits / total


class WorkflowPanel(QWidget):
    """objectName ``workflowPanel``."""

    addRequested = Signal(str)  # kind
    removeRequested = Signal(str)  # component id
    moveRequested = Signal(str, int)  # component id, -1 up / +1 down
    fieldEdited = Signal(str, str, object)  # component id, field name, value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workflowPanel")
        self._plan: Plan | None = None
        self._scenario: ScenarioEstimate | None = None
        self._compared_name = ""
        self._model_names: dict[str, str] = {}
        self.list = QTreeWidget()
        self.list.setObjectName("componentList")
        self.list.setAccessibleName(self.tr("Workflow components, in the order a turn runs them"))
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("Component"), self.tr("Model"), self.tr("Credits")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMaximumHeight(170)
        self.list.header().setStretchLastSection(False)
        self.list.currentItemChanged.connect(self._current_changed)
        self.editor = ComponentEditor()
        self.editor.fieldEdited.connect(self._field_edited)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.addLayout(self._buttons())
        layout.addWidget(self.list)
        layout.addWidget(scroll, 1)

    def _buttons(self) -> QHBoxLayout:
        self.add_button = QToolButton()
        self.add_button.setObjectName("componentAdd")
        self.add_button.setText(self.tr("&Add"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.add_button)
        for kind in vocab.KINDS.values():
            action = menu.addAction(tr(kind.label))
            action.triggered.connect(lambda _c=False, k=kind.id: self.addRequested.emit(k))
        self.add_button.setMenu(menu)
        # tool buttons: the plan panel stays narrow (its splitter may give it 250 px)
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the component (Delete)"))
        self.remove_button.setObjectName("componentRemove")
        self.up_button = QToolButton()
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Move up: runs earlier in the turn (Alt+Up)"))
        self.up_button.setObjectName("componentUp")
        self.down_button = QToolButton()
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Move down: runs later in the turn (Alt+Down)"))
        self.down_button.setObjectName("componentDown")
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self.remove_current),
            ("Alt+Up", lambda: self.move_current(-1)),
            ("Alt+Down", lambda: self.move_current(1)),
        ):
            action = QAction(self.list)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.list.addAction(action)
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    # --- from the plan and the estimate ----------------------------------------------
    def set_catalog(self, catalog: Catalog) -> None:
        self._model_names = {m.id: m.name for m in catalog.llm.values()}
        self.editor.set_catalog(catalog)

    def load(self, plan: Plan) -> None:
        """Show the plan's components, keeping the chosen one when it is still there."""
        self._plan = plan
        current = self.current_id()
        ids = [c.id for c in plan.components]
        self.list.blockSignals(True)
        self.list.clear()
        for c in plan.components:
            row = QTreeWidgetItem([c.name, self._model_name(c.model), ""])
            row.setData(NAME, ID_ROLE, c.id)
            row.setToolTip(NAME, f"{tr(vocab.KINDS[c.kind].label)} ({c.id})")
            row.setTextAlignment(SHARE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(row)
        rows = self._rows()
        if rows:
            self.list.setCurrentItem(rows[ids.index(current) if current in ids else 0])
        self.list.blockSignals(False)
        self.editor.set_prompt_items(
            [(i.item_id, i.name) for i in plan.items if i.text is not None]
        )
        self._show_current()
        self._show_credits()

    def show_scenario(self, scenario: ScenarioEstimate | None) -> None:
        """The scenario the results show: each component's share of its month's credits."""
        self._scenario = scenario
        self._compared_name = scenario.model.name if scenario is not None else ""
        if self._plan is not None:
            for row, c in enumerate(self._plan.components):
                item = self.list.topLevelItem(row)
                if item is not None:
                    item.setText(MODEL, self._model_name(c.model))
        self._show_credits()

    def _model_name(self, model_id: str) -> str:
        if model_id == vocab.COMPARED_MODEL:
            compared = self.tr("compared")
            return f"{compared}: {self._compared_name}" if self._compared_name else compared
        return self._model_names.get(model_id, model_id)

    def share_text(self, cid: str) -> str:
        """The list's credit cell of a component (empty without an estimate)."""
        if self._scenario is None:
            return ""
        credits, share = credit_share(self._scenario, cid)
        if credits is None:
            return self.tr("unpriced")
        if share is None:
            return fmt_credits(credits)
        return f"{fmt_credits(share * 100, 1)} %"

    def _show_credits(self) -> None:
        for item in self._rows():
            item.setText(SHARE, self.share_text(str(item.data(NAME, ID_ROLE))))
        for column in range(self.list.columnCount()):
            self.list.resizeColumnToContents(column)
        cid = self.current_id()
        if self._scenario is None or cid is None:
            self.editor.show_credits("")
            return
        credits, share = credit_share(self._scenario, cid)
        if credits is None:
            text = self.tr("This component's credits are not priced in %1.")
        elif share is None:
            text = self.tr("%2 credits in the first month of %1.")
        else:
            text = self.tr("%2 credits in the first month of %1: %3 % of the month's credits.")
        scenario = self._scenario.model.name
        shown_share = "" if share is None else fmt_credits(share * 100, 1)
        shown_credits = "" if credits is None else fmt_credits(credits)
        self.editor.show_credits(
            text.replace("%1", scenario).replace("%2", shown_credits).replace("%3", shown_share)
        )

    def _show_current(self) -> None:
        cid = self.current_id()
        enabled = cid is not None and self._plan is not None
        self.editor.setEnabled(enabled)
        count = self.list.topLevelItemCount()
        row = self.current_row()
        self.remove_button.setEnabled(enabled and count > 1)
        self.up_button.setEnabled(enabled and row > 0)
        self.down_button.setEnabled(enabled and 0 <= row < count - 1)
        if enabled and self._plan is not None:
            self.editor.show_component(self._plan.component(str(cid)))

    # --- selection and requests ----------------------------------------------------------
    def _rows(self) -> list[QTreeWidgetItem]:
        found = (self.list.topLevelItem(r) for r in range(self.list.topLevelItemCount()))
        return [item for item in found if item is not None]

    def current_row(self) -> int:
        item = self.list.currentItem()
        return self.list.indexOfTopLevelItem(item) if item is not None else -1

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(NAME, ID_ROLE))

    def select(self, cid: str) -> None:
        for item in self._rows():
            if item.data(NAME, ID_ROLE) == cid:
                self.list.setCurrentItem(item)

    def _current_changed(self, *_args: object) -> None:
        self._show_current()
        self._show_credits()

    def remove_current(self) -> None:
        cid = self.current_id()
        if cid is not None and self.list.topLevelItemCount() > 1:
            self.removeRequested.emit(cid)

    def move_current(self, step: int) -> None:
        cid = self.current_id()
        if cid is not None:
            self.moveRequested.emit(cid, step)

    def _field_edited(self, name: str, value: object) -> None:
        cid = self.current_id()
        if cid is not None:
            self.fieldEdited.emit(cid, name, value)

    def set_field_error(self, name: str, error: BaseException | None) -> None:
        self.editor.set_field_error(name, error)
