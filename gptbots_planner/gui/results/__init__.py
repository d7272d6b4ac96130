"""The results views: monthly total, breakdown, comparison, projection, charts, buys."""

from gptbots_planner.gui.results.panel import ResultsPanel

__all__ = ["ResultsPanel"]
