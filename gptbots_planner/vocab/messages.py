"""Message codes: every error and note a user reads, as a stable code and its parameters.

A :class:`Message` is data (``code`` + ``params``); its words come from the one template
registered here for the code.  The command line and JSON print :meth:`Message.english`
(parameters as given: ids, numbers); the GUI, the workbook and the CSV call
:func:`render` with a translator, which translates the template and shows each parameter
the way its declared kind reads in that language (a field id as the field's label, a
billing type id as the platform's name ...).  Nobody matches words: translations go by code.

To add a message: register it below with :func:`register` in the section of its layer,
raise or store ``message("code", name=value)``, run ``scripts/update_translations.py``
and translate the template in Qt Linguist.  ``tests/test_vocab.py`` fails when a code has
no English or no Chinese text, or a translation drops a placeholder.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal, Self

from gptbots_planner.vocab import billing, fields, roles, tokenizers
from gptbots_planner.vocab.text import QT_TRANSLATE_NOOP, Text, Translate, english, fill

log = logging.getLogger(__name__)

#: how a parameter reads in a language: as written, or as the label of a vocabulary id
ParamKind = Literal["text", "field", "field_unit", "billing_type", "role", "tokenizer", "key_mode"]

CONTEXT = "Messages"


@dataclass(frozen=True)
class MessageSpec:
    code: str
    template: Text
    params: Mapping[str, ParamKind]


MESSAGES: dict[str, MessageSpec] = {}


def register(code: str, template: Text, **params: ParamKind) -> MessageSpec:
    """Declare ``code``; every ``{name}`` of the template needs a declared kind (default text)."""
    if code in MESSAGES:
        raise ValueError(f"message code {code!r} registered twice")
    kinds: dict[str, ParamKind] = {name: "text" for name in template.fields()}
    unknown = set(params) - set(kinds)
    if unknown:
        raise ValueError(f"{code}: parameters {sorted(unknown)} are not in the template")
    kinds.update(params)
    spec = MessageSpec(code, template, MappingProxyType(kinds))
    MESSAGES[code] = spec
    return spec


@dataclass(frozen=True)
class Message:
    """A user-facing error or note: a registered code and its parameters (as strings)."""

    code: str
    params: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.code not in MESSAGES:
            raise KeyError(f"unregistered message code {self.code!r}")

    @property
    def spec(self) -> MessageSpec:
        return MESSAGES[self.code]

    def english(self) -> str:
        """The text the CLI, logs and JSON show: the English template, parameters as given."""
        return fill(self.spec.template.source, self.params)

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "params": dict(self.params), "text": self.english()}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Message:
        params = data.get("params") or {}
        if not isinstance(params, Mapping):
            raise ValueError("message params must be an object")
        return cls(str(data["code"]), {str(k): str(v) for k, v in params.items()})

    def __str__(self) -> str:
        return self.english()


def message(code: str, **params: object) -> Message:
    """``Message(code, params)`` with every parameter turned into a string."""
    return Message(code, {k: str(v) for k, v in params.items()})


def _param_text(kind: ParamKind, value: str, translate: Translate) -> str:
    if kind == "field" and value in fields.FIELDS:
        return translate(fields.FIELDS[value].label)
    if kind == "field_unit" and value in fields.FIELDS:
        spec = fields.FIELDS[value]
        label = translate(spec.label)
        return f"{label} ({translate(spec.unit)})" if spec.unit else label
    if kind == "billing_type" and value in billing.BILLING_TYPES:
        return translate(billing.BILLING_TYPES[value].name)
    if kind == "role" and value in roles.ROLES:
        return translate(roles.ROLES[value].label)
    if kind == "tokenizer" and value in tokenizers.TOKENIZERS:
        return value  # ids are what vendors' documentation calls them
    if kind == "key_mode" and value in billing.KEY_MODES:
        return translate(billing.KEY_MODES[value])
    return value


def render(msg: Message, translate: Translate = english) -> str:
    """The message in the translator's language, each parameter shown as its kind reads."""
    spec = msg.spec
    shown = {
        name: _param_text(spec.params.get(name, "text"), value, translate)
        for name, value in msg.params.items()
    }
    return fill(translate(spec.template), shown)


