"""Write the mixed folder that the golden measure outputs were taken from.

Run once to (re)create ``tests/golden/material/``; the files are committed, so the
golden test reads exactly the same bytes every time.  ``python tests/golden/make_material.py``
"""

from __future__ import annotations

import io
import math
import struct
import sys
import wave
import zipfile
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
OUT = HERE / "material"
sys.path.insert(0, str(HERE.parent / "measure"))

from conftest import make_docx, make_epub, make_odt, make_pdf, make_pptx, make_xlsx  # noqa: E402

ENGLISH = (
    "Returns and refunds. You may return any unused item within 30 days of delivery, no reason "
    "needed. Refunds are paid to the original payment method within 5 working days.\n"
) * 12
CHINESE = (
    "退货与退款：收到商品后三十天内，未使用的商品均可退货，无需说明理由。退款将在五个工作日内原路退回。\n"
    * 10
)


def wav(path: Path, seconds: float, rate: int = 8000) -> None:
    frames = int(seconds * rate)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(
            b"".join(struct.pack("<h", int(8000 * math.sin(i / 10))) for i in range(frames))
        )


def main() -> None:
    OUT.mkdir(exist_ok=True)
    docs = OUT / "knowledge"
    docs.mkdir(exist_ok=True)
    (docs / "returns.txt").write_text(ENGLISH, encoding="utf-8")
    (docs / "returns-zh.md").write_text(CHINESE, encoding="utf-8")
    (docs / "returns-gb18030.txt").write_bytes(CHINESE.encode("gb18030"))
    (docs / "returns-utf16.txt").write_bytes(ENGLISH.encode("utf-16"))
    (docs / "faq.csv").write_text(
        "question,answer\nHow long?,30 days\n退货?,三十天\n", encoding="utf-8"
    )
    (docs / "empty.txt").write_bytes(b"")
    make_pdf(docs / "policy.pdf", [["Shipping policy page one"], ["Page two: returns"]])
    make_docx(docs / "warranty.docx", ["Warranty terms", "Two years on every tent."])
    make_pptx(docs / "deck.pptx", [["Slide one", "Northwind"], ["Slide two"]])
    make_xlsx(docs / "sizes.xlsx", ["Size", "Chest"], ["M 96 cm"])
    make_odt(docs / "care.odt", ["Care guide", "Dry the tent before packing."])
    make_epub(docs / "guide.epub", ["Chapter one text", "Chapter two text"])
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (docs / "broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    media = OUT / "media"
    media.mkdir(exist_ok=True)
    Image.new("RGB", (2000, 500), "white").save(media / "banner.png")
    Image.new("RGB", (640, 480), "blue").save(media / "photo.jpg", quality=60)
    (media / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120" viewBox="0 0 300 120"/>',
        encoding="utf-8",
    )
    wav(media / "voice-note.wav", 3.25)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "zipped text is not a document")
    (media / "archive.zip").write_bytes(buf.getvalue())


if __name__ == "__main__":
    main()
