"""How is this computed? in the window: the breakdown's panel, tooltips, Shift+F1, the
projection's months and cells, the workflow components; the numbers are the engine's."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolTip

from gptbots_planner.core.explain import component_terms, explain_month
from gptbots_planner.core.explain_model import sum_credits
from gptbots_planner.core.money import fmt_credits
from gptbots_planner.core.workflow_notes import component_credits
from gptbots_planner.gui.explain_view import ExplainDialog
from gptbots_planner.gui.results.projection_model import FIRST_TYPE
from gptbots_planner.gui.results.roles import COMPONENT_ROLE, ID_ROLE
from gptbots_planner.vocab.billing import BILLING_TYPE_IDS
from tests.gui.test_workflow import started


def rows(view):
    """Every breakdown row (the billing lines and their component rows), top to bottom."""
    model = view.model()
    found = []
    for r in range(model.rowCount()):
        top = model.index(r, 0)
        found.append(top)
        found += [model.index(c, 0, top) for c in range(model.rowCount(top))]
    return found


def select(view, index) -> None:
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_selecting_each_breakdown_line_explains_the_engines_number(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    w, explainer = controller.window, controller.explainer
    view = w.results.breakdown_view
    panel = explainer.panel
    assert panel.isVisibleTo(w) and panel.parentWidget() is view.parentWidget()
    assert panel.parentWidget().objectName() == "explainSplitter"
    s = w.results.selected_scenario()
    month = explain_month(controller.document.plan, controller.catalog, s, 1)
    checked = 0
    for index in rows(view):
        select(view, index)
        type_id, cid = index.data(ID_ROLE), index.data(COMPONENT_ROLE)
        line = s.first.lines[type_id]
        if cid:
            engine = line.components[cid].get("credits")
            assert sum_credits([t.credits for t in month.lines[type_id].component_terms(cid)]) == (
                engine
            )
        else:
            engine = line.credits
            assert month.lines[type_id].credits == engine
        shown = panel.toPlainText()
        if engine is None:
            assert "unpriced" in shown
        else:
            assert f"{fmt_credits(engine)} credits" in shown.splitlines()[0], shown
        checked += 1
    assert checked > len(BILLING_TYPE_IDS)  # the component rows too


def test_the_llm_line_shows_the_plans_numbers(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    view = controller.window.results.breakdown_view
    top = [i for i in rows(view) if i.data(ID_ROLE) == "llm_text" and not i.data(COMPONENT_ROLE)]
    select(view, top[0])
    text = controller.explainer.panel.toPlainText()
    a = controller.document.plan.assumptions
    assert f"{int(a['conversations_per_month']):,} conversations × " in text
    assert f"{int(a['chunk_tokens'])} tokens" in text
    assert "Where the numbers come from:" in text
    assert "(plan assumption)" in text and "(pricing page)" in text


def test_shift_f1_and_the_context_menu_open_the_explanation(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    w = controller.window
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    view = w.results.breakdown_view
    actions = [a for a in view.actions() if a.text().replace("&", "") == "How is this computed?"]
    assert len(actions) == 1
    assert actions[0].shortcut().toString() == "Shift+F1"
    # the context menu of a row offers it, for that row
    second = view.model().index(1, 0)
    menu = controller.explainer.context_menu(view, actions[0], view.visualRect(second).center())
    assert menu.actions() == actions and actions[0].isEnabled()
    assert view.selectionModel().currentIndex().row() == 1
    menu.close()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    select(view, view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    dialog = controller.explainer.dialog
    assert isinstance(dialog, ExplainDialog) and dialog.isVisible()
    current = view.selectionModel().currentIndex()
    assert dialog.panel.rendered == controller.explainer.for_breakdown(current)
    copy = [b for b in dialog.findChildren(QPushButton) if b.text() == "&Copy"]
    copy[0].click()
    assert QApplication.clipboard().text().startswith(dialog.panel.rendered.title)
    dialog.close()


def test_a_tooltip_explains_the_row_under_the_mouse(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    w = controller.window
    w.show()
    qtbot.waitExposed(w)
    view = w.results.breakdown_view
    index = view.model().index(0, 1)
    center = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, center, view.viewport().mapToGlobal(center))
    QApplication.sendEvent(view.viewport(), event)
    expected = controller.explainer.for_breakdown(index)
    assert expected is not None
    assert QToolTip.isVisible() and expected.title in QToolTip.text()
    # no row: no explanation
    assert controller.explainer.for_breakdown(QModelIndex()) is None


def test_projection_months_and_cells_explain_themselves(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    results = controller.window.results
    view, explainer = results.projection_view, controller.explainer
    s = results.selected_scenario()
    proxy = view.model()
    for row in range(proxy.rowCount()):
        month_cell = proxy.index(row, 0)
        index = proxy.mapToSource(month_cell).row() + 1
        rendered = explainer.for_projection(month_cell)
        month = s.months[index - 1]
        assert rendered is not None and f"{fmt_credits(month.total)} credits" in rendered.title
        for offset, type_id in enumerate(BILLING_TYPE_IDS):
            cell = proxy.mapFromSource(proxy.sourceModel().index(index - 1, FIRST_TYPE + offset))
            line = explainer.for_projection(cell)
            credits = month.lines[type_id].credits
            assert line is not None and month.label in line.title
            assert (
                ("unpriced" in line.title)
                if credits is None
                else fmt_credits(credits) in line.title
            )
    # Shift+F1 is there too
    assert any(a.shortcut().toString() == "Shift+F1" for a in view.actions())


def test_each_workflow_component_explains_its_credits(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    w, explainer = controller.window, controller.explainer
    s = w.results.selected_scenario()
    plan = controller.document.plan
    month = explain_month(plan, controller.catalog, s, 1)
    for c in plan.components:
        w.plan_panel.workflow.select(c.id)
        rendered = explainer.for_component(c.id)
        engine = component_credits(s.first, c.id)
        assert sum_credits([t.credits for t in component_terms(month, c.id)]) == engine
        assert rendered is not None and c.name in rendered.title
        if engine is not None:
            assert fmt_credits(engine) in rendered.title
        assert rendered.formulas and all(c.name in what for what, _ in rendered.formulas)


def test_the_explanation_follows_the_language(qtbot, make_controller):
    controller = started(make_controller, qtbot)
    controller.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: controller.explainer.estimate is not None, timeout=8000)
        view = controller.window.results.breakdown_view
        top = [i for i in rows(view) if i.data(ID_ROLE) == "rerank"]
        select(view, top[0])
        text = controller.explainer.panel.toPlainText()
        assert "积分" in text and "对话" in text
        for word in ("conversations", "credits", "plan assumption", "Where the numbers"):
            assert word not in text, word
    finally:
        controller.set_language("en")
