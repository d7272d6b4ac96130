"""Undo while a dropped folder is still being measured.

The real window and ``ScanController`` run the real scan (worker processes and all); only
the scan's ``on_result`` goes through a gate the test opens one file at a time, and every
result is its own batch (``BATCH_MS`` 0), so "mid-scan" is a known point: some files in
the plan, the rest still to come.  Undo then must cancel the scan and take out every file
it added, no later batch may bring files back (as a new undo step), and Redo puts back
exactly the files that had arrived.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from gptbots_planner.gui import scan_controller
from gptbots_planner.measure.records import Measurement

N_FILES = 30
ARRIVED = 3  # files let through before Undo


class Gate:
    """Holds each result the scan reports until the test lets one through (or opens it)."""

    def __init__(self) -> None:
        self.permits = threading.Semaphore(0)
        self.opened = threading.Event()
        self.passed: list[str] = []  # paths handed on to the controller, in order
        self.holding = threading.Event()  # a result waits at the gate
        self.lock = threading.Lock()

    def let_one_through(self) -> None:
        self.permits.release()

    def open(self) -> None:
        self.opened.set()

    def wait(self) -> None:
        deadline = time.monotonic() + 60  # a broken test fails, it does not hang
        self.holding.set()
        try:
            while not self.opened.is_set() and time.monotonic() < deadline:
                if self.permits.acquire(timeout=0.02):
                    return
        finally:
            self.holding.clear()

    def count(self) -> int:
        with self.lock:
            return len(self.passed)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    gate = Gate()
    real = scan_controller.scan_paths

    def gated(*args: Any, on_result: Callable[[Measurement], None], **kwargs: Any) -> Any:
        def through(measurement: Measurement) -> None:
            gate.wait()
            with gate.lock:
                gate.passed.append(measurement.path)
            on_result(measurement)

        return real(*args, on_result=through, **kwargs)

    monkeypatch.setattr(scan_controller, "scan_paths", gated)
    monkeypatch.setattr(scan_controller, "FIRST_BATCH_MS", 0)
    monkeypatch.setattr(scan_controller, "BATCH_MS", 0)  # every result a batch of its own
    yield gate
    gate.open()  # never leave a scan thread waiting


def folder_of_files(tmp_path: Path, name: str, n: int = N_FILES) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for i in range(n):
        (folder / f"{name}{i:03d}.txt").write_text(f"{name} file {i} says hello\n" * 3, "utf-8")
    return folder


def file_paths(controller) -> list[str]:
    return [item.measurement.path for item in controller.document.plan.items if item.text is None]


def arrive(qtbot, controller, gate: Gate, n: int) -> None:
    """Let ``n`` more files through, one batch (one ``add_items``) at a time."""
    for _ in range(n):
        expected = len(file_paths(controller)) + 1
        gate.let_one_through()
        qtbot.waitUntil(lambda e=expected: len(file_paths(controller)) == e, timeout=60000)


def idle(qtbot, controller) -> None:
    qtbot.waitUntil(lambda: not controller.scans.busy, timeout=60000)


def progress_shown(controller) -> bool:
    workspace = controller.window.workspace
    return not (workspace.progress_bar.isHidden() and workspace.cancel_button.isHidden())


def test_undo_mid_scan_cancels_it_and_redo_adds_the_files_that_had_arrived(
    qtbot, make_controller, drop, tmp_path: Path, gate: Gate
) -> None:
    folder = folder_of_files(tmp_path, "many")
    controller = make_controller()
    controller.new_plan()
    window, stack = controller.window, controller.document.undo_stack
    finished: list[object] = []
    controller.scans.scanFinished.connect(finished.append)
    drop(window.workspace, [folder])
    assert controller.scans.busy
    arrive(qtbot, controller, gate, ARRIVED)
    arrived = file_paths(controller)
    assert sorted(arrived) == sorted(gate.passed) and len(arrived) == ARRIVED
    assert stack.count() == 1  # three batches, one step (they merge)
    assert window.undo_action.text() == f"&Undo Add {ARRIVED} files"
    qtbot.waitUntil(gate.holding.is_set, timeout=60000)  # the next result is measured

    window.undo_action.trigger()  # Ctrl+Z while the scan runs
    assert file_paths(controller) == []
    assert controller.model.rowCount() == 0
    assert window.workspace.progress_label.text() == "Cancelling…"
    assert not window.workspace.cancel_button.isEnabled()
    sent_before_undo = gate.count()
    gate.open()  # what the workers still finish is reported now
    idle(qtbot, controller)

    assert gate.count() > sent_before_undo  # a batch did arrive after the undo ...
    assert file_paths(controller) == []  # ... and none was added
    assert stack.count() == 1 and stack.index() == 0  # no step that adds them back
    assert window.redo_action.isEnabled()
    assert len(finished) == 1  # one scan, ended
    assert not progress_shown(controller)
    assert window.statusBar().currentMessage() == (
        "Measuring cancelled: adding its files was undone."
    )

    window.redo_action.trigger()
    assert sorted(file_paths(controller)) == sorted(arrived)  # exactly those, once each
    assert controller.model.rowCount() == ARRIVED
    assert stack.count() == 1 and stack.index() == 1
    window.undo_action.trigger()
    assert file_paths(controller) == []
    assert not controller.scans.busy  # nothing started again


def test_cancel_keeps_the_files_measured_so_far(
    qtbot, make_controller, drop, tmp_path: Path, gate: Gate
) -> None:
    folder = folder_of_files(tmp_path, "some")
    controller = make_controller()
    controller.new_plan()
    workspace = controller.window.workspace
    drop(workspace, [folder])
    arrive(qtbot, controller, gate, 2)
    workspace.cancel_button.click()
    assert workspace.progress_label.text() == "Cancelling…"
    gate.open()
    idle(qtbot, controller)
    assert sorted(file_paths(controller)) == sorted(gate.passed)  # every reported file added
    assert len(file_paths(controller)) >= 2  # (the workers may have finished them all)
    assert controller.document.undo_stack.count() == 1
    assert not progress_shown(controller)
    assert controller.window.statusBar().currentMessage() == "Measuring cancelled."


def test_undoing_an_earlier_drop_leaves_the_running_scan_alone(
    qtbot, make_controller, drop, tmp_path: Path, gate: Gate
) -> None:
    first, second = folder_of_files(tmp_path, "one", 2), folder_of_files(tmp_path, "two", 4)
    controller = make_controller()
    controller.new_plan()
    window, stack = controller.window, controller.document.undo_stack
    drop(window.workspace, [first])
    arrive(qtbot, controller, gate, 2)
    idle(qtbot, controller)
    drop(window.workspace, [second])  # running, nothing of it added yet
    assert controller.scans.busy
    window.undo_action.trigger()  # takes out the first drop: not the running scan's step
    assert file_paths(controller) == []
    gate.open()
    idle(qtbot, controller)
    assert sorted(file_paths(controller)) == sorted(str(p) for p in second.iterdir())
    assert stack.count() == 1 and stack.index() == 1  # the first drop's step was replaced
    assert controller.window.statusBar().currentMessage() != "Measuring cancelled."
