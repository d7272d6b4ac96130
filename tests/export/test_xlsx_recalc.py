"""The workbook is the model: LibreOffice recalculates it and gets the engine's numbers.

Every workbook of this module is converted in one soffice batch (module
fixture): the example plans as exported, the same workbooks after a user
changed an input cell with openpyxl (which drops the cached values, so only a
real recalculation can give the right totals), and a catalog with a user
price for paid tool calls.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from xlsx_helpers import block, mismatches, named_range, set_cell, set_named_cell

from gptbots_planner.core.catalog import Catalog, load_catalog, write_user_catalog
from gptbots_planner.core.estimate import Estimate, estimate
from gptbots_planner.core.plan import Plan, PlanItem, Scenario
from gptbots_planner.core.planfile import load_example_plan
from gptbots_planner.export.xlsx import write_xlsx
from gptbots_planner.measure.records import Measurement


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
    *,
    cells: dict[str, object] | None = None,
    expected_plan: Plan | None = None,
    expected_catalog: Catalog | None = None,
) -> Case:
    """Export ``plan``; with ``changes``, edit those named cells like a user would, and
    estimate the plan with the same ``--set``.  ``cells`` are edits of the workbook alone
    (a workbook name, or "Sheet!A1"), whose engine side is ``expected_plan`` /
    ``expected_catalog``."""
    exported = folder / f"{name}-exported.xlsx"
    write_xlsx(plan, catalog, exported)
    expected = (expected_plan or plan).copy()
    xlsx = exported
    edits = [(k, v, True) for k, v in (changes or {}).items()]
    edits += [(k, v, False) for k, v in (cells or {}).items()]
    for i, (target, value, is_field) in enumerate(edits):
        edited = folder / f"{name}-{i}.xlsx"
        if "!" in target:
            sheet, coords = target.split("!")
            set_cell(xlsx, sheet, coords, value, edited)
        else:
            set_named_cell(xlsx, target, value, edited)
        if is_field:
            expected.set_field(target, value)
        xlsx = edited
    if edits:
        final = folder / f"{name}.xlsx"
        xlsx.rename(final)
        xlsx = final
    return Case(name, xlsx, estimate(expected, expected_catalog or catalog))


ODD_PRICES = {
    "schema": 1,
    "custom_models": [
        {
            "id": "custom/half",
            "category": "llm",
            "brand": "=Custom",
            "name": "+Half priced",
            "prices": {
                "gptbots_key": {"input": None, "output": "0.2"},
                "own_key": {"input": "0.01", "output": "0.02"},
            },
            "tokenizer": "o200k_base",
        }
    ],
    "prices": {
        "storage/vector": None,
        "embedding/openai/text-embedding-3-small": {"own_key": None},
    },
    "open_prices": {"database_processing": "0.3", "question_classification": "0.05"},
}


def _odd_plan() -> Plan:
    """No items, every measure typed in; a shrinking plan that crosses a year in fixed months."""
    plan = Plan(name="+edge cases")
    plan.scenarios = [
        Scenario("custom/half", "gptbots_key"),
        Scenario("custom/half", "own_key"),
        Scenario("openai/gpt-4.1-1m", "own_key"),
    ]
    values = {
        "knowledge_tokens": 5000,
        "user_message_tokens": 30,
        "reply_tokens": 100,
        "reply_characters": 400,
        "voice_seconds_per_message": 61,
        "asr_rounding": "per_started_minute",
        "voice_turn_share": 0.3,
        "tts_playback_share": 0.2,
        "database_calls_per_turn": 0.5,
        "classified_question_share": 0.4,
        "months": 3,
        "monthly_growth": -0.1,
        "days_mode": "fixed30",
        "start_month": "2027-11",
        "kb_growth_tokens_per_month": 1000,
    }
    for name, value in values.items():
        plan.set_field(name, value)
    return plan


def _recordings_plan() -> Plan:
    """Voice notes of 30 s and 90 s: per started minute bills 60 s and 120 s, 90 s on average
    (rounding the 60 s average would give 60 s), all through ASR."""
    plan = Plan(name="recordings")
    for name, seconds in (("short.m4a", "30"), ("long.m4a", "90")):
        m = Measurement(path="", name=name, kind="audio", detail="m4a", seconds=seconds)
        plan.items.append(PlanItem.from_measurement(m))
    plan.set_field("voice_turn_share", "0.5")
    plan.set_field("months", 2)
    return plan


def _with_item_seconds(plan: Plan, name: str, seconds: str) -> Plan:
    """``plan`` with one recording's measured length changed (as on the Files sheet)."""
    changed = plan.copy()
    changed.items = [
        PlanItem.from_measurement(replace(i.measurement, seconds=seconds), role=i.role)
        if i.measurement.name == name
        else i
        for i in plan.items
    ]
    return changed


