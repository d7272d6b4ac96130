"""File → Export…: the budget as an XLSX workbook or CSV files, written on the worker pool.

The writers are ``export.xlsx.write_xlsx`` and ``export.csv.write_csv``
(pure Python); this module only asks where, runs them off the GUI thread and
reports the outcome in words.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow

from gptbots_planner.core.catalog import Catalog
from gptbots_planner.core.plan import PlanError
from gptbots_planner.gui.document import PlanDocument
from gptbots_planner.gui.estimate_controller import snapshot
from gptbots_planner.gui.prompts import Prompts
from gptbots_planner.gui.workers import WorkerContext, WorkerHub

log = logging.getLogger(__name__)


class ExportHost(Protocol):
    """What the exporter reads from the app (``AppController``), looked up at each export:
    the window, its prompts and the catalog are replaced by a language switch or a reload."""

    @property
    def document(self) -> PlanDocument: ...
    @property
    def catalog(self) -> Catalog: ...
    @property
    def prompts(self) -> Prompts: ...
    @property
    def window(self) -> QMainWindow: ...


def app_language() -> str:
    """The language the UI shows (``export.labels`` codes), which the exported labels follow."""
    from PySide6.QtCore import QLocale

    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def run_export(plan: Any, catalog: Any, path: Path, kind: str, language: str) -> list[Path]:
    if kind == "csv":
        from gptbots_planner.export.csv import write_csv

        return list(write_csv(plan, catalog, path, language=language))
    from gptbots_planner.export.xlsx import write_xlsx

    write_xlsx(plan, catalog, path, language=language)
    return [path]


def exported_text(written: list[Path]) -> str:
    """What the status bar says: every file written, and where (CSV writes two)."""
    folder = str(written[0].parent)
    if len(written) == 1:
        return (
            QCoreApplication.translate("Exporter", "Exported %1 to %2")
            .replace("%1", written[0].name)
            .replace("%2", folder)
        )
    return (
        QCoreApplication.translate("Exporter", "Exported %1 and the file list %2 to %3")
        .replace("%1", written[0].name)
        .replace("%2", ", ".join(p.name for p in written[1:]))
        .replace("%3", folder)
    )


class Exporter(QObject):
    def __init__(self, host: ExportHost, hub: WorkerHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.hub = hub

    def export_dialog(self) -> None:
        c = self.host
        folder = c.document.path.parent if c.document.path else Path.home()
        chosen = c.prompts.export_path(str(folder / c.document.plan.name))
        if chosen is not None:
            self.export(*chosen)

    def export(self, path: Path, kind: str) -> None:
        c = self.host
        plan = snapshot(c.document.plan)
        catalog = c.catalog
        language = app_language()

        def work(_context: WorkerContext) -> list[Path]:
            return run_export(plan, catalog, path, kind, language)

        def failed(error: Exception) -> None:
            if isinstance(error, OSError):
                message = f"{path}: {error.strerror or error}"
            elif isinstance(error, (PlanError, ImportError)):
                message = str(error)
            else:
                message = f"{type(error).__name__}: {error}"
            c.prompts.error(QCoreApplication.translate("Exporter", "Export failed"), message)

        def done(written: object) -> None:
            if isinstance(written, list) and written:
                c.window.statusBar().showMessage(exported_text(written), 15000)

        c.window.statusBar().showMessage(QCoreApplication.translate("Exporter", "Exporting…"))
        self.hub.start(work, on_error=failed, on_finished=done)
