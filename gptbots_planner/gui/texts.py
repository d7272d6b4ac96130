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


def innermost_message(error: BaseException) -> Message | None:
    """What actually went wrong: the innermost message of a wrapped core error, or its own."""
    cause = getattr(error, "cause", None)
    if isinstance(cause, Message):
        return cause
    msg = getattr(error, "message", None)
    return msg if isinstance(msg, Message) else None


def error_text(error: BaseException) -> str:
    """An error for the user: its message by code when it carries one (``MessageError``),
    else its own text.

    A core error that only says where it happened ("plan.gbplan: items row 2: ...") keeps
    its English ``{error}`` parameter for the command line; here that part is replaced by
    the innermost message rendered in the UI's language.
    """
    msg = getattr(error, "message", None)
    if not isinstance(msg, Message):
        return str(error)
    cause = innermost_message(error)
    if cause is None or cause == msg or "error" not in msg.params:
        return render_message(msg)
    outer = Message(msg.code, {k: v for k, v in msg.params.items() if k != "error"})
    return render_message(outer).replace("{error}", render_message(cause))
