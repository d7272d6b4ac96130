"""Every price of the catalog in effect as one flat table, plus its search/category filter."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from gptbots_planner.core.catalog import Catalog, Price
from gptbots_planner.core.money import plain
from gptbots_planner.core.provider_prices import USER, ProviderPrice
from gptbots_planner.gui.results import theme
from gptbots_planner.gui.results.names import (
    basis_name,
    billing_type_name,
    category_name,
    price_unit_name,
    provider_price_text,
    unpriced_text,
)
from gptbots_planner.gui.results.roles import ID_ROLE, SORT_ROLE, UNPRICED_ROLE
from gptbots_planner.vocab import billing
from gptbots_planner.vocab.billing import OPEN_TYPES

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
#: the catalog's categories, in the order the filter lists them
CATEGORIES: tuple[str, ...] = tuple(billing.CATEGORIES)
PRICE_COLUMNS = (
    ("gptbots_key", "input"),
    ("gptbots_key", "output"),
    ("own_key", "input"),
    ("own_key", "output"),
)

CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 10
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 11


@dataclass
class CatalogRow:
    category: str
    row_id: str
    brand: str
    name: str
    unit: str
    prices: dict[tuple[str, str], Price] = field(default_factory=dict)
    custom: bool = False
    provider: ProviderPrice | None = None  # the vendor's own price (LLM and service rows)
    context_window: int | None = None
    context_source: str = ""  # "" for a row that is not an LLM
    reasoning: bool | None = None  # None for a row that is not an LLM

    @property
    def provider_user(self) -> bool:
        return self.provider is not None and self.provider.basis == USER

    @property
    def user(self) -> bool:
        return self.custom or self.provider_user or any(p.user for p in self.prices.values())


def catalog_rows(catalog: Catalog) -> list[CatalogRow]:
    rows = []
    for m in catalog.llm.values():
        prices = {(mode, d): m.price(mode, d) for mode, d in PRICE_COLUMNS}
        rows.append(
            CatalogRow(
                "llm",
                m.id,
                m.brand,
                m.name,
                price_unit_name("llm"),
                prices,
                m.custom,
                m.provider_price,
                m.context_window,
                m.context_source,
                m.reasoning,
            )
        )
    for svc in catalog.all_service_rows():
        prices = {(mode, "input"): svc.price(mode) for mode in ("gptbots_key", "own_key")}
        rows.append(
            CatalogRow(
                svc.category,
                svc.id,
                svc.brand,
                svc.name,
                price_unit_name(svc.category),
                prices,
                svc.custom,
                svc.provider_price,
            )
        )
    storage = catalog.storage_price
    rows.append(
        CatalogRow(
            "storage",
            "storage/vector",
            "GPTBots",
            catalog.storage_name,
            price_unit_name("storage"),
            {("gptbots_key", "input"): storage, ("own_key", "input"): storage},
        )
    )
    for type_id in OPEN_TYPES:
        price = catalog.open_prices[type_id]
        rows.append(
            CatalogRow(
                "open",
                type_id,
                "GPTBots",
                billing_type_name(type_id),
                price_unit_name(type_id),
                {("gptbots_key", "input"): price, ("own_key", "input"): price},
            )
        )
    return rows


class CatalogModel(QAbstractTableModel):
    # Source sits beside the name so "yours" stays visible without scrolling.
    CATEGORY, BRAND, NAME, SOURCE, UNIT = range(5)
    FIRST_PRICE = 5
    END_PRICE = FIRST_PRICE + len(PRICE_COLUMNS)
    # What the model vendor bills on the own key, how that price was found, the window.
    PROVIDER, BASIS, CONTEXT, REASONING = range(END_PRICE, END_PRICE + 4)
    COLUMNS = REASONING + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CatalogRow] = []

    def set_catalog(self, catalog: Catalog | None) -> None:
        self.beginResetModel()
        self._rows = catalog_rows(catalog) if catalog else []
        self.endResetModel()

    def row(self, index: int) -> CatalogRow:
        return self._rows[index]

    def rows(self) -> list[CatalogRow]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Category"),
            self.tr("Brand"),
            self.tr("Model"),
            self.tr("Source"),
            self.tr("Unit"),
            self.tr("GPTBots key\ninput"),
            self.tr("GPTBots key\noutput"),
            self.tr("Own key\ninput"),
            self.tr("Own key\noutput"),
            self.tr("Provider price\n(own key)"),
            self.tr("Provider price\nbasis"),
            self.tr("Context\nwindow"),
            self.tr("Reasoning"),
        )[section]

    def _price(self, row: CatalogRow, col: int) -> Price | None:
        if self.FIRST_PRICE <= col < self.END_PRICE:
            return row.prices.get(PRICE_COLUMNS[col - self.FIRST_PRICE])
        return None

    def _price_text(self, price: Price | None) -> str:
        if price is None:
            return "—"
        if price.value is None:
            return unpriced_text()
        if price.free:
            return self.tr("free")
        return plain(price.value)

    def _source(self, row: CatalogRow) -> str:
        if row.custom:
            return self.tr("yours (custom model)")
        return self.tr("yours") if row.user else self.tr("bundled")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        price = self._price(row, col)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.CATEGORY:
                return category_name(row.category)
            if col == self.BRAND:
                return row.brand
            if col == self.NAME:
                return row.name
            if col == self.UNIT:
                return row.unit
            if col == self.SOURCE:
                return self._source(row)
            if col >= self.PROVIDER:
                return self._vendor_text(row, col)
            return self._price_text(price)
        if role == ID_ROLE:
            return row.row_id
        if role == CATEGORY_ROLE:
            return row.category
        if role == SEARCH_ROLE:
            return f"{row.brand} {row.name} {row.row_id} {category_name(row.category)}".lower()
        if role == UNPRICED_ROLE:
            return price is not None and price.unpriced
        if role == SORT_ROLE:
            if col == self.CONTEXT:
                return -1 if row.context_window is None else row.context_window
            if col == self.PROVIDER and row.provider is not None:
                return -1.0 if row.provider.input is None else float(row.provider.input)
            if price is not None:
                return -1.0 if price.value is None else float(price.value)
            if col == self.CATEGORY:
                return CATEGORIES.index(row.category)
            return str(self.data(index)).lower()
        if role == Qt.ItemDataRole.TextAlignmentRole and self.FIRST_PRICE <= col < self.END_PRICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and price is not None and price.unpriced:
            return theme.warning_color()
        if role == Qt.ItemDataRole.ForegroundRole and self._flagged(row, col):
            return theme.warning_color()
        if role == Qt.ItemDataRole.ToolTipRole and col >= self.PROVIDER:
            return self._vendor_tooltip(row, col)
        if row.user:
            if role == Qt.ItemDataRole.BackgroundRole:
                return theme.highlight_background()
            if role == Qt.ItemDataRole.FontRole and (
                col == self.SOURCE
                or (price and price.user)
                or (col in (self.PROVIDER, self.BASIS) and row.provider_user)
            ):
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.NAME:
                return row.row_id
            if price is not None and price.raw and price.raw != plain(price.value or Decimal(0)):
                return self.tr("As the pricing page writes it: {raw}").format(raw=price.raw)
        return None

    def _vendor_text(self, row: CatalogRow, col: int) -> str:
        if col == self.CONTEXT:
            if row.reasoning is None:
                return "—"
            return self.tr("unknown") if row.context_window is None else f"{row.context_window:,}"
        if col == self.REASONING:
            if row.reasoning is None:
                return "—"
            return self.tr("yes") if row.reasoning else self.tr("no")
        if row.provider is None:
            return "—"
        if col == self.PROVIDER:
            return provider_price_text(row.provider, with_basis=False)
        if row.provider.inconsistent:
            return "⚠ " + basis_name(row.provider.basis)
        return basis_name(row.provider.basis)

    @staticmethod
    def _flagged(row: CatalogRow, col: int) -> bool:
        if col == CatalogModel.CONTEXT:
            return row.reasoning is not None and row.context_window is None
        return (
            col in (CatalogModel.PROVIDER, CatalogModel.BASIS)
            and row.provider is not None
            and row.provider.inconsistent
        )

    def _vendor_tooltip(self, row: CatalogRow, col: int) -> str | None:
        if col == self.CONTEXT and row.context_source:
            return self.tr("Source: {source}").format(source=row.context_source)
        if col == self.REASONING and row.reasoning:
            return self.tr(
                "Bills hidden reasoning tokens at the output price (the plan's reasoning "
                "tokens per call)"
            )
        if col not in (self.PROVIDER, self.BASIS) or row.provider is None:
            return None
        text = self.tr("Source: {source}").format(source=row.provider.source)
        mismatch = row.provider.mismatch
        if mismatch:
            text += "\n" + self.tr(
                "The pricing page's {direction} prices are {gptbots} (GPTBots key) and {own} "
                "(own key): {ratio} x apart, not 11 x. Enter the vendor's real price."
            ).format(
                direction=self.tr("input")
                if mismatch.get("direction") == "input"
                else self.tr("output"),
                gptbots=mismatch.get("gptbots", ""),
                own=mismatch.get("own", ""),
                ratio=mismatch.get("ratio", ""),
            )
        return text


class CatalogFilterProxy(QSortFilterProxyModel):
    """Filters by category ("" = all) and by a case-insensitive search text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._category = ""
        self._text = ""
        self.setSortRole(SORT_ROLE)

    def set_category(self, category: str) -> None:
        self.beginFilterChange()
        self._category = category
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._category and index.data(CATEGORY_ROLE) != self._category:
            return False
        if self._text:
            haystack = index.data(SEARCH_ROLE) or ""
            return all(word in haystack for word in self._text.split())
        return True
