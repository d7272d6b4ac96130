"""The words of a measurement's detail: what the reader found worth saying about a file
("PDF, 2 pages", "MP3, VBR, 44.1 kHz (frame headers walked)", "GIF, 24 frames").

A detail is a list of message parts (``Measurement.detail_messages``).  Technical names
(PDF, MP3, VBR, 44.1 kHz, UTF-8 (BOM)) are ``detail_name`` parts, shown as written in every
language; the words around them have codes of their own, so the window, the workbook and
the CSV translate them by code.  Parts are joined with :data:`DETAIL_SEPARATOR`, except the
parenthesised ones (:data:`DETAIL_SUFFIXES`), which follow the parts before them as
:data:`DETAIL_SUFFIX` says (after a space in English): ``measure.records.detail_text``
does the joining.

``vocab.messages`` registers these codes; they are kept here as a table so that module
stays short.  Each row: code, English template, parameter kinds.
"""

from __future__ import annotations

import logging

from gptbots_planner.vocab.text import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

#: between two parts of a detail ("PDF" and "2 pages")
DETAIL_SEPARATOR = QT_TRANSLATE_NOOP("FileMessages", ", ")
#: a parenthesised part after the ones before it ("MP3, CBR" and "(header)")
DETAIL_SUFFIX = QT_TRANSLATE_NOOP("FileMessages", "{detail} {suffix}")

DETAIL_MESSAGES: tuple[tuple[str, Text, dict[str, str]], ...] = (
    # a format, codec, bit-rate mode, sample rate or encoding: the same in every language
    ("detail_name", QT_TRANSLATE_NOOP("Messages", "{name}"), {}),
    # documents (measure.documents)
    ("detail_page", QT_TRANSLATE_NOOP("Messages", "{count} page"), {}),
    ("detail_pages", QT_TRANSLATE_NOOP("Messages", "{count} pages"), {}),
    ("detail_slide", QT_TRANSLATE_NOOP("Messages", "{count} slide"), {}),
    ("detail_slides", QT_TRANSLATE_NOOP("Messages", "{count} slides"), {}),
    ("detail_sheet", QT_TRANSLATE_NOOP("Messages", "{count} sheet"), {}),
    ("detail_sheets", QT_TRANSLATE_NOOP("Messages", "{count} sheets"), {}),
    ("detail_part", QT_TRANSLATE_NOOP("Messages", "{count} part"), {}),
    ("detail_parts", QT_TRANSLATE_NOOP("Messages", "{count} parts"), {}),
    # images (measure.images)
    ("detail_frames", QT_TRANSLATE_NOOP("Messages", "{count} frames"), {}),
    ("detail_exif_rotated", QT_TRANSLATE_NOOP("Messages", "EXIF rotated {degrees}°"), {}),
    ("detail_exif_transposed", QT_TRANSLATE_NOOP("Messages", "EXIF transposed"), {}),
    ("detail_exif_transversed", QT_TRANSLATE_NOOP("Messages", "EXIF transversed"), {}),
    ("detail_exif_mirrored", QT_TRANSLATE_NOOP("Messages", "EXIF mirrored"), {}),
    ("detail_exif_flipped", QT_TRANSLATE_NOOP("Messages", "EXIF flipped"), {}),
    ("detail_size_from_header", QT_TRANSLATE_NOOP("Messages", "size from header"), {}),
    ("detail_rotated", QT_TRANSLATE_NOOP("Messages", "rotated {degrees}°"), {}),
    ("detail_largest_icon", QT_TRANSLATE_NOOP("Messages", "largest of {count} icons"), {}),
    # where an SVG's size comes from (suffixes)
    ("detail_svg_width_height", QT_TRANSLATE_NOOP("Messages", "(from width/height)"), {}),
    (
        "detail_svg_width_aspect",
        QT_TRANSLATE_NOOP("Messages", "(from width and viewBox aspect)"),
        {},
    ),
    (
        "detail_svg_height_aspect",
        QT_TRANSLATE_NOOP("Messages", "(from height and viewBox aspect)"),
        {},
    ),
    ("detail_svg_viewbox", QT_TRANSLATE_NOOP("Messages", "(from viewBox)"), {}),
    ("detail_svg_default", QT_TRANSLATE_NOOP("Messages", "(from browser default)"), {}),
    # audio channels (measure.audio)
    ("detail_mono", QT_TRANSLATE_NOOP("Messages", "mono"), {}),
    ("detail_stereo", QT_TRANSLATE_NOOP("Messages", "stereo"), {}),
    ("detail_channels", QT_TRANSLATE_NOOP("Messages", "{count} ch"), {}),
    # where an audio length comes from (suffixes)
    ("detail_header", QT_TRANSLATE_NOOP("Messages", "(header)"), {}),
    ("detail_vbr_header", QT_TRANSLATE_NOOP("Messages", "({header} header)"), {}),
    (
        "detail_vbr_header_gapless",
        QT_TRANSLATE_NOOP("Messages", "({header} header, gapless)"),
        {},
    ),
    ("detail_frames_walked", QT_TRANSLATE_NOOP("Messages", "(frame headers walked)"), {}),
    (
        "detail_amr_frames",
        QT_TRANSLATE_NOOP("Messages", "({count} frames of 20 ms counted)"),
        {},
    ),
    ("detail_from_packet_table", QT_TRANSLATE_NOOP("Messages", "(from the packet table)"), {}),
    ("detail_from_data_size", QT_TRANSLATE_NOOP("Messages", "(from the data size)"), {}),
    ("detail_duration_in_header", QT_TRANSLATE_NOOP("Messages", "(Duration in header)"), {}),
    ("detail_blocks_walked", QT_TRANSLATE_NOOP("Messages", "(blocks walked)"), {}),
    # text (measure.text): an encoding the user chose rather than one detected
    ("detail_chosen", QT_TRANSLATE_NOOP("Messages", "(chosen)"), {}),
)

#: the parts that follow the one before them after a space instead of the separator
DETAIL_SUFFIXES = frozenset(
    code for code, template, _ in DETAIL_MESSAGES if template.source.startswith("(")
)
