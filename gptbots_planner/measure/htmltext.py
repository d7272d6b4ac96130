"""HTML: the visible text only (what a browser shows), for counting.

Used for .html/.htm/.xhtml text files and for HTML inside documents (EPUB chapters).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from html.parser import HTMLParser

log = logging.getLogger(__name__)

_INVISIBLE = frozenset({"script", "style", "template", "noscript", "svg", "math"})
_BLOCK = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
     "section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "pre",
     "hr", "dt", "dd", "dl", "figure", "figcaption", "title", "body", "form", "td", "th",
     "address", "details", "summary"}
)  # fmt: skip
_SPACES = re.compile(r"\s+")


class VisibleTextParser(HTMLParser):
    """Collects the text a browser would show: no script/style, whitespace collapsed,
    a line break at block elements.  Feed it pieces; ``out`` receives text pieces."""

    def __init__(self, out: Callable[[str], None]) -> None:
        super().__init__(convert_charrefs=True)
        self._out = out
        self._hidden = 0
        self._at_line_start = True
        self._after_space = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _INVISIBLE:
            self._hidden += 1
        if tag in _BLOCK:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _INVISIBLE and self._hidden:
            self._hidden -= 1
        if tag in _BLOCK:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._break()

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        text = _SPACES.sub(" ", data)
        if self._at_line_start or self._after_space:
            text = text.lstrip(" ")
        if not text:
            return
        self._out(text)
        self._at_line_start = False
        self._after_space = text.endswith(" ")

    def _break(self) -> None:
        if not self._at_line_start:
            self._out("\n")
        self._at_line_start = True
        self._after_space = False


def html_visible_text(html: str) -> str:
    parts: list[str] = []
    parser = VisibleTextParser(parts.append)
    parser.feed(html)
    parser.close()
    return "".join(parts)
