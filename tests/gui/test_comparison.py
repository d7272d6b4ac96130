"""An honest comparison in the window: credits, the provider's bill and the total cost per
scenario, the cheapest by total cost, context windows, vendor prices, the budget's two numbers."""

from __future__ import annotations

import json
import os
from decimal import Decimal

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from gptbots_planner import paths  # noqa: E402
from gptbots_planner.core.catalog import load_catalog  # noqa: E402
from gptbots_planner.core.estimate import estimate  # noqa: E402
from gptbots_planner.core.money import credits_to_usd, fmt_credits  # noqa: E402
from gptbots_planner.core.plan import Plan, Scenario  # noqa: E402
from gptbots_planner.core.planfile import load_example_plan  # noqa: E402
from gptbots_planner.gui.catalog_model import CatalogModel  # noqa: E402
from gptbots_planner.gui.catalog_view import CatalogView  # noqa: E402
from gptbots_planner.gui.plan_form import PlanPanel  # noqa: E402
from gptbots_planner.gui.results import user_prices  # noqa: E402
from gptbots_planner.gui.results.comparison_model import ComparisonModel  # noqa: E402
from gptbots_planner.gui.results.names import usd_amount  # noqa: E402
from gptbots_planner.gui.results.panel import ResultsPanel  # noqa: E402
from gptbots_planner.gui.results.roles import DECIMAL_ROLE  # noqa: E402

MODELS = ("openai/gpt-4.1-1m", "openai/gpt-4-8k")


def big_prompt_plan(*scenarios: Scenario) -> Plan:
    """1000 one-turn conversations sending ~12,600 input tokens per call, no knowledge."""
    plan = Plan(name="big prompt")
    for name, value in {
        "system_prompt_tokens": 12_000,
        "user_message_tokens": 600,
        "reply_tokens": 200,
    }.items():
        plan.set_field(name, value)
    for name, text in {
        "conversations_per_month": "1000",
        "turns_per_conversation": "1",
        "components.answer.calls_per_turn": "1",
        "history_turns": "0",
        "months": "2",
    }.items():
        plan.set_field(name, text)
    plan.scenarios = list(scenarios) or [
        Scenario(model, mode) for model in MODELS for mode in ("gptbots_key", "own_key")
    ] + [Scenario("deepseek/v3", "gptbots_key")]
    return plan


def _model(est) -> ComparisonModel:
    model = ComparisonModel()
    model.set_estimate(est)
    return model


def _text(model, row, col) -> str:
    return model.index(row, col).data(Qt.ItemDataRole.DisplayRole)


def _panel(qtbot, plan, catalog) -> ResultsPanel:
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.resize(1400, 900)
    panel.set_estimate(estimate(plan, catalog), plan, catalog)
    return panel


def test_comparison_columns_equal_the_engines_numbers(qtmodeltester):
    plan = big_prompt_plan()
    est = estimate(plan, load_catalog())
    model = _model(est)
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert {"Month 1 credits", "Provider bill", "Total cost", "Context window"} <= set(headers)
    for row, s in enumerate(est.scenarios):
        assert _text(model, row, ComparisonModel.CREDITS) == fmt_credits(s.monthly_total)
        assert model.index(row, ComparisonModel.CREDITS).data(DECIMAL_ROLE) == s.monthly_total
        assert model.index(row, ComparisonModel.PROVIDER).data(DECIMAL_ROLE) == s.provider_bill_usd
        assert model.index(row, ComparisonModel.TOTAL_COST).data(DECIMAL_ROLE) == s.total_cost_usd
        assert _text(model, row, ComparisonModel.PROVIDER) == usd_amount(s.provider_bill_usd)
        assert _text(model, row, ComparisonModel.TOTAL_COST) == usd_amount(s.total_cost_usd)
        assert s.total_cost_usd == credits_to_usd(s.monthly_total) + s.provider_bill_usd
        if s.key_mode == "gptbots_key":
            assert s.provider_bill_usd == 0
        else:
            assert s.provider_bill_usd > 0
            tip = model.index(row, ComparisonModel.PROVIDER).data(Qt.ItemDataRole.ToolTipRole)
            assert "USD / 1M tokens" in tip and "derived" in tip


