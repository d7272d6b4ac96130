"""Palette-aware colours: dark/light detection, a readable warning colour, chart themes.

Nothing here hard-codes a text colour that could vanish on a dark palette:
the warning colour is picked for contrast against the palette's own base.
"""

from __future__ import annotations

import logging

from PySide6.QtCharts import QChart
from PySide6.QtGui import QColor, QGuiApplication, QPalette

log = logging.getLogger(__name__)

# Candidates for "this needs your attention" text, darkest first.
_WARNING_CANDIDATES = ("#b3261e", "#c62828", "#ff8a80", "#ffb4ab")


def current_palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or current_palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio (1 to 21)."""
    la, lb = _luminance(a), _luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def warning_color(palette: QPalette | None = None) -> QColor:
    """A red that keeps >= 4.5:1 contrast on the palette's base and window colours."""
    palette = palette or current_palette()
    backgrounds = (
        palette.color(QPalette.ColorRole.Base),
        palette.color(QPalette.ColorRole.Window),
    )
    best = QColor(_WARNING_CANDIDATES[0])
    best_ratio = 0.0
    for name in _WARNING_CANDIDATES:
        color = QColor(name)
        ratio = min(contrast_ratio(color, bg) for bg in backgrounds)
        if ratio >= 4.5:
            return color
        if ratio > best_ratio:
            best, best_ratio = color, ratio
    return best


def attention_background(palette: QPalette | None = None) -> QColor:
    """A soft tint for rows that need attention (text stays the palette's own)."""
    palette = palette or current_palette()
    color = QColor(warning_color(palette))
    color.setAlpha(48)
    return color


def highlight_background(palette: QPalette | None = None) -> QColor:
    """A soft tint of the highlight colour (the user's own prices, the cheapest row)."""
    palette = palette or current_palette()
    color = QColor(palette.color(QPalette.ColorRole.Highlight))
    color.setAlpha(56)
    return color


def chart_theme(palette: QPalette | None = None) -> QChart.ChartTheme:
    return (
        QChart.ChartTheme.ChartThemeDark if is_dark(palette) else QChart.ChartTheme.ChartThemeLight
    )


def warning_style(palette: QPalette | None = None) -> str:
    """Style sheet for a loud label (colour from ``warning_color``)."""
    return f"color: {warning_color(palette).name()}; font-weight: bold;"