def _with_window(catalog: Catalog, model_id: str, window: int) -> Catalog:
    """``catalog`` with one model's context window changed (as on the Prices sheet)."""
    changed = copy.copy(catalog)
    changed.llm = {**catalog.llm, model_id: replace(catalog.llm[model_id], context_window=window)}
    return changed


def _new_input_cases(
    folder: Path, bundled: Catalog, priced: Catalog, vendor: Catalog
) -> list[Case]:
    """An edit of each input the new engine rules read, against the same change in the plan
    (or the catalog)."""
    cs = load_example_plan("customer-service")
    o3 = cs.copy()
    o3.scenarios = [Scenario("openai/gpt-o3", "gptbots_key"), Scenario("openai/gpt-o3", "own_key")]
    short = cs.copy()
    short.set_field("months", 6)
    windows = cs.copy()
    windows.scenarios = [
        Scenario("openai/gpt-4-8k", "gptbots_key"),
        Scenario("deepseek/deepseek-v3-64k", "gptbots_key"),
        Scenario("openai/gpt-4.1-mini-1m", "own_key"),
    ]
    # GPT-4-8k is dear: fewer conversations keep its totals within the CSV's 15 digits
    windows.set_field("conversations_per_month", 20)
    windows.set_field("months", 3)
    rec = _recordings_plan()
    rec.set_field("asr_rounding", "per_started_minute")
    files_cell = "Files!" + _seconds_cell(rec, "long.m4a")
    return [
        # hidden tokens at the output price, only on a reasoning model
        _case("o3-reasoning", o3, bundled, folder, {"reasoning_tokens_per_call": 1000}),
        # the vendor's price on the own key is a live input on the Prices sheet
        _case(
            "vendor-price",
            cs,
            bundled,
            folder,
            cells={"provider_input_openai_gpt_4_1_1m": 3, "provider_price_rerank": 0.5},
            expected_catalog=vendor,
        ),
        _case("cs-first-day", cs, bundled, folder, {"kb_growth_timing": "first_day"}),
        # an entered length is rounded as one recording; a recording's seconds on Files
        # are each rounded on their own
        _case("rec-entered", rec, bundled, folder, {"voice_seconds_per_message": 100}),
        _case(
            "rec-files",
            rec,
            bundled,
            folder,
            cells={files_cell: 150},
            expected_plan=_with_item_seconds(rec, "long.m4a", "150"),
        ),
        # the question embedded and reranked follows an entered user message
        _case("cs-user-tokens", cs, bundled, folder, {"user_message_tokens": 50}),
        # more months than the plan had: the hidden rows are there
        _case("cs-longer", short, bundled, folder, {"months": 30}),
        _case("windows", windows, priced, folder),
        # a measure makes the largest call too large for two windows: cheapest moves
        _case("windows-prompt", windows, priced, folder, {"system_prompt_tokens": 70000}),
        _case(
            "windows-edit",
            windows,
            priced,
            folder,
            cells={"context_window_openai_gpt_4_1_mini_1m": 1000},
            expected_catalog=_with_window(priced, "openai/gpt-4.1-mini-1m", 1000),
        ),
    ]


