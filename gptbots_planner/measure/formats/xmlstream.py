"""Streaming XML for the document readers: expat callbacks and a bounded text writer.

Counts inside the XML (ODF's ``<text:s text:c="3000000000"/>``, repeated rows and columns,
one shared string referenced by a million cells) can expand a small part into gigabytes of
text.  ``TextBudget`` caps the total text a document may produce at the same limit as the
zip members' decompressed size, and refuses a repeat before building it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import IO
from xml.parsers import expat

log = logging.getLogger(__name__)

READ_BLOCK = 1 << 16
_REPEAT_PIECE = 1 << 20  # characters written at a time by ``TextBudget.repeat``

StartHandler = Callable[[str, dict[str, str]], None]
EndHandler = Callable[[str], None]
DataHandler = Callable[[str], None]


class ExpansionError(ValueError):
    """The document's text would grow past the limit (``size`` characters so far)."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"text expands to more than {limit:,} characters")
        self.size = size
        self.limit = limit


class TextBudget:
    """Passes text on to ``write`` and raises ``ExpansionError`` past ``limit`` characters."""

    def __init__(self, write: Callable[[str], None], limit: int) -> None:
        self._write = write
        self.limit = limit
        self.total = 0

    def write(self, text: str) -> None:
        if not text:
            return
        self.charge(len(text))
        self._write(text)

    def repeat(self, text: str, count: int) -> None:
        """``text`` written ``count`` times, refused before a character is made if too much."""
        if not text or count <= 0:
            return
        self.charge(len(text) * count)
        self.emit(text, count)

    def charge(self, n: int) -> None:
        """Count ``n`` characters against the limit (text held back to be emitted later)."""
        if self.total + n > self.limit:
            raise ExpansionError(self.total + n, self.limit)
        self.total += n

    def emit(self, text: str, count: int = 1) -> None:
        """Write text already charged, ``count`` times, in pieces of about 1 MB."""
        per_piece = max(1, _REPEAT_PIECE // max(1, len(text)))
        while count > 0:
            n = min(count, per_piece)
            self._write(text * n)
            count -= n


def local(name: str) -> str:
    """``uri}local`` (expat with a namespace separator) or ``{uri}local`` -> ``local``."""
    return name.rsplit("}", 1)[-1]


def bounded_count(value: str | None, default: int = 1) -> int:
    """A repeat count attribute as an int (``default`` when absent or not a number)."""
    if value is None:
        return default
    value = value.strip()
    if not value.isdigit() or len(value) > 18:
        # Beyond 10**18 no budget fits anyway; an absurd count still must be refused.
        return 10**18 if value.isdigit() else default
    return int(value)


def parse(
    stream: IO[bytes],
    start: StartHandler | None = None,
    end: EndHandler | None = None,
    data: DataHandler | None = None,
) -> None:
    """Run expat over ``stream`` with the handlers; names arrive as ``uri}local``.

    Parameter entities and external DTDs are never read (no ExternalEntityRefHandler), and
    expat's own amplification limits refuse entity bombs.  Raises ``expat.ExpatError``.
    """
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True
    parser.ordered_attributes = False
    if start is not None:
        parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    if data is not None:
        parser.CharacterDataHandler = data
    while block := stream.read(READ_BLOCK):
        parser.Parse(block, False)
    parser.Parse(b"", True)
