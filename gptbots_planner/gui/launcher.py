"""Entry point of the ``gptbots-planner`` gui-script and of the PyInstaller bundle.

``--version``, ``--help`` and ``--self-check`` answer without importing PySide6,
so they work on a machine with no display (CI, a packager's build host, a
support call: "run it with --self-check and paste the output").  Anything else
starts the Qt application, imported lazily for the same reason.

The icon files it checks are named in ``gui.icons`` (Qt-free, shared with
``gui.app``, which sets the window icon).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from functools import partial

from gptbots_planner import APP_NAME, __version__
from gptbots_planner.gui.icons import ICON_SIZES, app_icon_path, app_icon_png_path
from gptbots_planner.paths import resource_path
from gptbots_planner.vocab.tokenizers import DEFAULT_TOKENIZER, TOKENIZER_IDS

log = logging.getLogger(__name__)

PROGRAM = "gptbots-planner"
TOKENIZERS: tuple[str, ...] = TOKENIZER_IDS
# Mixed English/Chinese so a tokenizer that silently falls back to bytes is noticed.
_PROBE_TEXT = "GPTBots credits: 1000 积分 = $10"


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROGRAM,
        description=f"{APP_NAME}: plan a month of GPTBots credits, offline.",
        epilog="Without options the window opens; plan files (*.gbplan) given are opened in it.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="load the pricing catalog and both tokenizer vocabularies, report, and exit "
        "(no window, no display needed)",
    )
    parser.add_argument("plans", nargs="*", metavar="PLAN", help="plan files to open")
    return parser


def _check_catalog() -> str:
    from gptbots_planner.core.catalog import load_catalog

    catalog = load_catalog()
    return f"catalog: {_describe_catalog(catalog)}"


def _describe_catalog(catalog: object) -> str:
    """Counts of what was loaded; getattr keeps the self-check alive if the catalog grows fields."""
    parts: list[str] = []
    for attribute, label in (("llm", "LLM models"), ("billing_types", "billing types")):
        value = getattr(catalog, attribute, None)
        if value is not None:
            parts.append(f"{len(value)} {label}")
    services = getattr(catalog, "services", None)
    if isinstance(services, dict):
        parts.append(f"{sum(len(rows) for rows in services.values())} service models")
    version = getattr(catalog, "version", "")
    if version:
        parts.append(f"version {version}")
    user_error = getattr(catalog, "user_error", "")
    if user_error:
        # The bundled prices still work, so this is a note, not a failure.
        parts.append(f"user catalog NOT applied: {user_error}")
    return ", ".join(parts) if parts else "loaded"


def _check_tokenizer(name: str) -> str:
    from gptbots_planner.measure.tokens import get_encoding, is_available

    if not is_available(name):  # a vocabulary the user adds (Llama 3): optional
        return f"tokenizer {name}: not installed (optional; see README)"
    encoding = get_encoding(name)
    tokens = encoding.encode_ordinary(_PROBE_TEXT)
    if not tokens or encoding.decode(tokens) != _PROBE_TEXT:
        raise RuntimeError(f"{name} does not round-trip a probe text")
    return f"tokenizer {name}: {encoding.n_vocab} token ids, probe text = {len(tokens)} tokens"


def self_check(out: Callable[[str], None] = print) -> bool:
    """Load what the app cannot work without from the installed resources; report each step.

    Returns True when everything loaded.  Never raises: a failed step is
    reported in one line and the others still run, so one report shows every
    missing piece of a broken bundle.
    """
    out(f"{PROGRAM} {__version__} self-check")
    out(f"resources: {resource_path()}")
    steps: list[tuple[str, Callable[[], str]]] = [("catalog", _check_catalog)]
    steps += [(f"tokenizer {name}", partial(_check_tokenizer, name)) for name in TOKENIZERS]
    steps.append(("worker process", _check_worker_process))
    steps.append(("icon", _check_icon))
    ok = True
    for label, step in steps:
        try:
            out(f"  ok    {step()}")
        except Exception as error:  # a self-check reports every failure, never stops at one
            log.debug("self-check step %s failed", label, exc_info=True)
            out(f"  FAIL  {label}: {type(error).__name__}: {error}")
            ok = False
    out("OK" if ok else "FAILED")
    return ok


def _count_in_worker(text: str) -> tuple[int, int]:
    """Runs in a worker process: the same imports a folder scan's workers need."""
    import os

    from gptbots_planner.measure.tokens import get_encoding

    return os.getpid(), len(get_encoding(DEFAULT_TOKENIZER).encode_ordinary(text))


def _check_worker_process() -> str:
    """Large scans measure in "spawn" worker processes; a frozen app must be able to start them.

    In the bundle a worker is the executable itself started again, which only works when the
    entry script calls ``multiprocessing.freeze_support()`` before anything else.
    """
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        pid, count = pool.submit(_count_in_worker, _PROBE_TEXT).result(timeout=120)
    if pid == os.getpid():
        raise RuntimeError("the probe ran in this process, not in a worker")
    return f"worker process: spawned, probe text = {count} tokens"


def _check_icon() -> str:
    svg = app_icon_path()
    missing = [size for size in ICON_SIZES if not app_icon_png_path(size).is_file()]
    if not svg.is_file() or missing:
        raise FileNotFoundError(f"icon files missing: svg={svg.is_file()}, png sizes {missing}")
    return f"icon: {svg.name} + {len(ICON_SIZES)} PNG sizes"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the program; ``argv`` excludes the program name (defaults to ``sys.argv[1:]``)."""
    args = list(sys.argv[1:] if argv is None else argv)
    parser = _build_parser()
    # parse_known_args: Qt's own options (-style, -platform ...) pass through to the GUI.
    try:
        options, _unknown = parser.parse_known_args(args)
    except SystemExit as stop:  # --help, or a malformed option
        return int(stop.code or 0)
    if options.version:
        print(f"{PROGRAM} {__version__}")
        return 0
    if options.self_check:
        return 0 if self_check() else 1
    # Imported here, not at the top: PySide6 costs a second to load and needs a display.
    try:
        from gptbots_planner.gui import app
    except ImportError as error:
        if (error.name or "").split(".")[0] not in ("PySide6", "shiboken6"):
            raise  # a bug in the app, not the user's installation: keep the traceback
        print(
            f"{PROGRAM}: the window needs PySide6, which cannot be loaded here ({error}).\n"
            f"Install it with: python -m pip install 'PySide6-Essentials<6.12' "
            f"'PySide6-Addons<6.12'\n"
            f"The command line works without it: gptbots-planner-cli --help",
            file=sys.stderr,
        )
        return 2
    return int(app.run(args))


if __name__ == "__main__":  # python -m gptbots_planner.gui.launcher, and the bundle's script
    sys.exit(main())
