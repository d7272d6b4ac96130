"""Folder scans: recursion, hidden files, order, progress, parallel equality, cancel."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import pytest

from gptbots_planner.measure import batching, dispatch, pool
from gptbots_planner.measure.errors import MeasureCancelled
from gptbots_planner.measure.listing import Entry
from gptbots_planner.measure.scan import CancelToken, ScanProgress, scan_paths
from gptbots_planner.measure.tokens import UnknownTokenizerError, count_tokens


def _tree(root: Path, make) -> dict[str, str]:
    texts = {
        "a.txt": "Alpha file.\n",
        "sub/b.md": "# Beta\n\nSome *markdown* here.\n",
        "sub/deeper/c.py": "print('gamma')\n",
        "sub/zh.txt": "中文内容，用于测试。\n",
    }
    for rel, content in texts.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(content, encoding="utf-8")
    (root / ".hidden.txt").write_text("secret hidden text\n", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    make.docx(root / "sub" / "d.docx", ["Delta document"])
    return texts


def test_recursive_scan_sorted_and_totalled(tmp_path: Path, make) -> None:
    texts = _tree(tmp_path, make)
    result = scan_paths([tmp_path], ["o200k_base", "cl100k_base"], jobs=1, use_cache=False)
    paths = [m.path for m in result.measurements]
    assert paths == sorted(paths)
    names = {Path(p).name for p in paths}
    assert names == {"a.txt", "b.md", "c.py", "zh.txt", "d.docx"}  # hidden skipped
    expected_text = "".join(texts.values())
    for name in ("o200k_base", "cl100k_base"):
        expected = sum(count_tokens(t, name) for t in texts.values()) + count_tokens(
            "Delta document\n", name
        )
        assert result.totals.tokens[name] == expected
    assert result.totals.chars == len(expected_text) + len("Delta document\n")
    assert result.totals.files == 5
    assert result.totals.text_files == 4
    assert result.totals.documents == 1
    assert result.totals.errors == 0
    assert not result.cancelled


def test_include_hidden(tmp_path: Path, make) -> None:
    _tree(tmp_path, make)
    result = scan_paths([tmp_path], ["o200k_base"], jobs=1, use_cache=False, include_hidden=True)
    names = {Path(m.path).name for m in result.measurements}
    assert {".hidden.txt", "config"} <= names


def test_hidden_file_named_explicitly_is_measured(tmp_path: Path) -> None:
    hidden = tmp_path / ".notes.txt"
    hidden.write_text("note\n", encoding="utf-8")
    result = scan_paths([hidden], ["o200k_base"], jobs=1, use_cache=False)
    assert [Path(m.path).name for m in result.measurements] == [".notes.txt"]


def test_same_file_twice_counts_once(tmp_path: Path) -> None:
    f = tmp_path / "one.txt"
    f.write_text("once\n", encoding="utf-8")
    result = scan_paths([tmp_path, f, tmp_path], ["o200k_base"], jobs=1, use_cache=False)
    assert len(result.measurements) == 1


def test_progress_reports_reach_the_totals(tmp_path: Path, make) -> None:
    _tree(tmp_path, make)
    seen: list[ScanProgress] = []
    streamed = []
    result = scan_paths(
        [tmp_path],
        ["o200k_base"],
        jobs=1,
        use_cache=False,
        progress=seen.append,
        on_result=streamed.append,
    )
    assert seen[0].files_done == 0 and seen[0].files_total == 5
    last = seen[-1]
    assert (last.files_done, last.files_total) == (5, 5)
    assert last.bytes_done == last.bytes_total == sum(m.size_bytes for m in result.measurements)
    assert sorted(m.path for m in streamed) == [m.path for m in result.measurements]
    assert any(p.current.endswith("c.py") for p in seen)


@pytest.mark.parametrize("share_work", [True, False], ids=["here", "in-a-worker"])
def test_a_big_file_reports_progress_while_it_is_read(tmp_path: Path, share_work: bool) -> None:
    # A 1 GB file used to show "0 of 1 files" until it was done: the reader reports its
    # position, from this process or from a worker's shared slot.
    line = "A line of a big knowledge file, repeated to make it long enough.\n"
    big = tmp_path / "big.txt"
    big.write_text(line * (10 * 1024**2 // len(line)), encoding="utf-8")
    seen: list[ScanProgress] = []
    result = scan_paths(
        [big], ["o200k_base"], jobs=1, use_cache=False, progress=seen.append, share_work=share_work
    )
    total = big.stat().st_size
    assert result.totals.files == 1 and result.measurements[0].ok
    inside = [p.bytes_done for p in seen if p.files_done == 0 and 0 < p.bytes_done < total]
    assert inside, [p.bytes_done for p in seen]  # the bar moved before the file was done
    done = [p.bytes_done for p in seen]
    assert done == sorted(done) and done[-1] == total  # never backwards, ends at the total


def test_a_long_listing_reports_what_it_has_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 100,000 files take seconds to list: the count found so far is reported meanwhile.
    from gptbots_planner.measure import scan

    _many_files(tmp_path, 600)
    monkeypatch.setattr(scan, "LISTING_REPORT_S", 0)
    seen: list[ScanProgress] = []
    scan_paths([tmp_path], ["o200k_base"], jobs=1, use_cache=False, progress=seen.append)
    listing = [p for p in seen if p.listing]
    assert [p.files_total for p in listing] == [256, 512]  # every 256 files found
    assert all(p.files_done == 0 and p.bytes_done == 0 and p.bytes_total > 0 for p in listing)
    after = seen[len(listing) :]
    assert after and not any(p.listing for p in after)  # then the scan's own reports
    assert seen.index(listing[-1]) < seen.index(after[0])
    assert after[-1].files_done == after[-1].files_total == 600


def test_unknown_tokenizer_raises_before_work(tmp_path: Path) -> None:
    with pytest.raises(UnknownTokenizerError):
        scan_paths([tmp_path], ["gpt2"], jobs=1)


def _many_files(root: Path, n: int) -> None:
    for i in range(n):
        sub = root / f"dir{i % 7}"
        sub.mkdir(exist_ok=True)
        (sub / f"f{i:03}.txt").write_text(
            f"File {i}: " + "some words and 中文 " * (i % 13 + 1) + "\n", encoding="utf-8"
        )


def test_two_processes_give_identical_results(
    tmp_path: Path, make, monkeypatch: pytest.MonkeyPatch
) -> None:
    _many_files(tmp_path, 150)
    make.docx(tmp_path / "doc.docx", ["A document in the pool"])
    make.pdf(tmp_path / "doc.pdf", [["A PDF in the pool"]])
    single = scan_paths([tmp_path], ["o200k_base", "cl100k_base"], jobs=1, use_cache=False)
    monkeypatch.setattr(batching, "PARALLEL_MIN_SECONDS", 0)
    monkeypatch.setattr(batching, "BATCH_FILES", 10)
    used_pool: list[int] = []
    real_pool = pool.run_pool

    def spy(entries, tokenizers, encoding, limits, n_jobs, *rest):
        used_pool.append(n_jobs)
        return real_pool(entries, tokenizers, encoding, limits, n_jobs, *rest)

    monkeypatch.setattr(pool, "run_pool", spy)
    double = scan_paths([tmp_path], ["o200k_base", "cl100k_base"], jobs=2, use_cache=False)
    assert used_pool == [2]
    assert double.totals == single.totals
    assert [m.to_dict() for m in double.measurements] == [m.to_dict() for m in single.measurements]


def test_share_work_false_leaves_all_measuring_to_the_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The GUI's scans: measuring in the window's process stalls its event loop.
    _many_files(tmp_path, 150)
    monkeypatch.setattr(batching, "PARALLEL_MIN_SECONDS", 0)
    monkeypatch.setattr(batching, "BATCH_FILES", 10)
    here: list[str] = []
    real = dispatch.measure_file

    def spy(path, *args, **kwargs):  # spawned workers do not see the spy
        here.append(str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(pool, "may_fork", lambda: False)
    monkeypatch.setattr(dispatch, "measure_file", spy)
    shared = scan_paths([tmp_path], ["o200k_base"], jobs=2, use_cache=False)
    assert here  # by default this process takes text batches too
    here.clear()
    alone = scan_paths([tmp_path], ["o200k_base"], jobs=2, use_cache=False, share_work=False)
    assert here == []
    assert alone.totals == shared.totals and alone.totals.files == 150


def test_workers_are_fed_while_this_process_measures_its_own_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The scanning process measures text batches beside the workers.  A worker must not wait
    # for it to finish a batch before getting more: here this process is made slow (0.1 s a
    # file, the workers are not), so the worker should end up with nearly all the files.
    # Without refilling between files it got one batch in three (two per parent batch).
    _many_files(tmp_path, 300)
    monkeypatch.setattr(batching, "PARALLEL_MIN_SECONDS", 0)
    monkeypatch.setattr(batching, "BATCH_FILES", 15)
    here: list[str] = []
    real = dispatch.measure_file

    def slow(path, *args, **kwargs):  # spawned workers do not see it (forked ones would)
        here.append(str(path))
        time.sleep(0.1)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(pool, "may_fork", lambda: False)
    monkeypatch.setattr(dispatch, "measure_file", slow)
    result = scan_paths([tmp_path], ["o200k_base"], jobs=2, use_cache=False)
    assert result.totals.files == 300 and not result.cancelled
    assert here  # it did take a share
    assert len(here) <= 0.2 * 300, len(here)


LINUX_ONLY = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux")


def _record_pids(monkeypatch: pytest.MonkeyPatch, log: Path) -> None:
    """Make ``dispatch.measure_file`` note its process and niceness in ``log`` ("pid nice"
    lines): a forked worker inherits the patch, a spawned one imports the module afresh
    and does not."""
    real = dispatch.measure_file

    def noting(path, *args, **kwargs):
        with open(log, "a", encoding="utf-8") as f:
            f.write(f"{os.getpid()} {os.nice(0)}\n")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(dispatch, "measure_file", noting)


def _logged(log: Path) -> set[tuple[int, int]]:
    return {tuple(map(int, line.split())) for line in log.read_text(encoding="utf-8").splitlines()}


def _record_contexts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The start methods the pool asks ``multiprocessing`` for, in order."""
    contexts: list[str] = []
    real_context = pool.multiprocessing.get_context

    def context(method: str):
        contexts.append(method)
        return real_context(method)

    monkeypatch.setattr(pool.multiprocessing, "get_context", context)
    return contexts


@LINUX_ONLY
def test_a_single_threaded_scanning_process_forks_workers_that_inherit_its_vocabularies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "d").mkdir()
    _many_files(tmp_path / "d", 120)
    single = scan_paths([tmp_path / "d"], ["o200k_base", "cl100k_base"], jobs=1, use_cache=False)
    monkeypatch.setattr(batching, "PARALLEL_MIN_SECONDS", 0)
    monkeypatch.setattr(batching, "BATCH_FILES", 10)
    monkeypatch.setattr(pool, "may_fork", lambda: True)
    contexts = _record_contexts(monkeypatch)
    loaded: list[str] = []
    real_get_encoding = pool.get_encoding
    monkeypatch.setattr(pool, "get_encoding", lambda n: loaded.append(n) or real_get_encoding(n))
    log = tmp_path / "pids.txt"
    _record_pids(monkeypatch, log)
    double = scan_paths([tmp_path / "d"], ["o200k_base", "cl100k_base"], jobs=2, use_cache=False)
    assert contexts == ["fork"]
    assert loaded == ["o200k_base", "cl100k_base"]  # before the fork, for the workers
    pids = {pid for pid, _ in _logged(log)}
    assert os.getpid() in pids and len(pids) == 2  # this process and its forked worker
    assert [m.to_dict() for m in double.measurements] == [m.to_dict() for m in single.measurements]


@LINUX_ONLY
def test_workers_lower_their_priority_by_limits_worker_nice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "d").mkdir()
    _many_files(tmp_path / "d", 60)
    monkeypatch.setattr(batching, "PARALLEL_MIN_SECONDS", 0)
    monkeypatch.setattr(batching, "BATCH_FILES", 10)
    monkeypatch.setattr(pool, "may_fork", lambda: True)  # a forked worker sees the patch
    log = tmp_path / "nice.txt"
    _record_pids(monkeypatch, log)
    mine = os.nice(0)
    limits = dispatch.Limits(worker_nice=7)
    result = scan_paths([tmp_path / "d"], ["o200k_base"], jobs=2, use_cache=False, limits=limits)
    assert result.totals.files == 60
    seen = _logged(log)
    assert (os.getpid(), mine) in seen  # this process keeps its priority
    workers = {nice for pid, nice in seen if pid != os.getpid()}
    assert workers == {min(mine + 7, 19)}
    assert os.nice(0) == mine


def test_workers_are_spawned_beside_other_threads_and_for_the_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    other = threading.Thread(target=release.wait, daemon=True)
    other.start()
    try:
        assert not pool.may_fork()  # a fork would copy only this thread (held locks too)
    finally:
        release.set()
        other.join()
    (tmp_path / "d").mkdir()
    _many_files(tmp_path / "d", 40)
    monkeypatch.setattr(batching, "PARALLEL_MIN_SECONDS", 0)
    monkeypatch.setattr(batching, "BATCH_FILES", 10)
    monkeypatch.setattr(pool, "may_fork", lambda: True)  # even so: the window never forks
    log = tmp_path / "pids.txt"
    _record_pids(monkeypatch, log)
    result = scan_paths([tmp_path / "d"], ["o200k_base"], jobs=2, use_cache=False, share_work=False)
    assert result.totals.files == 40 and result.totals.errors == 0
    assert not log.exists()  # spawned workers never saw the patched function


@LINUX_ONLY
def test_after_a_forked_worker_dies_the_pool_starts_again_with_spawned_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gptbots_planner.measure import worker

    folder = tmp_path / "d"
    folder.mkdir()
    # Not plain text by name: only workers measure them.  The biggest goes first, in a
    # batch of two: its partner is still to do when the worker dies, so a new executor
    # must start.
    names = ["boom.pdf", *(f"f{i}.pdf" for i in range(9))]
    for i, name in enumerate(names):
        text = f"{name} is text under a PDF name\n" * (20 - i)
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(batching, "PARALLEL_MIN_SECONDS", 0)
    monkeypatch.setattr(batching, "BATCH_FILES", 2)
    monkeypatch.setattr(pool, "may_fork", lambda: True)
    monkeypatch.setenv(worker.TEST_HOOK_ENV, "exit:boom.pdf")
    contexts = _record_contexts(monkeypatch)
    result = scan_paths([folder], ["o200k_base"], jobs=2, use_cache=False)
    rows = {Path(m.path).name: m for m in result.measurements}
    assert sorted(rows) == names
    assert rows["boom.pdf"].error_message.code == "worker_failed"
    assert contexts[0] == "fork" and len(contexts) > 1 and set(contexts[1:]) == {"spawn"}


def test_cancel_in_process(tmp_path: Path) -> None:
    _many_files(tmp_path, 40)
    token = CancelToken()
    got = []

    def on_result(m) -> None:
        got.append(m)
        if len(got) == 3:
            token.cancel()

    result = scan_paths(
        [tmp_path], ["o200k_base"], jobs=1, use_cache=False, cancel=token, on_result=on_result
    )
    assert token.cancelled
    assert result.cancelled
    assert len(result.measurements) == 3


def test_cancel_with_worker_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _many_files(tmp_path, 120)
    monkeypatch.setattr(batching, "PARALLEL_MIN_SECONDS", 0)
    monkeypatch.setattr(batching, "BATCH_FILES", 10)
    token = CancelToken()

    def on_result(m) -> None:
        token.cancel()

    result = scan_paths(
        [tmp_path], ["o200k_base"], jobs=2, use_cache=False, cancel=token, on_result=on_result
    )
    assert result.cancelled
    assert 1 <= len(result.measurements) < 120


def test_cancel_before_start(tmp_path: Path) -> None:
    _many_files(tmp_path, 5)
    token = CancelToken()
    token.cancel()
    result = scan_paths([tmp_path], ["o200k_base"], jobs=1, use_cache=False, cancel=token)
    assert result.cancelled
    assert result.measurements == []


def test_cancel_stops_inside_a_big_file(tmp_path: Path) -> None:
    # should_stop is polled between 1 MB blocks/chunks: a huge file stops part-way.
    big = tmp_path / "big.txt"
    big.write_text("line of text\n" * 300_000, encoding="utf-8")  # ~3.9 MB
    calls = []

    def should_stop() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(MeasureCancelled):
        dispatch.measure_file(big, ["o200k_base"], should_stop=should_stop)
    assert len(calls) == 3


def test_default_jobs_is_the_usable_cpu_count(monkeypatch) -> None:
    # The CPUs this process may run on (a container's or taskset's limit), not the machine's.
    monkeypatch.setattr(batching.os, "sched_getaffinity", lambda pid: {0, 2, 5}, raising=False)
    monkeypatch.setattr(batching.os, "cpu_count", lambda: 64)
    assert batching.default_jobs() == 3


def test_default_jobs_falls_back_to_cpu_count_and_at_least_one(monkeypatch) -> None:
    def no_affinity(pid: int) -> set[int]:
        raise OSError("not supported")

    monkeypatch.setattr(batching.os, "sched_getaffinity", no_affinity, raising=False)
    monkeypatch.setattr(batching.os, "cpu_count", lambda: 6)
    assert batching.default_jobs() == 6
    monkeypatch.setattr(batching.os, "cpu_count", lambda: None)  # unknown: one worker
    assert batching.default_jobs() == 1


def test_batches_put_big_files_alone_and_first_and_text_apart() -> None:
    big = int(batching.TEXT_BYTES_PER_S * batching.BATCH_SECONDS * 2)
    sizes = [10, big, 20, 30]
    entries = [Entry(f"/f{i}.txt", size, 1) for i, size in enumerate(sizes)]
    entries += [Entry(f"/p{i}.png", 10**6, 1) for i in range(3)]
    batches = batching.make_batches(entries)
    assert [e.path for e in batches[0].entries] == ["/f1.txt"]
    rest = [sorted(e.path for e in b.entries) for b in batches[1:]]
    assert sorted(rest) == [["/f0.txt", "/f2.txt", "/f3.txt"], ["/p0.png", "/p1.png", "/p2.png"]]
    # Each batch knows whether its files have plain-text names (the scanning process may
    # take those) and its estimated seconds.
    assert {b.entries[0].path[-3:]: b.text for b in batches} == {"txt": True, "png": False}
    assert batches[0].cost == pytest.approx(batching.estimated_seconds(batches[0].entries))
    assert sum(b.cost for b in batches) == pytest.approx(batching.estimated_seconds(entries))


def test_small_scans_stay_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _many_files(tmp_path, 20)

    def no_pool(*args, **kwargs):
        raise AssertionError("a process pool for a tiny scan")

    monkeypatch.setattr(pool, "run_pool", no_pool)
    result = scan_paths([tmp_path], ["o200k_base"], jobs=2, use_cache=False)
    assert result.totals.files == 20


def test_estimate_prices_text_by_size_and_media_by_file() -> None:
    big_text = [Entry("/a/big.txt", 80 * 1024**2, 1)]
    many_images = [Entry(f"/a/{i}.png", 5 * 1024**2, 1) for i in range(100)]
    assert batching.estimated_seconds(big_text) >= batching.PARALLEL_MIN_SECONDS
    assert batching.estimated_seconds(many_images) < batching.PARALLEL_MIN_SECONDS


def test_cancel_stops_between_pdf_pages(tmp_path: Path, make) -> None:
    pdf = make.pdf(tmp_path / "long.pdf", [[f"page {i}"] for i in range(50)])
    calls = []

    def should_stop() -> bool:
        calls.append(1)
        return len(calls) > 5

    with pytest.raises(MeasureCancelled):
        dispatch.measure_file(pdf, ["o200k_base"], should_stop=should_stop)
    assert len(calls) == 6
