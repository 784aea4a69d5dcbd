"""Two small tables: the shares of one named market (with its remainder), and the market-size points.

Selecting a row selects its record, so the Sources panel shows where the figure
comes from. A share typed here goes through the same rule as every other edit:
a market never holds more than 100%.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from workbench.domain import Batch, update
from workbench.domain.market_shares import MarketView
from workbench.domain.market_shares import workspace_problems as market_share_problems
from workbench.domain.percent import format_share
from workbench.domain.units import format_cny, format_in_unit

from ...undo import EditRejected
from .models import Deferred, parse_share_cell

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
_OTHERS_BRUSH = QBrush(QColor("#eeeeee"))
_OTHER_SERIES_BRUSH = QBrush(QColor("#666666"))
translate = QCoreApplication.translate


def _item(text: str, editable: bool = False, key=None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
    if key is not None:
        item.setData(KEY_ROLE, key)
    return item


class MarketSharesTable(QTableWidget):
    """Vendor, share, amount, rank, source, note; the last row is Others / not attributed."""

    editRejected = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(0, 6, parent)
        self.setObjectName("market_shares_table")
        self._session = session
        self._filling = False
        # (record, changes) -> (source_id, note, commands adding a new source) or None when cancelled
        self.confirm = lambda record, _changes: (record.source_id, record.note, ())
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.itemChanged.connect(self._on_item_changed)
        self.currentCellChanged.connect(self._on_current_changed)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([translate("RevenuePanel", "Vendor"), translate("RevenuePanel", "Share"),
                                        translate("RevenuePanel", "Amount"), translate("RevenuePanel", "Rank"),
                                        translate("RevenuePanel", "Source"), translate("RevenuePanel", "Note")])

    def show_view(self, view: MarketView | None, language: str) -> None:
        self._filling = True
        self.setRowCount(0)
        if view is not None:
            unit = view.definition.unit
            for named in view.ranked():
                r = named.record
                key = (r.market_id, r.vendor_id)
                share = format_share(named.share) if named.share is not None else translate("RevenuePanel",
                                                                                            "no figure")
                self._append([_item(named.name, key=key), _item(share, editable=True, key=key),
                              _item(format_in_unit(r.amount, unit, language), key=key),
                              _item("" if r.rank is None else f"#{r.rank}", key=key), _item(r.source_id, key=key),
                              _item(r.note, key=key)])
            if view.shares:
                others = [_item(translate("RevenuePanel", "Others / not attributed")), _item(format_share(view.remainder)),
                          _item(""), _item(""), _item(""), _item(translate("RevenuePanel", "100% less the named vendors"))]
                for item in others:
                    item.setBackground(_OTHERS_BRUSH)
                self._append(others)
        self.resizeColumnsToContents()
        self._filling = False

    def _append(self, items: list[QTableWidgetItem]) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for column, item in enumerate(items):
            self.setItem(row, column, item)

    def shares_shown(self) -> list[tuple[str, str]]:
        return [(self.item(r, 0).text(), self.item(r, 1).text()) for r in range(self.rowCount())]

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 1 or item.data(KEY_ROLE) is None:
            return
        key = tuple(item.data(KEY_ROLE))
        ws = self._session.workspace
        try:
            share = parse_share_cell(item.text())
            record = ws.market_shares.get(key)
            # The rule is checked before the analyst is asked for a source: a refused share asks nothing.
            problems = market_share_problems(ws, dataclasses.replace(record, share=share))
            if problems:
                raise ValueError("; ".join(message for _field, message in problems))
            answer = self.confirm(record, {"share": share})
            if answer is not None:
                source_id, note, new_source = answer
                label = translate("RevenuePanel", "Edit market share")
                self._session.push(Batch((*new_source, Deferred(lambda: update(
                    ws, "market_shares", key, label, share=share, source_id=source_id, note=note))), label))
                return  # the panel rebuilds the table from the workspace
        except (ValueError, EditRejected) as error:
            self.editRejected.emit(str(error))
        # Refused: the workspace is unchanged, and so must the cell be.
        record = self._session.workspace.market_shares.get(key)
        self._filling = True
        item.setText(format_share(record.share) if record and record.share is not None
                     else translate("RevenuePanel", "no figure"))
        self._filling = False

    def _on_current_changed(self, row: int, *_args) -> None:
        item = self.item(row, 0) if row >= 0 else None
        if item is not None and item.data(KEY_ROLE) is not None:
            self._session.set_selection("market_shares", tuple(item.data(KEY_ROLE)))


class MarketSizeTable(QTableWidget):
    """Each market-size point, and the multimodal share the 2024 multimodal market is derived with."""

    def __init__(self, session, parent=None):
        super().__init__(0, 4, parent)
        self.setObjectName("market_size_table")
        self._session = session
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.currentCellChanged.connect(self._on_current_changed)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([translate("RevenuePanel", "Series"), translate("RevenuePanel", "Year"),
                                        translate("RevenuePanel", "Value"), translate("RevenuePanel", "Source")])

    def show_figures(self, market, language: str) -> None:
        ws = self._session.workspace
        names = {s.series_id: s.name_zh or s.name_en for s in ws.market_series}
        self.setRowCount(0)
        points = list(market.llm_points) + list(market.multimodal_points)
        for point in points:
            key = (point.series_id, point.year)
            value = format_cny(point.value, language)
            if point.is_forecast:
                value += " " + translate("RevenuePanel", "(forecast)")
            self._append([_item(names.get(point.series_id, point.series_id), key=key), _item(str(point.year), key=key),
                          _item(value, key=key), _item(point.source_id, key=key)])
        if market.multimodal_share is not None and market.year is not None:
            # The share is a setting; its citation is the multimodal point derived with it.
            key = next(((p.series_id, p.year) for p in market.multimodal_points if p.year == market.year), None)
            self._append([_item(translate("RevenuePanel", "Multimodal share of the LLM market"), key=key),
                          _item(str(market.year), key=key), _item(format_share(market.multimodal_share), key=key),
                          _item(ws.market_points.get(key).source_id if key else "", key=key)])
        # Other houses' series, side by side: different scopes, never mixed with the ones above.
        shown = {(p.series_id, p.year) for p in points}
        for point in ws.market_points:
            key = (point.series_id, point.year)
            if key in shown or point.value is None:
                continue
            value = format_cny(point.value, language)
            if point.is_forecast:
                value += " " + translate("RevenuePanel", "(forecast)")
            row = [_item(names.get(point.series_id, point.series_id), key=key), _item(str(point.year), key=key),
                   _item(value, key=key), _item(point.source_id, key=key)]
            for item in row:
                item.setForeground(_OTHER_SERIES_BRUSH)
            self._append(row)
        self.resizeColumnsToContents()
        self.setColumnWidth(0, min(self.columnWidth(0), 320))  # a longer series name is elided, the tooltip has it
        for row in range(self.rowCount()):
            self.item(row, 0).setToolTip(self.item(row, 0).text())

    def _append(self, items: list[QTableWidgetItem]) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for column, item in enumerate(items):
            self.setItem(row, column, item)

    def _on_current_changed(self, row: int, *_args) -> None:
        item = self.item(row, 0) if row >= 0 else None
        if item is not None and item.data(KEY_ROLE) is not None:
            self._session.set_selection("market_points", tuple(item.data(KEY_ROLE)))



