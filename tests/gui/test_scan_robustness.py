"""The window measures in worker processes only: a worker's death costs one row, not the
window, and names that are not UTF-8 are added like any other."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gptbots_planner.measure import worker


def _rows(controller) -> dict[str, object]:
    model = controller.model
    return {model.item_at(r).name: model.item_at(r) for r in range(model.rowCount())}


def test_a_worker_killed_on_a_dropped_file_costs_only_that_row(
    drop, qtbot, make_controller, tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "material"
    folder.mkdir()
    for name in ("a.txt", "boom.txt", "c.txt"):
        (folder / name).write_text(f"the file {name}\n", encoding="utf-8")
    # Were the small scan measured in the window's process, this would end the test run.
    monkeypatch.setenv(worker.TEST_HOOK_ENV, "kill:boom.txt")
    controller = make_controller()
    controller.start([])
    with qtbot.waitSignal(controller.scans.scanFinished, timeout=60000):
        drop(controller.window.workspace, [folder])
    rows = _rows(controller)
    assert rows["boom.txt"].measurement.error_message.code == "worker_failed"
    assert rows["a.txt"].measurement.ok and rows["c.txt"].measurement.ok
    assert not controller.scans.busy


def test_a_dropped_folder_with_a_non_utf8_name_adds_its_file(
    drop, qtbot, make_controller, tmp_path: Path
) -> None:
    folder = tmp_path / "material"
    folder.mkdir()
    try:
        with open(os.fsencode(folder) + b"/\xff.txt", "wb") as f:
            f.write(b"hello\n")
    except (OSError, UnicodeError):
        pytest.skip("this file system does not take names that are not UTF-8")
    controller = make_controller()
    controller.start([])
    before = controller.model.rowCount()
    with qtbot.waitSignal(controller.scans.scanFinished, timeout=60000) as blocker:
        drop(controller.window.workspace, [folder])
    assert blocker.args[0] is not None  # a ScanResult, not an error
    assert controller.model.rowCount() == before + 1
    (item,) = [controller.model.item_at(r) for r in range(before, before + 1)]
    assert os.fsencode(item.measurement.path).endswith(b"/\xff.txt")
    assert item.measurement.ok
