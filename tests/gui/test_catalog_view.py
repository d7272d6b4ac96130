"""The catalog browser lists every price and edits only the user's catalog."""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from gptbots_planner import paths  # noqa: E402
from gptbots_planner.core.catalog import load_catalog  # noqa: E402
from gptbots_planner.gui.catalog_model import CatalogModel  # noqa: E402
from gptbots_planner.gui.catalog_view import CatalogView  # noqa: E402

SEED_ROWS = 67 + 3 + 5 + 2 + 5 + 1 + 3  # LLM, embedding, rerank, ASR, TTS, storage, open


@pytest.fixture
def view(qtbot):
    widget = CatalogView()
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.set_catalog(load_catalog())
    widget.show()  # the table is filled when the tab is first shown
    return widget


def test_a_hidden_catalog_tab_is_filled_when_shown(qtbot) -> None:
    widget = CatalogView()
    qtbot.addWidget(widget)
    widget.set_catalog(load_catalog())
    assert widget.model.rowCount() == 0  # nothing sorted or fitted before it is seen
    widget.show()
    assert widget.proxy.rowCount() == widget.model.rowCount() == SEED_ROWS
    widget.hide()
    widget.set_catalog(load_catalog())  # once seen, it follows changes even when hidden
    assert widget.model.rowCount() == SEED_ROWS
    other = CatalogView()
    qtbot.addWidget(other)
    other.set_catalog(load_catalog())  # never shown, but asked for a row: filled then
    assert other.select_row_id(widget.model.rows()[0].row_id)
    assert other.selected_row() is not None and other.model.rowCount() == SEED_ROWS


def _user_data():
    return json.loads(paths.user_catalog_path().read_text(encoding="utf-8"))


def _row_text(view, row_id, column):
    model = view.model
    i = next(n for n, row in enumerate(model.rows()) if row.row_id == row_id)
    return model.index(i, column).data()


def test_lists_every_row_and_the_catalog_source(view):
    catalog = view.catalog()
    assert view.proxy.rowCount() == view.model.rowCount() == SEED_ROWS
    assert catalog.version in view.info_label.text()
    assert catalog.date in view.info_label.text()
    assert f"{SEED_ROWS} of {SEED_ROWS}" in view.count_label.text()
    assert view.user_error_label.isHidden()


def test_search_and_category_filters(view, qtbot):
    qtbot.keyClicks(view.search_edit, "claude")
    shown = view.proxy.rowCount()
    assert 0 < shown < SEED_ROWS
    for r in range(shown):
        assert "claude" in view.proxy.index(r, CatalogModel.NAME).data().lower()
    view.search_edit.clear()
    view.category_combo.setCurrentIndex(view.category_combo.findData("tts"))
    assert view.proxy.rowCount() == 5
    view.category_combo.setCurrentIndex(view.category_combo.findData("embedding"))
    assert view.proxy.rowCount() == 3
    view.category_combo.setCurrentIndex(0)
    assert view.proxy.rowCount() == SEED_ROWS


def test_edit_a_price_marks_it_yours_and_reset_row_restores_it(view, qtbot, monkeypatch):
    assert view.select_row_id("openai/gpt-4.1-1m")
    dialog = view.edit_selected()
    assert len(dialog.edits()) == 4 + 3  # the credits, then the vendor price and its source
    vendor = ["2", "8", ""]
    dialog.set_values(["-1", "0.88", "0.02", "0.08", *vendor])
    assert dialog.save() is False
    assert "negative" in dialog.error_label.text()
    assert not paths.user_catalog_path().exists()
    dialog.set_values(["0.3", "0.88", "0.02", "0.08", *vendor])
    with qtbot.waitSignal(view.catalogChanged, timeout=2000):
        dialog.accept()
    # Only the changed field is written: the others stay bundled.
    assert _user_data()["prices"] == {"openai/gpt-4.1-1m": {"gptbots_key": {"input": "0.3"}}}
    assert _user_data()["provider_prices"] == {}  # the derived vendor price, untouched
    assert _row_text(view, "openai/gpt-4.1-1m", CatalogModel.FIRST_PRICE) == "0.3"
    assert _row_text(view, "openai/gpt-4.1-1m", CatalogModel.SOURCE) == "yours"
    assert view.selected_row().row_id == "openai/gpt-4.1-1m"

    monkeypatch.setattr(view, "ask", lambda title, text: True)
    with qtbot.waitSignal(view.catalogChanged, timeout=2000):
        assert view.reset_selected()
    assert _user_data()["prices"] == {}
    assert _row_text(view, "openai/gpt-4.1-1m", CatalogModel.FIRST_PRICE) == "0.22"
    assert _row_text(view, "openai/gpt-4.1-1m", CatalogModel.SOURCE) == "bundled"


