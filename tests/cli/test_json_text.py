"""``cli.json_text.dumps`` writes exactly what ``json.dumps(..., ensure_ascii=False, indent=2)``
writes, for any JSON value (and falls back to it for what it does not lay out itself)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gptbots_planner.cli.json_text import dumps

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(alphabet=st.characters(codec=None, exclude_categories=()))
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=30,
)


def _reference(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


@given(values)
def test_same_text_as_json_dumps(value: object) -> None:
    assert dumps(value) == _reference(value)


@pytest.mark.parametrize(
    "value",
    [
        {1: "int key", "b": [float("nan"), float("inf")]},
        {"nested": {True: None, None: 1.5}},
        {"row": {"tokens": 3, "warnings": [], "params": {}, "name": 'a\udcff\x1b"b'}},
        [],
        {},
    ],
)
def test_edge_cases_match(value: object) -> None:
    assert dumps(value) == _reference(value)


def test_what_json_cannot_write_still_raises() -> None:
    with pytest.raises(TypeError):
        dumps({"money": Decimal("1.5")})
