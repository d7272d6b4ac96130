"""The window's way of reading the vocabulary: a ``Text`` or a ``Message`` in the UI's language.

``gptbots_planner.vocab`` declares every field label, role, billing name and message
template once as a :class:`~gptbots_planner.vocab.text.Text`; here they go through Qt's
translator, which holds the ``.qm`` compiled from the same ``.ts`` catalogue the workbook
and the CLI read.  Messages are translated by their code, never by matching their words.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from gptbots_planner.vocab import messages
from gptbots_planner.vocab.messages import Message
from gptbots_planner.vocab.text import Text

log = logging.getLogger(__name__)


def tr(text: Text) -> str:
    """``text`` in the UI's language (the English source when it has no translation)."""
    return QCoreApplication.translate(text.context, text.source)


def render_message(msg: Message) -> str:
    """``msg`` in the UI's language, its parameters shown as their kinds read (labels, names)."""
    return messages.render(msg, tr)


def error_text(error: BaseException) -> str:
    """An error for the user: its message by code when it carries one (``MessageError``),
    else its own text."""
    msg = getattr(error, "message", None)
    return render_message(msg) if isinstance(msg, Message) else str(error)
