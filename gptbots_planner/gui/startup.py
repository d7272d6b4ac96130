"""What the window opens with: remembered in QSettings beside the window's layout.

The plan open when the app last closed is opened again.  The example plan is shown only on
the very first start (nothing remembered yet); later starts without a last plan begin with
an empty one.  Recovering autosaved work comes before both (``AppController.start``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gptbots_planner.gui.main_window import layout_settings
from gptbots_planner.vocab import tokenizers

log = logging.getLogger(__name__)

LAST_PLAN_KEY = "session/lastPlan"
STARTED_KEY = "session/startedBefore"


def warm_tokenizers(_context: object) -> None:
    """Load the two OpenAI vocabularies every plan uses now, in the background.

    Building an encoding holds the GIL for ~0.3 s (measured here); done at start-up it
    costs nothing the user notices, done at the first drop it would stall the window.
    The vendors' vocabularies load when a model of the plan needs them.
    """
    from gptbots_planner.measure.tokens import get_encoding

    for name in (tokenizers.DEFAULT_TOKENIZER, "cl100k_base"):
        get_encoding(name)


def gone_text(path: Path) -> str:
    """The status bar's words when the last plan cannot be opened again."""
    return QCoreApplication.translate(
        "AppController", "The last plan, %1, could not be opened: started with an empty plan."
    ).replace("%1", str(path))


def first_start() -> bool:
    """True on the very first start of the app for this user; every later call says False."""
    store = layout_settings()
    if store.value(STARTED_KEY, False, type=bool):
        return False
    store.setValue(STARTED_KEY, True)
    store.sync()
    return True


def remember_plan(path: Path | None) -> None:
    """The plan now open (None: an unsaved or example plan, which nothing reopens)."""
    store = layout_settings()
    if path is None:
        store.remove(LAST_PLAN_KEY)
    else:
        store.setValue(LAST_PLAN_KEY, str(Path(path).absolute()))
    store.sync()


def last_plan() -> Path | None:
    value = layout_settings().value(LAST_PLAN_KEY, "", type=str)
    return Path(str(value)) if value else None
