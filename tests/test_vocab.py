"""The vocabularies: every registered text has its English source and a finished Chinese
translation in the .ts catalogues, translations keep their placeholders, and messages
render by code."""

from __future__ import annotations

import pytest

from gptbots_planner.vocab import billing, components, fields, messages, roles, tokenizers
from gptbots_planner.vocab.messages import MESSAGES, Message, MessageError, message, render
from gptbots_planner.vocab.text import Text, catalogue, placeholders, translator


def all_texts() -> list[Text]:
    found: list[Text] = []
    for spec in fields.FIELDS.values():
        found += [t for t in (spec.label, spec.unit, spec.help) if t is not None]
        found += [c.label for c in spec.choices]
    found += [r.label for r in roles.ROLES.values()] + [r.help for r in roles.ROLES.values()]
    found += [t.name for t in billing.BILLING_TYPES.values()]
    found += [*billing.UNIT_NAMES.values(), *billing.KEY_MODES.values()]
    found += [*billing.CATEGORIES.values(), *billing.PRICE_UNITS.values()]
    found += [billing.UNPRICED, billing.CREDITS_AMOUNT]
    found += [t.label for t in tokenizers.TOKENIZERS.values()]
    found += [spec.template for spec in MESSAGES.values()]
    found += components.all_texts()
    return found


def test_every_text_has_english_and_chinese() -> None:
    zh = catalogue("zh")
    missing = sorted({f"{t.context}: {t.source}" for t in all_texts() if not zh.get(t)})
    assert missing == []
    assert all(t.source.strip() for t in all_texts())


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_code_is_translated_with_its_placeholders(code: str) -> None:
    template = MESSAGES[code].template
    zh = catalogue("zh").get(template)
    assert zh, f"{code} has no Chinese text"
    assert placeholders(zh) == placeholders(template.source), code


def test_every_translation_keeps_placeholders() -> None:
    wrong = {t.source: zh for t, zh in catalogue("zh").items() if placeholders(zh) != t.fields()}
    assert wrong == {}


def test_message_english_and_rendering_by_code() -> None:
    note = message("unpriced", type="tool_call")
    assert note.english() == "tool_call is used but has no price: enter one in the catalog"
    assert render(note) == "Paid tool call is used but has no price: enter one in the catalog"
    zh = render(note, translator("zh"))
    assert "Tools 调用" in zh and "tool_call" not in zh
    assert Message.from_dict(note.to_dict()) == note


def test_unknown_codes_and_parameters_are_refused() -> None:
    with pytest.raises(KeyError):
        Message("no_such_code")
    with pytest.raises(ValueError, match="not in the template"):
        messages.register("x_test", Text("Messages", "no fields"), bogus="text")


def test_message_error_carries_its_message() -> None:
    exc = MessageError.of("no_audio", model="GPT-4.1-1M")
    assert exc.message.code == "no_audio"
    assert str(exc) == "GPT-4.1-1M takes no audio: voice messages are billed as ASR instead"


def test_field_registry_is_consistent() -> None:
    for spec in fields.FIELDS.values():
        if spec.group == "assumption":
            assert spec.default is not None and spec.minimum is not None
            assert spec.unit is not None and spec.help is not None
        if spec.group == "setting" and spec.choices:
            assert spec.default in spec.choice_values
    assert set(fields.MEASURES) <= set(fields.FIELDS)


def test_tokenizer_ids_are_the_ones_measure_can_load() -> None:
    from gptbots_planner.core import catalog_data
    from gptbots_planner.measure import tokens

    assert tuple(tokens.TOKENIZERS) == tokenizers.TOKENIZER_IDS
    assert tuple(catalog_data.TOKENIZERS) == tokenizers.TOKENIZER_IDS
    assert tokens.DEFAULT_TOKENIZER == tokenizers.DEFAULT_TOKENIZER
