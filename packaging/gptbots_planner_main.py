"""Script the PyInstaller bundle starts: the same entry point as the ``gptbots-planner`` command."""

import multiprocessing
import sys

from gptbots_planner.gui.launcher import main

if __name__ == "__main__":
    # A frozen app that starts worker processes (spawn on Windows/macOS) must call this
    # first, or each worker would start another copy of the app.
    multiprocessing.freeze_support()
    sys.exit(main())
