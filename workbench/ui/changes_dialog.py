"""The Changes view: what moved between two points of a project (a snapshot, or now), in sections.

Snapshots are rebuilt by the store and compared in a worker; the window keeps answering meanwhile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from .i18n import current_language

if TYPE_CHECKING:
    from workbench.domain.compare import Comparison

    from .session import Session

NOW = ""  # the combo data of "now (this window)"
SECTIONS = (QT_TRANSLATE_NOOP("ChangesDialog", "Tier moves"),
            QT_TRANSLATE_NOOP("ChangesDialog", "Score changes"),
            QT_TRANSLATE_NOOP("ChangesDialog", "Weight changes"),
            QT_TRANSLATE_NOOP("ChangesDialog", "Estimate changes"),
            QT_TRANSLATE_NOOP("ChangesDialog", "Entries added"),
            QT_TRANSLATE_NOOP("ChangesDialog", "Entries removed"),
            QT_TRANSLATE_NOOP("ChangesDialog", "Entries reworded"))


def tr(text: str) -> str:
    return QCoreApplication.translate("ChangesDialog", text)


def _name(zh: str, en: str) -> str:
    return (zh or en) if current_language().startswith("zh") else (en or zh)


def _number(value: float | None, percent: bool = False) -> str:
    if value is None:
        return "—"
    return f"{value * 100:.4g}%" if percent else f"{value:g}"


def _tier(tier: int | None) -> str:
    return QCoreApplication.translate("ChangesDialog", "not placed") if tier is None else \
        QCoreApplication.translate("ChangesDialog", "Tier {0}").format(tier)


def _range(share) -> str:
    if share is None:
        return "—"
    return f"{_number(share.low, True)} – {_number(share.high, True)} ({_number(share.base, True)})"


def section_lines(comparison: Comparison) -> list[list[str]]:
    """One list of lines per section of SECTIONS, in the current language."""
    moves = [f"{_name(m.name_zh, m.name_en)}: {_tier(m.old_tier)} → {_tier(m.new_tier)}"
             for m in comparison.tier_moves]
    scores = [f"{_name(c.vendor_name_zh, c.vendor_name_en)} · {_name(c.dimension_name_zh, c.dimension_name_en)}: "
              f"{_number(c.old)} → {_number(c.new)}" for c in comparison.score_changes]
    weights = [f"{_name(c.name_zh, c.name_en)}: {_number(c.old)}% → {_number(c.new)}%"
               for c in comparison.weight_changes]
    estimates = comparison.estimate_changes
    figures = [f"{_name(c.name_zh, c.name_en)}: {_range(c.old)} → {_range(c.new)}" for c in estimates.revenue_mix]
    figures += [f"{_name(c.market_name_zh, c.market_name_en)} · {_name(c.vendor_name_zh, c.vendor_name_en)}: "
                f"{_number(c.old_share, True)} → {_number(c.new_share, True)}" for c in estimates.market_shares]
    figures += [f"{_name(c.name_zh, c.name_en)} ({c.period}): {_number(c.old)} → {_number(c.new)} {c.unit}"
                for c in estimates.market_sizes]

    def entry(change, text: str) -> str:
        return f"[{change.framework} · {change.category}] {_name(change.scope_name_zh, change.scope_name_en)}: {text}"

    added = [entry(c, c.new_text or "") for c in comparison.entries_added]
    removed = [entry(c, c.old_text or "") for c in comparison.entries_removed]
    reworded = [entry(c, f"{c.old_text} → {c.new_text}") for c in comparison.entries_changed]
    return [moves, scores, weights, figures, added, removed, reworded]


class ChangesDialog(QDialog):
    """Pick two points (snapshots or now); the comparison shows section by section."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._working = None
        self.comparison: Comparison | None = None
        self.setWindowTitle(self.tr("Changes"))
        self.from_combo, self.to_combo = QComboBox(), QComboBox()
        self.compare_button = QPushButton(self.tr("Compare"), clicked=self.compare)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("What changed")])
        form = QFormLayout()
        form.addRow(self.tr("From"), self.from_combo)
        form.addRow(self.tr("To"), self.to_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, rejected=self.reject)
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self._load_snapshots()

    @property
    def is_working(self) -> bool:
        return self._working is not None

    def _run(self, work, done) -> None:
        from .background import BackgroundCall

        self._working = BackgroundCall(work, lambda future: self._finished(future, done), self)

    def _finished(self, future, done) -> None:
        self._working = None
        error = future.exception()
        if error is not None:
            self.status.setText(self.tr("Not compared: {0}").format(error))
            return
        done(future.result())

    def _load_snapshots(self) -> None:
        store = self._session.store
        if store is None:
            self.status.setText(self.tr("Snapshots are kept in saved projects and team projects: open one first."))
            self.compare_button.setEnabled(False)
            return
        self._run(store.snapshots, self._show_snapshots)

    def _show_snapshots(self, snapshots) -> None:
        for combo in (self.from_combo, self.to_combo):
            combo.clear()
            for snapshot in snapshots:
                combo.addItem(f"{snapshot.name}  ({snapshot.taken_at[:16].replace('T', ' ')}, {snapshot.analyst})",
                              snapshot.name)
            combo.addItem(self.tr("Now (this window)"), NOW)
        self.from_combo.setCurrentIndex(max(0, len(snapshots) - 1))  # the newest snapshot, against now
        self.to_combo.setCurrentIndex(self.to_combo.count() - 1)
        if not snapshots:
            self.status.setText(self.tr("No snapshot yet: take one with File › Take Snapshot…"))

    def choose(self, old: str, new: str) -> None:
        """Pick the two points by snapshot name (NOW: the window's workspace)."""
        self.from_combo.setCurrentIndex(self.from_combo.findData(old))
        self.to_combo.setCurrentIndex(self.to_combo.findData(new))

    def compare(self) -> None:
        store, workspace = self._session.store, self._session.workspace
        old, new = self.from_combo.currentData(), self.to_combo.currentData()
        if store is None or old is None or new is None:
            return
        now = workspace.copy_tables(workspace.table_names)  # edits made while comparing do not reach the worker

        def work():
            from workbench.domain.compare import compare

            def at(point: str):
                return now if point == NOW else store.workspace_at(point)

            return compare(at(old), at(new))

        self.status.setText(self.tr("Comparing…"))
        self.tree.clear()
        self._run(work, self._show)

    def _show(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.tree.clear()
        if comparison.is_empty:
            self.status.setText(self.tr("Nothing changed between these two points."))
            return
        self.status.setText(self.tr("{0} → {1}").format(self.from_combo.currentText(), self.to_combo.currentText()))
        for title, lines in zip(SECTIONS, section_lines(comparison)):
            if not lines:
                continue
            section = QTreeWidgetItem(self.tree, [self.tr("{0} ({1})").format(tr(title), len(lines))])
            for line in lines:
                QTreeWidgetItem(section, [line])
            section.setExpanded(True)

    def sections(self) -> dict[str, list[str]]:
        """What is shown: section heading -> its lines (for tests and copying)."""
        root = self.tree.invisibleRootItem()
        return {root.child(i).text(0): [root.child(i).child(j).text(0) for j in range(root.child(i).childCount())]
                for i in range(root.childCount())}
