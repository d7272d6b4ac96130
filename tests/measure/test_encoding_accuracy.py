"""Legacy encodings are detected right on real text (corpus: ``encoding_corpus``), weak
guesses say so with a code, and a forced encoding is never second-guessed."""

from __future__ import annotations

from pathlib import Path

import pytest

from gptbots_planner.measure.dispatch import measure_file
from gptbots_planner.measure.encoding import detect
from tests.measure.encoding_corpus import cases, same_text

# Measured with benchmarks/encoding_accuracy.py: 21/32 before the ranking fix (65.6 %;
# charset-normalizer alone 28/32), 32/32 after.
ACCURACY_FLOOR = 0.95


def _right(data: bytes, text: str) -> bool:
    try:
        return same_text(data.decode(detect(data).codec), text)
    except (UnicodeDecodeError, LookupError):
        return False


def test_detection_accuracy_floor() -> None:
    results = [(lang, codec, _right(data, text)) for lang, codec, data, text in cases()]
    wrong = [(lang, codec) for lang, codec, ok in results if not ok]
    accuracy = 1 - len(wrong) / len(results)
    assert accuracy >= ACCURACY_FLOOR, wrong


@pytest.mark.parametrize(
    ("language", "codec"),
    [
        ("Hebrew", "cp1255"),
        ("Arabic", "iso8859_6"),
        ("Czech", "iso8859_2"),
        ("Polish", "iso8859_2"),
        ("Hungarian", "cp1250"),
        ("Turkish", "cp1254"),
        ("Japanese", "iso2022_jp"),
        ("Korean", "iso2022_kr"),
    ],
)
def test_files_in_the_reported_encodings_count_right(
    tmp_path: Path, language: str, codec: str
) -> None:
    data, text = next((d, t) for lang, c, d, t in cases() if (lang, c) == (language, codec))
    path = tmp_path / "legacy.txt"
    path.write_bytes(data)
    m = measure_file(path, ["o200k_base"])
    utf8 = tmp_path / "utf8.txt"
    utf8.write_text(text, encoding="utf-8")
    assert m.tokens == measure_file(utf8, ["o200k_base"]).tokens


def test_weak_guess_warns_with_a_code_and_forcing_reads_as_chosen(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes("Crème brûlée, s'il vous plaît.\n".encode("cp1252"))
    m = measure_file(path, ["o200k_base"])
    codes = [w.code for w in m.warning_messages]
    assert "encoding_guessed" in codes
    assert "confidence" in m.warning
    forced = measure_file(path, ["o200k_base"], encoding="cp1250")
    assert forced.detail.endswith("(chosen)")
    assert "encoding_guessed" not in [w.code for w in forced.warning_messages]


def test_confident_guess_does_not_warn(tmp_path: Path) -> None:
    data, _ = next((d, t) for lang, c, d, t in cases() if (lang, c) == ("Russian", "cp1251"))
    path = tmp_path / "ru.txt"
    path.write_bytes(data)
    m = measure_file(path, ["o200k_base"])
    assert m.warning_messages == [] or "encoding_guessed" not in [
        w.code for w in m.warning_messages
    ]
