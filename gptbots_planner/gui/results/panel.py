"""The results panel: the monthly total, breakdown, comparison, projection and buys views.

The shell calls ``set_estimate`` after every change; this panel never computes
a price itself.  Which scenario (model x key mode) the total, breakdown and
projection show is chosen in the comparison table or the "Showing" combo.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gptbots_planner.core.catalog import Catalog
from gptbots_planner.core.estimate import Estimate, ScenarioEstimate
from gptbots_planner.core.plan import Plan
from gptbots_planner.gui.results import theme
from gptbots_planner.gui.results.breakdown_model import BreakdownModel
from gptbots_planner.gui.results.buys_view import BuysView
from gptbots_planner.gui.results.charts import BreakdownChart, ComparisonChart, ProjectionChart
from gptbots_planner.gui.results.comparison_model import ComparisonModel
from gptbots_planner.gui.results.comparison_text import cheapest_line
from gptbots_planner.gui.results.fit import ColumnFitter
from gptbots_planner.gui.results.names import billing_type_name, key_mode_name, note_text
from gptbots_planner.gui.results.price_dialog import (
    PriceDialog,
    PriceField,
    fields_for_billing_type,
)
from gptbots_planner.gui.results.projection_model import FIRST_TYPE, ProjectionModel
from gptbots_planner.gui.results.roles import ID_ROLE, SORT_ROLE, UNPRICED_ROLE
from gptbots_planner.gui.results.summary import SummaryBox
from gptbots_planner.gui.results.wrap_header import WrappingHeader
from gptbots_planner.vocab.billing import BILLING_TYPE_IDS, OPEN_TYPES

log = logging.getLogger(__name__)

EMPTY_PAGE, ERROR_PAGE, RESULTS_PAGE = range(3)


def _table(name: str, accessible: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move within it)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _tree(name: str, accessible: str) -> QTreeView:
    """A sortable tree that reads like the tables beside it."""
    view = QTreeView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.setUniformRowHeights(True)
    view.header().setStretchLastSection(True)
    return view


def _proxy(model: object, parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)  # type: ignore[arg-type]
    proxy.setSortRole(SORT_ROLE)
    return proxy


class ResultsPanel(QWidget):
    """Shows an Estimate; emits ``catalogChanged`` after the user entered a price."""

    catalogChanged = Signal()
    scenarioSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsPanel")
        self._estimate: Estimate | None = None
        self._plan: Plan | None = None
        self._catalog: Catalog | None = None
        self._selected = 0
        self._fitter = ColumnFitter(self)
        self.price_dialog: PriceDialog | None = None

        self.stack = QStackedWidget()
        self.empty_label = QLabel(
            self.tr("No estimate yet: add material to the workspace and choose a model.")
        )
        self.empty_label.setObjectName("resultsEmpty")
        self.error_label = QLabel()
        self.error_label.setObjectName("resultsError")
        for label in (self.empty_label, self.error_label):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.stack.addWidget(label)
        self.stack.addWidget(self._build_results())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._restyle()

    # --- construction -----------------------------------------------------------
    def _build_summary(self) -> QWidget:
        self.summary = SummaryBox()
        # Short names for the shell and tests: the widgets live in the summary box.
        self.scenario_combo = self.summary.scenario_combo
        self.total_label = self.summary.total_label
        self.usd_label = self.summary.usd_label
        self.detail_label = self.summary.detail_label
        self.unpriced_label = self.summary.unpriced_label
        self.summary_price_button = self.summary.price_button
        self.summary_price_button.clicked.connect(self._enter_first_unpriced_price)
        self.scenario_combo.currentIndexChanged.connect(self.select_scenario)
        return self.summary

    def _build_results(self) -> QWidget:
        page = QWidget()
        self.breakdown_model = BreakdownModel(self)
        self.comparison_model = ComparisonModel(self)
        self.projection_model = ProjectionModel(self)
        self.breakdown_proxy = _proxy(self.breakdown_model, self)
        self.comparison_proxy = _proxy(self.comparison_model, self)
        self.projection_proxy = _proxy(self.projection_model, self)

        breakdown = self._build_breakdown()
        comparison = self._build_comparison()
        projection = self._build_projection()

        self.buys_view = BuysView()
        self.buys_view.setObjectName("buysView")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("resultsTabs")
        self.tabs.addTab(breakdown, self.tr("&Breakdown"))
        self.tabs.addTab(comparison, self.tr("C&omparison"))
        self.tabs.addTab(projection, self.tr("Pro&jection"))
        # Scrolls rather than squeezes: the page is taller than the results area at
        # common window sizes, and a squeezed QFormLayout clips its last rows.
        buys_scroll = QScrollArea()
        buys_scroll.setObjectName("buysScroll")
        buys_scroll.setWidgetResizable(True)
        buys_scroll.setFrameShape(QFrame.Shape.NoFrame)
        buys_scroll.setWidget(self.buys_view)
        self.tabs.addTab(buys_scroll, self.tr("&What credits buy"))

        layout = QVBoxLayout(page)
        layout.addWidget(self._build_summary())
        layout.addWidget(self.tabs, 1)
        return page

    def _build_breakdown(self) -> QSplitter:
        """The breakdown table (with its price button and notes) beside its chart."""
        # a tree: the LLM lines unfold into their workflow components
        self.breakdown_view = _tree("breakdownTable", self.tr("Breakdown by billing type"))
        self.breakdown_view.setModel(self.breakdown_proxy)
        self.breakdown_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.breakdown_view.selectionModel().currentRowChanged.connect(self._update_price_button)
        self.breakdown_view.doubleClicked.connect(self._edit_clicked_price)
        self.price_button = QPushButton(self.tr("Enter pr&ice…"))
        self.price_button.setObjectName("enterPrice")
        self.price_button.setToolTip(self.tr("Give the selected unpriced billing type a price"))
        self.price_button.clicked.connect(self._enter_selected_price)
        self.notes_label = QLabel()
        self.notes_label.setObjectName("estimateNotes")
        self.notes_label.setWordWrap(True)
        self.breakdown_chart = BreakdownChart()
        self.breakdown_chart.setObjectName("breakdownChart")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.breakdown_view, 1)
        left_layout.addWidget(self.price_button, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addWidget(self.notes_label)
        breakdown = QSplitter(Qt.Orientation.Horizontal)
        breakdown.setObjectName("breakdownSplitter")
        breakdown.addWidget(left)
        breakdown.addWidget(self.breakdown_chart)
        breakdown.setStretchFactor(0, 3)
        breakdown.setStretchFactor(1, 2)
        breakdown.setChildrenCollapsible(False)
        breakdown.setSizes([620, 460])
        self.breakdown_view.header().setStretchLastSection(False)
        return breakdown

    def _build_comparison(self) -> QScrollArea:
        self.comparison_view = _table(
            "comparisonTable", self.tr("Comparison of models and key modes")
        )
        self.comparison_view.setModel(self.comparison_proxy)
        self.comparison_view.selectionModel().currentRowChanged.connect(
            self._comparison_row_changed
        )
        # Which scenario is cheapest, by what measure, and which were left out (and why).
        self.cheapest_label = QLabel()
        self.cheapest_label.setObjectName("cheapestLine")
        self.cheapest_label.setWordWrap(True)
        self.cheapest_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(6)
        top_layout.addWidget(self.comparison_view, 1)
        top_layout.addWidget(self.cheapest_label)
        self.comparison_chart = ComparisonChart()
        self.comparison_chart.setObjectName("comparisonChart")
        self.comparison_chart.rowClicked.connect(self.select_scenario)
        comparison = QSplitter(Qt.Orientation.Vertical)
        comparison.setObjectName("comparisonSplitter")
        comparison.addWidget(top)
        comparison.addWidget(self.comparison_chart)
        comparison.setChildrenCollapsible(False)
        comparison.setStretchFactor(0, 1)
        comparison.setStretchFactor(1, 0)
        # Scrolls rather than squeezes: every scenario's row and a chart whose labels all
        # fit (its minimum height grows with the rows) need more height than the tab has.
        scroll = QScrollArea()
        scroll.setObjectName("comparisonScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(comparison)
        return scroll

    def _build_projection(self) -> QSplitter:
        self.projection_view = _table("projectionTable", self.tr("Month-by-month projection"))
        # "Knowledge indexing (embedding)" over "0.58": titles wrap instead of widening
        self.projection_view.setHorizontalHeader(WrappingHeader(self.projection_view))
        self.projection_view.setSortingEnabled(True)  # again: the new header's indicator
        self.projection_view.horizontalHeader().setStretchLastSection(True)
        self.projection_view.setModel(self.projection_proxy)
        self.projection_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.projection_chart = ProjectionChart()
        self.projection_chart.setObjectName("projectionChart")
        # side by side: twelve months of table need the tab's whole height
        projection = QSplitter(Qt.Orientation.Horizontal)
        projection.setObjectName("projectionSplitter")
        projection.addWidget(self.projection_view)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.projection_chart, 1)
        chart_layout.addWidget(self.projection_chart.legend_label)
        projection.addWidget(chart_box)
        projection.setChildrenCollapsible(False)
        projection.setStretchFactor(0, 1)
        projection.setStretchFactor(1, 1)
        self.projection_chart.setMinimumWidth(320)
        projection.setSizes([560, 560])
        return projection

    def splitters(self) -> list[QSplitter]:
        """The splitters inside the tabs, whose positions the window remembers."""
        return self.findChildren(QSplitter)

    # --- public API ---------------------------------------------------------------
    def set_estimate(
        self, estimate: Estimate | None, plan: Plan, catalog: Catalog, error: str = ""
    ) -> None:
        """Show ``estimate`` (``None``: the error text, or an empty state)."""
        previous = self.selected_scenario()
        previous_key = (previous.model.id, previous.key_mode) if previous else None
        self._estimate, self._plan, self._catalog = estimate, plan, catalog
        self.breakdown_model.set_components(plan.components)
        if estimate is None or not estimate.scenarios:
            self.comparison_model.set_estimate(None)
            self.breakdown_model.set_month(None)
            self.projection_model.set_months(None)
            if error:
                self.error_label.setText(error)
                self.stack.setCurrentIndex(ERROR_PAGE)
            else:
                self.stack.setCurrentIndex(EMPTY_PAGE)
            return
        keys = [(s.model.id, s.key_mode) for s in estimate.scenarios]
        self._selected = keys.index(previous_key) if previous_key in keys else 0
        self.comparison_model.set_estimate(estimate)
        self.cheapest_label.setText(cheapest_line(estimate))
        self.scenario_combo.blockSignals(True)
        self.scenario_combo.clear()
        for s in estimate.scenarios:
            self.scenario_combo.addItem(f"{s.model.display} — {key_mode_name(s.key_mode)}")
        self.scenario_combo.setCurrentIndex(self._selected)
        self.scenario_combo.blockSignals(False)
        self.comparison_chart.show_scenarios(estimate.scenarios, self._selected, estimate.cheapest)
        self.stack.setCurrentIndex(RESULTS_PAGE)
        self._show_selected()

    def selected_scenario(self) -> ScenarioEstimate | None:
        if self._estimate is None or not self._estimate.scenarios:
            return None
        return self._estimate.scenarios[min(self._selected, len(self._estimate.scenarios) - 1)]

    def select_scenario(self, index: int) -> None:
        if self._estimate is None or not 0 <= index < len(self._estimate.scenarios):
            return
        if index == self._selected and self.scenario_combo.currentIndex() == index:
            self._sync_comparison_selection()
            return
        self._selected = index
        self.scenario_combo.blockSignals(True)
        self.scenario_combo.setCurrentIndex(index)
        self.scenario_combo.blockSignals(False)
        self.comparison_chart.select(index)
        self._show_selected()
        self.scenarioSelected.emit(index)

    # --- showing --------------------------------------------------------------------
    def _show_selected(self) -> None:
        s = self.selected_scenario()
        assert s is not None and self._catalog is not None
        self._sync_comparison_selection()
        self.summary.show_scenario(s)
        self.breakdown_model.set_month(s.first)
        self.breakdown_view.expandAll()
        view = self.breakdown_view
        self._fitter.fit(view)
        # every column readable (the USD column was cut to "$136." at 1366 px); the chart
        # beside it gives way
        columns = sum(view.columnWidth(c) for c in range(self.breakdown_model.columnCount()))
        view.setMinimumWidth(
            columns + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        )
        self.breakdown_chart.show_values(
            self.breakdown_model.priced_values(),
            self.tr("Month 1 credits by billing type"),
        )
        notes = [note_text(n) for n in s.note_items]
        self.notes_label.setText("\n".join(f"• {n}" for n in notes))
        self.notes_label.setVisible(bool(notes))
        self.projection_model.set_months(s.months)
        used = set(self.projection_model.used_types())
        for offset, type_id in enumerate(BILLING_TYPE_IDS):
            # Types this plan never uses would be ten columns of zeros.
            self.projection_view.setColumnHidden(FIRST_TYPE + offset, type_id not in used)
        self._fitter.fit(self.projection_view)
        self.projection_chart.show_months(s.months)
        self._fitter.fit(self.comparison_view)
        self._fit_comparison_rows()
        self.buys_view.set_data(self._catalog, self._estimate, s)
        self._update_price_button()

    def _fit_comparison_rows(self) -> None:
        """Every scenario visible without scrolling (up to 10): the table is the point of
        the tab, the chart below it takes what is left."""
        view = self.comparison_view
        rows = min(self.comparison_model.rowCount(), 10)
        height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
        height += sum(
            view.rowHeight(r) or view.verticalHeader().defaultSectionSize() for r in range(rows)
        )
        # room for a horizontal scroll bar, which narrow windows need
        view.setMinimumHeight(height + view.horizontalScrollBar().sizeHint().height())

    def _sync_comparison_selection(self) -> None:
        source = self.comparison_model.index(self._selected, 0)
        index = self.comparison_proxy.mapFromSource(source)
        selection = self.comparison_view.selectionModel()
        if selection.currentIndex().row() != index.row():
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _comparison_row_changed(self, current: object, _previous: object) -> None:
        source = self.comparison_proxy.mapToSource(current)  # type: ignore[arg-type]
        if source.isValid():
            self.select_scenario(source.row())

    # --- prices -------------------------------------------------------------------
    def _selected_type(self) -> str | None:
        index = self.breakdown_view.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(ID_ROLE)

    def _update_price_button(self, *_args: object) -> None:
        s = self.selected_scenario()
        index = self.breakdown_view.selectionModel().currentIndex()
        selected_unpriced = index.isValid() and bool(index.siblingAtColumn(0).data(UNPRICED_ROLE))
        self.price_button.setEnabled(bool(s and s.unpriced_types) or selected_unpriced)

    def _enter_selected_price(self, *_args: object) -> None:
        """The button: the selected row when it is unpriced, else the first unpriced type."""
        type_id = self._selected_type()
        s = self.selected_scenario()
        if s is None:
            return
        if type_id not in s.unpriced_types and s.unpriced_types:
            type_id = s.unpriced_types[0]
        if type_id is not None:
            self.open_price_dialog(type_id)

    def _edit_clicked_price(self, index: QModelIndex) -> None:
        """Double-click: edit the prices behind that row, priced or not."""
        type_id = index.siblingAtColumn(0).data(ID_ROLE)
        if type_id is not None and self.selected_scenario() is not None:
            self.open_price_dialog(type_id)

    def _enter_first_unpriced_price(self) -> None:
        s = self.selected_scenario()
        if s and s.unpriced_types:
            self.open_price_dialog(s.unpriced_types[0])

    def price_fields(self, type_id: str) -> list[PriceField]:
        """The catalog prices that ``type_id`` uses in the selected scenario."""
        s = self.selected_scenario()
        assert s is not None and self._catalog is not None and self._plan is not None
        return fields_for_billing_type(type_id, s, self._plan, self._catalog)

    def open_price_dialog(self, type_id: str) -> PriceDialog:
        """Open (non-blocking) the dialog that prices ``type_id``; returned for tests."""
        name = billing_type_name(type_id)
        dialog = PriceDialog(
            self.tr("Enter price: {name}").format(name=name),
            self.tr(
                "The pricing page gives no price for {name} in this plan. Enter it in credits; "
                "it is saved in your own catalog and used from now on."
            ).format(name=name)
            if type_id in OPEN_TYPES
            else self.tr("Set the price of {name}; it is saved in your own catalog.").format(
                name=name
            ),
            self.price_fields(type_id),
            self._catalog.user_file if self._catalog else None,
            self,
        )
        dialog.saved.connect(self.catalogChanged.emit)
        dialog.finished.connect(dialog.deleteLater)
        self.price_dialog = dialog
        dialog.open()
        return dialog

    # --- palette ------------------------------------------------------------------
    def _restyle(self) -> None:
        self.error_label.setStyleSheet(theme.warning_style(self.palette()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._restyle()
        super().changeEvent(event)
