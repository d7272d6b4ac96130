"""Palettes: the app's light/dark theme, and the marks of a refused input readable in both."""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)


def invalid_palette(widget: QWidget) -> QPalette:
    """The widget's own palette with its base tinted towards red: readable in light and dark."""
    palette = QPalette(widget.palette())
    base = palette.color(QPalette.ColorRole.Base)
    red = QColor(220, 40, 40)
    mix = 0.35 if base.lightnessF() < 0.5 else 0.2
    tinted = QColor(
        round(base.red() * (1 - mix) + red.red() * mix),
        round(base.green() * (1 - mix) + red.green() * mix),
        round(base.blue() * (1 - mix) + red.blue() * mix),
    )
    palette.setColor(QPalette.ColorRole.Base, tinted)
    return palette


def error_text_palette(widget: QWidget) -> QPalette:
    """Red text that stays readable on a light or a dark window."""
    palette = QPalette(widget.palette())
    dark = palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5
    palette.setColor(
        QPalette.ColorRole.WindowText, QColor(255, 130, 130) if dark else QColor(176, 0, 0)
    )
    return palette


# --- the app's theme: System / Light / Dark (Settings) ------------------------------------

_system: tuple[str, QPalette] | None = None  # the style and palette the app started with


def dark_palette() -> QPalette:
    """A dark palette for Fusion, every role set (Fusion draws outlines from Window and Base)."""
    palette = QPalette()
    role = QPalette.ColorRole
    for r, color in (
        # Base lighter than Window: Fusion outlines check boxes with Window.darker(140),
        # which vanishes on a base darker than the window.
        (role.Window, "#2d2f33"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#3a3c41"),
        (role.AlternateBase, "#34363a"),
        (role.ToolTipBase, "#3c3f41"),
        (role.ToolTipText, "#e6e6e6"),
        (role.PlaceholderText, "#8c8c8c"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#3c3f41"),
        (role.Light, "#5a5d61"),
        (role.Midlight, "#4a4d50"),
        (role.Mid, "#6b6e72"),
        (role.Dark, "#18191b"),
        (role.Shadow, "#0d0d0e"),
        (role.ButtonText, "#e6e6e6"),
        (role.BrightText, "#ff6b6b"),
        (role.Link, "#6cb4ff"),
        (role.Highlight, "#2f65ca"),
        (role.HighlightedText, "#ffffff"),
    ):
        palette.setColor(r, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, r, QColor("#7a7a7a"))
    return palette


def apply_theme(theme: str, app: QApplication | None = None) -> None:
    """Light and Dark are Fusion with its own light palette or ``dark_palette``; System goes
    back to the style and palette the platform gave the app (``app``: the running one)."""
    global _system
    app = app or QApplication.instance()  # type: ignore[assignment]
    if not isinstance(app, QApplication):
        return
    if _system is None:
        _system = (app.style().name(), QPalette(app.palette()))
    if theme == "dark":
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setStyle("Fusion")
        app.setPalette(app.style().standardPalette())
    else:
        style, palette = _system
        app.setStyle(style)
        app.setPalette(palette)
    log.info("theme %s (style %s)", theme, app.style().name())
