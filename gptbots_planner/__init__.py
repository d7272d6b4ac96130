"""GPTBots Credit Planner: project a month of GPTBots credits before spending them."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("gptbots-planner")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"

APP_ID = "io.github.gptbots_planner.Planner"
APP_NAME = "GPTBots Credit Planner"
