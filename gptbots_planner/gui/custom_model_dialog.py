"""Add a custom LLM to the user's catalog: brand, name, an id made from the name, 4 prices."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gptbots_planner.core.catalog import CatalogError
from gptbots_planner.gui.results import theme, user_prices
from gptbots_planner.gui.results.names import key_mode_name
from gptbots_planner.gui.results.user_prices import PriceInputError
from gptbots_planner.vocab.billing import KEY_MODE_IDS
from gptbots_planner.vocab.tokenizers import TOKENIZER_IDS

log = logging.getLogger(__name__)


class CustomModelDialog(QDialog):
    """``saved(model_id)`` is emitted after the model was written to the user catalog."""

    saved = Signal(str)

    def __init__(
        self, taken_ids: set[str], user_file: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a custom model"))
        self.setObjectName("customModelDialog")
        self._taken = set(taken_ids)
        self._user_file = user_file
        self.brand_edit = QLineEdit(self.tr("Custom"))
        self.name_edit = QLineEdit()
        self.id_label = QLabel()
        self.id_label.setObjectName("customModelId")
        self.tokenizer_combo = QComboBox()
        for name in TOKENIZER_IDS:
            self.tokenizer_combo.addItem(name, name)
        self.price_edits: dict[tuple[str, str], QLineEdit] = {}
        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Brand:"), self.brand_edit),
            (self.tr("&Name:"), self.name_edit),
        ]
        for mode in KEY_MODE_IDS:
            for direction in ("input", "output"):
                edit = QLineEdit()
                edit.setPlaceholderText(self.tr("credits / 1K tokens (empty: unpriced)"))
                self.price_edits[(mode, direction)] = edit
                text = (
                    self.tr("{key_mode} input:")
                    if direction == "input"
                    else self.tr("{key_mode} output:")
                ).format(key_mode=key_mode_name(mode))
                rows.append((text, edit))
        rows.append((self.tr("&Tokenizer:"), self.tokenizer_combo))
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        form.insertRow(2, QLabel(self.tr("Id:")), self.id_label)
        self.error_label = QLabel()
        self.error_label.setObjectName("customModelError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(theme.warning_style(self.palette()))
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.name_edit.textChanged.connect(self._update_id)
        self._update_id()
        self.setMinimumWidth(440)

    def model_id(self) -> str:
        return user_prices.custom_model_id(self.name_edit.text(), self._taken)

    def _update_id(self) -> None:
        self.id_label.setText(self.model_id())

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def save(self) -> bool:
        """Validate and write; True on success, else the error stays shown in the dialog."""
        try:
            prices: dict[str, dict[str, object]] = {m: {} for m in KEY_MODE_IDS}
            for (mode, direction), edit in self.price_edits.items():
                what = f"{key_mode_name(mode)} {direction}"
                prices[mode][direction] = user_prices.parse_price_text(edit.text(), what)
            entry = user_prices.custom_llm_entry(
                self.model_id(),
                self.brand_edit.text(),
                self.name_edit.text(),
                prices,  # type: ignore[arg-type]
                self.tokenizer_combo.currentData(),
            )
        except PriceInputError as exc:
            self.show_error(str(exc))
            return False
        try:
            data = user_prices.load_for_edit(self._user_file)
            data.setdefault("custom_models", []).append(entry)
            user_prices.save(data, self._user_file)
        except (CatalogError, OSError) as exc:
            self.show_error(self.tr("Not saved: {error}").format(error=str(exc)))
            return False
        log.info("added custom model %s", entry["id"])
        self.saved.emit(entry["id"])
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()
