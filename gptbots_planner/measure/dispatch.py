"""One entry point for one file: pick the measurer by extension AND content, never raise.

The extension says what the user thinks a file is; the first bytes say what it
is.  When they disagree the content wins and the row says so ("extension says
.txt, content is PNG").  Anything that goes wrong with a file (gone, no
permission, a directory, too big, damaged) becomes a ``Measurement`` with
``kind="error"``; an unknown binary becomes ``kind="unsupported"``.  Only a
programming error (an unknown tokenizer name) raises.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gptbots_planner.measure import documents, tokens
from gptbots_planner.measure import text as _text
from gptbots_planner.measure.encoding import SAMPLE_BYTES, decodes_strictly, sniff_bom
from gptbots_planner.measure.errors import MeasureCancelled, MeasureError, ShouldStop
from gptbots_planner.measure.records import Measurement
from gptbots_planner.vocab.messages import Message, message

log = logging.getLogger(__name__)

# Bump when what an extractor produces for the same bytes changes: the cache key includes
# it (together with the image and audio modules' own EXTRACTOR_VERSION).
# 2: .svgz files are read as SVG (1 called them gzip archives); XLSX cells counted as
# displayed, ODF repeats expanded, headers/footers and speaker notes counted.
# 3: CJK fallbacks ranked by plausibility, CP949/Johab/Big5-HKSCS/HZ added (counts change).
EXTRACTOR_VERSION = "3"

HEAD_BYTES = 4096
GZIP_LABEL = "gzip archive"
# Image formats that are gzip files by design (the image reader decompresses them).
GZIPPED_IMAGE_EXTENSIONS = frozenset({".svgz"})


# Every file measured in a worker process gets this much wall-clock time, plus one second
# per TIME_LIMIT_BYTES_PER_S of its size (a legitimate huge text file reads at ~9 MB/s);
# past it the worker gives up on the file ("gave up after N s") and goes on.
FILE_TIME_LIMIT_S = 120.0
TIME_LIMIT_BYTES_PER_S = 1024**2
# The address space of a worker process (Linux, ``resource.RLIMIT_AS``): a hostile file
# that makes a reader allocate without end gets "out of memory", not the machine's RAM.
WORKER_MEMORY_LIMIT_BYTES = 3 * 1024**3


@dataclass(frozen=True)
class Limits:
    """Size, time and memory limits; tests lower them to simulate huge or hostile files."""

    max_text_bytes: int = _text.DEFAULT_MAX_TEXT_BYTES
    max_document_bytes: int = documents.DEFAULT_MAX_DOCUMENT_BYTES
    # Count PPTX speaker notes (the default; CLI --no-notes turns it off).
    speaker_notes: bool = True
    seconds_per_file: float = FILE_TIME_LIMIT_S
    worker_memory_bytes: int = WORKER_MEMORY_LIMIT_BYTES
    # Niceness each worker process adds to itself (where the OS has ``os.nice``): the
    # window's workers yield the CPU to its GUI thread, which otherwise waits for a core
    # behind them (stalls of 100-200 ms on two cores); alone, they still use every core.
    worker_nice: int = 0

    def time_limit(self, size: int) -> float:
        """Seconds a file of ``size`` bytes may take in a worker."""
        return self.seconds_per_file + max(0, size) / TIME_LIMIT_BYTES_PER_S


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Sniffed:
    kind: str  # "image", "audio", "pdf", "zip", "ole", "binary"
    label: str  # "PNG", "MP3", "PDF", ...
    strong: bool = True  # a weak signature (MP3 frame sync) only counts for non-text names


# The image and audio modules are imported on first use, not with this module: images
# pulls in Pillow (~50 ms at start-up), which commands that measure no file never need.


def _image_extensions() -> frozenset[str]:
    from gptbots_planner.measure.images import IMAGE_EXTENSIONS

    return IMAGE_EXTENSIONS


def _audio_extensions() -> frozenset[str]:
    from gptbots_planner.measure.audio import AUDIO_EXTENSIONS

    return AUDIO_EXTENSIONS


def media_extensions() -> frozenset[str]:
    """Image and audio extensions (measured from headers: cheap per file)."""
    return _image_extensions() | _audio_extensions()


def extractor_version(limits: Limits | None = None) -> str:
    """Version string of all extractors together (part of the cache key); a reading option
    that changes counts (no speaker notes) is part of it."""
    from gptbots_planner.measure import audio, images

    if limits is not None and not limits.speaker_notes:
        return extractor_version() + ".nonotes"

    return ".".join((EXTRACTOR_VERSION, images.EXTRACTOR_VERSION, audio.EXTRACTOR_VERSION))


# First bytes of every signature ``sniff`` knows, so most text files skip the checks.
_MAGIC_FIRST = frozenset(b"\x89\xffGRIBMFIO#\x1acf\x30PK\xd0\x7f\x1f7SZ\xca\xfd\x00")


def sniff(head: bytes) -> Sniffed | None:
    """What the first bytes of a file say it is, or None (no known binary signature)."""
    if head[:1] and head[0] not in _MAGIC_FIRST and head[4:8] != b"ftyp":
        if b"%PDF-" not in head[:1024]:
            return None
    return _sniff_media(head) or _sniff_container(head)


def _sniff_media(head: bytes) -> Sniffed | None:
    """Image and audio signatures."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Sniffed("image", "PNG")
    if head.startswith(b"\xff\xd8\xff"):
        return Sniffed("image", "JPEG")
    if head.startswith((b"GIF87a", b"GIF89a")):
        return Sniffed("image", "GIF")
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Sniffed("image", "WebP")
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return Sniffed("audio", "WAV")
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return Sniffed("image", "TIFF")
    if head[:2] == b"BM" and len(head) >= 18 and head[14] in (12, 40, 52, 56, 64, 108, 124):
        if head[15:18] == b"\x00\x00\x00":
            return Sniffed("image", "BMP")
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"avif", b"avis"):
            return Sniffed("image", "AVIF")
        if brand in (b"heic", b"heix", b"mif1", b"msf1", b"hevc"):
            return Sniffed("image", "HEIC")
        if brand in (b"M4A ", b"M4B ", b"M4P "):
            return Sniffed("audio", "M4A")
        return Sniffed("audio", "MP4", strong=False)
    if head.startswith(b"ID3"):
        return Sniffed("audio", "MP3")
    if head.startswith(b"fLaC"):
        return Sniffed("audio", "FLAC")
    if head.startswith(b"OggS"):
        return Sniffed("audio", "Ogg")
    if head[:4] == b"FORM" and head[8:12] in (b"AIFF", b"AIFC"):
        return Sniffed("audio", "AIFF")
    if head.startswith(b"#!AMR"):
        return Sniffed("audio", "AMR")
    if head.startswith(b"\x1aE\xdf\xa3"):
        return Sniffed("audio", "WebM/Matroska", strong=False)
    if head.startswith(b"\x30\x26\xb2\x75\x8e\x66\xcf\x11"):
        return Sniffed("audio", "WMA/ASF", strong=False)
    if head.startswith(b"caff"):
        return Sniffed("audio", "CAF")
    if len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xF6) in (0xF0, 0xF2, 0xF4, 0xF6):
        # MPEG audio frame sync (MP3 / ADTS AAC); a text file in a legacy code page could
        # start with 0xFF, so this signature alone never overrides a text extension.
        return Sniffed("audio", "MPEG audio", strong=False)
    return None


def _sniff_container(head: bytes) -> Sniffed | None:
    """PDF, zip, OLE2 and other binary formats (checked after the media signatures)."""
    pdf_at = head.find(b"%PDF-", 0, 1024)
    if pdf_at >= 0 and b"\x00" not in head[:pdf_at]:
        # Readers accept junk before the header; only a header at byte 0 outranks a text name.
        return Sniffed("pdf", "PDF", strong=pdf_at == 0)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return Sniffed("zip", "ZIP")
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return Sniffed("ole", "legacy Office (OLE2)")
    for magic, label in (
        (b"\x7fELF", "ELF executable"),
        (b"MZ", "Windows executable"),
        (b"\x1f\x8b", GZIP_LABEL),
        (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
        (b"Rar!\x1a\x07", "RAR archive"),
        (b"SQLite format 3\x00", "SQLite database"),
        (b"\xca\xfe\xba\xbe", "Java class / Mach-O"),
        (b"BZh", "bzip2 archive"),
        (b"\xfd7zXZ\x00", "xz archive"),
        (b"\x00asm", "WebAssembly"),
    ):
        if head.startswith(magic):
            return Sniffed("binary", label)
    return None


def _error(
    path: Path, msg: Message, kind: str = "error", st: os.stat_result | None = None
) -> Measurement:
    return Measurement(
        path=str(path),
        name=path.name,
        kind=kind,
        size_bytes=st.st_size if st else 0,
        mtime_ns=st.st_mtime_ns if st else 0,
        error_message=msg,
    )


def _os_error_message(exc: OSError, path: Path | None = None) -> Message:
    if isinstance(exc, FileNotFoundError):
        if path is not None and os.path.islink(path):
            return message("broken_symlink")
        return message("file_not_found")
    if isinstance(exc, PermissionError):
        return message("permission_denied")
    if isinstance(exc, IsADirectoryError):
        return message("is_a_folder")
    if exc.errno == errno.ELOOP:
        return message("symlink_loop")
    return message("cannot_read_the_file", detail=exc.strerror or exc)


def _ext_kind(suffix: str, path: Path) -> str | None:
    if suffix in documents.PDF_EXTENSIONS:
        return "pdf"
    if suffix in documents.ZIP_DOC_EXTENSIONS:
        return "zipdoc"
    if suffix in documents.LEGACY_OFFICE_EXTENSIONS:
        return "ole"
    if suffix in _image_extensions():
        return "image"
    if suffix in _audio_extensions():
        return "audio"
    if _text.is_text_name(path):
        return "text"
    return None


def measure_file(
    path: Path,
    tokenizers: Sequence[str] = (tokens.DEFAULT_TOKENIZER,),
    encoding: str | None = None,
    *,
    limits: Limits = DEFAULT_LIMITS,
    should_stop: ShouldStop | None = None,
) -> Measurement:
    """Measure one file.  Never raises for problems with the file itself.

    ``should_stop`` is polled between ~1 MB chunks; when it returns True the
    measurement is abandoned with ``MeasureCancelled`` (the scan's cancel path).
    """
    tokens.check_tokenizers(tokenizers)
    if not isinstance(path, Path):
        path = Path(path)
    try:
        return _measure(_Request(path, tokenizers, encoding, limits, should_stop))
    except MeasureCancelled:
        raise
    except OSError as exc:
        return _error(path, _os_error_message(exc, path))
    except MeasureError as exc:
        try:
            st = os.stat(path)
        except OSError:
            st = None
        return _error(path, exc.message, st=st)
    except MemoryError:
        return _error(path, message("out_of_memory"))
    except RecursionError:
        return _error(path, message("nested_too_deeply"))
    except Exception as exc:  # a damaged file must not take the whole scan down
        # One line for the user's log; the traceback only at debug level (CLI: no tracebacks).
        log.warning("unexpected failure measuring %s: %s: %s", path, type(exc).__name__, exc)
        log.debug("traceback for %s", path, exc_info=True)
        return _error(path, message("measure_failed", exception=type(exc).__name__, detail=exc))


@dataclass(frozen=True)
class _Request:
    """One ``measure_file`` call's arguments, handed to the measurer that gets the file."""

    path: Path
    tokenizers: Sequence[str]
    encoding: str | None
    limits: Limits
    should_stop: ShouldStop | None

    def text(self, head: bytes | None = None, st: os.stat_result | None = None) -> Measurement:
        # Called through the module (``_text.``) so a test can replace the text measurer.
        return _text.measure_text_file(
            self.path,
            self.tokenizers,
            self.encoding,
            max_bytes=self.limits.max_text_bytes,
            should_stop=self.should_stop,
            head=head,
            st=st,
        )


def _mismatch(suffix: str, label: str) -> Message:
    if suffix:
        return message("extension_mismatch", extension=suffix, format=label)
    return message("no_extension_content", format=label)


def _measure(req: _Request) -> Measurement:
    path = req.path
    st = os.stat(path)
    if stat.S_ISDIR(st.st_mode):
        return _error(path, message("is_a_folder"), st=st)
    if not stat.S_ISREG(st.st_mode):
        return _error(path, message("not_regular_file"), "unsupported", st=st)
    ext_kind = _ext_kind(path.suffix.lower(), path)
    # A text file's first 64 KB serve the encoding detection too (and are the whole of
    # most text files): read them once here.
    head_size = SAMPLE_BYTES if ext_kind == "text" else HEAD_BYTES
    with open(path, "rb") as f:
        head = f.read(head_size)
    sniffed = sniff(head[:HEAD_BYTES])
    if req.encoding is not None and ext_kind in (None, "text"):
        # The user forced an encoding: they say it is text.
        if sniffed is None or not sniffed.strong or ext_kind == "text":
            return req.text()
    if sniffed is not None and (sniffed.strong or ext_kind != "text"):
        return _by_content(req, sniffed, ext_kind, st)
    return _by_extension(req, ext_kind, head, st)


def _by_content(
    req: _Request, sniffed: Sniffed, ext_kind: str | None, st: os.stat_result
) -> Measurement:
    """The content has a signature that decides (the extension may disagree)."""
    path, suffix = req.path, req.path.suffix.lower()
    if sniffed.label == GZIP_LABEL and suffix in GZIPPED_IMAGE_EXTENSIONS:
        return _measure_media(path, "image", st)  # compressed SVG: the image reader unpacks it
    if sniffed.kind in ("image", "audio"):
        if ext_kind == sniffed.kind:
            return _measure_media(path, sniffed.kind, st)
        if ext_kind in ("image", "audio") and not sniffed.strong:
            return _measure_media(path, ext_kind, st)
        m = _measure_media(path, sniffed.kind, st)
        return m.warn(_mismatch(suffix, sniffed.label), first=True)
    if sniffed.kind == "pdf":
        m = documents.measure_pdf(
            path,
            req.tokenizers,
            max_bytes=req.limits.max_document_bytes,
            should_stop=req.should_stop,
        )
        return m if ext_kind == "pdf" else m.warn(_mismatch(suffix, "PDF"), first=True)
    if sniffed.kind == "zip":
        return _measure_zip(req, ext_kind)
    if sniffed.kind == "ole":
        msg = message("legacy_office_save_as", extension=suffix or "(none)")
        return _error(path, msg, "unsupported", st)
    if ext_kind is None:
        msg = message("unsupported_format", format=sniffed.label)
    elif suffix:
        msg = message("unsupported_format_mismatch", format=sniffed.label, extension=suffix)
    else:
        msg = message("unsupported_format_no_extension", format=sniffed.label)
    return _error(path, msg, "unsupported", st)


def _by_extension(
    req: _Request, ext_kind: str | None, head: bytes, st: os.stat_result
) -> Measurement:
    """No signature decides: the extension does (and explains what is wrong)."""
    path, suffix = req.path, req.path.suffix.lower()
    if ext_kind == "text":
        return req.text(head, st)
    if ext_kind in ("image", "audio"):
        # No signature we know (SVG is text, some audio formats have none): the media
        # module reads it or explains why not.
        return _measure_media(path, ext_kind, st)
    if ext_kind == "pdf":
        if st.st_size == 0:
            return _error(path, message("empty_not_pdf"), st=st)
        return _error(path, message("not_a_pdf"), st=st)
    if ext_kind == "zipdoc":
        fmt = suffix[1:].upper()
        if st.st_size == 0:
            return _error(path, message("empty_not_format", format=fmt), st=st)
        return _error(path, message("not_a_zip_document", format=fmt), st=st)
    if ext_kind == "ole":
        return _error(path, message("legacy_office", extension=suffix), "unsupported", st)
    # Unknown extension and no known signature: read it as text only if it clearly is.
    if st.st_size == 0:
        return _error(path, message("unsupported_empty_unknown"), "unsupported", st)
    if b"\x00" not in head and (sniff_bom(head) or _utf8_text(head)):
        note = message("unknown_extension_text", extension=suffix or "(none)")
        return req.text().warn(note, first=True)
    return _error(path, message("unsupported_type"), "unsupported", st)


def _utf8_text(head: bytes) -> bool:
    if not decodes_strictly(head, "utf-8"):
        return False
    sample = head.decode("utf-8", "ignore")
    # Mostly printable: control characters other than tab/CR/LF/FF mean binary.
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\f")
    return controls <= len(sample) // 100


def _measure_zip(req: _Request, ext_kind: str | None) -> Measurement:
    path, max_bytes = req.path, req.limits.max_document_bytes
    if ext_kind == "zipdoc":
        return documents.measure_zip_document(
            path,
            req.tokenizers,
            max_bytes=max_bytes,
            should_stop=req.should_stop,
            notes=req.limits.speaker_notes,
        )
    try:
        with zipfile.ZipFile(path) as zf:
            doc_type = documents.zip_document_type(zf)
    except zipfile.BadZipFile as exc:
        return _error(path, message("damaged_zip_archive", detail=exc), "unsupported")
    if doc_type is None:
        return _error(path, message("zip_archive_not_document"), "unsupported")
    m = documents.measure_zip_document(
        path,
        req.tokenizers,
        doc_type,
        max_bytes=max_bytes,
        should_stop=req.should_stop,
        notes=req.limits.speaker_notes,
    )
    return m.warn(_mismatch(path.suffix.lower(), doc_type[1:].upper()), first=True)


def _measure_media(path: Path, kind: str, st: os.stat_result) -> Measurement:
    if kind == "image":
        from gptbots_planner.measure.images import measure_image

        m = measure_image(path)
    else:
        from gptbots_planner.measure.audio import measure_audio

        m = measure_audio(path)
    # The cache key needs the same stat the scan saw, whatever the media module filled in.
    m.path = m.path or str(path)
    m.name = m.name or path.name
    m.size_bytes = m.size_bytes or st.st_size
    m.mtime_ns = m.mtime_ns or st.st_mtime_ns
    return m


def measure_text(
    text: str, name: str, tokenizers: Sequence[str] = (tokens.DEFAULT_TOKENIZER,)
) -> Measurement:
    """Measure pasted text."""
    for tokenizer in tokenizers:
        tokens.get_encoding(tokenizer)  # unknown names raise here, like measure_file
    return _text.measure_text(text, name, tokenizers)
