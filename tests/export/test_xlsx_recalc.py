"""The workbook is the model: LibreOffice recalculates it and gets the engine's numbers.

Every workbook of this module is converted in one soffice batch (module
fixture): the example plans as exported, the same workbooks after a user
changed an input cell with openpyxl (which drops the cached values, so only a
real recalculation can give the right totals), and a catalog with a user
price for paid tool calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from xlsx_helpers import block, mismatches, named_range, set_named_cell

from gptbots_planner.core.catalog import Catalog, load_catalog, write_user_catalog
from gptbots_planner.core.estimate import Estimate, estimate
from gptbots_planner.core.plan import Plan
from gptbots_planner.export.planfile import load_example_plan
from gptbots_planner.export.spreadsheet import write_xlsx


@dataclass
class Case:
    name: str
    xlsx: Path
    expected: Estimate


def _case(
    name: str,
    plan: Plan,
    catalog: Catalog,
    folder: Path,
    changes: dict[str, object] | None = None,
) -> Case:
    """Export ``plan``; with ``changes``, edit those named cells like a user would."""
    exported = folder / f"{name}-exported.xlsx"
    write_xlsx(plan, catalog, exported)
    expected_plan = plan.copy()
    xlsx = exported
    for i, (field, value) in enumerate((changes or {}).items()):
        edited = folder / f"{name}-{i}.xlsx"
        set_named_cell(xlsx, field, value, edited)
        expected_plan.set_field(field, value)
        xlsx = edited
    if changes:
        final = folder / f"{name}.xlsx"
        xlsx.rename(final)
        xlsx = final
    return Case(name, xlsx, estimate(expected_plan, catalog))


@pytest.fixture(scope="module")
def recalculated(libreoffice, tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("recalc")
    home = tmp_path_factory.mktemp("home-with-prices")
    bundled = load_catalog(use_user_file=False)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GPTBOTS_PLANNER_HOME", str(home))
        write_user_catalog({"schema": 1, "open_prices": {"tool_call": "1.5"}})
        priced = load_catalog()
    assert priced.user_error == ""
    assert priced.open_prices["tool_call"].value == Decimal("1.5")
    cs = load_example_plan("customer-service")
    voice = load_example_plan("voice-assistant")
    cases = [
        _case("cs", cs, bundled, folder),
        _case("voice", voice, bundled, folder),
        _case("cs-conv", cs, bundled, folder, {"conversations_per_month": 4321}),
        _case("voice-conv", voice, bundled, folder, {"conversations_per_month": 1234}),
        _case("cs-priced", cs, priced, folder),
        _case("cs-priced-conv", cs, priced, folder, {"conversations_per_month": 777}),
        # Settings cells are live too: days per month, and voice through ASR for every model.
        _case("cs-fixed30", cs, bundled, folder, {"days_mode": "fixed30", "monthly_growth": 0.2}),
        _case("voice-asr", voice, bundled, folder, {"voice_mode": "asr", "start_month": "2028-02"}),
    ]
    out = folder / "csv"
    libreoffice.convert([c.xlsx for c in cases], out)
    return {c.name: (c, libreoffice.sheets(c.xlsx, out)) for c in cases}


CASES = ["cs", "voice", "cs-conv", "voice-conv", "cs-priced", "cs-priced-conv"]


@pytest.mark.parametrize("name", [*CASES, "cs-fixed30", "voice-asr"])
def test_recalculated_workbook_shows_every_engine_total(recalculated, name: str) -> None:
    case, sheets = recalculated[name]
    assert mismatches(sheets, case.xlsx, case.expected) == []


def test_changed_conversations_change_the_totals(recalculated) -> None:
    """The edit really moved the numbers (so the match above is not the cached values)."""
    for before, after in (("cs", "cs-conv"), ("voice", "voice-conv")):
        old = recalculated[before][0].expected.scenarios[0].monthly_total
        new = recalculated[after][0].expected.scenarios[0].monthly_total
        assert old != new
        case, sheets = recalculated[after]
        shown = Decimal(block(sheets, case.xlsx, "month1_total_credits")[0][0])
        assert abs(shown - new) <= Decimal("1e-9")


def test_examples_exercise_the_formulas_that_matter(recalculated) -> None:
    """The cases cover audio LLM, ASR fallback, TTS, rerank, images, growth and tool calls."""
    voice = recalculated["voice"][0].expected
    kinds = {t for s in voice.scenarios for t, line in s.first.lines.items() if line.credits}
    assert {"llm_audio", "asr", "tts"} <= kinds
    cs = recalculated["cs"][0].expected.scenarios[0]
    assert cs.first.lines["rerank"].credits and cs.per_turn["llm_text_input_tokens"] > 0
    assert cs.months[1].knowledge_tokens > cs.months[0].knowledge_tokens  # knowledge growth
    assert cs.months[1].conversations > cs.months[0].conversations  # monthly growth
    assert cs.first.lines["tool_call"].credits is None  # unpriced without a user price
    priced = recalculated["cs-priced"][0].expected.scenarios[0]
    assert priced.first.lines["tool_call"].credits == Decimal("1.5") * Decimal("1200")


def test_unpriced_flag_and_cheapest_marker_follow_the_prices(recalculated) -> None:
    case, sheets = recalculated["cs"]
    sheet, r1, c1, _, c2 = named_range(case.xlsx, "month1_total_credits")
    grid = sheets[sheet]
    flags = grid[r1 + 3][c1 : c2 + 1]  # total, USD, one-time, unpriced flag
    assert all("unpriced" in f and "Paid tool call" in f for f in flags)
    summary = sheets["Summary"]
    assert not any("cheapest" in c for row in summary for c in row)

    case, sheets = recalculated["cs-priced"]
    cheapest = case.expected.cheapest
    assert cheapest is not None
    summary = sheets["Summary"]
    marked = [row for row in summary if any("cheapest" in c for c in row)]
    assert len(marked) == 1
    assert marked[0][0].startswith(cheapest.model.display)
    assert f"({'Own key' if cheapest.key_mode == 'own_key' else 'GPTBots key'})" in marked[0][0]
    flags = sheets[sheet][r1 + 3][c1 : c2 + 1]
    assert flags == [""] * len(flags)


def test_summary_and_usd_columns(recalculated) -> None:
    case, sheets = recalculated["voice"]
    summary = sheets["Summary"]
    for s in case.expected.scenarios:
        label = f"{s.model.display} ("
        row = next(
            r for r in summary if r and r[0].startswith(label) and s.key_mode[:3] in r[1].lower()
        )
        assert abs(Decimal(row[2]) - s.monthly_total) <= Decimal("1e-9")
        assert abs(Decimal(row[3]) - s.monthly_total_usd) <= Decimal("1e-11")
        assert abs(Decimal(row[5]) - s.horizon_total) <= Decimal("1e-9")