def _component_edits(plan: Plan, edits: dict[str, object]) -> tuple[dict[str, object], Plan]:
    """Edits of component fields (``components.<id>.<field>``) as the workbook's cells
    (``component_<id>_<field>``) and as the plan the engine is given with the same --set."""
    expected = plan.copy()
    cells = {}
    for target, value in edits.items():
        _, cid, name = target.split(".")
        cells[f"component_{cid}_{name}"] = value
        expected.set_field(target, value)
    return cells, expected


def _workflow_cases(folder: Path, bundled: Catalog) -> list[Case]:
    """The workflow components' cells are live: a two-component plan (answer + handover
    condition on a fixed model, spoken replies on the audio row), edited like a user would."""
    voice = load_example_plan("voice-assistant")
    assert len(voice.components) == 2
    cases = []
    for name, edits in (
        (
            "wf-output-share",
            {"components.handover.output_tokens": 40, "components.handover.turn_share": 0.5},
        ),
        (
            "wf-answer-flags",
            {"components.answer.output_tokens": 90, "components.answer.sends_memory": 0},
        ),
        (
            "wf-history",
            {"components.handover.sends_reply": 0, "components.handover.calls_per_turn": 3},
        ),
    ):
        cells, expected = _component_edits(voice, edits)
        cases.append(_case(name, voice, bundled, folder, cells=cells, expected_plan=expected))
    # memory by turn: the exact mean over a fractional number of turns
    memory = {"history_turns": 3, "turns_per_conversation": 4.5}
    cases.append(_case("wf-memory", voice, bundled, folder, memory))
    # text on the audio row billed at its text sibling's prices
    text = {"audio_row_text": "text_sibling"}
    cases.append(_case("wf-audio-row-text", voice, bundled, folder, text))
    return cases


def _seconds_cell(plan: Plan, name: str) -> str:
    """The Files sheet's seconds cell of item ``name`` (row after the heading)."""
    from openpyxl.utils import get_column_letter

    from gptbots_planner.export.labels import Labels, file_tokenizers

    col = Labels().file_headings(file_tokenizers(plan)).index("Seconds") + 1
    row = next(i for i, item in enumerate(plan.items, 2) if item.measurement.name == name)
    return f"{get_column_letter(col)}{row}"


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
    # Odd prices: a custom model whose input is unpriced (so its whole text line is),
    # no storage price, no own-key embedding price, user prices for the other open types.
    odd_home = tmp_path_factory.mktemp("home-odd-prices")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GPTBOTS_PLANNER_HOME", str(odd_home))
        write_user_catalog(ODD_PRICES)
        odd = load_catalog()
    assert odd.user_error == ""
    vendor_home = tmp_path_factory.mktemp("home-vendor-prices")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GPTBOTS_PLANNER_HOME", str(vendor_home))
        write_user_catalog(
            {
                "schema": 1,
                "provider_prices": {
                    "openai/gpt-4.1-1m": {"input": "3"},
                    "rerank/jina/reranker-v1-base-en": {"price": "0.5"},
                },
            }
        )
        vendor = load_catalog()
    assert vendor.user_error == ""
    cs = load_example_plan("customer-service")
    voice = load_example_plan("voice-assistant")
    # An "(audio input)" row: audio at its price, text at Gemini-2.5-Flash's.
    gemini = voice.copy()
    gemini.scenarios = [
        Scenario("google/gemini-2.5-flash-audio-input", "gptbots_key"),
        Scenario("google/gemini-2.5-flash-audio-input", "own_key"),
        Scenario("google/gemini-2.5-flash", "own_key"),
    ]
    cases = [
        _case("cs", cs, bundled, folder),
        _case("gemini", gemini, bundled, folder),
        _case("voice", voice, bundled, folder),
        _case("cs-conv", cs, bundled, folder, {"conversations_per_month": 4321}),
        _case("voice-conv", voice, bundled, folder, {"conversations_per_month": 1234}),
        _case("cs-priced", cs, priced, folder),
        _case("cs-priced-conv", cs, priced, folder, {"conversations_per_month": 777}),
        # Settings cells are live too: days per month, and voice through ASR for every model.
        _case("cs-fixed30", cs, bundled, folder, {"days_mode": "fixed30", "monthly_growth": 0.2}),
        _case("voice-asr", voice, bundled, folder, {"voice_mode": "asr", "start_month": "2028-02"}),
        # Fewer months than exported rows: the horizon total follows the `months` cell.
        _case("cs-months", cs, bundled, folder, {"months": 5}),
        _case("odd", _odd_plan(), odd, folder),
        _case("odd-zero", _odd_plan(), odd, folder, {"conversations_per_month": 0}),
        # ASR rounding is live: the billed seconds follow the cell, for an entered length
        # (rounded in the sheet) and for measured recordings (each rounded at export).
        _case(
            "voice-minute",
            voice,
            bundled,
            folder,
            {"voice_mode": "asr", "asr_rounding": "per_started_minute"},
        ),
        _case("odd-pro-rata", _odd_plan(), odd, folder, {"asr_rounding": "pro_rata"}),
        _case("rec", _recordings_plan(), bundled, folder),
        _case(
            "rec-minute",
            _recordings_plan(),
            bundled,
            folder,
            {"asr_rounding": "per_started_minute"},
        ),
        *_new_input_cases(folder, bundled, priced, vendor),
        *_workflow_cases(folder, bundled),
    ]
    out = folder / "csv"
    libreoffice.convert([c.xlsx for c in cases], out)
    return {c.name: (c, libreoffice.sheets(c.xlsx, out)) for c in cases}


