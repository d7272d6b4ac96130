"""The gui-script entry point: --version/--help/--self-check work with no display and no Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

import gptbots_planner
from gptbots_planner.gui import launcher

# Runs main() in a fresh interpreter in which any import of PySide6 (or shiboken6) fails,
# then reports the exit code and whether any Qt module got into sys.modules.
_NO_QT_RUNNER = r"""
import importlib.abc, json, sys

class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ModuleNotFoundError(f"blocked by test: {name}", name=name)
        return None

sys.meta_path.insert(0, BlockQt())
from gptbots_planner.gui.launcher import main
code = main(json.loads(sys.argv[1]))
sys.stdout.flush()
leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print("\n#RESULT " + json.dumps({"code": code, "qt_modules": leaked}))
"""


def _run_without_qt(args: list[str], tmp_path: Path) -> tuple[dict[str, object], str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"  # would fail without a display, if Qt were touched
    env["GPTBOTS_PLANNER_HOME"] = str(tmp_path / "home")  # never read the real user catalog
    proc = subprocess.run(
        [sys.executable, "-c", _NO_QT_RUNNER, json.dumps(args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    body, _, result = proc.stdout.rpartition("\n#RESULT ")
    return json.loads(result), body, proc.stderr


def test_version_needs_neither_display_nor_pyside(tmp_path):
    result, out, err = _run_without_qt(["--version"], tmp_path)
    assert result == {"code": 0, "qt_modules": []}
    assert out.strip() == f"gptbots-planner {gptbots_planner.__version__}"
    assert "Traceback" not in err


def test_help_needs_neither_display_nor_pyside(tmp_path):
    result, out, _ = _run_without_qt(["--help"], tmp_path)
    assert result == {"code": 0, "qt_modules": []}
    assert "--self-check" in out and "--version" in out


def test_self_check_loads_catalog_and_both_tokenizers_without_pyside(tmp_path):
    result, out, _ = _run_without_qt(["--self-check"], tmp_path)
    assert result == {"code": 0, "qt_modules": []}, out
    lines = out.splitlines()
    assert lines[0] == f"gptbots-planner {gptbots_planner.__version__} self-check"
    assert lines[-1] == "OK"
    assert any(line.strip().startswith("ok    catalog:") for line in lines), out
    for name in ("o200k_base", "cl100k_base"):
        assert any(line.strip().startswith(f"ok    tokenizer {name}:") for line in lines), out
    assert any(line.strip().startswith("ok    worker process: spawned") for line in lines), out
    assert "FAIL" not in out


def test_self_check_reports_a_broken_tokenizer_and_keeps_checking(monkeypatch, capsys):
    from gptbots_planner.measure import tokens

    real = tokens.get_encoding

    def broken(name: str):
        if name == "cl100k_base":
            raise FileNotFoundError("cl100k_base.tiktoken is not in the bundle")
        return real(name)

    monkeypatch.setattr(tokens, "get_encoding", broken)
    assert launcher.main(["--self-check"]) == 1
    out = capsys.readouterr().out
    assert "FAIL  tokenizer cl100k_base: FileNotFoundError: cl100k_base.tiktoken" in out
    # the steps after the failure still ran
    assert "ok    tokenizer o200k_base:" in out
    assert "ok    icon:" in out
    assert out.splitlines()[-1] == "FAILED"


def test_self_check_reports_a_broken_catalog(monkeypatch, capsys):
    from gptbots_planner.core import catalog

    def broken(*_args, **_kwargs):
        raise ValueError("catalog.json: not valid JSON")

    monkeypatch.setattr(catalog, "load_catalog", broken)
    assert launcher.main(["--self-check"]) == 1
    out = capsys.readouterr().out
    assert "FAIL  catalog: ValueError: catalog.json: not valid JSON" in out


def test_self_check_notes_a_user_catalog_that_was_not_applied(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GPTBOTS_PLANNER_HOME", str(tmp_path))
    user_catalog = tmp_path / "data" / "user-catalog.json"
    user_catalog.parent.mkdir(parents=True)
    user_catalog.write_text("{ not json", encoding="utf-8")
    # the bundled prices still work: a note, not a failure
    assert launcher.main(["--self-check"]) == 0
    out = capsys.readouterr().out
    assert "user catalog NOT applied" in out


def test_other_arguments_start_the_gui_with_them(monkeypatch):
    calls: list[list[str]] = []
    fake_app = types.ModuleType("gptbots_planner.gui.app")

    def run(argv: list[str]) -> int:
        calls.append(argv)
        return 7

    fake_app.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "gptbots_planner.gui.app", fake_app)
    monkeypatch.setattr(gptbots_planner.gui, "app", fake_app, raising=False)
    assert launcher.main(["budget.gbplan", "-style", "Fusion"]) == 7
    assert calls == [["budget.gbplan", "-style", "Fusion"]]


def test_icon_files_named_by_the_launcher_exist():
    svg = launcher.app_icon_path()
    assert svg.name == f"{gptbots_planner.APP_ID}.svg"
    assert svg.is_file()
    for size in launcher.ICON_SIZES:
        png = launcher.app_icon_png_path(size)
        assert png.is_file(), png
        # PNG header: width and height are big-endian at bytes 16..24
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(header[16:20], "big") == size
        assert int.from_bytes(header[20:24], "big") == size
    with pytest.raises(ValueError):
        launcher.app_icon_png_path(100)


def test_a_missing_pyside_is_explained_not_a_traceback(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["GPTBOTS_PLANNER_HOME"] = str(tmp_path)
    # A stand-in gui.app that, like the real one, imports Qt at the top.
    runner = _NO_QT_RUNNER.replace(
        "from gptbots_planner.gui.launcher import main",
        "from gptbots_planner.gui.launcher import main\n"
        "import importlib.abc, importlib.util\n"
        "class StubApp(importlib.abc.MetaPathFinder, importlib.abc.Loader):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'gptbots_planner.gui.app':\n"
        "            return importlib.util.spec_from_loader(name, self)\n"
        "    def exec_module(self, module):\n"
        "        exec('import PySide6.QtWidgets', module.__dict__)\n"
        "sys.meta_path.insert(1, StubApp())",
    ).replace("json.loads(sys.argv[1])", "[]")
    proc = subprocess.run(
        [sys.executable, "-c", runner], capture_output=True, text=True, env=env, check=False
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.rpartition("\n#RESULT ")[2])
    assert result["code"] == 2
    assert "the window needs PySide6" in proc.stderr
    assert "Traceback" not in proc.stderr
