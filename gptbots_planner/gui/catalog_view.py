"""The catalog browser: every price, searchable; the user's own prices edited here.

Changes go to the user catalog only (``read_user_catalog`` / ``write_user_catalog``,
validated, atomic); the bundled catalog is never written.  After each change
the view reloads the catalog and emits ``catalogChanged`` so the shell can
re-estimate.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gptbots_planner import paths
from gptbots_planner.core.catalog import Catalog, CatalogError, load_catalog
from gptbots_planner.gui.catalog_model import (
    CATEGORIES,
    CatalogFilterProxy,
    CatalogModel,
    CatalogRow,
)
from gptbots_planner.gui.custom_model_dialog import CustomModelDialog
from gptbots_planner.gui.results import theme, user_prices
from gptbots_planner.gui.results.names import category_name
from gptbots_planner.gui.results.price_dialog import (
    PriceDialog,
    PriceField,
    fields_for_llm,
    fields_for_open,
    fields_for_provider,
    fields_for_service,
    fields_for_storage,
)
from gptbots_planner.gui.texts import render_message

log = logging.getLogger(__name__)


class CatalogView(QWidget):
    catalogChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogView")
        self._catalog: Catalog | None = None
        self._pending = False  # a catalog set while the tab was hidden, not yet in the table
        self._filled = False  # the table was filled once: later catalogs fill it at once
        self.dialog: PriceDialog | CustomModelDialog | None = None

        self.info_label = QLabel()
        self.info_label.setObjectName("catalogInfo")
        self.info_label.setWordWrap(True)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user_error_label = QLabel()
        self.user_error_label.setObjectName("catalogUserError")
        self.user_error_label.setWordWrap(True)
        self.user_error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user_error_label.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("catalogStatus")
        self.status_label.setWordWrap(True)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("catalogSearch")
        self.search_edit.setPlaceholderText(self.tr("Brand, model or id"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search the catalog"))
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("catalogCategory")
        self.category_combo.setAccessibleName(self.tr("Category"))
        self.category_combo.addItem(self.tr("All categories"), "")
        for category in CATEGORIES:
            self.category_combo.addItem(category_name(category), category)
        self.count_label = QLabel()
        self.count_label.setObjectName("catalogCount")

        self._build_table()
        self._build_buttons()
        self._lay_out()
        self.search_edit.textChanged.connect(self._filter_changed)
        self.category_combo.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._restyle()
        self._update_buttons()

    def _build_table(self) -> None:
        self.model = CatalogModel(self)
        self.proxy = CatalogFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("catalogTable")
        self.table.setAccessibleName(self.tr("Prices"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move within it)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CatalogModel.CATEGORY, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.edit_selected)

    def _build_buttons(self) -> None:
        self.edit_button = QPushButton(self.tr("Edi&t prices…"))
        self.add_button = QPushButton(self.tr("A&dd custom model…"))
        self.remove_button = QPushButton(self.tr("&Remove custom model"))
        self.reset_row_button = QPushButton(self.tr("Reset r&ow"))
        self.reset_all_button = QPushButton(self.tr("Reset ever&ything…"))
        for name, button in (
            ("catalogEdit", self.edit_button),
            ("catalogAdd", self.add_button),
            ("catalogRemove", self.remove_button),
            ("catalogResetRow", self.reset_row_button),
            ("catalogResetAll", self.reset_all_button),
        ):
            button.setObjectName(name)
        self.edit_button.clicked.connect(self.edit_selected)
        self.add_button.clicked.connect(self.add_custom_model)
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.reset_row_button.clicked.connect(lambda: self.reset_selected())
        self.reset_all_button.clicked.connect(lambda: self.reset_everything())

    def _lay_out(self) -> None:
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_edit)
        category_label = QLabel(self.tr("C&ategory:"))
        category_label.setBuddy(self.category_combo)
        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(category_label)
        filters.addWidget(self.category_combo)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (
            self.edit_button,
            self.add_button,
            self.remove_button,
            self.reset_row_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_all_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info_label)
        layout.addWidget(self.user_error_label)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        self.setTabOrder(self.search_edit, self.category_combo)
        self.setTabOrder(self.category_combo, self.table)
        self.setTabOrder(self.table, self.edit_button)

    # --- data -------------------------------------------------------------------------
    def set_catalog(self, catalog: Catalog) -> None:
        """Show ``catalog``: its source and problems at once, the table of every price when
        the tab is first shown or read (sorting and fitting it cost ~0.3-1 s of the
        start-up), and at once after that."""
        self._catalog = catalog
        self.info_label.setText(
            self.tr("Catalog {version} ({date}) — source: {source}\nYour prices: {path}").format(
                version=catalog.version,
                date=catalog.date,
                source=catalog.source,
                path=str(self.user_file()),
            )
        )
        if catalog.user_error:
            self.user_error_label.setText(
                self.tr(
                    "Your catalog file could not be used, so only the bundled prices are in "
                    "effect: {error}\nFix the file, or use “Reset everything…” (the broken file "
                    "is kept as a .bak copy)."
                ).format(error=catalog.user_error)
            )
        elif catalog.user_warnings:  # entries kept in the file but not used (orphans)
            self.user_error_label.setText(
                "\n".join(render_message(m) for m in catalog.user_warnings)
            )
        self.user_error_label.setVisible(bool(catalog.user_error or catalog.user_warnings))
        self._pending = True
        if self._filled or self.isVisible():
            self.ensure_filled()  # once the tab has been looked at, it follows every change

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.ensure_filled()
        super().showEvent(event)

    def ensure_filled(self) -> None:
        """The table holds the catalog last set (called before anything reads the table)."""
        if not self._pending or self._catalog is None:
            return
        self._pending = False
        self._filled = True
        current = self._current_row()
        self.model.set_catalog(self._catalog)
        self.table.resizeColumnsToContents()
        if current is not None:
            self.select_row_id(current.row_id)
        self._filter_changed()

    def catalog(self) -> Catalog | None:
        return self._catalog

    def user_file(self) -> Path:
        if self._catalog is not None and self._catalog.user_file is not None:
            return self._catalog.user_file
        return paths.user_catalog_path()

    def selected_row(self) -> CatalogRow | None:
        self.ensure_filled()
        return self._current_row()

    def _current_row(self) -> CatalogRow | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.model.row(self.proxy.mapToSource(index).row())

    def select_row_id(self, row_id: str) -> bool:
        self.ensure_filled()
        for i, row in enumerate(self.model.rows()):
            if row.row_id == row_id:
                index = self.proxy.mapFromSource(self.model.index(i, 0))
                if index.isValid():
                    self.table.selectionModel().setCurrentIndex(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    return True
        return False

    def _filter_changed(self, *_args: object) -> None:
        self.proxy.set_text(self.search_edit.text())
        self.proxy.set_category(self.category_combo.currentData() or "")
        self.count_label.setText(
            self.tr("{shown} of {total} prices").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None and row.custom)
        self.reset_row_button.setEnabled(row is not None and row.user and not row.custom)

    # --- changes ----------------------------------------------------------------------
    def _changed(self, message: str) -> None:
        self.set_catalog(load_catalog(self.user_file()))
        self.show_status(message, error=False)
        self.catalogChanged.emit()

    def show_status(self, text: str, *, error: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(theme.warning_style(self.palette()) if error else "")

    def price_fields(self, row: CatalogRow) -> list[PriceField]:
        catalog = self._catalog
        assert catalog is not None
        if row.category == "llm":
            model = catalog.llm[row.row_id]
            return fields_for_llm(model) + fields_for_provider(model.id, model.provider_price)
        if row.category == "storage":
            return fields_for_storage(catalog)
        if row.category == "open":
            return fields_for_open(catalog, row.row_id)
        svc = catalog.services[row.category][row.row_id]
        return fields_for_service(svc) + fields_for_provider(svc.id, svc.provider_price)

    def edit_selected(self, *_args: object) -> PriceDialog | None:
        row = self.selected_row()
        if row is None or self._catalog is None:
            return None
        intro = (
            self.tr("Prices of {name}. Empty means unpriced.")
            if row.custom or row.category == "open"
            else self.tr("Prices of {name}. Leave a field empty to use the bundled price again.")
        ).format(name=f"{row.brand} {row.name}")
        if row.provider is not None:
            intro += "\n" + self.tr(
                "The provider price is what the model vendor bills you on your own key, in "
                "the vendor's unit (USD). Enter the vendor's real price and where it is from; "
                "empty fields go back to the price derived from the pricing page."
            )
        dialog = PriceDialog(
            self.tr("Edit prices: {name}").format(name=row.name),
            intro,
            self.price_fields(row),
            self.user_file(),
            self,
        )
        dialog.saved.connect(lambda: self._changed(self.tr("Saved your prices.")))
        self._open(dialog)
        return dialog

    def add_custom_model(self) -> CustomModelDialog:
        self.ensure_filled()
        taken = {row.row_id for row in self.model.rows()}
        dialog = CustomModelDialog(taken, self.user_file(), self)
        dialog.saved.connect(self._custom_added)
        self._open(dialog)
        return dialog

    def _custom_added(self, model_id: str) -> None:
        self._changed(self.tr("Added {id}.").format(id=model_id))
        self.search_edit.clear()
        self.category_combo.setCurrentIndex(0)
        self.select_row_id(model_id)

    def _open(self, dialog: PriceDialog | CustomModelDialog) -> None:
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def ask(self, title: str, text: str) -> bool:
        """Confirmation (a seam tests replace)."""
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _edit_user_data(self, change: object, message: str) -> bool:
        try:
            data = user_prices.load_for_edit(self.user_file())
            change(data)  # type: ignore[operator]
            user_prices.save(data, self.user_file())
        except (CatalogError, OSError) as exc:
            self.show_status(self.tr("Nothing changed: {error}").format(error=str(exc)), error=True)
            return False
        self._changed(message)
        return True

    def remove_selected(self) -> bool:
        row = self.selected_row()
        if row is None or not row.custom:
            return False
        if not self.ask(
            self.tr("Remove custom model"),
            self.tr("Remove {name} from your catalog? Plans that use it will not estimate.").format(
                name=row.name
            ),
        ):
            return False
        return self._edit_user_data(
            lambda data: user_prices.remove_custom(data, row.row_id),
            self.tr("Removed {name}.").format(name=row.name),
        )

    def reset_selected(self) -> bool:
        row = self.selected_row()
        if row is None or not row.user or row.custom:
            return False
        if not self.ask(
            self.tr("Reset row"),
            self.tr("Use the bundled prices of {name} again?").format(name=row.name),
        ):
            return False
        return self._edit_user_data(
            lambda data: user_prices.reset_row(data, row.row_id),
            self.tr("{name} uses the bundled prices again.").format(name=row.name),
        )

    def reset_everything(self) -> bool:
        if not self.ask(
            self.tr("Reset everything"),
            self.tr(
                "Forget all your prices and custom models and use the bundled catalog? "
                "The current file is kept as a .bak copy."
            ),
        ):
            return False
        try:
            backup = user_prices.reset_all(self.user_file())
        except (CatalogError, OSError) as exc:
            self.show_status(self.tr("Nothing changed: {error}").format(error=str(exc)), error=True)
            return False
        message = self.tr("Back to the bundled catalog.")
        if backup is not None:
            message += " " + self.tr("Your old file: {path}").format(path=str(backup))
        self._changed(message)
        return True

    # --- palette ----------------------------------------------------------------------
    def _restyle(self) -> None:
        self.user_error_label.setStyleSheet(theme.warning_style(self.palette()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._restyle()
        super().changeEvent(event)
