""" "How is this computed?": the explanation of a breakdown line, a component or a month.

``ExplainController`` listens to the estimates and to the results' and Workflow tab's views:
the breakdown line selected is explained in a panel below the breakdown (``explainPanel``),
any breakdown row, projection cell or workflow component explains itself in its tooltip, and
its context menu's "How is this computed?" (Shift+F1 on the focused view) opens the full
explanation in a dialog.  The explanations are the engine's (``core.explain``): this module
only renders them (``core.explain_text``) in the UI's language, as HTML.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    SignalInstance,
)
from PySide6.QtGui import QAction, QGuiApplication, QHelpEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QMenu,
    QSplitter,
    QTextBrowser,
    QToolTip,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from gptbots_planner.core.catalog import Catalog
from gptbots_planner.core.estimate import Estimate, ScenarioEstimate
from gptbots_planner.core.explain import component_terms, explain_month
from gptbots_planner.core.explain_model import MonthExplanation, Term, sum_credits
from gptbots_planner.core.explain_text import (
    RenderedLine,
    credits,
    render_line,
    render_month,
    render_terms,
    text_of,
)
from gptbots_planner.core.plan import Plan
from gptbots_planner.gui.results import ResultsPanel
from gptbots_planner.gui.results.projection_model import FIRST_TYPE
from gptbots_planner.gui.results.roles import COMPONENT_ROLE, ID_ROLE
from gptbots_planner.gui.texts import tr
from gptbots_planner.gui.workflow_panel import ID_ROLE as COMPONENT_ID_ROLE
from gptbots_planner.gui.workflow_panel import WorkflowPanel
from gptbots_planner.vocab import explain_terms as words
from gptbots_planner.vocab.billing import BILLING_TYPE_IDS
from gptbots_planner.vocab.text import fill

log = logging.getLogger(__name__)

SHORTCUT = QKeySequence("Shift+F1")


def to_html(rendered: RenderedLine) -> str:
    """The title, one paragraph per formula, and the factors in a list."""
    parts = [f"<p><b>{html.escape(rendered.title)}</b></p>"]
    for what, formula in rendered.formulas:
        label = f"<b>{html.escape(what)}</b>: " if what else ""
        parts.append(f"<p>{label}{html.escape(formula)}</p>")
    if rendered.factors:
        parts.append(f"<p>{html.escape(tr(words.WHERE))}</p><ul>")
        parts += [f"<li>{html.escape(row)}</li>" for row in rendered.factors]
        parts.append("</ul>")
    return "".join(parts)


class ExplainPanel(QTextBrowser):
    """Read-only, selectable and reachable with Tab (objectName ``explainPanel``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explainPanel")
        self.setAccessibleName(self.tr("How the selected number is computed"))
        self.setOpenLinks(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTabChangesFocus(True)
        self.rendered: RenderedLine | None = None
        self.show_rendered(None)

    def show_rendered(self, rendered: RenderedLine | None) -> None:
        self.rendered = rendered
        if rendered is None:
            self.setHtml(html.escape(self.tr("Select a line to see how it is computed.")))
        else:
            self.setHtml(to_html(rendered))


class ExplainDialog(QDialog):
    """One explanation, with Copy (as plain text) and Close."""

    def __init__(self, rendered: RenderedLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explainDialog")
        self.setWindowTitle(self.tr("How is this computed?"))
        self.panel = ExplainPanel()
        self.panel.show_rendered(rendered)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text_of(rendered)))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(820, 520)


class _Tips(QObject):
    """Shows ``explain(position)`` as the tooltip of a view's viewport."""

    def __init__(self, view: QAbstractItemView, explain: Callable[[QPoint], str]) -> None:
        super().__init__(view)
        self.view, self.explain = view, explain
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.explain(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.view)
                return True
        return False


class ExplainController(QObject):
    """Explains what the results and the Workflow tab show; ``detach`` before the window goes."""

    def __init__(
        self,
        results: ResultsPanel,
        workflow: WorkflowPanel,
        estimated: SignalInstance,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.results, self.workflow, self.estimated = results, workflow, estimated
        self.plan: Plan | None = None
        self.catalog: Catalog | None = None
        self.estimate: Estimate | None = None
        self.dialog: ExplainDialog | None = None
        self.panel = ExplainPanel()
        self._place_panel()
        self.actions: list[QAction] = []
        breakdown, projection = results.breakdown_view, results.projection_view
        self._add_action(breakdown, lambda: self.for_breakdown(self._current(breakdown)))
        self._add_action(projection, lambda: self.for_projection(self._current(projection)))
        self._add_action(workflow.list, lambda: self.for_component(workflow.current_id()))
        _Tips(breakdown, lambda p: self._tip(self.for_breakdown(breakdown.indexAt(p))))
        _Tips(projection, lambda p: self._tip(self.for_projection(projection.indexAt(p))))
        _Tips(workflow.list, self._component_tip)
        results.breakdown_view.selectionModel().currentRowChanged.connect(self.show_selected)
        results.scenarioSelected.connect(self.show_selected)
        estimated.connect(self.take_estimate)

    def detach(self) -> None:
        self.estimated.disconnect(self.take_estimate)
        self.deleteLater()

    def _place_panel(self) -> None:
        """Below the breakdown table, in the breakdown's own column: the table and the panel
        share a splitter (the user sets how much each shows)."""
        view = self.results.breakdown_view
        column = view.parentWidget()
        layout = column.layout() if column is not None else None
        self.panel.setMinimumHeight(70)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("explainSplitter")
        self.splitter.setChildrenCollapsible(False)
        if isinstance(layout, QVBoxLayout):
            at = layout.indexOf(view)
            stretch = layout.stretch(at)
            layout.removeWidget(view)
            self.splitter.addWidget(view)
            self.splitter.addWidget(self.panel)
            layout.insertWidget(at, self.splitter, stretch or 1)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 2)

    def _add_action(
        self, view: QAbstractItemView, current: Callable[[], RenderedLine | None]
    ) -> None:
        action = QAction(self.tr("&How is this computed?"), view)
        action.setShortcut(SHORTCUT)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda: self.open_dialog(current()))
        view.addAction(action)
        self.actions.append(action)
        # a menu of its own: the views' other actions are keys without a text
        if view.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda position: self.context_menu(view, action, position)
            )

    def context_menu(self, view: QAbstractItemView, action: QAction, position: QPoint) -> QMenu:
        """The menu at ``position``, for the row there (made current first)."""
        index = view.indexAt(position)
        if index.isValid():
            view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        menu = QMenu(view)
        menu.addAction(action)
        action.setEnabled(index.isValid())
        menu.popup(view.viewport().mapToGlobal(position))
        menu.aboutToHide.connect(lambda: action.setEnabled(True))
        return menu

    # --- what is shown ----------------------------------------------------------------------
    def take_estimate(
        self, estimate: Estimate | None, plan: Plan, catalog: Catalog, _error: str = ""
    ) -> None:
        self.estimate, self.plan, self.catalog = estimate, plan, catalog
        self.show_selected()

    def scenario(self) -> ScenarioEstimate | None:
        if self.estimate is None or self.plan is None:
            return None
        return self.results.selected_scenario()

    def _names(self) -> dict[str, str]:
        return {} if self.plan is None else {c.id: c.name for c in self.plan.components}

    @staticmethod
    def _current(view: QAbstractItemView) -> QModelIndex:
        return view.selectionModel().currentIndex()

    def _month(self, index: int) -> MonthExplanation | None:
        """Month ``index`` (1-based) of the scenario the results show."""
        s = self.scenario()
        if s is None or self.plan is None or self.catalog is None:
            return None
        if not 1 <= index <= len(s.months):
            return None
        return explain_month(self.plan, self.catalog, s, index)

    def _terms(self, title: str, month: MonthExplanation, terms: list[Term]) -> RenderedLine:
        amount = sum_credits([t.credits for t in terms])
        if amount is None:
            heading = fill(tr(words.LINE_UNPRICED), {"line": title, "month": month.label})
        else:
            heading = fill(
                tr(words.LINE_TOTAL),
                {"line": title, "month": month.label, "amount": credits(amount)},
            )
        return render_terms(heading, terms, tr, self._names())

    def for_breakdown(self, index: QModelIndex) -> RenderedLine | None:
        """A breakdown row: its billing line in month 1, or one component's part of it."""
        if not index.isValid():
            return None
        first = index.siblingAtColumn(0)
        type_id, cid = first.data(ID_ROLE), first.data(COMPONENT_ROLE)
        month = self._month(1)
        if month is None or type_id not in BILLING_TYPE_IDS:
            return None
        line = month.lines[type_id]
        if cid:
            return self._terms(self._names().get(cid, cid), month, line.component_terms(cid))
        return render_line(line, tr, month.label, self._names())

    def for_projection(self, index: QModelIndex) -> RenderedLine | None:
        """A projection cell: the month (its row), or its billing line (a type's column)."""
        if not index.isValid():
            return None
        proxy = self.results.projection_view.model()
        source = proxy.mapToSource(index) if isinstance(proxy, QSortFilterProxyModel) else index
        month = self._month(source.row() + 1)
        if month is None:
            return None
        offset = source.column() - FIRST_TYPE
        if 0 <= offset < len(BILLING_TYPE_IDS):
            line = month.lines[BILLING_TYPE_IDS[offset]]
            return render_line(line, tr, month.label, self._names())
        return render_month(month, tr)

    def for_component(self, cid: str | None) -> RenderedLine | None:
        """A workflow component: its text and audio charges in month 1."""
        month = self._month(1)
        if cid is None or month is None:
            return None
        return self._terms(self._names().get(cid, cid), month, component_terms(month, cid))

    # --- showing ------------------------------------------------------------------------------
    def show_selected(self, *_args: object) -> None:
        self.panel.show_rendered(self.for_breakdown(self._current(self.results.breakdown_view)))

    def open_dialog(self, rendered: RenderedLine | None) -> ExplainDialog | None:
        if rendered is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = ExplainDialog(rendered, self.results.window())
        self.dialog.show()
        return self.dialog

    @staticmethod
    def _tip(rendered: RenderedLine | None) -> str:
        return "" if rendered is None else to_html(rendered)

    def _component_tip(self, position: QPoint) -> str:
        tree: QTreeWidget = self.workflow.list
        item = tree.itemAt(position)
        if item is None:
            return ""
        return self._tip(self.for_component(str(item.data(0, COMPONENT_ID_ROLE))))
