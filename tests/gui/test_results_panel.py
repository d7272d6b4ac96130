"""The results panel shows the core's figures; entering a price writes the user catalog."""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from decimal import Decimal  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCharts import QChart  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402

from gptbots_planner import paths  # noqa: E402
from gptbots_planner.core.catalog import BILLING_TYPES, load_catalog  # noqa: E402
from gptbots_planner.core.estimate import estimate  # noqa: E402
from gptbots_planner.core.money import fmt_credits, fmt_usd  # noqa: E402
from gptbots_planner.core.planfile import load_example_plan  # noqa: E402
from gptbots_planner.gui.results import ResultsPanel  # noqa: E402
from gptbots_planner.gui.results.charts import bar_value  # noqa: E402
from gptbots_planner.gui.results.names import billing_type_name  # noqa: E402
from gptbots_planner.gui.results.panel import EMPTY_PAGE, ERROR_PAGE, RESULTS_PAGE  # noqa: E402


@pytest.fixture
def shown(qtbot):
    plan = load_example_plan("customer-service")
    catalog = load_catalog()
    est = estimate(plan, catalog)
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.resize(1100, 800)
    panel.set_estimate(est, plan, catalog)
    return panel, plan, catalog, est


def test_monthly_total_and_summary_show_the_core_figures(shown):
    panel, _plan, _catalog, est = shown
    first = est.scenarios[0]
    assert panel.stack.currentIndex() == RESULTS_PAGE
    assert fmt_credits(first.monthly_total) in panel.total_label.text()
    assert panel.total_label.objectName() == "monthlyTotal"
    assert first.key_mode == "gptbots_key"
    assert panel.usd_label.text() == fmt_usd(first.monthly_total)  # the whole cost
    detail = panel.detail_label.text()
    assert fmt_credits(first.one_time_indexing) in detail
    assert fmt_credits(first.recurring_monthly) in detail
    # tool calls are used but have no price: said loudly, never shown as 0
    assert not panel.unpriced_label.isHidden()
    assert "unpriced" in panel.unpriced_label.text()
    assert "Paid tool call" in panel.unpriced_label.text()
    row = BILLING_TYPES.index("tool_call")
    assert panel.breakdown_proxy.index(row, 2).data() == "unpriced"


def test_selecting_a_comparison_row_switches_the_scenario(shown):
    panel, _plan, _catalog, est = shown
    third = est.scenarios[2]
    index = panel.comparison_proxy.mapFromSource(panel.comparison_model.index(2, 0))
    panel.comparison_view.setCurrentIndex(index)
    assert panel.selected_scenario() is third
    assert fmt_credits(third.monthly_total) in panel.total_label.text()
    assert panel.scenario_combo.currentIndex() == 2
    llm_row = BILLING_TYPES.index("llm_text")
    assert panel.breakdown_proxy.index(llm_row, 2).data() == fmt_credits(
        third.first.lines["llm_text"].credits
    )
    assert panel.projection_model.months()[0] is third.first
    # The buys view follows the selected model and key mode.
    assert panel.buys_view.model_combo.currentData() == third.model.id
    assert panel.buys_view.key_combo.currentData() == third.key_mode
    # A new estimate keeps the chosen scenario.
    panel.set_estimate(est, _plan, _catalog)
    assert panel.selected_scenario() is third


def test_error_and_empty_states(shown):
    panel, plan, catalog, _est = shown
    panel.set_estimate(None, plan, catalog, "unknown model 'gpt-9'")
    assert panel.stack.currentIndex() == ERROR_PAGE
    assert panel.error_label.text() == "unknown model 'gpt-9'"
    panel.set_estimate(None, plan, catalog)
    assert panel.stack.currentIndex() == EMPTY_PAGE


def test_charts_draw_the_estimate(shown):
    panel, _plan, _catalog, est = shown
    priced = [t for t, line in est.scenarios[0].first.lines.items() if line.credits]
    assert panel.breakdown_chart.point_count() == len(priced) > 0
    # two parts per scenario (credits in USD, the provider's bill): the bar is the total cost
    assert panel.comparison_chart.point_count() == 2 * len(est.scenarios)
    for drawn, s in zip(panel.comparison_chart.totals(), est.scenarios, strict=True):
        assert drawn == pytest.approx(float(s.total_cost_usd), abs=0.011)
    assert panel.projection_chart.series_count() == 1
    assert panel.projection_chart.point_count() >= len(est.scenarios[0].months)


