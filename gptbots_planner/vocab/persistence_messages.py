"""The texts of the persistence codes (plans, settings, autosave, user catalog): data only.

Registered by ``messages`` in its last section; a separate module only to keep ``messages``
short.  ``{where}`` is a path or a location in a file, as the English names it.
"""

from __future__ import annotations

from gptbots_planner.vocab.text import QT_TRANSLATE_NOOP, Text

#: (code, English template) of every persistence message, in the order they are registered
PERSISTENCE_MESSAGES: tuple[tuple[str, Text], ...] = (
    (
        "json_too_deep",
        QT_TRANSLATE_NOOP("Messages", "{where}: not read: nested more than {limit} levels deep"),
    ),
    (
        "json_too_large",
        QT_TRANSLATE_NOOP(
            "Messages", "{where}: not read: {size} bytes, more than the {limit} bytes allowed"
        ),
    ),
    (
        "json_lone_surrogate",
        QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: not read: the text at {key} holds a lone surrogate (an escape such as "
            "\\ud800 that is not a character)",
        ),
    ),
    (
        "settings_not_read",
        QT_TRANSLATE_NOOP("Messages", "your settings were not read ({error}); using the defaults"),
    ),
    (
        "autosave_set_aside",
        QT_TRANSLATE_NOOP(
            "Messages",
            "an autosave could not be read and was moved to {where}: {error}",
        ),
    ),
    (
        "price_too_large",
        QT_TRANSLATE_NOOP("Messages", "{where}: {value} is more than the largest price, {maximum}"),
    ),
    (
        "rate_too_large",
        QT_TRANSLATE_NOOP("Messages", "{where}: {value} is more than the largest rate, {maximum}"),
    ),
    (
        "user_entry_orphaned",
        QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: no model with id '{id}' in the catalog (removed by an update?); "
            "this entry is kept in your file but not used",
        ),
    ),
    (
        "user_catalog_busy",
        QT_TRANSLATE_NOOP(
            "Messages",
            "{where}: another window is still saving your prices; try again in a moment",
        ),
    ),
    (
        "files_missing",
        QT_TRANSLATE_NOOP(
            "Messages",
            "{count} file(s) of the plan are missing (not where the plan says): their last "
            "measurements are still used; locate them to measure them again",
        ),
    ),
)
