"""Where the app finds its bundled resources and keeps user files.

One helper for resources (``importlib.resources``, no per-OS branches) and one
for user folders (``platformdirs``).  ``GPTBOTS_PLANNER_HOME`` points every user
folder below one directory, so tests and portable installs never touch the
real profile.
"""

from __future__ import annotations

import logging
import os
from importlib import resources
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

APP_DIR_NAME = "gptbots-planner"
HOME_ENV = "GPTBOTS_PLANNER_HOME"


def resource_path(*parts: str) -> Path:
    """Path of a file shipped in ``resources/`` (installed as ``gptbots_planner.resources``)."""
    root = resources.files("gptbots_planner.resources")
    return Path(str(root.joinpath(*parts)))


def _base(kind: str) -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override) / kind
    if kind == "data":
        return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
    if kind == "cache":
        return Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False))
    if kind == "config":
        return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))
    raise ValueError(kind)


def user_data_dir() -> Path:
    """User prices (``user-catalog.json``) and autosaves live here."""
    return _base("data")


def user_cache_dir() -> Path:
    """The measurement cache lives here."""
    return _base("cache")


def user_config_dir() -> Path:
    """The settings file lives here."""
    return _base("config")


def user_catalog_path() -> Path:
    return user_data_dir() / "user-catalog.json"


def autosave_dir() -> Path:
    return user_data_dir() / "autosave"
