"""The file table model over a plan document: Qt's model tester, roles, sorting by number,
filtering; the rows are the document's items, edited through the document."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from gptbots_planner.core.plan import Plan, PlanItem
from gptbots_planner.gui.document import PlanDocument
from gptbots_planner.gui.file_table import (
    ROLE_ID_ROLE,
    SORT_ROLE,
    Column,
    FileFilterProxy,
    FileTableModel,
)
from gptbots_planner.measure.records import Measurement


def items() -> list[PlanItem]:
    return [
        PlanItem.from_measurement(
            Measurement(path="/a/big.txt", name="big.txt", kind="text", tokens={"o200k_base": 900})
        ),
        PlanItem.from_measurement(
            Measurement(path="/a/small.md", name="small.md", kind="text", tokens={"o200k_base": 12})
        ),
        PlanItem.from_measurement(
            Measurement(path="/a/pic.png", name="pic.png", kind="image", width=2000, height=500)
        ),
        PlanItem.from_measurement(
            Measurement(path="/a/voice.mp3", name="voice.mp3", kind="audio", seconds="12.34")
        ),
        PlanItem.from_measurement(
            Measurement(
                path="/a/x.bin", name="x.bin", kind="unsupported", error="unsupported file type"
            )
        ),
    ]


def table(plan_items: list[PlanItem]) -> FileTableModel:
    return FileTableModel(PlanDocument(Plan(items=plan_items)))


def test_model_passes_qt_model_tester(qtmodeltester):
    model = table(items())
    qtmodeltester.check(model)
    proxy = FileFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_columns_and_default_roles():
    model = table(items())
    assert model.columnCount() == len(Column)
    assert model.headerData(Column.ROLE, Qt.Orientation.Horizontal) == "Role"
    assert model.index(0, Column.ROLE).data(ROLE_ID_ROLE) == "knowledge_document"
    assert model.index(2, Column.ROLE).data(ROLE_ID_ROLE) == "image_attachment"
    assert model.index(3, Column.ROLE).data(ROLE_ID_ROLE) == "voice_message"
    assert model.index(4, Column.ROLE).data(ROLE_ID_ROLE) == "excluded"
    assert model.index(0, Column.MEASURE).data() == "900 tokens"
    assert model.index(2, Column.MEASURE).data() == "2000 x 500 px, 4 tiles, 765 image tokens"
    assert model.index(3, Column.MEASURE).data() == "12.3 s"
    assert model.index(4, Column.STATUS).data() == "Unsupported"
    assert model.index(4, Column.ERROR).data() == "unsupported file type"


def test_role_is_editable_and_reported(qtbot):
    model = table(items())
    index = model.index(1, Column.ROLE)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(1, Column.NAME)) & Qt.ItemFlag.ItemIsEditable
    document = model.document
    with (
        qtbot.waitSignal(document.itemsChanged) as blocker,
        qtbot.waitSignal(model.dataChanged),
    ):
        assert model.setData(index, "reply_sample")
    assert blocker.args == [[model.item_at(1).item_id]]
    assert model.item_at(1).role == "reply_sample"
    assert document.plan.items[1].role == "reply_sample" and document.dirty
    assert not model.setData(index, "no such role")
    ids = {model.item_at(0).item_id, model.item_at(1).item_id}
    document.set_role(ids, "system_prompt")
    assert [model.item_at(r).role for r in (0, 1)] == ["system_prompt", "system_prompt"]
    assert model.index(0, Column.ROLE).data() == "System prompt"
    with pytest.raises(ValueError):
        document.set_role(ids, "no such role")


def test_measure_sorts_by_number_not_text():
    model = table(items())
    proxy = FileFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.MEASURE, Qt.SortOrder.DescendingOrder)
    names = [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]
    # 900 tokens > 765 image tokens > 12.34 s > 12 tokens > unmeasured
    assert names == ["big.txt", "pic.png", "voice.mp3", "small.md", "x.bin"]
    assert isinstance(model.index(0, Column.MEASURE).data(SORT_ROLE), float)


def test_filter_matches_any_column():
    model = table(items())
    proxy = FileFilterProxy()
    proxy.setSourceModel(model)
    proxy.setFilterFixedString("IMAGE")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["pic.png"]


def test_remove_and_pending():
    model = table(items())
    first = model.item_at(0).item_id
    model.set_pending({first})
    assert model.index(0, Column.STATUS).data() == "Measuring…"
    model.document.remove_items({first, model.item_at(2).item_id})
    assert [model.item_at(r).name for r in range(model.rowCount())] == [
        "small.md",
        "voice.mp3",
        "x.bin",
    ]


def test_remove_runs_of_rows_at_once(qtmodeltester):
    model = table(items() + items())  # 10 rows
    qtmodeltester.check(model)  # stays attached: checks the removal signals too
    removed: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    doomed = {model.item_at(r).item_id for r in (0, 1, 2, 5, 8, 9)}
    model.document.remove_items(doomed)
    assert removed == [(8, 9), (5, 5), (0, 2)]  # one signal per adjacent run, bottom up
    assert [model.item_at(r).name for r in range(model.rowCount())] == [
        "voice.mp3",
        "x.bin",
        "small.md",
        "pic.png",
    ]
    model.document.remove_items({model.item_at(r).item_id for r in range(model.rowCount())})
    assert model.rowCount() == 0 and removed[-1] == (0, 3)


def test_model_follows_the_document(qtmodeltester):
    document = PlanDocument(Plan(items=items()))
    model = FileTableModel(document)
    qtmodeltester.check(model)  # stays attached: checks every change below
    inserted: list[tuple[int, int]] = []
    resets: list[bool] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.modelReset.connect(lambda: resets.append(True))

    document.add_items(items()[:2])
    assert model.rowCount() == 7 and inserted == [(5, 6)]
    assert model.item_at(6) is document.plan.items[6]  # the document's items, no copy

    first = model.item_at(0)
    model.set_pending({first.item_id})
    assert model.index(0, Column.MEASURE).data() == ""
    remeasured = replace(first, measurement=replace(first.measurement, tokens={"o200k_base": 5}))
    model.set_pending({first.item_id}, False)
    document.update_items([remeasured])
    assert model.index(0, Column.MEASURE).data() == "5 tokens"
    assert document.item_by_id(first.item_id) is remeasured

    document.replace(Plan(items=items()[:1]), None)
    assert resets == [True] and model.rowCount() == 1
    assert model.index(0, Column.NAME).data() == "big.txt"


def test_measure_shows_the_published_tokenizers_range(qtmodeltester):
    # Samples (taken when the plan has an approximated model): DeepSeek 90 and Mistral 130
    # where o200k has 100 on the file's first characters; the full o200k count is 1,300.
    sampled = Measurement(
        path="/a/zh.txt",
        name="zh.txt",
        kind="text",
        tokens={
            "o200k_base": 1300,
            "sample:o200k_base": 100,
            "sample:deepseek_v3": 90,
            "sample:mistral_v1": 130,
        },
    )
    model = table([PlanItem.from_measurement(sampled), *items()[:1]])
    qtmodeltester.check(model)
    assert model.index(0, Column.MEASURE).data() == "approx. 1,170-1,690, o200k 1,300 tokens"
    assert model.index(0, Column.MEASURE).data(SORT_ROLE) == 1300.0  # sorts by o200k
    assert model.index(1, Column.MEASURE).data() == "900 tokens"  # no samples: no range


def test_scan_takes_samples_only_for_an_approximated_model():
    from gptbots_planner.core.catalog import load_catalog
    from gptbots_planner.core.plan import Scenario
    from gptbots_planner.gui.scan_controller import plan_tokenizers
    from gptbots_planner.measure import tokens

    catalog = load_catalog(use_user_file=False)
    doc = PlanDocument(Plan(scenarios=[Scenario("deepseek/v3", "gptbots_key")]))
    assert plan_tokenizers(doc, catalog) == ("deepseek_v3", "cl100k_base")
    doc = PlanDocument(Plan(scenarios=[Scenario("google/gemini-2.5-pro", "gptbots_key")]))
    names = plan_tokenizers(doc, catalog)
    assert names[:2] == ("o200k_base", "cl100k_base")
    assert (
        set(names[2:])
        == set(tokens.range_tokenizers())
        >= {
            "sample:o200k_base",
            "sample:deepseek_v3",
            "sample:qwen",
            "sample:mistral_v1",
        }
    )