CASES = ["cs", "voice", "cs-conv", "voice-conv", "cs-priced", "cs-priced-conv", "odd", "odd-zero"]


ROUNDING = ["voice-minute", "odd-pro-rata", "rec", "rec-minute", "gemini"]


NEW_INPUTS = [
    "o3-reasoning",
    "vendor-price",
    "cs-first-day",
    "rec-entered",
    "rec-files",
    "cs-user-tokens",
    "cs-longer",
    "windows",
    "windows-prompt",
    "windows-edit",
]


WORKFLOW = ["wf-output-share", "wf-answer-flags", "wf-history", "wf-memory", "wf-audio-row-text"]


@pytest.mark.parametrize(
    "name", [*CASES, "cs-fixed30", "voice-asr", *ROUNDING, *NEW_INPUTS, *WORKFLOW]
)
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
    assert not any("★" in c for row in summary for c in row)

    case, sheets = recalculated["cs-priced"]
    cheapest = case.expected.cheapest
    assert cheapest is not None
    summary = sheets["Summary"]
    marked = [row for row in summary if any("★" in c for c in row)]
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


def test_odd_prices_stay_unpriced_not_zero(recalculated) -> None:
    case, sheets = recalculated["odd"]
    by_type = block(sheets, case.xlsx, "month1_credits_by_type")
    half_gptbots = [row[0] for row in by_type]
    assert half_gptbots[0] == "unpriced"  # input unpriced makes the whole LLM text line unpriced
    assert half_gptbots[5] == "unpriced"  # storage
    assert [row[1] for row in by_type][4] == "unpriced"  # own-key embedding
    zero_case, zero_sheets = recalculated["odd-zero"]
    totals = block(zero_sheets, zero_case.xlsx, "month1_total_credits")[0]
    # no conversations: only the documents' indexing and storage remain (unpriced here)
    assert [Decimal(x) for x in totals] == [s.monthly_total for s in zero_case.expected.scenarios]


def test_horizon_total_follows_the_months_cell(recalculated) -> None:
    case, sheets = recalculated["cs-months"]
    horizon = block(sheets, case.xlsx, "horizon_total_credits")[0]
    expected = [s.horizon_total for s in case.expected.scenarios]
    assert all(len(s.months) == 5 for s in case.expected.scenarios)
    assert [
        abs(Decimal(x) - e) <= Decimal("1e-9") for x, e in zip(horizon, expected, strict=True)
    ] == [True] * len(expected)
    full = recalculated["cs"][0].expected.scenarios[0].horizon_total
    assert Decimal(horizon[0]) < full
    # the Summary's headings name the horizon from the same cell
    summary = sheets["Summary"]
    assert "projection over 5 months" in summary[2][0]
    assert summary[5][5:7] == ["5-month total (credits)", "5-month credits (USD)"]
    assert summary[5][9] == "5-month total cost (USD)"
    moved = recalculated["voice-asr"][1]["Summary"]
    assert moved[2][0].startswith("Month 1 = 2028-02;")


