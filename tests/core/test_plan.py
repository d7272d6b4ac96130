"""Plans: validation with clear messages, JSON round trip, plan files."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from gptbots_planner.core.plan import ASSUMPTION_SPECS, Plan, PlanError
from gptbots_planner.core.planfile import read_plan, write_plan


def test_defaults_cover_every_assumption() -> None:
    plan = Plan()
    assert set(plan.assumptions) == set(ASSUMPTION_SPECS)
    assert plan.get("conversations_per_month") == Decimal(1000)


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("conversations_per_month", "-1", "at least 0"),
        ("image_turn_share", "1.5", "at most 1"),
        ("months", "2.5", "whole number"),
        ("months", "0", "at least 1"),
        ("turns_per_conversation", "lots", "not a number"),
        ("voice_mode", "telepathy", "voice_mode: must be one of"),
        ("start_month", "2027-13", "start_month"),
        ("no_such_field", "1", "unknown field"),
        ("reply_tokens", "-5", "negative"),
    ],
)
def test_set_field_rejects_bad_values(name, value, message) -> None:
    plan = Plan()
    before = plan.to_dict()
    with pytest.raises(PlanError, match=message):
        plan.set_field(name, value)
    assert plan.to_dict() == before


def test_decimal_values_are_kept_exactly(tmp_path) -> None:
    plan = Plan()
    plan.set_field("monthly_growth", "0.0333333333333333333333")
    plan.set_field("reply_tokens", "123.456")
    path = write_plan(plan, tmp_path / "p.gbplan")
    again = read_plan(path)
    assert again.get("monthly_growth") == Decimal("0.0333333333333333333333")
    assert again.overrides["reply_tokens"] == Decimal("123.456")
    plan.set_field("reply_tokens", "measured")
    assert "reply_tokens" not in plan.overrides


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "invalid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'{"format": "something-else"}', "not a GPTBots plan"),
        (b'{"format": "gptbots-plan", "schema_version": 99}', "newer version"),
        (
            b'{"format": "gptbots-plan", "schema_version": 1, "assumptions": {"months": "x"}}',
            "assumptions.months",
        ),
        (
            b'{"format": "gptbots-plan", "schema_version": 1, "items": [{"name": "a", "kind": "text", "role": "boss"}]}',
            "items row 1: unknown role",
        ),
        (
            b'{"format": "gptbots-plan", "schema_version": 1, "scenarios": [{"model": "x", "key_mode": "stolen"}]}',
            "scenarios row 1",
        ),
        # wrongly shaped fields used to escape as AttributeError / TypeError tracebacks
        (b'{"format": "gptbots-plan", "schema_version": 1, "overrides": [1]}', "overrides must"),
        (b'{"format": "gptbots-plan", "schema_version": 1, "settings": [1]}', "settings must"),
        (b'{"format": "gptbots-plan", "schema_version": 1, "services": ["asr"]}', "services must"),
        (b'{"format": "gptbots-plan", "schema_version": 1, "scenarios": 5}', "scenarios must"),
        (
            b'{"format": "gptbots-plan", "schema_version": 1, "items": [{"name": "a", "kind": "image", "width": "big"}]}',
            "items row 1: field 'width'",
        ),
        (
            b'{"format": "gptbots-plan", "schema_version": 1, "items": [{"name": "a", "kind": "audio", "seconds": "-5"}]}',
            "items row 1: field 'seconds' cannot be negative",
        ),
        (
            b'{"format": "gptbots-plan", "schema_version": 1, "items": [{"name": "a", "kind": "text", "tokens": [1]}]}',
            "items row 1: field 'tokens'",
        ),
    ],
)
def test_bad_plan_files_give_clear_errors(tmp_path, content, message) -> None:
    path = tmp_path / "bad.gbplan"
    path.write_bytes(content)
    with pytest.raises(PlanError, match=message):
        read_plan(path)


def test_missing_and_folder_plan_files(tmp_path) -> None:
    with pytest.raises(PlanError, match="no such plan file"):
        read_plan(tmp_path / "nope.gbplan")
    with pytest.raises(PlanError, match="folder"):
        read_plan(tmp_path)


def test_save_is_atomic_on_failure(tmp_path, monkeypatch) -> None:
    path = tmp_path / "p.gbplan"
    write_plan(Plan(name="first"), path)
    before = path.read_bytes()

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", boom)
    with pytest.raises(OSError, match="No space"):
        write_plan(Plan(name="second"), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.gbplan"]
    assert json.loads(before)["name"] == "first"