def test_gpt_4_8k_is_flagged_red_and_never_cheapest(qtbot):
    plan = big_prompt_plan()
    est = estimate(plan, load_catalog())
    model = _model(est)
    rows = [r for r, s in enumerate(est.scenarios) if s.model.id == "openai/gpt-4-8k"]
    assert len(rows) == 2
    for row in rows:
        s = est.scenarios[row]
        assert s.fits_context is False and s.call.tokens == 12_800
        index = model.index(row, ComparisonModel.CONTEXT)
        assert "✗" in index.data() and "8,000" in index.data() and "12,800" in index.data()
        assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(
            "Needs 12,800 tokens, window 8,000"
        )
        assert index.data(Qt.ItemDataRole.ForegroundRole) is not None  # the warning colour
        assert index.data(Qt.ItemDataRole.DecorationRole) is not None  # the red icon
        assert model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None
        assert not model.is_cheapest(row)
    fitting = [r for r in range(model.rowCount()) if r not in rows]
    for row in fitting:
        assert _text(model, row, ComparisonModel.CONTEXT).startswith("✓ ")
    # Only GPT-4-8k left: nothing is cheapest, and the window says why.
    only = big_prompt_plan(
        Scenario("openai/gpt-4-8k", "gptbots_key"), Scenario("openai/gpt-4-8k", "own_key")
    )
    panel = _panel(qtbot, only, load_catalog())
    assert not any(panel.comparison_model.is_cheapest(r) for r in range(2))
    line = panel.cheapest_label.text()
    assert "No scenario is marked cheapest" in line and "context window" in line
    assert not panel.summary.context_label.isHidden()
    assert "12,800" in panel.summary.context_label.text()


