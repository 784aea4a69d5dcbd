"""Industry-chain firms: a lazily drawn table of up to millions of firms, filtered by province.

The firms CSV of a dataset (or one the analyst picks) is read on a worker thread
with a progress bar and a Cancel button, so the window keeps painting; the table
reaches the workspace only when the whole file was read without a problem.
The province filter follows the session's vendor filter (set by the heat map).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QProgressBar, QPushButton, QTableView, QVBoxLayout, QWidget)

from workbench.domain.provinces import PROVINCES, PROVINCES_BY_CODE

from ..models.lazy_table import LazyTableModel
from .base import Panel

FIRM_HEADERS = (QT_TRANSLATE_NOOP("Columns", "Firm"), QT_TRANSLATE_NOOP("Columns", "Province"),
                QT_TRANSLATE_NOOP("Columns", "City"), QT_TRANSLATE_NOOP("Columns", "Chain segment"))
PROVINCE_COLUMN = 1


# Running loads, kept alive until their run() returns: a cancelled load may outlive its panel,
# and a QThread destroyed while it runs takes the process down.
_RUNNING: set["FirmsLoadThread"] = set()


def stop_all_loads() -> None:
    """Cancel every running load and wait for it (at quit: the interpreter must not exit under them)."""
    for loader in list(_RUNNING):
        loader.requestInterruption()
        loader.wait()


class FirmsLoadThread(QThread):
    """Reads one firms CSV off the GUI thread; requestInterruption() cancels it."""

    progressed = Signal(int)  # per mille of the file read
    loaded = Signal(object)  # a FirmTable
    failed = Signal(object)  # a list of Problems

    def __init__(self, path: str | Path):
        super().__init__()
        self.path = Path(path)
        _RUNNING.add(self)
        self.finished.connect(self._forget)
        application = QCoreApplication.instance()
        if len(_RUNNING) == 1 and application is not None:
            application.aboutToQuit.connect(stop_all_loads)

    def _forget(self) -> None:
        _RUNNING.discard(self)
        self.deleteLater()

    def run(self) -> None:
        from workbench.storage.firms_loader import LoadCancelled, load_firms
        from workbench.storage.problems import InputError, Problem

        try:
            table = load_firms(self.path, progress=lambda fraction: self.progressed.emit(round(fraction * 1000)),
                               cancelled=self.isInterruptionRequested)
        except LoadCancelled:
            return
        except InputError as error:
            self.failed.emit(error.problems)
            return
        except (OSError, MemoryError) as error:
            self.failed.emit([Problem(self.path.name, None, None, f"cannot be read: {error}")])
            return
        self.loaded.emit(table)


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
        self._loader: FirmsLoadThread | None = None
        self._loading_for = None  # the workspace the running load belongs to

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
        session.changed.connect(self._on_change)
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
        loader = FirmsLoadThread(path)
        loader.progressed.connect(self.progress.setValue)
        loader.loaded.connect(self._on_loaded)
        loader.failed.connect(self._on_failed)
        loader.finished.connect(self._on_load_finished)
        self.destroyed.connect(loader.requestInterruption)
        self._loader, self._loading_for = loader, self.session.workspace
        self.progress.setValue(0)
        self._progress_row.show()
        self.load_button.setEnabled(False)
        loader.start()

    def cancel_load(self) -> None:
        """Stop the running load, if any; the firms shown stay as they were."""
        loader = self._loader
        if loader is None:
            return
        self._loader = None
        # It stops at its next chunk; nothing of it reaches this panel any more.
        for signal in (loader.progressed, loader.loaded, loader.failed):
            signal.disconnect()
        loader.finished.disconnect(self._on_load_finished)
        loader.requestInterruption()
        self._on_load_finished()

    def _on_loaded(self, firms) -> None:
        if self._loading_for is self.session.workspace:
            self.session.workspace.replace_firms(firms)

    def _on_failed(self, problems) -> None:
        lines = [str(problem) for problem in problems[:5]]
        self.message_bar.show_error(self.tr("The firms were not loaded:") + "\n" + "\n".join(lines))

    def _on_load_finished(self) -> None:
        # Only the current load is still connected here (cancel_load disconnects the old one).
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

    def _on_change(self, change) -> None:
        if change.table == "firms":
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
