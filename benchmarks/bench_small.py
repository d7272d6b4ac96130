"""Many small files, side by side in one run (the first part of ``bench_measure.py``).

Plain loop, the machine's ceiling, the CLI with ``--jobs 1`` / ``--jobs 2`` / default jobs,
two tokenizers against one, the window's scan driven through a real drop (a child
process, offscreen), cached re-scans, window start-up and idle memory, and a peer tool
(``count-tokens`` from PyPI, installed into a temporary venv) with its total.  Every
CLI run is a fresh process with a private ``GPTBOTS_PLANNER_HOME``; wall time and the CPU
time of the process and its children are both recorded (CPU time is what other load on
the machine disturbs least).
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CLI = [sys.executable, "-m", "gptbots_planner.cli"]
TWO_MODELS = ["--model", "GPT-4.1-1M", "--model", "GPT-4-8k"]
# A catalog model for each tokenizer the window may count (its plan's models and the
# embedding model), so the CLI can be run with the very tokenizers the window counted.
MODEL_FOR_TOKENIZER = {
    "o200k_base": "GPT-4.1-1M",
    "cl100k_base": "GPT-4-8k",
    "deepseek_v3": "deepseek/deepseek-v3-64k",
    "qwen": "ali/qwen-3.0-plus-128k",
}


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall s, CPU s of the process tree, stdout)."""
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
    return time.perf_counter() - t0, _children_cpu() - cpu0, out


def _loop(paths: list[str], tokenizer: str = "o200k_base") -> int:
    from gptbots_planner.measure.tokens import get_encoding

    enc = get_encoding(tokenizer)
    return sum(len(enc.encode_ordinary(Path(p).read_bytes().decode("utf-8"))) for p in paths)


def plain_loop(files: list[Path], tokenizer: str = "o200k_base") -> tuple[int, float, float]:
    """Read bytes, decode UTF-8, ``encode_ordinary``; one process (the vocabulary loaded
    before the clock starts).  (tokens, wall, CPU)."""
    _loop([str(files[0])], tokenizer)
    c0, t0 = time.process_time(), time.perf_counter()
    total = _loop([str(f) for f in files], tokenizer)
    return total, time.perf_counter() - t0, time.process_time() - c0


def ceiling(files: list[Path], jobs: int = 2) -> tuple[int, float]:
    """The plain loop split evenly (by size) over ``jobs`` already-started processes."""
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(jobs) as pool:
        pool.map(_loop, [[str(files[0])]] * jobs)
        ordered = sorted(files, key=lambda f: -f.stat().st_size)
        parts = [[str(f) for f in ordered[i::jobs]] for i in range(jobs)]
        t0 = time.perf_counter()
        total = sum(pool.map(_loop, parts))
        return total, time.perf_counter() - t0


def cli_totals(out: str) -> dict[str, int]:
    data = json.loads(out)
    return data["totals"].get("tokens_by_tokenizer") or {
        data["tokenizer"]: data["totals"]["tokens"]
    }


def cli_run(folder: Path, env: dict[str, str], *extra: str) -> dict[str, Any]:
    wall, cpu, out = run_timed([*CLI, "measure", str(folder), "--format", "json", *extra], env)
    return {"wall": wall, "cpu": cpu, "tokens": cli_totals(out), "args": " ".join(extra)}


