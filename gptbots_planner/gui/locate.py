"""Locate…: point a missing file's row to where the file is now (``core.plan_paths``).

The located file is measured again only when its size or time differ from the last
measurement.  When other missing files are at the same place below the folder the located
one moved to ("found N more"), the user is asked once whether to point them all.
Questions go through ``choose_file`` and ``confirm_more``, which tests replace.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from gptbots_planner.core import plan_paths
from gptbots_planner.core.plan import Plan, PlanItem
from gptbots_planner.gui.document import PlanDocument
from gptbots_planner.gui.workspace import Workspace

log = logging.getLogger(__name__)


def ask_file(parent: QWidget | None, name: str, folder: str) -> Path | None:
    """The file dialog, opened in ``folder`` and filtering on the missing file's name."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Locate", "Locate %1").replace("%1", name),
        folder,
        f"{name} ({name});;" + QCoreApplication.translate("Locate", "All files (*)"),
    )
    return Path(chosen) if chosen else None


def ask_more(parent: QWidget | None, count: int, folder: str) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Locate", "Found more missing files"),
        QCoreApplication.translate(
            "Locate",
            "%1 more missing files are at the same place below %2. Point the plan to them too?",
        )
        .replace("%1", str(count))
        .replace("%2", folder),
    )
    return answer == QMessageBox.StandardButton.Yes


def _nearest_folder(path: str, fallback: Path) -> str:
    """The deepest folder of ``path`` that still exists (where a file dialog opens)."""
    folder = Path(path).parent if path else fallback
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    return str(folder if folder.is_dir() else fallback)


def missing_status(plan: Plan) -> str:
    """What the status bar says when a plan with missing files is opened ("" for none)."""
    count = sum(1 for item in plan.items if item.missing)
    if not count:
        return ""
    return QCoreApplication.translate(
        "Locate",
        "%1 file(s) of this plan are missing: their last measurements are used. "
        "Select them and choose Edit > Locate missing file…",
    ).replace("%1", str(count))


class Locator(QObject):
    """The Locate… action of a window and what it does to the document."""

    def __init__(
        self,
        document: PlanDocument,
        remeasure: Callable[[set[str]], None],
        show_status: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.remeasure = remeasure
        self.show_status = show_status
        self.window: QMainWindow | None = None
        self.workspace: Workspace | None = None
        self.action: QAction | None = None
        # replaced by tests: (name, folder) -> a path or None; (count, folder) -> yes?
        self.choose_file: Callable[[str, str], Path | None] = lambda name, folder: ask_file(
            self.window, name, folder
        )
        self.confirm_more: Callable[[int, str], bool] = lambda count, folder: ask_more(
            self.window, count, folder
        )

    def attach(self, window: QMainWindow, workspace: Workspace, beside: QAction) -> None:
        """Give ``window`` the action: in the table's context menu, and in the menu that
        holds ``beside`` (Edit, after Re-measure)."""
        self.window, self.workspace = window, workspace
        menus = window.menuBar().findChildren(QMenu)
        edit_menu = next((m for m in menus if beside in m.actions()), None)
        self.action = QAction(QCoreApplication.translate("Locate", "&Locate missing file…"), window)
        self.action.setObjectName("locateAction")
        self.action.triggered.connect(self.locate_selected)
        if edit_menu is not None:
            actions = edit_menu.actions()
            after = actions.index(beside) + 1
            if after < len(actions):
                edit_menu.insertAction(actions[after], self.action)
            else:
                edit_menu.addAction(self.action)
        workspace.context_actions.append(self.action)

    def missing_selected(self) -> list[PlanItem]:
        """Missing items of the selection (or the current row), in the plan's order."""
        if self.workspace is None:
            return []
        ids = self.workspace.selected_ids()
        current = self.workspace.table.currentIndex()
        if not ids and current.isValid():
            item = self.workspace.proxy.mapToSource(current)
            if item.isValid():
                ids = {self.document.plan.items[item.row()].item_id}
        return [i for i in self.document.plan.items if i.item_id in ids and i.missing]

    def locate_selected(self) -> None:
        missing = self.missing_selected()
        if not missing:
            self.show_status(
                QCoreApplication.translate("Locate", "Select a missing file to locate it.")
            )
            return
        self.locate(missing[0].item_id)

    def locate(self, item_id: str) -> int:
        """Ask where the item's file is, point it there (and the others found); how many."""
        item = self.document.item_by_id(item_id)
        if item is None:
            return 0
        fallback = self.document.path.parent if self.document.path else Path.home()
        chosen = self.choose_file(item.name, _nearest_folder(item.measurement.path, fallback))
        if chosen is None:
            return 0
        if not chosen.is_file():
            self.show_status(
                QCoreApplication.translate("Locate", "%1 is not a file.").replace("%1", str(chosen))
            )
            return 0
        targets = {item_id: str(Path(os.path.abspath(chosen)))}
        moved = plan_paths.relocation(item.measurement.path, targets[item_id])
        if moved is not None:
            others = plan_paths.relocated(self.document.plan.items, *moved)
            others.pop(item_id, None)
            if others and self.confirm_more(len(others), str(moved[1])):
                targets.update(others)
        return self.repoint(targets)

    def repoint(self, targets: dict[str, str]) -> int:
        """Items (id -> new absolute path) found again; changed files are measured again."""
        renewed: list[PlanItem] = []
        stale: set[str] = set()
        for item_id, path in targets.items():
            item = self.document.item_by_id(item_id)
            if item is None:
                continue
            m = replace(item.measurement, path=path, name=Path(path).name)
            new = replace(item, measurement=m, missing=False)
            renewed.append(new)
            if not plan_paths.measured_as_is(item, Path(path)):
                stale.add(item_id)
        self.document.update_items(renewed)
        if stale:
            self.remeasure(stale)
        self.show_status(
            QCoreApplication.translate("Locate", "Located %1 file(s); %2 measured again.")
            .replace("%1", str(len(renewed)))
            .replace("%2", str(len(stale)))
        )
        return len(renewed)
