"""The window's plan-file actions: new, open, open recent, the examples, save and save as.

A mixin of ``AppController`` (which provides the attributes declared below), kept apart so
each module stays readable; every question to the user goes through ``prompts``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from gptbots_planner.core.plan import Plan, PlanError
from gptbots_planner.core.planfile import load_example_plan, read_plan
from gptbots_planner.gui.autosave_controller import Autosaver
from gptbots_planner.gui.document import PlanDocument
from gptbots_planner.gui.locate import missing_status
from gptbots_planner.gui.main_window import MainWindow
from gptbots_planner.gui.plan_names import file_stem
from gptbots_planner.gui.prompts import Prompts
from gptbots_planner.gui.settings import AppSettings, save_settings
from gptbots_planner.gui.texts import error_text

log = logging.getLogger(__name__)


class PlanFileActions:
    """New / open / save for the controller; needs the attributes it declares."""

    document: PlanDocument
    prompts: Prompts
    autosaver: Autosaver
    settings: AppSettings
    window: MainWindow

    def _status(self, text: str, timeout_ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, timeout_ms)

    def _open_last(self, path: Path) -> bool:
        """The plan open at the last exit; False (nothing asked, nothing shown) when it is gone."""
        try:
            plan = read_plan(path)
        except PlanError as error:
            log.info("last plan not reopened: %s", error)
            return False
        self.document.replace(plan, path)
        self._say_missing()
        return True

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current plan (saved, discarded, or unchanged)."""
        if not self.document.dirty:
            return True
        answer = self.prompts.ask_unsaved(self.document.display_name)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def new_plan(self) -> None:
        if not self.maybe_save():
            return
        plan = Plan(name=QCoreApplication.translate("AppController", "Untitled plan"))
        self.settings.apply_defaults(plan)
        self.document.replace(plan, None)
        self.autosaver.clear()

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        folder = str(self.document.path.parent) if self.document.path else str(Path.home())
        path = self.prompts.open_plan_path(folder)
        if path is not None:
            self.open_path(path, ask=False)

    def open_path(self, path: Path, *, ask: bool = True) -> bool:
        if ask and not self.maybe_save():
            return False
        try:
            plan = read_plan(Path(path))
        except PlanError as error:
            self.prompts.error(
                QCoreApplication.translate("AppController", "Cannot open the plan"),
                error_text(error),
            )
            return False
        self.document.replace(plan, Path(path))
        self._say_missing()
        self.autosaver.clear()
        self.settings.add_recent(Path(path))
        self._save_settings()
        self._update_recent_menu()
        return True

    def open_example(self, name: str, *, dirty: bool = False) -> None:
        if not self.maybe_save():
            return
        try:
            plan = load_example_plan(name)
        except PlanError as error:
            self.prompts.error(
                QCoreApplication.translate("AppController", "Cannot open the example"),
                error_text(error),
            )
            return
        self.document.replace(plan, None, dirty=dirty)

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        folder = self.document.path.parent if self.document.path else Path.home()
        path = self.prompts.save_plan_path(str(folder / file_stem(self.document.plan.name)))
        return path is not None and self._write(path)

    def _write(self, path: Path) -> bool:
        from gptbots_planner.core.planfile import write_plan

        # Synchronous on purpose: "save, then close" must know it worked.  A big plan takes
        # a moment, so say so with the cursor.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_plan(self.document.plan, path)
        except OSError as error:
            QGuiApplication.restoreOverrideCursor()
            self.prompts.error(
                QCoreApplication.translate("AppController", "Cannot save the plan"),
                f"{path}: {error.strerror or error}",
            )
            return False
        QGuiApplication.restoreOverrideCursor()
        self.document.saved_as(path)
        self.autosaver.clear()
        self.settings.add_recent(path)
        self._save_settings()
        self._update_recent_menu()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("AppController", "Saved %1").replace("%1", str(path)), 5000
        )
        return True

    def _say_missing(self) -> None:
        text = missing_status(self.document.plan)
        if text:
            self._status(text, 0)

    def _update_recent_menu(self) -> None:
        """The Open Recent menu from the settings; whether the files are still there is
        asked only when the menu is about to show (``_prune_recent``), not at every update
        (a plan on a sleeping network drive would stall each save and open)."""
        menu = self.window.recent_menu
        menu.clear()
        for index, text in enumerate(self.settings.recent_plans):
            action = menu.addAction(f"&{index + 1} {Path(text).name}")
            action.setToolTip(text)
            action.triggered.connect(lambda _c=False, p=text: self.open_path(Path(p)))
        menu.setEnabled(bool(self.settings.recent_plans))

    def _prune_recent(self) -> None:
        """Open Recent is about to show: plans deleted or moved away meanwhile leave it."""
        present = [p for p in self.settings.recent_plans if Path(p).is_file()]
        if present == self.settings.recent_plans:
            return
        self.settings.recent_plans = present
        self._save_settings()
        self._update_recent_menu()
        if not present:  # the menu pops up all the same: say why it is empty
            self.window.recent_menu.addAction(
                QCoreApplication.translate("AppController", "No recent plans")
            ).setEnabled(False)

    def _save_settings(self) -> None:
        try:
            save_settings(self.settings)
        except OSError as error:
            log.warning("settings not saved: %s", error)
