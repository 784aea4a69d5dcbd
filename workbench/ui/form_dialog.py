"""The shape every editing dialog here shares: a form, a line for the reason an entry is refused, OK and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

ERROR_COLOUR = "#8a1c12"  # the message bar's


def error_line(hidden: bool = True) -> QLabel:
    """An empty, wrapping label in the error colour (hidden until there is something to say)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setVisible(not hidden)
    return label


def lay_out_form(dialog: QDialog, form: QFormLayout, error_label: QLabel) -> QDialogButtonBox:
    """Put form, error line and OK / Cancel (wired to accept and reject) in the dialog; the buttons."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(error_label)
    layout.addWidget(buttons)
    return buttons
