"""The one worker pattern: results reach the GUI thread; errors are reported, not raised."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool

from gptbots_planner.gui.workers import FakeThreadPool, WorkerHub


def test_signals_arrive_on_the_gui_thread(qtbot):
    hub = WorkerHub(QThreadPool.globalInstance())
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work(context):
        seen["worker_thread"] = threading.get_ident()
        context.progress(1)
        context.result("row")
        return 42

    def on_result(value):
        seen["result_thread"] = threading.get_ident()
        seen["result"] = value

    hub.start(work, on_result=on_result, on_finished=lambda value: seen.setdefault("done", value))
    qtbot.waitUntil(lambda: "done" in seen and "result" in seen, timeout=5000)
    assert seen["done"] == 42
    assert seen["worker_thread"] != gui_thread
    assert seen["result_thread"] == gui_thread
    assert seen["result"] == "row"


def test_errors_are_reported_and_finished_still_comes():
    hub = WorkerHub(FakeThreadPool())
    errors: list[Exception] = []
    finished: list[object] = []

    def work(_context):
        raise ValueError("damaged input")

    hub.start(work, on_error=errors.append, on_finished=finished.append)
    assert [str(e) for e in errors] == ["damaged input"]
    assert finished == [None]
    assert not hub.busy
