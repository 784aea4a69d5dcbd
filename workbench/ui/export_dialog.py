"""Export (workbook, PDF briefing, slides): the choices dialog, and the export run in a worker thread with progress and cancel.

The export reads a copy of the workspace (records are immutable, so copying
is cheap), so edits made while it runs cannot reach a half-written workbook.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit,
                               QListWidget, QListWidgetItem, QProgressDialog, QVBoxLayout, QWidget)

from workbench.domain import Workspace
from workbench.domain.entities import INDUSTRY_SCOPE
from workbench.storage.excel import SCENARIOS, ExportOptions, available_sheets

from .i18n import amount_units

from .settings import Settings

PROGRESS_DELAY_MS = 400  # quick exports finish before a progress dialog would flash up


def _checkable(list_widget: QListWidget, text: str, data: str, checked: bool) -> None:
    item = QListWidgetItem(text, list_widget)
    item.setData(Qt.ItemDataRole.UserRole, data)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def _checked(list_widget: QListWidget, state: Qt.CheckState = Qt.CheckState.Checked) -> list[str]:
    return [list_widget.item(row).data(Qt.ItemDataRole.UserRole) for row in range(list_widget.count())
            if list_widget.item(row).checkState() == state]


FORMAT_SUFFIXES = {"xlsx": ".xlsx", "pdf": ".pdf", "pptx": ".pptx"}


class ExportDialog(QDialog):
    """Format, sheets or sections, scopes, scenario, paper, labels' language and author; remembers the last choice."""

    def __init__(self, workspace: Workspace, settings: Settings, parent: QWidget | None = None, kind: str = "xlsx"):
        super().__init__(parent)
        self._settings = settings
        remembered = settings.export_choices()
        deliverable = settings.deliverable_choices()

        self.format_box = QComboBox()
        for code, label in (("xlsx", self.tr("Excel workbook (.xlsx)")), ("pdf", self.tr("PDF briefing (.pdf)")),
                            ("pptx", self.tr("Slides (.pptx)"))):
            self.format_box.addItem(label, code)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(kind)))
        self.sheet_list = QListWidget()
        for title in available_sheets():
            _checkable(self.sheet_list, title, title, title not in remembered["excluded_sheets"])
        self.section_list = QListWidget()
        for code, label in self._section_labels():
            _checkable(self.section_list, label, code, code not in deliverable["excluded_sections"])
        self.scope_list = QListWidget()
        scopes = [(INDUSTRY_SCOPE, self.tr("Industry 行业"))]
        scopes += [(v.vendor_id, f"{v.name_zh} {v.name_en}".strip()) for v in workspace.vendors]
        for scope, label in scopes:
            _checkable(self.scope_list, label, scope, scope not in remembered["excluded_scopes"])
        self.scenario_box = QComboBox()
        for scenario in SCENARIOS:
            self.scenario_box.addItem({"low": self.tr("Low"), "base": self.tr("Base"), "high": self.tr("High")}[scenario],
                                      scenario)
        self.scenario_box.setCurrentIndex(max(0, self.scenario_box.findData(remembered["scenario"])))
        self.paper_box = QComboBox()
        self.paper_box.addItem("A4", "A4")
        self.paper_box.addItem("Letter", "Letter")
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(settings.paper_size())))
        self.language_box = QComboBox()
        self.language_box.addItem("中文", "zh")
        self.language_box.addItem("English", "en")
        language = deliverable["language"] or amount_units()  # the Units preference, unless chosen here
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.author_edit = QLineEdit(settings.author_name())

        self.sheets_group = QGroupBox(self.tr("Sheets"))
        self.sections_group = QGroupBox(self.tr("Sections"))
        scopes_group = QGroupBox(self.tr("SWOT, PEST and TOWS scopes"))
        QVBoxLayout(self.sheets_group).addWidget(self.sheet_list)
        QVBoxLayout(self.sections_group).addWidget(self.section_list)
        QVBoxLayout(scopes_group).addWidget(self.scope_list)
        lists = QHBoxLayout()
        lists.addWidget(self.sheets_group)
        lists.addWidget(self.sections_group)
        lists.addWidget(scopes_group)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow(self.tr("Revenue scenario"), self.scenario_box)
        form.addRow(self.tr("Paper size"), self.paper_box)
        form.addRow(self.tr("Language of labels"), self.language_box)
        form.addRow(self.tr("Author"), self.author_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.sheet_list.itemChanged.connect(self._update_ok)
        self.section_list.itemChanged.connect(self._update_ok)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists)
        layout.addWidget(self.buttons)
        self._format_changed()

    def _section_labels(self) -> list[tuple[str, str]]:
        return [("tiers", self.tr("Tier board")), ("map", self.tr("Regional heat map")),
                ("revenue_mix", self.tr("Revenue mix")), ("market_shares", self.tr("Market shares")),
                ("swot", "SWOT"), ("pest", "PEST"), ("tows", "TOWS")]

    def kind(self) -> str:
        """"xlsx", "pdf" or "pptx"."""
        return self.format_box.currentData()

    def _format_changed(self, *_args) -> None:
        workbook = self.kind() == "xlsx"
        self.sheets_group.setVisible(workbook)
        self.sections_group.setVisible(not workbook)
        self.paper_box.setEnabled(self.kind() != "pptx")  # slides are 16:9 whatever the paper
        titles = {"xlsx": self.tr("Export to Excel"), "pdf": self.tr("Export Briefing (PDF)"),
                  "pptx": self.tr("Export Slides (PPTX)")}
        self.setWindowTitle(titles[self.kind()])
        self._update_ok()

    def _update_ok(self, *_args) -> None:
        chosen = _checked(self.sheet_list if self.kind() == "xlsx" else self.section_list)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(chosen))

    def options(self, title: str = "") -> ExportOptions:
        # Every scope ticked means "all": scopes of vendors removed since stay in the export too.
        scopes = None if not _checked(self.scope_list, Qt.CheckState.Unchecked) else tuple(_checked(self.scope_list))
        workbook = self.kind() == "xlsx"
        language = self.language_box.currentData()  # the workbook's amounts too: 亿元 in Chinese, bn CNY in English
        return ExportOptions(sheets=tuple(_checked(self.sheet_list)), scenario=self.scenario_box.currentData(),
                             author=self.author_edit.text().strip(), title=title, scopes=scopes,
                             language=language,
                             sections=None if workbook else tuple(_checked(self.section_list)),
                             paper_size=self.paper_box.currentData())

    def accept(self) -> None:
        unchecked = Qt.CheckState.Unchecked
        self._settings.set_export_choices(_checked(self.sheet_list, unchecked), _checked(self.scope_list, unchecked),
                                          self.scenario_box.currentData())
        self._settings.set_deliverable_choices(_checked(self.section_list, unchecked),
                                               self.language_box.currentData())
        self._settings.set_paper_size(self.paper_box.currentData())
        self._settings.set_author_name(self.author_edit.text().strip())
        super().accept()


