"""The workspace's table of plan items: a QAbstractTableModel, a filter proxy and a role delegate.

Columns are named (``Column``), not magic numbers; the measure column sorts
by a number (``SORT_ROLE``) rather than by its text; the model edits only the
role column, and that edit goes to the plan's document (``gui.document``), which
owns the items the rows show.
"""

from __future__ import annotations

import enum
import logging
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from gptbots_planner.core.image_rules import SEED_RULE, ImageRule, image_tokens
from gptbots_planner.core.measures import SAMPLE_PREFIX, token_range
from gptbots_planner.core.plan import PlanItem
from gptbots_planner.gui.document import PlanDocument
from gptbots_planner.gui.texts import render_message, tr
from gptbots_planner.measure.records import Measurement, detail_text
from gptbots_planner.vocab import roles
from gptbots_planner.vocab.messages import Message
from gptbots_planner.vocab.text import QT_TRANSLATE_NOOP
from gptbots_planner.vocab.tokenizers import DEFAULT_TOKENIZER

log = logging.getLogger(__name__)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2  # the PlanItem itself
ROLE_ID_ROLE = Qt.ItemDataRole.UserRole + 3  # the role id ("knowledge_document"), not its label

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    NAME = 0
    KIND = 1
    MEASURE = 2
    ROLE = 3
    STATUS = 4
    ERROR = 5


def column_titles() -> dict[Column, str]:
    return {
        Column.NAME: QCoreApplication.translate("FileTable", "Name"),
        Column.KIND: QCoreApplication.translate("FileTable", "Kind"),
        Column.MEASURE: QCoreApplication.translate("FileTable", "Measure"),
        Column.ROLE: QCoreApplication.translate("FileTable", "Role"),
        Column.STATUS: QCoreApplication.translate("FileTable", "Status"),
        Column.ERROR: QCoreApplication.translate("FileTable", "Error"),
    }


def role_labels() -> dict[str, str]:
    """Translated labels of the roles (``vocab.roles``), in their order."""
    return {role_id: tr(spec.label) for role_id, spec in roles.ROLES.items()}


def kind_labels() -> dict[str, str]:
    return {
        "text": QCoreApplication.translate("FileTable", "Text"),
        "document": QCoreApplication.translate("FileTable", "Document"),
        "image": QCoreApplication.translate("FileTable", "Image"),
        "audio": QCoreApplication.translate("FileTable", "Audio"),
        "unsupported": QCoreApplication.translate("FileTable", "Unsupported"),
        "error": QCoreApplication.translate("FileTable", "Error"),
    }


#: between two notes of one measurement
NOTE_SEPARATOR = QT_TRANSLATE_NOOP("FileMessages", "; ")


def file_message(m: Measurement) -> str:
    """A measurement's error, or else its notes, in the UI's language, by their codes.

    A measurement without coded messages (one read from an older plan file) shows its
    plain ``error`` / ``warning`` text.
    """
    # getattr: measurements carry ``error_message`` / ``warning_messages`` once the
    # measurers give their messages codes; until then (and in older plans) they have none.
    error: Message | None = getattr(m, "error_message", None)
    if error is not None:
        return render_message(error)
    if m.error:
        return m.error
    warnings: list[Message] = list(getattr(m, "warning_messages", None) or [])
    if warnings:
        return tr(NOTE_SEPARATOR).join(render_message(w) for w in warnings)
    return m.warning


def file_detail(m: Measurement) -> str:
    """What the reader found ("PDF, 2 pages") in the UI's language, by its parts' codes."""
    return detail_text(m.detail_messages, tr) if m.detail_messages else m.detail


def _main_tokens(item: PlanItem) -> int:
    tokens = item.measurement.tokens
    if DEFAULT_TOKENIZER in tokens:
        return tokens[DEFAULT_TOKENIZER]
    return next((n for k, n in tokens.items() if not k.startswith(SAMPLE_PREFIX)), 0)


