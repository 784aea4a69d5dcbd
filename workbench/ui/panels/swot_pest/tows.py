"""The TOWS matrix of a scope: strategies in four cells, each linking the SWOT entries it answers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)

from workbench.domain import Change, ChangeKind, DomainError, analysis
from workbench.domain.entities import SWOT_CATEGORIES

from ...session import Session
from ...undo import EditRejected
from .labels import COLORS, TOWS_GRID, category_name, cell_name
from .models import ID_ROLE, FilteredListModel, Index, StrategyListModel, problems_text
from .views import CardDelegate, CardListView


class LinkChoiceModel(FilteredListModel):
    """The SWOT entries of a scope, checked when the chosen strategy links them; checking links."""

    TABLE = analysis.ENTRIES

    def __init__(self, session: Session, scope: str, parent=None):
        self.scope = scope
        self.strategy_id = ""
        super().__init__(session, parent)

    def _wanted_ids(self) -> list[str]:
        entries = analysis.entries_in(self.workspace, "swot", self.scope)
        order = {category: i for i, category in enumerate(SWOT_CATEGORIES)}
        return [e.entry_id for e in sorted(entries, key=lambda e: order[e.category])]

    def set_scope(self, scope: str) -> None:
        self.scope, self.strategy_id = scope, ""
        self.refresh()

    def set_strategy(self, strategy_id: str) -> None:
        self.strategy_id = strategy_id
        self._checks_changed()

    def linked(self) -> list[str]:
        strategy = self.workspace.tows_strategies.get((self.strategy_id,)) if self.strategy_id else None
        return analysis.linked_ids(strategy) if strategy else []

    def _checks_changed(self) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1), [Qt.ItemDataRole.CheckStateRole])

    def _on_changed(self, change: Change) -> None:
        if change.table == analysis.STRATEGIES:
            if change.kind is ChangeKind.REMOVE and change.key == (self.strategy_id,):
                self.strategy_id = ""
            self._checks_changed()
        super()._on_changed(change)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.record_for(index)
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            first_line = entry.text.split("\n", 1)[0][:160]
            return f"[{category_name(entry.category)}] {first_line}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.text[:600]
        if role == Qt.ItemDataRole.CheckStateRole:
            linked = entry.entry_id in self.linked()
            return Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return entry.entry_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if self.strategy_id else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not self.strategy_id:
            return False
        entry_id = self.id_at(index.row())
        translate = QCoreApplication.translate
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            build, label = analysis.link_entry, translate("SwotPest", "Link entry")
        else:
            build, label = analysis.unlink_entry, translate("SwotPest", "Unlink entry")
        try:
            return self._push(build(self.workspace, self.strategy_id, entry_id, label), entry_id)
        except DomainError as error:  # refused while building: the same message as when applying
            self.editRejected.emit(problems_text(EditRejected(error)), entry_id, "")
            return False


class TowsBoard(QWidget):
    """Four cells of strategies beside the list of entries the selected strategy answers."""

    rejected = Signal(str)
    currentStrategyChanged = Signal(str)

    def __init__(self, session: Session, scope: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.scope = scope
        self.cells: dict[str, CardListView] = {}
        self.add_lines: dict[str, QLineEdit] = {}
        self._headers: dict[str, QLabel] = {}
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, pair in enumerate(TOWS_GRID):
            for column, cell in enumerate(pair):
                grid.addWidget(self._make_cell(cell), row, column)
        self.links_model = LinkChoiceModel(session, scope, self)
        self.links_model.editRejected.connect(lambda message, *_: self.rejected.emit(message))
        self.links_view = QListView()
        self.links_view.setModel(self.links_model)
        self.links_view.setUniformItemSizes(True)
        self.links_caption = QLabel()
        self.links_caption.setWordWrap(True)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(lambda: self.delete_strategy(self.links_model.strategy_id))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.links_caption)
        side_layout.addWidget(self.links_view, 1)
        side_layout.addWidget(self.delete_button)
        splitter = QSplitter()
        splitter.addWidget(grid_widget)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.retranslate()

    def _make_cell(self, cell: str) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        header = QLabel()
        header.setWordWrap(True)
        header.setStyleSheet(f"QLabel {{ background: {COLORS[cell]}; color: white; font-weight: bold; padding: 3px; }}")
        model = StrategyListModel(self.session, self.scope, cell, self)
        model.editRejected.connect(lambda message, *_: self.rejected.emit(message))
        view = CardListView(CardDelegate(COLORS[cell], show_figures=False, parent=self), draggable=False)
        view.setModel(model)
        view.currentIdChanged.connect(self._on_strategy_chosen)
        view.deleteRequested.connect(self.delete_strategy)
        add_line = QLineEdit()
        add_line.setClearButtonEnabled(True)
        add_line.returnPressed.connect(lambda c=cell: self.add_strategy(c, self.add_lines[c].text()))
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(header)
        layout.addWidget(view, 1)
        layout.addWidget(add_line)
        self.cells[cell], self.add_lines[cell], self._headers[cell] = view, add_line, header
        return frame

    def retranslate(self) -> None:
        for cell, header in self._headers.items():
            header.setText(cell_name(cell))
            self.add_lines[cell].setPlaceholderText(self.tr("Add a strategy… (Enter)"))
        self.delete_button.setText(self.tr("Delete strategy"))
        self._update_caption()

    def _update_caption(self) -> None:
        if self.links_model.strategy_id:
            self.links_caption.setText(self.tr("Tick the SWOT entries this strategy answers:"))
        else:
            self.links_caption.setText(self.tr("Select a strategy to see and change the entries it answers."))
        self.delete_button.setEnabled(bool(self.links_model.strategy_id))

    def set_scope(self, scope: str) -> None:
        self.scope = scope
        for view in self.cells.values():
            view.model().set_scope(scope)
        self.links_model.set_scope(scope)
        self._update_caption()

    def _on_strategy_chosen(self, strategy_id: str) -> None:
        for view in self.cells.values():
            if view is not self.sender():
                view.clearSelection()
        self.links_model.set_strategy(strategy_id)
        self._update_caption()
        self.currentStrategyChanged.emit(strategy_id)

    def select_strategy(self, strategy_id: str) -> bool:
        return any(view.select_id(strategy_id) for view in self.cells.values())

    def add_strategy(self, cell: str, text: str) -> bool:
        command = analysis.add_strategy(self.session.workspace, self.scope, cell, text,
                                        label=self.tr("Add strategy"))
        try:
            self.session.push(command)
        except EditRejected as error:
            self.rejected.emit(problems_text(error))
            return False
        self.add_lines[cell].clear()
        self.select_strategy(command.record.strategy_id)
        return True

    def delete_strategy(self, strategy_id: str) -> None:
        if strategy_id:
            self.session.push(analysis.delete_strategy(self.session.workspace, strategy_id,
                                                       self.tr("Delete strategy")))
            self._update_caption()

    def current_index_of(self, entry_id: str) -> QModelIndex:
        row = self.links_model.row_of(entry_id)
        return self.links_model.index(row) if row >= 0 else QModelIndex()