class MessageError(ValueError):
    """An error that carries a :class:`Message`; ``str()`` is its English text."""

    def __init__(self, msg: Message) -> None:
        super().__init__(msg.english())
        self.message = msg

    @classmethod
    def of(cls, code: str, **params: object) -> Self:
        return cls(message(code, **params))


# --- estimate notes (core.estimate) -----------------------------------------------------
register(
    "approximate_counts",
    QT_TRANSLATE_NOOP("Messages", "counted with another tokenizer than {tokenizer}: {items}"),
    tokenizer="tokenizer",
)
register(
    "approximate_tokenizer",
    QT_TRANSLATE_NOOP(
        "Messages",
        "{model}: tokens counted with {tokenizer} as an approximation "
        "(the vendor's own tokenizer is not public or not bundled)",
    ),
    tokenizer="tokenizer",
)
register(
    "missing_measure",
    QT_TRANSLATE_NOOP(
        "Messages",
        "{assumption} is {value} but {measure} is 0 (no item with that role, nothing "
        "entered): that part of the estimate is 0",
    ),
    assumption="field",
    measure="field_unit",
)
register(
    "retrieval_exceeds_kb",
    QT_TRANSLATE_NOOP(
        "Messages",
        "each turn retrieves {retrieved} tokens of knowledge, more than the knowledge base "
        "holds ({knowledge} tokens): lower the chunks or the chunk size",
    ),
)
register(
    "no_audio",
    QT_TRANSLATE_NOOP(
        "Messages", "{model} takes no audio: voice messages are billed as ASR instead"
    ),
)
register(
    "unpriced",
    QT_TRANSLATE_NOOP("Messages", "{type} is used but has no price: enter one in the catalog"),
    type="billing_type",
)

# --- plan field validation (core.plan, core.money) ----------------------------------------
# The GUI shows these under the input without the field's id (its own short texts, by code);
# the CLI prints the English with the id. ``{value}`` is the value as typed (or its repr where
# the message quotes it).
register(
    "number_expected",
    QT_TRANSLATE_NOOP("Messages", "{field}: expected a number, got {value}"),
)
register("not_a_number", QT_TRANSLATE_NOOP("Messages", "{field}: {value} is not a number"))
register("not_finite", QT_TRANSLATE_NOOP("Messages", "{field}: {value} is not a finite number"))
register(
    "below_minimum",
    QT_TRANSLATE_NOOP("Messages", "{field}: must be at least {minimum} ({unit}), got {value}"),
)
register(
    "above_maximum",
    QT_TRANSLATE_NOOP("Messages", "{field}: must be at most {maximum} ({unit}), got {value}"),
)
register("not_whole", QT_TRANSLATE_NOOP("Messages", "{field}: must be a whole number, got {value}"))
register("negative", QT_TRANSLATE_NOOP("Messages", "{field}: cannot be negative"))
register(
    "not_a_choice",
    QT_TRANSLATE_NOOP("Messages", "{field}: must be one of {choices}, got {value}"),
)
register(
    "not_a_month", QT_TRANSLATE_NOOP("Messages", "{field}: must look like 2027-01, got {value}")
)
register(
    "unknown_field",
    QT_TRANSLATE_NOOP("Messages", "unknown field {field}; known fields: {known}"),
)

# --- measurement (measure/) ---------------------------------------------------------------
# A Measurement's ``error`` / ``warning`` texts. ``{detail}`` is an OS's or a library's own
# words (not translated); numbers arrive formatted ("1,234"), names of formats as the reader
# says them ("PNG", "AMR-WB"), extensions with their dot.
# fmt: off
register("legacy_text", QT_TRANSLATE_NOOP("Messages", "{text}"))  # stored before codes existed
# files and folders (dispatch, records, listing, pool)
register("cannot_read_file", QT_TRANSLATE_NOOP("Messages", "cannot read file: {detail}"))
register("cannot_read_the_file", QT_TRANSLATE_NOOP("Messages", "cannot read the file: {detail}"))
register("empty_file", QT_TRANSLATE_NOOP("Messages", "empty file (0 bytes)"))
register("broken_symlink",
         QT_TRANSLATE_NOOP("Messages", "broken symbolic link: its target does not exist"))
