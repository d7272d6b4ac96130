"""Custom item-data roles shared by the results and catalog table models."""

from __future__ import annotations

import logging
from decimal import Decimal

from PySide6.QtCore import Qt

from gptbots_planner.core.money import fmt_credits

log = logging.getLogger(__name__)

#: a number (float) for QSortFilterProxyModel; Decimal stays exact in the model
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: True when the cell's value is used but has no price
UNPRICED_ROLE = Qt.ItemDataRole.UserRole + 2
#: the row's id (billing type id, scenario index, catalog row id)
ID_ROLE = Qt.ItemDataRole.UserRole + 3
#: the exact value as a Decimal (or None when unpriced)
DECIMAL_ROLE = Qt.ItemDataRole.UserRole + 4
#: a breakdown row's workflow component id (None on a billing type's own row)
COMPONENT_ROLE = Qt.ItemDataRole.UserRole + 5


def fmt_quantity(value: Decimal) -> str:
    """Whole units for big quantities, two decimals for fractions (display only)."""
    if value == 0 or abs(value) >= 100:
        return fmt_credits(value, 0)
    return fmt_credits(value, 2)
