"""The estimates table: the record's own cells (editable) and the derived amounts beside them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor, QFont

from workbench.domain.entities import Kind
from workbench.domain.percent import PercentError, format_share, parse_share
from workbench.domain.revenue_checks import CURRENCIES, normalise_currency
from workbench.domain.revenue_figures import RevenueFigures, VendorRevenue

from ...models import Column, RecordTableModel
from ...models.record_table import Index

KIND_LABELS = {
    Kind.REPORTED.value: QT_TRANSLATE_NOOP("RevenuePanel", "Reported"),
    Kind.ESTIMATE.value: QT_TRANSLATE_NOOP("RevenuePanel", "Estimate"),
    Kind.ASSESSMENT.value: QT_TRANSLATE_NOOP("RevenuePanel", "Analyst assessment"),
}
AMOUNT_FIELDS = ("amount_low", "amount_base", "amount_high")
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
NOTE_SHOWN = 80  # characters of a note shown in its cell; the tooltip has all of it
_CONFLICT_BRUSH = QBrush(QColor("#fff3cd"))


def kind_label(value: str) -> str:
    return QCoreApplication.translate("RevenuePanel", KIND_LABELS[value]) if value in KIND_LABELS else value


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


def parse_currency(text: str) -> str:
    code = normalise_currency(text)
    if code is None:
        raise ValueError(QCoreApplication.translate("RevenuePanel", "unknown currency “{0}”: use one of {1}")
                         .format(text.strip(), ", ".join(CURRENCIES)))
    return code


def format_amount(value: float | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def revenue_columns() -> list[Column]:
    share = dict(display=format_share, parse=parse_share_cell)
    return [
        Column("vendor_id", QT_TRANSLATE_NOOP("Columns", "Vendor"), editable=False),
        Column("base_label", QT_TRANSLATE_NOOP("Columns", "Base revenue is")),
        Column("base_year", QT_TRANSLATE_NOOP("Columns", "Year")),
        Column("currency", QT_TRANSLATE_NOOP("Columns", "Currency"), parse=parse_currency),
        Column("base_revenue", QT_TRANSLATE_NOOP("Columns", "Base revenue (bn)"), display=format_amount),
        Column("share_low", QT_TRANSLATE_NOOP("Columns", "Share low"), **share),
        Column("share_base", QT_TRANSLATE_NOOP("Columns", "Share base"), **share),
        Column("share_high", QT_TRANSLATE_NOOP("Columns", "Share high"), **share),
        Column("amount_low", QT_TRANSLATE_NOOP("Columns", "Amount low (bn)"), editable=False),
        Column("amount_base", QT_TRANSLATE_NOOP("Columns", "Amount base (bn)"), editable=False),
        Column("amount_high", QT_TRANSLATE_NOOP("Columns", "Amount high (bn)"), editable=False),
        Column("market_share", QT_TRANSLATE_NOOP("Columns", "Market share"), editable=False),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), display=kind_label),
        Column("source_id", QT_TRANSLATE_NOOP("Columns", "Source")),
        Column("note", QT_TRANSLATE_NOOP("Columns", "Note")),
    ]


class EstimatesModel(RecordTableModel):
    """revenue_estimates plus derived columns read from the panel's latest RevenueFigures."""

    def __init__(self, session, parent=None):
        super().__init__(session, "revenue_estimates", revenue_columns(), parent)
        self._figures: dict[str, VendorRevenue] = {}
        self._conflicted: set[str] = set()
        self.scenario = "base"
        self._derived = {self.column_of(name) for name in (*AMOUNT_FIELDS, "market_share")}

    def set_figures(self, figures: RevenueFigures, scenario: str) -> None:
        """New figures arrived: repaint the derived columns (and the vendor names, which may have changed)."""
        names = {v.vendor_id: v.name_zh for v in figures.vendors}
        everything = names != {k: v.name_zh for k, v in self._figures.items()}
        self._figures = {v.vendor_id: v for v in figures.vendors}
        conflicted = {c.vendors[0] for c in figures.checks if c.code in ("conflict", "not_in_use")}
        everything = everything or conflicted != self._conflicted
        self._conflicted, self.scenario = conflicted, scenario
        if not self.rowCount():
            return
        # Usually only the derived columns change (the amounts in bold follow the scenario); the edited
        # row itself was repainted by the base class.
        first, last = (0, self.columnCount() - 1) if everything else (min(self._derived), max(self._derived))
        self.dataChanged.emit(self.index(0, first), self.index(self.rowCount() - 1, last))

    def vendor_figures(self, row: int) -> VendorRevenue | None:
        return self._figures.get(self.key_at(row)[0])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        field = self._columns[index.column()].field
        if index.column() in self._derived:
            return self._derived_data(index.row(), field, role)
        figures = self.vendor_figures(index.row())
        if field == "vendor_id" and role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE) and figures:
            return figures.name_zh
        if field == "base_revenue" and figures and figures.vendor_id in self._conflicted:
            if role == Qt.ItemDataRole.BackgroundRole:
                return _CONFLICT_BRUSH
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("RevenuePanel",
                                                  "Sources disagree on this figure: see Conflicting sources")
        if field == "note" and role == Qt.ItemDataRole.DisplayRole:
            note = self.record_at(index.row()).note
            # Laying out a long note only to elide it costs more than all other cells together.
            return note if len(note) <= NOTE_SHOWN else note[:NOTE_SHOWN] + "…"
        if role == SORT_ROLE:
            value = getattr(self.record_at(index.row()), field)
            numeric = self._annotations[field].startswith(("float", "int"))
            return value if value is not None else (float("-inf") if numeric else "")
        return super().data(index, role)

    def _derived_data(self, row: int, field: str, role: int) -> Any:
        figures = self.vendor_figures(row)
        if figures is None:
            return None
        if field == "market_share":
            value = figures.market_share(self.scenario)
            text = format_share(value)
        else:
            value = figures.amounts[AMOUNT_FIELDS.index(field)]
            text = format_amount(value)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == SORT_ROLE:
            return value if value is not None else float("-inf")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and field == f"amount_{self.scenario}":
            font = QFont()
            font.setBold(True)  # the amount the charts show
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns) and self._columns[section].field == "market_share"):
            return QCoreApplication.translate("RevenuePanel", "Market share ({0})").format(
                scenario_label(self.scenario))
        return super().headerData(section, orientation, role)


def scenario_label(scenario: str) -> str:
    labels = {"low": QT_TRANSLATE_NOOP("RevenuePanel", "Low"), "base": QT_TRANSLATE_NOOP("RevenuePanel", "Base"),
              "high": QT_TRANSLATE_NOOP("RevenuePanel", "High")}
    return QCoreApplication.translate("RevenuePanel", labels[scenario])


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

