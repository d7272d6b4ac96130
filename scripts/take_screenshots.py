"""Screenshots of the window with a real plan, in English and Chinese, light and dark.

    python scripts/take_screenshots.py --all      # every tab and dialog, the whole matrix

runs one child under its own Xvfb for each language (en, zh), theme (light, dark) and size
(1600x1000, 1366x768) and writes docs/screenshots/<what>-<lang>-<theme>-<size>.png, where
<what> is a tab (plan-models, plan-workflow, plan-usage, plan-measured, plan-services,
results-breakdown, results-comparison, results-projection, results-buys, catalog) or a
dialog (dialog-settings, dialog-price-error, dialog-paste, dialog-daily, dialog-export,
dialog-explain, dialog-help).
The plan compares five scenarios (one whose call does not fit GPT-4-8k's window) over the
customer-service example plus a Markdown FAQ, a PNG photo and a WAV voice note dropped onto
the workspace.  ``--only WHAT[,WHAT]`` limits the shots, ``--langs``/``--themes``/``--sizes``
the matrix.

    python scripts/take_screenshots.py            # the main window, en/zh x light/dark

Each shot runs in a child process under ``xvfb-run`` on the real xcb platform:
the customer-service example plus a few real files (a Markdown FAQ, a PNG
photo, a WAV voice note) dropped onto the workspace, measured, priced, then
``QWidget.grab()`` of the window.  Dark is Fusion with a dark QPalette.
Writes docs/screenshots/main-<en|zh>-<light|dark>.png.

    python scripts/take_screenshots.py --comparison   # the Comparison tab, en and zh

opens a plan comparing GPT-4.1-1M and GPT-4-8k in both key modes plus DeepSeek-V3 (about
12,600 input tokens per call, so GPT-4-8k does not fit its window), shows the Comparison
tab and writes docs/screenshots/comparison-<en|zh>.png (1600x1000) and, at 1366x768,
comparison-<en|zh>-1366.png plus catalog-<en|zh>.png and buys-<en|zh>.png under /tmp.

    python scripts/take_screenshots.py --workflow   # the Workflow tab, en and zh

opens the customer-service example with a classifier and a condition added, shows the plan
panel's Workflow tab (the classifier chosen) and the breakdown unfolded into components, and
writes docs/screenshots/workflow-<en|zh>.png (1600x1000) and /tmp/workflow-<en|zh>-1366.png.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import wave
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SHOTS = [("en", "light"), ("en", "dark"), ("zh", "light"), ("zh", "dark")]

log = logging.getLogger(__name__)


def make_material(folder: Path) -> list[Path]:
    from PIL import Image, ImageDraw

    faq = folder / "shipping-faq.md"
    faq.write_text(
        "# Shipping FAQ\n\n"
        + "Orders ship within two working days. Tracking numbers arrive by e-mail.\n" * 30
        + "\n## 配送说明\n\n订单会在两个工作日内发货，物流单号通过邮件发送。\n" * 10,
        encoding="utf-8",
    )
    photo = folder / "damaged-parcel.png"
    image = Image.new("RGB", (1600, 1200), (235, 225, 200))
    draw = ImageDraw.Draw(image)
    draw.rectangle((300, 250, 1300, 950), fill=(170, 120, 70), outline=(90, 60, 30), width=12)
    image.save(photo)
    voice = folder / "voice-question.wav"
    with wave.open(str(voice), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(b"\x00\x00" * 16000 * 7)  # 7 s
    return [faq, photo, voice]


def dark_palette():  # noqa: ANN201 - QPalette, imported lazily
    """The app's own dark palette (Settings > Theme > Dark)."""
    from gptbots_planner.gui.palettes import dark_palette as app_dark_palette

    return app_dark_palette()


