"""Names the window gives plans: the examples' menu labels and a plan's file name."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication

from gptbots_planner.core.plan import PLAN_EXTENSION

log = logging.getLogger(__name__)


def example_label(stem: str) -> str:
    labels = {
        "customer-service": QCoreApplication.translate("AppController", "&Customer service"),
        "voice-assistant": QCoreApplication.translate("AppController", "&Voice assistant"),
    }
    return labels.get(stem, stem.replace("-", " ").capitalize())


def file_stem(name: str) -> str:
    """A plan name made safe as a file name ("Q3/Q4 bot" -> "Q3-Q4 bot.gbplan")."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", name).strip(" .-") or "plan"
    return stem[:120] + PLAN_EXTENSION