def measure_text(item: PlanItem, rule: ImageRule = SEED_RULE) -> str:
    """What the measure column says: tokens, pixels + tiles + image tokens, or seconds.

    Image tokens follow ``rule``: the image rule the estimate uses (the plan's setting for
    the first model compared), so the table and the results agree.
    """
    m = item.measurement
    if m.error:
        return ""
    if m.kind == "image" and m.width > 0 and m.height > 0:
        counted = image_tokens(m.width, m.height, rule)
        if rule.kind in ("seed", "high"):
            template = QCoreApplication.translate(
                "FileTable", "%1 x %2 px, %3 tiles, %4 image tokens"
            )
        elif rule.kind == "patch":
            template = QCoreApplication.translate(
                "FileTable", "%1 x %2 px, %3 patches, %4 image tokens"
            )
        else:
            template = QCoreApplication.translate("FileTable", "%1 x %2 px, %4 image tokens")
        return (
            template.replace("%1", str(m.width))
            .replace("%2", str(m.height))
            .replace("%3", str(counted.tiles))
            .replace("%4", f"{counted.tokens.normalize():,f}")
        )
    if m.kind == "audio":
        if not m.seconds:
            return QCoreApplication.translate("FileTable", "length unknown")
        return QCoreApplication.translate("FileTable", "%1 s").replace(
            "%1", str(Decimal(m.seconds).quantize(Decimal("0.1")))
        )
    span = token_range(m) if m.tokens else None
    if span is not None:
        # an approximated model in the plan: the spread of the published tokenizers
        template = QCoreApplication.translate("FileTable", "approx. %2-%3, o200k %1 tokens")
        return (
            template.replace("%1", f"{_main_tokens(item):,}")
            .replace("%2", f"{span[0]:,}")
            .replace("%3", f"{span[1]:,}")
        )
    if m.tokens:
        return QCoreApplication.translate("FileTable", "%1 tokens").replace(
            "%1", f"{_main_tokens(item):,}"
        )
    return ""


def measure_sort_key(item: PlanItem, rule: ImageRule = SEED_RULE) -> float:
    m = item.measurement
    if m.kind == "image" and m.width > 0 and m.height > 0:
        return float(image_tokens(m.width, m.height, rule).tokens)
    if m.kind == "audio" and m.seconds:
        return float(m.seconds)
    return float(_main_tokens(item)) if m.tokens else -1.0


def missing_text(item: PlanItem) -> str:
    """What a missing file's row says: where it was looked for, and what to do."""
    return QCoreApplication.translate(
        "FileTable",
        "Not found at %1. Its last measurement is still used; Locate… points the plan to "
        "where the file is now.",
    ).replace("%1", item.measurement.path)


_MISSING_ICON: list[QIcon] = []  # made once, on first use (needs the application's style)


