"""Render the results panel and the catalog browser offscreen to PNGs (for a look).

QT_QPA_PLATFORM=offscreen python scripts/screenshot_results.py OUT_DIR [--zh] [--dark]
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TIKTOKEN_CACHE_DIR", "")

from PySide6.QtCore import QLocale, QTranslator  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

log = logging.getLogger(__name__)


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#2b2b2b"), QColor("#1e1e1e"), QColor("#e8e8e8")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#262626"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, window)
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.Highlight, QColor("#3d6fb4"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.ToolTipBase, base)
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9a9a9a"))
    disabled = QColor("#7a7a7a")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--zh", action="store_true")
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    if args.dark:
        app.setPalette(dark_palette())
    if args.zh:
        folder = Path(__file__).resolve().parent.parent / "resources" / "translations"
        translator = QTranslator(app)
        if translator.load(str(folder / "planner_zh_CN.qm")):
            app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))

    from gptbots_planner.core.catalog import load_catalog
    from gptbots_planner.core.estimate import estimate
    from gptbots_planner.core.planfile import load_example_plan
    from gptbots_planner.gui.catalog_view import CatalogView
    from gptbots_planner.gui.results import ResultsPanel

    plan = load_example_plan("customer-service")
    catalog = load_catalog()
    est = estimate(plan, catalog)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = ("-zh" if args.zh else "-en") + ("-dark" if args.dark else "-light")
    panel = ResultsPanel()
    panel.resize(1100, 800)
    panel.set_estimate(est, plan, catalog)
    panel.show()
    for i in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(i)
        app.processEvents()
        panel.grab().save(str(args.out / f"results-tab{i}{suffix}.png"))
    panel.set_estimate(None, plan, catalog, "unknown model 'gpt-9': did you mean ...?")
    app.processEvents()
    panel.grab().save(str(args.out / f"results-error{suffix}.png"))
    view = CatalogView()
    view.resize(1100, 800)
    view.set_catalog(catalog)
    view.show()
    app.processEvents()
    view.grab().save(str(args.out / f"catalog{suffix}.png"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
