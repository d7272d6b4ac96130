"""Every catalogue in resources/translations: up to date with the code, finished,
placeholders kept, compiled from the committed .ts, loadable."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from tools import require_tool

from gptbots_planner.paths import resource_path

TRANSLATIONS = resource_path("translations")
TS_FILES = sorted(TRANSLATIONS.glob("*.ts"))
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "update_translations.py"


def update_script() -> ModuleType:
    """scripts/update_translations.py, whose checks the tests share (scripts is no package)."""
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_are_catalogues():
    names = {p.name for p in TS_FILES}
    assert "planner_zh_CN.ts" in names


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_entry_is_finished_and_keeps_its_placeholders(ts: Path):
    problems = update_script().problems(ts)
    assert not problems, "\n".join(problems)


def test_catalogues_hold_every_text_of_the_code():
    """lupdate over the code (on a copy) adds nothing unfinished: no text lacks Chinese."""
    require_tool("pyside6-lupdate", "PySide6's translation tools")
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_committed_qm_is_built_from_the_committed_ts(ts: Path, tmp_path: Path):
    lrelease = require_tool("pyside6-lrelease", "PySide6's translation tools")
    built = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(built)], check=True)
    assert built.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        f"{ts.stem}.qm is stale: run scripts/update_translations.py"
    )


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
        assert QCoreApplication.translate("Roles", "Knowledge document") == "知识文档"
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
    assert QCoreApplication.translate("Roles", "Knowledge document") == "Knowledge document"


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
