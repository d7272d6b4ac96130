"""Choose the models to compare: a filter box over a tree of checkable models grouped by brand."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from gptbots_planner.core.catalog import Catalog

log = logging.getLogger(__name__)

MODEL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# What the search box matches: brand, name and id, so "deepseek" finds DeepSeek's "V3" too.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


class ModelSelector(QWidget):
    """objectName ``modelSelector``; ``checkedChanged`` carries the checked ids in plan order."""

    checkedChanged = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelSelector")
        self.setAccessibleName(self.tr("Models to compare"))
        self._order: list[str] = []  # checked ids, in the order the user chose them
        self._loading = False
        self.items = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.items)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("modelFilter")
        self.filter_edit.setPlaceholderText(self.tr("Search models"))
        self.filter_edit.setAccessibleName(self.tr("Search models"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.tree = QTreeView()
        self.tree.setObjectName("modelTree")
        self.tree.setAccessibleName(self.tr("Models to compare, grouped by brand"))
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        self.items.itemChanged.connect(self._item_changed)

    def set_catalog(self, catalog: Catalog, checked: list[str]) -> None:
        self._loading = True
        self.items.clear()
        brands: dict[str, QStandardItem] = {}
        for model in catalog.llm.values():
            brand = brands.get(model.brand)
            if brand is None:
                brand = QStandardItem(model.brand)
                brand.setSelectable(False)
                brand.setEditable(False)
                brand.setData(model.brand, SEARCH_ROLE)
                brands[model.brand] = brand
                self.items.appendRow(brand)
            row = QStandardItem(model.name)
            row.setData(model.id, MODEL_ID_ROLE)
            row.setData(f"{model.brand} {model.name} {model.id}", SEARCH_ROLE)
            row.setToolTip(model.id)
            row.setEditable(False)
            row.setCheckable(True)
            brand.appendRow(row)
        self._loading = False
        self.set_checked(checked)

    def set_checked(self, model_ids: list[str]) -> None:
        self._loading = True
        self._order = list(dict.fromkeys(model_ids))
        wanted = set(self._order)
        for row in self._model_rows():
            state = (
                Qt.CheckState.Checked
                if row.data(MODEL_ID_ROLE) in wanted
                else (Qt.CheckState.Unchecked)
            )
            row.setCheckState(state)
        self._loading = False
        # A rebuilt tree (the catalog changed) keeps showing what the search box asks for.
        self._filter(self.filter_edit.text())

    def checked(self) -> list[str]:
        return list(self._order)

    def _model_rows(self) -> list[QStandardItem]:
        rows: list[QStandardItem] = []
        for b in range(self.items.rowCount()):
            brand = self.items.item(b)
            rows.extend(brand.child(r) for r in range(brand.rowCount()))
        return rows

    def _item_changed(self, item: QStandardItem) -> None:
        if self._loading or not item.isCheckable():
            return
        model_id = item.data(MODEL_ID_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            if model_id not in self._order:
                self._order.append(model_id)
        elif model_id in self._order:
            self._order.remove(model_id)
        self.checkedChanged.emit(self.checked())

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()
        else:
            self._expand_checked()

    def _expand_checked(self) -> None:
        self.tree.collapseAll()
        for b in range(self.items.rowCount()):
            brand = self.items.item(b)
            if any(
                brand.child(r).checkState() == Qt.CheckState.Checked
                for r in range(brand.rowCount())
            ):
                self.tree.expand(self.proxy.mapFromSource(brand.index()))
