"""The seed FAQ's view: what a number of credits buys, and what a budget pays for."""

from __future__ import annotations

import logging
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gptbots_planner.core.buys import what_credits_buy
from gptbots_planner.core.catalog import Catalog
from gptbots_planner.core.estimate import Estimate, ScenarioEstimate
from gptbots_planner.core.money import MoneyError, fmt_credits, fmt_usd, to_decimal
from gptbots_planner.gui.results import theme
from gptbots_planner.gui.results.names import billing_type_name, key_mode_name, usd_amount
from gptbots_planner.vocab.billing import KEY_MODE_IDS

log = logging.getLogger(__name__)

DEFAULT_CREDITS = "1000"


def _int(value: object) -> str:
    return "—" if value is None else f"{int(value):,}"  # type: ignore[call-overload]


class BuysView(QWidget):
    """Credits input + model + key mode -> tokens and text equivalents."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog: Catalog | None = None
        self._estimate: Estimate | None = None
        self._selected: ScenarioEstimate | None = None
        self._followed: tuple[str, str] | None = None  # the scenario the combos last followed

        self.credits_edit = QLineEdit(DEFAULT_CREDITS)
        self.credits_edit.setObjectName("buysCredits")
        self.credits_edit.setAccessibleName(self.tr("Credits"))
        self.model_combo = QComboBox()
        self.model_combo.setObjectName("buysModel")
        self.model_combo.setAccessibleName(self.tr("Model"))
        self.model_combo.setMinimumContentsLength(24)
        self.key_combo = QComboBox()
        self.key_combo.setObjectName("buysKeyMode")
        self.key_combo.setAccessibleName(self.tr("Key mode"))
        for mode in KEY_MODE_IDS:
            self.key_combo.addItem(key_mode_name(mode), mode)

        inputs = QFormLayout()
        inputs.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.credits_edit.setMinimumWidth(160)
        for text, widget in (
            (self.tr("Cre&dits:"), self.credits_edit),
            (self.tr("Mode&l:"), self.model_combo),
            (self.tr("Ke&y mode:"), self.key_combo),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            inputs.addRow(label, widget)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        results = self._build_results()

        self.budget_label = QLabel()
        self.budget_label.setObjectName("buysBudget")
        self.budget_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(inputs)
        layout.addWidget(self.error_label)
        layout.addWidget(results)
        layout.addWidget(self.budget_label)
        layout.addStretch(1)
        self.setTabOrder(self.credits_edit, self.model_combo)
        self.setTabOrder(self.model_combo, self.key_combo)

        self.credits_edit.textChanged.connect(self.refresh)
        self.model_combo.currentIndexChanged.connect(self.refresh)
        self.key_combo.currentIndexChanged.connect(self.refresh)

    def _build_results(self) -> QGroupBox:
        """What the credits buy: one value label per equivalent, and the rules of thumb."""
        self.value_labels: dict[str, QLabel] = {}
        results = QGroupBox(self.tr("These credits buy"))
        form = QFormLayout(results)
        for key, text in (
            ("usd", self.tr("Worth")),
            ("input_tokens", self.tr("Input tokens")),
            ("output_tokens", self.tr("Output tokens")),
            ("english_characters", self.tr("English characters")),
            ("english_words", self.tr("English words")),
            ("cjk_characters", self.tr("Chinese / Japanese / Korean characters")),
            ("other_words", self.tr("French / German / Russian / Arabic words")),
        ):
            value = QLabel()
            value.setObjectName(f"buys_{key}")
            value.setAccessibleName(text)
            form.addRow(QLabel(text + ":"), value)
            self.value_labels[key] = value
        note = QLabel(
            self.tr(
                "Text equivalents use the pricing page's rules of thumb: 1 token ≈ 4 English "
                "characters, 1 English word ≈ 1.3 tokens, 1 CJK character ≈ 1–1.5 tokens, "
                "1 French / German / Russian / Arabic word ≈ 1.2 tokens (input tokens)."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        return results

    def set_data(
        self, catalog: Catalog, estimate: Estimate | None, selected: ScenarioEstimate | None
    ) -> None:
        """New catalog/estimate; the model and key mode follow the selected scenario.

        A model the user picked here stays picked while the selected scenario is
        the same (the shell calls this after every edit of the plan).
        """
        self._catalog, self._estimate, self._selected = catalog, estimate, selected
        scenario_key = (selected.model.id, selected.key_mode) if selected else None
        keep = scenario_key == self._followed and self.model_combo.currentData() is not None
        model_id = self.model_combo.currentData() if keep else None
        key_mode = self.key_combo.currentData() if keep else None
        if not keep and selected is not None:
            model_id, key_mode = selected.model.id, selected.key_mode
        self._followed = scenario_key
        self.model_combo.blockSignals(True)
        self.key_combo.blockSignals(True)
        try:
            self.model_combo.clear()
            for model in catalog.llm.values():
                self.model_combo.addItem(model.display, model.id)
            if model_id is not None:
                self.model_combo.setCurrentIndex(max(0, self.model_combo.findData(model_id)))
            if key_mode is not None:
                self.key_combo.setCurrentIndex(max(0, self.key_combo.findData(key_mode)))
        finally:
            self.model_combo.blockSignals(False)
            self.key_combo.blockSignals(False)
        self.refresh()

    def credits(self) -> Decimal | None:
        try:
            value = to_decimal(self.credits_edit.text(), self.tr("credits"))
        except MoneyError:
            return None
        return value if value >= 0 else None

    def refresh(self) -> None:
        credits = self.credits()
        if credits is None:
            self.error_label.setText(self.tr("Enter a number of credits, for example 1000."))
            self.error_label.setStyleSheet(theme.warning_style(self.palette()))
            self.error_label.show()
            for label in self.value_labels.values():
                label.clear()
            self.budget_label.clear()
            return
        self.error_label.hide()
        if self._catalog is None or self.model_combo.currentData() is None:
            return
        model = self._catalog.llm[self.model_combo.currentData()]
        key_mode = self.key_combo.currentData()
        data = what_credits_buy(credits, model, key_mode).to_dict()
        unpriced = self.tr("unpriced or free")
        self.value_labels["usd"].setText(fmt_usd(credits))
        self.value_labels["input_tokens"].setText(
            _int(data["input_tokens"]) if data["input_tokens"] is not None else unpriced
        )
        self.value_labels["output_tokens"].setText(
            _int(data["output_tokens"]) if data["output_tokens"] is not None else unpriced
        )
        self.value_labels["english_characters"].setText(_int(data.get("english_characters")))
        self.value_labels["english_words"].setText(_int(data.get("english_words")))
        if "cjk_characters_min" in data:
            self.value_labels["cjk_characters"].setText(
                self.tr("{low} to {high}").format(
                    low=_int(data["cjk_characters_min"]), high=_int(data["cjk_characters_max"])
                )
            )
        else:
            self.value_labels["cjk_characters"].setText("—")
        self.value_labels["other_words"].setText(
            _int(data.get("french_german_russian_arabic_words"))
        )
        self._refresh_budget(credits, model.id, key_mode)

    def _scenario_for(self, model_id: str, key_mode: str) -> ScenarioEstimate | None:
        if self._estimate is None:
            return None
        for s in self._estimate.scenarios:
            if s.model.id == model_id and s.key_mode == key_mode:
                return s
        return self._selected

    def _refresh_budget(self, credits: Decimal, model_id: str, key_mode: str) -> None:
        scenario = self._scenario_for(model_id, key_mode)
        if scenario is None:
            self.budget_label.setText(
                self.tr("Build a plan to see how many conversations a budget pays for.")
            )
            return
        text = self._budget_text(credits, scenario)
        if scenario.unpriced_types:
            text += " " + self.tr("(Not counting what is unpriced: {types}.)").format(
                types=", ".join(billing_type_name(t) for t in scenario.unpriced_types)
            )
        self.budget_label.setText(text)

    def _budget_text(self, credits: Decimal, scenario: ScenarioEstimate) -> str:
        """Month 1 (which also pays the one-time indexing) and a month without it."""
        first = scenario.conversations_for_budget(credits)
        later = scenario.conversations_for_budget(credits, with_indexing=False)
        who = f"{scenario.model.display}, {key_mode_name(scenario.key_mode)}"
        if first is None or later is None:
            return self.tr("This plan has no priced cost per conversation with {scenario}.").format(
                scenario=who
            )
        # Both numbers always: month 1 also pays the one-time indexing of the documents.
        text = self.tr(
            "A monthly budget of {credits} credits pays for about {first} conversations "
            "of this plan with {scenario} in month 1 (which also pays the one-time "
            "indexing of the documents), and about {later} in a month without indexing."
        ).format(credits=fmt_credits(credits), first=_int(first), later=_int(later), scenario=who)
        if scenario.key_mode == "own_key":
            text += " " + self.tr(
                "On your own key the model vendor bills the tokens on top: {provider} in "
                "month 1 for this plan."
            ).format(provider=usd_amount(scenario.provider_bill_usd))
        return text
