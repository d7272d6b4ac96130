"""Print how often the encoding detection reads the legacy-encoding corpus right.

Usage: ``python benchmarks/encoding_accuracy.py`` (from the repository root).  For each
language and encoding: what the planner's first working attempt is, and whether the text
comes back; the last line is the accuracy (also the floor ``tests/measure/
test_encoding_accuracy.py`` checks).  ``--raw`` shows charset-normalizer's own first pick.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gptbots_planner.measure.encoding import detect  # noqa: E402
from tests.measure.encoding_corpus import cases, same_text  # noqa: E402


def _raw(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return best.encoding if best else "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", action="store_true", help="charset-normalizer's own choice")
    args = parser.parse_args()
    right = total = 0
    print(f"{'language':24} {'encoding':11} {'detected':14} {'weak':5} ok")
    for language, codec, data, text in cases():
        if args.raw:
            guess, weak = _raw(data), False
        else:
            d = detect(data)
            guess, weak = d.codec, d.weak
        try:
            ok = same_text(data.decode(guess), text)
        except (UnicodeDecodeError, LookupError):
            ok = False
        right += ok
        total += 1
        print(
            f"{language:24} {codec:11} {guess:14} {'weak' if weak else '':5} {'yes' if ok else 'NO'}"
        )
    print(f"accuracy: {right}/{total} = {right / total:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
