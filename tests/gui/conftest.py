"""GUI tests run offscreen by default, each with its own app home (no real profile touched).

``QT_QPA_PLATFORM`` is set before pytest-qt creates the QApplication (at import
of this conftest), and only when the caller did not choose a platform, so
``QT_QPA_PLATFORM=xcb pytest tests/gui`` under Xvfb still works.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator

import pytest

log = logging.getLogger(__name__)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _gui_app_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Settings, autosaves and the user catalog of each test live in a fresh folder."""
    monkeypatch.setenv("GPTBOTS_PLANNER_HOME", str(tmp_path_factory.mktemp("gui-home")))
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", "")


def drop_paths(widget, paths) -> None:
    """What a file manager does: a drag carrying file URLs enters ``widget``, then drops."""
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    actions = Qt.DropAction.CopyAction
    buttons = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), actions, mime, buttons, none)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(10, 10), actions, mime, buttons, none)
    QApplication.sendEvent(widget, event)
    assert event.isAccepted()


@pytest.fixture
def drop():
    return drop_paths


class FakePrompts:
    """Answers every question at once and records what was asked (see gui/prompts.py)."""

    def __init__(self) -> None:
        self.unsaved_answer = "discard"
        self.recover_answer: tuple[str, int] = ("discard", -1)
        self.open_answer = None
        self.save_answer = None
        self.export_answer = None
        self.asked: list[tuple] = []
        self.errors: list[tuple[str, str]] = []

    def ask_unsaved(self, name):
        self.asked.append(("unsaved", name))
        return self.unsaved_answer

    def ask_recover(self, autosaves):
        self.asked.append(("recover", [a.plan_name for a in autosaves]))
        return self.recover_answer

    def open_plan_path(self, folder):
        self.asked.append(("open", folder))
        return self.open_answer

    def save_plan_path(self, suggested):
        self.asked.append(("save", suggested))
        return self.save_answer

    def export_path(self, suggested):
        self.asked.append(("export", suggested))
        return self.export_answer

    def error(self, title, message):
        self.errors.append((title, message))

    def info(self, title, message):
        self.asked.append(("info", title))


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def make_controller(qtbot, prompts):
    """Build an AppController (real dialogs replaced by ``prompts``); closed after the test."""
    from gptbots_planner.gui.app_controller import AppController

    made = []

    def make(**kwargs):
        kwargs.setdefault("prompts", prompts)
        controller = AppController(**kwargs)
        qtbot.addWidget(controller.window)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp) -> Iterator[str]:
    """The test runs once in English and once in Chinese (the app's translators installed)."""
    from gptbots_planner.gui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)
    install_translators(qapp, "en")
