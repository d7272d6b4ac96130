"""The window reads the vocabulary by id and by message code, in English and in Chinese.

The Chinese expected here is read from the same ``.ts`` catalogue by the pure-Python
reader (``vocab.text.translator``), so a test checks that Qt's ``.qm`` and the catalogue
agree and that the text is translated at all (it differs from the English).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from gptbots_planner.core.estimate import Note
from gptbots_planner.gui.field_names import (
    SHORT_ERRORS,
    choice_labels,
    field_error,
    field_label,
    field_unit,
)
from gptbots_planner.gui.file_table import file_message, role_labels
from gptbots_planner.gui.results.names import billing_type_name, credits_text, note_text
from gptbots_planner.measure.records import Measurement
from gptbots_planner.vocab import billing, fields, messages, roles
from gptbots_planner.vocab.messages import Message, MessageError, message
from gptbots_planner.vocab.text import Text, translator

ZH = translator("zh")


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    from gptbots_planner.gui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "zh_CN")
    try:
        yield
    finally:
        remove_translators(qapp, translators)
        install_translators(qapp, "en")


def zh(text: Text) -> str:
    translated = ZH(text)
    assert translated != text.source, f"no Chinese for {text}"
    return translated


# --- plan refusals under an input ---------------------------------------------------------
def refusal(code: str, **params: object) -> MessageError:
    return MessageError.of(code, **params)


def test_a_coded_bound_shows_the_short_form_with_the_fields_unit(qapp):
    error = refusal(
        "above_maximum", field="image_turn_share", maximum="1", unit="share of turns", value="1.5"
    )
    # a share is shown in percent: so is its bound (issue 14)
    assert field_error("image_turn_share", error) == "Must be at most 100 % of turns."
    error = refusal("below_minimum", field="months", minimum="1", unit="months", value="0")
    assert field_error("months", error) == "Must be at least 1 months."


def test_a_coded_bound_reads_chinese_without_the_field_id(chinese):
    error = refusal(
        "above_maximum", field="image_turn_share", maximum="1", unit="share of turns", value="1.5"
    )
    unit = zh(fields.FIELDS["image_turn_share"].unit)  # type: ignore[arg-type]
    expected = zh(SHORT_ERRORS["above_maximum"]).replace("%1", "100").replace("%2", unit)
    shown = field_error("image_turn_share", error)
    assert shown == expected
    assert "image_turn_share" not in shown


@pytest.mark.parametrize(
    ("code", "params"),
    [
        ("not_a_number", {"value": "'abc'"}),
        ("number_expected", {"value": "[]"}),
        ("not_finite", {"value": "inf"}),
        ("not_whole", {"value": "1.5"}),
        ("negative", {}),
        ("not_a_month", {"value": "'2027-13'"}),
    ],
)
def test_every_short_code_reads_its_own_text(chinese, code: str, params: dict[str, str]):
    error = refusal(code, field="months", **params)
    assert field_error("months", error) == zh(SHORT_ERRORS[code])


def test_a_code_without_a_short_form_renders_the_message(qapp):
    error = refusal("not_a_choice", field="voice_mode", choices="asr, audio_llm", value="'x'")
    assert field_error("voice_mode", error) == messages.render(error.message)
    assert "must be one of asr, audio_llm" in field_error("voice_mode", error)


def test_an_error_without_a_code_shows_its_own_text(qapp):
    assert field_error("months", ValueError("months: odd")) == "months: odd"


def test_field_names_and_choices_come_from_vocab(chinese):
    assert field_label("months") == zh(fields.FIELDS["months"].label)
    assert field_unit("conversations_per_month") == zh(
        fields.FIELDS["conversations_per_month"].unit  # type: ignore[arg-type]
    )
    assert field_unit("start_month") == ""
    days = choice_labels("days_mode")
    assert list(days) == list(fields.FIELDS["days_mode"].choice_values)
    assert days["fixed30"] == zh(fields.FIELDS["days_mode"].choices[1].label)
    keys = choice_labels("key_mode")
    assert list(keys) == [*billing.KEY_MODE_IDS, "both"]
    assert keys["own_key"] == zh(billing.KEY_MODES["own_key"])


# --- estimate notes ---------------------------------------------------------------------
def unpriced_note() -> Note:
    return Note("unpriced", {"type": "tool_call"}, "tool_call is used but has no price ...")


def test_a_note_shows_the_billing_types_name(qapp):
    assert note_text(unpriced_note()) == (
        "Paid tool call is used but has no price: enter one in the catalog"
    )


def test_a_note_reads_chinese_with_the_billing_types_chinese_name(chinese):
    text = note_text(unpriced_note())
    name = zh(billing.BILLING_TYPES["tool_call"].name)
    assert name in text and "tool_call" not in text
    assert zh(messages.MESSAGES["unpriced"].template)  # the template itself is translated
    assert text == messages.render(Message("unpriced", {"type": "tool_call"}), ZH)
    assert billing_type_name("tool_call") == name
    assert credits_text("12") == zh(billing.CREDITS_AMOUNT).format(amount="12")


def test_a_note_of_an_unknown_code_shows_its_english(qapp):
    assert note_text(Note("brand_new", {}, "as the core wrote it")) == "as the core wrote it"


# --- measurement messages in the file table ------------------------------------------------
def coded(measurement: Measurement, error: Message | None, warnings: list[Message]) -> Measurement:
    # Set as attributes: measurements carry these fields once the measurers give codes.
    object.__setattr__(measurement, "error_message", error)
    object.__setattr__(measurement, "warning_messages", warnings)
    return measurement


def test_a_measurement_error_renders_by_code_in_english_and_chinese(qapp):
    from gptbots_planner.gui.i18n import install_translators, remove_translators

    msg = message("unpriced", type="tts")
    m = coded(Measurement("/a/x", "x", "error", error=msg.english()), msg, [])
    assert file_message(m) == "Speech synthesis is used but has no price: enter one in the catalog"
    translators = install_translators(qapp, "zh_CN")
    try:
        assert zh(msg.spec.template)
        assert file_message(m) == messages.render(msg, ZH)
    finally:
        remove_translators(qapp, translators)
        install_translators(qapp, "en")


def test_measurement_notes_are_joined_by_the_translated_separator(chinese):
    notes = [message("no_audio", model="A"), message("unpriced", type="asr")]
    m = coded(Measurement("/a/x", "x", "text", warning="raw"), None, notes)
    separator = zh(Text("FileMessages", "; "))
    assert file_message(m) == separator.join(messages.render(n, ZH) for n in notes)


def test_a_measurement_without_codes_shows_its_plain_text(chinese):
    assert file_message(Measurement("/a/x", "x", "error", error="file too large")) == (
        "file too large"
    )
    assert file_message(Measurement("/a/x", "x", "text", warning="no text found")) == (
        "no text found"
    )
    assert file_message(Measurement("/a/x", "x", "text")) == ""


def test_role_labels_come_from_vocab(chinese):
    labels = role_labels()
    assert list(labels) == list(roles.ROLE_IDS)
    assert labels["knowledge_document"] == zh(roles.ROLES["knowledge_document"].label)


# --- wrapped core errors: the location stays, the cause is translated -------------------------
def test_a_wrapped_plan_error_shows_its_cause_in_chinese(chinese, tmp_path):
    from gptbots_planner.core.plan import Plan, PlanError
    from gptbots_planner.gui.texts import error_text

    data = Plan().to_dict()
    data["assumptions"]["months"] = "0"
    with pytest.raises(PlanError) as caught:
        Plan.from_dict(data, source="budget.gbplan")
    english = str(caught.value)
    assert english.startswith("budget.gbplan: assumptions.months: must be at least 1")
    shown = error_text(caught.value)
    assert shown.startswith("budget.gbplan")  # where it happened, as written
    inner = caught.value.cause
    assert inner.code == "below_minimum"
    assert messages.render(inner, ZH) in shown  # what went wrong, in Chinese
    assert "must be at least" not in shown