register("file_not_found",
         QT_TRANSLATE_NOOP("Messages", "file not found (deleted or moved while scanning?)"))
register("permission_denied",
         QT_TRANSLATE_NOOP("Messages", "permission denied: cannot read this file"))
register("is_a_folder", QT_TRANSLATE_NOOP("Messages", "is a folder, not a file"))
register("symlink_loop", QT_TRANSLATE_NOOP("Messages", "symbolic link loop"))
register("not_regular_file",
         QT_TRANSLATE_NOOP("Messages", "not a regular file (device, pipe or socket)"))
register("out_of_memory", QT_TRANSLATE_NOOP("Messages", "out of memory while reading this file"))
register("nested_too_deeply",
         QT_TRANSLATE_NOOP("Messages", "file structure nested too deeply to read"))
register("measure_failed",
         QT_TRANSLATE_NOOP("Messages", "could not measure this file ({exception}: {detail})"))
register("worker_failed",
         QT_TRANSLATE_NOOP("Messages", "the measuring process failed on this file ({exception})"))
register("folder_permission_denied",
         QT_TRANSLATE_NOOP("Messages", "cannot list folder: permission denied"))
register("cannot_list_folder", QT_TRANSLATE_NOOP("Messages", "cannot list folder: {detail}"))
register("file_too_large",
         QT_TRANSLATE_NOOP("Messages", "file too large ({size} bytes; limit {limit})"))
# file types (dispatch)
register("unsupported_type", QT_TRANSLATE_NOOP("Messages", "unsupported file type"))
register("unsupported_format", QT_TRANSLATE_NOOP("Messages", "unsupported file type ({format})"))
register("unsupported_format_mismatch", QT_TRANSLATE_NOOP(
    "Messages",
    "unsupported file type ({format}); extension says {extension}, content is {format}"))
register("unsupported_format_no_extension", QT_TRANSLATE_NOOP(
    "Messages", "unsupported file type ({format}); no extension, content is {format}"))
register("unsupported_empty_unknown", QT_TRANSLATE_NOOP(
    "Messages", "unsupported file type (empty file with an unknown extension)"))
register("legacy_office", QT_TRANSLATE_NOOP(
    "Messages", "unsupported file type: legacy Office format ({extension})"))
register("legacy_office_save_as", QT_TRANSLATE_NOOP(
    "Messages", "unsupported file type: legacy Office format ({extension}); save it as "
    ".docx/.xlsx/.pptx and add it again"))
register("damaged_zip_archive",
         QT_TRANSLATE_NOOP("Messages", "unsupported file type (damaged zip archive: {detail})"))
register("zip_archive_not_document",
         QT_TRANSLATE_NOOP("Messages", "unsupported file type (zip archive, not a document)"))
register("zip_without_document",
         QT_TRANSLATE_NOOP("Messages", "unsupported file type (a zip archive, not a document)"))
register("extension_mismatch",
         QT_TRANSLATE_NOOP("Messages", "extension says {extension}, content is {format}"))
register("no_extension_content",
         QT_TRANSLATE_NOOP("Messages", "no extension, content is {format}"))
register("unknown_extension_text",
         QT_TRANSLATE_NOOP("Messages", "unknown extension {extension}, read as text"))
register("empty_not_pdf", QT_TRANSLATE_NOOP("Messages", "empty file (0 bytes), not a valid PDF"))
register("not_a_pdf", QT_TRANSLATE_NOOP(
    "Messages", "not a valid PDF (no %PDF header; damaged or wrong extension)"))
register("empty_not_format",
         QT_TRANSLATE_NOOP("Messages", "empty file (0 bytes), not a valid {format}"))
register("not_a_zip_document", QT_TRANSLATE_NOOP(
    "Messages", "corrupt document: not a valid {format} (not a zip container)"))
# text (text, encoding, tokens)
register("empty_text", QT_TRANSLATE_NOOP("Messages", "empty text"))
register("empty_text_file", QT_TRANSLATE_NOOP("Messages", "empty file"))
register("binary_in_text", QT_TRANSLATE_NOOP("Messages", "binary data in a text file"))
register("undecodable_text", QT_TRANSLATE_NOOP("Messages", "could not decode the file as text"))
register("unknown_encoding", QT_TRANSLATE_NOOP("Messages", "unknown encoding {encoding}"))
register("replaced_characters", QT_TRANSLATE_NOOP(
    "Messages", "{count} character(s) could not be decoded as {encoding} and were replaced"))
register("chunk_cuts", QT_TRANSLATE_NOOP(
    "Messages", "{count} chunk cut(s) without a line break; counts approximate"))
register("unknown_tokenizer", QT_TRANSLATE_NOOP("Messages", "unknown tokenizer {tokenizer}"))
register("unknown_tokenizer_choices", QT_TRANSLATE_NOOP(
    "Messages", "unknown tokenizer {tokenizer}; expected one of {choices}"))
# documents
register("empty_document",
         QT_TRANSLATE_NOOP("Messages", "empty file (0 bytes), not a valid document"))
register("encrypted_pdf",
         QT_TRANSLATE_NOOP("Messages", "encrypted PDF: a password is needed to open it"))
register("unreadable_pdf", QT_TRANSLATE_NOOP("Messages", "not a readable PDF ({detail})"))
register("damaged_pdf", QT_TRANSLATE_NOOP("Messages", "damaged PDF ({detail})"))
register("no_text_layer", QT_TRANSLATE_NOOP("Messages", "no text layer, needs OCR"))
register("no_text_found", QT_TRANSLATE_NOOP("Messages", "no text found"))
register("corrupt_zip", QT_TRANSLATE_NOOP(
    "Messages", "corrupt document: not a valid zip container ({detail})"))
register("zip_bomb_member", QT_TRANSLATE_NOOP(
    "Messages", "zip bomb suspected: {member} expands {ratio}:1 to {size} bytes (limit {limit}:1)"))
register("zip_bomb_total", QT_TRANSLATE_NOOP(
    "Messages", "zip bomb suspected: the text parts expand to {size} bytes (limit {limit})"))
register("missing_part", QT_TRANSLATE_NOOP("Messages", "corrupt {format}: {part} is missing"))
register("odf_missing_content",
         QT_TRANSLATE_NOOP("Messages", "corrupt OpenDocument file: content.xml is missing"))
register("broken_xml", QT_TRANSLATE_NOOP("Messages", "corrupt document: broken XML ({detail})"))
register("corrupt_document", QT_TRANSLATE_NOOP("Messages", "corrupt document: {detail}"))
register("truncated_document", QT_TRANSLATE_NOOP(
    "Messages", "corrupt document: truncated or damaged data ({detail})"))
# images (images, formats.gif / heif / ico / svg / webp)
register("image_unreadable",
         QT_TRANSLATE_NOOP("Messages", "corrupt or unreadable image ({exception}: {detail})"))
register("decompression_bomb", QT_TRANSLATE_NOOP(
    "Messages", "decompression bomb: size read from header, not decoded"))
register("bomb_header_unreadable",
         QT_TRANSLATE_NOOP("Messages", "decompression bomb whose header could not be read"))
register("not_an_image", QT_TRANSLATE_NOOP(
    "Messages", "not a recognised image format (corrupt or truncated header, or not an image)"))
register("truncated_header", QT_TRANSLATE_NOOP("Messages", "corrupt or truncated {format} header"))
register("image_header_error",
         QT_TRANSLATE_NOOP("Messages", "corrupt or truncated {format} header ({detail})"))
register("image_header_error_unknown",
         QT_TRANSLATE_NOOP("Messages", "corrupt or truncated image header ({detail})"))
register("image_invalid_size",
         QT_TRANSLATE_NOOP("Messages", "image header gives an invalid size {width}x{height}"))
register("gif_invalid_size",
         QT_TRANSLATE_NOOP("Messages", "GIF header gives an invalid size {width}x{height}"))
register("no_end_marker", QT_TRANSLATE_NOOP(
    "Messages", "{format} has no end marker (truncated?): size read from the header"))
register("gif_truncated", QT_TRANSLATE_NOOP(
    "Messages", "GIF is truncated or has trailing junk: frames counted so far"))
register("gif_bad_block",
         QT_TRANSLATE_NOOP("Messages", "corrupt GIF: unexpected block {block} at byte {offset}"))
register("gif_no_frame",
         QT_TRANSLATE_NOOP("Messages", "corrupt or truncated GIF: no complete frame"))
register("ico_corrupt_header", QT_TRANSLATE_NOOP("Messages", "corrupt ICO header"))
register("ico_truncated_directory", QT_TRANSLATE_NOOP("Messages", "truncated ICO directory"))
register("ico_icon_past_end", QT_TRANSLATE_NOOP(
    "Messages", "truncated ICO: icon {index} runs past the end of the file"))
register("not_webp", QT_TRANSLATE_NOOP("Messages", "not a WebP file"))
register("heif_truncated_box_header", QT_TRANSLATE_NOOP("Messages", "truncated box header"))
register("heif_box_overrun", QT_TRANSLATE_NOOP(
    "Messages", "box {box} runs past its container (corrupt or truncated)"))
register("not_heif", QT_TRANSLATE_NOOP(
    "Messages", "not an HEIF/AVIF file (no ftyp box with a picture brand)"))
register("heif_no_meta",
         QT_TRANSLATE_NOOP("Messages", "{brand}: no meta box (corrupt or truncated)"))
register("heif_meta_too_large", QT_TRANSLATE_NOOP("Messages", "{brand}: meta box too large"))
register("heif_no_ipco",
         QT_TRANSLATE_NOOP("Messages", "{brand}: no item properties (ipco box) in meta"))
register("heif_brand_truncated_box", QT_TRANSLATE_NOOP("Messages", "{brand}: truncated {box} box"))
register("heif_no_ispe", QT_TRANSLATE_NOOP(
    "Messages", "{brand}: no image size (ispe) for the primary image"))
register("heif_invalid_size",
         QT_TRANSLATE_NOOP("Messages", "{brand}: image size {width}x{height} is not valid"))
register("heif_corrupt_box", QT_TRANSLATE_NOOP("Messages", "corrupt box {box} at byte {offset}"))
register("heif_meta_truncated", QT_TRANSLATE_NOOP("Messages", "meta box is truncated"))
register("heif_truncated_box", QT_TRANSLATE_NOOP("Messages", "truncated {box} box"))
register("svg_entities", QT_TRANSLATE_NOOP(
    "Messages", "SVG declares XML entities: not read (entity-expansion risk)"))
register("svg_internal_subset", QT_TRANSLATE_NOOP(
    "Messages", "SVG has a DOCTYPE with an internal subset: not read (entity risk)"))
register("svg_wrong_root", QT_TRANSLATE_NOOP("Messages", "root element is <{element}>, not <svg>"))
register("svg_no_root",
         QT_TRANSLATE_NOOP("Messages", "no <svg> element found (empty or not an SVG)"))
register("svg_malformed",
         QT_TRANSLATE_NOOP("Messages", "not well-formed SVG/XML ({detail}, line {line})"))
register("svgz_corrupt", QT_TRANSLATE_NOOP("Messages", "corrupt compressed SVG (.svgz): {detail}"))
register("svg_root_too_late",
         QT_TRANSLATE_NOOP("Messages", "no <svg> element in the first {megabytes} MB"))
register("svg_default_size", QT_TRANSLATE_NOOP(
    "Messages", "SVG has no usable width/height/viewBox: browser default size used"))
# audio (audio, formats.amr / caf / matroska)
register("audio_unreadable",
         QT_TRANSLATE_NOOP("Messages", "corrupt or unreadable audio ({exception}: {detail})"))
register("audio_extension_mismatch", QT_TRANSLATE_NOOP(
    "Messages", "content is {format}, not what the extension {extension} says"))
register("unsupported_audio", QT_TRANSLATE_NOOP("Messages", "unsupported audio format: {format}"))
register("multichannel_amr",
         QT_TRANSLATE_NOOP("Messages", "unsupported audio format: multi-channel AMR"))
