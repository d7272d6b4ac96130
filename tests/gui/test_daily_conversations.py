"""Conversations per month from a daily figure: per day x active days."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gptbots_planner.core.plan import PlanError, conversations_per_month_from_daily
from gptbots_planner.gui.plan_form import PlanPanel


def test_core_helper_multiplies_exactly_and_validates() -> None:
    assert conversations_per_month_from_daily("120.5", "22") == Decimal("2651.0")
    with pytest.raises(PlanError, match="between 0 and 31"):
        conversations_per_month_from_daily("10", "40")
    with pytest.raises(PlanError, match="not a number"):
        conversations_per_month_from_daily("many", "30")


def test_dialog_sets_conversations_per_month(qtbot, make_controller) -> None:
    controller = make_controller()
    panel = controller.window.findChild(PlanPanel)
    assert panel is not None
    dialog = panel.ask_daily_conversations()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.per_day.setText("abc")
    dialog.per_day.textEdited.emit("abc")
    assert not ok.isEnabled()
    dialog.per_day.setText("150")
    dialog.days.setText("22")
    dialog.days.textEdited.emit("22")
    assert ok.isEnabled()
    assert "3,300" in dialog.result_label.text()
    ok.click()
    qtbot.waitUntil(
        lambda: controller.document.plan.get("conversations_per_month") == Decimal(3300)
    )
    assert panel.edits["conversations_per_month"].text() == "3300"
