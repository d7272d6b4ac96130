"""Settings: language, theme and the defaults new plans start with."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from gptbots_planner.gui.field_names import choice_labels
from gptbots_planner.gui.settings import AppSettings

log = logging.getLogger(__name__)


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout(self)
        labels = {
            "language": self.tr("&Language:"),
            "theme": self.tr("T&heme:"),
            "default_key_mode": self.tr("Default &key mode:"),
            "image_rule": self.tr("&Image token rule:"),
            "asr_rounding": self.tr("&ASR rounding:"),
            "days_mode": self.tr("&Days per month:"),
        }
        choices = {
            "language": "language",
            "theme": "theme",
            "default_key_mode": "key_mode",
            "image_rule": "image_rule",
            "asr_rounding": "asr_rounding",
            "days_mode": "days_mode",
        }
        for name, label_text in labels.items():
            combo = QComboBox()
            combo.setObjectName(f"setting_{name}")
            for value, label in choice_labels(choices[name]).items():
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(getattr(settings, name)), 0))
            buddy = QLabel(label_text)
            buddy.setBuddy(combo)
            combo.setAccessibleName(label_text.replace("&", "").rstrip(":"))
            form.addRow(buddy, combo)
            self.combos[name] = combo
        self.speaker_notes = QCheckBox(self.tr("Count PPTX &speaker notes as knowledge"))
        self.speaker_notes.setObjectName("setting_speaker_notes")
        self.speaker_notes.setChecked(settings.speaker_notes)
        self.speaker_notes.setToolTip(
            self.tr("Applies to files measured from now on; re-measure a file to apply it there.")
        )
        form.addRow(self.speaker_notes)
        note = QLabel(
            self.tr(
                "A new language and theme apply at once. Key mode, image rule, ASR rounding and "
                "days are the defaults of new plans; each plan keeps its own."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def result_settings(self) -> AppSettings:
        def chosen(name: str) -> str:
            return str(self.combos[name].currentData())

        return replace(
            self.settings,
            language=chosen("language"),
            theme=chosen("theme"),
            default_key_mode=chosen("default_key_mode"),
            image_rule=chosen("image_rule"),
            asr_rounding=chosen("asr_rounding"),
            days_mode=chosen("days_mode"),
            speaker_notes=self.speaker_notes.isChecked(),
        ).validated()
