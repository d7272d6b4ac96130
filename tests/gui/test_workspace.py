"""The workspace end to end: real files dropped onto it, measured in the background, priced by the core."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from gptbots_planner.core.estimate import estimate
from gptbots_planner.core.money import fmt_credits
from gptbots_planner.gui.file_table import ITEM_ROLE, Column
from gptbots_planner.gui.workers import FakeThreadPool


def expected_total(controller) -> str:
    first = estimate(controller.document.plan, controller.catalog).scenarios[0]
    return fmt_credits(first.monthly_total)


def total_text(controller) -> str:
    label = controller.window.findChild(QWidget, "monthlyTotal")
    assert isinstance(label, QLabel)
    return label.text()


@pytest.fixture
def material(tmp_path: Path) -> list[Path]:
    doc = tmp_path / "returns policy.md"
    doc.write_text(
        "# Returns\n\nItems can be returned within 30 days. " * 40 + "\n退货政策：三十天内可退。\n",
        encoding="utf-8",
    )
    notes = tmp_path / "faq.txt"
    notes.write_text("Where is my order? It ships in two days.\n" * 25, encoding="utf-8")
    picture = tmp_path / "receipt.png"
    Image.new("RGB", (2000, 500), (200, 120, 40)).save(picture)
    return [doc, notes, picture]


def test_dropped_files_are_measured_and_priced(drop, qtbot, make_controller, material):
    controller = make_controller()
    controller.start([])
    qtbot.waitUntil(lambda: total_text(controller) != "")
    before = total_text(controller)
    rows_before = controller.model.rowCount()
    workspace = controller.window.findChild(QWidget, "workspace")

    with qtbot.waitSignal(controller.scans.scanFinished, timeout=20000):
        drop(workspace, material)

    model = controller.model
    assert model.rowCount() == rows_before + 3
    rows = {model.item_at(r).name: model.item_at(r) for r in range(model.rowCount())}
    text_item = rows["returns policy.md"]
    assert text_item.role == "knowledge_document"
    assert text_item.measurement.tokens["cl100k_base"] > 100
    assert "o200k_base" in text_item.measurement.tokens
    picture = rows["receipt.png"]
    assert picture.role == "image_attachment"
    row = next(r for r in range(model.rowCount()) if model.item_at(r).name == "receipt.png")
    measure = model.data(model.index(row, Column.MEASURE))
    # 2000 x 500 -> 4 tiles -> 765 tokens (the seed's rule)
    assert "2000 x 500" in measure and "4" in measure and "765" in measure
    # The plan holds exactly the table's items, and the total is the core's figure for it.
    assert [i.item_id for i in controller.document.plan.items] == [
        i.item_id for i in table_items(model)
    ]
    expected = expected_total(controller)
    qtbot.waitUntil(lambda: fmt_credits_in(total_text(controller), expected), timeout=5000)
    assert total_text(controller) != before
    assert controller.document.dirty


def table_items(model) -> list:
    """The table's rows, as the user sees them in plan order."""
    return [model.item_at(row) for row in range(model.rowCount())]


def fmt_credits_in(text: str, amount: str) -> bool:
    """The label reads "<amount> credits" (translated unit after the number)."""
    return text.split()[:1] == [amount]


def test_role_change_and_remove_reprice(drop, qtbot, make_controller, material):
    controller = make_controller()
    controller.start([])
    with qtbot.waitSignal(controller.scans.scanFinished, timeout=20000):
        drop(controller.window.workspace, material[:2])
    model = controller.model
    ids = {i.item_id for i in table_items(model) if i.name in ("faq.txt", "returns policy.md")}
    controller.window.workspace.roleRequested.emit(ids, "conversation_sample")
    assert all(i.role == "conversation_sample" for i in table_items(model) if i.item_id in ids)
    assert all(
        i.role == "conversation_sample" for i in controller.document.plan.items if i.item_id in ids
    )
    qtbot.waitUntil(lambda: fmt_credits_in(total_text(controller), expected_total(controller)))

    # Delete key on a selected row removes it from the table and the plan.
    table = controller.window.workspace.table
    table.setFocus()
    proxy = table.model()
    target = next(
        r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ITEM_ROLE).name == "faq.txt"
    )
    table.selectRow(target)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    names = [i.name for i in controller.document.plan.items]
    assert "faq.txt" not in names and "returns policy.md" in names
    qtbot.waitUntil(lambda: fmt_credits_in(total_text(controller), expected_total(controller)))


