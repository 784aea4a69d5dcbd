"""The sources table, and the source behind whatever figure is selected elsewhere."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from workbench.domain.entities import Confidence, Kind

from ..models import Column, RecordTableModel
from .base import Panel
from .sources_editing import SourceEditing

_KIND_LABELS = {
    Kind.REPORTED.value: QT_TRANSLATE_NOOP("SourcesPanel", "Reported"),
    Kind.ESTIMATE.value: QT_TRANSLATE_NOOP("SourcesPanel", "Estimate"),
    Kind.ASSESSMENT.value: QT_TRANSLATE_NOOP("SourcesPanel", "Analyst assessment"),
}
_CONFIDENCE_LABELS = {
    Confidence.HIGH.value: QT_TRANSLATE_NOOP("SourcesPanel", "High"),
    Confidence.MEDIUM.value: QT_TRANSLATE_NOOP("SourcesPanel", "Medium"),
    Confidence.LOW.value: QT_TRANSLATE_NOOP("SourcesPanel", "Low"),
}
_DETAIL_FIELDS = ("figure", "kind", "publisher", "title", "published", "citation", "url", "confidence", "also")
# Fields citing a source of their own for part of a record (a vendor's listing, a cluster's coordinates).
_PART_SOURCES = {
    "tickers_source_id": QT_TRANSLATE_NOOP("SourcesPanel", "Tickers"),
    "coordinates_source_id": QT_TRANSLATE_NOOP("SourcesPanel", "Coordinates"),
}


def _label(labels: dict[str, str], value: str) -> str:
    return QCoreApplication.translate("SourcesPanel", labels[value]) if value in labels else value


SOURCE_COLUMNS = [
    Column("source_id", QT_TRANSLATE_NOOP("Columns", "ID"), editable=False),
    Column("publisher", QT_TRANSLATE_NOOP("Columns", "Publisher")),
    Column("title", QT_TRANSLATE_NOOP("Columns", "Title")),
    Column("published", QT_TRANSLATE_NOOP("Columns", "Date")),
    Column("confidence", QT_TRANSLATE_NOOP("Columns", "Confidence"), display=lambda v: _label(_CONFIDENCE_LABELS, v)),
    Column("citation", QT_TRANSLATE_NOOP("Columns", "Citation")),
    Column("url", QT_TRANSLATE_NOOP("Columns", "URL")),
    Column("note", QT_TRANSLATE_NOOP("Columns", "Note")),
]


class SourcesPanel(Panel):
    NAME = "sources"
    TITLE = QT_TRANSLATE_NOOP("Panels", "Sources")
    AREA = Qt.DockWidgetArea.LeftDockWidgetArea
    SPLIT = True  # stays in view beside whatever panel the figure was picked in

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.model = RecordTableModel(session, "sources", SOURCE_COLUMNS, self)
        self.model.editRejected.connect(self.message_bar.show_error)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setDefaultSectionSize(24)

        self.detail_box = QGroupBox()
        form = QFormLayout(self.detail_box)
        self._captions: dict[str, QLabel] = {}
        self.detail_values: dict[str, QLabel] = {}
        for name in _DETAIL_FIELDS:
            caption, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)  # titles are data, never markup
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
            self._captions[name], self.detail_values[name] = caption, value
        self.detail_values["url"].setTextFormat(Qt.TextFormat.RichText)
        self.detail_values["url"].setOpenExternalLinks(True)
        self.detail_values["url"].setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        form.insertRow(0, self.placeholder)

        self.editing = SourceEditing(self)
        table_area = QWidget()
        table_layout = QVBoxLayout(table_area)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.editing.toolbar)
        table_layout.addWidget(self.view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.detail_box)
        splitter.addWidget(table_area)
        splitter.setStretchFactor(1, 1)  # the table takes the spare height, the detail keeps its own
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.message_bar)
        layout.addWidget(splitter)

        session.selectionChanged.connect(self._refresh_detail)
        session.selectionChanged.connect(self._show_selected_source)
        session.edited.connect(self._on_edited)
        session.workspaceReplaced.connect(self._refresh_detail)
        self.retranslate()

    def retranslate(self) -> None:
        self.detail_box.setTitle(self.tr("Source of the selected figure"))
        self.editing.retranslate()
        captions = {
            "figure": self.tr("Figure"), "kind": self.tr("Kind"), "publisher": self.tr("Publisher"),
            "title": self.tr("Title"), "published": self.tr("Date"), "citation": self.tr("Citation"),
            "url": self.tr("URL"), "confidence": self.tr("Confidence"), "also": self.tr("Also cited"),
        }
        for name, text in captions.items():
            self._captions[name].setText(text)
        self.model.retranslate()
        self._refresh_detail()

    def _on_edited(self, edit) -> None:
        selection = self.session.selection
        if "sources" in edit.tables or (selection and selection[0] in edit.tables):
            self._refresh_detail()

    def _refresh_detail(self, *_args: Any) -> None:
        record = self.session.selected_record()
        source_id = getattr(record, "source_id", "") if record is not None else ""
        source = self.session.workspace.sources.get((source_id,)) if source_id else None
        values = dict.fromkeys(_DETAIL_FIELDS, "")
        if record is not None:
            values["figure"] = self._describe(record)
            values["kind"] = _label(_KIND_LABELS, getattr(record, "kind", "")) or "—"
        if source is not None:
            values.update(publisher=source.publisher, title=source.title, published=source.published,
                          citation=source.citation, confidence=_label(_CONFIDENCE_LABELS, source.confidence))
            if source.url:
                url = html.escape(source.url, quote=True)
                values["url"] = f'<a href="{url}">{url}</a>'
        values["also"] = self._part_sources(record, source_id)
        for name, text in values.items():
            self.detail_values[name].setText(text)
        self.detail_values["also"].setVisible(bool(values["also"]))
        self._captions["also"].setVisible(bool(values["also"]))
        if record is None:
            self.placeholder.setText(self.tr("Select a figure in another panel to see its source."))
        elif source is None:
            self.placeholder.setText(self.tr("The selected figure names no source."))
        self.placeholder.setVisible(source is None)

    def _part_sources(self, record: Any, row_source_id: str) -> str:
        """One line per field that cites a source other than the row's: "Tickers: publisher · citation"."""
        lines = []
        for field_name, caption in _PART_SOURCES.items():
            part_id = getattr(record, field_name, "") if record is not None else ""
            if not part_id or part_id == row_source_id:
                continue
            part = self.session.workspace.sources.get((part_id,))
            cited = " · ".join(x for x in (part.publisher, part.citation, part.published) if x) if part else part_id
            lines.append(f"{QCoreApplication.translate('SourcesPanel', caption)}: {cited}")
        return "\n".join(lines)

    def _show_selected_source(self, selection) -> None:
        """A source chosen elsewhere (Find, say) is selected in the table too."""
        if not selection or selection[0] != "sources":
            return
        row = self.model.row_of(selection[1])
        index = self.view.model().mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is not None and index.isValid():
            self.view.selectRow(index.row())
            self.view.scrollTo(index)

    def _describe(self, record: Any) -> str:
        table, key = self.session.selection
        if table == "tier_placements":  # a placement is named by its vendor
            vendor = self.session.workspace.vendors.get(key)
            return self.tr("{0}: tier placement").format(vendor.name_zh if vendor else key[0])
        named = getattr(record, "name_zh", "") or getattr(record, "label_zh", "") or getattr(record, "city_zh", "")
        return named or " / ".join(str(part) for part in key)


if __name__ == "__main__":
    from workbench.ui.preview import preview_panel

    raise SystemExit(preview_panel(SourcesPanel))
