"""Scale: 100,000 files and one 1 GB file, with progress, cancel and bounded memory.

Each run is a child process (``python benchmarks/scale.py child ...``) that calls
``scan_paths`` with the CLI's settings (jobs = the cores, the scanning process sharing
the work) and prints one JSON line: files, tokens, seconds, how many progress reports
came and the longest gap between two, and memory: the child's own peak (VmHWM) and the
largest peak of its worker processes (``RUSAGE_CHILDREN``), whose sum bounds what the
scan held at once.  ``--cancel-after S`` cancels S seconds into the scan and reports how
long the scan took to return after that.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def build_many(dest: Path, count: int, sources: list[Path]) -> Path:
    """``count`` small text files (a few hundred bytes each, cut from ``sources``), 1,000 per
    folder; reused when already there."""
    marker = dest / f".complete-{count}"
    if marker.exists():
        return dest
    pieces = []
    for src in sources:
        text = src.read_bytes()
        for start in range(0, min(len(text), 64 * 1024), 700):
            pieces.append(text[start : start + 300 + start % 400])
        if len(pieces) >= 5000:
            break
    for i in range(count):
        folder = dest / f"d{i // 1000:03d}"
        if i % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"f{i:06d}.txt").write_bytes(pieces[i % len(pieces)])
    marker.write_text("")
    return dest


def _vmhwm_kb() -> int:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM"))


def child(root: str, cancel_after: float | None) -> None:
    from gptbots_planner.measure.scan import CancelToken, ScanProgress, scan_paths

    token = CancelToken()
    reports: list[float] = []
    cancelled_at: list[float] = []
    start = time.perf_counter()

    def progress(_p: ScanProgress) -> None:
        now = time.perf_counter()
        reports.append(now)
        if cancel_after is not None and not cancelled_at and now - start >= cancel_after:
            cancelled_at.append(now)
            token.cancel()

    result = scan_paths([Path(root)], ["o200k_base"], use_cache=False, progress=progress,
                        cancel=token)  # fmt: skip
    end = time.perf_counter()
    gaps = [b - a for a, b in zip([start, *reports], [*reports, end], strict=True)]
    out = {
        "files": len(result.measurements),
        "tokens": result.totals.tokens.get("o200k_base", 0),
        "errors": result.totals.errors,
        "cancelled": result.cancelled,
        "seconds": end - start,
        "reports": len(reports),
        "longest_gap_s": max(gaps),
        "cancel_to_return_s": end - cancelled_at[0] if cancelled_at else None,
        "parent_peak_mb": _vmhwm_kb() / 1024,
        "largest_worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }
    print(json.dumps(out), flush=True)


def run(root: Path, env: dict[str, str], cancel_after: float | None = None) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "child", str(root)]
    if cancel_after is not None:
        cmd.append(str(cancel_after))
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
    data: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    data["peak_bound_mb"] = data["parent_peak_mb"] + data["largest_worker_peak_mb"]
    return data


def render(r: dict[str, Any]) -> list[str]:
    lines = [
        "## Scale: 100,000 files and a 1 GB file",
        "",
        "`scan_paths` as the CLI runs it (all cores, no cache), in a child process; memory "
        "bound = the scanning process's peak + the largest worker's peak (goal < 400 MB).",
        "",
        "| run | files | o200k tokens | s | progress reports (longest gap s) | "
        "cancel -> returned s | memory bound MB |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for key, label in (("many", f"{r['many_count']:,} small files"),
                       ("many_cancel", f"{r['many_count']:,} small files, cancelled"),
                       ("big", "one 1 GB text file"),
                       ("big_cancel", "one 1 GB text file, cancelled")):  # fmt: skip
        d = r.get(key)
        if not d:
            continue
        cancel = f"{d['cancel_to_return_s']:.2f}" if d["cancel_to_return_s"] is not None else "-"
        lines.append(
            f"| {label} | {d['files']:,} | {d['tokens']:,} | {d['seconds']:.1f} | "
            f"{d['reports']:,} ({d['longest_gap_s']:.2f}) | {cancel} | {d['peak_bound_mb']:.0f} |"
        )
    return [*lines, ""]


if __name__ == "__main__":
    if sys.argv[1] == "child":
        sys.path.insert(0, str(REPO))
        child(sys.argv[2], float(sys.argv[3]) if len(sys.argv) > 3 else None)
    else:
        sys.exit("run through bench_measure.py")
