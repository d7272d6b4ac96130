"""The workbook's structure without LibreOffice: names, cached values, layout, language."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from xlsx_helpers import named_range

from gptbots_planner.core.catalog import BILLING_TYPES, load_catalog
from gptbots_planner.core.estimate import estimate
from gptbots_planner.core.plan import ASSUMPTION_SPECS, Scenario
from gptbots_planner.core.planfile import load_example_plan
from gptbots_planner.export.xlsx import write_xlsx
from gptbots_planner.vocab.messages import Message, render
from gptbots_planner.vocab.text import translator

TOL = Decimal("1e-9")


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(use_user_file=False)


@pytest.fixture(scope="module", params=["customer-service", "voice-assistant"])
def exported(request, catalog, tmp_path_factory):
    plan = load_example_plan(request.param)
    path = tmp_path_factory.mktemp("xlsx") / f"{request.param}.xlsx"
    write_xlsx(plan, catalog, path)
    return plan, path


def _cached(wb, name: str, path: Path) -> list[list[object]]:
    sheet, r1, c1, r2, c2 = named_range(path, name)
    ws = wb[sheet]
    return [[ws.cell(r + 1, c + 1).value for c in range(c1, c2 + 1)] for r in range(r1, r2 + 1)]


def _near(value: object, expected: Decimal | None) -> bool:
    if expected is None:
        return value == "unpriced"
    return isinstance(value, int | float) and abs(Decimal(repr(value)) - expected) <= TOL


def test_every_assumption_is_a_named_input_cell(exported) -> None:
    plan, path = exported
    wb = openpyxl.load_workbook(path)
    for name in ASSUMPTION_SPECS:
        (sheet, coords), *_ = wb.defined_names[name].destinations
        assert sheet == "Inputs"
        value = wb[sheet][coords.replace("$", "")].value
        assert Decimal(repr(value)) == plan.assumptions[name], name
    for name in ("voice_mode", "asr_rounding", "days_mode", "image_rule", "start_month"):
        (sheet, coords), *_ = wb.defined_names[name].destinations
        assert wb[sheet][coords.replace("$", "")].value == getattr(plan.settings, name)


def test_formulas_carry_the_engine_values_for_viewers_that_do_not_recalculate(
    exported, catalog
) -> None:
    plan, path = exported
    est = estimate(plan, catalog)
    formulas = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)
    total_cells = _cached(formulas, "month1_total_credits", path)[0]
    assert all(str(f).startswith("=SUM(") for f in total_cells)  # a formula, not a pasted number
    totals = _cached(values, "month1_total_credits", path)[0]
    by_type = _cached(values, "month1_credits_by_type", path)
    projection = _cached(values, "projection_total_credits", path)
    for j, s in enumerate(est.scenarios):
        assert _near(totals[j], s.monthly_total)
        for i, type_id in enumerate(BILLING_TYPES):
            assert _near(by_type[i][j], s.first.lines[type_id].credits), type_id
        for k, month in enumerate(s.months):
            assert _near(projection[k][j], month.total)


def test_breakdown_credits_are_formulas_over_inputs_and_prices(exported) -> None:
    _, path = exported
    wb = openpyxl.load_workbook(path)
    sheet, r1, c1, r2, c2 = named_range(path, "month1_credits_by_type")
    ws = wb[sheet]
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            assert str(ws.cell(r + 1, c + 1).value).startswith("="), (r, c)
    # The chain reaches the named inputs and the Prices sheet.
    text = " ".join(str(cell.value) for row in ws.iter_rows() for cell in row)
    assert "conversations_per_month" in text and "'Prices'!" in text and "'Inputs'!" in text


def test_summary_is_first_and_active_with_three_charts(exported) -> None:
    _, path = exported
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Summary", "Inputs", "Prices", "Breakdown", "Projection", "Files"]
    assert wb.active.title == "Summary"
    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        sheet1 = z.read("xl/worksheets/sheet1.xml").decode()
    assert len(charts) == 3
    assert "<drawing " in sheet1


def test_print_setup_and_frozen_headers(exported) -> None:
    _, path = exported
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        # fitToWidth 1 is OOXML's default, so XlsxWriter leaves the attribute out
        assert ws.page_setup.fitToWidth in (None, 1), ws.title
        assert ws.page_setup.fitToHeight == 0, ws.title
    for title in ("Breakdown", "Projection", "Files"):
        assert wb[title].freeze_panes is not None, title


def test_files_sheet_lists_every_item_with_its_measures(exported) -> None:
    plan, path = exported
    ws = openpyxl.load_workbook(path)["Files"]
    header = [c.value for c in ws[1]]
    assert header[:4] == ["Name", "Role", "Kind", "Detail"]
    names = [ws.cell(r, 1).value for r in range(2, ws.max_row + 1)]
    assert names == [item.name for item in plan.items]
    col = header.index("Tokens (o200k_base)") + 1
    assert [ws.cell(r, col).value for r in range(2, ws.max_row + 1)] == [
        item.measurement.tokens.get("o200k_base") for item in plan.items
    ]


def test_chinese_headings_use_the_catalog_names(catalog, tmp_path: Path) -> None:
    path = tmp_path / "zh.xlsx"
    write_xlsx(load_example_plan("voice-assistant"), catalog, path, language="zh")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[0] == "摘要"
    sheet, r1, c1, r2, _ = named_range(path, "month1_credits_by_type")
    labels = [wb[sheet].cell(r + 1, 1).value for r in range(r1, r2 + 1)]
    assert labels == [catalog.billing_type(t).name_zh for t in BILLING_TYPES]
    # Every assumption row reads in Chinese: label, unit and help text.
    inputs = wb["输入"]
    for name, (_, _, _, unit, help_text) in ASSUMPTION_SPECS.items():
        (_, coords), *_ = wb.defined_names[name].destinations
        row = inputs[coords.replace("$", "")].row
        texts = [inputs.cell(row, col).value for col in (1, 3, 5)]
        assert texts[1] != unit and texts[2] != help_text, name
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in text) for text in texts), texts


def test_unknown_language_is_refused(catalog, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="language"):
        write_xlsx(
            load_example_plan("voice-assistant"), catalog, tmp_path / "x.xlsx", language="fr"
        )
    assert not (tmp_path / "x.xlsx").exists()


def test_cells_the_formulas_cannot_follow_refuse_a_change_and_say_why(exported) -> None:
    """image_rule would be silently ignored and months beyond the rows would find none: the
    cells only accept what the workbook can compute (the Projection has a row for every
    month the plan allows, hidden past the horizon), and their error text explains it."""
    plan, path = exported
    wb = openpyxl.load_workbook(path)
    ws = wb["Inputs"]
    rules = {}
    for dv in ws.data_validations.dataValidation:
        rules[str(dv.sqref)] = dv

    def rule_of(name: str):
        (_, coords), *_ = wb.defined_names[name].destinations
        return rules[coords.replace("$", "")]

    months = rule_of("months")
    bounds = (Decimal(months.formula1), Decimal(months.formula2))
    assert bounds == (1, 120)
    assert "hidden" in months.error
    projection = wb["Projection"]
    sheet, r1, _, r2, _ = named_range(path, "projection_total_credits")
    assert r2 - r1 + 1 == 120
    hidden = [r for r in range(r1 + 1, r2 + 2) if projection.row_dimensions[r].hidden]
    assert len(hidden) == 120 - plan.assumptions["months"]
    image = rule_of("image_rule")
    assert image.type == "list" and image.formula1 == f'"{plan.settings.image_rule}"'
    assert "fixed at export" in image.error
    # asr_rounding is live: the billed seconds are a formula over it
    assert rule_of("asr_rounding").formula1 == '"pro_rata,per_started_minute"'
    billed = next(row for row in ws.iter_rows() if row[0].value == "Voice message length (billed)")
    assert all(
        isinstance(c.value, str) and "asr_rounding" in c.value
        for c in billed[2 : 2 + len(plan.scenarios)]
    )
    # every measure is a named input cell (blank: measured) that the used values follow
    for name in ("system_prompt_tokens", "reply_tokens", "voice_seconds_per_message"):
        (_, coords), *_ = wb.defined_names[name].destinations
        entered = plan.overrides.get(name)
        assert ws[coords.replace("$", "")].value == (None if entered is None else float(entered))
    assert rule_of("kb_growth_timing").formula1 == '"evenly,first_day"'
    # the measured row, then the row the estimate uses
    *_, used = (
        row for row in ws.iter_rows() if row[0].value == "User message (embedding tokenizer)"
    )
    assert all("ISBLANK(user_message_tokens)" in c.value for c in used[2 : 2 + len(plan.scenarios)])


def test_prices_sheet_shows_both_key_modes_of_what_the_plan_uses(catalog, tmp_path: Path) -> None:
    """Even a plan that compares only the GPTBots key shows the own-key prices beside it."""
    plan = load_example_plan("customer-service")
    plan.scenarios = [s for s in plan.scenarios if s.key_mode == "gptbots_key"]
    path = tmp_path / "one-mode.xlsx"
    write_xlsx(plan, catalog, path)
    ws = openpyxl.load_workbook(path)["Prices"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    for s in plan.scenarios:
        model = catalog.find_llm(s.model_id)
        for mode, label in (("gptbots_key", "GPTBots key"), ("own_key", "Own key")):
            row = next(r for r in rows if r[1] == model.id and r[2] == label)
            assert Decimal(repr(row[3])) == model.price(mode, "input").value
            assert Decimal(repr(row[4])) == model.price(mode, "output").value
    header = next(r for r in rows if r[3] == "GPTBots key")
    assert header[4] == "Own key"
    emb = catalog.service("embedding", plan.services.embedding)
    row = next(r for r in rows if r[1] == emb.display)
    assert [Decimal(repr(v)) for v in row[3:5]] == [
        emb.price(m).value for m in ("gptbots_key", "own_key")
    ]


def test_projection_greys_the_months_past_the_months_cell(exported) -> None:
    """Lowering `months` leaves later rows computed but outside the total: they are greyed."""
    plan, path = exported
    wb = openpyxl.load_workbook(path)
    ws = wb["Projection"]
    sheet, r1, _, r2, _ = named_range(path, "projection_total_credits")
    rules = {
        str(rng.sqref): [f for r in rs if r.type == "expression" for f in r.formula]
        for rng, rs in ws.conditional_formatting._cf_rules.items()
    }
    greyed = {ref: f for ref, f in rules.items() if f == [f"$A{ref.split(':')[0][1:]}>months"]}
    # the month table and one block per scenario
    assert len(greyed) == 1 + len(plan.scenarios)
    assert f"A{r1 + 1}:" in " ".join(greyed) and any(ref.endswith(str(r2 + 1)) for ref in greyed)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_summary_lists_the_estimate_notes(catalog, tmp_path: Path, language: str) -> None:
    """Approximate tokenizers, the ASR fallback and missing measures reach the reader."""
    plan = load_example_plan("voice-assistant")
    plan.set_field("voice_seconds_per_message", "measured")  # the example has no voice note
    # Qwen counts exactly now: compare a model that is only approximated too
    plan.scenarios = [*plan.scenarios, Scenario("google/gemini-2.5-pro", "gptbots_key")]
    path = tmp_path / f"notes-{language}.xlsx"
    write_xlsx(plan, catalog, path, language=language)
    ws = openpyxl.load_workbook(path).worksheets[0]
    texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    est = estimate(plan, catalog)
    codes = {n.code for s in est.scenarios for n in s.note_items}
    assert {"missing_measure", "no_audio", "approximate_tokenizer"} <= codes
    # Rendered by code: field ids read as the fields' labels, as in the window.
    for s in est.scenarios:
        for note in s.note_items:
            shown = render(Message(note.code, note.params), translator(language))
            assert shown in texts
    if language == "en":
        assert any(
            t.startswith("Share of voice turns is 0.7 but Voice message length (seconds) is 0")
            for t in texts
        )
    else:
        assert any("语音轮次占比为 0.7，但语音消息时长 (秒)为 0" in t for t in texts)
        assert any("不接受音频输入" in t for t in texts)
