"""Issue 14: shares are entered and shown in percent (20 %), stored as today's fractions."""

from __future__ import annotations

from decimal import Decimal

import openpyxl

from gptbots_planner.core.catalog import load_catalog
from gptbots_planner.gui.field_names import field_unit, is_percent, share_from_percent
from gptbots_planner.vocab import fields


def test_the_registry_says_which_fields_are_percent():
    percent = {name for name, spec in fields.FIELDS.items() if spec.percent}
    assert percent == {
        "image_turn_share",
        "voice_turn_share",
        "tts_playback_share",
        "classified_question_share",
        "monthly_growth",
    }
    for name in percent:
        assert is_percent(name) and field_unit(name).startswith("%")
    assert share_from_percent("20 %") == "0.2"
    assert share_from_percent("12.5") == "0.125"
    assert share_from_percent("abc") == "abc"  # the plan refuses it with its own reason


def test_the_form_shows_and_takes_percent(qtbot, make_controller):
    controller = make_controller()
    controller.start([])
    plan = controller.document.plan
    panel = controller.window.plan_panel
    controller.edit_field("monthly_growth", "0.05")
    panel.load(plan, controller.catalog)
    assert panel.edits["monthly_growth"].text() == "5"
    panel.edits["voice_turn_share"].textEdited.emit("20 %")
    assert plan.assumptions["voice_turn_share"] == Decimal("0.2")
    assert not panel.error_labels["voice_turn_share"].text()
    panel.edits["voice_turn_share"].editingFinished.emit()  # the user leaves the input
    panel.edits["voice_turn_share"].textEdited.emit("-3")
    assert panel.error_labels["voice_turn_share"].text() == "Must be at least 0 % of turns."
    assert plan.assumptions["voice_turn_share"] == Decimal("0.2")


def test_the_workbook_shows_percent_cells_of_the_same_fraction(tmp_path):
    from gptbots_planner.core.planfile import load_example_plan
    from gptbots_planner.export.labels import Labels
    from gptbots_planner.export.xlsx import write_xlsx

    plan = load_example_plan("customer-service")
    plan.set_field("monthly_growth", "0.05")
    path = tmp_path / "b.xlsx"
    write_xlsx(plan, load_catalog(), path)
    book = openpyxl.load_workbook(path)
    (sheet, coords), *_ = book.defined_names["monthly_growth"].destinations
    cell = book[sheet][coords.replace("$", "")]
    assert cell.value == 0.05
    assert "%" in cell.number_format
    assert Labels is not None
