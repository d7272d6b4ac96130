"""A small dialog that writes prices into the user's catalog.

Used by the results panel ("Enter price…" on an unpriced billing type) and by
the catalog browser ("Edit prices…").  Values are parsed as Decimal; only the
fields the user changed are written; on any error the dialog stays open with
everything typed still there, and the file on disk is left untouched.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gptbots_planner.core.catalog import Catalog, CatalogError, LLMModel, Price, ServiceModel
from gptbots_planner.core.estimate import ScenarioEstimate
from gptbots_planner.core.money import plain
from gptbots_planner.core.plan import Plan
from gptbots_planner.core.provider_prices import USER, ProviderPrice
from gptbots_planner.gui.results import theme, user_prices
from gptbots_planner.gui.results.names import (
    basis_name,
    billing_type_name,
    key_mode_name,
    price_unit_name,
    provider_unit_name,
)
from gptbots_planner.gui.results.user_prices import PriceInputError, PricePath
from gptbots_planner.vocab.billing import OPEN_TYPES

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PriceField:
    label: str
    path: PricePath
    current: str  # the price in effect as plain text ("" when unpriced)
    text: bool = False  # free text (a vendor price's source), not a price
    placeholder: str = ""

    @property
    def provider(self) -> bool:
        """A part of what the model vendor bills (``provider_prices`` in the user file)."""
        return self.path[0] == "provider_prices"


def _current(price: Price) -> str:
    return "" if price.value is None else plain(price.value)


def fields_for_llm(model: LLMModel, key_modes: tuple[str, ...] | None = None) -> list[PriceField]:
    head = ("custom", model.id) if model.custom else ("prices", model.id)
    fields = []
    for mode in key_modes or ("gptbots_key", "own_key"):
        for direction in ("input", "output"):
            label = (
                QCoreApplication.translate("PriceDialog", "{key_mode}, input (credits / 1K tokens)")
                if direction == "input"
                else QCoreApplication.translate(
                    "PriceDialog", "{key_mode}, output (credits / 1K tokens)"
                )
            ).format(key_mode=key_mode_name(mode))
            fields.append(
                PriceField(label, (*head, mode, direction), _current(model.price(mode, direction)))
            )
    return fields


def fields_for_service(
    service: ServiceModel, key_modes: tuple[str, ...] | None = None
) -> list[PriceField]:
    head = ("custom", service.id) if service.custom else ("prices", service.id)
    unit = price_unit_name(service.category)
    return [
        PriceField(
            QCoreApplication.translate("PriceDialog", "{key_mode} ({unit})").format(
                key_mode=key_mode_name(mode), unit=unit
            ),
            (*head, mode),
            _current(service.price(mode)),
        )
        for mode in key_modes or ("gptbots_key", "own_key")
    ]


def fields_for_storage(catalog: Catalog) -> list[PriceField]:
    label = QCoreApplication.translate("PriceDialog", "Storage ({unit})").format(
        unit=price_unit_name("storage")
    )
    return [PriceField(label, ("prices", "storage/vector"), _current(catalog.storage_price))]


def fields_for_open(catalog: Catalog, type_id: str) -> list[PriceField]:
    label = QCoreApplication.translate("PriceDialog", "{name} ({unit})").format(
        name=billing_type_name(type_id), unit=price_unit_name(type_id)
    )
    return [PriceField(label, ("open_prices", type_id), _current(catalog.open_prices[type_id]))]


def fields_for_provider(row_id: str, price: ProviderPrice) -> list[PriceField]:
    """The vendor's own price of a row (own key) and where it comes from.

    The fields show the price in effect (derived ones too), so an untouched field writes
    nothing; the source field shows only a source the user gave.
    """
    unit = provider_unit_name(price.unit)
    keys = ("input", "output") if price.output is not None else ("price",)
    labels = {
        "input": QCoreApplication.translate("PriceDialog", "Provider price, input ({unit})"),
        "output": QCoreApplication.translate("PriceDialog", "Provider price, output ({unit})"),
        "price": QCoreApplication.translate("PriceDialog", "Provider price ({unit})"),
    }
    values = {"input": price.input, "output": price.output, "price": price.input}
    fields = [
        PriceField(
            labels[key].format(unit=unit),
            ("provider_prices", row_id, key),
            "" if values[key] is None else plain(values[key]),  # type: ignore[arg-type]
            placeholder=basis_name(price.basis),
        )
        for key in keys
    ]
    fields.append(
        PriceField(
            QCoreApplication.translate("PriceDialog", "Provider price source"),
            ("provider_prices", row_id, "source"),
            price.source if price.basis == USER else "",
            text=True,
            placeholder=QCoreApplication.translate(
                "PriceDialog", "where the price is from (page, date)"
            ),
        )
    )
    return fields


SERVICE_OF_TYPE = {"knowledge_index": "embedding", "rerank": "rerank", "asr": "asr", "tts": "tts"}


def fields_for_billing_type(
    type_id: str, scenario: ScenarioEstimate, plan: Plan, catalog: Catalog
) -> list[PriceField]:
    """The catalog prices a billing type uses in one scenario (what "Enter price…" edits)."""
    if type_id in OPEN_TYPES:
        return fields_for_open(catalog, type_id)
    if type_id == "llm_text":
        return fields_for_llm(scenario.model, (scenario.key_mode,))
    if type_id == "llm_audio":  # audio tokens are billed at the input price
        return fields_for_llm(scenario.model, (scenario.key_mode,))[:1]
    if type_id == "knowledge_storage":
        return fields_for_storage(catalog)
    category = SERVICE_OF_TYPE[type_id]
    service = catalog.service(category, getattr(plan.services, category))
    return fields_for_service(service, (scenario.key_mode,))


class PriceDialog(QDialog):
    """Edit a few prices; ``saved`` is emitted after the user catalog was written."""

    saved = Signal()

    def __init__(
        self,
        title: str,
        intro: str,
        fields: list[PriceField],
        user_file: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("priceDialog")
        self._fields = fields
        self._user_file = user_file
        layout = QVBoxLayout(self)
        intro_label = QLabel(intro)
        intro_label.setObjectName("priceIntro")
        intro_label.setWordWrap(True)
        layout.addWidget(intro_label)
        form = QFormLayout()
        self._edits: list[QLineEdit] = []
        for field in fields:
            edit = QLineEdit(field.current)
            edit.setPlaceholderText(field.placeholder or self.tr("no price"))
            edit.setAccessibleName(field.label)
            label = QLabel(field.label)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self._edits.append(edit)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setObjectName("priceError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(theme.warning_style(self.palette()))
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def edits(self) -> list[QLineEdit]:
        return list(self._edits)

    def set_values(self, values: list[str]) -> None:
        """Type ``values`` into the first fields (the rest keep what they show)."""
        if len(values) > len(self._edits):
            raise ValueError(f"{len(values)} values for {len(self._edits)} fields")
        for edit, value in zip(self._edits, values, strict=False):
            edit.setText(value)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self._fit()

    def _fit(self) -> None:
        """Grow to the height the wrapped texts need at this width: a top-level window sizes
        itself by its labels' one-line hints, which cut a wrapped intro or error in half."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.setMinimumHeight(needed)
            self.resize(self.width(), needed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit()

    def _changes(self) -> tuple[list[tuple[PriceField, object]], list[str]]:
        """The fields the user changed, parsed; and the errors of those that do not parse.

        When any vendor price field changed, all of them are written: an entry of yours
        holds the whole price, never a figure of yours beside a derived one.
        """
        typed = [(f, e.text().strip()) for f, e in zip(self._fields, self._edits, strict=True)]
        provider_changed = any(f.provider and text != f.current for f, text in typed)
        changes: list[tuple[PriceField, object]] = []
        errors: list[str] = []
        for (field, text), edit in zip(typed, self._edits, strict=True):
            if text == field.current and not (field.provider and provider_changed):
                continue  # untouched: do not turn a bundled price into "yours"
            if field.text:
                changes.append((field, text))
                continue
            try:
                changes.append((field, user_prices.parse_price_text(text, field.label)))
            except PriceInputError as exc:
                errors.append(str(exc))
                edit.setFocus()
        return changes, errors

    def _apply(self, data: dict[str, object], changes: list[tuple[PriceField, object]]) -> None:
        rows = set()
        for field, value in changes:
            if field.provider:
                user_prices.set_provider_price(data, field.path[1], field.path[2], value)
                rows.add(field.path[1])
            else:
                user_prices.set_price(data, field.path, value)  # type: ignore[arg-type]
        for row_id in rows:
            left = user_prices.tidy_provider_price(data, row_id)
            source_typed = any(f.text and f.path[1] == row_id and v for f, v in changes)
            if source_typed and not left:
                raise PriceInputError(self.tr("Enter the provider's price along with its source."))

    def save(self) -> bool:
        """Validate and write; True on success (``saved`` emitted), else the error is shown."""
        changes, errors = self._changes()
        if errors:
            self.show_error("\n".join(errors))
            return False
        if not changes:
            return True
        try:
            data = user_prices.load_for_edit(self._user_file)
        except CatalogError as exc:
            self.show_error(
                self.tr(
                    "Your catalog file is broken, so nothing was saved: {error}\n"
                    "Fix the file or reset it from the catalog browser."
                ).format(error=str(exc))
            )
            return False
        try:
            self._apply(data, changes)
        except PriceInputError as exc:
            self.show_error(str(exc))
            return False
        try:
            user_prices.save(data, self._user_file)
        except (CatalogError, OSError) as exc:
            self.show_error(self.tr("Not saved: {error}").format(error=str(exc)))
            return False
        log.info("saved %d price(s) to the user catalog", len(changes))
        self.saved.emit()
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()
