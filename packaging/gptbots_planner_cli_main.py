"""Script the bundle's command-line executable starts: the same as ``gptbots-planner-cli``."""

import multiprocessing
import sys

from gptbots_planner.cli import main

if __name__ == "__main__":
    # Folder scans measure in spawn worker processes: in a frozen app each worker is this
    # executable started again, and freeze_support() turns it into a worker.
    multiprocessing.freeze_support()
    sys.exit(main())
