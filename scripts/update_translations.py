"""Update the translation catalogues from the code: lupdate, then lrelease.

    python scripts/update_translations.py          # update the .ts, build the .qm
    python scripts/update_translations.py --check  # fail if a text lacks a finished translation

``pyside6-lupdate`` collects every ``tr``/``translate``/``QT_TRANSLATE_NOOP`` text of the
GUI, the vocabularies (``gptbots_planner/vocab``) and the workbook texts
(``gptbots_planner/export``) into ``resources/translations/<catalogue>_<locale>.ts``, keeping
the translations already there (texts no longer in the code are dropped); the translations
themselves are written in Qt Linguist (``pyside6-linguist``), never here.  ``pyside6-lrelease``
then compiles each ``.ts`` to the ``.qm`` the GUI loads; the workbook and the CLI read the
``.ts`` directly (``gptbots_planner.vocab.text``).

``--check`` runs lupdate on a temporary copy (the files stay untouched) and fails when a
text is new or unfinished, a translation is empty, or it changes a placeholder
(``{name}``, ``%1``, ``%n``).
"""

from __future__ import annotations

import argparse
import logging
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "gptbots_planner"
TRANSLATIONS = ROOT / "resources" / "translations"
#: the packages whose texts are translated (lupdate reads Python; nothing is imported)
SOURCE_DIRS = (PACKAGE / "gui", PACKAGE / "vocab", PACKAGE / "export")
#: one catalogue per target language (the GUI loads every ``*_<locale>.qm``)
CATALOGUES = (TRANSLATIONS / "planner_zh_CN.ts",)

PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")


def tool(name: str) -> str:
    """A Qt tool from the running interpreter's environment (the venv), else from PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found beside {sys.executable} nor on PATH")
    return found


def sources() -> list[Path]:
    return sorted(p for folder in SOURCE_DIRS for p in folder.rglob("*.py"))


def lupdate(ts: Path) -> None:
    locale = ts.stem.split("_", 1)[1]
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *map(str, sources()),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            locale,
            "-ts",
            str(ts),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
    )


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text or ""))


def _entries(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def problems(ts: Path) -> list[str]:
    """Every entry of ``ts`` that is unfinished, empty or changes its placeholders."""
    found: list[str] = []
    for context, message in _entries(ts):
        source = message.findtext("source") or ""
        where = f"{ts.name}: {context}: {source!r}"
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            found.append(f"{where} is unfinished")
            continue
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        wanted = placeholders(source)
        numerus = message.get("numerus") == "yes"
        if numerus:
            wanted.pop("%n", None)  # a language with one plural form may write the number out
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            got = placeholders(form)
            if numerus:
                got.pop("%n", None)
            if not form.strip():
                found.append(f"{where} is empty")
            elif got != wanted:
                found.append(f"{where} -> {form!r} changes placeholders")
    return found


def check() -> list[str]:
    """The problems the catalogues would have after an update (nothing is written)."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in CATALOGUES:
            copy = Path(tmp) / ts.name
            shutil.copyfile(ts, copy)
            lupdate(copy)
            found += problems(copy)
    return found


def update() -> list[str]:
    for ts in CATALOGUES:
        lupdate(ts)
        lrelease(ts, ts.with_suffix(".qm"))
    return [p for ts in CATALOGUES for p in problems(ts)]


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only report texts without a finished translation"
    )
    args = parser.parse_args()
    found = check() if args.check else update()
    if found:
        print("to translate (in Qt Linguist):", *found, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
