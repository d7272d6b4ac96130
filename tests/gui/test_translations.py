"""Every catalogue in resources/translations: finished, placeholders kept, compiled, loadable."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from gptbots_planner.paths import resource_path

TRANSLATIONS = resource_path("translations")
TS_FILES = sorted(TRANSLATIONS.glob("*.ts"))
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text or ""))


def messages(ts: Path):
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_there_are_catalogues():
    names = {p.name for p in TS_FILES}
    assert "planner_zh_CN.ts" in names


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_entry_is_finished_and_keeps_its_placeholders(ts: Path):
    problems: list[str] = []
    for context, message in messages(ts):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            problems.append(f"{context}: {source!r} has no translation")
            continue
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        if translation.get("type") == "unfinished":
            problems.append(f"{context}: {source!r} is unfinished")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if not form.strip():
                problems.append(f"{context}: {source!r} is empty")
            elif message.get("numerus") == "yes":
                wanted = placeholders(source)
                wanted.pop("%n", None)  # a language with one plural form may write the number out
                got = placeholders(form)
                got.pop("%n", None)
                if wanted != got:
                    problems.append(f"{context}: {source!r} -> {form!r} changes placeholders")
            elif placeholders(source) != placeholders(form):
                problems.append(f"{context}: {source!r} -> {form!r} changes placeholders")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_compiled_catalogue_is_there_and_loads(ts: Path, qapp):
    qm = ts.with_suffix(".qm")
    assert qm.is_file(), f"{qm.name} missing: run pyside6-lrelease"
    translator = QTranslator()
    assert translator.load(str(qm))
    assert not translator.isEmpty()


def test_the_window_speaks_chinese(qapp, monkeypatch):
    from gptbots_planner.gui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "zh_CN")
    try:
        assert any(Path(t.filePath()).name == "planner_zh_CN.qm" for t in translators)
        assert QCoreApplication.translate("FileTable", "Knowledge document") == "知识文档"
        from gptbots_planner.gui.field_names import field_help

        assert field_help("months") == "预测覆盖的月数。"
        from gptbots_planner.gui.document import PlanDocument
        from gptbots_planner.gui.file_table import FileTableModel
        from gptbots_planner.gui.main_window import MainWindow

        window = MainWindow(FileTableModel(PlanDocument()))
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[0] == "文件(&F)"
        window.deleteLater()
    finally:
        remove_translators(qapp, translators)
        install_translators(qapp, "en")
    assert QCoreApplication.translate("FileTable", "Knowledge document") == "Knowledge document"


def test_switching_language_rebuilds_the_window_in_that_language(qtbot, make_controller, qapp):
    from PySide6.QtWidgets import QLabel, QWidget

    controller = make_controller()
    controller.start([])
    controller.window.show()
    qtbot.waitUntil(lambda: controller.window.findChild(QLabel, "monthlyTotal").text() != "")
    english_total = controller.window.findChild(QLabel, "monthlyTotal").text()
    rows = controller.model.rowCount()
    try:
        controller.set_language("zh_CN")
        window = controller.window
        qtbot.addWidget(window)
        assert window.menuBar().actions()[0].text() == "文件(&F)"
        assert window.isVisible()
        label = window.findChild(QWidget, "monthlyTotal")
        qtbot.waitUntil(lambda: "积分" in label.text(), timeout=5000)
        assert label.text().split()[0] == english_total.split()[0]
        assert controller.model.rowCount() == rows
        assert window.workspace.table.model().rowCount() == rows
        # The new window still drives the plan.
        controller.window.plan_panel.edits["months"].textEdited.emit("6")
        assert controller.document.plan.assumptions["months"] == 6
    finally:
        controller.set_language("en")
        qtbot.addWidget(controller.window)
    assert controller.window.menuBar().actions()[0].text() == "&File"


def test_measurement_messages_are_translated_with_their_details(qapp):
    from gptbots_planner.gui.file_table import file_message
    from gptbots_planner.gui.i18n import install_translators, remove_translators

    mixed = "unsupported file type (ELF executable); extension says .txt, content is ELF executable"
    assert file_message(mixed) == mixed  # English: the measurers' own words
    translators = install_translators(qapp, "zh_CN")
    try:
        assert file_message("binary data in a text file") == "文本文件中含有二进制数据"
        # The technical rest is kept; "; " inside parentheses is not a separator.
        assert (
            file_message("file too large (12 bytes; limit 10)") == "文件过大 (12 bytes; limit 10)"
        )
        assert file_message(mixed) == (
            "不支持的文件类型 (ELF executable)；扩展名为 .txt，内容却是 ELF executable"
        )
        assert (
            file_message(
                "extension says .txt, content is PNG; 2 chunk cut(s) without a line break; "
                "counts approximate"
            )
            == "扩展名为 .txt，内容却是 PNG；2 处分块不在换行处；计数为近似值"
        )
    finally:
        remove_translators(qapp, translators)
        install_translators(qapp, "en")
