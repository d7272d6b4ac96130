"""Names the window gives plans: the examples' menu labels, a plan's file name, a field's text."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication

from gptbots_planner.core.money import plain
from gptbots_planner.core.plan import PLAN_EXTENSION, Plan
from gptbots_planner.vocab import fields

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


def field_text(plan: Plan, name: str) -> str | None:
    """A typed field's current value as ``plan.set_field`` takes it back (None: not typed)."""
    if name in fields.ASSUMPTIONS:
        return plain(plan.assumptions[name])
    if name in fields.MEASURES:
        value = plan.overrides.get(name)
        return "" if value is None else plain(value)
    if name == "start_month":
        return plan.settings.start_month
    if name == "name":
        return plan.name
    return None
