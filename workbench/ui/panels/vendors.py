"""The vendors table: editable, filterable, sortable; selecting a row selects the vendor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QStyledItemDelegate, QTableView, QVBoxLayout

from workbench.domain.provinces import PROVINCES, PROVINCES_BY_CODE, resolve_province, suggest_province

from ..models import Column, RecordTableModel
from .base import Panel


def province_name(code: str) -> str:
    province = PROVINCES_BY_CODE.get(code)
    return province.name_zh if province else code


def parse_province(text: str) -> str:
    """A code from a code, Chinese or English name; empty means no province."""
    text = text.strip()
    if not text:
        return ""
    code = resolve_province(text)
    if code:
        return code
    hint = suggest_province(text)
    message = QCoreApplication.translate("VendorsPanel", "Unknown province “{0}”").format(text)
    if hint:
        message += QCoreApplication.translate("VendorsPanel", "; did you mean {0}?").format(hint.name_zh)
    raise ValueError(message)


VENDOR_COLUMNS = [
    Column("name_zh", QT_TRANSLATE_NOOP("Columns", "Chinese name")),
    Column("name_en", QT_TRANSLATE_NOOP("Columns", "English name")),
    Column("hq_province", QT_TRANSLATE_NOOP("Columns", "HQ province"), display=province_name, parse=parse_province),
    Column("hq_city", QT_TRANSLATE_NOOP("Columns", "HQ city")),
    Column("tickers", QT_TRANSLATE_NOOP("Columns", "Tickers")),
    Column("flagship_model", QT_TRANSLATE_NOOP("Columns", "Flagship model")),
    Column("description", QT_TRANSLATE_NOOP("Columns", "Description")),
    Column("source_id", QT_TRANSLATE_NOOP("Columns", "Source")),
    Column("tickers_source_id", QT_TRANSLATE_NOOP("Columns", "Tickers source")),
]


class ProvinceDelegate(QStyledItemDelegate):
    """Edits a province code with a list of the 34 provincial-level divisions."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.addItem("—", "")
        for province in PROVINCES:
            combo.addItem(f"{province.name_zh}  {province.name_en}", province.code)
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class VendorFilterProxy(QSortFilterProxyModel):
    """The text filter, plus the session's province filter on the vendor's headquarters."""

    def __init__(self, model: RecordTableModel, parent=None):
        super().__init__(parent)
        self.setSourceModel(model)
        self._province: str | None = None

    def set_province(self, code: str | None) -> None:
        self.beginFilterChange()
        self._province = code
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if self._province and self.sourceModel().record_at(source_row).hq_province != self._province:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class VendorsPanel(Panel):
    NAME = "vendors"
    TITLE = QT_TRANSLATE_NOOP("Panels", "Vendors")
    AREA = Qt.DockWidgetArea.LeftDockWidgetArea

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.model = RecordTableModel(session, "vendors", VENDOR_COLUMNS, self)
        self.model.editRejected.connect(self.message_bar.show_error)
        self.proxy = VendorFilterProxy(self.model, self)
        self.proxy.set_province(session.vendor_filter)
        session.vendorFilterChanged.connect(self.proxy.set_province)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the dataset's order until asked
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setItemDelegateForColumn(self.model.column_of("hq_province"), ProvinceDelegate(self.view))
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        session.selectionChanged.connect(self._on_selection_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)
        self.retranslate()
        self.view.resizeColumnsToContents()

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter vendors…"))
        self.model.retranslate()

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        key = self.model.key_at(self.proxy.mapToSource(current).row())
        self.session.set_selection("vendors", key)

    def _on_selection_changed(self, selection) -> None:
        """Another panel selected a vendor or its tier placement: show the same row here."""
        if not selection or selection[0] not in ("vendors", "tier_placements"):
            return
        row = self.model.row_of(selection[1])
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid() and index.row() != self.view.currentIndex().row():
            self.view.setCurrentIndex(index)


if __name__ == "__main__":
    from workbench.ui.preview import preview_panel

    raise SystemExit(preview_panel(VendorsPanel))
