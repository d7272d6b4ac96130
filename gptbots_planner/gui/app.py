"""Start the desktop app: QApplication, icon, translations, the window and its first plan."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from gptbots_planner import APP_ID, APP_NAME, __version__
from gptbots_planner.core.plan import PLAN_EXTENSION
from gptbots_planner.gui.i18n import install_translators, resolve_language
from gptbots_planner.gui.icons import ICON_SIZES, app_icon_path, app_icon_png_path
from gptbots_planner.gui.palettes import apply_theme
from gptbots_planner.gui.settings import read_settings

log = logging.getLogger(__name__)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        png = app_icon_png_path(size)
        if png.is_file():
            icon.addFile(str(png))
    svg = app_icon_path()
    if svg.is_file():
        icon.addFile(str(svg))
    return icon


def plan_arguments(argv: list[str]) -> list[Path]:
    """Plan files among the arguments (the .desktop entry passes %F); options are Qt's."""
    found: list[Path] = []
    for arg in argv:
        if arg.startswith("-"):
            continue
        path = Path(arg)
        if path.suffix.lower() == PLAN_EXTENSION or path.is_file():
            found.append(path)
    return found


class FileOpenFilter(QObject):
    """macOS hands a double-clicked plan to the running app as a FileOpen event, not argv."""

    def __init__(self, open_path: Callable[[Path], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_path = open_path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            if event.file():
                self._open_path(Path(event.file()))
                return True
        return super().eventFilter(watched, event)


# How long a thread that wants the GIL waits before it makes the holder hand it over
# (Python's default is 5 ms).  The GUI thread calls into Python from C++ many times per
# repaint or relayout (each ``data()`` of a model, each overridden event); while the
# estimate is computed on a pool thread, each of those calls waited up to the full
# interval, and a repaint of the file table stalled the event loop 50-130 ms.
GUI_SWITCH_INTERVAL_S = 0.0005


def make_application(argv: list[str]) -> QApplication:
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "gptbots-planner", *argv])
    app.setApplicationName("gptbots-planner")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("gptbots-planner")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def run(argv: list[str]) -> int:
    """Run the window until it closes; ``argv`` excludes the program name."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = make_application(argv)
    settings, settings_problem = read_settings()  # a broken file: defaults, and said
    apply_theme(settings.theme, app)
    language = resolve_language(settings.language)
    translators = install_translators(app, language)
    from gptbots_planner.gui.app_controller import AppController

    controller = AppController(settings=settings, settings_problem=settings_problem)
    controller.translators = translators
    controller.window.restore_layout()
    controller.window.show()
    file_open = FileOpenFilter(lambda path: controller.open_path(path), app)
    app.installEventFilter(file_open)
    controller.start(plan_arguments(argv))
    code = app.exec()
    del translators
    return int(code)
