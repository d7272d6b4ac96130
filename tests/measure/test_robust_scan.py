"""Hostile and real-world files: no crash, bounded time and memory, nothing lost.

Every hostile file is made by the test.  Worker deaths and stuck readers are simulated
with the pool's test hook (``worker.TEST_HOOK_ENV``, inherited by the spawned workers).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from gptbots_planner.cli import main as cli_main
from gptbots_planner.measure import worker
from gptbots_planner.measure.dispatch import Limits, measure_file
from gptbots_planner.measure.scan import scan_paths

TOK = ["o200k_base"]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux behaviour")


def _non_utf8_file(folder: Path) -> Path:
    """A file whose name is the byte 0xFF (not valid UTF-8) plus ".txt"."""
    raw = os.fsencode(folder) + b"/\xff.txt"
    try:
        with open(raw, "wb") as f:
            f.write(b"hello world\n")
    except (OSError, UnicodeError):
        pytest.skip("this file system does not take names that are not UTF-8")
    return Path(os.fsdecode(raw))


def _cli(*args: str) -> bytes:
    buf = io.BytesIO()
    out = io.TextIOWrapper(buf, encoding="utf-8", errors="strict", newline="")
    with redirect_stdout(out):
        assert cli_main(list(args)) == 0
    out.flush()
    return buf.getvalue()


# --- 1. file names that are not valid UTF-8 ------------------------------------------------


def test_a_non_utf8_name_is_measured_and_cached_losslessly(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    bad = _non_utf8_file(folder)
    from gptbots_planner.measure.cache import MeasureCache

    cache = MeasureCache(tmp_path / "cache.sqlite3")
    first = scan_paths([folder], TOK, cache=cache)
    second = scan_paths([folder], TOK, cache=cache)
    cache.close()
    for result in (first, second):
        (m,) = result.measurements
        assert m.ok and m.tokens["o200k_base"] > 0
        assert os.fsencode(m.path) == os.fsencode(bad)  # the very bytes of the name
    assert second.cache_hits == 1


@pytest.mark.parametrize("cache_flag", [[], ["--no-cache"]])
def test_cli_json_of_a_non_utf8_name_is_valid_utf8(
    tmp_path: Path, cache_flag: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GPTBOTS_PLANNER_HOME", str(tmp_path / "home"))
    folder = tmp_path / "d"
    folder.mkdir()
    bad = _non_utf8_file(folder)
    raw = _cli("measure", *cache_flag, "--format", "json", str(folder))
    data = json.loads(raw.decode("utf-8"))  # strict UTF-8: raw bytes would fail here
    (row,) = data["files"]
    assert os.fsencode(row["path"]) == os.fsencode(bad)
    assert data["totals"]["errors"] == 0


def test_table_and_csv_show_an_escaped_name(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GPTBOTS_PLANNER_HOME", str(tmp_path / "home"))
    folder = tmp_path / "d"
    folder.mkdir()
    _non_utf8_file(folder)
    table = _cli("measure", "--no-cache", str(folder)).decode("utf-8")
    assert "\\xff.txt" in table
    csv_text = _cli("measure", "--no-cache", "--format", "csv", str(folder)).decode("utf-8")
    assert "\\xff.txt" in csv_text


def test_a_plan_file_keeps_a_non_utf8_path(tmp_path: Path) -> None:
    from gptbots_planner.core.plan import Plan, PlanItem
    from gptbots_planner.core.planfile import read_plan, write_plan

    bad = _non_utf8_file(tmp_path)
    m = measure_file(bad, TOK)
    plan = Plan()
    plan.items.append(PlanItem.from_measurement(m))
    target = tmp_path / "plan.gbplan"
    write_plan(plan, target)
    target.read_bytes().decode("utf-8")  # valid UTF-8
    back = read_plan(target)
    assert os.fsencode(back.items[0].measurement.path) == os.fsencode(bad)


# --- 3. time and memory limits ---------------------------------------------------------------


def _texts(folder: Path, names: list[str]) -> None:
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text(f"the file {name}\n", encoding="utf-8")


def test_a_slow_file_is_given_up_after_its_time_limit(tmp_path: Path, monkeypatch) -> None:
    _texts(tmp_path / "d", ["a.txt", "slow.txt", "z.txt"])
    monkeypatch.setenv(worker.TEST_HOOK_ENV, "sleep:slow.txt")
    started = time.monotonic()
    result = scan_paths(
        [tmp_path / "d"], TOK, jobs=2, use_cache=False, share_work=False,
        limits=Limits(seconds_per_file=1.0),
    )  # fmt: skip
    assert time.monotonic() - started < 60
    rows = {Path(m.path).name: m for m in result.measurements}
    assert rows["slow.txt"].error_message is not None
    assert rows["slow.txt"].error_message.code == "gave_up_after"
    assert rows["slow.txt"].error.startswith("gave up after 1 s")
    assert rows["a.txt"].ok and rows["z.txt"].ok


@linux_only
def test_a_reader_stuck_in_native_code_is_given_up_too(tmp_path: Path, monkeypatch) -> None:
    # "hang" blocks the timer signal, like native code that never returns to Python: the
    # worker's watchdog ends the process, and the pool records the file as given up.
    _texts(tmp_path / "d", ["a.txt", "stuck.txt", "z.txt"])
    monkeypatch.setenv(worker.TEST_HOOK_ENV, "hang:stuck.txt")
    result = scan_paths(
        [tmp_path / "d"], TOK, jobs=2, use_cache=False, share_work=False,
        limits=Limits(seconds_per_file=1.0),
    )  # fmt: skip
    rows = {Path(m.path).name: m for m in result.measurements}
    assert rows["stuck.txt"].error_message.code == "gave_up_after"
    assert rows["a.txt"].ok and rows["z.txt"].ok
    assert result.totals.errors == 1


def hostile_pdf(levels: int = 19) -> bytes:
    """A ~2 KB PDF whose page tree lists the same child twice at every level: it claims
    2**levels pages (524,288 for 19 levels)."""
    objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>"}
    n = 2
    for level in range(levels):
        count = 2 ** (levels - level)
        objs[n] = b"<< /Type /Pages /Kids [%d 0 R %d 0 R] /Count %d >>" % (n + 1, n + 1, count)
        n += 1
    objs[n] = b"<< /Type /Page /MediaBox [0 0 612 792] /Contents %d 0 R >>" % (n + 1)
    stream = b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET"
    objs[n + 1] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (i, objs[i])
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for i in sorted(objs):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def test_a_pdf_claiming_half_a_million_pages_takes_bounded_time(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    _texts(folder, ["note.txt"])
    (folder / "tree.pdf").write_bytes(hostile_pdf())
    started = time.monotonic()
    result = scan_paths([folder], TOK, jobs=2, use_cache=False, limits=Limits(seconds_per_file=2.0))
    assert time.monotonic() - started < 60
    rows = {Path(m.path).name: m for m in result.measurements}
    pdf = rows["tree.pdf"]
    # Given up after its time limit, or (a reader that caps absurd page trees) refused or
    # capped: never the full half million pages of work.
    gave_up = pdf.error_message is not None and pdf.error_message.code == "gave_up_after"
    assert gave_up or pdf.pages < 2**19
    assert rows["note.txt"].ok


@linux_only
def test_a_worker_cannot_take_more_memory_than_its_limit() -> None:
    code = (
        "from gptbots_planner.measure import worker\n"
        "worker.limit_memory(1024**3)\n"
        "try:\n"
        "    b = bytearray(2 * 1024**3)\n"
        "except MemoryError:\n"
        "    print('limited')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "limited", out.stderr


# --- 4. a worker that dies -------------------------------------------------------------------


@pytest.mark.parametrize("how", ["kill", "exit"])
def test_a_dying_worker_costs_only_its_file(tmp_path: Path, monkeypatch, how: str) -> None:
    names = ["a.txt", "b.txt", "boom.txt", "c.txt", "d.txt"]
    _texts(tmp_path / "d", names)
    monkeypatch.setenv(worker.TEST_HOOK_ENV, f"{how}:boom.txt")
    result = scan_paths([tmp_path / "d"], TOK, jobs=2, use_cache=False, share_work=False)
    rows = {Path(m.path).name: m for m in result.measurements}
    assert sorted(rows) == names
    assert rows["boom.txt"].error_message.code == "worker_failed"
    assert all(rows[n].ok for n in names if n != "boom.txt")


def test_without_shared_work_even_one_small_text_file_goes_to_a_worker(
    tmp_path: Path, monkeypatch
) -> None:
    # Were it measured in this process, the hook would end the test run itself.
    _texts(tmp_path / "d", ["boom.txt"])
    monkeypatch.setenv(worker.TEST_HOOK_ENV, "exit:boom.txt")
    result = scan_paths([tmp_path / "d"], TOK, use_cache=False, share_work=False)
    (m,) = result.measurements
    assert m.error_message.code == "worker_failed"


def test_a_text_named_pdf_is_not_measured_in_process(tmp_path: Path, monkeypatch) -> None:
    from gptbots_planner.measure import batching, dispatch, listing

    folder = tmp_path / "d"
    _texts(folder, ["plain.txt"])
    (folder / "disguised.txt").write_bytes(hostile_pdf(3))
    entries = {Path(e.path).name: e for e in listing.walk([folder], False, None, [])}
    assert batching.safe_here(entries["plain.txt"])
    assert not batching.safe_here(entries["disguised.txt"])
    seen_here: list[str] = []
    real = dispatch.measure_file

    def spy(path, *args, **kwargs):
        seen_here.append(Path(path).name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(dispatch, "measure_file", spy)
    result = scan_paths([folder], TOK, jobs=1, use_cache=False)
    assert "disguised.txt" not in seen_here
    assert {Path(m.path).name for m in result.measurements} == {"plain.txt", "disguised.txt"}


# --- .svgz ---------------------------------------------------------------------------------


def test_svgz_is_read_as_svg(tmp_path: Path) -> None:
    import gzip

    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"></svg>'
    path = tmp_path / "logo.svgz"
    path.write_bytes(gzip.compress(svg))
    m = measure_file(path, TOK)
    assert (m.kind, m.width, m.height) == ("image", 300, 200), m.error


# --- 15. the measurement cache: unavailable, damaged, tampered --------------------------------


def _cached_scan(folder: Path, cache_path: Path):
    from gptbots_planner.measure.cache import MeasureCache

    cache = MeasureCache(cache_path)
    try:
        return scan_paths([folder], TOK, cache=cache), cache
    finally:
        cache.close()


def test_a_full_disk_disables_the_cache_and_leaves_it_alone(tmp_path: Path, monkeypatch) -> None:
    from gptbots_planner.measure import cache as cache_mod

    _texts(tmp_path / "d", ["a.txt", "b.txt"])
    db = tmp_path / "cache.sqlite3"
    _cached_scan(tmp_path / "d", db)
    _texts(tmp_path / "d", [f"new-{i:03}.txt" for i in range(300)])  # rows for many pages
    before = db.read_bytes()
    real_open = cache_mod.MeasureCache._open

    def full(self):  # a real SQLITE_FULL: the database may not grow by a single page
        conn = real_open(self)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(cache_mod.MeasureCache, "_open", full)
    result, cache = _cached_scan(tmp_path / "d", db)
    assert result.totals.errors == 0 and len(result.measurements) == 302
    assert cache.problem is not None and cache.problem.code == "cache_unavailable"
    assert not (tmp_path / "cache.sqlite3.corrupt").exists()
    assert db.exists() and db.read_bytes()[:16] == before[:16]


def test_a_read_only_cache_is_used_without_writing(tmp_path: Path, monkeypatch) -> None:
    import sqlite3

    from gptbots_planner.measure import cache as cache_mod

    _texts(tmp_path / "d", ["a.txt"])
    db = tmp_path / "cache.sqlite3"
    _cached_scan(tmp_path / "d", db)
    real_connect = sqlite3.connect

    def read_only(path, *args, **kwargs):  # what a read-only folder or file gives SQLite
        return real_connect(f"file:{path}?mode=ro", *args, uri=True, **kwargs)

    monkeypatch.setattr(cache_mod.sqlite3, "connect", read_only)
    result, cache = _cached_scan(tmp_path / "d", db)
    assert result.totals.errors == 0
    assert cache.problem is not None and cache.problem.code == "cache_unavailable"
    assert db.exists() and not (tmp_path / "cache.sqlite3.corrupt").exists()


def test_a_corrupt_cache_is_moved_aside(tmp_path: Path) -> None:
    _texts(tmp_path / "d", ["a.txt"])
    db = tmp_path / "cache.sqlite3"
    db.write_bytes(b"this is no database at all" * 100)
    result, cache = _cached_scan(tmp_path / "d", db)
    assert result.totals.errors == 0
    assert cache.problem is not None and cache.problem.code == "cache_damaged"
    assert (tmp_path / "cache.sqlite3.corrupt").read_bytes().startswith(b"this is no")


@pytest.mark.parametrize(
    "field, value", [("width", "wide"), ("seconds", "NaN"), ("tokens", {"o200k_base": -1})]
)
def test_a_tampered_cache_row_is_ignored_and_the_file_measured_again(
    tmp_path: Path, field: str, value: object
) -> None:
    import sqlite3

    folder = tmp_path / "d"
    _texts(folder, ["a.txt"])
    db = tmp_path / "cache.sqlite3"
    first, _ = _cached_scan(folder, db)
    conn = sqlite3.connect(db)
    (data,) = conn.execute("SELECT data FROM measurements").fetchone()
    row = json.loads(data)
    row[field] = value
    conn.execute("UPDATE measurements SET data = ?", (json.dumps(row),))
    conn.commit()
    conn.close()
    again, _ = _cached_scan(folder, db)
    assert again.cache_hits == 0
    assert again.measurements[0].to_dict() == first.measurements[0].to_dict()


def test_nan_seconds_never_spoil_the_totals() -> None:
    from gptbots_planner.measure.records import Measurement
    from gptbots_planner.measure.totals import compute_totals

    rows = [
        Measurement(path="/a.mp3", name="a.mp3", kind="audio", seconds="NaN"),
        Measurement(path="/b.mp3", name="b.mp3", kind="audio", seconds="1.5"),
    ]
    assert compute_totals(rows, TOK).seconds == "1.5"


# --- 17. permissions, control characters, stale temp files -----------------------------------


def test_a_permission_error_on_the_parent_is_not_no_such_file(tmp_path: Path, monkeypatch) -> None:
    from gptbots_planner.cli import measure_cmd

    target = tmp_path / "locked" / "f.txt"
    real_lstat = os.lstat

    def lstat(path, *args, **kwargs):
        if str(path) == str(target):
            raise PermissionError(13, "Permission denied", str(path))
        return real_lstat(path, *args, **kwargs)

    monkeypatch.setattr(measure_cmd.os, "lstat", lstat)
    args = measure_cmd_args(str(target))
    paths, _ = measure_cmd._check_args(args)  # no UsageError("no such file or folder")
    assert paths == [target]


def measure_cmd_args(*paths: str):
    from gptbots_planner.cli import build_parser

    return build_parser().parse_args(["measure", *paths])


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root")
def test_a_real_unreadable_parent_gives_a_permission_row(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GPTBOTS_PLANNER_HOME", str(tmp_path / "home"))
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "f.txt").write_text("x", encoding="utf-8")
    locked.chmod(0)
    try:
        out = _cli("measure", "--format", "json", str(locked / "f.txt")).decode("utf-8")
    finally:
        locked.chmod(0o755)
    (row,) = json.loads(out)["files"]
    assert row["error_code"] == "permission_denied"


def test_the_table_escapes_control_characters_in_names(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GPTBOTS_PLANNER_HOME", str(tmp_path / "home"))
    folder = tmp_path / "d"
    folder.mkdir()
    try:
        (folder / "a\x1b[31mb\rc.txt").write_text("red", encoding="utf-8")
    except OSError:
        pytest.skip("this file system does not take control characters in names")
    table = _cli("measure", "--no-cache", str(folder)).decode("utf-8")
    assert "\x1b" not in table and "\r" not in table
    assert "a\\x1b[31mb\\rc.txt" in table
    csv_text = _cli("measure", "--no-cache", "--format", "csv", str(folder)).decode("utf-8")
    assert "\x1b" not in csv_text and "\r" not in csv_text


def test_stale_temp_files_of_ours_are_removed_and_nothing_else(tmp_path: Path) -> None:
    from gptbots_planner.atomic import STALE_TEMP_S, atomic_write_text

    target = tmp_path / "plan.gbplan"
    old = time.time() - STALE_TEMP_S - 60
    stale = tmp_path / ".plan.gbplan.ab_cd123.tmp"
    fresh = tmp_path / ".plan.gbplan.zz99yy88.tmp"  # maybe another process's write
    not_ours = [
        tmp_path / ".plan.gbplan.notours.tmp",  # 7 characters, not mkstemp's 8
        tmp_path / ".other.gbplan.ab_cd123.tmp",
        tmp_path / "plan.gbplan.ab_cd123.tmp",
        tmp_path / "notes.tmp",
    ]
    for p in [stale, fresh, *not_ours]:
        p.write_text("x", encoding="utf-8")
        if p is not fresh:
            os.utime(p, (old, old))
    atomic_write_text(target, "{}\n")
    assert not stale.exists()
    assert fresh.exists() and all(p.exists() for p in not_ours)
    assert target.read_text(encoding="utf-8") == "{}\n"
