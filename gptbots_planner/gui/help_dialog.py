"""Help > How the planner computes (F1): the model and its assumptions, in the UI's language.

The text is a resource per language (``resources/help/model.<language>.html``, the same
section ids in each); its assumptions section is generated here from the plan fields'
own labels, units and help (``vocab.fields``, ``vocab.components``), so that it always lists
every field the plan has, in the words of the plan form.  Links inside the page jump to its
sections; nothing is opened outside it.
"""

from __future__ import annotations

import html
import logging
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from gptbots_planner import paths
from gptbots_planner.gui.texts import tr
from gptbots_planner.vocab.components import COMPONENT_FIELDS
from gptbots_planner.vocab.fields import FIELDS, FieldSpec

log = logging.getLogger(__name__)

FIELDS_MARK = "<!--FIELDS-->"
SECTION = re.compile(r'<h2 id="([a-z_]+)"')
HELP_FILES = {"en": "model.en.html", "zh_CN": "model.zh_CN.html"}


def help_file_name() -> str:
    # Translators: the help page of this language, one of model.en.html / model.zh_CN.html.
    return QCoreApplication.translate("HelpDialog", "model.en.html")


def read_page(name: str) -> str:
    """The page ``name`` from the resources (English when that language has none)."""
    path = paths.resource_path("help", name)
    if not path.is_file():
        log.warning("no help page %s, showing the English one", name)
        path = paths.resource_path("help", HELP_FILES["en"])
    return path.read_text(encoding="utf-8")


def section_ids(page: str) -> list[str]:
    return SECTION.findall(page)


def _group_title(group: str) -> str:
    titles = {
        "assumption": QCoreApplication.translate("HelpDialog", "Usage assumptions"),
        "measure": QCoreApplication.translate(
            "HelpDialog", "Measured from your files (or entered instead)"
        ),
        "setting": QCoreApplication.translate("HelpDialog", "Settings"),
        "service": QCoreApplication.translate("HelpDialog", "Service models"),
        "plan": QCoreApplication.translate("HelpDialog", "The plan"),
        "component": QCoreApplication.translate("HelpDialog", "Workflow components"),
    }
    return titles[group]


def _field_item(spec: FieldSpec) -> str:
    name = html.escape(tr(spec.label))
    unit = f" ({html.escape(tr(spec.unit))})" if spec.unit is not None else ""
    parts = [f"<dt><b>{name}</b>{unit}</dt>"]
    if spec.help is not None:
        parts.append(f"<dd>{html.escape(tr(spec.help))}</dd>")
    if spec.choices:
        choices = " · ".join(html.escape(tr(c.label)) for c in spec.choices)
        parts.append(f"<dd><i>{choices}</i></dd>")
    return "".join(parts)


def fields_html() -> str:
    """Every plan field and component field, by group, with its label, unit and help."""
    groups: dict[str, list[FieldSpec]] = {}
    for spec in FIELDS.values():
        groups.setdefault(spec.group, []).append(spec)
    groups["component"] = list(COMPONENT_FIELDS.values())
    out = []
    for group, specs in groups.items():
        out.append(f"<h3>{html.escape(_group_title(group))}</h3><dl>")
        out += [_field_item(s) for s in specs]
        out.append("</dl>")
    return "".join(out)


def help_html(name: str | None = None) -> str:
    """The help page in the UI's language (or ``name``), its field list filled in."""
    page = read_page(name or help_file_name())
    return page.replace(FIELDS_MARK, fields_html())


class HelpDialog(QDialog):
    """objectName ``helpDialog``; the page is ``helpText``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("How the planner computes"))
        self.text = QTextBrowser()
        self.text.setObjectName("helpText")
        self.text.setAccessibleName(self.tr("How the planner computes"))
        self.text.setOpenExternalLinks(False)  # offline: only the page's own sections
        self.text.setHtml(help_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        screen = parent.screen().availableGeometry() if parent is not None else None
        width, height = 900, 720
        if screen is not None:
            width, height = min(width, screen.width() - 80), min(height, screen.height() - 80)
        self.resize(width, height)

    def show_section(self, section: str) -> None:
        self.text.scrollToAnchor(section)


def show_help(parent: QWidget) -> HelpDialog:
    """Show the help, a new dialog in the current language (one open at a time)."""
    for previous in parent.findChildren(HelpDialog):
        previous.close()
        previous.deleteLater()
    dialog = HelpDialog(parent)
    dialog.show()
    return dialog
