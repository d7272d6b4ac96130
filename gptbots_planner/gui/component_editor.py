"""The form of one workflow component: name, kind, model, how often it runs, what it
receives and what it writes.

Layout only, like the plan form: every input says what changed through
``fieldEdited(field, value)`` (text as typed, or a bool for a "receives" box); the
Workflow panel adds the component's id and the controller applies it through
``PlanDocument.set_component_field``.  The share of turns is typed in percent and sent as
the fraction the plan stores.  A prompt pasted from the clipboard or dropped as text or a
text file becomes the component's ``instruction_text``, which the engine measures with the
tokenizer of the component's model.
"""

from __future__ import annotations

import logging
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gptbots_planner.core.catalog import Catalog
from gptbots_planner.core.components import Component
from gptbots_planner.core.money import plain
from gptbots_planner.gui.field_names import SHORT_ERRORS, percent_text, share_from_percent
from gptbots_planner.gui.model_selector import ModelPicker
from gptbots_planner.gui.palettes import error_text_palette, invalid_palette
from gptbots_planner.gui.texts import error_text, innermost_message, tr
from gptbots_planner.vocab import components as vocab

log = logging.getLogger(__name__)

# a prompt file bigger than this is no prompt (and reading it would stall the window)
PROMPT_FILE_LIMIT = 1 << 20
_TEXT_FIELDS = ("name", "turn_share", "calls_per_turn", "instruction_tokens")
_OPTIONAL = ("output_tokens", "reasoning_tokens")


def label(name: str) -> str:
    return tr(vocab.component_field(name).label)


def unit(name: str) -> str:
    spec = vocab.component_field(name)
    return "%" if name == "turn_share" else (tr(spec.unit) if spec.unit else "")


def short_error(name: str, error: BaseException) -> str:
    """The refusal under a component input: short, by code, in the input's own unit."""
    msg = innermost_message(error)
    if msg is None or msg.code not in SHORT_ERRORS:
        return error_text(error)
    bound = str(msg.params.get({"below_minimum": "minimum"}.get(msg.code, "maximum"), ""))
    if name == "turn_share" and bound:
        bound = percent_text(Decimal(bound))
    text = tr(SHORT_ERRORS[msg.code]).replace("%1", bound).replace("%2", unit(name))
    return text.replace(" .", ".")


def read_prompt_file(path: Path) -> str | None:
    """A dropped prompt file's text (UTF-8, else GB 18030); None: too big or unreadable."""
    try:
        if path.stat().st_size > PROMPT_FILE_LIMIT:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    for codec in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return None


