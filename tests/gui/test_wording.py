"""Issue 14: the summary's words match the numbers, and one precision rule is used everywhere."""

from __future__ import annotations

from decimal import Decimal

from gptbots_planner.core.catalog import load_catalog
from gptbots_planner.core.estimate import estimate
from gptbots_planner.core.money import display_value, fmt_credits, fmt_usd
from gptbots_planner.core.planfile import load_example_plan
from gptbots_planner.gui.results import ResultsPanel
from gptbots_planner.gui.results.names import usd_amount


def shown(qtbot, plan):
    catalog = load_catalog()
    est = estimate(plan, catalog)
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.set_estimate(est, plan, catalog)
    return panel, est.scenarios[0]


def test_with_growth_the_summary_gives_the_range_not_one_monthly_figure(qtbot):
    plan = load_example_plan("customer-service")
    plan.set_field("monthly_growth", "0.1")
    plan.set_field("months", "12")
    panel, s = shown(qtbot, plan)
    later = [m.total for m in s.months[1:]]
    assert max(later) > 2 * s.recurring_monthly  # month 12 is nearly 3x month 1
    text = panel.detail_label.text()
    assert "after that" not in text and "per month" not in text
    assert fmt_credits(min(later)) in text and fmt_credits(max(later)) in text
    assert s.months[-1].label in text
    assert fmt_credits(s.horizon_total) in text


def test_without_growth_one_figure_for_every_later_month(qtbot):
    plan = load_example_plan("customer-service")
    plan.set_field("monthly_growth", "0")
    plan.set_field("kb_growth_tokens_per_month", "0")
    plan.set_field("days_mode", "fixed30")
    panel, s = shown(qtbot, plan)
    assert {fmt_credits(m.total) for m in s.months[1:]} == {fmt_credits(s.recurring_monthly)}
    text = panel.detail_label.text()
    assert "Every later month: " + fmt_credits(s.recurring_monthly) in text
    assert "range" not in text


def test_one_precision_rule():
    # credits and dollars to the cent; a tiny amount with 2 significant digits
    assert fmt_credits(Decimal("12345.678")) == "12,345.68"
    assert fmt_credits(Decimal("0.00453096")) == "0.0045"
    assert fmt_usd(Decimal("0.453096")) == "$0.0045"
    assert usd_amount(Decimal("0.00453096")) == "$0.0045"
    assert fmt_credits(Decimal("0.0000001234")) == "0.00000012"
    assert fmt_credits(Decimal(0)) == "0.00"
    assert display_value(Decimal("0.00453096")) == Decimal("0.0045")
    assert display_value(Decimal("57.7991")) == Decimal("57.80")


def test_no_number_in_the_window_has_more_digits_than_the_rule(qtbot):
    """The breakdown and comparison of the example: no "$0.00453096" beside "$0.03"."""
    import re

    plan = load_example_plan("customer-service")
    panel, _s = shown(qtbot, plan)
    texts = []
    for proxy in (panel.breakdown_proxy, panel.comparison_proxy):
        model = proxy.sourceModel()
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                value = model.index(row, col).data()
                if isinstance(value, str):
                    texts.append(value)
    for text in texts:
        for number in re.findall(r"\$?\d[\d,]*\.(\d+)", text):
            digits = number.lstrip("0")
            assert len(number) <= 2 or len(digits) <= 2, text
