"""GPTBots Credit Planner: project a month of GPTBots credits before spending them."""

from __future__ import annotations

import functools

APP_ID = "io.github.gptbots_planner.Planner"
APP_NAME = "GPTBots Credit Planner"


@functools.cache
def _installed_version() -> str:
    # importlib.metadata costs ~50 ms to import: only when the version is asked for, not
    # in every measuring worker process.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("gptbots-planner")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.1.0"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _installed_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