def test_asr_rounding_cell_changes_the_asr_line(recalculated) -> None:
    """The rounding edits really moved ASR (so the matches above are recalculated values)."""
    for before, after in (
        ("voice-asr", "voice-minute"),
        ("odd", "odd-pro-rata"),
        ("rec", "rec-minute"),
    ):
        old = recalculated[before][0].expected.scenarios[-1].first.lines["asr"].credits
        new = recalculated[after][0].expected.scenarios[-1].first.lines["asr"].credits
        assert old is not None and new is not None and old != new, (before, after)
    rec = recalculated["rec-minute"][0].expected.scenarios[0]
    assert rec.measures.billed_voice_seconds_per_message == 90


def test_audio_input_row_prices_text_at_its_sibling_in_the_sheet(recalculated) -> None:
    case, _ = recalculated["gemini"]
    audio = case.expected.scenarios[0]
    assert audio.text_pricing_model.id == "google/gemini-2.5-flash"
    assert audio.first.lines["llm_audio"].credits and audio.first.lines["llm_text"].credits
    ws = openpyxl.load_workbook(case.xlsx)["Prices"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert any(r[1] == "google/gemini-2.5-flash" and r[2] == "GPTBots key" for r in rows)
    note = next(r[7] for r in rows if r[1] == audio.model.id and r[2] == "GPTBots key")
    assert "Gemini-2.5-Flash" in note and "audio input price only" in note


def test_each_new_input_moved_the_numbers(recalculated) -> None:
    """Every edit of a new input really changed the engine's result (so matching it is a
    recalculation, not the cached values)."""

    def first(name: str, i: int = 0):
        return recalculated[name][0].expected.scenarios[i]

    assert first("o3-reasoning").per_turn["llm_reasoning_tokens"] == 2000
    cs = recalculated["cs"][0].expected.scenarios
    assert first("vendor-price", 1).provider_bill_usd != cs[1].provider_bill_usd
    assert first("vendor-price", 1).text_pricing_model.provider_price.basis == "user"
    assert first("cs-first-day").months[1].total != cs[0].months[1].total
    assert first("rec-entered").measures.billed_voice_seconds_per_message == 120
    assert first("rec-files").measures.billed_voice_seconds_per_message == 120  # (60+180)/2
    user = first("cs-user-tokens")
    assert user.measures.user_message_tokens_embedding == 50
    assert user.first.lines["rerank"].credits != cs[0].first.lines["rerank"].credits
    assert len(first("cs-longer").months) == 30
    windows = recalculated["windows"][0].expected
    assert [s.fits_context for s in windows.scenarios] == [True, True, True]
    prompt = recalculated["windows-prompt"][0].expected
    assert [s.fits_context for s in prompt.scenarios] == [False, False, True]
    assert prompt.cheapest is prompt.scenarios[2] and windows.cheapest is windows.scenarios[1]
    edit = recalculated["windows-edit"][0].expected
    assert edit.scenarios[2].fits_context is False
    case, sheets = recalculated["windows-prompt"]
    assert block(sheets, case.xlsx, "fits_context")[0] == ["0", "0", "1"]


def test_each_component_edit_moved_the_numbers(recalculated) -> None:
    """Every component edit changed the engine's result (so matching it is a
    recalculation), and the voice example really speaks its replies on the audio row."""
    voice = recalculated["voice"][0].expected.scenarios[0]
    spoken = voice.first.lines["llm_audio"].parts["output_tokens"]
    assert spoken > 0 and voice.first.lines["tts"].quantity == 0
    for name in WORKFLOW:
        edited = recalculated[name][0].expected.scenarios
        before = recalculated["voice"][0].expected.scenarios
        assert [s.monthly_total for s in edited] != [s.monthly_total for s in before], name
    share = recalculated["wf-output-share"][0].expected.scenarios[0]
    assert share.per_turn["component.handover.text_output_tokens"] == 20  # 0.5 x 40