def test_chart_labels_are_credits_to_the_cent(shown):
    panel, _plan, _catalog, est = shown
    first = est.scenarios[0].first
    drawn = panel.breakdown_chart.values()
    # each bar's text is the table's text
    texts = {bar.label: bar.value_text for bar in panel.breakdown_chart.bars()}
    for type_id, line in first.lines.items():
        if line.credits:
            assert texts[billing_type_name(type_id)] == fmt_credits(line.credits)
    priced = [line.credits for line in first.lines.values() if line.credits]
    assert len(drawn) == len(priced)
    for value, credits in zip(sorted(drawn), sorted(priced), strict=True):
        if credits >= Decimal("0.01"):
            assert value == float(credits.quantize(Decimal("0.01")))  # as the table shows it
        else:
            assert 0 < value < 0.01
    assert bar_value(Decimal("0.0014304")) == 0.0014  # tiny, yet never labelled 0
    assert bar_value(Decimal("57.7991")) == 57.8
    assert bar_value(Decimal("0.00453096")) == 0.0045
    assert bar_value(Decimal(0)) == 0.0


def test_charts_follow_a_dark_palette(shown, qtbot):
    panel, *_ = shown
    assert panel.projection_chart.chart().theme() == QChart.ChartTheme.ChartThemeLight
    assert panel.breakdown_chart.grab().toImage().pixelColor(2, 2).lightnessF() > 0.7
    dark = QPalette(panel.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#181818"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    panel.setPalette(dark)
    assert panel.projection_chart.chart().theme() == QChart.ChartTheme.ChartThemeDark
    # the painted bars take the palette's colours: a dark background, light text
    for chart in (panel.breakdown_chart, panel.comparison_chart):
        image = chart.grab().toImage()
        assert image.pixelColor(2, 2).lightnessF() < 0.3
    assert panel.breakdown_chart.point_count() > 0  # re-theming keeps the data


def test_what_credits_buy(shown):
    panel, _plan, _catalog, est = shown
    buys = panel.buys_view
    assert buys.credits_edit.text() == "1000"
    buys.model_combo.setCurrentIndex(buys.model_combo.findData("openai/gpt-4.1-1m"))
    buys.key_combo.setCurrentIndex(buys.key_combo.findData("gptbots_key"))
    assert buys.value_labels["input_tokens"].text() == "4,545,454"
    assert buys.value_labels["usd"].text() == "$10.00"
    scenario = next(
        s
        for s in est.scenarios
        if s.model.id == "openai/gpt-4.1-1m" and s.key_mode == "gptbots_key"
    )
    count = scenario.conversations_for_budget(Decimal(1000))
    assert f"{int(count):,} conversations" in buys.budget_label.text()
    # A re-estimate (same scenario) keeps what the user picked here.
    buys.model_combo.setCurrentIndex(buys.model_combo.findData("openai/gpt-4o-128k"))
    panel.set_estimate(est, _plan, _catalog)
    assert buys.model_combo.currentData() == "openai/gpt-4o-128k"
    buys.credits_edit.setText("abc")
    assert not buys.error_label.isHidden()
    assert buys.value_labels["input_tokens"].text() == ""


def test_entering_a_price_writes_the_user_catalog(shown, qtbot):
    panel, plan, _catalog, _est = shown
    dialog = panel.open_price_dialog("tool_call")
    dialog.set_values(["not a number"])
    assert dialog.save() is False
    assert not dialog.error_label.isHidden()
    assert not paths.user_catalog_path().exists()  # nothing written on error
    dialog.set_values(["1.5"])
    with qtbot.waitSignal(panel.catalogChanged, timeout=2000):
        dialog.accept()
    data = json.loads(paths.user_catalog_path().read_text(encoding="utf-8"))
    assert data["open_prices"]["tool_call"] == "1.5"
    # The shell reloads the catalog and re-estimates: tool calls are priced now.
    catalog = load_catalog()
    est = estimate(plan, catalog)
    panel.set_estimate(est, plan, catalog)
    assert panel.unpriced_label.isHidden()
    assert fmt_credits(est.scenarios[0].monthly_total) in panel.total_label.text()
    row = BILLING_TYPES.index("tool_call")
    tool = est.scenarios[0].first.lines["tool_call"]
    assert tool.credits == tool.quantity * Decimal("1.5")
    assert panel.breakdown_proxy.index(row, 2).data() == fmt_credits(tool.credits)


def test_price_button_opens_the_dialog_for_the_unpriced_type(shown, qtbot):
    panel, *_ = shown
    assert panel.price_button.isEnabled()
    qtbot.mouseClick(panel.summary_price_button, Qt.MouseButton.LeftButton)
    assert panel.price_dialog is not None
    assert panel.price_dialog.edits()[0].accessibleName().startswith("Paid tool call")
    panel.price_dialog.reject()


def test_chinese_catalogue_is_complete_and_keeps_placeholders():
    import re
    import xml.etree.ElementTree as ET

    ts = paths.resource_path("translations", "planner_zh_CN.ts")
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert len(messages) > 100
    placeholder = re.compile(r"\{[a-z_]+\}|%\d")
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None and translation.text, source
        assert translation.get("type") != "unfinished", source
        assert sorted(placeholder.findall(source)) == sorted(
            placeholder.findall(translation.text)
        ), source


def test_panel_in_chinese_uses_the_seed_names(qtbot, qapp):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(paths.resource_path("translations", "planner_zh_CN.qm")))
    qapp.installTranslator(translator)
    try:
        plan = load_example_plan("customer-service")
        catalog = load_catalog()
        est = estimate(plan, catalog)
        panel = ResultsPanel()
        qtbot.addWidget(panel)
        panel.set_estimate(est, plan, catalog)
        row = BILLING_TYPES.index("tool_call")
        seed_name = catalog.billing_type("tool_call").name_zh
        assert panel.breakdown_proxy.index(row, 0).data() == seed_name
        assert panel.breakdown_proxy.index(row, 2).data() == "未定价"
        assert "积分" in panel.total_label.text()
        assert fmt_credits(est.scenarios[0].monthly_total) in panel.total_label.text()
    finally:
        qapp.removeTranslator(translator)


