"""The app's vocabularies, each defined once: plan fields, roles, billing types, tokenizers,
message codes.

Every word a user reads is declared here as a :class:`~gptbots_planner.vocab.text.Text`
(a translation context and the English source), marked with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` collects it into the ``.ts`` catalogues under ``resources/translations/``.
The GUI translates a ``Text`` with Qt's translator; the pure-Python layers (workbook, CSV,
CLI) read the same ``.ts`` files with :mod:`gptbots_planner.vocab.text`.  So a translation is
written once, in Qt Linguist, and every front end shows it.

This package is the bottom layer: it imports nothing else of the app except ``paths``.
"""
