"""Choose models: a filter box over a tree of models grouped by brand.

``ModelSelector`` checks the models a plan compares; ``ModelPicker`` (the Workflow panel's
model of a component) picks one, "the compared model" first.  Both fill their tree with
``fill_model_tree``, so they list, group and search the catalog the same way.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from gptbots_planner.core.catalog import Catalog
from gptbots_planner.vocab.components import COMPARED_MODEL

log = logging.getLogger(__name__)

MODEL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# What the search box matches: brand, name and id, so "deepseek" finds DeepSeek's "V3" too.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


def fill_model_tree(items: QStandardItemModel, catalog: Catalog, *, checkable: bool) -> None:
    """The catalog's LLM rows under one row per brand, in the catalog's order."""
    brands: dict[str, QStandardItem] = {}
    for model in catalog.llm.values():
        brand = brands.get(model.brand)
        if brand is None:
            brand = QStandardItem(model.brand)
            brand.setSelectable(False)
            brand.setEditable(False)
            brand.setData(model.brand, SEARCH_ROLE)
            brands[model.brand] = brand
            items.appendRow(brand)
        row = QStandardItem(model.name)
        row.setData(model.id, MODEL_ID_ROLE)
        row.setData(f"{model.brand} {model.name} {model.id}", SEARCH_ROLE)
        row.setToolTip(model.id)
        row.setEditable(False)
        row.setCheckable(checkable)
        brand.appendRow(row)


def _search_tree(
    parent: QWidget, items: QStandardItemModel
) -> tuple[QSortFilterProxyModel, QLineEdit, QTreeView]:
    """A filter box over a tree of ``items`` (brand, name and id are searched)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(items)
    proxy.setRecursiveFilteringEnabled(True)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterRole(SEARCH_ROLE)
    filter_edit = QLineEdit()
    search = QCoreApplication.translate("ModelSelector", "Search models")
    filter_edit.setPlaceholderText(search)
    filter_edit.setAccessibleName(search)
    filter_edit.setClearButtonEnabled(True)
    tree = QTreeView()
    tree.setModel(proxy)
    tree.setHeaderHidden(True)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setUniformRowHeights(True)
    return proxy, filter_edit, tree


class ModelPicker(QWidget):
    """One model for a workflow component: "the compared model" or a catalog row.

    objectName ``modelPicker``; ``modelChosen`` carries ``COMPARED_MODEL`` or a catalog id.
    """

    modelChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelPicker")
        self._loading = False
        self._current = COMPARED_MODEL
        self.items = QStandardItemModel(self)
        self.proxy, self.filter_edit, self.tree = _search_tree(self, self.items)
        self.filter_edit.setObjectName("componentModelFilter")
        self.tree.setObjectName("componentModelTree")
        self.tree.setAccessibleName(self.tr("Model of the component, grouped by brand"))
        self.filter_edit.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

    def set_catalog(self, catalog: Catalog) -> None:
        self._loading = True
        self.items.clear()
        compared = QStandardItem(self.tr("The compared model (each scenario's)"))
        compared.setData(COMPARED_MODEL, MODEL_ID_ROLE)
        compared.setData(f"{COMPARED_MODEL} {compared.text()}", SEARCH_ROLE)
        compared.setEditable(False)
        self.items.appendRow(compared)
        fill_model_tree(self.items, catalog, checkable=False)
        self._loading = False
        self.set_model(self._current)

    def set_model(self, model_id: str) -> None:
        """Show ``model_id`` as chosen (an id the catalog lacks: nothing is selected)."""
        self._current = model_id
        self._loading = True
        try:
            for row in self._rows():
                if row.data(MODEL_ID_ROLE) == model_id:
                    index = self.proxy.mapFromSource(row.index())
                    if index.isValid():
                        self.tree.setCurrentIndex(index)
                        self.tree.scrollTo(index)
                    return
            self.tree.clearSelection()
        finally:
            self._loading = False

    def model(self) -> str:
        return self._current

    def _rows(self) -> list[QStandardItem]:
        rows: list[QStandardItem] = []
        for b in range(self.items.rowCount()):
            top = self.items.item(b)
            rows.append(top)
            rows.extend(top.child(r) for r in range(top.rowCount()))
        return rows

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        model_id = current.data(MODEL_ID_ROLE)
        if self._loading or not model_id or model_id == self._current:
            return
        self._current = model_id
        self.modelChosen.emit(model_id)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()
        else:
            self.tree.collapseAll()
            self.set_model(self._current)


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
        self.proxy, self.filter_edit, self.tree = _search_tree(self, self.items)
        self.filter_edit.setObjectName("modelFilter")
        self.filter_edit.textChanged.connect(self._filter)
        self.tree.setObjectName("modelTree")
        self.tree.setAccessibleName(self.tr("Models to compare, grouped by brand"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        self.items.itemChanged.connect(self._item_changed)

    def set_catalog(self, catalog: Catalog, checked: list[str]) -> None:
        self._loading = True
        self.items.clear()
        fill_model_tree(self.items, catalog, checkable=True)
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