def child(language: str, theme: str, out: Path) -> int:
    home = Path(tempfile.mkdtemp(prefix="planner-shot-"))
    os.environ["GPTBOTS_PLANNER_HOME"] = str(home)
    os.environ.setdefault("TIKTOKEN_CACHE_DIR", "")
    from PySide6.QtCore import QEventLoop, QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from gptbots_planner.gui.app import make_application
    from gptbots_planner.gui.app_controller import AppController
    from gptbots_planner.gui.i18n import install_translators
    from gptbots_planner.gui.settings import AppSettings

    app = make_application([])
    app.setStyle("Fusion")
    if theme == "dark":
        app.setPalette(dark_palette())
    code = "zh_CN" if language == "zh" else "en"
    translators = install_translators(app, code)
    controller = AppController(settings=AppSettings(language=code))
    window = controller.window
    window.resize(1560, 960)
    window.show()
    controller.start([])

    def wait_for(signal: object, ms: int = 30000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    material = make_material(home)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in material])
    copy, left, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    QApplication.sendEvent(window.workspace, QDragEnterEvent(QPoint(5, 5), copy, mime, left, none))
    QApplication.sendEvent(window.workspace, QDropEvent(QPointF(5, 5), copy, mime, left, none))
    wait_for(controller.scans.scanFinished)
    wait_for(controller.estimates.estimated)
    # Let layouts and charts settle before grabbing; show the dropped rows.
    loop = QEventLoop()
    QTimer.singleShot(800, loop.quit)
    loop.exec()
    window.workspace.table.scrollToBottom()
    loop = QEventLoop()
    QTimer.singleShot(200, loop.quit)
    loop.exec()
    window.grab().save(str(out))
    controller.shutdown()
    del translators
    shutil.rmtree(home, ignore_errors=True)
    print(f"wrote {out}")
    return 0


def comparison_plan(folder: Path) -> Path:
    """The customer-service example on five scenarios, a 12,000-token system prompt."""
    from gptbots_planner.core.plan import Scenario
    from gptbots_planner.core.planfile import load_example_plan, write_plan

    plan = load_example_plan("customer-service")
    plan.name = "Comparison: context windows and the provider's bill"
    plan.scenarios = [
        Scenario(model, mode)
        for model in ("openai/gpt-4.1-1m", "openai/gpt-4-8k")
        for mode in ("gptbots_key", "own_key")
    ] + [Scenario("deepseek/v3", "gptbots_key")]
    plan.set_field("system_prompt_tokens", 12_000)
    plan.set_field("tool_calls_per_turn", "0")  # everything priced: a cheapest is marked
    return write_plan(plan, folder / "comparison.gbplan")


@contextlib.contextmanager
def shot_window(language: str, size: str) -> Iterator[tuple[Path, Any, Callable[[int], None]]]:
    """A window in ``language`` at ``size`` over a throwaway app home: (home, controller, settle)."""
    home = Path(tempfile.mkdtemp(prefix="planner-shot-"))
    os.environ["GPTBOTS_PLANNER_HOME"] = str(home)
    os.environ.setdefault("TIKTOKEN_CACHE_DIR", "")
    from PySide6.QtCore import QEventLoop, QTimer

    from gptbots_planner.gui.app import make_application
    from gptbots_planner.gui.app_controller import AppController
    from gptbots_planner.gui.i18n import install_translators
    from gptbots_planner.gui.settings import AppSettings

    app = make_application([])
    app.setStyle("Fusion")
    code = "zh_CN" if language == "zh" else "en"
    translators = install_translators(app, code)
    controller = AppController(settings=AppSettings(language=code))
    width, height = (int(v) for v in size.split("x"))
    controller.window.resize(width, height)
    controller.window.show()

    def settle(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    try:
        yield home, controller, settle
    finally:
        controller.shutdown()
        del translators
        shutil.rmtree(home, ignore_errors=True)


def comparison_child(language: str, size: str, out: Path) -> int:
    with shot_window(language, size) as (home, controller, settle):
        window = controller.window
        controller.start([comparison_plan(home)])
        settle(3000)
        results = window.results
        results.tabs.setCurrentIndex(1)
        settle(500)
        window.grab().save(str(out))
        results.tabs.setCurrentIndex(3)
        results.select_scenario(1)  # GPT-4.1-1M on the own key
        settle(300)
        window.grab().save(str(Path(tempfile.gettempdir()) / f"{out.stem}-buys.png"))
        window.tabs.setCurrentIndex(1)
        window.catalog_view.search_edit.setText("gpt-4")
        settle(300)
        window.grab().save(str(Path(tempfile.gettempdir()) / f"{out.stem}-catalog.png"))
    print(f"wrote {out}")
    return 0


def workflow_child(language: str, size: str, out: Path) -> int:
    with shot_window(language, size) as (home, controller, settle):
        window = controller.window
        width = window.width()
        controller.start([])
        document = controller.document
        classifier = controller.workflow.add("classifier") if controller.workflow else None
        assert classifier is not None
        document.set_component_field(classifier.id, "model", "openai/gpt-4o-mini-128k")
        condition = document.add_component("condition", "Condition: answer found?")
        document.set_component_field(condition.id, "turn_share", "0.6")
        document.set_dirty(False)
        panel = window.plan_panel
        panel.setCurrentWidget(panel.workflow)
        window.main.setSizes([470, width - 470])
        settle(3000)
        panel.workflow.select(classifier.id)
        settle(500)
        window.grab().save(str(out))
    print(f"wrote {out}")
    return 0


TABS = (
    "plan-models",
    "plan-workflow",
    "plan-usage",
    "plan-measured",
    "plan-services",
    "results-breakdown",
    "results-comparison",
    "results-projection",
    "results-buys",
    "catalog",
)
DIALOGS = (
    "dialog-settings",
    "dialog-price-error",
    "dialog-paste",
    "dialog-daily",
    "dialog-export",
    "dialog-explain",
    "dialog-help",
)
LANGS = ("en", "zh")
THEMES = ("light", "dark")
SIZES = ("1600x1000", "1366x768")


def shot_name(what: str, language: str, theme: str, size: str) -> str:
    return f"{what}-{language}-{theme}-{size}.png"


def drop_material(window: Any, home: Path) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in make_material(home)])
    copy, left, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    QApplication.sendEvent(window.workspace, QDragEnterEvent(QPoint(5, 5), copy, mime, left, none))
    QApplication.sendEvent(window.workspace, QDropEvent(QPointF(5, 5), copy, mime, left, none))


