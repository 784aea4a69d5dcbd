"""Dialogs that report problems: one row per problem, with file, row and column."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from workbench.storage.problems import Problem


class ProblemsDialog(QDialog):
    def __init__(self, title: str, summary: str, problems: list[Problem], parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 360)
        self.table = QTableWidget(len(problems), 4)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, problem in enumerate(problems):
            cells = (problem.file, "" if problem.row is None else str(problem.row), problem.column or "", problem.message)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(summary)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
