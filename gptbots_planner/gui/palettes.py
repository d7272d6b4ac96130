"""Palettes that mark an input the plan refused, readable in light and dark themes."""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

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
