"""Every field of the selected entry, edited together and applied as one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QSpinBox)

from workbench.domain.entities import INDUSTRY_SCOPE

from .labels import category_name, scope_name


class EntryEditor(QGroupBox):
    """Shows one entry; Apply (Ctrl+Enter) asks for the changed fields to be saved.

    A refused apply leaves the form as typed, so nothing the analyst wrote is lost.
    """

    applyRequested = Signal(str, dict)  # entry_id, changed fields
    copyRequested = Signal(str, str)  # entry_id, target scope
    deleteRequested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entry_id = ""
        self._workspace = None
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.impact = self._spin()
        self.likelihood = self._spin()
        self.priority = QLabel()
        self.evidence = QPlainTextEdit()
        self.evidence.setTabChangesFocus(True)
        self.evidence.setMaximumHeight(70)
        self.source = QComboBox()
        self.source.setEditable(True)  # an id typed by hand is checked against the sources table
        self.tags = QLineEdit()
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self._on_apply)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(lambda: self.entry_id and self.deleteRequested.emit(self.entry_id))
        self.copy_target = QComboBox()
        for combo in (self.source, self.copy_target):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self._on_copy)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._on_apply, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        figures = QHBoxLayout()
        figures.addWidget(self.impact)
        figures.addWidget(self.likelihood)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.delete_button)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_target, 1)
        copy_row.addWidget(self.copy_button)
        self.form = QFormLayout(self)
        self.form.addRow(self.where)
        self.form.addRow(self.priority)
        for field in (self.text_edit, figures, self.evidence, self.source, self.tags):
            self.form.addRow(QLabel(), field)
        self.form.addRow(buttons)
        self.form.addRow(copy_row)
        self.impact.valueChanged.connect(self._show_priority)
        self.likelihood.valueChanged.connect(self._show_priority)
        self.retranslate()
        self.show_entry(None, "")

    @staticmethod
    def _spin() -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, 5)
        return spin

    def retranslate(self) -> None:
        self.setTitle(self.tr("Selected entry"))
        captions = (self.tr("Text"), self.tr("Impact × likelihood"), self.tr("Evidence"), self.tr("Source"),
                    self.tr("Tags"))
        for row, caption in enumerate(captions, start=2):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(caption)
        self.impact.setToolTip(self.tr("Impact, 1-5"))
        self.likelihood.setToolTip(self.tr("Likelihood or confidence, 1-5"))
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        self.apply_button.setText(self.tr("Apply (Ctrl+Enter)"))
        self.delete_button.setText(self.tr("Delete…"))
        self.copy_button.setText(self.tr("Copy to scope"))
        self._show_priority()

    def _show_priority(self) -> None:
        self.priority.setText(self.tr("Priority {0} (impact × likelihood)").format(
            self.impact.value() * self.likelihood.value()))

    def show_entry(self, workspace, entry_id: str) -> None:
        """Fill the form from the workspace (or empty it when the entry is gone)."""
        self._workspace = workspace
        entry = workspace.analysis_entries.get((entry_id,)) if workspace is not None and entry_id else None
        self.entry_id = entry.entry_id if entry else ""
        self.setEnabled(entry is not None)
        if entry is None:
            self.where.setText(self.tr("Select an entry to edit all its fields."))
            self.text_edit.setPlainText("")
            self.evidence.setPlainText("")
            self.tags.clear()
            return
        self.where.setText(f"{entry.framework.upper()} · {scope_name(workspace, entry.scope)} · "
                           f"{category_name(entry.category)}")
        self.text_edit.setPlainText(entry.text)
        self.impact.setValue(entry.impact)
        self.likelihood.setValue(entry.likelihood)
        self.evidence.setPlainText(entry.evidence)
        self._fill_sources(workspace, entry.source_id)
        self.tags.setText(entry.tags)
        self._fill_scopes(workspace, entry.scope)

    def _fill_sources(self, workspace, current: str) -> None:
        self.source.clear()
        self.source.addItem("—", "")
        for source in workspace.sources:
            self.source.addItem(f"{source.source_id}  {source.publisher}: {source.title}", source.source_id)
        found = self.source.findData(current)
        if found >= 0:
            self.source.setCurrentIndex(found)
        else:
            self.source.setEditText(current)

    def _fill_scopes(self, workspace, current: str) -> None:
        self.copy_target.clear()
        scopes = [INDUSTRY_SCOPE] + [v.vendor_id for v in workspace.vendors]
        for scope in scopes:
            if scope != current:
                self.copy_target.addItem(scope_name(workspace, scope), scope)

    def source_id(self) -> str:
        """The chosen source's id, or the text typed when it matches no item."""
        index = self.source.currentIndex()
        text = self.source.currentText().strip()
        if index >= 0 and self.source.itemText(index) == self.source.currentText():
            return self.source.itemData(index)
        return "" if text == "—" else text.split()[0] if text else ""

    def changes(self) -> dict:
        entry = self._workspace.analysis_entries.get((self.entry_id,)) if self._workspace else None
        if entry is None:
            return {}
        values = {"text": self.text_edit.toPlainText(), "impact": self.impact.value(),
                  "likelihood": self.likelihood.value(), "evidence": self.evidence.toPlainText(),
                  "source_id": self.source_id(), "tags": self.tags.text().strip()}
        return {name: value for name, value in values.items() if getattr(entry, name) != value}

    def _on_apply(self) -> None:
        changes = self.changes()
        if self.entry_id and changes:
            self.applyRequested.emit(self.entry_id, changes)

    def _on_copy(self) -> None:
        scope = self.copy_target.currentData()
        if self.entry_id and scope:
            self.copyRequested.emit(self.entry_id, scope)

