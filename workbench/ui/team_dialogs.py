"""The questions a team project asks: where it is, the password, whether to try again, a snapshot's name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QInputDialog, QLineEdit, QMessageBox, QWidget

from .form_dialog import error_line, lay_out_form
from .team_url import SSL_MODES, sslmode_of, with_sslmode

EXAMPLE_URL = "postgresql://analyst@host:5432/landscape"


class TeamLocationDialog(QDialog):
    """A PostgreSQL URL and libpq's sslmode; the password is asked when the server wants it, not here."""

    def __init__(self, recent: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open Team Project"))
        self.url_edit = QComboBox(editable=True)
        self.url_edit.addItems([url for url in recent if "://" in url])
        self.url_edit.setCurrentText(self.url_edit.itemText(0) if self.url_edit.count() else "")
        self.url_edit.lineEdit().setPlaceholderText(EXAMPLE_URL)
        self.url_edit.setMinimumWidth(420)
        self.sslmode_combo = QComboBox()
        for mode in SSL_MODES:
            self.sslmode_combo.addItem(mode or self.tr("libpq default"), mode)
        self.error_label = error_line()
        form = QFormLayout()
        form.addRow(self.tr("Database URL"), self.url_edit)
        form.addRow(self.tr("SSL mode"), self.sslmode_combo)
        lay_out_form(self, form, self.error_label)

    def location(self) -> str:
        url = self.url_edit.currentText().strip()
        mode = self.sslmode_combo.currentData()
        return with_sslmode(url, mode) if mode else url

    def accept(self) -> None:
        url = self.url_edit.currentText().strip()
        if not url.lower().startswith(("postgresql://", "postgres://")):
            self.error_label.setText(
                self.tr("A team project is named by a URL such as {0}.").format(EXAMPLE_URL))
            self.error_label.show()
            return
        mode = self.sslmode_combo.currentData()
        if not mode and sslmode_of(url) and sslmode_of(url) not in SSL_MODES:
            self.error_label.setText(self.tr("“{0}” is not an SSL mode libpq knows.").format(sslmode_of(url)))
            self.error_label.show()
            return
        super().accept()


def ask_password(parent: QWidget, location: str, message: str) -> str | None:
    prompt = QCoreApplication.translate(
        "TeamDialogs", "{0}\n\nPassword for {1} (used for this connection only, never saved):").format(message, location)
    text, ok = QInputDialog.getText(parent, QCoreApplication.translate("TeamDialogs", "Password"), prompt,
                                    QLineEdit.EchoMode.Password)
    return text if ok else None


def ask_retry(parent: QWidget, title: str, message: str) -> bool:
    buttons = QMessageBox.StandardButton
    return QMessageBox.warning(parent, title, message, buttons.Retry | buttons.Cancel, buttons.Retry) == buttons.Retry


def ask_snapshot_name(parent: QWidget) -> str:
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("TeamDialogs", "Take Snapshot"),
        QCoreApplication.translate("TeamDialogs", "Name of the snapshot of the saved project (e.g. 2025Q2 published):"))
    return text.strip() if ok else ""


def ask_save_first(parent: QWidget, message: str) -> bool:
    buttons = QMessageBox.StandardButton
    return QMessageBox.question(parent, QCoreApplication.translate("TeamDialogs", "Save first?"), message,
                                buttons.Save | buttons.Cancel, buttons.Save) == buttons.Save