class ComponentEditor(QWidget):
    """objectName ``componentEditor``; shows one component (``show_component``)."""

    fieldEdited = Signal(str, object)  # component field name, text as typed or a bool

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("componentEditor")
        self.setAcceptDrops(True)
        self._loading = False
        self.edits: dict[str, QLineEdit] = {}
        self.checks: dict[str, QCheckBox] = {}
        self.error_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._edit_row(form, "name")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("component_kind")
        self.kind_combo.setAccessibleName(label("kind"))
        for kind in vocab.KINDS.values():
            self.kind_combo.addItem(tr(kind.label), kind.id)
        self.kind_combo.activated.connect(
            lambda _i: self._emit("kind", str(self.kind_combo.currentData()))
        )
        form.addRow(self._label("kind", self.kind_combo), self.kind_combo)
        self.model_picker = ModelPicker()
        self.model_picker.setMinimumHeight(150)
        self.model_picker.modelChosen.connect(lambda m: self._emit("model", m))
        form.addRow(self._label("model", self.model_picker.filter_edit), self.model_picker)
        for name in ("turn_share", "calls_per_turn", "instruction_tokens"):
            self._edit_row(form, name)
        form.addRow("", self._prompt_row())
        for name in vocab.SENDS_FIELDS:
            box = QCheckBox(label(name))
            box.setObjectName(f"component_{name}")
            help_text = vocab.component_field(name).help
            box.setToolTip(tr(help_text) if help_text else "")
            box.toggled.connect(lambda on, n=name: self._emit(n, on))
            self.checks[name] = box
            form.addRow("", box)
        for name in _OPTIONAL:
            self._edit_row(form, name)
        self.credits_label = QLabel()
        self.credits_label.setObjectName("componentCredits")
        self.credits_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.credits_label)
        layout.addStretch(1)

    # --- construction ----------------------------------------------------------------
    def _label(self, name: str, buddy: QWidget | None = None) -> QLabel:
        text = QLabel(label(name) + ":")
        text.setBuddy(buddy or self.edits[name])
        return text

    def _edit_row(self, form: QFormLayout, name: str) -> None:
        box = self._edit_box(name)
        form.addRow(self._label(name), box)

    def _edit_box(self, name: str) -> QWidget:
        edit = QLineEdit()
        edit.setObjectName(f"component_{name}")
        edit.setAccessibleName(label(name))
        help_text = vocab.component_field(name).help
        edit.setToolTip(tr(help_text) if help_text else "")
        edit.textEdited.connect(lambda text, n=name: self._typed(n, text))
        self.edits[name] = edit
        error = QLabel()
        error.setObjectName(f"component_{name}_error")
        error.setWordWrap(True)
        error.setVisible(False)
        self.error_labels[name] = error
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        if unit(name):
            shown = QLabel(unit(name))
            # one width for every unit, so the inputs end in one column
            metrics = shown.fontMetrics()
            widest = max(metrics.horizontalAdvance(unit(n)) for n in vocab.NUMBER_FIELDS)
            shown.setMinimumWidth(widest + 4)
            row.addWidget(shown)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(error)
        return box

    def _prompt_row(self) -> QWidget:
        """Measure the instruction from a prompt: paste it, drop it, or pick a pasted item."""
        self.paste_button = QPushButton(self.tr("Paste prompt"))
        self.paste_button.setObjectName("componentPastePrompt")
        self.paste_button.setToolTip(
            self.tr(
                "Measure the instruction from the text on the clipboard (or drop a text "
                "file or text on this form)"
            )
        )
        self.paste_button.clicked.connect(self.paste_prompt)
        self.clear_prompt_button = QPushButton(self.tr("Type instead"))
        self.clear_prompt_button.setObjectName("componentClearPrompt")
        self.clear_prompt_button.clicked.connect(lambda: self._emit("instruction_text", None))
        self.item_combo = QComboBox()
        self.item_combo.setObjectName("componentPromptItem")
        self.item_combo.setAccessibleName(self.tr("Measure the instruction from an item"))
        self.item_combo.activated.connect(self._item_chosen)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.paste_button)
        layout.addWidget(self.clear_prompt_button)
        column = QWidget()
        lines = QVBoxLayout(column)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.addWidget(row)
        lines.addWidget(self.item_combo)
        return column

    # --- from the plan ---------------------------------------------------------------
    def set_catalog(self, catalog: Catalog) -> None:
        self.model_picker.set_catalog(catalog)

    def set_prompt_items(self, items: list[tuple[str, str]]) -> None:
        """The pasted texts a component's instruction can be measured from (id, name)."""
        self.item_combo.clear()
        self.item_combo.addItem(self.tr("Measure from a pasted item…"), None)
        for item_id, name in items:
            self.item_combo.addItem(name, item_id)
        self.item_combo.setEnabled(bool(items))

    def show_component(self, c: Component) -> None:
        self._loading = True
        try:
            self._set_text("name", c.name)
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(c.kind), 0))
            self.model_picker.set_model(c.model)
            self._set_text("turn_share", percent_text(c.turn_share))
            self._set_text("calls_per_turn", plain(c.calls_per_turn))
            self._show_instruction(c)
            for name, box in self.checks.items():
                box.setChecked(bool(getattr(c, name)))
            self._set_text(
                "output_tokens", "" if c.output_tokens is None else plain(c.output_tokens)
            )
            self.edits["output_tokens"].setPlaceholderText(self.tr("measured from reply samples"))
            reasoning = c.reasoning_tokens
            self._set_text("reasoning_tokens", "" if reasoning is None else plain(reasoning))
            self.edits["reasoning_tokens"].setPlaceholderText(self.tr("the plan's value"))
        finally:
            self._loading = False

    def _show_instruction(self, c: Component) -> None:
        edit = self.edits["instruction_tokens"]
        measured = c.instruction_text is not None
        edit.setEnabled(not measured)
        self.clear_prompt_button.setVisible(measured)
        if measured:
            edit.setText("")
            chars = len(c.instruction_text or "")
            edit.setPlaceholderText(
                self.tr("measured from a prompt of %1 characters").replace("%1", str(chars))
            )
        else:
            self._set_text("instruction_tokens", plain(c.instruction_tokens))
            edit.setPlaceholderText("")

    def _set_text(self, name: str, text: str) -> None:
        edit = self.edits[name]
        if edit.text() != text and not (edit.hasFocus() and self._same_value(name, edit.text())):
            edit.setText(text)
        self.set_field_error(name, None)

    def _same_value(self, name: str, typed: str) -> bool:
        """The input holds the value in another spelling ("50.0" for 50): leave it as typed."""
        try:
            Decimal(typed)
        except InvalidOperation:
            return False
        return name != "name"

    def show_credits(self, text: str) -> None:
        self.credits_label.setText(text)

    # --- to the plan -----------------------------------------------------------------
    def _typed(self, name: str, text: str) -> None:
        if name == "turn_share":
            self._emit(name, share_from_percent(text))
        elif name in _OPTIONAL:
            self._emit(name, text.strip() or vocab.OPTIONAL_NUMBER_FIELDS[name])
        else:
            self._emit(name, text)

    def _emit(self, name: str, value: object) -> None:
        if not self._loading:
            self.fieldEdited.emit(name, value)

    def _item_chosen(self, index: int) -> None:
        item_id = self.item_combo.itemData(index)
        self.item_combo.setCurrentIndex(0)
        if item_id is not None:
            self._emit("instruction_item", item_id)

    def paste_prompt(self) -> None:
        text = QGuiApplication.clipboard().text()
        if text.strip():
            self._emit("instruction_text", text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        mime = event.mimeData()
        if mime.hasText() or any(u.isLocalFile() for u in mime.urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        mime = event.mimeData()
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        text = read_prompt_file(files[0]) if files else mime.text()
        if text and text.strip():
            event.acceptProposedAction()
            self._emit("instruction_text", text)

    def error_text(self, name: str) -> str:
        """The refusal shown under ``name``'s input (empty while it is valid)."""
        shown = self.error_labels.get(name)
        return shown.text() if shown is not None else ""

    def set_field_error(self, name: str, error: BaseException | None) -> None:
        edit = self.edits.get(name)
        if edit is None:
            return
        label_ = self.error_labels[name]
        if error is None:
            edit.setPalette(QPalette())
            label_.setVisible(False)
            label_.clear()
            return
        edit.setPalette(invalid_palette(edit))
        label_.setText(short_error(name, error))
        label_.setPalette(error_text_palette(label_))
        label_.setVisible(True)
