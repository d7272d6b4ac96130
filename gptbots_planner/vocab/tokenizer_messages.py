"""The estimate's notes about tokenizers (core/notes.py): approximate counts, a vocabulary
to install, the range of an approximated model; and what ``tokenizer add`` reports.

``vocab.messages`` registers them; they are kept here as a table so that module stays
short.  Each row: code, English template, parameter kinds.
"""

from __future__ import annotations

import logging

from gptbots_planner.vocab.text import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

TOKENIZER_NOTES: tuple[tuple[str, Text, dict[str, str]], ...] = (
    (
        "approximate_counts",
        QT_TRANSLATE_NOOP("Messages", "counted with another tokenizer than {tokenizer}: {items}"),
        {"tokenizer": "tokenizer"},
    ),
    (
        "approximate_tokenizer",
        QT_TRANSLATE_NOOP(
            "Messages",
            "{model}: tokens counted with {tokenizer} as an approximation "
            "(the vendor's own tokenizer is not public or not bundled)",
        ),
        {"tokenizer": "tokenizer"},
    ),
    (
        "tokenizer_needs_install",
        QT_TRANSLATE_NOOP(
            "Messages",
            "{model}: put the {tokenizer} vocabulary file in {folder} to count its tokens "
            "exactly (the app may not ship it; see the README)",
        ),
        {"tokenizer": "tokenizer"},
    ),
    (
        "approximate_range",
        QT_TRANSLATE_NOOP(
            "Messages",
            "{model}: {measure} approx. {low}-{high} by the published tokenizers on your "
            "material, {tokenizer} {count} (the estimate uses {tokenizer})",
        ),
        {"tokenizer": "tokenizer", "measure": "field"},
    ),
    # ``gptbots-planner-cli tokenizer add`` (its errors are measure messages)
    (
        "tokenizer_added",
        QT_TRANSLATE_NOOP(
            "Messages", "{tokenizer} vocabulary copied to {path}; its models now count exactly"
        ),
        {"tokenizer": "tokenizer"},
    ),
)
