"""The workspace: the drop target, the file table and the scan's progress.

This is layout and user gestures only; it says what the user asked for
through signals (``pathsChosen``, ``textPasted``, ``removeRequested`` ...)
and ``scan_controller`` does the work.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QMimeData,
    QObject,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gptbots_planner.gui.file_table import (
    ITEM_ROLE,
    Column,
    FileFilterProxy,
    FileTableModel,
    RoleDelegate,
    role_labels,
)
from gptbots_planner.measure.scan import ScanProgress

log = logging.getLogger(__name__)

# Offered when detection (a BOM, then UTF-8, then legacy CJK code pages) guessed wrong.
TEXT_ENCODINGS = ("utf-8", "gb18030", "big5", "shift_jis", "euc-kr", "cp1252", "latin-1", "utf-16")


def local_paths(urls: list) -> list[Path]:
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]


GNOME_FILES = "x-special/gnome-copied-files"  # Nautilus, Nemo, Caja: "copy\nfile:///…"


def _lines(data: bytes | str) -> list[str]:
    text = data.decode("utf-8", "surrogateescape") if isinstance(data, bytes) else data
    return [line.strip() for line in text.splitlines() if line.strip()]


def clipboard_paths(mime: QMimeData | None) -> list[Path]:
    """The files a file manager copied: URLs (``text/uri-list``), GNOME's own list, or
    text that is nothing but absolute paths of existing files (a "copy path")."""
    if mime is None:
        return []
    found = local_paths(mime.urls()) if mime.hasUrls() else []
    if not found and mime.hasFormat(GNOME_FILES):
        lines = _lines(bytes(mime.data(GNOME_FILES).data()))
        if lines and lines[0] in ("copy", "cut"):
            lines = lines[1:]
        found = local_paths([QUrl(line) for line in lines])
    if not found and mime.hasText():
        lines = _lines(mime.text())
        candidates = [
            Path(QUrl(line).toLocalFile()) if line.startswith("file://") else Path(line)
            for line in lines
        ]
        if candidates and all(p.is_absolute() and p.exists() for p in candidates):
            found = candidates
    return found


def human_bytes(count: int) -> str:
    size = float(count)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{count} B"


class FileTableView(QTableView):
    """A table that says "Drop files here" while it is empty (or that the filter hides all)."""

    filter_text = ""  # what the filter box holds (set by the workspace)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            color = self.palette().color(self.palette().ColorRole.PlaceholderText)
            painter.setPen(color)
            painter.drawText(
                self.viewport().rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text(),
            )
            painter.end()

    def empty_text(self) -> str:
        model = self.model()
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else None
        if source is not None and source.rowCount() > 0:
            # the plan has files; the filter hides them all (not "Drop files here")
            return (
                self.tr("No file matches “%1”.\n\nClear the filter to see all %2 files.")
                .replace("%1", self.filter_text)
                .replace("%2", str(source.rowCount()))
            )
        return self.tr(
            "Drop files here\n\nknowledge documents, sample conversations, images, voice notes;"
            " or use Add files…, Add folder… or Paste text"
        )


class PasteTextDialog(QDialog):
    """Paste a text (a system prompt, a sample question or reply) and give it a name and role."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste text"))
        self.name_edit = QLineEdit(self.tr("Pasted text"))
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(self.tr("Role"))
        for role_id, label in role_labels().items():
            self.role_combo.addItem(label, role_id)
        self.role_combo.setCurrentIndex(self.role_combo.findData("conversation_sample"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("Text"))
        self.text_edit.setPlaceholderText(self.tr("Paste or type the text here"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def values(self) -> tuple[str, str, str]:
        name = self.name_edit.text().strip() or self.tr("Pasted text")
        return name, self.text_edit.toPlainText(), str(self.role_combo.currentData())


class Workspace(QWidget):
    pathsChosen = Signal(list)  # list[Path]: dropped or picked files and folders
    textPasted = Signal(str, str, str)  # name, text, role id
    removeRequested = Signal(set)  # item ids
    remeasureRequested = Signal(set)  # item ids
    encodingRequested = Signal(set, str)  # item ids, text encoding to read them with
    roleRequested = Signal(set, str)  # item ids, role id
    cancelRequested = Signal()
    noticed = Signal(str)  # why a request did nothing, how a scan ended (for the status bar)

    def __init__(self, model: FileTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.setAcceptDrops(True)
        self.model = model
        self.context_actions: list[QAction] = []  # added by controllers (Locate…)
        self.proxy = FileFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.add_files_button = QPushButton(self.tr("Add &files…"))
        self.add_folder_button = QPushButton(self.tr("Add fol&der…"))
        self.paste_button = QPushButton(self.tr("&Paste text…"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("fileFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter files (Ctrl+F)"))
        self.filter_edit.setAccessibleName(self.tr("Filter files"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_edit.textChanged.connect(lambda text: setattr(self.table, "filter_text", text))

        self._build_table()

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("scanProgress")
        self.progress_bar.setAccessibleName(self.tr("Measuring progress"))
        self.progress_label = QLabel()
        self.progress_label.setObjectName("scanProgressLabel")
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setObjectName("cancelScan")
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.set_busy(False)

        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.paste_button.clicked.connect(self.paste_text)

        self._lay_out()
        model.modelReset.connect(self.table.viewport().update)
        model.rowsInserted.connect(self.table.viewport().update)
        model.rowsRemoved.connect(self.table.viewport().update)

    def _build_table(self) -> None:
        """The file table: sortable, editable role column, Delete key and context menu."""
        self.table = FileTableView()
        self.table.setObjectName("fileTable")
        self.table.setAccessibleName(self.tr("Files in the plan"))
        # Tab leaves the table (arrows move within it): with cell-by-cell Tab a keyboard
        # user had to press Tab six times per file to reach the results.
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(Column.ROLE, RoleDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # plan order until a click
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # one line a row; the full text is in the tooltip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Narrow enough that the last column (a file's error or note) starts inside a
        # 1000 px table instead of past its right edge.
        widths = {
            Column.NAME: 180,
            Column.KIND: 150,
            Column.MEASURE: 290,
            Column.ROLE: 150,
            Column.STATUS: 110,
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.table.installEventFilter(self)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.paste_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.filter_edit, 1)
        progress = QHBoxLayout()
        progress.addWidget(self.progress_bar, 1)
        progress.addWidget(self.progress_label, 2)
        progress.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(progress)

    # --- drag and drop from the file manager ------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if local_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if local_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = local_paths(event.mimeData().urls())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.pathsChosen.emit(paths)

    # --- buttons ----------------------------------------------------------------
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files"))
        if files:
            self.pathsChosen.emit([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add folder"))
        if folder:
            self.pathsChosen.emit([Path(folder)])

    def paste_files(self) -> None:
        """Ctrl+V: files copied in a file manager are added like a drop."""
        mime = QApplication.clipboard().mimeData()
        found = clipboard_paths(mime)
        if found:
            self.pathsChosen.emit(found)
        elif mime is not None and mime.hasText() and mime.text().strip():
            self.noticed.emit(
                self.tr(
                    "The clipboard holds text, not files: use Paste text… (Ctrl+Shift+V)"
                    " to add it as a text."
                )
            )
        else:
            self.noticed.emit(self.tr("Nothing to paste: copy files in your file manager first."))

    def paste_text(self) -> None:
        dialog = PasteTextDialog(self)
        clipboard = QApplication.clipboard().text()
        if clipboard.strip():
            dialog.text_edit.setPlainText(clipboard)  # what the user most likely came to paste
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name, text, role = dialog.values()
            if text.strip():
                self.textPasted.emit(name, text, role)

    # --- selection --------------------------------------------------------------
    def selected_ids(self) -> set[str]:
        ids: set[str] = set()
        for index in self.table.selectionModel().selectedRows():
            item = index.data(ITEM_ROLE)
            if item is not None:
                ids.add(item.item_id)
        return ids

    def target_ids(self) -> set[str]:
        """The selected rows, else the current row (the focus after a filter, Tab or Down
        can rest on a row that is not selected)."""
        ids = self.selected_ids()
        if not ids:
            current = self.table.currentIndex()
            item = current.siblingAtColumn(0).data(ITEM_ROLE) if current.isValid() else None
            if item is not None:
                ids.add(item.item_id)
        return ids

    def request_role(self, role_id: str) -> None:
        """Edit > Set role: on the rows it applies to, or say why nothing changed."""
        ids = self.target_ids()
        if not ids:
            self.noticed.emit(self.tr("No file chosen: select the files to give a role."))
            return
        items = [self.model.item_at(row) for row in map(self.model.row_of, ids) if row >= 0]
        if items and all(item.role == role_id for item in items):
            self.noticed.emit(
                self.tr("Nothing changed: the chosen files already have the role “%1”.").replace(
                    "%1", role_labels().get(role_id, role_id)
                )
            )
            return
        self.roleRequested.emit(ids, role_id)

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.removeRequested.emit(ids)

    def remeasure_selected(self) -> None:
        """F5: the selection, or every row when nothing is selected."""
        ids = self.selected_ids() or {
            self.model.item_at(row).item_id for row in range(self.model.rowCount())
        }
        if ids:
            self.remeasureRequested.emit(ids)

    def reveal(self, item_id: str) -> None:
        """Scroll the table to an item (the newest dropped file), whatever the sort order."""
        row = self.model.row_of(item_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                # After the view has laid out the new rows, or it scrolls short of them.
                QTimer.singleShot(0, lambda: self.table.scrollTo(self.proxy.index(index.row(), 0)))

    def choose_encoding(self) -> None:
        """Read the selected text files in an encoding the user picks (detection guessed wrong)."""
        ids = self.selected_ids()
        if not ids:
            return
        encoding, ok = QInputDialog.getItem(
            self,
            self.tr("Text encoding"),
            self.tr("Read the selected files as:"),
            list(TEXT_ENCODINGS),
            0,
            True,
        )
        if ok and encoding.strip():
            self.encodingRequested.emit(ids, encoding.strip())

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def _context_menu(self, position: QPoint) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        menu = QMenu(self)
        role_menu = menu.addMenu(self.tr("Set &role"))
        for role_id, label in role_labels().items():
            action = role_menu.addAction(label)
            action.triggered.connect(
                lambda _checked=False, r=role_id: self.roleRequested.emit(self.selected_ids(), r)
            )
        menu.addAction(self.tr("Re-&measure"), self.remeasure_selected)
        menu.addAction(self.tr("Re-measure with &encoding…"), self.choose_encoding)
        menu.addAction(self.tr("&Remove"), self.remove_selected)
        menu.addActions(self.context_actions)
        menu.exec(self.table.viewport().mapToGlobal(position))

    # --- progress ---------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        self.progress_bar.setVisible(busy)
        self.progress_label.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.cancel_button.setEnabled(True)
            self.progress_bar.setRange(0, 0)  # busy until the listing says how many files
            self.progress_label.setText(self.tr("Listing files…"))

    def show_cancelling(self) -> None:
        """Cancel pressed (or the scan's adding undone): the scan stops within a second."""
        self.progress_bar.setRange(0, 0)
        self.progress_label.setText(self.tr("Cancelling…"))
        self.progress_label.setToolTip("")
        self.cancel_button.setEnabled(False)

    def show_cancelled(self, undone: bool) -> None:
        """A scan ended cancelled: say so in the status bar (the progress row is hidden)."""
        if undone:
            text = self.tr("Measuring cancelled: adding its files was undone.")
        else:
            text = self.tr("Measuring cancelled.")
        self.noticed.emit(text)

    def show_progress(self, progress: ScanProgress) -> None:
        if progress.listing:  # the bar stays busy; the label counts what is found
            self.progress_label.setText(
                self.tr("Listing files… %1 found").replace("%1", f"{progress.files_total:,}")
            )
            self.progress_label.setToolTip(progress.current)
            return
        # By bytes (a 1 GB file moves the bar while it is read); by files when all are empty.
        if progress.bytes_total > 0:
            self.progress_bar.setRange(0, 1000)
            self.progress_bar.setValue(progress.bytes_done * 1000 // progress.bytes_total)
        else:
            self.progress_bar.setRange(0, max(progress.files_total, 1))
            self.progress_bar.setValue(progress.files_done)
        text = self.tr("%1 of %2 files, %3 of %4").replace("%1", str(progress.files_done))
        text = text.replace("%2", str(progress.files_total))
        text = text.replace("%3", human_bytes(progress.bytes_done))
        text = text.replace("%4", human_bytes(progress.bytes_total))
        if progress.current:
            text += " — " + Path(progress.current).name
        self.progress_label.setText(text)
        self.progress_label.setToolTip(progress.current)
