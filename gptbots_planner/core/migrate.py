"""Plan files of an older schema, brought up to the current one (on dicts, before parsing).

Schema 1 -> 2 (workflow components): a turn was ``llm_calls_per_turn`` = N identical calls
with the compared model.  It becomes the answer component plus N - 1 copies of it (a
fractional N: the last copy runs that fraction of the turns), so an old plan's estimate
stays what it was, except where the two corrections that came with schema 2 apply: memory
by turn (``history_turns`` is now GPTBots' short-term memory setting, a whole number of at
most 50 turns, and turn t sends min(t - 1, it) earlier turns) and spoken replies.  A
fractional or larger old ``history_turns`` is rounded half up and capped at 50.

Schema 2 -> 3 (plans that travel): a file below the plan's folder may be stored relative to
it (``core.plan_paths``).  Schema 2 stored every path absolute, which schema 3 reads the
same, so the upgrade only changes the number; it is not reported (``migrated_from`` stays
None), as nothing the plan computes changes.  An older program refuses a schema-3 file
("newer_schema") instead of reading its relative paths against the wrong folder.
"""

from __future__ import annotations

import copy
import logging
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from gptbots_planner.core.components import new_component

log = logging.getLogger(__name__)

CURRENT = 3
MAX_HISTORY = Decimal(50)


def upgrade(data: dict[str, Any]) -> tuple[dict[str, Any], int | None]:
    """``data`` at the current schema, and the schema it was written in (None: current)."""
    version = data.get("schema_version")
    if version == 2:
        return data | {"schema_version": CURRENT}, None  # absolute paths read the same
    if version != 1:
        return data, None
    upgraded = copy.deepcopy(data)
    _one_to_two(upgraded)
    upgraded["schema_version"] = CURRENT
    log.info("plan upgraded from schema 1 to %d", CURRENT)
    return upgraded, 1


def _decimal(value: object, default: Decimal) -> Decimal:
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return default
    return number if number.is_finite() else default


def answer_and_copies(calls: Decimal) -> list[dict[str, Any]]:
    """The components of an old plan's ``llm_calls_per_turn`` = ``calls``."""
    answer = new_component("answer", "answer")
    rows = [answer.to_dict() | {"calls_per_turn": str(min(calls, Decimal(1)))}]
    remaining = calls - 1
    index = 2
    while remaining > 0:
        copy_row = answer.to_dict() | {
            "id": f"answer-{index}",
            "name": f"{answer.name} {index}",
            "kind": "custom",
            "calls_per_turn": "1",
        }
        if remaining < 1:
            copy_row["turn_share"] = str(remaining)
        rows.append(copy_row)
        remaining -= 1
        index += 1
    return rows


def _one_to_two(data: dict[str, Any]) -> None:
    assumptions = data.get("assumptions")
    if not isinstance(assumptions, dict):
        assumptions = {}
        data["assumptions"] = assumptions
    calls = max(_decimal(assumptions.pop("llm_calls_per_turn", "1"), Decimal(1)), Decimal(0))
    # far beyond any workflow; keeps a hostile file from building a million rows
    calls = min(calls, Decimal(100))
    if "components" not in data:
        data["components"] = answer_and_copies(calls)
    if "history_turns" in assumptions:
        history = _decimal(assumptions["history_turns"], Decimal(2))
        history = min(max(history, Decimal(0)), MAX_HISTORY)
        assumptions["history_turns"] = str(history.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    data["schema_version"] = 2
