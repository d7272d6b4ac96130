"""The shell's own dialogs and the estimate's error path."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from gptbots_planner.core.plan import Scenario
from gptbots_planner.gui.prompts import RecoveryDialog
from gptbots_planner.gui.recovery import Autosave
from gptbots_planner.gui.workspace import PasteTextDialog


def autosave(name: str) -> Autosave:
    return Autosave(
        Path(f"/nowhere/{name}.gbplan"), Path(f"/nowhere/{name}.json"), time.time(), "", name
    )


def test_recovery_dialog_lists_each_plan_and_returns_the_choice(qtbot):
    dialog = RecoveryDialog([autosave("Shop bot"), autosave("Voice bot")])
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert dialog.list.item(0).text().startswith("Shop bot — ")
    assert "never saved" in dialog.list.item(1).text()
    dialog.list.setCurrentRow(1)
    buttons = dialog.findChild(QDialogButtonBox)
    recover = next(b for b in buttons.buttons() if "Recover" in b.text())
    recover.click()
    assert dialog.choice == "recover" and dialog.list.currentRow() == 1
    dialog = RecoveryDialog([autosave("Shop bot")])
    qtbot.addWidget(dialog)
    discard = next(b for b in dialog.findChild(QDialogButtonBox).buttons() if "Discard" in b.text())
    discard.click()
    assert dialog.choice == "discard"
    # Esc (or closing the window) is not a decision to delete unsaved work.
    dialog = RecoveryDialog([autosave("Shop bot")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.choice == "later"


def test_paste_dialog_values(qtbot):
    dialog = PasteTextDialog()
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("  ")
    dialog.text_edit.setPlainText("How do I return shoes?")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("reply_sample"))
    assert dialog.values() == ("Pasted text", "How do I return shoes?", "reply_sample")


def test_an_unknown_model_is_reported_not_raised(qtbot, make_controller):
    controller = make_controller()
    controller.start([])
    controller.document.plan.scenarios = [Scenario("nobody/no-such-model", "gptbots_key")]
    with qtbot.waitSignal(controller.estimates.estimated, timeout=5000) as blocker:
        controller.document.touch()
    estimate, _plan, _catalog, error = blocker.args
    assert estimate is None
    assert "no-such-model" in error
    assert "no-such-model" in controller.window.statusBar().currentMessage()
