"""Qt lives only under gptbots_planner/gui: core, measure, export and the CLI never import it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tools import require_tool

PACKAGE = Path(__file__).resolve().parents[1] / "gptbots_planner"
PURE = ["core", "measure", "export", "cli"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_pure_packages_import_no_qt_statically() -> None:
    files = [f for sub in PURE for f in (PACKAGE / sub).rglob("*.py")]
    assert len(files) > 10
    offenders = {
        str(f.relative_to(PACKAGE)): sorted(
            n for n in _imports(f) if n.startswith(("PySide6", "gptbots_planner.gui"))
        )
        for f in files
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_pure_packages_load_without_qt_at_run_time() -> None:
    code = (
        "import sys, importlib, pkgutil, gptbots_planner\n"
        "for sub in ('core', 'measure', 'export', 'cli'):\n"
        "    pkg = importlib.import_module('gptbots_planner.' + sub)\n"
        "    for info in pkgutil.iter_modules(pkg.__path__):\n"
        "        if info.name != '__main__':  # cli/__main__.py runs the command line\n"
        "            importlib.import_module(f'gptbots_planner.{sub}.{info.name}')\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


def test_import_linter_contract() -> None:
    exe = require_tool("lint-imports", "the test extra's import-linter")
    r = subprocess.run([exe], capture_output=True, text=True, cwd=PACKAGE.parent, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "KEPT" in r.stdout
