"""``python -m gptbots_planner.cli``: the same as the ``gptbots-planner-cli`` command."""

from __future__ import annotations

import sys

from gptbots_planner.cli import main

sys.exit(main())
