"""SWOT and PEST boards per scope, a scope comparison, the priority chart and the TOWS matrix."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QMessageBox, QSplitter, QTabWidget,
                               QVBoxLayout)

from workbench.domain import EditFinished, analysis, update
from workbench.domain.entities import INDUSTRY_SCOPE

from ...image_export import ImageActions, install_image_actions, toolbar_button
from ...undo import EditRejected
from ..base import Panel
from .board import AnalysisBoard, ComparisonBoards
from .chart import PriorityChart
from .detail import EntryEditor
from .labels import scope_name
from .models import problems_text
from .tows import TowsBoard

FRAMEWORK_TABS = ("swot", "pest")  # then the TOWS tab


class SwotPestPanel(Panel):
    NAME = "swot_pest"
    TITLE = QT_TRANSLATE_NOOP("Panels", "SWOT / PEST")
    AREA = Qt.DockWidgetArea.RightDockWidgetArea

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.scope_caption, self.scope_combo = QLabel(), QComboBox()
        self.compare_check, self.other_combo = QCheckBox(), QComboBox()
        self.pestle_check, self.priority_check = QCheckBox(), QCheckBox()
        for combo in (self.scope_combo, self.other_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.scope_combo.setMinimumContentsLength(34)  # "Industry: China's multimodal large models" whole
        self.frameworks = {f: ComparisonBoards(session, f, INDUSTRY_SCOPE, self) for f in FRAMEWORK_TABS}
        self.tows = TowsBoard(session, INDUSTRY_SCOPE, self)
        self.tabs = QTabWidget()
        for framework in FRAMEWORK_TABS:
            self.tabs.addTab(self.frameworks[framework], "")
        self.tabs.addTab(self.tows, "")
        self.board_image_actions = {name: install_image_actions(board, name=f"{name}_board")
                                    for name, board in (*self.frameworks.items(), ("tows", self.tows))}
        # The toolbar's picture is of the board on show (both scopes when comparing).
        tabs = self.tabs  # not self: no reference cycle through the panel
        self.image_actions = ImageActions(self, tabs.currentWidget,
                                          lambda: f"{(FRAMEWORK_TABS + ('tows',))[tabs.currentIndex()]}_board")
        self.tabs.setCornerWidget(toolbar_button(self.image_actions))
        self.editor = EntryEditor()
        self.chart = PriorityChart()
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.editor)
        side.addWidget(self.chart)
        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        controls = QHBoxLayout()
        for widget in (self.scope_caption, self.scope_combo, self.compare_check, self.other_combo):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.pestle_check)
        controls.addWidget(self.priority_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.message_bar)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)
        self._current_entry = ""
        self._connect()
        self._fill_scopes()
        self.set_pestle(False)
        self.retranslate()
        self._refresh_chart()

    def _connect(self) -> None:
        for boards in self.frameworks.values():
            for board in boards.boards():
                board.currentEntryChanged.connect(self._on_current_entry)
                board.addRequested.connect(self.add_entry)
                board.deleteRequested.connect(self.delete_entry)
                board.reorderRequested.connect(self.reorder_entry)
                for box in board.boxes.values():
                    box.model.editRejected.connect(lambda m, i, t, v=box.view: self._on_text_rejected(v, m, i, t))
        self.scope_combo.currentIndexChanged.connect(self._on_scopes_chosen)
        self.other_combo.currentIndexChanged.connect(self._on_scopes_chosen)
        self.compare_check.toggled.connect(self._on_scopes_chosen)
        self.pestle_check.toggled.connect(self.set_pestle)
        self.priority_check.toggled.connect(self.set_priority_order)
        self.tabs.currentChanged.connect(self._refresh_chart)
        self.tows.rejected.connect(self.message_bar.show_error)
        self.editor.applyRequested.connect(self.apply_changes)
        self.editor.copyRequested.connect(self.copy_entry)
        self.editor.deleteRequested.connect(self.delete_entry)
        self.chart.entryClicked.connect(self.select_entry)
        self.session.edited.connect(self._on_edited)
        self.session.workspaceReplaced.connect(self._on_workspace_replaced)
        self.session.selectionChanged.connect(self._on_selection_changed)
        self.session.vendorFilterChanged.connect(self._fill_scopes)

    def retranslate(self) -> None:
        self.scope_caption.setText(self.tr("Scope:"))
        self.compare_check.setText(self.tr("Compare with"))
        self.pestle_check.setText(self.tr("PESTLE"))
        self.pestle_check.setToolTip(self.tr("Add the Legal and Environmental factors to PEST"))
        self.priority_check.setText(self.tr("By priority"))
        self.priority_check.setToolTip(self.tr("Sort by impact × likelihood. While sorted, drags still move entries "
                                               "between quadrants; Ctrl+Up/Down is off."))
        for index, text in enumerate((self.tr("SWOT"), self.tr("PEST"), self.tr("TOWS matrix"))):
            self.tabs.setTabText(index, text)
        for boards in self.frameworks.values():
            for board in boards.boards():
                board.retranslate()
        self.tows.retranslate()
        self.editor.retranslate()
        self.chart.retranslate()
        self._fill_scopes()

    # ------------------------------------------------------------ scopes
    @property
    def scope(self) -> str:
        return self.scope_combo.currentData() or INDUSTRY_SCOPE

    def _scopes(self) -> list[str]:
        ws = self.session.workspace
        province = self.session.vendor_filter
        vendors = [v.vendor_id for v in ws.vendors if not province or v.hq_province == province]
        return [INDUSTRY_SCOPE] + vendors

    def _fill_scopes(self, *_args) -> None:
        ws = self.session.workspace
        for combo in (self.scope_combo, self.other_combo):
            current = combo.currentData()
            with QSignalBlocker(combo):
                combo.clear()
                for scope in self._scopes():
                    combo.addItem(scope_name(ws, scope), scope)
                found = combo.findData(current)
                combo.setCurrentIndex(found if found >= 0 else min(1 if combo is self.other_combo else 0,
                                                                    combo.count() - 1))
        self._on_scopes_chosen()

    def set_scope(self, scope: str, other: str | None = None) -> None:
        """Show `scope` (and compare it with `other` when given)."""
        self.scope_combo.setCurrentIndex(self.scope_combo.findData(scope))
        if other is not None:
            self.other_combo.setCurrentIndex(self.other_combo.findData(other))
            self.compare_check.setChecked(True)

    def _on_scopes_chosen(self, *_args) -> None:
        comparing = self.compare_check.isChecked()
        other = self.other_combo.currentData() or INDUSTRY_SCOPE
        self.other_combo.setEnabled(comparing)
        for boards in self.frameworks.values():
            boards.main.set_scope(self.scope)
            boards.other.set_scope(other)
            boards.set_comparing(comparing)
            boards.set_titles(self.scope_combo.currentText(), self.other_combo.currentText())
        self.tows.set_scope(self.scope)
        self._on_current_entry("")
        self._refresh_chart()

    def set_pestle(self, on: bool) -> None:
        if self.pestle_check.isChecked() != on:
            self.pestle_check.setChecked(on)  # comes back here through toggled
            return
        for board in self.frameworks["pest"].boards():
            board.set_pestle(on)
        self._refresh_chart()

    def set_priority_order(self, on: bool) -> None:
        for boards in self.frameworks.values():
            for board in boards.boards():
                board.set_priority_order(on)

    def board(self, framework: str, which: str = "main") -> AnalysisBoard:
        return getattr(self.frameworks[framework], which)

    def current_framework(self) -> str:
        index = self.tabs.currentIndex()
        return FRAMEWORK_TABS[index] if index < len(FRAMEWORK_TABS) else "swot"

    # ------------------------------------------------------------ selection
    def _on_current_entry(self, entry_id: str) -> None:
        self._current_entry = entry_id
        self.editor.show_entry(self.session.workspace, entry_id)
        self.chart.select(entry_id)
        if entry_id:
            self.session.set_selection(analysis.ENTRIES, (entry_id,))

    def select_entry(self, entry_id: str) -> bool:
        """Show the entry's scope and framework and select its card in the main board."""
        entry = self.session.workspace.analysis_entries.get((entry_id,))
        if entry is None or self.scope_combo.findData(entry.scope) < 0:
            return False
        if entry.scope != self.scope:
            self.set_scope(entry.scope)
        if entry.framework == "pest" and entry.category in ("legal", "environmental"):
            self.set_pestle(True)
        self.tabs.setCurrentIndex(FRAMEWORK_TABS.index(entry.framework))
        return self.board(entry.framework).select_entry(entry_id)

    def select_strategy(self, strategy_id: str) -> bool:
        """Show the strategy's scope on the TOWS tab and select it there."""
        strategy = self.session.workspace.tows_strategies.get((strategy_id,))
        if strategy is None or self.scope_combo.findData(strategy.scope) < 0:
            return False
        if strategy.scope != self.scope:
            self.set_scope(strategy.scope)
        self.tabs.setCurrentWidget(self.tows)
        return self.tows.select_strategy(strategy_id)

    def _on_selection_changed(self, selection) -> None:
        if selection and selection[0] == analysis.ENTRIES and selection[1][0] != self._current_entry:
            self.select_entry(selection[1][0])

    def _refresh_chart(self, *_args) -> None:
        framework = self.current_framework()
        categories = analysis.categories_of(framework, self.pestle_check.isChecked())
        self.chart.show_entries(self.session.workspace, framework, self.scope, categories)
        self.chart.select(self._current_entry)

    def _on_edited(self, edit: EditFinished) -> None:
        if analysis.ENTRIES in edit.tables:
            self._refresh_chart()  # once per edit, however many entries a batch or an undo touched
            if (self._current_entry,) in edit.keys.get(analysis.ENTRIES, ()) or analysis.ENTRIES in edit.reset:
                self.editor.show_entry(self.session.workspace, self._current_entry)
        if "vendors" in edit.tables:
            self.refresh_when_seen(self._fill_scopes)

    def _on_workspace_replaced(self) -> None:
        self._current_entry = ""
        self.editor.show_entry(None, "")  # let go of the old workspace, even while out of sight
        self.refresh_when_seen(self._fill_scopes)

    # ------------------------------------------------------------ edits
    def _push(self, command) -> bool:
        try:
            self.session.push(command)
        except EditRejected as error:
            self.message_bar.show_error(problems_text(error))
            return False
        self.message_bar.hide()
        return True

    def _on_text_rejected(self, view, message: str, entry_id: str, attempted: str) -> None:
        """Show why, and open the editor again with the refused text so nothing typed is lost."""
        self.message_bar.show_error(message)
        if attempted:
            view.itemDelegate().pending_text[entry_id] = attempted
            QTimer.singleShot(0, lambda: view.select_id(entry_id) and view.edit(view.currentIndex()))

    def add_entry(self, scope: str, category: str, text: str) -> bool:
        framework = "swot" if category in analysis.FRAMEWORKS["swot"] else "pest"
        command = analysis.add_entry(self.session.workspace, framework, scope, category, text,
                                     label=self.tr("Add entry"))
        if not self._push(command):
            return False  # the typed text stays in the add line
        board = next(b for b in self.frameworks[framework].boards() if b.scope == scope)
        board.boxes[category].add_line.clear()
        board.select_entry(command.record.entry_id)
        return True

    def apply_changes(self, entry_id: str, changes: dict) -> bool:
        return self._push(update(self.session.workspace, analysis.ENTRIES, (entry_id,), self.tr("Edit entry"),
                                 **changes))

    def reorder_entry(self, entry_id: str, step: int) -> bool:
        if self.priority_check.isChecked():
            self.message_bar.show_error(self.tr("Entries are sorted by priority: turn sorting off to reorder them."))
            return False
        command = analysis.reorder_entry(self.session.workspace, entry_id, step, self.tr("Reorder entry"))
        if command is None or not self._push(command):
            return False
        entry = self.session.workspace.analysis_entries.get((entry_id,))
        for board in self.frameworks[entry.framework].boards():
            if board.scope == entry.scope and board.isVisible():
                board.select_entry(entry_id)
        return True

    def copy_entry(self, entry_id: str, scope: str) -> bool:
        return self._push(analysis.copy_entry(self.session.workspace, entry_id, scope, label=self.tr("Copy entry")))

    def confirm_delete(self, entry, strategies: list) -> bool:
        """Ask before deleting an entry that TOWS strategies answer (tests replace this)."""
        names = "\n".join(f"• {s.cell}: {s.text[:80]}" for s in strategies)
        answer = QMessageBox.question(
            self, self.tr("Delete entry"),
            self.tr("{0} TOWS strategies link this entry:\n{1}\n\nDelete it and remove those links?")
            .format(len(strategies), names))
        return answer == QMessageBox.StandardButton.Yes

    def delete_entry(self, entry_id: str) -> bool:
        ws = self.session.workspace
        entry = ws.analysis_entries.get((entry_id,))
        if entry is None:
            return False
        strategies = analysis.linking_strategies(ws, entry_id)
        if strategies and not self.confirm_delete(entry, strategies):
            return False
        return self._push(analysis.delete_entry(ws, entry_id, self.tr("Delete entry")))


if __name__ == "__main__":
    from workbench.ui.preview import preview_panel

    raise SystemExit(preview_panel(SwotPestPanel))
