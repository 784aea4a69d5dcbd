"""The revenue mix table: low/base/high typed in any order, the triple committed when it makes sense.

A share cell edit is held on its row until the row's three shares are in range
and in order (low ≤ base ≤ high); then they are committed together, with the
source and note the analyst confirms, as one undo step. An invalid row shows its
pending values and the reason, and the reason disappears once the row is valid.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor

from workbench.domain import Batch, DomainError, update
from workbench.domain.entities import Kind, RevenueMix
from workbench.domain.percent import PercentError, format_share, parse_share
from workbench.domain.rules import check_record

from ...models import Column, RecordTableModel
from ...models.record_table import Index
from ...undo import EditRejected

KIND_LABELS = {
    Kind.REPORTED.value: QT_TRANSLATE_NOOP("RevenuePanel", "Reported"),
    Kind.ESTIMATE.value: QT_TRANSLATE_NOOP("RevenuePanel", "Estimate"),
    Kind.ASSESSMENT.value: QT_TRANSLATE_NOOP("RevenuePanel", "Analyst assessment"),
}
CATEGORY_LABELS = {
    "cloud_giant": QT_TRANSLATE_NOOP("RevenuePanel", "Cloud giant (upper bound)"),
    "hardware_led": QT_TRANSLATE_NOOP("RevenuePanel", "Hardware-led"),
    "project_based": QT_TRANSLATE_NOOP("RevenuePanel", "Project-based small vendor"),
    "pure_player": QT_TRANSLATE_NOOP("RevenuePanel", "Pure player"),
    "": QT_TRANSLATE_NOOP("RevenuePanel", "Uncategorised"),
}
SHARE_FIELDS = ("share_low", "share_base", "share_high")
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
NOTE_SHOWN = 80  # characters of a note shown in its cell; the tooltip has all of it
_PENDING_BRUSH = QBrush(QColor("#fde2e1"))
_CONFLICT_BRUSH = QBrush(QColor("#fff3cd"))

# (record, changed shares) -> (source_id, note, commands adding a new source) or None when cancelled
Confirm = Callable[[RevenueMix, dict], "tuple[str, str, tuple] | None"]


def kind_label(value: str) -> str:
    return QCoreApplication.translate("RevenuePanel", KIND_LABELS[value]) if value in KIND_LABELS else value


def category_label(value: str) -> str:
    return QCoreApplication.translate("RevenuePanel", CATEGORY_LABELS.get(value, value))


def parse_share_cell(text: str) -> float | None:
    """One share typed into a cell: "15%", "0.15" or "15"; a range belongs in low and high."""
    try:
        share = parse_share(text)
    except PercentError as error:
        raise ValueError(str(error)) from None
    if share is None:
        return None
    if share.is_range:
        raise ValueError(QCoreApplication.translate(
            "RevenuePanel", "“{0}” is a range: put its ends into Share low and Share high").format(text.strip()))
    return share.high


def mix_columns() -> list[Column]:
    share = dict(display=format_share, parse=parse_share_cell)
    return [
        Column("category", QT_TRANSLATE_NOOP("Columns", "Category"), editable=False, display=category_label),
        Column("share_low", QT_TRANSLATE_NOOP("Columns", "Share low"), **share),
        Column("share_base", QT_TRANSLATE_NOOP("Columns", "Share base"), **share),
        Column("share_high", QT_TRANSLATE_NOOP("Columns", "Share high"), **share),
        Column("caveat", QT_TRANSLATE_NOOP("Columns", "Caveat")),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), display=kind_label),
        Column("source_id", QT_TRANSLATE_NOOP("Columns", "Source")),
        Column("note", QT_TRANSLATE_NOOP("Columns", "Note")),
    ]


def keep_source(record: RevenueMix, _changes: dict) -> tuple[str, str, tuple]:
    return record.source_id, record.note, ()


class MixModel(RecordTableModel):
    """revenue_mix rows; the vendor's name is the row header, so it stays in view while scrolling."""

    def __init__(self, session, parent=None):
        super().__init__(session, "revenue_mix", mix_columns(), parent)
        self._pending: dict[tuple, dict[str, float | None]] = {}
        self._errors: dict[tuple, str] = {}
        self._conflicted: set[str] = set()
        self.confirm: Confirm = keep_source  # the panel asks for source and note in a dialog
        self._answer = None  # an answer already given (by the edit dialog) for the next commit

    # ------------------------------------------------------------ reading
    def vendor_name(self, row: int) -> str:
        vendor_id = self.key_at(row)[0]
        vendor = self._session.workspace.vendors.get((vendor_id,))
        return vendor.name_zh if vendor else vendor_id

    def row_error(self, row: int) -> str:
        return self._errors.get(self.key_at(row), "")

    def pending(self, row: int) -> dict:
        return dict(self._pending.get(self.key_at(row), {}))

    def set_conflicted(self, vendor_ids: set[str]) -> None:
        if vendor_ids != self._conflicted:
            self._conflicted = vendor_ids
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.rowCount():
            return self.vendor_name(section)
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        field = self._columns[index.column()].field
        key = self.key_at(index.row())
        pending = self._pending.get(key, {})
        if field in SHARE_FIELDS and field in pending:
            value = pending[field]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return format_share(value)
            if role == Qt.ItemDataRole.BackgroundRole:
                return _PENDING_BRUSH
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._errors.get(key, "")
        if field == "share_base" and key[0] in self._conflicted:
            if role == Qt.ItemDataRole.BackgroundRole:
                return _CONFLICT_BRUSH
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("RevenuePanel",
                                                  "Sources disagree on this figure: see Observations side by side")
        if field in SHARE_FIELDS and role == Qt.ItemDataRole.DisplayRole:
            value = getattr(self.record_at(index.row()), field)
            return format_share(value) if value is not None else "—"
        if field == "note" and role == Qt.ItemDataRole.DisplayRole:
            note = self.record_at(index.row()).note
            return note if len(note) <= NOTE_SHOWN else note[:NOTE_SHOWN] + "…"
        if role == SORT_ROLE:
            value = getattr(self.record_at(index.row()), field)
            numeric = field in SHARE_FIELDS
            return value if value is not None else (float("-inf") if numeric else "")
        return super().data(index, role)

    # ------------------------------------------------------------ editing
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = self._columns[index.column()].field if index.isValid() else ""
        if role != Qt.ItemDataRole.EditRole or field not in SHARE_FIELDS:
            return super().setData(index, value, role)
        try:
            share = self._parse(self._columns[index.column()], value)
        except ValueError as error:
            self.editRejected.emit(f"{self.header_text(field)}: {error}")
            return False
        key = self.key_at(index.row())
        pending = self._pending.setdefault(key, {})
        pending[field] = share
        return self._try_commit(index.row())

    def _try_commit(self, row: int) -> bool:
        """Commit the row's pending shares when the triple is valid; else keep them and say why."""
        key = self.key_at(row)
        record = self.record_at(row)
        changes = {f: v for f, v in self._pending.get(key, {}).items() if v != getattr(record, f)}
        candidate = _replace(record, changes)
        problems = [(f, m) for f, m in check_record(candidate) if f in SHARE_FIELDS]
        if problems:
            self._errors[key] = "; ".join(f"{self.header_text(f)}: {m}" for f, m in problems)
            self._repaint_row(row)
            self.editRejected.emit(f"{self.vendor_name(row)}: {self._errors[key]}")
            return True  # the typed value is kept on the row, shown as pending
        self._pending.pop(key, None)
        self._errors.pop(key, None)
        if changes:
            self.commit(key, changes)
        self._repaint_row(row)
        return True

    def commit(self, key: tuple, changes: dict) -> bool:
        """Shares, source and note as one undo step; False when the analyst cancels or the edit is refused."""
        record = self._session.workspace.revenue_mix.get(key)
        answer, self._answer = (self._answer or self.confirm(record, changes)), None
        if answer is None:
            return False
        source_id, note, new_source = answer
        label = QCoreApplication.translate("RevenuePanel", "Edit revenue mix of {0}").format(self._name(key))
        try:
            ws = self._session.workspace
            command = Batch((*new_source, Deferred(lambda: update(ws, "revenue_mix", key, label, source_id=source_id,
                                                                   note=note, **changes))), label)
            self._session.push(command)
        except (EditRejected, DomainError) as error:
            self.editRejected.emit(str(error))
            return False
        return True

    def confirm_once(self, answer: tuple[str, str, tuple]) -> None:
        """Use this (source_id, note, new-source commands) for the next commit instead of asking."""
        self._answer = answer

    def discard_pending(self) -> None:
        self._pending.clear()
        self._errors.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _name(self, key: tuple) -> str:
        row = self.row_of(key)
        return self.vendor_name(row) if row >= 0 else key[0]

    def _repaint_row(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _on_workspace_replaced(self) -> None:
        self._pending.clear()
        self._errors.clear()
        super()._on_workspace_replaced()


class Deferred:
    """A command made only when applied: an update that follows a new source in the same batch."""

    label = ""

    def __init__(self, make):
        self._make = make

    def apply(self, workspace):
        return self._make().apply(workspace)


def _replace(record: RevenueMix, changes: dict) -> RevenueMix:
    import dataclasses

    return dataclasses.replace(record, **changes)


class VendorFilterProxy(QSortFilterProxyModel):
    """Shows the vendors of one province (the session's vendor filter), or all; sorts by value."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self._session = session
        self.setSortRole(SORT_ROLE)

    def refilter(self) -> None:
        """The session's province changed: filter the rows again."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        province = self._session.vendor_filter
        if not province:
            return True
        key = self.sourceModel().key_at(source_row)
        vendor = self._session.workspace.vendors.get(key)
        return vendor is not None and vendor.hq_province == province
