"""Help > How the planner computes: both languages, the same sections, every plan field."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from gptbots_planner import paths
from gptbots_planner.gui.help_dialog import (
    FIELDS_MARK,
    HELP_FILES,
    HelpDialog,
    help_html,
    read_page,
    section_ids,
)
from gptbots_planner.gui.i18n import install_translators, remove_translators
from gptbots_planner.vocab.components import COMPONENT_FIELDS
from gptbots_planner.vocab.fields import FIELDS
from gptbots_planner.vocab.text import english, translator

# what the model's help must explain
SECTIONS = [
    "credits",
    "keys",
    "tokens",
    "knowledge",
    "reasoning",
    "context",
    "workflow",
    "growth",
    "media",
    "assumptions",
    "sources",
]


def test_both_languages_have_the_same_sections() -> None:
    pages = {lang: read_page(name) for lang, name in HELP_FILES.items()}
    for lang, page in pages.items():
        assert paths.resource_path("help", HELP_FILES[lang]).is_file()
        assert section_ids(page) == SECTIONS, lang
        assert page.count(FIELDS_MARK) == 1, lang
        # links only within the page (offline), each to a section it has
        for href in re.findall(r'href="([^"]*)"', page):
            assert href.startswith("#") and href[1:] in SECTIONS, (lang, href)
    assert re.search(r"[\u4e00-\u9fff]", pages["zh_CN"])
    assert not re.search(r"[\u4e00-\u9fff]", pages["en"])


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_plan_field_is_explained(qapp, lang: str) -> None:
    translators = install_translators(qapp, lang) if lang != "en" else []
    try:
        page = help_html()
    finally:
        remove_translators(qapp, translators)
    translate = english if lang == "en" else translator("zh")
    assert FIELDS_MARK not in page
    for spec in [*FIELDS.values(), *COMPONENT_FIELDS.values()]:
        label = translate(spec.label)
        assert label.replace("&", "&amp;") in page or label in page, (lang, spec.name)
        if spec.help is not None:
            help_text = translate(spec.help)
            escaped = help_text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            assert escaped.replace('"', "&quot;").replace("'", "&#x27;") in page, (lang, spec.name)
    # the page of the UI's language
    assert ("规划器如何计算" in page) == (lang == "zh_CN")


def test_f1_opens_the_help_in_the_window_language(qtbot, make_controller) -> None:
    controller = make_controller()
    controller.start([])
    w = controller.window
    assert w.help_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert w.help_action in w.menuBar().actions()[-1].menu().actions()
    w.help_action.trigger()
    dialogs = w.findChildren(HelpDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    text = dialogs[0].text.toPlainText()
    assert text.startswith("How the planner computes")
    assert "Conversations per month" in text
    w.help_action.trigger()  # again: one dialog, not two
    qtbot.waitUntil(lambda: len([d for d in w.findChildren(HelpDialog) if d.isVisible()]) == 1)
    controller.set_language("zh_CN")
    try:
        controller.window.help_action.trigger()
        (dialog,) = [d for d in controller.window.findChildren(HelpDialog) if d.isVisible()]
        assert dialog.text.toPlainText().startswith("规划器如何计算")
        assert dialog.windowTitle() == QCoreApplication.translate(
            "HelpDialog", "How the planner computes"
        )
        assert dialog.windowTitle() == "规划器如何计算"
    finally:
        controller.set_language("en")
