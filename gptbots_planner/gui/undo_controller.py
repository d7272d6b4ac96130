"""The Edit menu's Undo and Redo, and the user's prices as undo steps.

``PlanDocument`` owns the history (``undo_stack``); this binds one window's actions to
it (again after a language switch builds a new window) and turns each saved price edit
(the price dialog, the Catalog tab: prices, vendor prices, custom models, resets) into a
``PricesCommand``: it keeps the user catalog's data as last seen, and when a view says
the catalog changed, the data before and after become one step.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStatusBar
from shiboken6 import isValid

from gptbots_planner import paths
from gptbots_planner.core.catalog import CatalogError, read_user_catalog, write_user_catalog
from gptbots_planner.gui.document import PlanDocument
from gptbots_planner.gui.undo import PricesCommand, action_text

log = logging.getLogger(__name__)


class ActionBinder(QObject):
    """Keeps an Undo and a Redo action's text and state in step with the history.

    A child of the undo action: when the window goes, so do its connections.
    """

    def __init__(self, document: PlanDocument, undo: QAction, redo: QAction) -> None:
        super().__init__(undo)
        self.document, self.undo, self.redo = document, undo, redo
        stack = document.undo_stack
        stack.canUndoChanged.connect(self.refresh)
        stack.canRedoChanged.connect(self.refresh)
        stack.undoTextChanged.connect(self.refresh)
        stack.redoTextChanged.connect(self.refresh)
        stack.indexChanged.connect(self.refresh)
        undo.triggered.connect(document.undo)
        redo.triggered.connect(document.redo)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        stack = self.document.undo_stack
        if not (isValid(stack) and isValid(self.undo) and isValid(self.redo)):
            return  # the stack clears itself as it is destroyed
        self.undo.setEnabled(stack.canUndo())
        self.undo.setText(action_text(False, stack.undoText() if stack.canUndo() else ""))
        self.redo.setEnabled(stack.canRedo())
        self.redo.setText(action_text(True, stack.redoText() if stack.canRedo() else ""))


class UndoController(QObject):
    def __init__(
        self,
        document: PlanDocument,
        user_file: Callable[[], Path | None],
        reload_catalog: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._user_file = user_file
        self._reload_catalog = reload_catalog
        self.status: QStatusBar | None = None
        self._prices = self._read_prices()

    def attach(self, window: Any) -> None:
        """Serve ``window``'s Undo / Redo actions and hear its price edits."""
        self.document.retranslate_history()  # a new window may speak another language
        ActionBinder(self.document, window.undo_action, window.redo_action)
        self.status = window.statusBar()
        window.results.catalogChanged.connect(self.prices_saved)
        window.catalog_view.catalogChanged.connect(self.prices_saved)

    # --- prices ----------------------------------------------------------------------
    def path(self) -> Path:
        return self._user_file() or paths.user_catalog_path()

    def _read_prices(self) -> dict[str, Any] | None:
        try:
            return read_user_catalog(self.path())
        except (CatalogError, OSError) as error:
            log.info("user catalog not kept for undo: %s", error)
            return None  # broken: a change to it cannot be undone back to it

    def prices_saved(self) -> None:
        """A view saved the user's prices: the change (if any) becomes an undo step."""
        before, after = self._prices, self._read_prices()
        self._prices = after
        if before is None or after is None or before == after:
            return
        self.document.push(
            PricesCommand(copy.deepcopy(before), copy.deepcopy(after), self._write_prices)
        )

    def _write_prices(self, data: dict[str, Any]) -> None:
        try:
            write_user_catalog(copy.deepcopy(data), self.path())
        except (CatalogError, OSError) as error:
            log.warning("prices not restored: %s", error)
            if self.status is not None:
                self.status.showMessage(
                    QCoreApplication.translate("Undo", "Your prices were not changed: %1").replace(
                        "%1", str(error)
                    ),
                    8000,
                )
            return
        self._prices = self._read_prices()
        self._reload_catalog()
