"""The Sources panel's editing: add, edit, merge and delete sources, and open a source's link."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolBar

from .source_dialog import SAFE_URL, SourceChoiceDialog, SourceDialog


class SourceEditing(QObject):
    """Actions over the panel's table; questions go through ask_* methods that tests can answer."""

    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel
        self.session = panel.session
        self.add_action = self._action(self.add_source, QKeySequence(Qt.Key.Key_Insert))
        self.edit_action = self._action(self.edit_source, QKeySequence("Ctrl+Return"))
        self.merge_action = self._action(self.merge_source, None)
        self.delete_action = self._action(self.delete_source, QKeySequence(QKeySequence.StandardKey.Delete))
        self.open_url_action = self._action(self.open_url, None)
        self.actions = [self.add_action, self.edit_action, self.merge_action, self.delete_action, self.open_url_action]
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions(self.actions)
        panel.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        panel.view.addActions(self.actions)
        panel.view.selectionModel().selectionChanged.connect(self.update_actions)
        self.update_actions()

    def _action(self, handler, shortcut) -> QAction:
        action = QAction(self.panel)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(handler)
        self.panel.addAction(action)
        return action

    def retranslate(self) -> None:
        self.add_action.setText(self.tr("Add source…"))
        self.edit_action.setText(self.tr("Edit source…"))
        self.merge_action.setText(self.tr("Merge into…"))
        self.delete_action.setText(self.tr("Delete source…"))
        self.open_url_action.setText(self.tr("Open URL"))
        self.merge_action.setToolTip(self.tr("Merge this source into another one: its figures cite the other"))

    def current_source(self):
        view = self.panel.view
        index = view.currentIndex()
        if not index.isValid() or not view.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        key = self.panel.model.key_at(view.model().mapToSource(index).row())
        return self.session.workspace.sources.get(key)

    def update_actions(self, *_args) -> None:
        source = self.current_source()
        for action in (self.edit_action, self.merge_action, self.delete_action):
            action.setEnabled(source is not None)
        self.open_url_action.setEnabled(source is not None and bool(SAFE_URL.match(source.url or "")))

    # ------------------------------------------------------------ the edits
    def add_source(self) -> None:
        from workbench.domain import entities as e
        from workbench.domain.source_commands import add_source

        workspace = self.session.workspace
        added = self.ask_source(e.Source("", "", ""), True, lambda s: self.session.try_push(add_source(workspace, s)))
        if added is not None:
            self.session.set_selection("sources", (added.source_id,))

    def edit_source(self) -> None:
        from workbench.domain.commands import PutRecord

        source = self.current_source()
        if source is not None:
            self.ask_source(source, False, lambda edited: "" if edited == source else
                            self.session.try_push(PutRecord("sources", edited, label="Edit source")))

    def merge_source(self) -> None:
        from workbench.domain.source_commands import citations_of, merge_sources

        source = self.current_source()
        if source is None:
            return
        count = len(citations_of(self.session.workspace, source.source_id))
        keep = self.ask_other_source(source.source_id, self.tr("Merge into…"), self.tr(
            "{0} figure(s) cite “{1}”. Choose the source they should cite; “{1}” is then removed.").format(
            count, source.title))
        if keep:
            self._report(self.session.try_push(merge_sources(self.session.workspace, source.source_id, keep)))

    def delete_source(self) -> None:
        from workbench.domain.source_commands import citations_of, delete_source

        source = self.current_source()
        if source is None:
            return
        count = len(citations_of(self.session.workspace, source.source_id))
        replacement = None
        if count:
            replacement = self.ask_other_source(source.source_id, self.tr("Delete source"), self.tr(
                "{0} figure(s) cite “{1}”. A figure is never left without a source: choose the one they "
                "should cite instead.").format(count, source.title))
            if not replacement:
                return
        elif not self.ask_confirm_delete(source.title):
            return
        self._report(self.session.try_push(delete_source(self.session.workspace, source.source_id, replacement)))

    def open_url(self) -> None:
        source = self.current_source()
        if source is not None and SAFE_URL.match(source.url or ""):
            QDesktopServices.openUrl(QUrl(source.url))

    def _report(self, error: str) -> None:
        if error:
            self.panel.message_bar.show_error(error)

    # ------------------------------------------------------------ questions
    def ask_source(self, source, is_new: bool, commit):
        from workbench.domain.source_commands import suggest_source_id

        workspace = self.session.workspace
        dialog = SourceDialog(source, commit, is_new=is_new, parent=self.panel,
                              suggest_id=lambda publisher, date: suggest_source_id(workspace, publisher, date))
        return dialog.source() if dialog.exec() == SourceDialog.DialogCode.Accepted else None

    def ask_other_source(self, source_id: str, title: str, prompt: str) -> str | None:
        others = [s for s in self.session.workspace.sources if s.source_id != source_id]
        dialog = SourceChoiceDialog(title, prompt, others, self.panel)
        return dialog.chosen() if dialog.exec() == SourceChoiceDialog.DialogCode.Accepted else None

    def ask_confirm_delete(self, title: str) -> bool:
        answer = QMessageBox.question(self.panel, self.tr("Delete source"),
                                      self.tr("Delete “{0}”? No figure cites it.").format(title),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes
