"""Every error the core raises carries a registered message code (the GUI shows it by code)."""

from __future__ import annotations

import ast
import copy
import json
from pathlib import Path
from typing import Any

import pytest

import gptbots_planner.core as core_package
from gptbots_planner.core.catalog import CatalogError, apply_user_catalog, load_bundled_catalog
from gptbots_planner.core.errors import CodedError
from gptbots_planner.core.estimate import Note, estimate
from gptbots_planner.core.money import MoneyError, to_decimal
from gptbots_planner.core.plan import Plan, PlanError, PlanItem, Scenario
from gptbots_planner.core.planfile import load_example_plan, read_plan
from gptbots_planner.vocab.messages import MESSAGES, MessageError

CORE_ERRORS = {"PlanError", "CatalogError", "MoneyError", "CodedError"}


def test_core_errors_are_message_errors() -> None:
    for cls in (PlanError, CatalogError, MoneyError):
        assert issubclass(cls, CodedError)
        assert issubclass(cls, MessageError)
        assert issubclass(cls, ValueError)  # callers that catch ValueError still do


def test_every_core_raise_of_a_core_error_uses_a_code() -> None:
    """``raise PlanError(...)`` with a text is gone: only ``.of``, ``.wrap``, ``.from_error``."""
    bad = []
    for path in Path(core_package.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Raise) or not isinstance(node.exc, ast.Call):
                continue
            func = node.exc.func
            if isinstance(func, ast.Name) and func.id in CORE_ERRORS:
                bad.append(f"{path.name}:{node.lineno}")
            if isinstance(func, ast.Name) and func.id in {"ValueError"}:
                bad.append(f"{path.name}:{node.lineno}")
            if isinstance(func, ast.Attribute) and func.attr == "of":
                code = node.exc.args[0] if node.exc.args else None
                if isinstance(code, ast.Constant) and code.value not in MESSAGES:
                    bad.append(f"{path.name}:{node.lineno}: {code.value!r}")
    assert bad == []


def _plan() -> dict[str, Any]:
    return Plan().to_dict()


def _with(**changes: Any) -> dict[str, Any]:
    data = _plan()
    data.update(changes)
    return data


ITEM = {"name": "a.txt", "kind": "text", "role": "knowledge_document"}

BAD_PLANS = [
    ([], "not_a_plan", None),
    (_with(format="other"), "not_plan_format", None),
    (_with(schema_version=0), "bad_schema_version", None),
    (_with(schema_version=99), "newer_schema", None),
    (_with(assumptions=[]), "section_not_object", None),
    (_with(items={}), "section_not_list", None),
    (_with(assumptions={"months": "0"}), "in_section", "below_minimum"),
    (_with(assumptions={"image_turn_share": "2"}), "in_section", "above_maximum"),
    (_with(assumptions={"months": "1.5"}), "in_section", "not_whole"),
    (_with(assumptions={"months": "x"}), "in_section", "not_a_number"),
    (_with(assumptions={"months": "inf"}), "in_section", "not_finite"),
    (_with(assumptions={"months": True}), "in_section", "number_expected"),
    (_with(assumptions={"months": "1e30"}), "in_section", "above_maximum"),
    (_with(assumptions={"nope": "1"}), "in_section", "unknown_assumption"),
    (_with(overrides={"nope": "1"}), "unknown_measure", None),
    (_with(overrides={"reply_tokens": "-1"}), "in_section", "negative"),
    (_with(overrides={"reply_tokens": "1e30"}), "in_section", "above_limit"),
    (_with(scenarios=[{}]), "scenario_row_shape", None),
    (_with(scenarios=[{"model": "m", "key_mode": "x"}]), "in_context", "unknown_key_mode_alias"),
    (_with(settings={"voice_mode": "x"}), "in_section", "not_a_choice"),
    (_with(settings={"start_month": "2027-13"}), "in_section", "not_a_month"),
    (_with(items=[1]), "must_be_object", None),
    (_with(items=[{**ITEM, "kind": "x"}]), "field_not_a_choice", None),
    (_with(items=[{**ITEM, "name": 1}]), "field_not_text", None),
    (_with(items=[{**ITEM, "role": "x"}]), "unknown_role", None),
    (_with(items=[{**ITEM, "seconds": "x"}]), "in_context", "not_a_number"),
    (_with(items=[{**ITEM, "seconds": "-1"}]), "field_negative", None),
    (_with(items=[{**ITEM, "chars": -1}]), "field_not_count", None),
    (_with(items=[{**ITEM, "tokens": {"a": "b"}}]), "field_not_token_counts", None),
    (_with(items=[{**ITEM, "path": 1}]), "field_not_text", None),
]


@pytest.mark.parametrize(("data", "code", "inner"), BAD_PLANS)
def test_bad_plans_raise_a_registered_code(data: Any, code: str, inner: str | None) -> None:
    with pytest.raises(PlanError) as info:
        Plan.from_dict(data, "p.gbplan")
    exc = info.value
    assert exc.message.code == code
    assert str(exc) == exc.message.english()
    assert str(exc).startswith("p.gbplan: ")  # every plan error names the file
    assert exc.cause.code == (inner or code)


def test_wrapped_plan_errors_keep_their_english_and_inner_params() -> None:
    with pytest.raises(PlanError) as info:
        Plan.from_dict(_with(assumptions={"months": "0"}), "p.gbplan")
    assert str(info.value) == "p.gbplan: assumptions.months: must be at least 1 (months), got 0"
    assert info.value.cause.params == {
        "field": "months",
        "minimum": "1",
        "unit": "months",
        "value": "0",
    }


@pytest.mark.parametrize(
    ("name", "value", "code"),
    [
        ("nope", "1", "unknown_field"),
        ("months", "200", "above_maximum"),
        ("reply_tokens", "-3", "negative"),
        ("image_rule", "x", "not_a_choice"),
    ],
)
def test_set_field_errors_have_codes(name: str, value: str, code: str) -> None:
    with pytest.raises(PlanError) as info:
        Plan().set_field(name, value)
    assert info.value.message.code == code


def test_other_plan_errors_have_codes() -> None:
    with pytest.raises(PlanError) as info:
        Scenario("m", "x")
    assert info.value.message.code == "bad_key_mode"
    with pytest.raises(MoneyError) as money:
        to_decimal([], "x")
    assert money.value.message.code == "number_expected"
    assert str(money.value) == "x: expected a number, got list"
    plan = Plan()
    plan.scenarios = []
    with pytest.raises(PlanError) as info:
        estimate(plan, load_bundled_catalog())
    assert info.value.message.code == "no_scenarios"
    with pytest.raises(PlanError) as info:
        load_example_plan("no-such-example")
    assert info.value.message.code == "no_example_plan"
    with pytest.raises(PlanError) as info:
        PlanItem.from_dict(ITEM).__class__(PlanItem.from_dict(ITEM).measurement, "x")
    assert info.value.message.code == "unknown_item_role"


@pytest.mark.parametrize(
    ("content", "code", "inner"),
    [
        (None, "no_plan_file", None),
        ("\xff", "plan_not_utf8", None),
        ("{", "plan_bad_json", None),
        ('{"format": "gptbots-plan", "schema_version": 1, "settings": {"x": []}}', None, None),
    ],
)
def test_plan_file_errors_have_codes(
    tmp_path: Path, content: str | None, code: str | None, inner: str | None
) -> None:
    path = tmp_path / "p.gbplan"
    if content is not None:
        path.write_bytes(content.encode("latin-1" if content == "\xff" else "utf-8"))
    if code is None:
        read_plan(path)  # unknown settings are ignored
        return
    with pytest.raises(PlanError) as info:
        read_plan(path)
    assert info.value.message.code == code
    assert str(info.value).startswith(str(path))


def test_a_folder_is_not_a_plan_file(tmp_path: Path) -> None:
    with pytest.raises(PlanError) as info:
        read_plan(tmp_path)
    assert info.value.message.code == "plan_is_folder"


LLM = {
    "id": "custom/x",
    "brand": "Me",
    "name": "X",
    "prices": {
        "gptbots_key": {"input": "1", "output": "2"},
        "own_key": {"input": "1", "output": "2"},
    },
}

BAD_USER_CATALOGS = [
    ([], "not_json_object", None),
    ({"schema": 2}, "bad_user_schema", None),
    ({"nope": 1}, "unknown_fields", None),
    ({"prices": []}, "field_not_object", None),
    ({"custom_models": {}}, "field_not_list", None),
    ({"custom_models": [{**LLM, "category": "x"}]}, "bad_category", None),
    ({"custom_models": [{**LLM, "id": "openai/gpt-4.1-1m"}]}, "id_conflict", None),
    ({"custom_models": [{k: v for k, v in LLM.items() if k != "prices"}]}, "missing_field", None),
    ({"custom_models": [{**LLM, "brand": ""}]}, "field_empty", None),
    ({"custom_models": [{**LLM, "tokenizer": "x"}]}, "field_not_a_choice", None),
    ({"custom_models": [{**LLM, "audio": 3}]}, "field_not_object", None),
    ({"custom_models": [{**LLM, "provider_image_rule": {"kind": "x"}}]}, "in_field", None),
    ({"custom_models": [LLM, LLM]}, "id_conflict", None),
    ({"prices": {"openai/gpt-4.1-1m": []}}, "not_key_mode_object", None),
    ({"prices": {"openai/gpt-4.1-1m": {"x": {}}}}, "unknown_key_mode", None),
    ({"prices": {"openai/gpt-4.1-1m": {"own_key": 1}}}, "not_price_pair", None),
    ({"prices": {"openai/gpt-4.1-1m": {"own_key": {"x": 1}}}}, "unknown_price_field", None),
    ({"prices": {"openai/gpt-4.1-1m": {"own_key": {"input": "-1"}}}}, "negative_price", None),
    ({"prices": {"openai/gpt-4.1-1m": {"own_key": {"input": "x"}}}}, "not_a_number", None),
    ({"open_prices": {"llm_text": "1"}}, "not_open_type", None),
    ({"audio": {"tts/openai/tts": {}}}, "no_such_llm", None),  # an id, but not an LLM's
    ({"audio": {"openai/gpt-4.1-1m": 1}}, "must_be_object", None),
    ({"audio": {"openai/gpt-4.1-1m": {"input_tokens_per_second": "0"}}}, "not_positive", None),
]


@pytest.mark.parametrize(("data", "code", "inner"), BAD_USER_CATALOGS)
def test_bad_user_catalogs_raise_a_registered_code(data: Any, code: str, inner: str | None) -> None:
    base = load_bundled_catalog()
    with pytest.raises(CatalogError) as info:
        apply_user_catalog(base, copy.deepcopy(data), "u.json")
    assert info.value.message.code == code
    assert info.value.message.code in MESSAGES
    assert str(info.value) == info.value.message.english()


def test_catalog_lookups_have_codes() -> None:
    catalog = load_bundled_catalog()
    for query, code in (("zzzz-none", "unknown_model"), ("gpt", "unknown_model_near")):
        with pytest.raises(CatalogError) as info:
            catalog.find_llm(query)
        assert info.value.message.code == code
    with pytest.raises(CatalogError) as info:
        catalog.service("asr", "nope")
    assert info.value.message.code == "unknown_service"


def test_notes_are_messages() -> None:
    note = Note.of("no_audio", model="M")
    assert (
        note.text
        == note.message.english()
        == "M takes no audio: voice messages are billed as ASR instead"
    )
    assert note.params == {"model": "M"}
    json.dumps(note.message.to_dict())
