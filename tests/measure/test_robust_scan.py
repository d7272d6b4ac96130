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
    result = scan_paths(
        [folder], TOK, jobs=2, use_cache=False, limits=Limits(seconds_per_file=2.0)
    )
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
