"""The main window: where things are, and the actions of its menus.  No behaviour here.

``app_controller.AppController`` connects the actions and owns the plan.
Window geometry and splitter positions go to QSettings (an INI file in the
user's config folder), nothing else.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QTabWidget, QWidget

from gptbots_planner import APP_NAME, paths
from gptbots_planner.gui.catalog_view import CatalogView
from gptbots_planner.gui.file_table import FileTableModel, role_labels
from gptbots_planner.gui.plan_form import PlanPanel
from gptbots_planner.gui.results import ResultsPanel
from gptbots_planner.gui.workspace import Workspace, local_paths

log = logging.getLogger(__name__)


def layout_settings() -> QSettings:
    return QSettings(str(paths.user_config_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    pathsDropped = Signal(list)  # files dropped anywhere outside the workspace

    def __init__(self, model: FileTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.close_guard: Callable[[], bool] = lambda: True
        self.plan_panel = PlanPanel()
        self.workspace = Workspace(model)
        self.results = ResultsPanel()
        self.results.setObjectName(self.results.objectName() or "resultsPanel")
        self.catalog_view = CatalogView()

        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setObjectName("workspaceSplitter")
        self.right.addWidget(self.workspace)
        self.right.addWidget(self.results)
        # the results get the larger share: ten scenarios' rows or twelve months at 1000 px
        self.right.setStretchFactor(0, 1)
        self.right.setStretchFactor(1, 2)
        self.main = QSplitter(Qt.Orientation.Horizontal)
        self.main.setObjectName("planSplitter")
        self.main.addWidget(self.plan_panel)
        self.main.addWidget(self.right)
        self.main.setStretchFactor(0, 0)
        self.main.setStretchFactor(1, 1)
        self.main.setSizes([380, 1000])
        self.right.setSizes([300, 600])
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.addTab(self.main, self.tr("Plan"))
        self.tabs.addTab(self.catalog_view, self.tr("Catalog"))
        self.setCentralWidget(self.tabs)
        self._build_actions()
        self._build_menus()
        self.resize(1400, 900)

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_actions(self) -> None:
        k = QKeySequence.StandardKey
        # texts and state follow the plan's history (undo_controller.ActionBinder)
        self.undo_action = self._action(self.tr("&Undo"))
        self.undo_action.setShortcuts(k.Undo)
        self.redo_action = self._action(self.tr("&Redo"))
        self.redo_action.setShortcuts(k.Redo)  # Ctrl+Shift+Z, and Ctrl+Y where that is usual
        for action in (self.undo_action, self.redo_action):
            action.setEnabled(False)
        self.paste_files_action = self._action(self.tr("Paste f&iles"), k.Paste)
        self.new_action = self._action(self.tr("&New plan"), k.New)
        self.open_action = self._action(self.tr("&Open…"), k.Open)
        self.save_action = self._action(self.tr("&Save"), k.Save)
        self.save_as_action = self._action(self.tr("Save &as…"), "Ctrl+Shift+S")
        self.export_action = self._action(self.tr("&Export…"), "Ctrl+E")
        self.settings_action = self._action(self.tr("Se&ttings…"), k.Preferences)
        self.quit_action = self._action(self.tr("&Quit"), k.Quit)
        self.quit_action.triggered.connect(self.close)
        self.add_files_action = self._action(self.tr("Add &files…"), "Ctrl+Shift+O")
        self.add_folder_action = self._action(self.tr("Add fol&der…"), "Ctrl+Shift+D")
        self.paste_action = self._action(self.tr("&Paste text…"), "Ctrl+Shift+V")
        self.remove_action = self._action(self.tr("&Remove"), k.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.workspace.table.addAction(self.remove_action)
        self.remeasure_action = self._action(self.tr("Re-&measure"), "F5")
        self.encoding_action = self._action(self.tr("Re-measure with &encoding…"))
        self.find_action = self._action(self.tr("&Filter files"), k.Find)
        self.cancel_action = self._action(self.tr("&Cancel measuring"), "Esc")
        self.cancel_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.workspace.addAction(self.cancel_action)
        self.plan_tab_action = self._action(self.tr("&Plan"), "Ctrl+1")
        self.catalog_action = self._action(self.tr("&Catalog"), "Ctrl+2")
        self.about_action = self._action(self.tr("&About"))
        self.help_action = self._action(self.tr("How the planner &computes"), k.HelpContents)
        ws = self.workspace
        self.add_files_action.triggered.connect(ws.choose_files)
        self.add_folder_action.triggered.connect(ws.choose_folder)
        self.paste_action.triggered.connect(ws.paste_text)
        self.paste_files_action.triggered.connect(ws.paste_files)
        ws.noticed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.remove_action.triggered.connect(ws.remove_selected)
        self.remeasure_action.triggered.connect(ws.remeasure_selected)
        self.encoding_action.triggered.connect(ws.choose_encoding)
        self.find_action.triggered.connect(self._find)
        self.cancel_action.triggered.connect(ws.cancelRequested)
        self.plan_tab_action.triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        self.catalog_action.triggered.connect(lambda: self.tabs.setCurrentIndex(1))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.examples_menu = QMenu(self.tr("Open e&xample"), self)
        file_menu.addMenu(self.examples_menu)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        for action in (
            self.add_files_action,
            self.add_folder_action,
            self.paste_files_action,
            self.paste_action,
        ):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        # The table's context menu has this too; here it is reachable from the keyboard (Alt+E).
        self.role_menu = edit_menu.addMenu(self.tr("Set &role"))
        for role_id, label in role_labels().items():
            action = self.role_menu.addAction(label)
            # the selected rows, else the current one (a filter or Tab leaves it unselected)
            action.triggered.connect(
                lambda _checked=False, r=role_id: self.workspace.request_role(r)
            )
        for action in (
            self.remove_action,
            self.remeasure_action,
            self.encoding_action,
            self.cancel_action,
            self.find_action,
        ):
            edit_menu.addAction(action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.plan_tab_action)
        view_menu.addAction(self.catalog_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.about_action)

    def _find(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.workspace.focus_filter()

    def set_title(self, name: str, modified: bool) -> None:
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(modified)

    # --- layout memory -------------------------------------------------------------
    def splitters(self) -> list[QSplitter]:
        """Every splitter whose position the user may set, each with its own object name."""
        return [self.main, self.right, *self.results.splitters()]

    def restore_layout(self) -> None:
        store = layout_settings()
        geometry = store.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = store.value("state")
        if state is not None:
            self.restoreState(state)
        for splitter in self.splitters():
            sizes = store.value(splitter.objectName())
            if sizes is not None:
                splitter.restoreState(sizes)
        columns = store.value("fileTableHeader")
        if columns is not None:
            self.workspace.table.horizontalHeader().restoreState(columns)

    def save_layout(self) -> None:
        store = layout_settings()
        store.setValue("geometry", self.saveGeometry())
        store.setValue("state", self.saveState())
        for splitter in self.splitters():
            store.setValue(splitter.objectName(), splitter.saveState())
        store.setValue("fileTableHeader", self.workspace.table.horizontalHeader().saveState())
        store.sync()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if local_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = local_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.pathsDropped.emit(paths)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.close_guard():
            self.save_layout()
            event.accept()
        else:
            event.ignore()
