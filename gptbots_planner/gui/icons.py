"""The application icon's files, for the window and the desktop entry (no Qt here).

They live in the package resources (``resource_path("icons", ...)``): ``ICON_SVG``
is the scalable master and ``ICON_PNG_TEMPLATE`` names the rendered sizes
``ICON_SIZES``.  The launcher's self-check needs them without loading PySide6.
"""

from __future__ import annotations

import logging
from pathlib import Path

from gptbots_planner import APP_ID
from gptbots_planner.paths import resource_path

log = logging.getLogger(__name__)

ICON_SVG = f"{APP_ID}.svg"
ICON_PNG_TEMPLATE = APP_ID + "-{size}.png"
ICON_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon_path() -> Path:
    """The scalable application icon (what the window and the desktop entry show)."""
    return resource_path("icons", ICON_SVG)


def app_icon_png_path(size: int) -> Path:
    """One rendered size of the application icon; ``size`` must be in ``ICON_SIZES``."""
    if size not in ICON_SIZES:
        raise ValueError(f"no {size}px icon; sizes: {ICON_SIZES}")
    return resource_path("icons", ICON_PNG_TEMPLATE.format(size=size))
