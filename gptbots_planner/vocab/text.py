"""Translatable texts and the pure-Python reader of the ``.ts`` catalogues.

A :class:`Text` is what ``QCoreApplication.translate(context, source)`` takes.  Modules
declare their words with :func:`QT_TRANSLATE_NOOP` (the name ``pyside6-lupdate`` looks for,
so the catalogue is always complete), and translate them late: the GUI through Qt (which
loads the ``.qm`` built from the same ``.ts``), everything else through :func:`translator`.

Placeholders are Python ``{name}`` fields, filled after translation with
:meth:`Text.format`-like calls; a test checks that every translation keeps its source's
placeholders.
"""

from __future__ import annotations

import functools
import logging
import string
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import NamedTuple

from gptbots_planner import paths

log = logging.getLogger(__name__)

# language code -> the Qt locale suffix of its ``.ts`` / ``.qm`` files
LANGUAGES: dict[str, str] = {"en": "", "zh": "zh_CN"}


class Text(NamedTuple):
    """A translatable text: Qt's translation context and the English source."""

    context: str
    source: str

    def fields(self) -> set[str]:
        """The ``{name}`` placeholders of the source."""
        return placeholders(self.source)


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:  # noqa: N802 - the name lupdate finds
    """Mark ``source`` for translation in ``context`` without translating it now."""
    return Text(context, source)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class _Keep(dict[str, object]):
    """Parameters where a field without one stays as written ("{name}")."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, params: Mapping[str, object]) -> str:
    """``template`` with its ``{name}`` fields replaced; unknown fields stay as written.
    (Called for every measured file's detail: ``str.format_map``, no class per call.)"""
    return template.format_map(_Keep(params))


# translates a Text into the target language (English: the source itself)
Translate = Callable[[Text], str]


def english(text: Text) -> str:
    return text.source


def translations_folder() -> Path:
    return paths.resource_path("translations")


def read_ts(path: Path) -> dict[Text, str]:
    """The finished translations of one ``.ts`` file (Qt Linguist's XML)."""
    found: dict[Text, str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None:
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if node.text:
                found[Text(name, source)] = node.text
    return found


@functools.cache
def catalogue(language: str) -> Mapping[Text, str]:
    """Every finished translation into ``language`` ("zh"), from all its ``.ts`` files."""
    suffix = LANGUAGES.get(language, language)
    if not suffix:
        return {}
    merged: dict[Text, str] = {}
    for path in sorted(translations_folder().glob(f"*_{suffix}.ts")):
        merged.update(read_ts(path))
    return merged


def translator(language: str) -> Translate:
    """A function that translates Texts into ``language``; English and unknown texts pass."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; expected one of {', '.join(LANGUAGES)}")
    table = catalogue(language)
    if not table:
        return english

    def translate(text: Text) -> str:
        return table.get(text, text.source)

    return translate
