"""Translations: every ``resources/translations/*_<locale>.qm`` plus Qt's own ``qtbase``.

One catalogue per language, ``planner_zh_CN``, holds the texts of the window, the vocabularies
and the workbook (``scripts/update_translations.py`` builds it); every ``*_<locale>.qm`` of
the folder loads, so a further catalogue would need no code.
The language is the user's choice in Settings, else the system locale.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from gptbots_planner.paths import resource_path

log = logging.getLogger(__name__)

SUPPORTED = ("en", "zh_CN")

# Labels of Qt's own file dialog that Qt's qtbase_zh_CN.qm (6.8 to 6.11) leaves in English:
# its entries lack the "&" these labels carry.  Declared here so our catalogue translates
# them; Qt asks our translator when qtbase has no entry.
QT_DIALOG_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def resolve_language(choice: str, system: QLocale | None = None) -> str:
    """The language to show: the user's choice, or the system's when it is one we have."""
    if choice in SUPPORTED:
        return choice
    locale = system if system is not None else QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        # Traditional-script systems get Simplified rather than English: closer to readable.
        return "zh_CN"
    return "en"


def translations_dir() -> str:
    return str(resource_path("translations"))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install every catalogue for ``language``; returns them (keep them alive)."""
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale(language if language != "en" else "en_US"))
    if language == "en":
        return installed  # the source strings are English
    folder = resource_path("translations")
    files = sorted(folder.glob(f"*_{language}.qm")) if folder.is_dir() else []
    for qm in files:
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s could not be loaded", qm)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qtbase)
        installed.append(qtbase)
    else:
        log.info("Qt's own qtbase_%s.qm not found in %s", language, qt_dir)
    log.info("language %s: %d catalogues", language, len(installed))
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    translators.clear()
