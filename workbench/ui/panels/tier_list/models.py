"""The tier list as a table: one row per vendor, one column per dimension, scores editable."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor

from workbench.domain.tiering_commands import set_score

from ...models.record_table import KEY_ROLE, parse_by_type
from ...undo import EditRejected
from .board import margin_text, rank_change_text, robustness_text
from .state import TierState

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
# Fixed columns before the dimensions and after them; a dimension column's field is ("dim", id).
LEADING = ("rank", "vendor", "tier", "composite")
TRAILING = ("margin", "robustness", "rank_change", "override", "reason")
UNSCORED_SORT = 10**9  # unscored vendors sort after every rank
HIGHLIGHT = QColor("#fde2e1")


class TierTableModel(QAbstractTableModel):
    editRejected = Signal(str)

    def __init__(self, state: TierState, parent=None):
        super().__init__(parent)
        self.state = state
        self._active, self._stale = True, False
        self._read_shape()
        state.updated.connect(self._on_updated)
        state.robustnessUpdated.connect(self._on_robustness)
        state.filterChanged.connect(self._reset)

    def _read_shape(self) -> None:
        self.dimension_ids = [d.dimension_id for d in self.state.workspace.dimensions]
        self.fields: list[Any] = [*LEADING, *(("dim", d) for d in self.dimension_ids), *TRAILING]
        self.vendor_rows = [v for v in self.state.vendor_ids if self.state.is_visible(v)]

    def column_of(self, field: Any) -> int:
        return self.fields.index(field) if field in self.fields else -1

    def vendor_at(self, row: int) -> str:
        return self.vendor_rows[row]

    def row_of(self, vendor_id: str) -> int:
        return self.vendor_rows.index(vendor_id) if vendor_id in self.vendor_rows else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.vendor_rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if not 0 <= section < len(self.fields):
            return None
        field = self.fields[section]
        if isinstance(field, tuple):
            dimension = self.state.workspace.dimensions.get((field[1],))
            return dimension.name_zh if dimension else field[1]
        return {"rank": self.tr("Rank"), "vendor": self.tr("Vendor"), "tier": self.tr("Tier"),
                "composite": self.tr("Composite"), "margin": self.tr("Margin"),
                "robustness": self.tr("Robustness"),
                "rank_change": self.tr("Change"), "override": self.tr("Override"),
                "reason": self.tr("Reason")}[field]

    def _value(self, vendor_id: str, field: Any) -> tuple[Any, str]:
        """The cell's sort value and its text."""
        state = self.state
        i = state.index_of(vendor_id)
        result = state.result
        if isinstance(field, tuple):
            score = state.workspace.scores.get((vendor_id, field[1]))
            value = score.value if score else None
            return (-1.0 if value is None else value), ("" if value is None else f"{value:g}")
        scored = state.is_scored(i)
        if field == "rank":
            return (int(result.ranks[i]), str(int(result.ranks[i]))) if scored else (UNSCORED_SORT, "")
        if field == "vendor":
            name = state.name_of(vendor_id)
            return name, name
        if field == "tier":
            tier = state.tier(int(result.tiers[i]))
            if tier is None:
                return UNSCORED_SORT, self.tr("Unscored")
            return int(result.tiers[i]), tier.name_zh if scored else self.tr("{0} (unscored)").format(tier.name_zh)
        if field == "composite":
            return (float(result.composites[i]), f"{result.composites[i]:.2f}") if scored else (-1.0, "")
        if field == "margin":
            margin = state.margin_of(i)
            if margin is None:
                return math.inf, ""
            other = state.tier(margin.tier_id)
            return margin.points, f"{margin_text(margin)} {other.name_zh if other else margin.tier_id}"
        if field == "robustness":
            share = state.robustness_of(vendor_id)
            shown = state.robustness_shown(vendor_id)
            return (-1.0 if math.isnan(share) else share), "" if shown is None else robustness_text(shown)
        if field == "rank_change":
            change = state.rank_change(i)
            return (0 if change is None else change), rank_change_text(change)
        if field == "override":
            return int(bool(result.overridden[i])), self.tr("yes") if result.overridden[i] else ""
        reason = state.override_reason(vendor_id)
        return reason, reason

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.vendor_rows):
            return None
        vendor_id, field = self.vendor_rows[index.row()], self.fields[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and field in ("margin", "robustness"):
            return self._tooltip(vendor_id, field)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return self._value(vendor_id, field)[1]
        if role == SORT_ROLE:
            return self._value(vendor_id, field)[0]
        if role == KEY_ROLE:
            return (vendor_id,)
        if role == Qt.ItemDataRole.BackgroundRole:
            if field == "tier":
                tier = self.state.tier(int(self.state.result.tiers[self.state.index_of(vendor_id)]))
                if tier is None:
                    return None
                band = QColor(tier.color)
                band.setAlpha(90)
                return band
            return HIGHLIGHT if vendor_id in self.state.moved else None
        if role == Qt.ItemDataRole.TextAlignmentRole and field not in ("vendor", "tier", "reason"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, vendor_id: str, field: str) -> str:
        if field == "margin":
            return self.tr("Composite points to the nearest tier boundary: ↓ a loss, ↑ a gain of that much "
                           "moves the vendor to the tier named")
        return self.tr("Share of ±20% weight draws that keep the computed tier; blank when it never moves")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if isinstance(self.fields[index.column()], tuple):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        vendor_id, (_, dimension_id) = self.vendor_rows[index.row()], self.fields[index.column()]
        header = self.headerData(index.column(), Qt.Orientation.Horizontal)
        try:
            number = parse_by_type(value, float | None) if isinstance(value, str) else value
            score = self.state.workspace.scores.get((vendor_id, dimension_id))
            if score is not None and score.value == number:
                return True
            self.state.session.push(set_score(self.state.workspace, vendor_id, dimension_id, number))
        except ValueError as error:
            self.editRejected.emit(f"{header}: {error}")
            return False
        except EditRejected as error:
            self.editRejected.emit(f"{self.state.name_of(vendor_id)}, {header}: " +
                                   "; ".join(message for _, message in error.problems))
            return False
        return True

    # ------------------------------------------------------------ following the state
    def set_active(self, active: bool) -> None:
        """A hidden table skips updates (re-sorting 2,000 rows per edit is not free) and catches up when shown."""
        self._active = active
        if active and self._stale:
            self._stale = False
            self._reset()

    def _on_updated(self) -> None:
        if not self._active:
            self._stale = True
            return
        dimension_ids = [d.dimension_id for d in self.state.workspace.dimensions]
        vendor_rows = [v for v in self.state.vendor_ids if self.state.is_visible(v)]
        if dimension_ids != self.dimension_ids or vendor_rows != self.vendor_rows:
            self._reset()
        elif self.vendor_rows:
            # An edit moves composites and ranks of every vendor, so every cell may change.
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.vendor_rows) - 1, len(self.fields) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.fields) - 1)

    def _on_robustness(self) -> None:
        if not self._active:
            self._stale = True
            return
        column = self.column_of("robustness")
        if self.vendor_rows and column >= 0:
            self.dataChanged.emit(self.index(0, column), self.index(len(self.vendor_rows) - 1, column))

    def _reset(self) -> None:
        self.beginResetModel()
        self._read_shape()
        self.endResetModel()


class TierSortProxy(QSortFilterProxyModel):
    """Sorts by the numbers behind the cells, not their text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
