"""One dialog for a vendor's every field: adding a vendor, or editing all of one at once."""

from __future__ import annotations

import dataclasses
from typing import Callable

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QPlainTextEdit

from workbench.domain import entities as e
from workbench.domain.provinces import PROVINCES

from ..form_dialog import error_line, lay_out_form

# The dialog stays open on a refusal: commit returns the domain's message, or "" when done.
Commit = Callable[[e.Vendor], str]


class VendorDialog(QDialog):
    def __init__(self, vendor: e.Vendor, sources: list[e.Source], commit: Commit, *, is_new: bool,
                 suggest_id: Callable[[str, str], str] | None = None, parent=None):
        super().__init__(parent)
        self._commit = commit
        self._original = vendor
        self._suggest_id = suggest_id
        self._id_typed = not is_new  # an id typed by hand is no longer suggested from the name
        self.setWindowTitle(self.tr("New vendor") if is_new else self.tr("Edit vendor"))
        self.setMinimumWidth(460)

        self.id_edit = QLineEdit(vendor.vendor_id)
        self.id_edit.setReadOnly(not is_new)  # other tables refer to the id: it is fixed once made
        self.id_edit.textEdited.connect(self._on_id_typed)
        self.name_zh_edit = QLineEdit(vendor.name_zh)
        self.name_en_edit = QLineEdit(vendor.name_en)
        self.name_en_edit.textEdited.connect(self._suggest)
        self.name_zh_edit.textEdited.connect(self._suggest)
        self.province_combo = QComboBox()
        self.province_combo.addItem("—", "")
        for province in PROVINCES:
            self.province_combo.addItem(f"{province.name_zh}  {province.name_en}", province.code)
        self.province_combo.setCurrentIndex(max(0, self.province_combo.findData(vendor.hq_province)))
        self.city_edit = QLineEdit(vendor.hq_city)
        self.tickers_edit = QLineEdit(vendor.tickers)
        self.tickers_edit.setPlaceholderText("0020.HK / 688327.SH")
        self.model_edit = QLineEdit(vendor.flagship_model)
        self.description_edit = QPlainTextEdit(vendor.description)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(90)
        self.source_combo = _source_combo(sources, vendor.source_id)
        self.tickers_source_combo = _source_combo(sources, vendor.tickers_source_id)
        self.error_label = error_line()

        form = QFormLayout()
        form.addRow(self.tr("ID"), self.id_edit)
        form.addRow(self.tr("Chinese name"), self.name_zh_edit)
        form.addRow(self.tr("English name"), self.name_en_edit)
        form.addRow(self.tr("HQ province"), self.province_combo)
        form.addRow(self.tr("HQ city"), self.city_edit)
        form.addRow(self.tr("Tickers"), self.tickers_edit)
        form.addRow(self.tr("Flagship model"), self.model_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow(self.tr("Source"), self.source_combo)
        form.addRow(self.tr("Tickers source"), self.tickers_source_combo)
        self.buttons = lay_out_form(self, form, self.error_label)

    def vendor(self) -> e.Vendor:
        # From the vendor shown, so that fields the dialog does not show are kept as they were.
        return dataclasses.replace(
            self._original, vendor_id=self.id_edit.text().strip(), name_zh=self.name_zh_edit.text().strip(),
            name_en=self.name_en_edit.text().strip(), hq_province=self.province_combo.currentData() or "",
            hq_city=self.city_edit.text().strip(), tickers=self.tickers_edit.text().strip(),
            flagship_model=self.model_edit.text().strip(), description=self.description_edit.toPlainText().strip(),
            source_id=self.source_combo.currentData() or "",
            tickers_source_id=self.tickers_source_combo.currentData() or "")

    def accept(self) -> None:
        error = self._commit(self.vendor())
        if error:
            self.error_label.setText(error)
            self.error_label.show()
            return
        super().accept()

    def _on_id_typed(self, _text: str) -> None:
        self._id_typed = True

    def _suggest(self, _text: str) -> None:
        if not self._id_typed and self._suggest_id is not None:
            self.id_edit.setText(self._suggest_id(self.name_en_edit.text(), self.name_zh_edit.text()))


def _source_combo(sources: list[e.Source], current: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem("—", "")
    for source in sources:
        combo.addItem(f"{source.source_id} · {source.publisher} · {source.title}"[:90], source.source_id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo
