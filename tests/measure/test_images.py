"""Image measurement on real files: Pillow-written formats, hand-written SVG/HEIC, bombs."""

from __future__ import annotations

import gzip
import os
import struct
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from media_factory import (
    bmp_header_only,
    heif_bytes,
    jpeg_header_only,
    make_image_set,
    png_header_only,
    webp_vp8x_header,
)
from PIL import Image, ImageFile

from gptbots_planner.core.image_rules import SEED_RULE, image_tokens
from gptbots_planner.measure.images import (
    BOMB_WARNING,
    IMAGE_EXTENSIONS,
    measure_image,
    sniff_image,
)


@pytest.fixture(scope="session")
def images(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_image_set(tmp_path_factory.mktemp("images"))


@pytest.fixture
def no_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any pixel decoding fail the test."""
    Image.init()  # plugin imports build small images; let them finish first

    def refuse(self: Image.Image, *args: object) -> None:
        raise AssertionError(f"pixels of {self!r} were decoded")

    monkeypatch.setattr(Image.Image, "load", refuse)
    monkeypatch.setattr(ImageFile.ImageFile, "load", refuse)


@pytest.mark.parametrize(
    ("key", "fmt"),
    [
        ("png", "PNG"),
        ("jpeg", "JPEG"),
        ("webp", "WebP"),
        ("bmp", "BMP"),
        ("tiff", "TIFF"),
        ("avif", "AVIF"),
    ],
)
def test_still_formats(images: dict[str, Path], no_decoding: None, key: str, fmt: str) -> None:
    m = measure_image(images[key])
    assert (m.kind, m.error, m.warning) == ("image", "", "")
    assert (m.width, m.height, m.frames) == (400, 300, 1)
    assert m.detail == fmt
    st_ = os.stat(images[key])
    assert (m.size_bytes, m.mtime_ns) == (st_.st_size, st_.st_mtime_ns)
    assert (m.path, m.name) == (str(images[key]), images[key].name)


def test_ico_reports_the_largest_icon(images: dict[str, Path], no_decoding: None) -> None:
    m = measure_image(images["ico"])
    assert m.ok, m.error
    # Pillow fits the 400x300 source into each requested box (16x16, 48x48, 64x48),
    # keeping its aspect: 16x12, 48x36 and 64x48.
    assert (m.width, m.height) == (64, 48)
    assert m.detail == "ICO, largest of 3 icons"


@pytest.mark.parametrize(
    ("key", "fmt"), [("gif_anim", "GIF"), ("webp_anim", "WebP"), ("apng", "APNG")]
)
def test_animated_frames(images: dict[str, Path], no_decoding: None, key: str, fmt: str) -> None:
    m = measure_image(images[key])
    assert m.ok, m.error
    assert (m.width, m.height, m.frames) == (64, 32, 5)
    assert m.detail == f"{fmt}, 5 frames"


@pytest.mark.parametrize(
    ("orientation", "size", "note"),
    [
        (6, (300, 400), "EXIF rotated 90°"),
        (8, (300, 400), "EXIF rotated 270°"),
        (3, (400, 300), "EXIF rotated 180°"),
    ],
)
def test_exif_orientation(images: dict[str, Path], no_decoding: None, orientation: int, size: tuple[int, int], note: str) -> None:  # fmt: skip
    m = measure_image(images[f"exif{orientation}"])
    assert m.ok, m.error
    assert (m.width, m.height) == size
    assert m.detail == f"JPEG, {note}"


def test_seed_rule_through_a_real_file(images: dict[str, Path]) -> None:
    m = measure_image(images["wide"])
    assert (m.width, m.height) == (2000, 500)
    t = image_tokens(m.width, m.height, SEED_RULE)
    assert (t.tiles, t.tokens) == (4, 765)


# --- decompression bombs -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "size"),
    [
        ("bomb.png", png_header_only(30000, 30000), (30000, 30000)),
        ("bomb.webp", webp_vp8x_header(30000, 20000), (30000, 20000)),
        ("bomb.jpg", jpeg_header_only(30000, 25000), (30000, 25000)),
        ("bomb.bmp", bmp_header_only(30000, 30000), (30000, 30000)),
    ],
)
def test_bomb_size_from_header_without_decoding(
    tmp_path: Path, no_decoding: None, name: str, data: bytes, size: tuple[int, int]
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    # Pillow itself refuses to open it: this really is a bomb.
    with pytest.raises(Image.DecompressionBombError), Image.open(path):
        pass
    m = measure_image(path)
    assert m.kind == "image", m.error
    assert (m.width, m.height) == size
    assert m.warning_messages == [BOMB_WARNING]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        (
            "bomb.gif",
            b"GIF89a"
            + struct.pack("<HHBBB", 60000, 60000, 0, 0, 0)
            + b"\x2c"
            + struct.pack("<HHHHB", 0, 0, 60000, 60000, 0)
            + b"\x02\x02\x44\x01\x00\x3b",
        ),
        ("bomb.heic", heif_bytes(40000, 40000)),
    ],
)
def test_bomb_warning_for_formats_read_without_pillow(tmp_path: Path, no_decoding: None, name: str, data: bytes) -> None:  # fmt: skip
    path = tmp_path / name
    path.write_bytes(data)
    m = measure_image(path)
    assert m.kind == "image", m.error
    assert m.width >= 40000 and m.warning_messages == [BOMB_WARNING]


def test_ordinary_image_is_not_flagged_as_bomb(tmp_path: Path, no_decoding: None) -> None:
    path = tmp_path / "big.png"
    path.write_bytes(png_header_only(6000, 4000))  # 24 M pixels: under Pillow's limit
    m = measure_image(path)
    assert (m.width, m.height, m.warning) == (6000, 4000, "")


# --- SVG -----------------------------------------------------------------------------------

SVG_NS = 'xmlns="http://www.w3.org/2000/svg"'


@pytest.mark.parametrize(
    ("attrs", "size", "source"),
    [
        ('width="640" height="480"', (640, 480), "width/height"),
        ('width="640px" height="480px" viewBox="0 0 10 10"', (640, 480), "width/height"),
        ('width="2in" height="1in"', (192, 96), "width/height"),
        ('width="72pt" height="36pt"', (96, 48), "width/height"),
        ('width="2.54cm" height="25.4mm"', (96, 96), "width/height"),
        ('width="10em" height="5em"', (160, 80), "width/height"),
        ('viewBox="0 0 800 600"', (800, 600), "viewBox"),
        ('viewBox="0,0,1024,512"', (1024, 512), "viewBox"),
        ('width="100%" height="100%" viewBox="0 0 300 200"', (300, 200), "viewBox"),
        ('width="400" viewBox="0 0 800 600"', (400, 300), "width and viewBox aspect"),
        ('height="300" viewBox="0 0 800 600"', (400, 300), "height and viewBox aspect"),
    ],
)
def test_svg_sizes(tmp_path: Path, attrs: str, size: tuple[int, int], source: str) -> None:
    path = tmp_path / "drawing.svg"
    path.write_text(f'<?xml version="1.0"?>\n<svg {SVG_NS} {attrs}><rect/></svg>', "utf-8")
    m = measure_image(path)
    assert m.kind == "image", m.error
    assert (m.width, m.height) == size
    assert m.detail == f"SVG (from {source})"


def test_svg_without_any_size_uses_browser_default_with_warning(tmp_path: Path) -> None:
    path = tmp_path / "nosize.svg"
    path.write_text(f"<svg {SVG_NS}><circle r='5'/></svg>", "utf-8")
    m = measure_image(path)
    assert (m.width, m.height) == (300, 150)
    assert "default" in m.warning


def test_svg_with_external_doctype_and_late_root(tmp_path: Path) -> None:
    path = tmp_path / "illustrator.svg"
    comment = "<!-- " + "generator " * 600 + "-->\n"  # pushes <svg past the first 4 KB
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        + comment
        + '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
        '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
        f'<svg {SVG_NS} xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="60"/>',
        "utf-8",
    )
    m = measure_image(path)
    assert (m.kind, m.width, m.height) == ("image", 120, 60), m.error


def test_svgz(tmp_path: Path) -> None:
    path = tmp_path / "drawing.svgz"
    path.write_bytes(gzip.compress(f'<svg {SVG_NS} viewBox="0 0 50 70"/>'.encode()))
    m = measure_image(path)
    assert (m.width, m.height) == (50, 70), m.error


def test_svg_prefixed_root(tmp_path: Path) -> None:
    path = tmp_path / "prefixed.svg"
    path.write_text(
        '<svg:svg xmlns:svg="http://www.w3.org/2000/svg" width="33" height="44"/>', "utf-8"
    )
    assert (measure_image(path).width, measure_image(path).height) == (33, 44)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            f'<svg {SVG_NS} width="&b;" height="10"/>',
            "entity",
        ),
        ('<?xml version="1.0"?><!ENTITY a "x"><svg/>', "well-formed"),
        (f"<svg {SVG_NS} width='10' height='10'><rect></svg>", ""),  # root read before the error
        ("<html><body>not an svg</body></html>", "not <svg>"),
        (f"<svg {SVG_NS} width='10", "well-formed"),
        ("<?xml version='1.0'?>\n", "no <svg> element"),
    ],
)
def test_svg_hostile_or_broken(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.svg"
    path.write_text(content, "utf-8")
    m = measure_image(path)
    if not message:
        assert (m.kind, m.width, m.height) == ("image", 10, 10)
        return
    assert m.kind == "error"
    assert message in m.error


def test_billion_laughs_is_refused_quickly(tmp_path: Path) -> None:
    lol = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    path = tmp_path / "laughs.svg"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE svg [{"".join(lol)}]><svg {SVG_NS}>&lol9;</svg>', "utf-8"
    )
    m = measure_image(path)
    assert m.kind == "error" and "entit" in m.error


# --- HEIC / HEIF --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rotation", "size"),
    [(0, (4032, 3024)), (90, (3024, 4032)), (180, (4032, 3024)), (270, (3024, 4032))],
)
def test_heic_size_from_ispe_and_irot(tmp_path: Path, rotation: int, size: tuple[int, int]) -> None:
    path = tmp_path / "photo.heic"
    path.write_bytes(heif_bytes(4032, 3024, rotation=rotation))
    m = measure_image(path)
    assert m.kind == "image", m.error
    assert (m.width, m.height) == size
    assert m.detail.startswith("HEIC")
    assert (f"rotated {rotation}°" in m.detail) == bool(rotation)


def test_heic_clean_aperture_then_rotation(tmp_path: Path) -> None:
    path = tmp_path / "cropped.heic"
    path.write_bytes(heif_bytes(4032, 3024, rotation=90, crop=(4000, 3000)))
    m = measure_image(path)
    assert (m.width, m.height) == (3000, 4000), m.error


def test_heic_without_associations_takes_the_largest_extent(tmp_path: Path) -> None:
    data = heif_bytes(4032, 3024).replace(b"pitm", b"xxxx")  # no primary item named
    path = tmp_path / "noprimary.heic"
    path.write_bytes(data)
    m = measure_image(path)
    assert (m.width, m.height) == (4032, 3024), m.error


@pytest.mark.parametrize("cut", [20, 40, 60, 100])
def test_heic_truncated_meta_is_a_clear_error(tmp_path: Path, cut: int) -> None:
    path = tmp_path / "cut.heic"
    path.write_bytes(heif_bytes(4032, 3024, rotation=90)[:cut])
    m = measure_image(path)
    assert m.kind == "error"
    assert "HEIC" in m.error or "box" in m.error


# --- broken files ---------------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.png"
    path.touch()
    m = measure_image(path)
    assert (m.kind, m.error) == ("error", "empty file (0 bytes)")


def test_missing_file(tmp_path: Path) -> None:
    m = measure_image(tmp_path / "gone.jpg")
    assert m.kind == "error" and "cannot read file" in m.error


@pytest.mark.parametrize("key", ["png", "jpeg", "gif_anim", "webp", "bmp", "tiff"])
def test_truncated_header(images: dict[str, Path], tmp_path: Path, key: str) -> None:
    path = tmp_path / f"cut{images[key].suffix}"
    path.write_bytes(images[key].read_bytes()[:12])
    m = measure_image(path)
    assert m.kind == "error"
    assert "corrupt" in m.error or "truncated" in m.error


def test_png_cut_after_header_measures_with_warning(
    images: dict[str, Path], tmp_path: Path
) -> None:
    path = tmp_path / "half.png"
    data = images["png"].read_bytes()
    path.write_bytes(data[: len(data) // 2])
    m = measure_image(path)
    assert (m.width, m.height) == (400, 300)
    assert "truncated" in m.warning


def test_gif_cut_mid_frames_counts_complete_frames(images: dict[str, Path], tmp_path: Path) -> None:
    data = images["gif_anim"].read_bytes()
    path = tmp_path / "cut.gif"
    path.write_bytes(data[:-40])
    m = measure_image(path)
    assert m.ok and 1 <= m.frames < 5
    assert "truncated" in m.warning


def test_text_named_as_image(tmp_path: Path) -> None:
    path = tmp_path / "notes.jpg"
    path.write_text("these are my notes, not a photo\n", "utf-8")
    m = measure_image(path)
    assert m.kind == "error" and "not a recognised image" in m.error


def test_wrong_extension_still_measures(images: dict[str, Path], tmp_path: Path) -> None:
    path = tmp_path / "really_a_png.jpg"
    path.write_bytes(images["png"].read_bytes())
    m = measure_image(path)
    assert (m.width, m.height, m.detail) == (400, 300, "PNG")


# --- sniffing and extensions ----------------------------------------------------------------------


def test_sniff_image(images: dict[str, Path], tmp_path: Path) -> None:
    expected = {
        "png": "PNG", "jpeg": "JPEG", "webp": "WebP", "bmp": "BMP", "tiff": "TIFF",
        "avif": "AVIF", "ico": "ICO", "gif_anim": "GIF", "apng": "PNG",
    }  # fmt: skip
    for key, fmt in expected.items():
        assert sniff_image(images[key].read_bytes()[:64]) == fmt, key
    assert sniff_image(heif_bytes(10, 10)[:64]) == "HEIC"
    assert sniff_image(b'<?xml version="1.0"?>\n<svg xmlns="x">') == "SVG"
    assert sniff_image(b"RIFF\x00\x00\x00\x00WAVEfmt ") is None
    assert sniff_image(b"hello world") is None
    assert sniff_image(b"") is None


def test_extensions_are_lower_case_with_dot() -> None:
    assert all(e.startswith(".") and e == e.lower() for e in IMAGE_EXTENSIONS)
    assert {".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".avif", ".ico",
            ".svg", ".heic", ".heif"} <= IMAGE_EXTENSIONS  # fmt: skip


# --- never raises ---------------------------------------------------------------------------------

_PREFIXES = [
    b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF89a", b"RIFF\x00\x01\x00\x00WEBP", b"BM",
    b"II*\x00", b"MM\x00*", b"\x00\x00\x01\x00", b"\x00\x00\x00\x18ftypheic", b"\x00\x00\x00\x18ftypavif",
    b"<svg ", b"\x1f\x8b", b"",
]  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=st.sampled_from(_PREFIXES),
    tail=st.binary(max_size=300),
    suffix=st.sampled_from([".png", ".svgz", ".heic", ".img"]),
)
def test_garbage_never_raises(prefix: bytes, tail: bytes, suffix: str) -> None:  # fmt: skip
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"fuzz{suffix}"
        path.write_bytes(prefix + tail)
        m = measure_image(path)
    assert m.kind in ("image", "error")
    if m.kind == "image":
        assert m.width > 0 and m.height > 0
    else:
        assert m.error


def test_avif_rotation_matches_the_box_reader(tmp_path: Path) -> None:
    from gptbots_planner.measure.formats import heif

    exif = Image.Exif()
    exif[0x0112] = 6
    path = tmp_path / "rotated.avif"
    Image.new("RGB", (400, 300), "red").save(path, exif=exif)
    m = measure_image(path)
    assert (m.width, m.height) == (300, 400), m.error
    # Pillow stores the rotation as an irot box; the HEIF box reader agrees.
    boxes = heif.read_file_size(str(path))
    assert (boxes.width, boxes.height, boxes.brand) == (300, 400, "AVIF")
