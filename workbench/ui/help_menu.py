"""Help: About (versions, data, licences), Keyboard shortcuts, and the user guide."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QObject, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QMainWindow, QMenu, QTableWidget, QTableWidgetItem,
                               QTextBrowser, QVBoxLayout, QWidget)

# Keys handled by widgets themselves rather than by actions, so they are listed here.
WIDGET_KEYS = (
    ("F2", QT_TRANSLATE_NOOP("HelpMenu", "Edit the selected cell")),
    ("Ctrl+Up / Ctrl+Down", QT_TRANSLATE_NOOP("HelpMenu", "Tier list: move the selected card up or down a tier")),
    ("Delete", QT_TRANSLATE_NOOP("HelpMenu", "Tier list: clear the selected card's override")),
    ("Esc", QT_TRANSLATE_NOOP("HelpMenu", "Heat map: clear the province filter")),
)


class HelpMenu(QObject):
    """Owns the Help menu's actions and dialogs for one window."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.menu = QMenu(window)
        self.about_action = QAction(window)
        self.about_action.triggered.connect(self.show_about)
        self.shortcuts_action = QAction(window)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.guide_action = QAction(window)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.show_user_guide)
        self.menu.addActions([self.guide_action, self.shortcuts_action])
        self.menu.addSeparator()
        self.menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("&User Guide"))
        self.shortcuts_action.setText(self.tr("&Keyboard Shortcuts"))
        self.about_action.setText(self.tr("&About Workbench"))

    def about_html(self) -> str:
        from workbench import __version__
        from workbench.about import APP_LICENCE, COMPONENT_LICENCES, dataset_identity, map_attribution

        dataset = dataset_identity()
        dataset_line = (self.tr("Bundled dataset: {0}, version {1} of {2}; licence {3}.").format(
            dataset.name, dataset.version, dataset.date or "—", dataset.licence) if dataset
            else self.tr("The bundled dataset was not found."))
        components = "".join(f"<li>{html.escape(name)}: {html.escape(licence)}</li>"
                             for name, licence in COMPONENT_LICENCES)
        attribution = html.escape(map_attribution().split("## ")[0].strip().replace("`", ""))
        summary = self.tr("An analyst workbench for the competitive landscape of China’s multimodal "
                          "large-model industry.")
        return (f"<h3>Workbench {html.escape(__version__)}</h3><p>{html.escape(summary)}</p>"
                f"<p>{html.escape(dataset_line)}</p>"
                f"<p>{html.escape(self.tr('Licence: {0}.').format(APP_LICENCE))}</p>"
                f"<p><b>{html.escape(self.tr('Map geometry'))}</b><br>{attribution}</p>"
                f"<p><b>{html.escape(self.tr('Components'))}</b></p><ul>{components}</ul>")

    def show_about(self) -> None:
        self._show_text(self.tr("About Workbench"), self.about_html(), markdown=False)

    def shortcuts(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every action with a shortcut in the window, then the widgets' own keys."""
        rows, seen = [], set()
        for action in self.window.findChildren(QAction):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            text = action.text().replace("&", "").rstrip("…").strip()
            if keys and text and (keys, text) not in seen:
                seen.add((keys, text))
                rows.append((keys, text))
        return sorted(rows, key=lambda row: row[1]) + [(keys, QCoreApplication.translate("HelpMenu", text)) for keys, text in WIDGET_KEYS]

    def show_shortcuts(self) -> None:
        rows = self.shortcuts()
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        for row, (keys, text) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        self._show(self.tr("Keyboard Shortcuts"), table, (560, 520))

    def show_user_guide(self) -> None:
        from workbench.about import user_guide_markdown

        self._show_text(self.tr("User Guide"), user_guide_markdown(), markdown=True, size=(820, 680))

    def _show_text(self, title: str, text: str, *, markdown: bool, size=(560, 560)) -> None:
        browser = QTextBrowser()
        browser.setOpenExternalLinks(True)
        if markdown:
            browser.setMarkdown(text)
        else:
            browser.setHtml(text)
        self._show(title, browser, size)

    def _show(self, title: str, content: QWidget, size: tuple[int, int]) -> QDialog:
        dialog = QDialog(self.window)
        dialog.setWindowTitle(title)
        dialog.resize(*size)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(content)
        layout.addWidget(buttons)
        self.last_dialog = dialog  # for tests and for a second look
        dialog.open()
        return dialog
