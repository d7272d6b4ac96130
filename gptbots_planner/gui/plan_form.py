"""The plan panel: models and key mode, usage assumptions, measured values, services, settings.

Layout only.  Every input says what changed through ``fieldEdited(name,
text)`` (the text exactly as typed: ``plan.set_field`` parses it as a
Decimal, so no precision is lost to a float spin box) or
``scenariosEdited(model ids, key choice)``; the controller applies it and
calls ``set_field_error`` when the core refuses a value.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gptbots_planner.core.catalog import SERVICE_CATEGORIES, Catalog
from gptbots_planner.core.measures import Measures
from gptbots_planner.core.money import fmt_credits, plain
from gptbots_planner.core.plan import Plan
from gptbots_planner.gui.daily_dialog import DailyConversationsDialog
from gptbots_planner.gui.field_names import (
    choice_labels,
    field_error,
    field_help,
    field_label,
    field_unit,
    is_percent,
    share_from_percent,
    shown_value,
)
from gptbots_planner.gui.model_selector import ModelSelector
from gptbots_planner.gui.palettes import error_text_palette, invalid_palette
from gptbots_planner.gui.settings import BOTH_KEY_MODES
from gptbots_planner.gui.workflow_panel import WorkflowPanel
from gptbots_planner.vocab import billing, fields

log = logging.getLogger(__name__)

#: the settings chosen from a list (the first month is typed)
SETTING_NAMES = tuple(name for name, spec in fields.SETTINGS.items() if spec.choices)


def key_choice(plan: Plan) -> str:
    modes = {s.key_mode for s in plan.scenarios}
    if len(modes) > 1:
        return BOTH_KEY_MODES
    return next(iter(modes), billing.KEY_MODE_IDS[0])


def _scrolling(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(inner)
    return area


def _align(units: list[QLabel]) -> None:
    """One width for the unit labels of a tab, so its inputs line up in a column."""
    width = max((label.sizeHint().width() for label in units), default=0)
    for label in units:
        label.setFixedWidth(width)


class PlanPanel(QTabWidget):
    fieldEdited = Signal(str, str)  # field name (plan.set_field's), text as typed
    fieldCommitted = Signal(str)  # the user left the input (Enter, Tab, a click elsewhere)
    scenariosEdited = Signal(list, str)  # model ids, "gptbots_key" | "own_key" | "both"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPanel")
        self._loading = False
        self.edits: dict[str, QLineEdit] = {}
        self.combos: dict[str, QComboBox] = {}
        self._tips: dict[str, str] = {}  # each input's own tooltip, shown again once valid
        # Under each input: why the typed value was refused (hidden while it is valid).
        self.error_labels: dict[str, QLabel] = {}
        self._unit_labels: dict[str, list[QLabel]] = {}  # per tab: aligned within it

        self._add_models_tab()
        # the LLM components a turn runs (its own controller: workflow_controller)
        self.workflow = WorkflowPanel()
        self.addTab(self.workflow, self.tr("&Workflow"))
        self._add_usage_tab()
        self._add_measures_tab()
        self._add_services_tab()
        for units in self._unit_labels.values():
            _align(units)

    def _add_models_tab(self) -> None:
        """The plan's name, its key mode and the models it compares."""
        models_page = QWidget()
        self.name_edit = self._line_edit("name")
        self.key_mode = QComboBox()
        self.key_mode.setObjectName("keyMode")
        self.key_mode.setAccessibleName(self.tr("Key mode"))
        self.key_mode.setToolTip(
            self.tr("Compare prices with the GPTBots platform key, your own key, or both")
        )
        for value, label in choice_labels("key_mode").items():
            self.key_mode.addItem(label, value)
        self.key_mode.currentIndexChanged.connect(self._scenarios_edited)
        self.model_selector = ModelSelector()
        self.model_selector.checkedChanged.connect(self._scenarios_edited)
        form = QFormLayout()
        self._add_field(form, "name", self._field_box(self.name_edit, "name"))
        key_label = QLabel(self.tr("&Key mode:"))
        key_label.setBuddy(self.key_mode)
        form.addRow(key_label, self.key_mode)
        layout = QVBoxLayout(models_page)
        layout.addLayout(form)
        models_label = QLabel(self.tr("&Models to compare:"))
        models_label.setBuddy(self.model_selector.filter_edit)
        layout.addWidget(models_label)
        layout.addWidget(self.model_selector, 1)
        self.addTab(models_page, self.tr("Mo&dels"))

    def _add_usage_tab(self) -> None:
        """The usage assumptions (conversations, lengths, ...)."""
        usage = QWidget()
        usage_form = QFormLayout(usage)
        for name in fields.ASSUMPTIONS:
            edit = self._line_edit(name)
            self._add_field(usage_form, name, self._with_unit(edit, name))
            if name == "conversations_per_month":
                self.daily_button = QPushButton(self.tr("From a &daily figure…"))
                self.daily_button.setObjectName("dailyConversations")
                self.daily_button.setToolTip(
                    self.tr("Enter conversations per day and active days per month instead")
                )
                self.daily_button.clicked.connect(self.ask_daily_conversations)
                usage_form.addRow("", self.daily_button)
        self.addTab(_scrolling(usage), self.tr("&Usage"))

    def _add_measures_tab(self) -> None:
        """Measured values, each of which the user may override."""
        measures = QWidget()
        measures_layout = QVBoxLayout(measures)
        note = QLabel(
            self.tr(
                "Measured from the files in the workspace. Type a number to override one; "
                "clear it to go back to the measured value."
            )
        )
        note.setWordWrap(True)
        measures_layout.addWidget(note)
        measures_form = QFormLayout()
        for name in fields.MEASURES:
            edit = self._line_edit(name)
            self._add_field(measures_form, name, self._with_unit(edit, name))
        measures_layout.addLayout(measures_form)
        self.knowledge_label = QLabel()
        self.knowledge_label.setObjectName("knowledgeBaseSize")
        self.knowledge_label.setWordWrap(True)
        measures_layout.addWidget(self.knowledge_label)
        measures_layout.addStretch(1)
        self.addTab(_scrolling(measures), self.tr("Me&asured"))

    def _add_services_tab(self) -> None:
        """Services (one model per category) and the plan's settings."""
        services = QWidget()
        services_form = QFormLayout(services)
        # each list under its label: the choices are sentences ("GPTBots rule: 85 + 170 per
        # 512 px tile"), which a field column beside the labels cuts off at 1366 px
        services_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for category in SERVICE_CATEGORIES:
            combo = self._combo(f"services.{category}")
            services_form.addRow(self._label(f"services.{category}", combo), combo)
        for setting in SETTING_NAMES:
            combo = self._combo(setting)
            for value, label in choice_labels(setting).items():
                combo.addItem(label, value)
            services_form.addRow(self._label(setting, combo), combo)
        self.start_month = self._line_edit("start_month")
        self.start_month.setInputMask("9999-99")
        self.start_month.setToolTip(self.tr("The first month of the projection, as YYYY-MM"))
        self._add_field(
            services_form, "start_month", self._field_box(self.start_month, "start_month")
        )
        self.addTab(_scrolling(services), self.tr("&Services"))

    # --- building blocks ------------------------------------------------------------
    def _label(self, name: str, buddy: QWidget) -> QLabel:
        label = QLabel(self.tr("%1:").replace("%1", field_label(name)))
        label.setBuddy(buddy)
        label.setWordWrap(True)
        return label

    def _with_unit(self, edit: QLineEdit, name: str) -> QWidget:
        unit = QLabel(field_unit(name))
        tab = "measures" if name in fields.MEASURES else "usage"
        self._unit_labels.setdefault(tab, []).append(unit)
        return self._field_box(edit, name, unit)

    def _field_box(self, edit: QLineEdit, name: str, unit: QLabel | None = None) -> QWidget:
        """The input (and its unit); the line for a refused value's reason is made here and
        placed below the row by ``_add_field``."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        if unit is not None:
            row.addWidget(unit)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        # One line across the whole form, reserved while hidden: a reason that appears or
        # goes never moves the inputs below it (a click would land on another control).
        # The reasons are short (field_names.SHORT_ERRORS); the tooltip holds them too.
        # (Kept shown and empty while valid: QFormLayout drops a hidden row's room.)
        error.setWordWrap(False)
        error.setFixedHeight(error.fontMetrics().height())
        self.error_labels[name] = error
        return box

    def _add_field(self, form: QFormLayout, name: str, box: QWidget) -> None:
        edit = self.edits[name]
        form.addRow(self._label(name, edit), box)
        form.addRow(self.error_labels[name])

    def _line_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"field_{name}")
        unit = field_unit(name)
        edit.setAccessibleName(field_label(name) + (f" ({unit})" if unit else ""))
        help_text = field_help(name)
        if help_text:
            edit.setToolTip(help_text)
            edit.setAccessibleDescription(help_text)
        edit.textEdited.connect(lambda text, n=name: self._edited(n, text))
        edit.editingFinished.connect(lambda n=name: self.fieldCommitted.emit(n))
        self.edits[name] = edit
        return edit

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        # Long model names must not widen the panel: the popup still shows them in full.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.setObjectName(f"field_{name}")
        combo.setAccessibleName(field_label(name))
        combo.activated.connect(
            lambda _index, n=name, c=combo: self._edited(n, str(c.currentData()))
        )
        self.combos[name] = combo
        return combo

    # --- from the plan -----------------------------------------------------------------
    def load(self, plan: Plan, catalog: Catalog) -> None:
        """Show ``plan`` (called when a plan is opened, and after the catalog changed)."""
        self._loading = True
        try:
            self.name_edit.setText(plan.name)
            if not self.name_edit.hasFocus():  # a long name reads from its start, not its end
                self.name_edit.setCursorPosition(0)
            self.name_edit.setToolTip(plan.name)
            self.key_mode.setCurrentIndex(self.key_mode.findData(key_choice(plan)))
            self.model_selector.set_catalog(catalog, [s.model_id for s in plan.scenarios])
            for name in fields.ASSUMPTIONS:
                self._set_text(name, shown_value(name, plan.assumptions[name]))
            for name in fields.MEASURES:
                value = plan.overrides.get(name)
                self._set_text(name, "" if value is None else plain(value))
            for category in SERVICE_CATEGORIES:
                combo = self.combos[f"services.{category}"]
                combo.clear()
                for row in catalog.services.get(category, {}).values():
                    combo.addItem(row.display, row.id)
                current = getattr(plan.services, category)
                if combo.findData(current) < 0:
                    combo.addItem(current, current)  # unknown to this catalog: keep, show
                combo.setCurrentIndex(combo.findData(current))
            for setting in SETTING_NAMES:
                combo = self.combos[setting]
                combo.setCurrentIndex(max(combo.findData(getattr(plan.settings, setting)), 0))
            self._set_text("start_month", plan.settings.start_month)
        finally:
            self._loading = False

    def _set_text(self, name: str, text: str) -> None:
        edit = self.edits[name]
        if edit.text() != text:
            edit.setText(text)
        self.set_field_error(name, None)

    def show_measures(self, measures: Measures | None, documents: int) -> None:
        """Measured values as placeholders of the override inputs."""
        for name in fields.MEASURES:
            edit = self.edits[name]
            value = getattr(measures, name, None) if measures is not None else None
            if isinstance(value, Decimal):
                shown = fmt_credits(value, 1 if value != value.to_integral_value() else 0)
                edit.setPlaceholderText(self.tr("measured: %1").replace("%1", shown))
            else:
                edit.setPlaceholderText(self.tr("measured"))
            # the whole placeholder readable (frame and text margins: about 12 px)
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 16)
        tokens = getattr(measures, "knowledge_tokens", None) if measures is not None else None
        if isinstance(tokens, Decimal):
            text = self.tr("Knowledge base: %1 tokens in %2 documents (before growth).")
            self.knowledge_label.setText(
                text.replace("%1", fmt_credits(tokens, 0)).replace("%2", str(documents))
            )
        else:
            self.knowledge_label.setText("")

    # --- to the plan ---------------------------------------------------------------------
    def ask_daily_conversations(self) -> DailyConversationsDialog:
        """Open the per-day dialog (non-blocking; returned so tests can drive it)."""
        dialog = DailyConversationsDialog(self)
        dialog.accepted_value.connect(self.set_conversations_per_month)
        dialog.open()
        return dialog

    def set_conversations_per_month(self, text: str) -> None:
        self.edits["conversations_per_month"].setText(text)
        self._edited("conversations_per_month", text)

    def _edited(self, name: str, text: str) -> None:
        if not self._loading:
            # a share is typed in percent ("20" or "20 %") and stored as the fraction
            self.fieldEdited.emit(name, share_from_percent(text) if is_percent(name) else text)

    def _scenarios_edited(self, *_args: object) -> None:
        if not self._loading:
            self.scenariosEdited.emit(self.model_selector.checked(), self.key_mode.currentData())

    def set_field_error(self, name: str, error: BaseException | None) -> None:
        """Mark an input as refused (``error``: the plan's refusal) or valid (None)."""
        widget: QWidget | None = self.edits.get(name) or self.combos.get(name)
        if widget is None:
            return
        self._tips.setdefault(name, widget.toolTip())
        label = self.error_labels.get(name)
        if error is not None:
            text = field_error(name, error)
            widget.setPalette(invalid_palette(widget))
            widget.setToolTip(text)
            if label is not None:
                label.setText(text)
                label.setToolTip(text)
                label.setPalette(error_text_palette(label))
        else:
            widget.setPalette(QPalette())
            widget.setToolTip(self._tips[name])
            if label is not None:
                label.clear()
                label.setToolTip("")
