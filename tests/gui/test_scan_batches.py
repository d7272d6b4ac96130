"""The window's scan sends results and progress on in batches, and inserts rows a batch at
a time (one beginInsertRows per batch), with every file's row and the same totals."""

from __future__ import annotations

from pathlib import Path

from gptbots_planner.gui.scan_controller import (
    BATCH_MS,
    LONG_BATCH_MS,
    PROGRESS_MS,
    RAMP_S,
    ResultBatcher,
)
from gptbots_planner.measure.records import Measurement
from gptbots_planner.measure.scan import ScanProgress
from gptbots_planner.measure.tokens import count_tokens


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _m(i: int) -> Measurement:
    return Measurement(path=f"/x/{i}.txt", name=f"{i}.txt", kind="text")


def test_batcher_groups_results_and_thins_progress_keeping_the_last() -> None:
    clock = _Clock()
    batches: list[list[Measurement]] = []
    reports: list[ScanProgress] = []
    b = ResultBatcher(batches.append, reports.append, clock)  # type: ignore[arg-type]
    total = 100
    for i in range(total):
        clock.now += 0.002  # 500 files a second
        b.add(_m(i))
        b.progress(ScanProgress(i + 1, total, i + 1, total))
    b.flush()
    sent = [m.path for batch in batches for m in batch]
    assert sent == [f"/x/{i}.txt" for i in range(total)]  # every result, once, in order
    assert len(batches) <= 0.2 / (BATCH_MS / 1000) + 2  # 0.2 s of results: a few batches
    assert len(batches[0]) < len(batches[-1]) or len(batches) == 1  # the first rows early
    assert len(reports) <= 0.2 / (PROGRESS_MS / 1000) + 2
    done = [p.files_done for p in reports]
    assert done == sorted(done) and done[0] == 1 and done[-1] == total


def test_a_long_scan_sends_fewer_bigger_batches() -> None:
    clock = _Clock()
    sent_at: list[float] = []
    b = ResultBatcher(lambda _batch: sent_at.append(clock.now), lambda _p: None, clock)
    seconds = RAMP_S + 5
    for i in range(int(seconds / 0.01)):
        clock.now += 0.01  # 100 files a second
        b.add(_m(i))
    gaps = [later - earlier for earlier, later in zip(sent_at, sent_at[1:], strict=False)]
    early = [g for g, t in zip(gaps, sent_at[1:], strict=False) if t < RAMP_S]
    late = [g for g, t in zip(gaps, sent_at[1:], strict=False) if t > RAMP_S + LONG_BATCH_MS / 1000]
    assert early and min(early) >= BATCH_MS / 1000 - 1e-9 and max(early) < LONG_BATCH_MS / 1000
    assert late and min(late) >= LONG_BATCH_MS / 1000 - 1e-9
    assert len(late) <= 5 / (LONG_BATCH_MS / 1000) + 1


def test_batcher_flush_sends_every_row_and_the_last_progress() -> None:
    clock = _Clock()
    events: list[object] = []
    b = ResultBatcher(
        lambda batch: events.append(("rows", len(batch))),  # type: ignore[arg-type, union-attr]
        lambda p: events.append(("progress", p.files_done)),  # type: ignore[union-attr]
        clock,
    )
    b.progress(ScanProgress(0, 3, 0, 3))
    b.add(_m(0))
    b.add(_m(1))
    b.progress(ScanProgress(2, 3, 2, 3))  # within PROGRESS_MS of the first: held back
    assert events == [("progress", 0)]
    b.flush()
    assert events == [("progress", 0), ("rows", 2), ("progress", 2)]


def test_a_dropped_folder_is_inserted_in_batches(
    drop, qtbot, make_controller, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    n = 120
    for i in range(n):
        (folder / f"f{i:03d}.txt").write_text(f"file number {i} says hello\n", encoding="utf-8")
    controller = make_controller()
    controller.start([])
    inserts: list[int] = []
    controller.model.rowsInserted.connect(lambda _p, first, last: inserts.append(last - first + 1))
    with qtbot.waitSignal(controller.scans.scanFinished, timeout=120000):
        drop(controller.window.workspace, [folder])
    assert sum(inserts) == n
    assert len(inserts) < n  # a batch at a time, not a row at a time
    rows = [controller.model.item_at(r) for r in range(controller.model.rowCount())]
    files = [item for item in rows if item.text is None]  # the example plan's pasted texts aside
    assert {item.name for item in files} == {f"f{i:03d}.txt" for i in range(n)}
    total = sum(item.measurement.tokens["o200k_base"] for item in files)
    assert total == sum(count_tokens(f"file number {i} says hello\n") for i in range(n))


def test_the_estimate_follows_a_scan_every_interval_and_at_once_after_it(
    drop, qtbot, make_controller, tmp_path: Path
) -> None:
    from gptbots_planner.gui.estimate_controller import DEBOUNCE_MS, SCANNING_INTERVAL_MS

    controller = make_controller()
    controller.start([])
    estimates = controller.estimates
    qtbot.waitUntil(lambda: not estimates.pending and estimates.latest is not None, timeout=30000)
    timer = estimates._timer

    # While a scan runs, a batch of rows does not push the estimate back.
    estimates.set_scanning(True)
    estimates.schedule()
    assert timer.interval() == SCANNING_INTERVAL_MS
    qtbot.wait(300)
    left = timer.remainingTime()
    estimates.schedule()  # the next batch
    assert 0 <= timer.remainingTime() <= left  # not restarted
    # The scan ends: the estimate waiting for its turn comes at once.
    estimates.set_scanning(False)
    assert timer.isActive() and timer.interval() == DEBOUNCE_MS
    with qtbot.waitSignal(estimates.estimated, timeout=10000):
        pass

    # A real drop: the estimate after the scan counts every file.
    folder = tmp_path / "some"
    folder.mkdir()
    for i in range(30):
        (folder / f"f{i:02d}.txt").write_text(f"knowledge line {i}\n" * 20, encoding="utf-8")
    seen: list[int] = []  # the dropped files in each estimated plan snapshot
    estimates.estimated.connect(
        lambda _e, plan, _c, _err: seen.append(
            sum(1 for i in plan.items if i.text is None and i.name.startswith("f"))
        )
    )
    with qtbot.waitSignal(controller.scans.scanFinished, timeout=120000):
        drop(controller.window.workspace, [folder])
    assert timer.interval() == DEBOUNCE_MS or not timer.isActive()  # not throttled after it
    qtbot.waitUntil(lambda: bool(seen) and seen[-1] == 30, timeout=10000)