def test_price_an_open_type(view, qtbot):
    assert view.select_row_id("question_classification")
    dialog = view.edit_selected()
    dialog.set_values(["0.05"])
    with qtbot.waitSignal(view.catalogChanged, timeout=2000):
        dialog.accept()
    assert _user_data()["open_prices"]["question_classification"] == "0.05"
    assert load_catalog().open_prices["question_classification"].value is not None
    assert _row_text(view, "question_classification", CatalogModel.FIRST_PRICE) == "0.05"


def test_add_and_remove_a_custom_model(view, qtbot, monkeypatch):
    dialog = view.add_custom_model()
    dialog.name_edit.setText("My LLM")
    assert dialog.id_label.text() == "custom/my-llm"
    for (_mode, direction), edit in dialog.price_edits.items():
        edit.setText({"input": "0.1", "output": "0.2"}[direction])
    dialog.price_edits[("own_key", "output")].setText("x")
    assert dialog.save() is False
    assert not dialog.error_label.isHidden()
    dialog.price_edits[("own_key", "output")].setText("0.02")
    with qtbot.waitSignal(view.catalogChanged, timeout=2000):
        dialog.accept()
    custom = _user_data()["custom_models"]
    assert [m["id"] for m in custom] == ["custom/my-llm"]
    assert custom[0]["prices"]["own_key"] == {"input": "0.1", "output": "0.02"}
    assert "custom/my-llm" in load_catalog().llm
    assert view.model.rowCount() == SEED_ROWS + 1
    assert view.selected_row().row_id == "custom/my-llm"
    assert "custom" in _row_text(view, "custom/my-llm", CatalogModel.SOURCE)
    assert view.remove_button.isEnabled()
    # Its prices are edited in the custom row itself; empty means unpriced.
    dialog = view.edit_selected()
    dialog.set_values(["0.15", "0.2", "", "0.02"])
    with qtbot.waitSignal(view.catalogChanged, timeout=2000):
        dialog.accept()
    custom = _user_data()["custom_models"]
    assert custom[0]["prices"]["gptbots_key"]["input"] == "0.15"
    assert custom[0]["prices"]["own_key"]["input"] is None
    assert load_catalog().llm["custom/my-llm"].price("own_key", "input").unpriced
    assert _row_text(view, "custom/my-llm", CatalogModel.FIRST_PRICE + 2) == "unpriced"

    monkeypatch.setattr(view, "ask", lambda title, text: False)
    assert not view.remove_selected()
    assert view.model.rowCount() == SEED_ROWS + 1
    monkeypatch.setattr(view, "ask", lambda title, text: True)
    with qtbot.waitSignal(view.catalogChanged, timeout=2000):
        assert view.remove_selected()
    assert _user_data()["custom_models"] == []
    assert view.model.rowCount() == SEED_ROWS


def test_a_broken_user_file_is_shown_and_reset_keeps_a_copy(qtbot, monkeypatch):
    path = paths.user_catalog_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{ not json", encoding="utf-8")
    view = CatalogView()
    qtbot.addWidget(view)
    view.set_catalog(load_catalog())
    assert not view.user_error_label.isHidden()
    assert "not valid JSON" in view.user_error_label.text()
    # Editing cannot save over a broken file: the error is shown, the file is unchanged.
    assert view.select_row_id("openai/gpt-4.1-1m")
    dialog = view.edit_selected()
    dialog.set_values(["0.3", "0.88", "0.02", "0.08", "2", "8", ""])
    assert dialog.save() is False
    assert "broken" in dialog.error_label.text()
    assert path.read_text(encoding="utf-8") == "{ not json"
    dialog.reject()

    monkeypatch.setattr(view, "ask", lambda title, text: True)
    with qtbot.waitSignal(view.catalogChanged, timeout=2000):
        assert view.reset_everything()
    assert path.with_name(path.name + ".bak").read_text(encoding="utf-8") == "{ not json"
    assert _user_data()["prices"] == {}
    assert view.user_error_label.isHidden()
