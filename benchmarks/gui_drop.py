"""Child process of the benchmark: the window, offscreen, driven through a real drop.

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_drop.py START_EPOCH FOLDER [FILE ...]

Prints one JSON line: seconds from process start (``START_EPOCH``, the parent's
``time.time()`` just before it started this process) to the window shown, idle RSS after
start-up, then the drop of FOLDER (and the FILEs) onto the workspace: seconds to the
settled total (scan finished and the estimate computed after it), the longest gap of a
10 ms QTimer heartbeat (the event loop's longest stall), the rows and their token totals.
``--profile OUT`` writes a cProfile of the GUI thread.
"""

from __future__ import annotations

import json
import os
import sys
import time

START = float(sys.argv[1])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    args = sys.argv[2:]
    profile_out = None
    if args and args[0] == "--profile":
        profile_out, args = args[1], args[2:]
    folder, *extra = args
    from PySide6.QtCore import QEventLoop, QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from gptbots_planner.gui.app import make_application
    from gptbots_planner.gui.app_controller import AppController
    from gptbots_planner.gui.settings import read_settings

    app = make_application([])
    settings, problem = read_settings()
    controller = AppController(settings=settings, settings_problem=problem)
    controller.window.show()
    controller.start([])
    app.processEvents()
    shown = time.time() - START
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    idle_rss = rss_mb()

    gaps = [0.0]
    last = [time.monotonic()]
    stalls: list[tuple[float, float]] = []  # (ms, seconds after the drop) over 50 ms

    def beat() -> None:
        now = time.monotonic()
        gap = now - last[0]
        gaps[0] = max(gaps[0], gap)
        if gap > 0.05:
            stalls.append((round(gap * 1000, 1), round(last[0] - t0, 3)))
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(beat)
    state = {"scan_done": None, "settled": None}

    def scan_finished(_result: object) -> None:
        state["scan_done"] = time.monotonic()
        # The last rows' estimate is either still to come (debounce timer running) or done.
        QTimer.singleShot(0, check_settled)

    def check_settled() -> None:
        if state["settled"] is None and not controller.estimates.pending:
            if not controller.scans.busy:
                state["settled"] = time.monotonic()
                loop.quit()

    loop = QEventLoop()
    QTimer.singleShot(600_000, loop.quit)

    def estimated(*_args: object) -> None:
        if state["scan_done"] is not None and not controller.scans.busy:
            state["settled"] = time.monotonic()
            loop.quit()

    controller.scans.scanFinished.connect(scan_finished)
    controller.estimates.estimated.connect(estimated)

    profiler = None
    if profile_out:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(p) for p in [folder, *extra]])
    actions, button = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    target = controller.window.workspace
    t0 = time.monotonic()
    last[0] = t0
    heartbeat.start()
    QApplication.sendEvent(target, QDragEnterEvent(QPoint(10, 10), actions, mime, button, none))
    QApplication.sendEvent(target, QDropEvent(QPointF(10, 10), actions, mime, button, none))
    if state["settled"] is None:
        loop.exec()
    beat()
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(profile_out)
    items = [i for i in controller.document.plan.items if i.text is None]
    totals: dict[str, int] = {}
    for item in items:
        for name, n in item.measurement.tokens.items():
            totals[name] = totals.get(name, 0) + n
    print(
        json.dumps(
            {
                "shown_s": shown,
                "idle_rss_mb": idle_rss,
                "settled_s": (state["settled"] or time.monotonic()) - t0,
                "scan_s": (state["scan_done"] or time.monotonic()) - t0,
                "max_stall_ms": gaps[0] * 1000,
                "stalls_over_50ms": sorted(stalls, reverse=True)[:8],
                "rows": len(items),
                "tokens": totals,
                "tokenizers": sorted(totals),
                "errors": sum(1 for i in items if i.measurement.kind == "error"),
            }
        ),
        flush=True,
    )
    controller.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