def matrix_child(language: str, theme: str, size: str, folder: Path, only: list[str]) -> int:
    """Every tab and dialog of one language, theme and size."""
    from gptbots_planner.gui.palettes import apply_theme

    wanted = [w for w in (*TABS, *DIALOGS) if not only or w in only]
    failed = 0
    with shot_window(language, size) as (home, controller, settle):
        apply_theme(theme)
        controller.settings = dataclasses.replace(controller.settings, theme=theme)
        window = controller.window
        controller.start([comparison_plan(home)])
        settle(1500)
        drop_material(window, home)
        settle(6000)  # measured in worker processes, then estimated
        window.workspace.table.scrollToBottom()
        for what in wanted:
            out = folder / shot_name(what, language, theme, size)
            try:
                shoot(what, window, controller, settle, out)
                print(f"wrote {out}")
            except Exception:  # one broken shot must not cost the others
                log.exception("shot %s failed", what)
                failed += 1
    return 1 if failed else 0


def shoot(
    what: str, window: Any, controller: Any, settle: Callable[[int], None], out: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    panel, results = window.plan_panel, window.results
    if what.startswith("plan-"):
        window.tabs.setCurrentIndex(0)
        pages = {"models": 0, "workflow": 1, "usage": 2, "measured": 3, "services": 4}
        panel.setCurrentIndex(pages[what.removeprefix("plan-")])
        settle(300)
        window.grab().save(str(out))
        return
    if what.startswith("results-"):
        window.tabs.setCurrentIndex(0)
        panel.setCurrentIndex(0)
        tabs = {"breakdown": 0, "comparison": 1, "projection": 2, "buys": 3}
        results.tabs.setCurrentIndex(tabs[what.removeprefix("results-")])
        if what == "results-breakdown":  # a line chosen: its explanation shows below
            view = results.breakdown_view
            view.setCurrentIndex(view.model().index(0, 0))
        settle(400)
        window.grab().save(str(out))
        return
    if what == "catalog":
        window.tabs.setCurrentIndex(1)
        window.catalog_view.search_edit.setText("gpt-4")
        settle(400)
        window.grab().save(str(out))
        window.catalog_view.search_edit.clear()
        window.tabs.setCurrentIndex(0)
        return
    dialog: Any
    if what == "dialog-settings":
        from gptbots_planner.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(controller.settings, window)
    elif what == "dialog-price-error":
        dialog = results.open_price_dialog("tool_call")
        settle(200)
        dialog.set_values(["-1"])
        dialog.save()  # refused: the dialog shows why
    elif what == "dialog-paste":
        from gptbots_planner.gui.workspace import PasteTextDialog

        dialog = PasteTextDialog(window)
        dialog.text_edit.setPlainText("Where is my parcel? I ordered it a week ago.")
    elif what == "dialog-daily":
        dialog = panel.ask_daily_conversations()
    elif what == "dialog-export":
        from gptbots_planner.gui.prompts import csv_filter, xlsx_filter

        folder = Path(tempfile.mkdtemp(prefix="planner-export-"))  # not the real home
        for name in ("Northwind budget.xlsx", "Q3 plan.gbplan"):
            (folder / name).write_bytes(b"")
        dialog = QFileDialog(window, "", str(folder))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([xlsx_filter(), csv_filter()])
        dialog.selectFile("Northwind budget.csv")
    elif what == "dialog-explain":  # the first breakdown line's "How is this computed?"
        view = results.breakdown_view
        dialog = controller.explainer.open_dialog(
            controller.explainer.for_breakdown(view.model().index(0, 0))
        )
    elif what == "dialog-help":
        from gptbots_planner.gui.help_dialog import HelpDialog

        dialog = HelpDialog(window)
    else:
        raise ValueError(what)
    dialog.show()
    settle(400)
    dialog.grab().save(str(out))
    dialog.close()
    dialog.deleteLater()
    settle(100)


def child_command(size: str, *args: str) -> list[str]:
    """This script again as a child under its own Xvfb screen of ``size``."""
    screen = f"-screen 0 {size}x24"
    return ["xvfb-run", "-a", "-s", screen, sys.executable, str(Path(__file__).resolve()), *args]


def run_matrix(env: dict[str, str], args: argparse.Namespace) -> int:
    failed = 0
    for language in args.langs.split(","):
        for theme in args.themes.split(","):
            for size in args.sizes.split(","):
                command = child_command(
                    size, "--matrix-child", language, theme, size, str(OUT), args.only
                )
                failed += subprocess.run(command, env=env, timeout=600).returncode != 0
    return 1 if failed else 0


def run_pairs(env: dict[str, str], what: str) -> int:
    """The ``what`` shots (comparison, workflow) in both languages, at both sizes."""
    failed = 0
    for language in ("en", "zh"):
        for size in ("1600x1000", "1366x768"):
            out = (
                OUT / f"{what}-{language}.png"
                if size == "1600x1000"
                else Path(tempfile.gettempdir()) / f"{what}-{language}-1366.png"
            )
            command = child_command(size, f"--{what}-child", language, size, str(out))
            failed += subprocess.run(command, env=env, timeout=180).returncode != 0
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child", nargs=3, metavar=("LANG", "THEME", "OUT"))
    parser.add_argument("--comparison", action="store_true", help="the Comparison tab shots")
    parser.add_argument("--comparison-child", nargs=3, metavar=("LANG", "SIZE", "OUT"))
    parser.add_argument("--workflow", action="store_true", help="the Workflow tab shots")
    parser.add_argument("--workflow-child", nargs=3, metavar=("LANG", "SIZE", "OUT"))
    parser.add_argument("--all", action="store_true", help="every tab and dialog, all variants")
    parser.add_argument("--only", default="", help="comma-separated shots (see TABS, DIALOGS)")
    parser.add_argument("--langs", default=",".join(LANGS))
    parser.add_argument("--themes", default=",".join(THEMES))
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--matrix-child", nargs=5, metavar=("LANG", "THEME", "SIZE", "DIR", "ONLY"))
    args = parser.parse_args()
    if args.matrix_child:
        language, theme, size, folder, only = args.matrix_child
        return matrix_child(language, theme, size, Path(folder), [w for w in only.split(",") if w])
    if args.child:
        language, theme, out = args.child
        return child(language, theme, Path(out))
    if args.comparison_child:
        language, size, out = args.comparison_child
        return comparison_child(language, size, Path(out))
    if args.workflow_child:
        language, size, out = args.workflow_child
        return workflow_child(language, size, Path(out))
    if shutil.which("xvfb-run") is None:
        print("xvfb-run is needed (Debian package xvfb)", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    if args.all:
        return run_matrix(env, args)
    if args.comparison or args.workflow:
        return run_pairs(env, "comparison" if args.comparison else "workflow")
    failed = 0
    for language, theme in SHOTS:
        out = OUT / f"main-{language}-{theme}.png"
        command = child_command("1600x1000", "--child", language, theme, str(out))
        done = subprocess.run(command, env=env, timeout=180)
        failed += done.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
