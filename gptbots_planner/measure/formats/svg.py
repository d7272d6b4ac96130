"""SVG size: an SVG has no pixels, so its size is what a browser would draw.

Size from the root ``<svg>`` element's ``width`` / ``height`` (units px, pt,
pc, in, cm, mm, em/ex at a 16 px font), else its ``viewBox``; with only one
of width/height, the other follows the viewBox's aspect ratio.

Parsing is safe without defusedxml: the file goes through expat (what
``xml.etree`` uses) with a handler that stops at the root element, so only the
prolog and the root tag are ever parsed; at most ``MAX_PROLOG_BYTES`` are fed;
any ``<!ENTITY`` declaration or a DOCTYPE with an internal subset is refused
before it can expand (billion laughs), and external entities are never
fetched (parameter-entity parsing off, no external-entity handler).
``.svgz`` (gzip) is decompressed incrementally under the same limit.
"""

from __future__ import annotations

import gzip
import logging
import re
import zlib
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from xml.parsers import expat

from gptbots_planner.vocab.messages import Message, MessageError, message

log = logging.getLogger(__name__)

MAX_PROLOG_BYTES = 4 << 20  # the root element must start within this many bytes
_BLOCK = 64 * 1024
# CSS px per unit (CSS: 1in = 96px); em/ex taken at the default 16 px font.
UNITS: dict[str, Decimal] = {
    "": Decimal(1),
    "px": Decimal(1),
    "pt": Decimal(96) / 72,
    "pc": Decimal(16),
    "in": Decimal(96),
    "cm": Decimal(96) / Decimal("2.54"),
    "mm": Decimal(96) / Decimal("25.4"),
    "q": Decimal(96) / Decimal("101.6"),
    "em": Decimal(16),
    "ex": Decimal(8),
}
_LENGTH = re.compile(r"^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([a-zA-Z%]*)\s*$")
DEFAULT_SIZE = (300, 150)  # what browsers give a replaced element with no size


class SvgError(MessageError):
    pass


@dataclass(frozen=True)
class SvgSize:
    width: int
    height: int
    source: Message  # the detail part saying where the size comes from: "(from viewBox)" ...
    warning: Message | None = None


class _Root(Exception):
    def __init__(self, name: str, attrs: dict[str, str]) -> None:
        super().__init__(name)
        self.name = name
        self.attrs = attrs


def parse_length(text: str | None) -> Decimal | None:
    """A positive length in CSS px, or None (missing, percent, unknown unit)."""
    if not text:
        return None
    match = _LENGTH.match(text)
    if not match:
        return None
    unit = match.group(2).lower()
    if unit not in UNITS:
        return None  # "%" and "auto" depend on the page: not a size
    try:
        value = Decimal(match.group(1)) * UNITS[unit]
    except InvalidOperation:
        return None
    return value if value > 0 else None


def parse_viewbox(text: str | None) -> tuple[Decimal, Decimal] | None:
    if not text:
        return None
    parts = [p for p in re.split(r"[\s,]+", text.strip()) if p]
    if len(parts) != 4:
        return None
    try:
        w, h = Decimal(parts[2]), Decimal(parts[3])
    except InvalidOperation:
        return None
    if not (w.is_finite() and h.is_finite()) or w <= 0 or h <= 0:
        return None
    return w, h


def _px(value: Decimal) -> int:
    return max(1, int(value.to_integral_value(rounding=ROUND_HALF_UP)))


def size_from_attributes(attrs: dict[str, str]) -> SvgSize:
    width = parse_length(attrs.get("width"))
    height = parse_length(attrs.get("height"))
    box = parse_viewbox(attrs.get("viewBox"))
    if width is not None and height is not None:
        return SvgSize(_px(width), _px(height), message("detail_svg_width_height"))
    if box is not None:
        bw, bh = box
        if width is not None:
            return SvgSize(_px(width), _px(width * bh / bw), message("detail_svg_width_aspect"))
        if height is not None:
            return SvgSize(_px(height * bw / bh), _px(height), message("detail_svg_height_aspect"))
        return SvgSize(_px(bw), _px(bh), message("detail_svg_viewbox"))
    w = _px(width) if width is not None else DEFAULT_SIZE[0]
    h = _px(height) if height is not None else DEFAULT_SIZE[1]
    return SvgSize(w, h, message("detail_svg_default"), message("svg_default_size"))


def _parser() -> expat.XMLParserType:
    p = expat.ParserCreate()
    p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def entity_decl(*_args: object) -> None:
        raise SvgError.of("svg_entities")

    def doctype(_name: str, _sysid: str | None, _pubid: str | None, internal: int) -> None:
        if internal:
            raise SvgError.of("svg_internal_subset")

    def start(name: str, attrs: dict[str, str]) -> None:
        raise _Root(name, attrs)

    p.EntityDeclHandler = entity_decl
    p.StartDoctypeDeclHandler = doctype
    p.StartElementHandler = start
    return p


def read_root(path: Path) -> dict[str, str]:
    """Attributes of the root ``<svg>`` element, parsed safely."""
    with open(path, "rb") as raw:
        gz = raw.read(2) == b"\x1f\x8b"
        raw.seek(0)
        stream = gzip.GzipFile(fileobj=raw) if gz else raw
        parser = _parser()
        fed = 0
        try:
            while fed < MAX_PROLOG_BYTES:
                block = stream.read(_BLOCK)
                parser.Parse(block, not block)
                if not block:
                    break
                fed += len(block)
        except _Root as root:
            local = root.name.rsplit(":", 1)[-1].rsplit(" ", 1)[-1]
            if local != "svg":
                raise SvgError.of("svg_wrong_root", element=root.name) from None
            return root.attrs
        except expat.ExpatError as e:
            if e.code == expat.errors.codes[expat.errors.XML_ERROR_NO_ELEMENTS]:
                raise SvgError.of("svg_no_root") from None
            reason = expat.ErrorString(e.code)
            raise SvgError.of("svg_malformed", detail=reason, line=e.lineno) from None
        except (OSError, EOFError, zlib.error) as e:
            raise SvgError.of("svgz_corrupt", detail=e) from None
    if fed >= MAX_PROLOG_BYTES:
        raise SvgError.of("svg_root_too_late", megabytes=MAX_PROLOG_BYTES >> 20)
    raise SvgError.of("svg_no_root")


def svg_size(path: Path) -> SvgSize:
    return size_from_attributes(read_root(path))
