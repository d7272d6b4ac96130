"""Autosave and recovery against real crashes: kill -9, reused process ids, damaged files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from gptbots_planner.core.planfile import load_example_plan, plan_to_text
from gptbots_planner.gui.autosave_controller import DEBOUNCE_MS
from gptbots_planner.gui.recovery import AutosaveSession, find_autosaves
from gptbots_planner.gui.settings import read_settings, settings_path
from gptbots_planner.paths import autosave_dir

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

# The real window, offscreen, with one edit made through the controller (the test hook).
APP = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from gptbots_planner.gui.app import make_application
    from gptbots_planner.gui.app_controller import AppController
    app = make_application([])
    controller = AppController()
    controller.window.show()
    controller.start([])
    def edit():
        controller.edit_field("conversations_per_month", "777")
        print("EDITED", flush=True)
    QTimer.singleShot(200, edit)
    sys.exit(app.exec())
    """
)

HOLDER = textwrap.dedent(
    """
    import sys, time
    from gptbots_planner.core.planfile import load_example_plan
    from gptbots_planner.gui.recovery import AutosaveSession
    session = AutosaveSession()
    session.write(load_example_plan("voice-assistant"), None)
    print("HELD", flush=True)
    time.sleep(120)
    """
)


def _start(code: str, ready: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()  # blocks until the child is ready (or dies)
    if line.strip() != ready:
        proc.kill()
        pytest.fail(f"child did not start: {line!r}")
    return proc


def test_kill_9_soon_after_an_edit_keeps_it_for_recovery(make_controller, prompts) -> None:
    proc = _start(APP, "EDITED")
    edited = time.monotonic()
    try:
        time.sleep(DEBOUNCE_MS / 1000 + 2.0)  # the debounce, and time for the background write
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert time.monotonic() - edited < 10  # long before the old once-a-minute autosave
    autosaves = find_autosaves()
    assert len(autosaves) == 1
    assert str(autosaves[0].load().assumptions["conversations_per_month"]) == "777"
    # Restart: the recovery offers the edit.
    prompts.recover_answer = ("recover", 0)
    controller = make_controller()
    controller.start([])
    assert prompts.asked[0][0] == "recover"
    assert str(controller.document.plan.assumptions["conversations_per_month"]) == "777"


def test_an_autosave_of_a_running_window_is_not_offered_until_it_dies() -> None:
    proc = _start(HOLDER, "HELD")
    try:
        assert find_autosaves() == []  # its lock is held: a window still running
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    assert [a.plan_name for a in find_autosaves()] == [load_example_plan("voice-assistant").name]


def test_an_autosave_naming_a_live_pid_is_still_offered() -> None:
    folder = autosave_dir()
    folder.mkdir(parents=True)
    plan = load_example_plan("voice-assistant")
    (folder / "abc.gbplan").write_text(plan_to_text(plan), encoding="utf-8")
    meta = {"original_path": "", "saved_at": time.time(), "pid": 1, "plan_name": plan.name}
    (folder / "abc.json").write_text(json.dumps(meta), encoding="utf-8")
    assert [a.plan_name for a in find_autosaves()] == [plan.name]  # pid 1 is always alive


def test_a_nested_autosave_is_set_aside_and_said(make_controller, prompts) -> None:
    folder = autosave_dir()
    folder.mkdir(parents=True)
    (folder / "bad.gbplan").write_text('{"format":' + "[" * 100_000 + "]" * 100_000 + "}")
    prompts.recover_answer = ("recover", 0)
    controller = make_controller()
    controller.start([])
    assert prompts.errors and "nested more than" in prompts.errors[0][1]
    assert (folder / "damaged" / "bad.gbplan").exists()
    assert controller.document.plan.name == load_example_plan("customer-service").name
    again = make_controller()
    again.start([])
    assert [q for q in prompts.asked if q[0] == "recover"] == [("recover", ["bad"])]  # once


def test_nested_settings_and_catalog_do_not_stop_the_window(make_controller) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text('{"language": ' + deep + "}")
    settings, problem = read_settings()
    assert problem is not None and problem.code == "settings_not_read"
    from gptbots_planner.paths import user_catalog_path

    user_catalog_path().parent.mkdir(parents=True, exist_ok=True)
    user_catalog_path().write_text('{"prices": ' + deep + "}")
    controller = make_controller()
    controller.start([])
    assert "nested more than" in controller.catalog.user_error
    assert "settings" in controller.window.statusBar().currentMessage()


def test_a_clean_exit_leaves_no_lock(make_controller) -> None:
    controller = make_controller(autosave_ms=10)
    controller.start([])
    controller.edit_field("conversations_per_month", "778")
    session: AutosaveSession = controller.autosave
    deadline = time.monotonic() + 5
    while not session.meta_file.exists() and time.monotonic() < deadline:
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert session.lock.path.exists()
    controller.shutdown()
    assert not Path(session.lock.path).exists() and not session.plan_file.exists()


def test_continuous_edits_are_saved_at_least_every_max_wait(qtbot) -> None:
    from gptbots_planner.gui.autosave_controller import Autosaver
    from gptbots_planner.gui.document import PlanDocument
    from gptbots_planner.gui.workers import FakeThreadPool, WorkerHub

    document = PlanDocument(load_example_plan("customer-service"))
    # A 2 s debounce that steady edits keep restarting: only the 300 ms max wait can save.
    saver = Autosaver(document, WorkerHub(FakeThreadPool()), print, 2000, max_wait_ms=300)
    started = time.monotonic()
    value = 100
    while not saver.session.meta_file.exists():
        assert time.monotonic() - started < 1.9, "not saved during continuous edits"
        value += 1
        document.set_field("conversations_per_month", str(value))
        qtbot.wait(30)
    saver.close()
