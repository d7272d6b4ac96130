"""The results tables fit their columns again only when the contents could change width,
and a table on a tab that is not shown is fitted when it is shown."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView, QTabWidget, QWidget

from gptbots_planner.gui.results.fit import ColumnFitter


def _model(texts: list[str]) -> QStandardItemModel:
    model = QStandardItemModel()
    for text in texts:
        model.appendRow([QStandardItem("Month 1"), QStandardItem(text)])
    return model


def test_fits_when_lengths_change_not_when_only_digits_do(qtbot) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    model = _model(["1,234.56", "2.50"])
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    fitter = ColumnFitter()
    assert fitter.fit(view)
    fitted = view.columnWidth(1)
    model.item(0, 1).setText("9,876.54")  # same length: the width stays right
    assert not fitter.fit(view)
    model.item(0, 1).setText("123,456,789.00 +?")  # longer: fitted again, wider
    assert fitter.fit(view)
    assert view.columnWidth(1) > fitted
    view.setColumnHidden(0, True)  # a hidden column changes the shape too
    assert fitter.fit(view)


def test_a_table_on_another_tab_is_fitted_when_shown(qtbot) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "first")
    view = QTableView()
    view.setModel(_model(["a much longer cell text than the default column width"]))
    tabs.addTab(view, "second")
    tabs.show()
    qtbot.waitExposed(tabs)
    before = view.columnWidth(1)
    fitter = ColumnFitter()
    assert not fitter.fit(view)  # not shown: nothing measured yet
    assert view.columnWidth(1) == before
    tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.columnWidth(1) > before, timeout=5000)
    assert not fitter.fit(view)  # fitted on show; nothing changed since
