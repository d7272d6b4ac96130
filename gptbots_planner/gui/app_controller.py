"""The app's behaviour: plans as files, autosave and recovery, export, settings, catalog reloads.

Owns the open plan (``PlanDocument``) and wires the window's parts to the
controllers that do the work (``ScanController``, ``EstimateController``).
Every question to the user goes through ``prompts`` so tests can answer them.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

from gptbots_planner import APP_NAME, __version__
from gptbots_planner.core.catalog import Catalog, load_catalog
from gptbots_planner.core.estimate import Estimate, image_rule_for
from gptbots_planner.core.plan import (
    PLAN_EXTENSION,
    Plan,
    PlanError,
    Scenario,
)
from gptbots_planner.core.planfile import example_plan_paths
from gptbots_planner.gui import startup
from gptbots_planner.gui.autosave_controller import AUTOSAVE_MS, Autosaver
from gptbots_planner.gui.document import PlanDocument
from gptbots_planner.gui.estimate_controller import EstimateController
from gptbots_planner.gui.explain_view import ExplainController
from gptbots_planner.gui.exporting import Exporter
from gptbots_planner.gui.field_names import field_error, field_label, field_text
from gptbots_planner.gui.file_table import FileTableModel
from gptbots_planner.gui.help_dialog import show_help
from gptbots_planner.gui.i18n import install_translators, remove_translators, resolve_language
from gptbots_planner.gui.locate import Locator
from gptbots_planner.gui.main_window import MainWindow
from gptbots_planner.gui.palettes import apply_theme
from gptbots_planner.gui.plan_file_actions import PlanFileActions
from gptbots_planner.gui.plan_names import example_label
from gptbots_planner.gui.prompts import Prompts
from gptbots_planner.gui.scan_controller import ScanController, plan_tokenizers
from gptbots_planner.gui.settings import (
    BOTH_KEY_MODES,
    AppSettings,
    read_settings,
)
from gptbots_planner.gui.texts import render_message
from gptbots_planner.gui.undo_controller import UndoController
from gptbots_planner.gui.window_state import capture, restore
from gptbots_planner.gui.workers import Pool, WorkerHub
from gptbots_planner.gui.workflow_controller import WorkflowController
from gptbots_planner.vocab import billing
from gptbots_planner.vocab.messages import Message

log = logging.getLogger(__name__)

DEFAULT_EXAMPLE = "customer-service"


class AppController(QObject, PlanFileActions):
    def __init__(
        self,
        *,
        prompts: Any | None = None,
        pool: Pool | None = None,
        settings: AppSettings | None = None,
        catalog: Catalog | None = None,
        autosave_ms: int = AUTOSAVE_MS,
        settings_problem: Message | None = None,
    ) -> None:
        super().__init__()
        self._settings_problem: Message | None = settings_problem
        if settings is None:
            settings, self._settings_problem = read_settings()
        self.settings = settings
        self.catalog = catalog if catalog is not None else load_catalog()
        self.hub = WorkerHub(pool)
        self.document = PlanDocument()
        self.model = FileTableModel(self.document, self)
        self.window = MainWindow(self.model)
        self._own_prompts = prompts is None
        self._before_edit: dict[str, str] = {}  # field -> its text when the edit began
        self.prompts = prompts if prompts is not None else Prompts(self.window)
        self.translators: list[QTranslator] = []  # installed by app.run; swapped by set_language
        self.scans = ScanController(
            self.document, self.model, self.window.workspace, self.hub, self.catalog, self
        )
        self.scans.speaker_notes = self.settings.speaker_notes
        self.estimates = EstimateController(self.document, self.hub, self.catalog, self)
        self.exporter = Exporter(self, self.hub, parent=self)
        self.autosaver = Autosaver(
            self.document, self.hub, self._autosave_failed, autosave_ms, parent=self
        )
        self.autosave = self.autosaver.session
        self.workflow: WorkflowController | None = None
        self.locator = Locator(self.document, self.scans.remeasure, self._status, self)
        self._last_estimate: tuple[Estimate | None, Plan, Catalog, str] | None = None
        self.undo = UndoController(
            self.document, lambda: self.catalog.user_file, self.reload_catalog
        )
        self.explainer: ExplainController | None = None
        self._connect_document()
        self._connect_window()

    # --- wiring ---------------------------------------------------------------------
    def _connect_document(self) -> None:
        self.document.replaced.connect(self._show_plan)
        self.document.dirtyChanged.connect(self._update_title)
        self.document.pathChanged.connect(self._update_title)
        self.document.pathChanged.connect(lambda: startup.remember_plan(self.document.path))
        self.document.restored.connect(self._restored)
        self.estimates.estimated.connect(self._show_estimate)
        self.scans.scanStarted.connect(lambda: self.estimates.set_scanning(True))
        self.scans.scanFinished.connect(lambda _result: self.estimates.set_scanning(False))
        self.scans.failed.connect(
            lambda message: self.prompts.error(
                QCoreApplication.translate("AppController", "Measuring failed"), message
            )
        )

    def _connect_window(self) -> None:
        w = self.window
        w.close_guard = self.close_guard
        w.new_action.triggered.connect(self.new_plan)
        w.open_action.triggered.connect(self.open_dialog)
        w.save_action.triggered.connect(self.save)
        w.save_as_action.triggered.connect(self.save_as)
        w.export_action.triggered.connect(self.exporter.export_dialog)
        w.settings_action.triggered.connect(self.edit_settings)
        w.about_action.triggered.connect(self.about)
        for path in example_plan_paths():
            action = w.examples_menu.addAction(example_label(path.stem))
            action.triggered.connect(lambda _c=False, name=path.stem: self.open_example(name))
        w.workspace.pathsChosen.connect(self.paths_dropped)
        w.pathsDropped.connect(self.paths_dropped)
        w.plan_panel.fieldEdited.connect(self.edit_field)
        w.plan_panel.fieldCommitted.connect(self.commit_field)
        w.plan_panel.scenariosEdited.connect(self.edit_scenarios)
        w.results.catalogChanged.connect(self.reload_catalog)
        w.catalog_view.catalogChanged.connect(self.reload_catalog)
        if self.workflow is not None:
            self.workflow.detach()  # its window is being replaced
        self.workflow = WorkflowController(
            self.document,
            w.plan_panel.workflow,
            w.results,
            w.statusBar(),
            self.catalog,
            self.estimates.estimated,
            self,
        )
        self.locator.attach(w, w.workspace, w.remeasure_action)
        if self.explainer is not None:
            self.explainer.detach()
        self.explainer = ExplainController(
            w.results, w.plan_panel.workflow, self.estimates.estimated, self
        )
        w.help_action.triggered.connect(lambda: show_help(self.window))
        w.recent_menu.aboutToShow.connect(self._prune_recent)
        self._update_recent_menu()
        self.undo.attach(w)

    # --- start-up -------------------------------------------------------------------------
    def start(self, plan_paths: list[Path]) -> None:
        """Open the plan files given (the .desktop entry's %F), else recover autosaved work,
        else the plan open at the last exit, else the example (first start) or an empty plan."""
        self.hub.start(startup.warm_tokenizers)
        first = startup.first_start()
        for path in plan_paths:
            if self.open_path(path):
                return
        if self._settings_problem is not None:
            self._status(render_message(self._settings_problem), 0)
        if self.offer_recovery():
            self._say_missing()
            return
        last = startup.last_plan()
        if last is not None and self._open_last(last):
            return
        if first:
            self.open_example(DEFAULT_EXAMPLE, dirty=False)
        else:
            self.new_plan()
        if last is not None:  # said after new_plan, whose path change forgets the old one
            self._status(startup.gone_text(last), 0)

    def offer_recovery(self) -> bool:
        return self.autosaver.offer_recovery(self.prompts)

    def paths_dropped(self, paths: list[Path]) -> None:
        """Plan files are opened; everything else is measured into the plan."""
        plans = [Path(p) for p in paths if Path(p).suffix.lower() == PLAN_EXTENSION]
        material = [Path(p) for p in paths if Path(p).suffix.lower() != PLAN_EXTENSION]
        if plans:
            self.open_path(plans[0])
        if material:
            self.scans.add_paths(material)

    def close_guard(self) -> bool:
        if not self.maybe_save():
            return False
        self.shutdown()
        return True

    def shutdown(self) -> None:
        """A clean exit: stop measuring, remove this session's autosave."""
        self.scans.stop()
        self.estimates.stop()
        self.hub.wait(5000)
        self.autosaver.close()

    def _autosave_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(
            QCoreApplication.translate("AppController", "Autosave failed: %1").replace(
                "%1", message
            )
        )

    # --- editing ---------------------------------------------------------------------------
    def edit_field(self, name: str, text: str) -> None:
        panel = self.window.plan_panel
        # Typing "1.5" passes through "1": the value before this edit is what the plan goes
        # back to while the text is refused, not a keystroke the user never meant.
        if name not in self._before_edit:
            before = field_text(self.document.plan, name)
            if before is not None:
                self._before_edit[name] = before
        try:
            self.document.set_field(name, text)
        except PlanError as error:
            panel.set_field_error(name, error)
            self.window.statusBar().showMessage(
                f"{field_label(name)}: {field_error(name, error)}", 8000
            )
            before = self._before_edit.get(name)
            if before is not None and field_text(self.document.plan, name) != before:
                self.document.set_field(name, before)
            return
        panel.set_field_error(name, None)
        if name == "name":
            self._update_title()

    def commit_field(self, name: str) -> None:
        """The user left an input: its value (or the one kept while refused) is settled."""
        self._before_edit.pop(name, None)
        self.document.end_edit()  # typing there again is a new undo step

    def edit_scenarios(self, model_ids: list[str], key_choice: str) -> None:
        modes = billing.KEY_MODE_IDS if key_choice == BOTH_KEY_MODES else (key_choice,)
        scenarios = [Scenario(m, k) for m in model_ids for k in modes if m in self.catalog.llm]
        if not scenarios:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "AppController", "Choose at least one model to compare."
                ),
                8000,
            )
            return
        self.document.set_scenarios(scenarios)
        self.measure_missing_tokenizers()

    def measure_missing_tokenizers(self) -> None:
        """Files counted without a tokenizer a newly chosen model needs are measured again.

        (Pasted texts are counted on demand by the core; files would otherwise fall back to
        another tokenizer's count, flagged approximate.)
        """
        needed = set(plan_tokenizers(self.document, self.catalog))
        stale = {
            item.item_id
            for item in self.document.plan.items
            if item.text is None
            and not item.missing  # its measurement stays until it is located
            and item.measurement.ok
            and item.measurement.tokens
            and not needed <= set(item.measurement.tokens)
        }
        if stale:
            self.scans.remeasure(stale)

    def reload_catalog(self) -> None:
        catalog = load_catalog()
        if catalog.user_error:
            self.prompts.error(
                QCoreApplication.translate("AppController", "Your prices were not applied"),
                catalog.user_error,
            )
        self.catalog = catalog
        self.scans.catalog = catalog
        self.window.plan_panel.load(self.document.plan, catalog)
        if self.workflow is not None:
            self.workflow.set_catalog(catalog)
        self._set_catalog_view()
        self.estimates.set_catalog(catalog)

    # --- views --------------------------------------------------------------------------------
    def _show_plan(self, *, cancel_scan: bool = True) -> None:
        if cancel_scan:
            self.scans.cancel()
        self._before_edit.clear()  # another plan: nothing of the old one to go back to
        self.window.plan_panel.load(self.document.plan, self.catalog)
        self._set_catalog_view()
        self._update_title()

    def _restored(self) -> None:  # undo / redo of fields, models, components
        self._show_plan(cancel_scan=False)
        self.measure_missing_tokenizers()

    def _set_catalog_view(self) -> None:
        self.window.catalog_view.set_catalog(self.catalog)

    def _show_estimate(
        self, estimate: Estimate | None, plan: Plan, catalog: Catalog, error: str
    ) -> None:
        self._last_estimate = (estimate, plan, catalog, error)  # a new window shows it at once
        self.window.results.set_estimate(estimate, plan, catalog, error)
        if estimate and estimate.scenarios:
            # The Measured tab shows the first scenario's measures; the table's image tokens
            # follow the same model's rule.
            rule = image_rule_for(estimate.scenarios[0].model, plan.settings.image_rule)
            self.model.set_image_rule(rule)
        measures = estimate.scenarios[0].measures if estimate and estimate.scenarios else None
        documents = sum(
            1 for i in plan.items if i.role == "knowledge_document" and i.measurement.ok
        )
        self.window.plan_panel.show_measures(measures, documents)
        if error:
            self.window.statusBar().showMessage(error, 8000)

    def _update_title(self, *_args: object) -> None:
        self.window.set_title(self.document.display_name, self.document.dirty)

    # --- dialogs -------------------------------------------------------------------------------
    def edit_settings(self) -> None:
        from gptbots_planner.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.window)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        old_language = self.settings.language
        old_theme = self.settings.theme
        self.settings = dialog.result_settings()
        if self.settings.theme != old_theme:
            apply_theme(self.settings.theme)
        self.scans.speaker_notes = self.settings.speaker_notes
        self._save_settings()
        if self.settings.language != old_language:
            self.set_language(resolve_language(self.settings.language))

    def set_language(self, language: str) -> None:
        """Switch the UI language now: new catalogues, then a new window built in that language.

        A new window (rather than re-setting every text) also retranslates the results
        views and the catalog browser, whatever they hold; the document (plan, unsaved
        edits, undo history), the table model, the running scan and the estimate live in
        this controller and carry over, and ``window_state`` carries what the widgets hold.
        """
        app = QCoreApplication.instance()
        if app is None:
            return
        remove_translators(app, self.translators)
        self.translators = install_translators(app, language)
        old = self.window
        state = capture(old)
        self.window = MainWindow(self.model)
        if self._own_prompts:
            self.prompts = Prompts(self.window)
        self.scans.attach(self.window.workspace)
        self._connect_window()
        self._show_plan(cancel_scan=False)
        if self._last_estimate is not None:
            self._show_estimate(*self._last_estimate)
        restore(self.window, state)
        self.estimates.run_now()
        old.close_guard = lambda: True
        if old.isVisible():
            self.window.show()
            old.hide()
        old.deleteLater()

    def about(self) -> None:
        self.prompts.info(
            QCoreApplication.translate("AppController", "About %1").replace("%1", APP_NAME),
            QCoreApplication.translate(
                "AppController",
                "%1 %2\nPlan a month of GPTBots credits, offline. Licensed under GPL-3.0-or-later.",
            )
            .replace("%1", APP_NAME)
            .replace("%2", __version__),
        )
