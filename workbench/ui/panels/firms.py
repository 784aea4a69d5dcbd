"""Industry-chain firms: a lazily drawn table of up to millions of firms, filtered by province.

The firms CSV of a dataset (or one the analyst picks) is read in a child process
(see process_job) with a progress bar and a Cancel button, so the window keeps
painting; the table reaches the workspace only when the whole file was read
without a problem.
The province filter follows the session's vendor filter (set by the heat map).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QProgressBar, QPushButton, QTableView, QVBoxLayout, QWidget)

from workbench.domain.provinces import PROVINCES, PROVINCES_BY_CODE

from ..models.lazy_table import LazyTableModel
from ..models.lean_text_delegate import LeanTextDelegate
from ..process_job import ProcessJob
from .base import Panel

FIRM_HEADERS = (QT_TRANSLATE_NOOP("Columns", "Firm"), QT_TRANSLATE_NOOP("Columns", "Province"),
                QT_TRANSLATE_NOOP("Columns", "City"), QT_TRANSLATE_NOOP("Columns", "Chain segment"))
PROVINCE_COLUMN = 1


class _ProvinceNames:
    """The firm table as the view shows it: provinces by name instead of code."""

    def __init__(self, firms):
        self._firms = firms

    def __len__(self) -> int:
        return len(self._firms)

    def value(self, row: int, column: int) -> str:
        text = self._firms.value(row, column)
        if column == PROVINCE_COLUMN:
            province = PROVINCES_BY_CODE.get(text)
            return province.name_zh if province else text
        return text


class FirmsPanel(Panel):
    NAME = "firms"
    TITLE = QT_TRANSLATE_NOOP("Panels", "Industry-chain firms")
    AREA = Qt.DockWidgetArea.RightDockWidgetArea

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self._loader: ProcessJob | None = None
        self._loading_for = None  # the workspace the running load belongs to
        self.last_loader_peak_kib: int | None = None
        """Peak memory of the process that read the firms last (the window's own is apart)."""

        self.province_combo = QComboBox()
        self.province_combo.addItem("", None)
        for province in PROVINCES:
            self.province_combo.addItem(f"{province.name_zh}  {province.name_en}", province.code)
        self.province_combo.activated.connect(self._on_province_picked)
        self.load_button = QPushButton()
        self.load_button.clicked.connect(self.load_from_file)
        self.summary = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_load)
        self._progress_row = QWidget()
        progress_layout = QHBoxLayout(self._progress_row)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.addWidget(self.progress, 1)
        progress_layout.addWidget(self.cancel_button)
        self._progress_row.hide()

        self.model = LazyTableModel(FIRM_HEADERS, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        # Province, city and segment repeat a few hundred values among a million rows.
        self.view.setItemDelegate(LeanTextDelegate(self.model.text_at, repeating_columns=(1, 2, 3), parent=self.view))
        # Fixed row heights: the view never measures a million rows to lay them out.
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        rows.hide()
        self.view.horizontalHeader().setStretchLastSection(True)

        controls = QHBoxLayout()
        controls.addWidget(self.province_combo)
        controls.addWidget(self.load_button)
        controls.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(controls)
        layout.addWidget(self._progress_row)
        layout.addWidget(self.view, 1)

        session.workspaceReplaced.connect(self._on_workspace_replaced)
        session.edited.connect(self._on_edited)
        session.vendorFilterChanged.connect(self._apply_filter)
        self.retranslate()
        self._on_workspace_replaced()

    # ------------------------------------------------------------ loading
    @property
    def is_loading(self) -> bool:
        return self._loader is not None

    def load_from_file(self) -> None:
        path = self.ask_firms_path()
        if path:
            self.start_load(path)

    def ask_firms_path(self) -> str:
        return QFileDialog.getOpenFileName(self, self.tr("Load Industry-Chain Firms"), "",
                                           self.tr("CSV tables (*.csv)"))[0]

    def start_load(self, path: str | Path) -> None:
        """Read `path` in the background; the table replaces the workspace's firms when done."""
        self.cancel_load()
        self.message_bar.hide()
        loader = ProcessJob("workbench.storage.firms_loader:load_firms", (str(path),), self)
        loader.progressed.connect(lambda fraction: self.progress.setValue(round(fraction * 1000)))
        loader.succeeded.connect(self._on_loaded)
        loader.failed.connect(self._on_failed)
        self._loader, self._loading_for = loader, self.session.workspace
        self.progress.setValue(0)
        self._progress_row.show()
        self.load_button.setEnabled(False)

    def cancel_load(self) -> None:
        """Stop the running load, if any; the firms shown stay as they were."""
        loader = self._loader
        if loader is None:
            return
        loader.cancel()  # the child is stopped at once; nothing of it reaches this panel any more
        self._on_load_finished()

    def _on_loaded(self, firms) -> None:
        self.last_loader_peak_kib = self._loader.child_peak_kib  # only the current load reports
        self._on_load_finished()
        if self._loading_for is self.session.workspace:
            self.session.workspace.replace_firms(firms)

    def _on_failed(self, error) -> None:
        from workbench.storage.problems import InputError

        self._on_load_finished()
        lines = [str(problem) for problem in error.problems[:5]] if isinstance(error, InputError) else [
            self.tr("The file cannot be read: {0}").format(error)]
        self.message_bar.show_error(self.tr("The firms were not loaded:") + "\n" + "\n".join(lines))

    def _on_load_finished(self) -> None:
        self._loader = None
        self._progress_row.hide()
        self.load_button.setEnabled(True)

    # ------------------------------------------------------------ showing
    def _on_workspace_replaced(self) -> None:
        self.cancel_load()
        self._show_firms()
        workspace = self.session.workspace
        origin = Path(workspace.info.origin) if workspace.info.origin else None
        if workspace.firms is None and origin is not None and origin.is_dir():
            from workbench.storage.firms_loader import firms_file_of

            path = firms_file_of(origin)
            if path is not None:
                self.start_load(path)

    def _on_edited(self, edit) -> None:
        if "firms" in edit.tables:
            self._show_firms()

    def _show_firms(self) -> None:
        firms = self.session.workspace.firms
        self.model.set_source(_ProvinceNames(firms) if firms is not None else None)
        self._apply_filter(self.session.vendor_filter)

    def _on_province_picked(self, position: int) -> None:
        self.session.set_vendor_filter(self.province_combo.itemData(position))

    def _apply_filter(self, code: str | None) -> None:
        self.province_combo.setCurrentIndex(max(0, self.province_combo.findData(code)))
        firms = self.session.workspace.firms
        self.model.set_rows(firms.rows_in_province(code) if firms is not None and code else None)
        self._update_summary()

    def _update_summary(self) -> None:
        firms = self.session.workspace.firms
        if firms is None:
            self.summary.setText(self.tr("No firm list loaded"))
            return
        text = self.tr("{0} of {1} firms").format(f"{self.model.rowCount():,}", f"{len(firms):,}")
        if firms.synthetic:
            text += " · " + self.tr("synthetic test data")
        self.summary.setText(text)

    def retranslate(self) -> None:
        self.province_combo.setItemText(0, self.tr("All provinces"))
        self.load_button.setText(self.tr("Load Firms…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.model.retranslate()
        self._update_summary()
