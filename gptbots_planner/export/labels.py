"""The words of the exported spreadsheets in English and Chinese.

The export runs without Qt (CLI, tests), so it translates with
:func:`gptbots_planner.vocab.text.translator`, which reads the same ``.ts`` catalogue the
window's ``.qm`` is built from.  Plan fields, roles, billing types, units and key modes are the
app's vocabulary (:mod:`gptbots_planner.vocab`), so the workbook names them as the window does;
only the workbook's own headings live in :mod:`gptbots_planner.export.workbook_texts`.  Estimate
notes and measurement errors and warnings are rendered from their message codes
(:mod:`gptbots_planner.vocab.messages`).
"""

from __future__ import annotations

import logging
from typing import Any

from gptbots_planner.core.catalog import Catalog
from gptbots_planner.core.plan import Plan
from gptbots_planner.export.workbook_texts import WORKBOOK_TEXTS
from gptbots_planner.measure.records import Measurement, detail_text
from gptbots_planner.vocab import billing, fields, roles
from gptbots_planner.vocab.messages import Message, render
from gptbots_planner.vocab.text import QT_TRANSLATE_NOOP, Text, fill, translator

log = logging.getLogger(__name__)

LANGUAGES = ("en", "zh")

# Between two warnings of one measurement: the file table's text (same context and
# source), so the window and the exports share one translation ("; " / "；")
WARNING_SEPARATOR = QT_TRANSLATE_NOOP("FileMessages", "; ")


def _vocabulary_keys() -> dict[str, Text]:
    """The label keys the sheet writers ask for that are words of the app's vocabulary."""
    keys = {f"key.{mode}": text for mode, text in billing.KEY_MODES.items()}
    keys |= {f"setting.{name}": spec.label for name, spec in fields.SETTINGS.items()}
    keys |= {f"measure.{name}": spec.label for name, spec in fields.MEASURES.items()}
    keys |= {f"measure_unit.{s.unit.source}": s.unit for s in fields.MEASURES.values() if s.unit}
    keys |= {f"unit.{unit.replace('-', '_')}": text for unit, text in billing.UNIT_NAMES.items()}
    prices = billing.PRICE_UNITS
    keys |= {
        "unit.per_1k_tokens": prices["llm"],
        "unit.per_60s": prices["asr"],
        "unit.per_1000_chars": prices["tts"],
        "unit.per_1k_tokens_day": prices["storage"],
    }
    keys |= {
        f"service.{name.removeprefix('services.')}": spec.label
        for name, spec in fields.SERVICES.items()
    }
    keys["service.storage"] = billing.BILLING_TYPES["knowledge_storage"].name
    return keys


_VOCABULARY = _vocabulary_keys()

#: measure rows that show a plan field counted another way: key -> (field, workbook text)
_DERIVED_MEASURES = {
    "measure.knowledge_tokens": ("knowledge_tokens", "measure.embedding"),
    "measure.user_message_tokens_embedding": ("user_message_tokens", "measure.embedding"),
    "measure.billed_voice_seconds_per_message": ("voice_seconds_per_message", "measure.billed"),
}


def file_tokenizers(plan: Plan) -> list[str]:
    """The tokenizers any item was counted with: one token column each in the file list."""
    # "sample:<name>" counts (the range of an approximated model) are no column of their own
    return sorted({tok for item in plan.items for tok in item.measurement.tokens if ":" not in tok})


class Labels:
    """The workbook's words in one language; an unknown key reads as itself."""

    def __init__(self, language: str = "en") -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; expected one of {LANGUAGES}")
        self.language = language
        self.translate = translator(language)

    def text(self, text: Text, **values: object) -> str:
        """``text`` in this language, its ``{name}`` fields filled with ``values``."""
        shown = self.translate(text)
        return fill(shown, values) if values else shown

    def __call__(self, key: str, **values: object) -> str:
        if key in _DERIVED_MEASURES:
            name, wrapper = _DERIVED_MEASURES[key]
            measure = self.text(fields.FIELDS[name].label)
            return self.text(WORKBOOK_TEXTS[wrapper], measure=measure)
        text = _VOCABULARY.get(key) or WORKBOOK_TEXTS.get(key)
        return key if text is None else self.text(text, **values)

    def key_mode(self, key_mode: str) -> str:
        return self(f"key.{key_mode}")

    def file_headings(self, tokenizers: list[str]) -> list[str]:
        """Column headings of the file list (XLSX Files sheet and the files CSV)."""
        return [
            self("files.name"),
            self("files.role"),
            self("files.kind"),
            self("files.detail"),
            *(self("files.tokens", tokenizer=tok) for tok in tokenizers),
            self("files.chars"),
            self("files.width"),
            self("files.height"),
            self("files.seconds"),
            self("files.error"),
            self("files.warning"),
        ]

    def role(self, role: str) -> str:
        spec = roles.ROLES.get(role)
        return self.text(spec.label) if spec else role

    def assumption(self, name: str) -> str:
        spec = fields.FIELDS.get(name)
        return self.text(spec.label) if spec else name

    def assumption_unit(self, name: str, english: str) -> str:
        spec = fields.FIELDS.get(name)
        return self.text(spec.unit) if spec and spec.unit else english

    def assumption_help(self, name: str, english: str) -> str:
        spec = fields.FIELDS.get(name)
        return self.text(spec.help) if spec and spec.help else english

    def note(self, note: Any, catalog: Catalog | None = None) -> str:
        """An estimate note (``core.estimate.Note``) in this language, rendered by its code.

        ``catalog`` is no longer needed (billing types are named by the vocabulary); it is
        accepted so callers need not change."""
        try:
            msg = Message(note.code, {k: str(v) for k, v in note.params.items()})
        except KeyError:
            log.warning("estimate note %r has no registered message", note.code)
            return str(note.text)
        return render(msg, self.translate)

    def measurement_error(self, m: Measurement) -> str:
        """A measurement's error in this language, by its code ("" when it has none).

        A record whose ``error`` was set as text alone, without a code, shows that text."""
        if m.error_message is None:
            return m.error
        return render(m.error_message, self.translate)

    def measurement_detail(self, m: Measurement) -> str:
        """A measurement's detail ("PDF, 2 pages") in this language, by its parts' codes;
        its plain ``detail`` text when they have none."""
        if not m.detail_messages:
            return m.detail
        return detail_text(m.detail_messages, self.translate)

    def measurement_warning(self, m: Measurement) -> str:
        """A measurement's warnings in this language, by their codes, joined with "; " /
        "；" ("" when it has none); its plain ``warning`` text when they have no codes."""
        if not m.warning_messages:
            return m.warning
        separator = self.translate(WARNING_SEPARATOR)
        return separator.join(render(w, self.translate) for w in m.warning_messages)

    def billing_type(self, catalog: Catalog, type_id: str) -> str:
        spec = billing.BILLING_TYPES.get(type_id)
        if spec is not None:
            return self.text(spec.name)
        try:
            bt = catalog.billing_type(type_id)
        except KeyError:
            return type_id
        return bt.name_zh if self.language == "zh" else bt.name_en
