"""The vendors table: editable, filterable, sortable; selecting a row selects the vendor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QLineEdit, QMessageBox, QStyledItemDelegate, QTableView,
                               QToolBar, QVBoxLayout)

from workbench.domain.provinces import PROVINCES, PROVINCES_BY_CODE, resolve_province, suggest_province

from ..models import Column, RecordTableModel
from ..source_picker import install_source_pickers
from .base import Panel

# How the records that go with a deleted vendor are named in the question before it goes.
DEPENDENT_LABELS = {
    "scores": QT_TRANSLATE_NOOP("VendorsPanel", "scores"),
    "tier_placements": QT_TRANSLATE_NOOP("VendorsPanel", "tier placements"),
    "revenue_mix": QT_TRANSLATE_NOOP("VendorsPanel", "revenue mix estimates"),
    "market_shares": QT_TRANSLATE_NOOP("VendorsPanel", "market shares"),
    "revenue_observations": QT_TRANSLATE_NOOP("VendorsPanel", "revenue observations"),
    "analysis_entries": QT_TRANSLATE_NOOP("VendorsPanel", "SWOT/PEST entries"),
    "tows_strategies": QT_TRANSLATE_NOOP("VendorsPanel", "TOWS strategies"),
}


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
        install_source_pickers(self.view, self.model, session)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        session.selectionChanged.connect(self._on_selection_changed)

        self.add_action = self._action(self.add_vendor, QKeySequence(Qt.Key.Key_Insert))
        self.edit_action = self._action(self.edit_vendor, QKeySequence("Ctrl+Return"))
        self.delete_action = self._action(self.delete_vendor, QKeySequence(QKeySequence.StandardKey.Delete))
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.add_action, self.edit_action, self.delete_action])
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions([self.add_action, self.edit_action, self.delete_action])
        self.view.selectionModel().selectionChanged.connect(self._update_actions)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)
        self.retranslate()
        self._update_actions()
        self.view.resizeColumnsToContents()

    def _action(self, handler, shortcut: QKeySequence) -> QAction:
        action = QAction(self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # not while typing elsewhere
        action.triggered.connect(handler)
        self.addAction(action)
        return action

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter vendors…"))
        self.add_action.setText(self.tr("Add vendor…"))
        self.edit_action.setText(self.tr("Edit vendor…"))
        self.delete_action.setText(self.tr("Delete vendor"))
        self.add_action.setToolTip(self.tr("Add a vendor (Insert)"))
        self.edit_action.setToolTip(self.tr("Edit every field of the selected vendor (Ctrl+Enter); F2 edits one cell"))
        self.delete_action.setToolTip(self.tr("Delete the selected vendor and everything that belongs to it (Delete)"))
        self.model.retranslate()

    def _update_actions(self, *_args) -> None:
        has_vendor = self.current_vendor_id() is not None
        self.edit_action.setEnabled(has_vendor)
        self.delete_action.setEnabled(has_vendor)

    def current_vendor_id(self) -> str | None:
        current = self.view.currentIndex()
        if not current.isValid() or not self.view.selectionModel().isRowSelected(current.row(), QModelIndex()):
            return None
        return self.model.key_at(self.proxy.mapToSource(current).row())[0]

    # ------------------------------------------------------------ adding, editing, deleting
    def add_vendor(self) -> None:
        from workbench.domain import entities as e
        from workbench.domain.vendor_commands import add_vendor

        workspace = self.session.workspace
        blank = e.Vendor("", "", "", self.session.vendor_filter or "")
        added = self.ask_vendor(blank, True, lambda vendor: self.session.try_push(add_vendor(workspace, vendor)))
        if added is not None:
            self.session.set_selection("vendors", (added.vendor_id,))

    def edit_vendor(self) -> None:
        from workbench.domain.commands import PutRecord

        vendor_id = self.current_vendor_id()
        if vendor_id is None:
            return
        vendor = self.session.workspace.vendors.get((vendor_id,))
        self.ask_vendor(vendor, False, lambda edited: "" if edited == vendor else
                        self.session.try_push(PutRecord("vendors", edited, label="Edit vendor")))

    def delete_vendor(self) -> None:
        from workbench.domain.vendor_commands import delete_vendor, dependents

        vendor_id = self.current_vendor_id()
        if vendor_id is None:
            return
        vendor = self.session.workspace.vendors.get((vendor_id,))
        found = dependents(self.session.workspace, vendor_id)
        going = [f"{count} {QCoreApplication.translate('VendorsPanel', DEPENDENT_LABELS.get(table, table))}"
                 for table, count in found.counts.items()]
        if not self.ask_delete(vendor.name_zh or vendor.name_en, going, len(found.relinked)):
            return
        error = self.session.try_push(delete_vendor(self.session.workspace, vendor_id))
        if error:
            self.message_bar.show_error(error)

    # Asked through these, so that tests can answer them.
    def ask_vendor(self, vendor, is_new: bool, commit):
        """Show the vendor dialog; the vendor as committed, or None when cancelled."""
        from workbench.domain.vendor_commands import suggest_vendor_id

        from .vendor_dialog import VendorDialog

        workspace = self.session.workspace
        dialog = VendorDialog(vendor, list(workspace.sources), commit, is_new=is_new, parent=self,
                              suggest_id=lambda name_en, name_zh: suggest_vendor_id(workspace, name_en, name_zh))
        return dialog.vendor() if dialog.exec() == VendorDialog.DialogCode.Accepted else None

    def ask_delete(self, name: str, going: list[str], relinked: int) -> bool:
        text = self.tr("Delete {0}?").format(name)
        if going:
            text += "\n\n" + self.tr("These go with it: {0}.").format(", ".join(going))
        if relinked:
            text += "\n" + self.tr("{0} TOWS strategies elsewhere lose their links to its entries.").format(relinked)
        text += "\n\n" + self.tr("Undo brings all of it back.")
        answer = QMessageBox.question(self, self.tr("Delete vendor"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

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