def test_cancel_stops_a_scan(drop, qtbot, make_controller, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    count = 120
    for i in range(count):
        (folder / f"note-{i:03}.txt").write_text(f"note {i}: " + "words " * 50, encoding="utf-8")
    # Synchronous pool: the scan runs inside the drop, so cancelling on the first
    # progress report is deterministic.
    controller = make_controller(pool=FakeThreadPool())
    controller.new_plan()
    seen = []

    def on_progress(progress):
        seen.append(progress)
        controller.window.workspace.cancel_button.click()

    controller.scans.progressed.connect(on_progress)
    finished = []
    controller.scans.scanFinished.connect(finished.append)
    drop(controller.window.workspace, [folder])
    assert seen, "the scan reported progress"
    assert finished and finished[0] is not None
    assert finished[0].cancelled
    assert controller.model.rowCount() < count
    assert not controller.scans.busy
    assert not controller.window.workspace.cancel_button.isVisibleTo(controller.window)


def test_paste_text_becomes_a_measured_item(qtbot, make_controller):
    controller = make_controller()
    controller.new_plan()
    with qtbot.waitSignal(controller.document.changed, timeout=10000):
        controller.window.workspace.textPasted.emit(
            "Prompt", "You are a helpful shop assistant.", "system_prompt"
        )
    item = controller.model.item_at(0)
    assert item.role == "system_prompt" and item.text == "You are a helpful shop assistant."
    assert item.measurement.tokens["o200k_base"] > 3


def test_empty_plan_says_drop_files_here(make_controller):
    controller = make_controller()
    controller.new_plan()
    assert controller.model.rowCount() == 0
    assert "Drop files here" in controller.window.workspace.table.empty_text()


def test_dropping_a_file_again_remeasures_it_in_place(drop, qtbot, make_controller, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("short note", encoding="utf-8")
    controller = make_controller()
    controller.new_plan()
    with qtbot.waitSignal(controller.scans.scanFinished, timeout=20000):
        drop(controller.window.workspace, [note])
    first = controller.model.item_at(0)
    controller.document.set_role({first.item_id}, "reply_sample")
    note.write_text("a much longer note " * 100, encoding="utf-8")
    with qtbot.waitSignal(controller.scans.scanFinished, timeout=20000):
        drop(controller.window.workspace, [note])
    assert controller.model.rowCount() == 1
    again = controller.model.item_at(0)
    assert again.item_id == first.item_id and again.role == "reply_sample"
    assert again.measurement.tokens["o200k_base"] > first.measurement.tokens["o200k_base"]


def test_f5_remeasures_the_selection(drop, qtbot, make_controller, tmp_path):
    note = tmp_path / "prompt.txt"
    note.write_text("You answer questions about orders.", encoding="utf-8")
    controller = make_controller()
    controller.new_plan()
    with qtbot.waitSignal(controller.scans.scanFinished, timeout=20000):
        drop(controller.window.workspace, [note])
    before = controller.model.item_at(0).measurement.tokens["o200k_base"]
    note.write_text("You answer questions about orders, returns and shipping. " * 20, "utf-8")
    table = controller.window.workspace.table
    table.selectRow(0)
    with qtbot.waitSignal(controller.scans.scanFinished, timeout=20000):
        controller.window.remeasure_action.trigger()
    assert controller.model.rowCount() == 1
    assert controller.model.item_at(0).measurement.tokens["o200k_base"] > before
    assert controller.model.data(controller.model.index(0, Column.STATUS)) == "Measured"


def test_checking_a_model_adds_a_scenario(qtbot, make_controller):
    controller = make_controller()
    controller.new_plan()
    selector = controller.window.plan_panel.model_selector
    selector.filter_edit.setText("deepseek-v3")
    proxy = selector.proxy
    assert proxy.rowCount() == 1  # one brand left after filtering
    brand = proxy.index(0, 0)
    child = proxy.index(0, 0, brand)
    source = selector.items.itemFromIndex(proxy.mapToSource(child))
    source.setCheckState(Qt.CheckState.Checked)
    model_ids = [s.model_id for s in controller.document.plan.scenarios]
    assert model_ids[-1].startswith("deepseek/deepseek-v3")
    assert controller.document.dirty
    qtbot.waitUntil(
        lambda: fmt_credits_in(total_text(controller), expected_total(controller)), timeout=5000
    )


def test_image_tokens_in_the_table_follow_the_plans_image_rule(
    drop, qtbot, make_controller, material
):
    controller = make_controller()
    controller.new_plan()
    with qtbot.waitSignal(controller.scans.scanFinished, timeout=20000):
        drop(controller.window.workspace, [material[2]])  # 2000 x 500
    model = controller.model

    def shown() -> str:
        return model.data(model.index(0, Column.MEASURE))

    assert shown() == "2000 x 500 px, 4 tiles, 765 image tokens"
    controller.edit_field("image_rule", "low")  # what the Services tab's combo does
    qtbot.waitUntil(lambda: shown() == "2000 x 500 px, 85 image tokens", timeout=5000)
    # The estimate prices the same 85 tokens per image.
    assert controller.estimates.latest.scenarios[0].measures.image_tokens_per_image == 85
    controller.edit_field("image_rule", "seed")
    qtbot.waitUntil(lambda: shown().endswith("765 image tokens"), timeout=5000)


def test_model_search_matches_the_brand(make_controller):
    controller = make_controller()
    controller.new_plan()
    selector = controller.window.plan_panel.model_selector
    selector.filter_edit.setText("deepseek")
    proxy = selector.proxy
    assert proxy.rowCount() == 1
    brand = proxy.index(0, 0)
    shown = {proxy.index(r, 0, brand).data() for r in range(proxy.rowCount(brand))}
    catalog_names = {m.name for m in controller.catalog.llm.values() if m.brand == "DeepSeek"}
    # Every DeepSeek model, "V3" and "R1" included (their names do not say DeepSeek).
    assert shown == catalog_names and len(shown) > 2
    assert selector.tree.isExpanded(brand)
    # A catalog reload (a price entered) rebuilds the tree: the search stays unfolded.
    controller.reload_catalog()
    assert selector.proxy.rowCount() == 1
    assert selector.tree.isExpanded(selector.proxy.index(0, 0))


def test_a_dropped_plan_file_is_opened_not_measured(drop, qtbot, make_controller, tmp_path):
    from gptbots_planner.core.planfile import load_example_plan, write_plan

    path = tmp_path / "voice.gbplan"
    write_plan(load_example_plan("voice-assistant"), path)
    controller = make_controller()
    controller.start([])
    drop(controller.window, [path])  # onto the window, outside the workspace
    assert controller.document.path == path
    assert controller.document.plan.name == load_example_plan("voice-assistant").name
    assert not controller.scans.busy


def test_remeasure_with_a_chosen_encoding(drop, qtbot, make_controller, tmp_path):
    legacy = tmp_path / "policy-gbk.txt"
    legacy.write_bytes("退货政策：三十天内可以退货。".encode("gb18030") * 20)
    controller = make_controller()
    controller.new_plan()
    with qtbot.waitSignal(controller.scans.scanFinished, timeout=20000):
        drop(controller.window.workspace, [legacy])
    detected = controller.model.item_at(0).measurement
    assert detected.encoding == "gb18030"
    ids = {controller.model.item_at(0).item_id}
    with qtbot.waitSignal(controller.scans.scanFinished, timeout=20000):
        controller.window.workspace.encodingRequested.emit(ids, "latin-1")
    forced = controller.model.item_at(0).measurement
    assert controller.model.rowCount() == 1
    assert forced.encoding != detected.encoding
    assert forced.tokens["o200k_base"] != detected.tokens["o200k_base"]


def test_progress_says_what_a_long_listing_found_then_goes_by_bytes(qtbot, make_controller):
    from gptbots_planner.measure.scan import ScanProgress

    controller = make_controller()
    workspace = controller.window.workspace
    workspace.set_busy(True)
    workspace.show_progress(ScanProgress(0, 12345, 0, 999, "/data/folder", True))
    assert "12,345" in workspace.progress_label.text()
    assert workspace.progress_bar.maximum() == 0  # still busy: no total yet
    # a 1 GB file half read moves the bar although no file is done
    workspace.show_progress(ScanProgress(0, 1, 512 * 1024**2, 1024**3, "/data/big.txt"))
    bar = workspace.progress_bar
    assert bar.maximum() == 1000 and bar.value() == 500
    assert "0 of 1 files" in workspace.progress_label.text()
