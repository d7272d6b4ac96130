"""Qt lives only under gptbots_planner/gui: core, measure, export and the CLI never import it."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
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
    assert "BROKEN" not in r.stdout and "0 broken" in r.stdout


# --- layers, cycles, private names ------------------------------------------------------------


def _import_graph():  # noqa: ANN202 - grimp's graph type
    grimp = pytest.importorskip("grimp") if os.environ.get("CI") != "true" else __import__("grimp")
    return grimp.build_graph("gptbots_planner")


def _cycles(graph) -> list[list[str]]:  # noqa: ANN001
    """Strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append(
                        (child, iter(sorted(graph.find_modules_directly_imported_by(child))))
                    )
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycles_even_inside_functions() -> None:
    # grimp reads every import statement, also those inside functions.
    assert _cycles(_import_graph()) == []


def test_cycle_finder_finds_a_cycle() -> None:
    class Graph:
        modules = {"a", "b", "c"}
        edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}}

        def find_modules_directly_imported_by(self, m: str) -> set[str]:
            return self.edges[m]

    assert _cycles(Graph()) == [["a", "b", "c"]]


def _private_uses(path: Path) -> list[str]:
    """``from gptbots_planner.x import _y`` and ``x._y`` on an imported app module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module_aliases: set[str] = set()
    uses: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("gptbots_planner"):
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    uses.append(f"{node.module}.{alias.name}")
                else:
                    module_aliases.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("gptbots_planner"):
                    module_aliases.add(alias.asname or alias.name.split(".")[0])
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in module_aliases
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
        ):
            uses.append(f"{node.value.id}.{node.attr}")
    return uses


def test_no_module_takes_another_modules_private_names() -> None:
    offenders = {
        str(f.relative_to(PACKAGE)): _private_uses(f)
        for f in PACKAGE.rglob("*.py")
        if _private_uses(f)
    }
    assert offenders == {}


def test_layers_contract_is_declared() -> None:
    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = [c for c in contracts if c["type"] == "layers"]
    assert layers, "the layer order is a contract that lint-imports checks"
    flat = " ".join(layers[0]["layers"])
    for package in ("gui", "cli", "export", "core", "measure", "vocab"):
        assert f"gptbots_planner.{package}" in flat


def test_no_module_over_500_lines() -> None:
    long = {
        str(f.relative_to(PACKAGE)): n
        for f in PACKAGE.rglob("*.py")
        if (n := len(f.read_text(encoding="utf-8").splitlines())) > 500
    }
    assert long == {}
