"""One small dialog for a vendor's revenue mix: low/base/high, its source (or a new one) and a note.

The three shares are checked together, as typed, in any order; the message
says what is wrong until the triple is valid, and OK is enabled only then.
"""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from workbench.domain import PutRecord
from workbench.domain.entities import RevenueMix, Source
from workbench.domain.percent import format_share
from workbench.domain.rules import check_record

from ...form_dialog import error_line, lay_out_form
from .models import SHARE_FIELDS, parse_share_cell

NEW_SOURCE = "__new__"


class MixEditDialog(QDialog):
    def __init__(self, record: RevenueMix, sources: list[Source], vendor_name: str, changes: dict | None = None,
                 shares_editable: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revenue mix of {0}").format(vendor_name))
        self._record = record
        self._source_ids = {s.source_id for s in sources}
        values = {f: getattr(record, f) for f in SHARE_FIELDS} | dict(changes or {})
        self.share_edits = {}
        form = QFormLayout()
        for field, caption in zip(SHARE_FIELDS, (self.tr("Share low"), self.tr("Share base"), self.tr("Share high"))):
            edit = QLineEdit(format_share(values[field], 2))
            edit.setObjectName(field)
            edit.setReadOnly(not shares_editable)
            edit.textChanged.connect(self._check)
            self.share_edits[field] = edit
            form.addRow(caption, edit)
        self.source_box = QComboBox()
        fill_sources(self.source_box, sources, record.source_id, self.tr("— choose a source —"),
                     self.tr("New source…"))
        self.source_box.currentIndexChanged.connect(self._check)
        form.addRow(self.tr("Source"), self.source_box)
        self.new_fields = {name: QLineEdit() for name in ("publisher", "title", "published")}
        self.new_fields["published"].setPlaceholderText("2025-04-08")
        self._new_rows = []
        for name, caption in zip(self.new_fields, (self.tr("Publisher"), self.tr("Title"), self.tr("Date"))):
            self.new_fields[name].textChanged.connect(self._check)
            form.addRow(caption, self.new_fields[name])
            self._new_rows.append(name)
        self.note_edit = QLineEdit(record.note)
        form.addRow(self.tr("Note"), self.note_edit)
        self.error_label = error_line(hidden=False)
        self.buttons = lay_out_form(self, form, self.error_label)
        self._form = form
        self._check()

    # ------------------------------------------------------------ reading
    def shares(self) -> dict:
        """The typed shares; raises ValueError with a message for a share that cannot be read."""
        return {field: parse_share_cell(edit.text()) for field, edit in self.share_edits.items()}

    def changes(self) -> dict:
        return {f: v for f, v in self.shares().items() if v != getattr(self._record, f)}

    def answer(self) -> tuple[str, str, tuple]:
        """(source_id, note, commands adding the new source, if any) for the model's commit."""
        return _answer(self.source_box, self.new_fields, self._source_ids, self.note_edit.text())

    def problem(self) -> str:
        try:
            shares = self.shares()
        except ValueError as error:
            return str(error)
        candidate = dataclasses.replace(self._record, **shares)
        problems = [m for f, m in check_record(candidate) if f in SHARE_FIELDS]
        if problems:
            return problems[0]
        if not self.source_box.currentData():
            return self.tr("Choose the source of this figure")
        if self.source_box.currentData() == NEW_SOURCE:
            missing = [n for n in ("publisher", "title", "published") if not self.new_fields[n].text().strip()]
            if missing:
                return self.tr("A new source needs a publisher, a title and a date")
        return ""

    def _check(self, *_args) -> None:
        new = self.source_box.currentData() == NEW_SOURCE
        for name in self._new_rows:
            self._form.setRowVisible(self.new_fields[name], new)
        problem = self.problem()
        self.error_label.setText(problem)  # a stale message goes as soon as the row is valid
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)


class SourceNoteDialog(QDialog):
    """Asks for the source (or a new one) and a note of a changed figure other than a revenue mix."""

    def __init__(self, figure: str, source_id: str, note: str, sources: list[Source], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Source of {0}").format(figure))
        self._source_ids = {s.source_id for s in sources}
        form = QFormLayout()
        self.source_box = QComboBox()
        fill_sources(self.source_box, sources, source_id, self.tr("— choose a source —"), self.tr("New source…"))
        self.source_box.currentIndexChanged.connect(self._check)
        form.addRow(self.tr("Source"), self.source_box)
        self.new_fields = {name: QLineEdit() for name in ("publisher", "title", "published")}
        self.new_fields["published"].setPlaceholderText("2025-04-08")
        for name, caption in zip(self.new_fields, (self.tr("Publisher"), self.tr("Title"), self.tr("Date"))):
            self.new_fields[name].textChanged.connect(self._check)
            form.addRow(caption, self.new_fields[name])
        self.note_edit = QLineEdit(note)
        form.addRow(self.tr("Note"), self.note_edit)
        self.error_label = error_line(hidden=False)
        self.buttons = lay_out_form(self, form, self.error_label)
        self._form = form
        self._check()

    def answer(self) -> tuple[str, str, tuple]:
        return _answer(self.source_box, self.new_fields, self._source_ids, self.note_edit.text())

    def _check(self, *_args) -> None:
        new = self.source_box.currentData() == NEW_SOURCE
        for field in self.new_fields.values():
            self._form.setRowVisible(field, new)
        problem = ""
        if not self.source_box.currentData():
            problem = self.tr("Choose the source of this figure")
        elif new and any(not f.text().strip() for f in self.new_fields.values()):
            problem = self.tr("A new source needs a publisher, a title and a date")
        self.error_label.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)


def fill_sources(box: QComboBox, sources: list[Source], current: str, choose: str, new: str) -> None:
    """The sources, then "New source…"; a figure without a known source starts on "choose", never on a guess."""
    if current not in {s.source_id for s in sources}:
        box.addItem(choose, "")
    for source in sources:
        box.addItem(f"{source.source_id} · {source.publisher or source.title}", source.source_id)
    box.addItem(new, NEW_SOURCE)
    box.setCurrentIndex(max(0, box.findData(current)))


def _answer(box: QComboBox, fields: dict, taken: set[str], note: str) -> tuple[str, str, tuple]:
    """(source_id, note, commands adding the new source, if any)."""
    if box.currentData() != NEW_SOURCE:
        return box.currentData(), note.strip(), ()
    publisher, title, published = (fields[n].text().strip() for n in ("publisher", "title", "published"))
    base = re.sub(r"[^0-9a-z]+", "_", f"{publisher}_{published}".lower()).strip("_") or "source"
    source_id, number = base, 2
    while source_id in taken:
        source_id, number = f"{base}_{number}", number + 1
    return source_id, note.strip(), (PutRecord("sources", Source(source_id, publisher, title, published)),)


def share_confirm(parent: QWidget, session):
    """A confirm for the market-share table: asks for the source and note of a changed share."""

    def confirm(record, _changes: dict):
        vendor = session.workspace.vendors.get((record.vendor_id,))
        figure = f"{vendor.name_zh if vendor else record.vendor_id} · {record.market_id}"
        dialog = SourceNoteDialog(figure, record.source_id, record.note, list(session.workspace.sources), parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    return confirm


def dialog_confirm(parent: QWidget, session):
    """A Confirm for MixModel: asks for the source and note of shares typed into the table."""

    def confirm(record: RevenueMix, changes: dict):
        vendor = session.workspace.vendors.get((record.vendor_id,))
        dialog = MixEditDialog(record, list(session.workspace.sources), vendor.name_zh if vendor else record.vendor_id,
                               changes, shares_editable=False, parent=parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    return confirm
