"""The base of the core's errors: a registered message, and the message it wraps.

A core error's ``message`` is what the command line prints (``str(exc)``, English).  When
an error only adds where it happened ("plan.gbplan: items row 2: ..."), it is raised with a
wrapping code (``in_context`` ...) and ``cause`` keeps the innermost message, so the GUI
can show that one in the user's language.
"""

from __future__ import annotations

import logging
from typing import Self

from gptbots_planner.vocab.messages import Message, MessageError, message

log = logging.getLogger(__name__)


class CodedError(MessageError):
    """An error with a registered message; ``cause`` is the innermost message it wraps."""

    def __init__(self, msg: Message, cause: Message | None = None) -> None:
        super().__init__(msg)
        self.cause: Message = cause if cause is not None else msg

    @classmethod
    def from_error(cls, inner: MessageError) -> Self:
        """The same message as another kind of error (a MoneyError as a PlanError)."""
        return cls(inner.message, innermost(inner))

    @classmethod
    def wrap(cls, code: str, inner: Exception, **params: object) -> Self:
        """``code`` (whose ``{error}`` is ``inner``'s English) around ``inner``."""
        msg = message(code, error=str(inner), **params)
        return cls(msg, innermost(inner) if isinstance(inner, MessageError) else None)


def innermost(exc: MessageError) -> Message:
    cause = getattr(exc, "cause", None)
    return cause if isinstance(cause, Message) else exc.message