def missing_icon() -> QIcon:
    if not _MISSING_ICON:
        style = QApplication.style()
        _MISSING_ICON.append(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
    return _MISSING_ICON[0]


class FileTableModel(QAbstractTableModel):
    """Rows are the document's ``plan.items``, in the plan's order; it holds no copy of them.

    Edits go to the document (``PlanDocument.set_role`` ...), and the model follows the
    document's signals.  What the model keeps itself is only how rows are shown: which are
    being re-measured (``set_pending``) and the image rule of the measure column.
    """

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._pending: set[str] = set()  # ids of items being re-measured
        self._image_rule = SEED_RULE
        document.aboutToBeReplaced.connect(self._begin_reset)
        document.replaced.connect(self._end_reset)
        document.itemsAboutToBeAdded.connect(self._begin_insert)
        document.itemsAdded.connect(self._end_insert)
        document.itemsAboutToBeRemoved.connect(self._begin_remove)
        document.itemsRemoved.connect(self._end_remove)
        document.itemsChanged.connect(self._items_changed)

    @property
    def _items(self) -> list[PlanItem]:
        return self.document.plan.items

    def set_image_rule(self, rule: ImageRule) -> None:
        """Show image tokens by ``rule`` (the one the estimate uses)."""
        if rule == self._image_rule:
            return
        self._image_rule = rule
        if self._items:
            self.dataChanged.emit(
                self.index(0, Column.MEASURE), self.index(len(self._items) - 1, Column.MEASURE)
            )

    def set_pending(self, ids: set[str], pending: bool = True) -> None:
        """Show rows as being measured again (their measure blank), or no longer."""
        for item_id in ids:
            row = self.row_of(item_id)
            if row < 0:
                continue
            if pending:
                self._pending.add(item_id)
            else:
                self._pending.discard(item_id)
            self._row_changed(row)

    def row_of(self, item_id: str) -> int:
        return self.document.row_of(item_id)

    def item_at(self, row: int) -> PlanItem:
        return self._items[row]

    # --- following the document -------------------------------------------------
    def _begin_reset(self) -> None:
        self.beginResetModel()

    def _end_reset(self) -> None:
        self._pending.clear()
        self.endResetModel()

    def _begin_insert(self, first: int, last: int) -> None:
        self.beginInsertRows(QModelIndex(), first, last)

    def _end_insert(self, _first: int, _last: int) -> None:
        self.endInsertRows()

    def _begin_remove(self, first: int, last: int) -> None:
        for item in self._items[first : last + 1]:
            self._pending.discard(item.item_id)
        self.beginRemoveRows(QModelIndex(), first, last)

    def _end_remove(self, _first: int, _last: int) -> None:
        self.endRemoveRows()

    def _items_changed(self, ids: list[str]) -> None:
        for item_id in ids:
            row = self.row_of(item_id)
            if row >= 0:
                self._row_changed(row)

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    # --- Qt model interface ---------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(Column):
                return column_titles()[Column(section)]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.ROLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        item = self._items[index.row()]
        column = Column(index.column())
        if role == ITEM_ROLE:
            return item
        if role == ROLE_ID_ROLE:
            return item.role
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.EditRole:
            return item.role if column == Column.ROLE else self._display(item, column)
        if role == SORT_ROLE:
            if column == Column.MEASURE:
                return measure_sort_key(item, self._image_rule)
            return self._display(item, column).lower()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.STATUS and item.missing:
            return missing_icon()
        return None

    def setData(  # noqa: N802
        self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or index.column() != Column.ROLE:
            return False
        if role != Qt.ItemDataRole.EditRole or value not in roles.ROLES:
            return False
        # The document makes the change and tells this model (and the estimate) of it.
        self.document.set_role({self._items[index.row()].item_id}, str(value))
        return True

    def _display(self, item: PlanItem, column: Column) -> str:
        m = item.measurement
        if column == Column.NAME:
            return m.name
        if column == Column.KIND:
            kind = kind_labels().get(m.kind, m.kind)
            if not m.path and not m.error:
                return QCoreApplication.translate("FileTable", "Pasted text")
            if not m.detail or m.error:
                return kind
            # "Text (GB18030)", "Document (PDF, 12 pages)", "Image (PNG)": spot a wrong guess.
            return (
                QCoreApplication.translate("FileTable", "%1 (%2)")
                .replace("%1", kind)
                .replace("%2", file_detail(m))
            )
        if column == Column.MEASURE:
            return "" if item.item_id in self._pending else measure_text(item, self._image_rule)
        if column == Column.ROLE:
            return role_labels().get(item.role, item.role)
        if column == Column.STATUS:
            if item.item_id in self._pending:
                return QCoreApplication.translate("FileTable", "Measuring…")
            if item.missing:
                return QCoreApplication.translate("FileTable", "Missing")
            if m.error:
                return (
                    QCoreApplication.translate("FileTable", "Unsupported")
                    if m.kind == "unsupported"
                    else QCoreApplication.translate("FileTable", "Error")
                )
            if m.warning:
                return QCoreApplication.translate("FileTable", "Measured, with a note")
            return QCoreApplication.translate("FileTable", "Measured")
        if item.missing:
            return missing_text(item)
        return file_message(m)

    def _tooltip(self, item: PlanItem, column: Column) -> str:
        m = item.measurement
        if column == Column.NAME:
            parts = [m.path or QCoreApplication.translate("FileTable", "pasted text")]
            if m.detail:
                parts.append(file_detail(m))
            return "\n".join(parts)
        if item.missing and column in (Column.NAME, Column.STATUS, Column.ERROR):
            return missing_text(item)
        if column in (Column.STATUS, Column.ERROR):
            return file_message(m)
        return self._display(item, column)  # elided in the table: the whole text here


class FileFilterProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` and filters on any column's text (the search box)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)


class RoleDelegate(QStyledItemDelegate):
    """Edits the role column with a combo box of the translated role labels."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(QCoreApplication.translate("FileTable", "Role"))
        for role_id, label in role_labels().items():
            combo.addItem(label, role_id)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        current = index.data(ROLE_ID_ROLE)
        position = editor.findData(current)
        editor.setCurrentIndex(max(position, 0))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: Any, index: AnyIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