def test_unknown_window_says_so():
    plan = big_prompt_plan(Scenario("ali/qwen2.0-audio", "gptbots_key"))
    model = _model(estimate(plan, load_catalog()))
    assert _text(model, 0, ComparisonModel.CONTEXT) == "? unknown"
    tip = model.index(0, ComparisonModel.CONTEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert "not known" in tip


def test_cheapest_is_marked_by_total_cost_not_credits(qtbot, tmp_path):
    user_file = tmp_path / "user-catalog.json"
    data = user_prices.empty_user_catalog()
    data["open_prices"]["tool_call"] = "0.5"
    user_prices.save(data, user_file)
    catalog = load_catalog(user_file)
    plan = load_example_plan("customer-service")
    plan.scenarios = [
        Scenario("openai/gpt-4.1-1m", "own_key"),
        Scenario("openai/gpt-4.1-mini-1m", "gptbots_key"),
    ]
    est = estimate(plan, catalog)
    own, mini = est.scenarios
    assert own.monthly_total < mini.monthly_total  # fewer credits on the own key...
    assert mini.total_cost_usd < own.total_cost_usd  # ...but the vendor's bill tips it
    assert est.cheapest is mini
    panel = _panel(qtbot, plan, catalog)
    model = panel.comparison_model
    assert [r for r in range(2) if model.is_cheapest(r)] == [1]
    assert "★" in _text(model, 1, ComparisonModel.MODEL)
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()
    line = panel.cheapest_label.text()
    assert line.startswith("★ Cheapest: ") and "total cost" in line
    assert mini.model.display in line and own.model.display not in line
    assert usd_amount(mini.total_cost_usd) in line
    # The summary of the own-key scenario shows the provider's bill and the total cost.
    panel.select_scenario(0)
    usd = panel.usd_label.text()
    assert usd_amount(own.provider_bill_usd) in usd and usd_amount(own.total_cost_usd) in usd
    assert "Total cost with the provider's bill" in panel.detail_label.text()


def test_budget_shows_month_one_and_a_month_without_indexing(qtbot):
    plan = load_example_plan("customer-service")
    plan.set_field("knowledge_tokens", 50_000_000)  # indexing worth seeing in month 1
    catalog = load_catalog()
    panel = _panel(qtbot, plan, catalog)
    buys = panel.buys_view
    buys.credits_edit.setText("5000")
    buys.model_combo.setCurrentIndex(buys.model_combo.findData("openai/gpt-4.1-1m"))
    buys.key_combo.setCurrentIndex(buys.key_combo.findData("own_key"))
    s = next(
        s
        for s in estimate(plan, catalog).scenarios
        if s.model.id == "openai/gpt-4.1-1m" and s.key_mode == "own_key"
    )
    first = s.conversations_for_budget(Decimal(5000))
    later = s.conversations_for_budget(Decimal(5000), with_indexing=False)
    assert first < later
    text = buys.budget_label.text()
    assert f"about {int(first):,} conversations" in text
    assert f"about {int(later):,} in a month without indexing" in text
    assert usd_amount(s.provider_bill_usd) in text  # the vendor bills on top


def test_catalog_shows_vendor_price_context_and_reasoning(qtbot):
    view = CatalogView()
    qtbot.addWidget(view)
    view.set_catalog(load_catalog())
    view.show()  # the table is filled when the tab is first shown
    model = view.model

    def cell(row_id, col, role=Qt.ItemDataRole.DisplayRole):
        i = next(n for n, row in enumerate(model.rows()) if row.row_id == row_id)
        return model.index(i, col).data(role)

    assert cell("openai/gpt-4.1-1m", CatalogModel.PROVIDER) == "2 / 8 USD / 1M tokens"
    assert cell("openai/gpt-4.1-1m", CatalogModel.BASIS) == "derived"
    assert "own-key fee x 10" in cell(
        "openai/gpt-4.1-1m", CatalogModel.BASIS, Qt.ItemDataRole.ToolTipRole
    )
    assert cell("openai/gpt-4.1-1m", CatalogModel.CONTEXT) == "1,000,000"
    assert cell("openai/gpt-4-8k", CatalogModel.CONTEXT) == "8,000"
    assert cell("openai/gpt-4.1-1m", CatalogModel.REASONING) == "no"
    assert cell("openai/gpt-o3", CatalogModel.REASONING) == "yes"
    assert cell("ali/qwen2.0-audio", CatalogModel.CONTEXT) == "unknown"
    flagged = cell("openai/gpt-4o-128k", CatalogModel.BASIS)
    assert flagged.startswith("⚠") and "inconsistent" in flagged
    tip = cell("openai/gpt-4o-128k", CatalogModel.BASIS, Qt.ItemDataRole.ToolTipRole)
    assert "not 11 x" in tip
    assert cell("asr/openai/whisper-large-v2", CatalogModel.PROVIDER) == "0.006 USD / minute"
    assert cell("storage/vector", CatalogModel.PROVIDER) == "—"


def _user_data() -> dict:
    return json.loads(paths.user_catalog_path().read_text(encoding="utf-8"))


def test_a_provider_price_round_trips_to_the_user_catalog(qtbot):
    path = paths.user_catalog_path()
    data = user_prices.empty_user_catalog()
    data["prices"]["openai/gpt-4o-128k"] = {"gptbots_key": {"input": "0.3"}}
    data["provider_prices"]["deepseek/v3"] = {"input": "0.27", "output": "1.1", "source": "x"}
    user_prices.save(data, path)
    view = CatalogView()
    qtbot.addWidget(view)
    view.set_catalog(load_catalog())
    assert view.select_row_id("openai/gpt-4.1-1m")
    dialog = view.edit_selected()
    credits = [e.text() for e in dialog.edits()[:4]]
    # a bad figure: refused, nothing written
    dialog.set_values([*credits, "-2", "8", "openai.com/api/pricing"])
    assert dialog.save() is False
    assert "negative" in dialog.error_label.text()
    assert _user_data() == data
    # a source without a price: refused
    dialog.set_values([*credits, "", "", "openai.com/api/pricing"])
    assert dialog.save() is False
    assert "along with its source" in dialog.error_label.text()
    assert _user_data() == data
    dialog.set_values([*credits, "2.5", "8", "openai.com/api/pricing 2026-01"])
    with qtbot.waitSignal(view.catalogChanged, timeout=2000):
        dialog.accept()
    saved = _user_data()
    assert saved["provider_prices"]["openai/gpt-4.1-1m"] == {
        "input": "2.5",
        "output": "8",
        "source": "openai.com/api/pricing 2026-01",
    }
    # never lose other prices
    assert saved["provider_prices"]["deepseek/v3"] == data["provider_prices"]["deepseek/v3"]
    assert saved["prices"] == data["prices"]
    price = load_catalog().llm["openai/gpt-4.1-1m"].provider_price
    assert (price.input, price.output, price.basis) == (Decimal("2.5"), Decimal(8), "user")
    model = view.model
    i = next(n for n, row in enumerate(model.rows()) if row.row_id == "openai/gpt-4.1-1m")
    assert model.index(i, CatalogModel.BASIS).data() == "yours"
    assert model.index(i, CatalogModel.SOURCE).data() == "yours"
    # clearing the figures goes back to the derived price (and drops the source with them)
    dialog = view.edit_selected()
    assert dialog.edits()[6].text() == "openai.com/api/pricing 2026-01"
    dialog.set_values([*credits, "", "", ""])
    with qtbot.waitSignal(view.catalogChanged, timeout=2000):
        dialog.accept()
    assert "openai/gpt-4.1-1m" not in _user_data()["provider_prices"]
    assert load_catalog().llm["openai/gpt-4.1-1m"].provider_price.basis == "derived"


def test_the_plan_form_has_the_new_fields(qtbot):
    form = PlanPanel()
    qtbot.addWidget(form)
    assert "reasoning_tokens_per_call" in form.edits  # built from vocab.fields
    combo = form.combos["kb_growth_timing"]
    assert [combo.itemData(i) for i in range(combo.count())] == ["evenly", "first_day"]


@pytest.mark.parametrize(
    ("code", "words"),
    [("provider_price_derived", "derived"), ("context_window_exceeded", "12800")],
)
def test_new_notes_render_by_code_in_the_panel(qtbot, code, words):
    plan = big_prompt_plan()
    panel = _panel(qtbot, plan, load_catalog())
    est = estimate(plan, load_catalog())
    row = next(r for r, s in enumerate(est.scenarios) if any(n.code == code for n in s.note_items))
    panel.select_scenario(row)
    assert words in panel.notes_label.text().replace(",", "")