def test_double_click_edits_the_prices_behind_a_priced_row(shown, qtbot):
    panel, _plan, _catalog, est = shown
    row = BILLING_TYPES.index("llm_text")
    index = panel.breakdown_proxy.index(row, 0)
    rect = panel.breakdown_view.visualRect(index)
    panel.show()
    viewport = panel.breakdown_view.viewport()
    # Qt emits doubleClicked only for the index the press landed on: press first.
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.breakdown_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = panel.price_dialog
    assert dialog is not None and len(dialog.edits()) == 2  # input and output, one key mode
    assert dialog.edits()[0].text() == "0.22"
    dialog.set_values(["0.3", dialog.edits()[1].text()])
    with qtbot.waitSignal(panel.catalogChanged, timeout=2000):
        dialog.accept()
    data = json.loads(paths.user_catalog_path().read_text(encoding="utf-8"))
    model_id = est.scenarios[0].model.id
    assert data["prices"] == {model_id: {"gptbots_key": {"input": "0.3"}}}
    assert load_catalog().llm[model_id].price("gptbots_key", "input").value == Decimal("0.3")


def test_every_estimate_note_code_reads_without_field_ids():
    from gptbots_planner.core.estimate import Note
    from gptbots_planner.gui.results.names import note_text

    missing = Note(
        "missing_measure",
        {"assumption": "conversations_per_month", "measure": "reply_tokens", "value": "1000"},
        "conversations_per_month is 1000 but reply_tokens is 0 ...",
    )
    text = note_text(missing)
    assert "Conversations per month is 1000" in text and "Reply (tokens) is 0" in text
    assert "_" not in text  # no conversations_per_month / reply_tokens
    retrieval = Note("retrieval_exceeds_kb", {"retrieved": "1200", "knowledge": "590"}, "raw")
    assert note_text(retrieval).startswith("each turn retrieves 1200 tokens")
