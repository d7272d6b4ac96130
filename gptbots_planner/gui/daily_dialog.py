"""A small dialog: conversations per day x active days -> conversations per month."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from gptbots_planner.core.money import fmt_credits, plain
from gptbots_planner.core.plan import PlanError, conversations_per_month_from_daily
from gptbots_planner.gui.texts import error_text

log = logging.getLogger(__name__)


class DailyConversationsDialog(QDialog):
    accepted_value = Signal(str)  # the conversations per month, exact decimal text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conversations from a daily figure"))
        self.per_day = QLineEdit()
        self.per_day.setObjectName("conversationsPerDay")
        self.per_day.setAccessibleName(self.tr("Conversations per day"))
        self.days = QLineEdit("30")
        self.days.setObjectName("activeDaysPerMonth")
        self.days.setAccessibleName(self.tr("Active days per month"))
        self.result_label = QLabel()
        self.result_label.setObjectName("dailyResult")
        self.result_label.setWordWrap(True)
        form = QFormLayout(self)
        per_day_label = QLabel(self.tr("Conversations per &day:"))
        per_day_label.setBuddy(self.per_day)
        days_label = QLabel(self.tr("&Active days per month:"))
        days_label.setBuddy(self.days)
        form.addRow(per_day_label, self.per_day)
        form.addRow(days_label, self.days)
        form.addRow(self.result_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.per_day.textEdited.connect(self._update)
        self.days.textEdited.connect(self._update)
        self._update()

    def value(self) -> str | None:
        """Conversations per month as exact text, or None while the inputs are not valid."""
        try:
            result = conversations_per_month_from_daily(self.per_day.text(), self.days.text())
        except PlanError:
            return None
        return plain(result)

    def _update(self, *_args: object) -> None:
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            result = conversations_per_month_from_daily(self.per_day.text(), self.days.text())
        except PlanError as exc:
            self.result_label.setText(error_text(exc) if self.per_day.text() else "")
            ok_button.setEnabled(False)
            return
        self.result_label.setText(
            self.tr("= %1 conversations per month").replace("%1", fmt_credits(result, 0))
        )
        ok_button.setEnabled(True)

    def accept(self) -> None:
        value = self.value()
        if value is None:
            return
        self.accepted_value.emit(value)
        super().accept()
