"""The one JSON reader for every file the app reads: plans, settings, prices, autosaves.

``json`` recurses once per nesting level, so ``[[[[...`` a few thousand deep raises
``RecursionError`` (a traceback, not an error message), and data that parses just under
the limit still breaks the code that walks it (``copy.deepcopy``, ``json.dumps``).  Here a
file is refused, with a message code, when it is larger than its kind allows, nested more
than :data:`MAX_DEPTH` levels (our files nest about six), or holds a lone surrogate
(``"\\ud800"``: valid JSON, but no character, and no UTF-8 writer can write it back) other
than the escapes of a file name's undecodable bytes (U+DC80-U+DCFF), which are kept.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from gptbots_planner.core.errors import CodedError

log = logging.getLogger(__name__)

#: deeper than any file of ours (a plan nests about six levels), far below Python's recursion limit
MAX_DEPTH = 64
#: the default size limit of a JSON file (a plan of many thousand files is a few MB)
MAX_JSON_BYTES = 200 * 1024 * 1024

# an escaped surrogate; a valid pair becomes one code point, so what survives parsing is lone
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
# Lone surrogates U+DC80-U+DCFF are how Python holds the bytes of a file name that is not
# UTF-8 (``os.fsdecode``): a plan keeps such paths losslessly.  Any other lone surrogate is
# no character at all and is refused.
_SURROGATE = re.compile("[\ud800-\udc7f\udd00-\udfff]")


class JsonFileError(CodedError):
    """A JSON file that is not read (too large, too deep, a lone surrogate, not JSON)."""


def _path_text(keys: list[str]) -> str:
    return "".join(keys).lstrip(".") or "(top)"


def check_depth(data: Any, where: object, max_depth: int = MAX_DEPTH) -> None:
    """Raise JsonFileError when ``data`` nests deeper than ``max_depth`` (iterative, no recursion)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > max_depth:
            raise JsonFileError.of("json_too_deep", where=where, limit=max_depth)
        stack.extend((child, depth + 1) for child in children)


def find_lone_surrogate(data: Any) -> str | None:
    """The key path of the first string (or key) holding a lone surrogate, else None."""
    stack: list[tuple[Any, list[str]]] = [(data, [])]
    while stack:
        value, keys = stack.pop()
        if isinstance(value, str):
            if _SURROGATE.search(value):
                return _path_text(keys)
        elif isinstance(value, dict):
            for key, child in value.items():
                name = _SURROGATE.sub("\ufffd", str(key))
                if name != key:
                    return _path_text([*keys, f".{name}"])
                stack.append((child, [*keys, f".{key}"]))
        elif isinstance(value, list):
            stack.extend((child, [*keys, f"[{i}]"]) for i, child in enumerate(value))
    return None


def loads(
    text: str,
    where: object,
    *,
    parse_float: Callable[[str], Any] | None = None,
    max_depth: int = MAX_DEPTH,
) -> Any:
    """Parse ``text``; raises JsonFileError (codes ``json_*``), never RecursionError.

    ``json.JSONDecodeError`` is re-raised as it is, so each kind of file keeps its own
    "not valid JSON" message with the line and column.
    """
    try:
        data = json.loads(text, parse_float=parse_float)
    except RecursionError:
        raise JsonFileError.of("json_too_deep", where=where, limit=max_depth) from None
    check_depth(data, where, max_depth)
    if _SURROGATE_ESCAPE.search(text):
        key = find_lone_surrogate(data)
        if key is not None:
            raise JsonFileError.of("json_lone_surrogate", where=where, key=key)
    return data


def read_text(path: Path, where: object, max_bytes: int = MAX_JSON_BYTES) -> str:
    """The file's text (UTF-8, a BOM allowed); refuses a file over ``max_bytes``.

    Raises JsonFileError (too large), OSError, UnicodeDecodeError.
    """
    size = path.stat().st_size
    if size > max_bytes:
        raise JsonFileError.of("json_too_large", where=where, size=size, limit=max_bytes)
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)  # the file may grow between stat and read
    if len(data) > max_bytes:
        raise JsonFileError.of("json_too_large", where=where, size=len(data), limit=max_bytes)
    return data.decode("utf-8-sig")


def load_file(
    path: Path,
    *,
    max_bytes: int = MAX_JSON_BYTES,
    decimals: bool = False,
    max_depth: int = MAX_DEPTH,
) -> Any:
    """Read and parse a JSON file; raises JsonFileError, JSONDecodeError, OSError, UnicodeError.

    ``decimals``: numbers with a fraction as ``Decimal`` (prices never pass through a float).
    """
    text = read_text(path, path, max_bytes)
    return loads(text, path, parse_float=Decimal if decimals else None, max_depth=max_depth)