def copy_of(workspace: Workspace) -> Workspace:
    """The same records in a workspace of their own, for a thread to read while the analyst edits on."""
    copy = Workspace(workspace.info)
    for name, records in workspace.snapshot().items():
        copy.replace_table(name, records)
    return copy


class ExportJob(QObject):
    """Writes a workbook, briefing or deck in a worker thread; cancel() makes the next progress callback stop it.

    The job itself stays in the thread that made it; only the writing runs in
    the worker. So its signals reach every listener in that thread, queued,
    plain functions included: had the job moved to the worker, a function
    connected to it would run there, and a timer it stops would warn
    "Timers cannot be stopped from another thread".
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)  # a Written (see deliverables.export)
    failed = Signal(str)  # a message for the analyst
    cancelled = Signal()
    done = Signal()  # after any of the three above

    def __init__(self, workspace: Workspace, path: str, options: ExportOptions):
        super().__init__()
        self._workspace = copy_of(workspace)
        self._path = path
        self._options = options
        self._stop = threading.Event()
        self._thread = _WorkerThread(self._run)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def wait(self) -> None:
        self._thread.wait()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._stop.is_set()

    def _run(self) -> None:
        from workbench.storage.excel import ExportCancelled, ExportError

        from .deliverables.export import export_file

        try:
            report = export_file(self._workspace, self._path, self._options, self._progress)
        except ExportCancelled:
            self.cancelled.emit()
        except ExportError as error:
            self.failed.emit(str(error))
        except Exception as error:  # never let a bug in a sheet kill the thread silently
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.succeeded.emit(report)
        self.done.emit()


class _WorkerThread(QThread):
    """A thread that runs one function and ends: no event loop, no object of its own to move or delete."""

    def __init__(self, work):
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work()


class _Watcher(QObject):
    """Keeps the progress dialog up to date and notes how the job ended."""

    def __init__(self, progress: QProgressDialog, loop: QEventLoop):
        super().__init__()
        self.progress = progress
        self.loop = loop
        self.outcome: tuple = ("cancelled", None)

    def on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def on_success(self, report) -> None:
        self.outcome = ("ok", report)

    def on_failure(self, message: str) -> None:
        self.outcome = ("failed", message)

    def on_done(self) -> None:
        self.loop.quit()


def run_export(parent: QWidget, workspace: Workspace, path: str, options: ExportOptions,
               job: ExportJob | None = None) -> tuple:
    """Export with a progress dialog (shown after a moment) and a Cancel button; the window stays responsive.

    Returns ("ok", report), ("failed", message) or ("cancelled", None).
    """
    job = job or ExportJob(workspace, path, options)
    progress = QProgressDialog(QCoreApplication.translate("ExportDialog", "Writing {0}…").format(Path(path).name),
                               QCoreApplication.translate("ExportDialog", "Cancel"), 0, 0, parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(PROGRESS_DELAY_MS)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    loop = QEventLoop()
    watcher = _Watcher(progress, loop)
    job.progressed.connect(watcher.on_progress)
    job.succeeded.connect(watcher.on_success)
    job.failed.connect(watcher.on_failure)
    job.done.connect(watcher.on_done)
    progress.canceled.connect(job.cancel)  # sets a flag the worker reads at its next step
    job.start()
    loop.exec()
    job.wait()
    progress.close()
    progress.deleteLater()
    return watcher.outcome
