"""The texts of the measurement codes (``measure/``): data only, registered by ``messages``.

A Measurement's ``error`` / ``warning`` are these templates filled in.  ``{detail}`` is an
OS's or a library's own words (not translated); numbers arrive formatted ("1,234"), names of
formats as the reader says them ("PNG", "AMR-WB"), extensions with their dot.  Every parameter
is plain text (kind ``"text"``).  A separate module only to keep ``messages`` short.
"""

from __future__ import annotations

from gptbots_planner.vocab.text import QT_TRANSLATE_NOOP, Text

#: (code, English template) of every measurement message, in the order they are registered
MEASUREMENT_MESSAGES: tuple[tuple[str, Text], ...] = (
    ("legacy_text", QT_TRANSLATE_NOOP("Messages", "{text}")),
    # files and folders (dispatch, records, listing, pool)
    ("cannot_read_file", QT_TRANSLATE_NOOP("Messages", "cannot read file: {detail}")),
    ("cannot_read_the_file", QT_TRANSLATE_NOOP("Messages", "cannot read the file: {detail}")),
    ("empty_file", QT_TRANSLATE_NOOP("Messages", "empty file (0 bytes)")),
    (
        "broken_symlink",
        QT_TRANSLATE_NOOP("Messages", "broken symbolic link: its target does not exist"),
    ),
    (
        "file_not_found",
        QT_TRANSLATE_NOOP("Messages", "file not found (deleted or moved while scanning?)"),
    ),
    (
        "permission_denied",
        QT_TRANSLATE_NOOP("Messages", "permission denied: cannot read this file"),
    ),
    ("is_a_folder", QT_TRANSLATE_NOOP("Messages", "is a folder, not a file")),
    ("symlink_loop", QT_TRANSLATE_NOOP("Messages", "symbolic link loop")),
    (
        "not_regular_file",
        QT_TRANSLATE_NOOP("Messages", "not a regular file (device, pipe or socket)"),
    ),
    ("out_of_memory", QT_TRANSLATE_NOOP("Messages", "out of memory while reading this file")),
    (
        "nested_too_deeply",
        QT_TRANSLATE_NOOP("Messages", "file structure nested too deeply to read"),
    ),
    (
        "measure_failed",
        QT_TRANSLATE_NOOP("Messages", "could not measure this file ({exception}: {detail})"),
    ),
    (
        "worker_failed",
        QT_TRANSLATE_NOOP("Messages", "the measuring process failed on this file ({exception})"),
    ),
    (
        "folder_permission_denied",
        QT_TRANSLATE_NOOP("Messages", "cannot list folder: permission denied"),
    ),
    ("cannot_list_folder", QT_TRANSLATE_NOOP("Messages", "cannot list folder: {detail}")),
    (
        "file_too_large",
        QT_TRANSLATE_NOOP("Messages", "file too large ({size} bytes; limit {limit})"),
    ),
    # file types (dispatch)
    ("unsupported_type", QT_TRANSLATE_NOOP("Messages", "unsupported file type")),
    ("unsupported_format", QT_TRANSLATE_NOOP("Messages", "unsupported file type ({format})")),
    (
        "unsupported_format_mismatch",
        QT_TRANSLATE_NOOP(
            "Messages",
            "unsupported file type ({format}); extension says {extension}, content is {format}",
        ),
    ),
    (
        "unsupported_format_no_extension",
        QT_TRANSLATE_NOOP(
            "Messages", "unsupported file type ({format}); no extension, content is {format}"
        ),
    ),
    (
        "unsupported_empty_unknown",
        QT_TRANSLATE_NOOP(
            "Messages", "unsupported file type (empty file with an unknown extension)"
        ),
    ),
    (
        "legacy_office",
        QT_TRANSLATE_NOOP("Messages", "unsupported file type: legacy Office format ({extension})"),
    ),
    (
        "legacy_office_save_as",
        QT_TRANSLATE_NOOP(
            "Messages",
            "unsupported file type: legacy Office format ({extension}); save it as .docx/.xlsx/.pptx and add it again",
        ),
    ),
    (
        "damaged_zip_archive",
        QT_TRANSLATE_NOOP("Messages", "unsupported file type (damaged zip archive: {detail})"),
    ),
    (
        "zip_archive_not_document",
        QT_TRANSLATE_NOOP("Messages", "unsupported file type (zip archive, not a document)"),
    ),
    (
        "zip_without_document",
        QT_TRANSLATE_NOOP("Messages", "unsupported file type (a zip archive, not a document)"),
    ),
    (
        "extension_mismatch",
        QT_TRANSLATE_NOOP("Messages", "extension says {extension}, content is {format}"),
    ),
    ("no_extension_content", QT_TRANSLATE_NOOP("Messages", "no extension, content is {format}")),
    (
        "unknown_extension_text",
        QT_TRANSLATE_NOOP("Messages", "unknown extension {extension}, read as text"),
    ),
    ("empty_not_pdf", QT_TRANSLATE_NOOP("Messages", "empty file (0 bytes), not a valid PDF")),
    (
        "not_a_pdf",
        QT_TRANSLATE_NOOP(
            "Messages", "not a valid PDF (no %PDF header; damaged or wrong extension)"
        ),
    ),
    (
        "empty_not_format",
        QT_TRANSLATE_NOOP("Messages", "empty file (0 bytes), not a valid {format}"),
    ),
    (
        "not_a_zip_document",
        QT_TRANSLATE_NOOP(
            "Messages", "corrupt document: not a valid {format} (not a zip container)"
        ),
    ),
    # text (text, encoding, tokens)
    ("empty_text", QT_TRANSLATE_NOOP("Messages", "empty text")),
    ("empty_text_file", QT_TRANSLATE_NOOP("Messages", "empty file")),
    ("binary_in_text", QT_TRANSLATE_NOOP("Messages", "binary data in a text file")),
    ("undecodable_text", QT_TRANSLATE_NOOP("Messages", "could not decode the file as text")),
    ("unknown_encoding", QT_TRANSLATE_NOOP("Messages", "unknown encoding {encoding}")),
    (
        "replaced_characters",
        QT_TRANSLATE_NOOP(
            "Messages", "{count} character(s) could not be decoded as {encoding} and were replaced"
        ),
    ),
    (
        "chunk_cuts",
        QT_TRANSLATE_NOOP(
            "Messages", "{count} chunk cut(s) without a line break; counts approximate"
        ),
    ),
    ("unknown_tokenizer", QT_TRANSLATE_NOOP("Messages", "unknown tokenizer {tokenizer}")),
    (
        "unknown_tokenizer_choices",
        QT_TRANSLATE_NOOP("Messages", "unknown tokenizer {tokenizer}; expected one of {choices}"),
    ),
    (
        "tokenizer_not_installed",
        QT_TRANSLATE_NOOP(
            "Messages", "the {tokenizer} vocabulary is not installed (expected at {path})"
        ),
    ),
    (
        "tokenizer_vocab_mismatch",
        QT_TRANSLATE_NOOP(
            "Messages",
            "the {tokenizer} vocabulary at {path} is not the expected file (SHA-256 differs)",
        ),
    ),
    # adding a vocabulary to the user folder (measure/tokenizers/install.py)
    (
        "tokenizer_add_bundled",
        QT_TRANSLATE_NOOP("Messages", "{tokenizer} ships with the planner: nothing to add"),
    ),
    (
        "tokenizer_add_unreadable",
        QT_TRANSLATE_NOOP("Messages", "cannot read {path}: {reason}; nothing was copied"),
    ),
    (
        "tokenizer_add_mismatch",
        QT_TRANSLATE_NOOP(
            "Messages",
            "{path} is not the {tokenizer} vocabulary the planner accepts (SHA-256 {digest}, "
            "expected {expected}); nothing was copied",
        ),
    ),
    (
        "tokenizer_add_failed",
        QT_TRANSLATE_NOOP(
            "Messages", "could not write the {tokenizer} vocabulary to {path}: {reason}"
        ),
    ),
    # documents
    ("empty_document", QT_TRANSLATE_NOOP("Messages", "empty file (0 bytes), not a valid document")),
    (
        "encrypted_pdf",
        QT_TRANSLATE_NOOP("Messages", "encrypted PDF: a password is needed to open it"),
    ),
    ("unreadable_pdf", QT_TRANSLATE_NOOP("Messages", "not a readable PDF ({detail})")),
    ("damaged_pdf", QT_TRANSLATE_NOOP("Messages", "damaged PDF ({detail})")),
    ("no_text_layer", QT_TRANSLATE_NOOP("Messages", "no text layer, needs OCR")),
    ("no_text_found", QT_TRANSLATE_NOOP("Messages", "no text found")),
    (
        "corrupt_zip",
        QT_TRANSLATE_NOOP("Messages", "corrupt document: not a valid zip container ({detail})"),
    ),
    (
        "zip_bomb_member",
        QT_TRANSLATE_NOOP(
            "Messages",
            "zip bomb suspected: {member} expands {ratio}:1 to {size} bytes (limit {limit}:1)",
        ),
    ),
    (
        "zip_bomb_total",
        QT_TRANSLATE_NOOP(
            "Messages", "zip bomb suspected: the text parts expand to {size} bytes (limit {limit})"
        ),
    ),
    ("missing_part", QT_TRANSLATE_NOOP("Messages", "corrupt {format}: {part} is missing")),
    (
        "odf_missing_content",
        QT_TRANSLATE_NOOP("Messages", "corrupt OpenDocument file: content.xml is missing"),
    ),
    ("broken_xml", QT_TRANSLATE_NOOP("Messages", "corrupt document: broken XML ({detail})")),
    ("corrupt_document", QT_TRANSLATE_NOOP("Messages", "corrupt document: {detail}")),
    (
        "truncated_document",
        QT_TRANSLATE_NOOP("Messages", "corrupt document: truncated or damaged data ({detail})"),
    ),
    # images (images, formats.gif / heif / ico / svg / webp)
    (
        "image_unreadable",
        QT_TRANSLATE_NOOP("Messages", "corrupt or unreadable image ({exception}: {detail})"),
    ),
    (
        "decompression_bomb",
        QT_TRANSLATE_NOOP("Messages", "decompression bomb: size read from header, not decoded"),
    ),
    (
        "bomb_header_unreadable",
        QT_TRANSLATE_NOOP("Messages", "decompression bomb whose header could not be read"),
    ),
    (
        "not_an_image",
        QT_TRANSLATE_NOOP(
            "Messages",
            "not a recognised image format (corrupt or truncated header, or not an image)",
        ),
    ),
    ("truncated_header", QT_TRANSLATE_NOOP("Messages", "corrupt or truncated {format} header")),
    (
        "image_header_error",
        QT_TRANSLATE_NOOP("Messages", "corrupt or truncated {format} header ({detail})"),
    ),
    (
        "image_header_error_unknown",
        QT_TRANSLATE_NOOP("Messages", "corrupt or truncated image header ({detail})"),
    ),
    (
        "image_invalid_size",
        QT_TRANSLATE_NOOP("Messages", "image header gives an invalid size {width}x{height}"),
    ),
    (
        "gif_invalid_size",
        QT_TRANSLATE_NOOP("Messages", "GIF header gives an invalid size {width}x{height}"),
    ),
    (
        "no_end_marker",
        QT_TRANSLATE_NOOP(
            "Messages", "{format} has no end marker (truncated?): size read from the header"
        ),
    ),
    (
        "gif_truncated",
        QT_TRANSLATE_NOOP(
            "Messages", "GIF is truncated or has trailing junk: frames counted so far"
        ),
    ),
    (
        "gif_bad_block",
        QT_TRANSLATE_NOOP("Messages", "corrupt GIF: unexpected block {block} at byte {offset}"),
    ),
    ("gif_no_frame", QT_TRANSLATE_NOOP("Messages", "corrupt or truncated GIF: no complete frame")),
    ("ico_corrupt_header", QT_TRANSLATE_NOOP("Messages", "corrupt ICO header")),
    ("ico_truncated_directory", QT_TRANSLATE_NOOP("Messages", "truncated ICO directory")),
    (
        "ico_icon_past_end",
        QT_TRANSLATE_NOOP("Messages", "truncated ICO: icon {index} runs past the end of the file"),
    ),
    ("not_webp", QT_TRANSLATE_NOOP("Messages", "not a WebP file")),
    ("heif_truncated_box_header", QT_TRANSLATE_NOOP("Messages", "truncated box header")),
    (
        "heif_box_overrun",
        QT_TRANSLATE_NOOP("Messages", "box {box} runs past its container (corrupt or truncated)"),
    ),
    (
        "not_heif",
        QT_TRANSLATE_NOOP("Messages", "not an HEIF/AVIF file (no ftyp box with a picture brand)"),
    ),
    ("heif_no_meta", QT_TRANSLATE_NOOP("Messages", "{brand}: no meta box (corrupt or truncated)")),
    ("heif_meta_too_large", QT_TRANSLATE_NOOP("Messages", "{brand}: meta box too large")),
    (
        "heif_no_ipco",
        QT_TRANSLATE_NOOP("Messages", "{brand}: no item properties (ipco box) in meta"),
    ),
    ("heif_brand_truncated_box", QT_TRANSLATE_NOOP("Messages", "{brand}: truncated {box} box")),
    (
        "heif_no_ispe",
        QT_TRANSLATE_NOOP("Messages", "{brand}: no image size (ispe) for the primary image"),
    ),
    (
        "heif_invalid_size",
        QT_TRANSLATE_NOOP("Messages", "{brand}: image size {width}x{height} is not valid"),
    ),
    ("heif_corrupt_box", QT_TRANSLATE_NOOP("Messages", "corrupt box {box} at byte {offset}")),
    ("heif_meta_truncated", QT_TRANSLATE_NOOP("Messages", "meta box is truncated")),
    ("heif_truncated_box", QT_TRANSLATE_NOOP("Messages", "truncated {box} box")),
    (
        "svg_entities",
        QT_TRANSLATE_NOOP(
            "Messages", "SVG declares XML entities: not read (entity-expansion risk)"
        ),
    ),
    (
        "svg_internal_subset",
        QT_TRANSLATE_NOOP(
            "Messages", "SVG has a DOCTYPE with an internal subset: not read (entity risk)"
        ),
    ),
    ("svg_wrong_root", QT_TRANSLATE_NOOP("Messages", "root element is <{element}>, not <svg>")),
    ("svg_no_root", QT_TRANSLATE_NOOP("Messages", "no <svg> element found (empty or not an SVG)")),
    (
        "svg_malformed",
        QT_TRANSLATE_NOOP("Messages", "not well-formed SVG/XML ({detail}, line {line})"),
    ),
    ("svgz_corrupt", QT_TRANSLATE_NOOP("Messages", "corrupt compressed SVG (.svgz): {detail}")),
    (
        "svg_root_too_late",
        QT_TRANSLATE_NOOP("Messages", "no <svg> element in the first {megabytes} MB"),
    ),
    (
        "svg_default_size",
        QT_TRANSLATE_NOOP(
            "Messages", "SVG has no usable width/height/viewBox: browser default size used"
        ),
    ),
    # audio (audio, formats.amr / caf / matroska)
    (
        "audio_unreadable",
        QT_TRANSLATE_NOOP("Messages", "corrupt or unreadable audio ({exception}: {detail})"),
    ),
    (
        "audio_extension_mismatch",
        QT_TRANSLATE_NOOP(
            "Messages", "content is {format}, not what the extension {extension} says"
        ),
    ),
    ("unsupported_audio", QT_TRANSLATE_NOOP("Messages", "unsupported audio format: {format}")),
    (
        "multichannel_amr",
        QT_TRANSLATE_NOOP("Messages", "unsupported audio format: multi-channel AMR"),
    ),
    ("not_audio", QT_TRANSLATE_NOOP("Messages", "not a recognised audio format")),
    (
        "corrupt_audio_file",
        QT_TRANSLATE_NOOP("Messages", "corrupt or truncated {format} file: {detail}"),
    ),
    (
        "corrupt_audio_unknown",
        QT_TRANSLATE_NOOP("Messages", "corrupt or truncated audio file: {detail}"),
    ),
    (
        "no_audio_length",
        QT_TRANSLATE_NOOP("Messages", "{format} file has no audio length (empty or corrupt)"),
    ),
    (
        "no_audio_length_unknown",
        QT_TRANSLATE_NOOP("Messages", "audio file has no audio length (empty or corrupt)"),
    ),
    (
        "no_mpeg_frames",
        QT_TRANSLATE_NOOP("Messages", "no MPEG audio frames found (corrupt or not an MP3)"),
    ),
    (
        "no_adts_frames",
        QT_TRANSLATE_NOOP("Messages", "no AAC (ADTS) frames found (corrupt or truncated)"),
    ),
    ("no_frames", QT_TRANSLATE_NOOP("Messages", "no {format} frames found (empty or truncated)")),
    (
        "vbr_header_mismatch",
        QT_TRANSLATE_NOOP(
            "Messages",
            "{header} header says {claimed} frames but the file holds {frames}: length from the frames present",
        ),
    ),
    ("skipped_bytes", QT_TRANSLATE_NOOP("Messages", "{count} bytes of non-audio data skipped")),
    ("last_frame_cut", QT_TRANSLATE_NOOP("Messages", "last frame cut short (file truncated?)")),
    (
        "wav_truncated",
        QT_TRANSLATE_NOOP(
            "Messages",
            "WAV data chunk is longer than the file (truncated?): length from the file size",
        ),
    ),
    ("not_amr", QT_TRANSLATE_NOOP("Messages", "not an AMR file (no #!AMR header)")),
    (
        "amr_bad_frame",
        QT_TRANSLATE_NOOP("Messages", "corrupt {format} data: bad frame header at byte {offset}"),
    ),
    ("not_caf", QT_TRANSLATE_NOOP("Messages", "not a CAF file")),
    ("corrupt_caf", QT_TRANSLATE_NOOP("Messages", "corrupt CAF")),
    (
        "caf_chunk_past_end",
        QT_TRANSLATE_NOOP("Messages", "corrupt or truncated CAF: chunk {chunk} runs past the end"),
    ),
    ("caf_short_desc", QT_TRANSLATE_NOOP("Messages", "corrupt CAF: short desc chunk")),
    ("caf_short_packet_table", QT_TRANSLATE_NOOP("Messages", "corrupt CAF: short packet table")),
    ("caf_no_desc", QT_TRANSLATE_NOOP("Messages", "corrupt CAF: no desc chunk")),
    (
        "caf_bad_sample_rate",
        QT_TRANSLATE_NOOP("Messages", "corrupt CAF: sample rate is not positive"),
    ),
    (
        "caf_no_packet_table",
        QT_TRANSLATE_NOOP("Messages", "CAF ({codec}) has no packet table: length unknown"),
    ),
    ("corrupt_matroska", QT_TRANSLATE_NOOP("Messages", "corrupt Matroska")),
    (
        "matroska_bad_element",
        QT_TRANSLATE_NOOP("Messages", "corrupt Matroska: invalid element header"),
    ),
    (
        "matroska_truncated_header",
        QT_TRANSLATE_NOOP("Messages", "corrupt or truncated WebM/Matroska header"),
    ),
    ("not_matroska", QT_TRANSLATE_NOOP("Messages", "not a WebM/Matroska file (bad EBML header)")),
    (
        "matroska_truncated_ebml",
        QT_TRANSLATE_NOOP("Messages", "corrupt or truncated Matroska: EBML header"),
    ),
    ("matroska_no_segment", QT_TRANSLATE_NOOP("Messages", "corrupt Matroska: no Segment")),
    (
        "matroska_truncated_element",
        QT_TRANSLATE_NOOP("Messages", "corrupt or truncated Matroska header element"),
    ),
    (
        "matroska_no_length",
        QT_TRANSLATE_NOOP(
            "Messages", "{format} has no duration in its header and no audio blocks: length unknown"
        ),
    ),
    # hostile and real-world files (documents, text, audio)
    (
        "expanded_text_too_large",
        QT_TRANSLATE_NOOP(
            "Messages",
            "the document's text expands to more than {limit} characters (at least {size}): not read",
        ),
    ),
    (
        "encoding_guessed",
        QT_TRANSLATE_NOOP(
            "Messages",
            "encoding guessed: {encoding} ({confidence} confidence); choose the encoding if the counts look wrong",
        ),
    ),
    (
        "implausible_duration",
        QT_TRANSLATE_NOOP(
            "Messages",
            "the header claims {claimed} seconds, impossible for a file of {size} bytes: length unknown",
        ),
    ),
    # robustness: time limit per file, the measurement cache (pool, cache)
    (
        "gave_up_after",
        QT_TRANSLATE_NOOP(
            "Messages", "gave up after {seconds} s: reading this file takes too long"
        ),
    ),
    (
        "cache_unavailable",
        QT_TRANSLATE_NOOP(
            "Messages",
            "the measurement cache {path} cannot be used ({detail}); scanning without it",
        ),
    ),
    (
        "cache_damaged",
        QT_TRANSLATE_NOOP(
            "Messages",
            "the measurement cache {path} is damaged ({detail}); moved it aside to {aside}",
        ),
    ),
)