register("not_audio", QT_TRANSLATE_NOOP("Messages", "not a recognised audio format"))
register("corrupt_audio_file",
         QT_TRANSLATE_NOOP("Messages", "corrupt or truncated {format} file: {detail}"))
register("corrupt_audio_unknown",
         QT_TRANSLATE_NOOP("Messages", "corrupt or truncated audio file: {detail}"))
register("no_audio_length", QT_TRANSLATE_NOOP(
    "Messages", "{format} file has no audio length (empty or corrupt)"))
register("no_audio_length_unknown",
         QT_TRANSLATE_NOOP("Messages", "audio file has no audio length (empty or corrupt)"))
register("no_mpeg_frames",
         QT_TRANSLATE_NOOP("Messages", "no MPEG audio frames found (corrupt or not an MP3)"))
register("no_adts_frames",
         QT_TRANSLATE_NOOP("Messages", "no AAC (ADTS) frames found (corrupt or truncated)"))
register("no_frames",
         QT_TRANSLATE_NOOP("Messages", "no {format} frames found (empty or truncated)"))
register("vbr_header_mismatch", QT_TRANSLATE_NOOP(
    "Messages", "{header} header says {claimed} frames but the file holds {frames}: length from "
    "the frames present"))
register("skipped_bytes",
         QT_TRANSLATE_NOOP("Messages", "{count} bytes of non-audio data skipped"))
register("last_frame_cut", QT_TRANSLATE_NOOP("Messages", "last frame cut short (file truncated?)"))
register("wav_truncated", QT_TRANSLATE_NOOP(
    "Messages", "WAV data chunk is longer than the file (truncated?): length from the file size"))
register("not_amr", QT_TRANSLATE_NOOP("Messages", "not an AMR file (no #!AMR header)"))
register("amr_bad_frame",
         QT_TRANSLATE_NOOP("Messages", "corrupt {format} data: bad frame header at byte {offset}"))
register("not_caf", QT_TRANSLATE_NOOP("Messages", "not a CAF file"))
register("corrupt_caf", QT_TRANSLATE_NOOP("Messages", "corrupt CAF"))
register("caf_chunk_past_end", QT_TRANSLATE_NOOP(
    "Messages", "corrupt or truncated CAF: chunk {chunk} runs past the end"))
register("caf_short_desc", QT_TRANSLATE_NOOP("Messages", "corrupt CAF: short desc chunk"))
register("caf_short_packet_table", QT_TRANSLATE_NOOP("Messages", "corrupt CAF: short packet table"))
register("caf_no_desc", QT_TRANSLATE_NOOP("Messages", "corrupt CAF: no desc chunk"))
register("caf_bad_sample_rate",
         QT_TRANSLATE_NOOP("Messages", "corrupt CAF: sample rate is not positive"))
register("caf_no_packet_table",
         QT_TRANSLATE_NOOP("Messages", "CAF ({codec}) has no packet table: length unknown"))
register("corrupt_matroska", QT_TRANSLATE_NOOP("Messages", "corrupt Matroska"))
register("matroska_bad_element",
         QT_TRANSLATE_NOOP("Messages", "corrupt Matroska: invalid element header"))
register("matroska_truncated_header",
         QT_TRANSLATE_NOOP("Messages", "corrupt or truncated WebM/Matroska header"))
register("not_matroska",
         QT_TRANSLATE_NOOP("Messages", "not a WebM/Matroska file (bad EBML header)"))
register("matroska_truncated_ebml",
         QT_TRANSLATE_NOOP("Messages", "corrupt or truncated Matroska: EBML header"))
register("matroska_no_segment", QT_TRANSLATE_NOOP("Messages", "corrupt Matroska: no Segment"))
register("matroska_truncated_element",
         QT_TRANSLATE_NOOP("Messages", "corrupt or truncated Matroska header element"))
register("matroska_no_length", QT_TRANSLATE_NOOP(
    "Messages", "{format} has no duration in its header and no audio blocks: length unknown"))
# fmt: on
