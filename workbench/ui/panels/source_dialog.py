"""One dialog for a source's every field, and a picker to choose another source (for merge and delete)."""

from __future__ import annotations

import dataclasses
import re
from typing import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListView,
                               QVBoxLayout)

from workbench.domain import entities as e

from ..form_dialog import error_line, lay_out_form

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SAFE_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


def source_text(source: e.Source) -> str:
    """How a source reads in lists: publisher · title · date (id)."""
    return f"{source.publisher} · {source.title} · {source.published or '—'}  ({source.source_id})"


class SourceDialog(QDialog):
    def __init__(self, source: e.Source, commit: Callable[[e.Source], str], *, is_new: bool,
                 suggest_id: Callable[[str, str], str] | None = None, parent=None):
        super().__init__(parent)
        self._original, self._commit, self._suggest_id = source, commit, suggest_id
        self._id_typed = not is_new
        self.setWindowTitle(self.tr("New source") if is_new else self.tr("Edit source"))
        self.setMinimumWidth(520)
        self.id_edit = QLineEdit(source.source_id)
        self.id_edit.setReadOnly(not is_new)  # figures cite the id: it is fixed once made
        self.id_edit.textEdited.connect(lambda _text: setattr(self, "_id_typed", True))
        self.publisher_edit = QLineEdit(source.publisher)
        self.title_edit = QLineEdit(source.title)
        self.date_edit = QLineEdit(source.published)
        self.date_edit.setPlaceholderText("2025 / 2025-04 / 2025-04-08")
        for edit in (self.publisher_edit, self.date_edit):
            edit.textEdited.connect(self._suggest)
        self.url_edit = QLineEdit(source.url)
        self.url_edit.setPlaceholderText("https://…")
        self.citation_edit = QLineEdit(source.citation)
        self.citation_edit.setPlaceholderText(self.tr("Section or page, e.g. p. 6"))
        self.confidence_combo = QComboBox()
        for confidence, text in ((e.Confidence.HIGH, self.tr("High")), (e.Confidence.MEDIUM, self.tr("Medium")),
                                 (e.Confidence.LOW, self.tr("Low"))):
            self.confidence_combo.addItem(text, confidence.value)
        self.confidence_combo.setCurrentIndex(max(0, self.confidence_combo.findData(source.confidence)))
        self.note_edit = QLineEdit(source.note)
        self.error_label = error_line()
        form = QFormLayout()
        for caption, widget in ((self.tr("ID"), self.id_edit), (self.tr("Publisher"), self.publisher_edit),
                                (self.tr("Title"), self.title_edit), (self.tr("Date"), self.date_edit),
                                (self.tr("URL"), self.url_edit), (self.tr("Section / page"), self.citation_edit),
                                (self.tr("Confidence"), self.confidence_combo), (self.tr("Note"), self.note_edit)):
            form.addRow(caption, widget)
        self.buttons = lay_out_form(self, form, self.error_label)

    def source(self) -> e.Source:
        return dataclasses.replace(
            self._original, source_id=self.id_edit.text().strip(), publisher=self.publisher_edit.text().strip(),
            title=self.title_edit.text().strip(), published=self.date_edit.text().strip(),
            url=self.url_edit.text().strip(), citation=self.citation_edit.text().strip(),
            confidence=self.confidence_combo.currentData(), note=self.note_edit.text().strip())

    def problems(self, source: e.Source) -> list[str]:
        problems = []
        if not source.publisher:
            problems.append(self.tr("Give the publisher."))
        if not DATE.match(source.published):
            problems.append(self.tr("Give the date as 2025, 2025-04 or 2025-04-08."))
        if source.url and not SAFE_URL.match(source.url):
            problems.append(self.tr("A URL starts with http:// or https://."))
        return problems

    def accept(self) -> None:
        source = self.source()
        error = " ".join(self.problems(source)) or self._commit(source)
        if error:
            self.error_label.setText(error)
            self.error_label.show()
            return
        super().accept()

    def _suggest(self, _text: str) -> None:
        if not self._id_typed and self._suggest_id is not None:
            self.id_edit.setText(self._suggest_id(self.publisher_edit.text(), self.date_edit.text()))


class SourceChoiceDialog(QDialog):
    """Choose one source among many: type to filter by publisher, title or year."""

    def __init__(self, title: str, prompt: str, sources: list[e.Source], parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 420)
        items = QStandardItemModel(self)
        for source in sources:
            item = QStandardItem(source_text(source))
            item.setData(source.source_id, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            items.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(items)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Type to filter by publisher, title or year…"))
        self.filter_edit.textChanged.connect(self._filter)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.doubleClicked.connect(self.accept)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self._filter("")

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def chosen(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None
