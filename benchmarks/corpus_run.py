"""Real-world files no one here wrote: does every one get an answer, with bounded memory?

Walks fixture folders that public source packages install on a Debian machine (CPython's
own test data, LibreOffice's templates, icon themes, documentation, sounds ...), measures
them all through the planner's scanner (worker processes, no cache, as the window does)
and reports: files tried, answered, error rows by code, warnings by code, crashes (a
worker that died or an exception out of the scanner: must be 0), peak memory of the
scanning process and of its workers, and the time taken.  It then checks encoding
detection on CPython's ``test/cjkencodings`` pairs (``X.txt`` in a legacy encoding and
``X-utf8.txt``, the same text in UTF-8): a file counts as right when its token count
equals the UTF-8 reference's.

    python benchmarks/corpus_run.py                  # default folders found on this machine
    python benchmarks/corpus_run.py DIR ... --out benchmarks/CORPUS.md

Nothing here is committed as data: the files are read where the packages installed them.
"""

from __future__ import annotations

import argparse
import collections
import glob
import os
import resource
import sys
import time
from pathlib import Path

from gptbots_planner.measure import dispatch
from gptbots_planner.measure.scan import scan_paths
from gptbots_planner.measure.tokens import count_tokens

DEFAULT_GLOBS = (
    "/root/.pyenv/versions/*/lib/python3.*/test",
    "/usr/lib/python3*/test",
    "/usr/lib/libreoffice/share/template",
    "/usr/lib/libreoffice/share/gallery",
    "/usr/share/icons/hicolor",
    "/usr/share/icons/Adwaita",
    "/usr/share/sounds",
    "/usr/share/pixmaps",
    "/usr/share/doc/*/examples",
    "/usr/share/doc/*/*.pdf",
    "/usr/share/fonts/truetype",
    "/usr/share/poppler",
)
MAX_FILES = 12000


def default_paths() -> list[Path]:
    found: list[Path] = []
    for pattern in DEFAULT_GLOBS:
        found += [Path(p) for p in sorted(glob.glob(pattern))]
    return found


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: KiB


def _compiled(path: Path) -> bool:
    """Byte-compiled Python: thousands of copies of the same kind, no knowledge in them."""
    return path.suffix in (".pyc", ".pyo") or "__pycache__" in path.parts


def limited_files(paths: list[Path], limit: int) -> list[Path]:
    """At most ``limit`` files, spread over the folders (each folder's share in turn)."""
    per_root: list[list[Path]] = []
    for root in paths:
        if root.is_file():
            per_root.append([root])
            continue
        files = [
            p
            for p in sorted(root.rglob("*"))
            if p.is_file() and not p.is_symlink() and not _compiled(p)
        ]
        per_root.append(files)
    chosen: list[Path] = []
    i = 0
    while len(chosen) < limit and any(i < len(f) for f in per_root):
        for files in per_root:
            if i < len(files) and len(chosen) < limit:
                chosen.append(files[i])
        i += 1
    return chosen


def encoding_accuracy() -> tuple[int, int, list[str]]:
    pairs = []
    for folder in sorted(glob.glob("/root/.pyenv/versions/*/lib/python3.*/test/cjkencodings")):
        for legacy in sorted(Path(folder).glob("*.txt")):
            if legacy.stem.endswith("-utf8"):
                continue
            reference = legacy.with_name(legacy.stem + "-utf8.txt")
            if reference.exists():
                pairs.append((legacy, reference))
        if pairs:
            break  # one interpreter's copy is enough
    right = 0
    rows = []
    for legacy, reference in pairs:
        m = dispatch.measure_file(legacy, ("o200k_base",))
        want = count_tokens(reference.read_text(encoding="utf-8"), "o200k_base")
        got = m.tokens.get("o200k_base")
        ok = got == want
        right += ok
        rows.append(
            f"| {legacy.stem} | {m.encoding or m.error} | {got} | {want} | {'yes' if ok else 'no'} |"
        )
    return right, len(pairs), rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--max-files", type=int, default=MAX_FILES)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    roots = args.paths or default_paths()
    files = limited_files(roots, args.max_files)
    started = time.monotonic()
    crashes: list[str] = []
    try:
        result = scan_paths(files, ("o200k_base",), jobs=2, use_cache=False, share_work=False)
    except Exception as exc:  # the scanner must never raise for a file problem
        crashes.append(f"scanner raised {type(exc).__name__}: {exc}")
        result = None
    wall = time.monotonic() - started
    errors: collections.Counter[str] = collections.Counter()
    warnings: collections.Counter[str] = collections.Counter()
    kinds: collections.Counter[str] = collections.Counter()
    extensions: collections.Counter[str] = collections.Counter()
    answered = 0
    measurements = result.measurements if result else []
    for m in measurements:
        kinds[m.kind] += 1
        extensions[Path(m.path).suffix.lower() or "(none)"] += 1
        answered += 1
        if m.error_message is not None:
            errors[m.error_message.code] += 1
            if m.error_message.code == "worker_failed":
                crashes.append(m.path)
        for w in m.warning_messages:
            warnings[w.code] += 1
    right, pairs, enc_rows = encoding_accuracy()
    load = os.getloadavg()
    lines = [
        "# Real-world corpus run",
        "",
        f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, load {load[0]:.2f}; "
        f"{len(roots)} folders, {len(files)} files tried.",
        "",
        "| figure | value |",
        "|---|---|",
        f"| files tried | {len(files)} |",
        f"| answered (a row each) | {answered} |",
        f"| measured without error | {answered - sum(errors.values())} |",
        f"| error rows | {sum(errors.values())} |",
        f"| crashes (worker deaths, scanner exceptions) | {len(crashes)} |",
        f"| peak memory, scanning process | {peak_mb(resource.RUSAGE_SELF):.0f} MB |",
        f"| peak memory, largest worker | {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB |",
        f"| wall time | {wall:.1f} s |",
        f"| encoding detection (CPython cjkencodings) | {right}/{pairs} right |",
        "",
        "Kinds: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()),
        "",
        "Most common extensions: " + ", ".join(f"{k} {n}" for k, n in extensions.most_common(25)),
        "",
        "| error code | files |",
        "|---|---|",
        *[f"| `{c}` | {n} |" for c, n in errors.most_common()],
        "",
        "| warning code | files |",
        "|---|---|",
        *[f"| `{c}` | {n} |" for c, n in warnings.most_common()],
        "",
        "| cjkencodings file | detected | tokens | UTF-8 reference | right |",
        "|---|---|---|---|---|",
        *enc_rows,
        "",
        "Folders: " + ", ".join(f"`{r}`" for r in roots),
    ]
    if crashes:
        lines += ["", "Crashes:", *[f"- {c}" for c in crashes]]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 1 if crashes or answered != len(files) else 0


if __name__ == "__main__":
    sys.exit(main())