def in_process_cached(folder: Path, home: Path) -> dict[str, Any]:
    code = (
        "import json, time, sys\n"
        "from pathlib import Path\n"
        "from gptbots_planner.measure.scan import scan_paths\n"
        "t = time.perf_counter()\n"
        "r = scan_paths([Path(sys.argv[1])], ['o200k_base'])\n"
        "print(json.dumps({'wall': time.perf_counter() - t, 'hits': r.cache_hits,"
        " 'tokens': r.totals.tokens}))\n"
    )
    env = {**os.environ, "GPTBOTS_PLANNER_HOME": str(home)}
    out = subprocess.run(
        [sys.executable, "-c", code, str(folder)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def gui_drop(folder: Path, home: Path) -> dict[str, Any]:
    env = {**os.environ, "GPTBOTS_PLANNER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    cmd = [sys.executable, str(HERE / "gui_drop.py"), repr(time.time()), str(folder)]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def peer(folder: Path, work: Path) -> dict[str, Any]:
    """``count-tokens`` (PyPI) in its own venv; its tiktoken reads our bundled vocabulary
    from a seeded cache (this machine is offline).  It reads files in text mode."""
    from gptbots_planner.measure.tokens import vocab_path

    venv = work / "peer-venv"
    if not (venv / "bin" / "count-tokens").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [str(venv / "bin" / "pip"), "install", "-q", "count-tokens"],
            check=True,
            capture_output=True,
        )
    cache = work / "peer-tiktoken-cache"
    cache.mkdir(exist_ok=True)
    for name in ("o200k_base", "cl100k_base"):
        url = f"https://openaipublic.blob.core.windows.net/encodings/{name}.tiktoken"
        shutil.copy(vocab_path(name), cache / hashlib.sha1(url.encode()).hexdigest())
    env = {**os.environ, "TIKTOKEN_CACHE_DIR": str(cache)}
    cmd = [str(venv / "bin" / "count-tokens"), "-d", str(folder), "-r", "-p", "*"]
    wall, cpu, out = run_timed([*cmd, "-e", "o200k_base", "--format", "json"], env)
    counts = json.loads(out)
    files = {k: v for k, v in counts.items() if isinstance(v, int)}
    version = subprocess.run(
        [str(venv / "bin" / "pip"), "show", "count-tokens"], capture_output=True, text=True
    ).stdout
    ver = next((ln.split()[1] for ln in version.splitlines() if ln.startswith("Version")), "?")
    return {"wall": wall, "cpu": cpu, "tokens": sum(files.values()), "files": len(files),
            "version": ver}  # fmt: skip


def run(folder: Path, work: Path, files: list[Path]) -> dict[str, Any]:
    r: dict[str, Any] = {"files": len(files), "bytes": sum(f.stat().st_size for f in files)}
    log(f"small files: {r['files']:,} files, {r['bytes'] / 1e6:.1f} MB")
    home = work / "home-small"
    env = {**os.environ, "GPTBOTS_PLANNER_HOME": str(home)}
    r["copies"] = copies(files)
    # The plain loop, the ceiling and the CLI runs twice each, interleaved: best of 2 (this
    # machine's timings vary 10-20 % between identical runs).
    runs: dict[str, list[dict[str, Any]]] = {}
    for _round in range(2):
        runs.setdefault("plain", []).append(
            dict(zip(("tokens", "wall", "cpu"), plain_loop(files), strict=True))
        )
        runs.setdefault("ceiling", []).append(
            dict(zip(("tokens", "wall"), ceiling(files), strict=True))
        )
        log(f"plain {runs['plain'][-1]['wall']:.2f} s, ceiling {runs['ceiling'][-1]['wall']:.2f} s")
        for key, extra in (("jobs1", ["--jobs", "1"]), ("jobs2", ["--jobs", "2"]),
                           ("default", [])):  # fmt: skip
            runs.setdefault(key, []).append(cli_run(folder, env, "--no-cache", *extra))
            log(f"cli {key}: {runs[key][-1]['wall']:.2f} s, CPU {runs[key][-1]['cpu']:.2f} s")
    for key, tries in runs.items():
        r[key] = min(tries, key=lambda t: float(t["wall"]))
        r[key]["walls"] = [t["wall"] for t in tries]
    r["plain_cl100k"] = dict(
        zip(("tokens", "wall", "cpu"), plain_loop(files, "cl100k_base"), strict=True)
    )
    r["two_models"] = cli_run(folder, env, "--no-cache", *TWO_MODELS)
    log(f"cli two_models: {r['two_models']['wall']:.2f} s, CPU {r['two_models']['cpu']:.2f} s")
    cli_run(folder, env)  # fill the cache
    r["cached_cli_json"] = cli_run(folder, env)
    r["cached_in_process"] = in_process_cached(folder, home)
    log(f"cached: CLI {r['cached_cli_json']['wall']:.2f} s, in process "
        f"{r['cached_in_process']['wall']:.2f} s")  # fmt: skip
    # The window's drop and the CLI with the tokenizers the window counted (the example
    # plan's models), twice each, interleaved: the best time of each, the longest stall of
    # both drops.
    drops: list[dict[str, Any]] = []
    same_runs: list[dict[str, Any]] = []
    for _round in range(2):
        drops.append(gui_drop(folder, work / "home-gui"))
        shutil.rmtree(work / "home-gui", ignore_errors=True)
        log(f"window: settled {drops[-1]['settled_s']:.2f} s, "
            f"stall {drops[-1]['max_stall_ms']:.0f} ms")  # fmt: skip
        same = [a for t in drops[-1]["tokenizers"] for a in ("--model", MODEL_FOR_TOKENIZER[t])]
        same_runs.append(cli_run(folder, env, "--no-cache", *same))
        log(f"cli with the window's tokenizers: {same_runs[-1]['wall']:.2f} s")
    r["gui"] = dict(min(drops, key=lambda d: float(d["settled_s"])))
    r["gui"]["settled_walls"] = [d["settled_s"] for d in drops]
    r["gui"]["max_stall_ms"] = max(float(d["max_stall_ms"]) for d in drops)
    r["gui"]["stalls_over_50ms"] = sorted(
        (s for d in drops for s in d.get("stalls_over_50ms", [])), reverse=True
    )
    r["gui"]["stall_counts"] = [len(d.get("stalls_over_50ms", [])) for d in drops]
    r["same_as_gui"] = min(same_runs, key=lambda c: float(c["wall"]))
    r["same_as_gui"]["walls"] = [c["wall"] for c in same_runs]
    try:
        r["peer"] = peer(folder, work)
        log(f"peer: {r['peer']['wall']:.2f} s")
    except (subprocess.CalledProcessError, OSError, ValueError) as exc:
        r["peer"] = {"error": f"{type(exc).__name__}: {exc}"}
    return r


def copies(files: list[Path]) -> dict[str, int]:
    """Files whose bytes equal an earlier file's: the scan counts each content once per
    process (``measure/same_content.py``), the plain loop and the peer count every copy."""
    seen: set[bytes] = set()
    n = size = 0
    for f in files:
        data = f.read_bytes()
        digest = hashlib.blake2b(data, digest_size=16).digest()
        if digest in seen:
            n += 1
            size += len(data)
        seen.add(digest)
    return {"files": n, "bytes": size}


def _x(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "-"


def _walls(run: dict[str, Any]) -> str:
    walls = run.get("walls")
    return f" ({' / '.join(f'{w:.2f}' for w in walls)})" if walls else ""


def _copies_line(r: dict[str, Any]) -> list[str]:
    c = r.get("copies")
    if not c:
        return []
    return [
        f"{c['files']:,} of the files are byte-identical copies of another one "
        f"({c['bytes'] / 1e6:.1f} MB, {c['bytes'] / r['bytes']:.0%} of the bytes: licence texts "
        "and modules installed in several places); a scan counts each content once in each "
        "measuring process and gives every copy its own row (`measure/same_content.py`); the "
        "plain loop, the ceiling and the peer count every copy."
    ]


def render(r: dict[str, Any]) -> list[str]:
    p = r["plain"]
    tok = p["tokens"]
    gui = r["gui"]
    two = r["two_models"]
    same_cli = r["same_as_gui"]
    same_args = same_cli["args"].replace("--no-cache ", "").split()
    lines = [
        "## Many small files (the standard library, /usr/share/doc, Perl modules)",
        "",
        f"{r['files']:,} UTF-8 text files, {r['bytes'] / 1e6:.1f} MB "
        "(`benchmarks/small_corpus.py`: a deterministic selection, copied to a temp folder).",
        "Speed-up = the plain loop's wall time / the run's wall time (CLI runs include the "
        "process start, the vocabulary loading and writing the JSON); the plain loop, the "
        "ceiling and the CLI runs ran twice each, interleaved, and the best of the two is shown "
        "(both times in brackets).",
        *_copies_line(r),
        "",
        "| run | o200k tokens | wall s | CPU s | speed-up vs plain loop |",
        "|---|---:|---:|---:|---:|",
        f"| plain loop, 1 process (read, decode, encode_ordinary o200k) | {tok:,} | "
        f"{p['wall']:.2f}{_walls(p)} | {p['cpu']:.2f} | 1.00x |",
        f"| ceiling: plain loop over 2 already-started processes | {r['ceiling']['tokens']:,} | "
        f"{r['ceiling']['wall']:.2f}{_walls(r['ceiling'])} | | "
        f"{_x(p['wall'], r['ceiling']['wall'])} |",
    ]
    for key, label in (("jobs1", "`measure --jobs 1`"), ("jobs2", "`measure --jobs 2`"),
                       ("default", "`measure` (default jobs)")):  # fmt: skip
        c = r[key]
        lines.append(
            f"| {label} | {c['tokens'].get('o200k_base', 0):,} | {c['wall']:.2f}{_walls(c)} | "
            f"{c['cpu']:.2f} | {_x(p['wall'], c['wall'])} |"
        )
    pc = r["plain_cl100k"]
    lines += [
        "",
        "Two tokenizers (o200k and cl100k, as the window counts for the example plan):",
        "",
        "| run | o200k | cl100k | wall s | CPU s |",
        "|---|---:|---:|---:|---:|",
        f"| plain loops, o200k then cl100k | {tok:,} | {pc['tokens']:,} | "
        f"{p['wall'] + pc['wall']:.2f} | {p['cpu'] + pc['cpu']:.2f} |",
        f"| `measure {' '.join(TWO_MODELS)}` | {two['tokens'].get('o200k_base', 0):,} | "
        f"{two['tokens'].get('cl100k_base', 0):,} | {two['wall']:.2f} | {two['cpu']:.2f} |",
        "",
        f"Second tokenizer's cost in the CLI: {two['cpu'] - r['jobs2']['cpu']:.2f} CPU-s over one "
        f"(the plain cl100k loop alone: {pc['cpu']:.2f} CPU-s).",
        "",
        "The window (its first start, with the example plan) counts the tokenizers of the "
        f"plan's models and the embedding model: {', '.join(gui['tokenizers'])}. The CLI with "
        "the same tokenizers, on the same files:",
        "",
        "| run | " + " | ".join(gui["tokenizers"]) + " | wall s | CPU s |",
        "|---|" + "---:|" * (len(gui["tokenizers"]) + 2),
        f"| `measure {' '.join(same_args)}` | "
        + " | ".join(f"{same_cli['tokens'].get(t, 0):,}" for t in gui["tokenizers"])
        + f" | {same_cli['wall']:.2f}{_walls(same_cli)} | {same_cli['cpu']:.2f} |",
        "| the window: drop the folder, until the total settles | "
        + " | ".join(f"{gui['tokens'].get(t, 0):,}" for t in gui["tokenizers"])
        + f" | {gui['settled_s']:.2f}{_walls({'walls': gui.get('settled_walls')})} | |",
        "",
        f"Window / CLI with the same tokenizers: **{_x(gui['settled_s'], same_cli['wall'])}** "
        "(best of two each, interleaved); longest event-loop stall (10 ms heartbeat) from the "
        f"drop to the settled total, over both drops: **{gui['max_stall_ms']:.0f} ms** "
        f"(gaps over 50 ms: {' and '.join(str(n) for n in gui.get('stall_counts', []))}). "
        f"Window rows: {gui['rows']:,}, errors: {gui['errors']}.",
        "",
        f"Window start-up: shown {gui['shown_s']:.2f} s after the process started; "
        f"idle RSS {gui['idle_rss_mb']:.0f} MB.",
        "",
        f"Cached re-scan of {r['files']:,} files: in process "
        f"**{r['cached_in_process']['wall']:.2f} s** ({r['cached_in_process']['hits']:,} hits); "
        f"CLI with `--format json` **{r['cached_cli_json']['wall']:.2f} s** (process start "
        "included).",
        "",
    ]
    peer_r = r.get("peer", {})
    if "error" in peer_r:
        lines.append(f"Peer `count-tokens`: could not run ({peer_r['error']}).")
    else:
        lines.append(
            f"Peer: `count-tokens` {peer_r['version']} (PyPI, `-d DIR -r -p '*' -e o200k_base`, "
            f"one process) counted {peer_r['files']:,} files, **{peer_r['tokens']:,}** tokens "
            f"(ours {tok:,}; difference {peer_r['tokens'] - tok:+,}: it reads in text mode, "
            f"so CRLF becomes LF) in {peer_r['wall']:.2f} s ({_x(p['wall'], peer_r['wall'])} "
            "the plain loop)."
        )
    keys = ("jobs1", "jobs2", "default", "two_models", "same_as_gui")
    same = {r[k]["tokens"].get("o200k_base") for k in keys}
    same |= {gui["tokens"].get("o200k_base"), r["ceiling"]["tokens"], tok}
    lines += ["", f"Identical o200k totals in every run: **{len(same) == 1}**.", ""]
    return lines + WHERE_THE_TIME_WENT


# Profiled by hand (cProfile, ``time`` user vs wall) on 2026-12-01 while other work loaded
# the machine; the lead's idle run regenerates the tables above, not this text.
WHERE_THE_TIME_WENT = """### Where the time went (profiled 2026-12-01, before the changes of issue 12)

- **Per file, in the measuring process** (cProfile of `scan_paths(jobs=1)` on the 1,500
  files): `encode_to_tiktoken_buffer` 1.18 s of the 1.40 s inside `measure_file` (84 %);
  the words/letters statistics (`bytes.translate`/`count`) 5 %; `pathlib` parsing 4 %;
  open/read/stat 3 %; encoding detection (`_seven_bit`, the UTF-8 fast path) under 1 %;
  the batching estimates 1 %.  Beyond tiktoken a small file costs ~0.15 ms.
- **Fixed costs of a CLI scan** (6,000 files, load 0.8): plain loop 7.87 s / 7.8 CPU-s;
  `--jobs 1` 9.43 s / 9.0 CPU-s; `--jobs 2` 5.28 s / 9.0 CPU-s (1.49x).  The ~1.2 CPU-s
  over the loop are fixed: importing the CLI 0.25-0.4 s (`cli/__init__` imports every
  verb, the workbook writer and the catalog among them), loading o200k 0.4 s in each
  process (0.3 s parsing the base64 `.tiktoken` file, 0.1 s building CoreBPE), a spawned
  worker's imports 0.4 s (`importlib.metadata` for the version 70 ms, `vocab.messages`
  85 ms, `measure.documents` 200 ms), writing 6,000 JSON rows 0.11 s (now 0.07 s).
  The wall-clock gap to the ceiling is the serial part: start-up and listing before the
  pool and the output after it.
- **Parent vs worker, IPC**: with `jobs=2` the scanning process measures text batches
  beside one worker; pickling batches (<= 256 files, ~0.1 s of work each) and results is
  under 1 % of the parent's CPU.  Listing 6,000 files 0.08 s.  Cached re-scan of 6,000
  files 0.2 s in process, half of it checking each stored row (`Measurement.from_stored`).
- **Two tokenizers**: each file is read and decoded once (`TextSink` counts every
  tokenizer on the same chunks); cl100k's encode costs ~1.2x o200k's on this text.
- **The window** (cProfile of the GUI thread, 1,500 files, before batching): one queued
  signal per result and per progress report (3,000 events); each table insertion a
  relayout and repaint (~15 ms), each progress-bar update ~8 ms, each estimate shown
  ~60 ms (the results panel).  Now results arrive as lists (first after 50 ms, then every
  250 ms) and progress at most every 100 ms.  The stalls of 200-450 ms that remain were
  measured only under load (load average 4-5 on 2 cores, the GUI thread waiting for a
  core); whether they remain on an idle machine is for the idle run to show.

### Where the time went next (profiled 2026-12-02 on an idle machine)

- **The window's GUI thread** during the drop of the 6,000 files (the example plan counts
  o200k, cl100k and DeepSeek V3): 51 s of Python before (each batch of rows re-estimated
  and re-fitted the results tables, ~0.35 s a time: `resizeColumnsToContents` 0.19 s,
  the tree's columns 0.08 s; the progress bar ~20 ms per repaint), ~6.5 s after: the
  estimate follows every 2 s while a scan runs, columns are fitted only when a cell's
  length changes, rows arrive every second once a scan has run 3 s, the bar repaints 4
  times a second.  Settled total 225 s -> 75-86 s, within the CLI's time with the same
  tokenizers.  The longest stalls that remain (150-340 ms, a few per scan) are not in the
  GUI thread's Python (its longest slot is under 60 ms); full garbage collections of a
  growing plan and Qt's own layout are the suspects, not yet pinned down.
- **The window's memory**: at its first start it loaded DeepSeek V3's tokenizer (~70 MB)
  to count the example's workflow instructions; those now carry their counts
  (`Component.instruction_counts`), and tiktoken's Python copy of the ranks (~30 MB
  for o200k, ~15 MB for cl100k) is dropped after building: idle 305 MB -> ~185 MB.
- **Many small files, CLI**: `--jobs 2` was slower than `--jobs 1` when the scanning
  process held on to a batch while its worker ran dry; it now refills the worker
  between its own files.  What remains between us and the ceiling is per-file work
  beyond tiktoken (encoding detection, the word and letter statistics, the detail
  texts, building and pickling each row: 0.3-0.5 ms a file) and the fixed start (CLI
  imports ~0.35 s, each vocabulary ~0.55 s per process: parsing 0.25 s after the change,
  building tiktoken's core 0.3 s).
- **Cached re-scan, CLI**: 1.25-1.7 s for 6,000 files: interpreter and CLI imports
  ~0.35 s, reading and checking each stored row ~0.3 s (`Measurement.from_stored`),
  writing the JSON ~0.2 s, listing 0.08 s.  Importing only the verb that runs and a
  leaner stored row are the next steps.
- **Window start-up** 1.6-1.8 s: imports ~0.7 s (Qt ~0.35 s), the first layout and paint
  ~0.67 s (font loading included), opening the example ~0.26 s; the catalog tab's table
  (0.3-1 s) is now filled when the tab is first shown.  This machine sets
  `PYTHONDONTWRITEBYTECODE=1`, so without the benchmark's `compileall` every process
  compiled our modules from source (~0.4 s more per start).
- **Scale**: listing 100,000 files takes 1.7-4 s and planning the batches took another
  ~2 s (a `Path` built per file); the listing now reports what it has found every
  0.2 s and planning works on strings.

### Where the time went last (profiled 2026-12-02, a second session)

- **Many small files, CLI, `--jobs 2`**, on a timeline (the pool instrumented, in
  process): imports 0.1 s, listing 0.05 s, planning 0.05 s, loading o200k 0.23 s; then
  the scanning process and its worker both measure for 2.8 s with no idle gap (worker
  busy 2.81 s of 2.85 s, no waits between its batches), the JSON 0.07 s.  Both cores
  are busy: what separates the scan from the ceiling is CPU.  Measuring costs 12-20 %
  more than the plain loop (`process_time`, best of 6 interleaved runs on 2,000 files:
  loop 1.51 s, `measure_file` 1.70 s); with the encoder stubbed out the 6,000 files cost
  0.7-0.9 CPU-s, half of it the word and letter statistics (`bytes.translate`/`count`
  0.36 s, `str.split` of non-ASCII chunks 0.11 s), then `open`/`stat`/`pathlib`, the
  encoding check and the row.  Add the serial 0.45 s before both cores measure and the
  best a two-core run of this design reached was ~1.55x, which is what it measured
  before copies were counted once (see "Copies" below).
- **A spawned worker's start** (interpreter, imports, o200k again: 0.3-0.4 CPU-s) is
  gone from command-line scans: a single-threaded scanning process on Linux forks its
  workers after loading the vocabularies (user CPU of `--jobs 2`: 6.1-6.5 s -> 5.7-5.9
  s).  The window still spawns (its Qt threads make a fork unsafe).
- **Tried and left**: riptoken, a faster reimplementation of tiktoken's core (1.4x on
  o200k, 2.2x on cl100k here), gives other tokens on every pre-tokenizer piece of 500+
  characters (counts differed on 715 of 3,000 random long runs): not exact, not used
  (docs/NOTES.md).
- **Copies**: 14 % of this corpus's bytes are byte-identical copies of another file
  (licence texts, Perl modules installed in two places), as in a real knowledge folder
  with documents saved twice.  A text file up to 1 MiB is now hashed (BLAKE2b, ~1 ms
  per MB) and a copy gets the first file's row instead of being decoded and tokenized
  again (`measure/same_content.py`; batches go by size, so copies mostly meet in one
  process): user CPU of `--jobs 2` by hand 5.7-5.9 s -> 5.1-5.3 s (the benchmark's CPU
  column, user and system, varies 5.4-5.9 s between runs).
- **Scale**: from the end of the listing of 100,000 files to the first file measured
  took 1.4 s of planning: each file's cost was computed four times (`os.path.splitext`
  in Python each time) and the batches sorted through a key function.  Once per file, a
  one-pass suffix, a plain tuple sort and a parallel estimate that stops at its
  threshold: 0.6 s, loading o200k included.
- **The window's stalls** (60-145 ms, a few per scan, none of them in the GUI thread's
  Python): `faulthandler.dump_traceback_later`, re-armed by the 10 ms heartbeat, dumped
  every thread during each stall: the GUI thread sat in Qt's event loop while the
  estimate (on a pool thread) or the autosave computed, and the two measuring
  processes kept both cores busy.  A sleeping thread beside two busy processes never
  waited over 20 ms, so the GUI thread was waiting for a core and for the GIL: the
  window's workers now run 10 nicer (`Limits.worker_nice`) and the GUI process hands
  the GIL over within 0.5 ms (`sys.setswitchinterval`; each `data()` call Qt makes into
  Python waited up to 5 ms before).  Longest stall 105-145 ms -> 40-96 ms over eight
  drops in four runs, and the settled total came ~15 % sooner.
""".splitlines()
