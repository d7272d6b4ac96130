"""The results table models against the core's own figures (no widgets)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from gptbots_planner.core.catalog import BILLING_TYPES, load_catalog  # noqa: E402
from gptbots_planner.core.estimate import estimate  # noqa: E402
from gptbots_planner.core.money import add, fmt_credits, fmt_usd  # noqa: E402
from gptbots_planner.core.planfile import load_example_plan  # noqa: E402
from gptbots_planner.gui.catalog_model import CatalogFilterProxy, CatalogModel  # noqa: E402
from gptbots_planner.gui.results import user_prices  # noqa: E402
from gptbots_planner.gui.results.breakdown_model import BreakdownModel  # noqa: E402
from gptbots_planner.gui.results.comparison_model import ComparisonModel  # noqa: E402
from gptbots_planner.gui.results.names import usd_amount  # noqa: E402
from gptbots_planner.gui.results.projection_model import (  # noqa: E402
    CUMULATIVE,
    FIRST_TYPE,
    TOTAL,
    ProjectionModel,
)
from gptbots_planner.gui.results.roles import DECIMAL_ROLE, UNPRICED_ROLE  # noqa: E402


@pytest.fixture(scope="module")
def example():
    plan = load_example_plan("customer-service")
    catalog = load_catalog(use_user_file=False)
    return plan, catalog, estimate(plan, catalog)


def _text(model, row, col):
    return model.index(row, col).data(Qt.ItemDataRole.DisplayRole)


def test_breakdown_model_shows_the_core_lines(qtmodeltester, example):
    _plan, _catalog, est = example
    month = est.scenarios[0].first
    model = BreakdownModel()
    model.set_month(month)
    qtmodeltester.check(model)
    assert model.rowCount() == len(BILLING_TYPES) == 10
    for row, type_id in enumerate(BILLING_TYPES):
        line = month.lines[type_id]
        credits = _text(model, row, BreakdownModel.CREDITS)
        if line.credits is None:
            assert credits == "unpriced"
            assert _text(model, row, BreakdownModel.USD) == "unpriced"
            assert model.index(row, 0).data(UNPRICED_ROLE) is True
            assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
        else:
            assert credits == fmt_credits(line.credits)
            assert _text(model, row, BreakdownModel.USD) == fmt_usd(line.credits)
        assert model.index(row, BreakdownModel.CREDITS).data(DECIMAL_ROLE) == line.credits
    tool_row = BILLING_TYPES.index("tool_call")
    assert _text(model, tool_row, BreakdownModel.CREDITS) == "unpriced"
    assert _text(model, tool_row, BreakdownModel.QUANTITY).endswith("calls")
    # The chart's values are the priced non-zero lines, exactly.
    assert add(*(v for _, v in model.priced_values())) == month.total
    model.set_month(None)
    assert model.rowCount() == 0


def test_comparison_model_lists_every_scenario(qtmodeltester, example):
    _plan, _catalog, est = example
    model = ComparisonModel()
    model.set_estimate(est)
    qtmodeltester.check(model)
    assert model.rowCount() == len(est.scenarios) == 6
    for row, s in enumerate(est.scenarios):
        assert s.model.display in _text(model, row, ComparisonModel.MODEL)
        assert _text(model, row, ComparisonModel.TOTAL).startswith(fmt_credits(s.monthly_total))
        assert _text(model, row, ComparisonModel.PROVIDER) == usd_amount(s.provider_bill_usd)
        assert _text(model, row, ComparisonModel.TOTAL_COST).startswith(
            usd_amount(s.total_cost_usd)
        )
        assert model.index(row, ComparisonModel.TOTAL_COST).data(DECIMAL_ROLE) == s.total_cost_usd
        assert _text(model, row, ComparisonModel.CONTEXT) == "✓ " + f"{s.model.context_window:,}"
        # the one precision rule: to the cent (issue 14)
        assert _text(model, row, ComparisonModel.PER_CONVERSATION) == fmt_credits(
            s.per_conversation
        )
        assert "Paid tool call" in _text(model, row, ComparisonModel.UNPRICED)
    # Every scenario leaves tool calls unpriced: none is "cheapest".
    assert est.cheapest is None
    assert not any(model.is_cheapest(r) for r in range(model.rowCount()))


def test_comparison_marks_the_cheapest_once_everything_is_priced(qtmodeltester, tmp_path):
    user_file = tmp_path / "user-catalog.json"
    data = user_prices.empty_user_catalog()
    data["open_prices"]["tool_call"] = "0.5"
    user_prices.save(data, user_file)
    plan = load_example_plan("customer-service")
    est = estimate(plan, load_catalog(user_file))
    model = ComparisonModel()
    model.set_estimate(est)
    qtmodeltester.check(model)
    cheapest_row = est.scenarios.index(est.cheapest)
    assert "cheapest" in _text(model, cheapest_row, ComparisonModel.MODEL)
    assert [r for r in range(model.rowCount()) if model.is_cheapest(r)] == [cheapest_row]
    assert _text(model, cheapest_row, ComparisonModel.UNPRICED) == "—"


def test_projection_model_months_and_cumulative(qtmodeltester, example):
    _plan, _catalog, est = example
    months = est.scenarios[0].months
    model = ProjectionModel()
    model.set_months(months)
    qtmodeltester.check(model)
    assert model.rowCount() == len(months) == 12
    running = 0
    for row, month in enumerate(months):
        running = add(running, month.total)
        assert _text(model, row, 0) == month.label
        assert model.index(row, TOTAL).data(DECIMAL_ROLE) == month.total
        assert model.index(row, CUMULATIVE).data(DECIMAL_ROLE) == running
        assert _text(model, row, TOTAL).startswith(fmt_credits(month.total))
        llm = month.lines["llm_text"].credits
        assert _text(model, row, FIRST_TYPE) == fmt_credits(llm)
        tool = FIRST_TYPE + BILLING_TYPES.index("tool_call")
        assert _text(model, row, tool) == "unpriced"
    assert running == est.scenarios[0].horizon_total
    assert "tool_call" in model.used_types() and "asr" not in model.used_types()


def test_catalog_model_has_every_row_and_filters(qtmodeltester, example):
    _plan, catalog, _est = example
    model = CatalogModel()
    model.set_catalog(catalog)
    qtmodeltester.check(model)
    assert model.rowCount() == 67 + 3 + 5 + 2 + 5 + 1 + 3
    proxy = CatalogFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_text("gpt-4.1-1m")
    names = [proxy.index(r, CatalogModel.NAME).data() for r in range(proxy.rowCount())]
    assert names == ["GPT-4.1-1M"]
    proxy.set_text("")
    proxy.set_category("asr")
    assert proxy.rowCount() == 2
    proxy.set_category("open")
    assert proxy.rowCount() == 3
    assert all(
        proxy.index(r, CatalogModel.FIRST_PRICE).data() == "unpriced"
        for r in range(proxy.rowCount())
    )
    proxy.set_category("llm")
    assert proxy.rowCount() == 67
    row = next(r for r in model.rows() if r.row_id == "openai/gpt-4.1-1m")
    i = model.rows().index(row)
    assert model.index(i, CatalogModel.FIRST_PRICE).data() == "0.22"
    assert model.index(i, CatalogModel.FIRST_PRICE + 1).data() == "0.88"
    assert model.index(i, CatalogModel.SOURCE).data() == "bundled"


@pytest.mark.parametrize("window", ["#ffffff", "#efefef", "#1e1e1e", "#2b2b2b"])
def test_warning_colour_stays_readable_on_light_and_dark(window):
    from PySide6.QtGui import QColor, QPalette

    from gptbots_planner.gui.results import theme

    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.Base, QColor(window))
    color = theme.warning_color(palette)
    assert theme.contrast_ratio(color, QColor(window)) >= 4.5
    assert theme.is_dark(palette) == (QColor(window).lightnessF() < 0.5)
