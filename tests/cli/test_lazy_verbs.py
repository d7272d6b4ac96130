"""Running one verb imports only that verb's module: ``measure`` starts without the
estimate engine, the workbook writer or the other verbs; ``--help`` still lists every verb."""

from __future__ import annotations

import json
import subprocess
import sys

from gptbots_planner.cli import VERBS, build_parser


def _subcommands(parser) -> list[str]:
    actions = [a for a in parser._actions if a.dest == "verb"]  # argparse keeps them here
    return list(actions[0].choices)


def test_the_verb_table_names_every_verb_its_module_adds() -> None:
    assert _subcommands(build_parser()) == [name for name, _module in VERBS]
    for name, _module in VERBS:
        assert _subcommands(build_parser([name])) == [name]
    assert _subcommands(build_parser(["--help"])) == [name for name, _ in VERBS]
    assert _subcommands(build_parser(["mesure"])) == [name for name, _ in VERBS]  # a typo


def test_measure_imports_no_estimate_engine_or_workbook_writer() -> None:
    code = (
        "import json, sys\n"
        "from gptbots_planner.cli import build_parser\n"
        "build_parser(['measure', 'x'])\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('gptbots_planner'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    loaded = json.loads(out)
    assert "gptbots_planner.cli.measure_cmd" in loaded
    for heavy in ("core.estimate", "export.xlsx", "cli.export_cmd", "cli.estimate_cmd"):
        assert f"gptbots_planner.{heavy}" not in loaded, heavy


def test_version_and_a_catalog_problem_still_answer(capsys) -> None:
    from gptbots_planner import __version__
    from gptbots_planner.cli import main

    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert capsys.readouterr().out.strip() == f"gptbots-planner {__version__}"
    assert main(["estimate", "no-such-plan.gbplan"]) == 2  # a PlanError: one line, status 2
    assert "error:" in capsys.readouterr().err
