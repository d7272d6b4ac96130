"""Every question the app asks the user, behind one object tests can replace.

``Prompts`` shows real dialogs; a test passes an object with the same methods
that answers at once and records what it was asked.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from gptbots_planner.core.plan import PLAN_EXTENSION
from gptbots_planner.gui.recovery import Autosave

log = logging.getLogger(__name__)


def plan_filter() -> str:
    return (
        QCoreApplication.translate("Prompts", "GPTBots plans (*%1)").replace("%1", PLAN_EXTENSION)
        + ";;"
        + QCoreApplication.translate("Prompts", "All files (*)")
    )


def xlsx_filter() -> str:
    return QCoreApplication.translate("Prompts", "Excel workbook (*.xlsx)")


def csv_filter() -> str:
    return QCoreApplication.translate("Prompts", "CSV files (*.csv)")


EXPORT_KINDS = ("xlsx", "csv")


def export_target(name: str, *, csv_chosen: bool) -> tuple[Path, str]:
    """Where to export and as what: a typed ``.csv`` or ``.xlsx`` chooses the format (whatever
    the file-type list says); any other name gets the chosen type's extension added."""
    path = Path(name)
    typed = path.suffix.lower().lstrip(".")
    if typed in EXPORT_KINDS:
        return path, typed
    kind = "csv" if csv_chosen else "xlsx"
    return path.with_name(path.name + f".{kind}"), kind


def autosave_time(autosave: Autosave) -> str:
    # Local time, like datetime.fromtimestamp (the short format shows no seconds).
    moment = QDateTime.fromMSecsSinceEpoch(round(autosave.saved_at * 1000))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class RecoveryDialog(QDialog):
    """Lists the autosaved plans; Recover opens the selected one, Discard deletes them all.

    Closing the dialog (Esc, the window's close button) decides nothing: ``choice``
    stays "later" and the autosaves are offered again at the next start; deleting
    someone's unsaved work takes the Discard button.
    """

    def __init__(self, autosaves: list[Autosave], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Prompts", "Recover unsaved plan"))
        self.choice = "later"
        label = QLabel(
            QCoreApplication.translate(
                "Prompts",
                "The planner did not close cleanly last time. "
                "These plans had changes that were not saved:",
            )
        )
        label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("Prompts", "Autosaved plans"))
        for autosave in autosaves:
            where = autosave.original_path or QCoreApplication.translate("Prompts", "never saved")
            self.list.addItem(f"{autosave.plan_name} — {autosave_time(autosave)} ({where})")
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox()
        recover = buttons.addButton(
            QCoreApplication.translate("Prompts", "&Recover"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(
            QCoreApplication.translate("Prompts", "&Discard"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        recover.setDefault(True)
        buttons.clicked.connect(lambda button: self._done(button is recover))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def _done(self, recover: bool) -> None:
        self.choice = "recover" if recover else "discard"
        self.accept()


class Prompts(QObject):
    """The real dialogs, parented to the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window = parent

    def ask_unsaved(self, name: str) -> str:
        """'save', 'discard' or 'cancel'."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("Prompts", "Unsaved changes"),
            QCoreApplication.translate(
                "Prompts", "The plan “%1” has changes that are not saved. Save them?"
            ).replace("%1", name),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return "save"
        if answer == buttons.Discard:
            return "discard"
        return "cancel"

    def ask_recover(self, autosaves: list[Autosave]) -> tuple[str, int]:
        """('recover', index of the chosen autosave), ('discard', -1) or ('later', -1)."""
        dialog = RecoveryDialog(autosaves, self.window)
        dialog.exec()
        return dialog.choice, dialog.list.currentRow() if dialog.choice == "recover" else -1

    def open_plan_path(self, folder: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, QCoreApplication.translate("Prompts", "Open plan"), folder, plan_filter()
        )
        return Path(name) if name else None

    def save_plan_path(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("Prompts", "Save plan"),
            suggested,
            plan_filter(),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(PLAN_EXTENSION)

    def export_path(self, suggested: str) -> tuple[Path, str] | None:
        """(path, 'xlsx' | 'csv') from the chosen file type, or None."""
        name, chosen = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("Prompts", "Export the budget"),
            suggested,
            xlsx_filter() + ";;" + csv_filter(),
        )
        if not name:
            return None
        return export_target(name, csv_chosen=chosen == csv_filter())

    def error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.window, title, message)

    def info(self, title: str, message: str) -> None:
        QMessageBox.information(self.window, title, message)
