"""The CLI's estimates and measurements stay exactly what they were (golden files).

The expected outputs were taken before the layout change (issue: one vocabulary, message
codes ...) from both example plans, plans of our own in ``plans/`` with ``--set`` variants
of every setting, and ``measure`` over the mixed folder ``material/`` (text in four
encodings, every document format, images, audio, broken files).  A change that is meant
to alter the numbers regenerates them with ``python tests/golden/cases.py`` and says why.
"""

from __future__ import annotations

import json
import re

import pytest
from cases import CASES, EXPECTED, run_case


def _normalise(name: str, text: str) -> str:
    # Table columns (and their dashed rules) are as wide as the longest path, which depends
    # on where the clone is.
    if name.endswith(".txt"):
        lines = (re.sub(r"-{2,}", "--", line) for line in text.splitlines())
        return "\n".join(re.sub(r" {2,}", "  ", line).rstrip() for line in lines)
    return text


@pytest.mark.parametrize("name", sorted(CASES))
def test_output_unchanged(name: str) -> None:
    code, text = run_case(CASES[name])
    assert code == 0
    expected = (EXPECTED / name).read_text(encoding="utf-8")
    if name.endswith(".json"):
        assert json.loads(text) == json.loads(expected)
    assert _normalise(name, text) == _normalise(name, expected)


def test_cases_cover_every_format_and_both_examples() -> None:
    joined = [" ".join(args) for args in CASES.values()]
    for needle in ("example:customer-service", "example:voice-assistant", "measure"):
        assert any(needle in j for j in joined)
    for fmt in ("json", "csv"):
        assert any(f"--format {fmt}" in j for j in joined)
    assert any("--format" not in j for j in joined)  # the table
