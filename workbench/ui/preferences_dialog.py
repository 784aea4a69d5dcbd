"""Preferences (Ctrl+,): language, units, paper size, author, autosave interval and the dataset opened by default."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton,
                               QSpinBox, QWidget)

from .form_dialog import error_line, lay_out_form
from .i18n import LANGUAGES
from .settings import PAPER_SIZES, Settings

MAX_AUTOSAVE_SECONDS = 3600


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(480)

        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language())))
        self.units_combo = QComboBox()
        self.units_combo.addItem(self.tr("Follow the language"), "")
        self.units_combo.addItem("亿元", "zh")  # units are written as analysts write them, never translated
        self.units_combo.addItem("bn CNY", "en")
        self.units_combo.setCurrentIndex(max(0, self.units_combo.findData(settings.units())))
        self.paper_combo = QComboBox()
        for size in PAPER_SIZES:
            self.paper_combo.addItem(size, size)
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(settings.paper_size())))
        self.author_edit = QLineEdit(settings.author_name())
        self.author_edit.setPlaceholderText(self.tr("Written on exported workbooks"))
        self.autosave_spin = QSpinBox()
        self.autosave_spin.setRange(0, MAX_AUTOSAVE_SECONDS)
        self.autosave_spin.setSuffix(self.tr(" s"))
        self.autosave_spin.setSpecialValueText(self.tr("off"))
        self.autosave_spin.setValue(round(settings.autosave_seconds()))
        self.dataset_edit = QLineEdit(settings.default_dataset())
        self.dataset_edit.setPlaceholderText(self.tr("The bundled dataset"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        dataset_row = QWidget()
        row = QHBoxLayout(dataset_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.dataset_edit, 1)
        row.addWidget(browse)
        self.error_label = error_line()

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow(self.tr("Units"), self.units_combo)
        form.addRow(self.tr("Paper size"), self.paper_combo)
        form.addRow(self.tr("Author"), self.author_edit)
        form.addRow(self.tr("Autosave after"), self.autosave_spin)
        form.addRow(self.tr("Default dataset"), dataset_row)
        self.buttons = lay_out_form(self, form, self.error_label)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Default dataset folder"), self.dataset_edit.text())
        if folder:
            self.dataset_edit.setText(folder)

    def accept(self) -> None:
        dataset = self.dataset_edit.text().strip()
        if dataset and not (Path(dataset) / "datapackage.json").is_file() and not dataset.endswith(".wbproj"):
            self.error_label.setText(self.tr("“{0}” is not a dataset folder (it has no datapackage.json).")
                                     .format(dataset))
            self.error_label.show()
            return
        self.settings.set_units(self.units_combo.currentData())
        self.settings.set_paper_size(self.paper_combo.currentData())
        self.settings.set_author_name(self.author_edit.text().strip())
        self.settings.set_autosave_seconds(self.autosave_spin.value())
        self.settings.set_default_dataset(dataset)
        self.settings.sync()
        super().accept()

    def chosen_language(self) -> str:
        return self.language_combo.currentData()
