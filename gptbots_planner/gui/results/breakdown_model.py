"""One month of one scenario broken down by the platform's ten billing types.

A tree: the LLM lines (``llm_text``, ``llm_audio``) unfold into one child row per workflow
component, read from the line's per-component parts (``Line.components``), named as the
plan names them.  A child row carries its parent's billing type (``ID_ROLE``), so the price
dialog opens on the line's prices.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from gptbots_planner.core.components import Component
from gptbots_planner.core.estimate import Line, Month
from gptbots_planner.core.money import ZERO, add, fmt_credits, fmt_usd
from gptbots_planner.gui.results import theme
from gptbots_planner.gui.results.names import (
    billing_type_name,
    quantity_unit_name,
    unpriced_text,
)
from gptbots_planner.gui.results.roles import (
    COMPONENT_ROLE,
    DECIMAL_ROLE,
    ID_ROLE,
    SORT_ROLE,
    UNPRICED_ROLE,
    fmt_quantity,
)
from gptbots_planner.vocab.billing import BILLING_TYPE_IDS

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
TOP = 0  # internalId of a billing type's row; a component row's is its line's row + 1


class ComponentPart:
    """One component's share of an LLM line: its tokens and credits (None: unpriced)."""

    def __init__(self, line: Line, cid: str, name: str) -> None:
        part = line.components[cid]
        self.billing_type = line.billing_type
        self.component_id = cid
        self.name = name
        self.quantity: Decimal = add(ZERO, *(v for k, v in part.items() if k.endswith("_tokens")))
        self.unit = line.unit
        self.credits: Decimal | None = part.get("credits")

    @property
    def unpriced(self) -> bool:
        return self.credits is None


class BreakdownModel(QAbstractItemModel):
    """Rows: the ten billing types in the seed's order, the LLM lines with their
    components as children; columns below."""

    TYPE, QUANTITY, CREDITS, USD = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[Line] = []
        self._parts: list[list[ComponentPart]] = []
        self._names: dict[str, str] = {}

    def set_components(self, components: list[Component]) -> None:
        """How the plan names its components (their ids until this is called)."""
        self._names = {c.id: c.name for c in components}

    def set_month(self, month: Month | None) -> None:
        self.beginResetModel()
        self._lines = (
            [month.lines[t] for t in BILLING_TYPE_IDS if t in month.lines] if month else []
        )
        self._parts = [
            [ComponentPart(line, cid, self._names.get(cid, cid)) for cid in line.components]
            for line in self._lines
        ]
        self.endResetModel()

    def line(self, row: int) -> Line:
        return self._lines[row]

    def component_parts(self, row: int) -> list[ComponentPart]:
        """The component rows under the line in ``row`` (empty for a line without any)."""
        return list(self._parts[row])

    def index(
        self,
        row: int,
        column: int,
        parent: AnyIndex = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if parent.isValid():
            return self.createIndex(row, column, parent.row() + 1)
        return self.createIndex(row, column, TOP)

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, TOP)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._lines)
        if parent.internalId() == TOP and parent.column() == 0:
            return len(self._parts[parent.row()])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 4

    def _row(self, index: AnyIndex) -> Line | ComponentPart | None:
        if not index.isValid():
            return None
        line_row = index.row() if index.internalId() == TOP else index.internalId() - 1
        if not 0 <= line_row < len(self._lines):
            return None
        if index.internalId() == TOP:
            return self._lines[line_row]
        parts = self._parts[line_row]
        return parts[index.row()] if 0 <= index.row() < len(parts) else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Billing type"),
            self.tr("Quantity"),
            self.tr("Credits"),
            self.tr("USD"),
        )[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self._row(index)
        if line is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, col)
        if role == ID_ROLE:
            return line.billing_type
        if role == COMPONENT_ROLE:
            return line.component_id if isinstance(line, ComponentPart) else None
        if role == UNPRICED_ROLE:
            return line.unpriced
        if role == DECIMAL_ROLE:
            return line.quantity if col == self.QUANTITY else line.credits
        if role == SORT_ROLE:
            if col == self.TYPE:
                if isinstance(line, ComponentPart):
                    return index.row()  # the turn's order
                return BILLING_TYPE_IDS.index(line.billing_type)
            if col == self.QUANTITY:
                return float(line.quantity)
            return -1.0 if line.credits is None else float(line.credits)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.TYPE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if isinstance(line, ComponentPart) and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Workflow component “{name}” ({id})").format(
                name=line.name, id=line.component_id
            )
        if line.unpriced:
            if role == Qt.ItemDataRole.BackgroundRole:
                return theme.attention_background()
            if role == Qt.ItemDataRole.ForegroundRole and col in (self.CREDITS, self.USD):
                return theme.warning_color()
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
                return self.tr(
                    "Used by this plan but without a price: it is not in the total. "
                    "Use “Enter price…” to give it one."
                )
        return None

    def _display(self, line: Line | ComponentPart, col: int) -> str:
        if col == self.TYPE:
            if isinstance(line, ComponentPart):
                return line.name
            return billing_type_name(line.billing_type)
        if col == self.QUANTITY:
            return f"{fmt_quantity(line.quantity)} {quantity_unit_name(line.unit)}"
        if line.credits is None:
            return unpriced_text()
        if col == self.CREDITS:
            return fmt_credits(line.credits)
        return fmt_usd(line.credits)

    def priced_values(self) -> list[tuple[str, Decimal]]:
        """(billing type, credits) of the priced, non-zero lines (for the chart)."""
        return [
            (line.billing_type, line.credits)
            for line in self._lines
            if line.credits is not None and line.credits > 0
        ]
