"""Switching the language (en -> zh -> en) keeps what the user had set up in the window."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from gptbots_planner.core.plan import Plan, PlanItem, Scenario
from gptbots_planner.gui.file_table import ITEM_ROLE, Column
from gptbots_planner.measure.records import Measurement

SCENARIOS = [
    Scenario("openai/gpt-4.1-1m", "gptbots_key"),
    Scenario("openai/gpt-4o-mini-128k", "gptbots_key"),
    Scenario("openai/gpt-4.1-1m", "own_key"),
]


def _plan() -> Plan:
    plan = Plan(name="Language state")
    plan.scenarios = list(SCENARIOS)
    for n in range(150):
        m = Measurement(
            path=f"/nowhere/file-{n:03d}.txt",
            name=f"file-{n:03d}.txt",
            kind="text",
            size_bytes=1000 + n,
            tokens={"o200k_base": 100 + 7 * n, "cl100k_base": 100 + 7 * n},
        )
        plan.items.append(PlanItem(m, "knowledge_document" if n % 3 else "conversation_sample"))
    return plan


def _set_up(controller, qtbot) -> dict[str, object]:
    w = controller.window
    w.setGeometry(QRect(60, 40, 1500, 950))
    qtbot.waitUntil(lambda: w.results.scenario_combo.count() == len(SCENARIOS), timeout=10000)
    w.plan_panel.setCurrentIndex(w.plan_panel.count() - 1)
    w.results.tabs.setCurrentIndex(w.results.tabs.count() - 1)
    w.main.setSizes([520, 980])
    w.right.setSizes([360, 560])
    table = w.workspace.table
    w.workspace.filter_edit.setText("file-")  # matches every row, but is kept
    table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    picked = {controller.document.plan.items[n].item_id for n in (5, 40, 120)}
    table.clearSelection()
    for row in range(w.workspace.proxy.rowCount()):
        index = w.workspace.proxy.index(row, 0)
        if index.data(ITEM_ROLE).item_id in picked:
            table.selectionModel().select(
                index,
                table.selectionModel().SelectionFlag.Select
                | table.selectionModel().SelectionFlag.Rows,
            )
    qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() > 40)
    table.verticalScrollBar().setValue(37)
    w.results.select_scenario(2)
    controller.document.set_field("months", "7")  # an unsaved edit
    return {
        "geometry": w.geometry(),
        "plan_tab": w.plan_panel.currentIndex(),
        "results_tab": w.results.tabs.currentIndex(),
        "main": w.main.sizes(),
        "right": w.right.sizes(),
        "scroll": table.verticalScrollBar().value(),
        "selected": picked,
        "first_row": w.workspace.proxy.index(0, 0).data(ITEM_ROLE).item_id,
    }


def _close(got: list[int], wanted: object, exact: bool) -> bool:
    """Splitter sizes: Chinese labels are a few pixels taller or shorter, which the splitter
    shares out; back in English they are the same."""
    assert isinstance(wanted, list) and len(got) == len(wanted)
    return (
        got == wanted if exact else all(abs(a - b) <= 6 for a, b in zip(got, wanted, strict=True))
    )


def _check(controller, qtbot, expected: dict[str, object], document, exact: bool) -> None:
    w = controller.window
    qtbot.addWidget(w)
    assert w.isVisible()
    assert controller.document is document  # its edits and undo history go along
    assert document.dirty and w.isWindowModified()
    assert document.plan.assumptions["months"] == 7
    assert w.plan_panel.edits["months"].text() == "7"
    assert w.geometry() == expected["geometry"]
    assert w.plan_panel.currentIndex() == expected["plan_tab"]
    assert w.results.tabs.currentIndex() == expected["results_tab"]
    assert _close(w.main.sizes(), expected["main"], exact), w.main.sizes()
    assert _close(w.right.sizes(), expected["right"], exact), w.right.sizes()
    assert w.workspace.filter_edit.text() == "file-"
    header = w.workspace.table.horizontalHeader()
    assert header.sortIndicatorSection() == Column.NAME
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert w.workspace.proxy.index(0, 0).data(ITEM_ROLE).item_id == expected["first_row"]
    assert w.workspace.selected_ids() == expected["selected"]
    assert w.results.scenario_combo.currentIndex() == 2
    assert w.results.selected_scenario().model.id == SCENARIOS[2].model_id
    assert w.results.selected_scenario().key_mode == SCENARIOS[2].key_mode
    scroll = w.workspace.table.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.value() == expected["scroll"], timeout=3000)


def test_switching_language_keeps_the_window_state(qtbot, make_controller):
    controller = make_controller()
    controller.document.replace(_plan(), None)
    controller.window.show()
    qtbot.waitExposed(controller.window)
    expected = _set_up(controller, qtbot)
    document = controller.document
    try:
        controller.set_language("zh_CN")
        assert controller.window.menuBar().actions()[0].text() == "文件(&F)"
        _check(controller, qtbot, expected, document, exact=False)
    finally:
        controller.set_language("en")
    assert controller.window.menuBar().actions()[0].text() == "&File"
    _check(controller, qtbot, expected, document, exact=True)
    # the estimate that comes after the switch keeps the chosen scenario
    qtbot.wait(300)
    assert controller.window.results.scenario_combo.currentIndex() == 2
