"""How the window runs its scans: every file in niced worker processes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from gptbots_planner.gui import scan_controller


def test_the_window_measures_in_niced_workers_only(
    qtbot, make_controller, drop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("Some words to count.\n", encoding="utf-8")
    calls: list[dict[str, Any]] = []
    real = scan_controller.scan_paths

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(scan_controller, "scan_paths", spy)
    controller = make_controller()
    controller.new_plan()
    drop(controller.window.workspace, [tmp_path / "a.txt"])
    qtbot.waitUntil(lambda: not controller.scans.busy, timeout=60000)
    (kwargs,) = calls
    assert kwargs["share_work"] is False  # nothing measured in the window's process
    assert kwargs["limits"].worker_nice == scan_controller.WORKER_NICE > 0
    items = [i for i in controller.document.plan.items if i.text is None]
    assert [i.measurement.tokens["o200k_base"] for i in items] == [5]


def test_the_application_hands_the_gil_to_the_gui_thread_quickly(qapp) -> None:
    import sys

    from gptbots_planner.gui.app import GUI_SWITCH_INTERVAL_S, make_application

    before = sys.getswitchinterval()
    try:
        assert make_application([]) is qapp
        assert sys.getswitchinterval() == pytest.approx(GUI_SWITCH_INTERVAL_S)
        assert GUI_SWITCH_INTERVAL_S < 0.005  # shorter than Python's default
    finally:
        sys.setswitchinterval(before)
