"""Issue 14: no English left in the Chinese window: "tokens" in the breakdown and in what
credits buy, "token·天", the catalog header's "(pricing page, Chinese)", and Qt's own file
dialog (Qt's qtbase catalogue from PySide6's translations folder)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton

from gptbots_planner.gui.i18n import install_translators, remove_translators

ENGLISH_WORD = re.compile(r"\btokens\b|token·天|pricing page|Chinese\)")


@pytest.fixture
def chinese(qapp):
    translators = install_translators(qapp, "zh_CN")
    yield translators
    remove_translators(qapp, translators)
    install_translators(qapp, "en")


def test_qt_base_catalogue_is_loaded_from_pyside6(chinese):
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert (Path(folder) / "qtbase_zh_CN.qm").is_file()
    assert any(Path(t.filePath()).name == "qtbase_zh_CN.qm" for t in chinese)
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    texts += [button.text() for button in dialog.findChildren(QPushButton)]
    assert "查找范围(&L)：" in texts  # "&Look in:", which qtbase leaves in English
    assert any("文件名" in t for t in texts)  # "File name:"
    assert "文件类型(&T)：" in texts
    assert not [t for t in texts if re.search("[A-Za-z]{3}", t)]
    dialog.deleteLater()


def test_breakdown_buys_and_catalog_speak_chinese(qtbot, make_controller, chinese):
    controller = make_controller()
    controller.start([])
    window = controller.window
    window.show()
    results = window.results
    qtbot.waitUntil(lambda: results.breakdown_model.rowCount() > 0, timeout=20000)
    model = results.breakdown_model
    texts = []
    for row in range(model.rowCount()):
        texts.append(str(model.index(row, 1).data()))
    assert any("token" in t for t in texts) and any("天" in t for t in texts)
    buys = results.buys_view
    texts += [label.text() for label in buys.findChildren(QLabel)]
    window.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    texts.append(window.catalog_view.info_label.text())
    leftovers = [t for t in texts if ENGLISH_WORD.search(t)]
    assert not leftovers
