"""A deterministic corpus of many small UTF-8 text files from what any Debian machine has.

The running interpreter's standard library (``Lib/``), ``/usr/share/doc`` and the Perl
modules under ``/usr/share/perl*`` (then Debian's ``dist-packages`` and
the arch-specific Perl folders, to reach the count): walked in sorted order, every plain-text file (by the
scanner's own name rules, HTML left out: the plain loop would count its markup) that is
strict UTF-8 without NUL or BOM, copied until the file count or the byte target is reached.
The sources are interleaved round-robin, so a smaller (``--quick``) corpus has the same mix.
"""

from __future__ import annotations

import os
import shutil
import sysconfig
from collections.abc import Iterator
from pathlib import Path

from gptbots_planner.measure import dispatch
from gptbots_planner.measure.text import HTML_EXTENSIONS, is_text_name

MIN_BYTES = 64
MAX_BYTES = 2 * 1024**2


def sources() -> list[Path]:
    roots = [Path(sysconfig.get_paths()["stdlib"]), Path("/usr/share/doc")]
    roots += sorted(Path("/usr/share").glob("perl*"))
    roots += [Path("/usr/lib/python3/dist-packages")]
    roots += sorted(Path("/usr/lib/x86_64-linux-gnu").glob("perl*"))
    return [r for r in roots if r.is_dir()]


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith(".") and d not in ("__pycache__", "site-packages")
        )
        for name in sorted(filenames):
            p = Path(dirpath, name)
            if name.startswith(".") or p.is_symlink() or not is_text_name(p):
                continue
            if p.suffix.lower() in HTML_EXTENSIONS:
                continue
            yield p


def _usable(p: Path) -> bytes | None:
    try:
        size = p.stat().st_size
        if size < MIN_BYTES or size > MAX_BYTES:
            return None
        data = p.read_bytes()
        if b"\x00" in data or data.startswith(b"\xef\xbb\xbf") or dispatch.sniff(data[:4096]):
            return None
        data.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return data


def build(dest: Path, max_files: int, max_bytes: int) -> list[Path]:
    """Copy the corpus into ``dest`` (kept when it is already there with the same size)."""
    stamp = dest.with_name(dest.name + ".stamp")
    want = f"{max_files} {max_bytes}"
    if stamp.exists() and stamp.read_text() == want:
        return sorted(p for p in dest.rglob("*") if p.is_file() and p.name != ".corpus")
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    walkers = [_walk(r) for r in sources()]
    files: list[Path] = []
    total = 0
    while walkers and len(files) < max_files and total < max_bytes:
        for w in list(walkers):
            p = next(w, None)
            if p is None:
                walkers.remove(w)
                continue
            data = _usable(p)
            if data is None:
                continue
            n = len(files)
            # A name the scanner knows without an extension (README, copyright) keeps it.
            name = f"{n:05d}_{p.name}" if p.suffix else f"{n:05d}/{p.name}"
            target = dest / f"{n // 200:03d}" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            files.append(target)
            total += len(data)
            if len(files) >= max_files or total >= max_bytes:
                break
    stamp.write_text(want)
    return sorted(files)
