"""The side table: the metric's value, rank and share for each of the 34 divisions."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal, \
    QT_TRANSLATE_NOOP

from workbench.domain import PutRecord, update
from workbench.domain import entities as e
from workbench.domain.provinces import PROVINCES, PROVINCES_BY_CODE
from workbench.domain.regions import RegionTable

from ...session import Session
from ...undo import EditRejected
from .legend import format_number

Index = QModelIndex | QPersistentModelIndex
PROVINCE, VALUE, RANK, SHARE, SOURCE = range(5)
HEADERS = (QT_TRANSLATE_NOOP("HeatMapPanel", "Province"), QT_TRANSLATE_NOOP("HeatMapPanel", "Value"),
           QT_TRANSLATE_NOOP("HeatMapPanel", "Rank"), QT_TRANSLATE_NOOP("HeatMapPanel", "Share"),
           QT_TRANSLATE_NOOP("HeatMapPanel", "Source"))
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def parse_count(text: str) -> float | None:
    """A count from the editor: blank means unknown; anything else must be a number ≥ 0."""
    text = str(text).strip().replace(",", "")
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise ValueError(QCoreApplication.translate("HeatMapPanel", "“{0}” is not a number").format(text)) from None
    if not math.isfinite(number):
        raise ValueError(QCoreApplication.translate("HeatMapPanel", "“{0}” is not a number").format(text))
    if number < 0:
        raise ValueError(QCoreApplication.translate("HeatMapPanel", "a count cannot be negative ({0})").format(text))
    return number


class RegionTableModel(QAbstractTableModel):
    """Rows are the 34 divisions in the standard order; the Value column edits province_values."""

    editRejected = Signal(str)

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self._session = session
        self._table: RegionTable | None = None

    def set_table(self, table: RegionTable | None) -> None:
        """Show another metric (a reset) or new figures of the same one (changed cells only)."""
        same_metric = (self._table is not None and table is not None
                       and self._table.metric.metric_id == table.metric.metric_id)
        old, self._table = self._table, table
        if not same_metric:
            self.beginResetModel()
            self.endResetModel()
            return
        changed = [row for row, (a, b) in enumerate(zip(old.figures, table.figures)) if a != b]
        if changed:
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), SOURCE))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._table is None else len(PROVINCES)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def code_at(self, row: int) -> str:
        return PROVINCES[row].code

    def row_of(self, code: str) -> int:
        return next((i for i, p in enumerate(PROVINCES) if p.code == code), -1)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("HeatMapPanel", HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._table is None:
            return None
        code = PROVINCES[index.row()].code
        figure = self._table.by_code[code]
        column = index.column()
        if role == CODE_ROLE:
            return code
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PROVINCE:
                return PROVINCES_BY_CODE[code].name_zh
            if column == VALUE:
                return "" if figure.value is None else format_number(figure.value)
            if column == RANK:
                return "" if figure.rank is None else str(figure.rank)
            if column == SHARE:
                return "" if figure.share is None else f"{figure.share:.1%}"
            return figure.source_id
        if role == Qt.ItemDataRole.EditRole and column == VALUE:
            return "" if figure.value is None else format_number(figure.value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == PROVINCE:
                return PROVINCES_BY_CODE[code].name_en
            if column == VALUE and figure.value is None:
                return QCoreApplication.translate("HeatMapPanel", "No data: unknown, not zero")
            return figure.note or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (VALUE, RANK, SHARE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == VALUE and self._table is not None and not self._table.metric.computed:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        code = PROVINCES[index.row()].code
        name = PROVINCES_BY_CODE[code].name_zh
        try:
            number = value if isinstance(value, (int, float)) and not isinstance(value, bool) else parse_count(value)
            self.set_value(code, None if number is None else float(number))
        except ValueError as error:
            self.editRejected.emit(f"{name}: {error}")
            return False
        except EditRejected as error:
            self.editRejected.emit(f"{name}: " + "; ".join(message for _, message in error.problems))
            return False
        return True

    def set_value(self, code: str, value: float | None) -> None:
        """One undo step; raises EditRejected when the domain refuses the value (e.g. negative)."""
        metric = self._table.metric
        workspace = self._session.workspace
        key = (metric.metric_id, code)
        label = QCoreApplication.translate("HeatMapPanel", "Edit {0} for {1}").format(
            metric.name_zh, PROVINCES_BY_CODE[code].name_zh)
        existing = workspace.province_values.get(key)
        if existing is None and value is None:
            return  # already unknown
        if existing is not None:
            if existing.value == value:
                return
            self._session.push(update(workspace, "province_values", key, label, value=value))
        else:
            record = e.ProvinceValue(metric.metric_id, code, value, e.Kind.ASSESSMENT.value)
            self._session.push(PutRecord("province_values", record, label=label))
