"""What every panel shares: its declaration (NAME, TITLE, AREA) and a message bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QToolButton, QWidget

from ..session import Session

if TYPE_CHECKING:
    from workbench.domain import EditFinished


class MessageBar(QWidget):
    """A dismissable line above a panel's content, for refused edits and warnings."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._close = QToolButton()
        self._close.setAutoRaise(True)
        self._close.setText("×")
        self._close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 3, 3)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._close)
        self.setAutoFillBackground(True)
        self.setStyleSheet("MessageBar { background: #fdecea; } QLabel { color: #8a1c12; }")
        self.hide()

    def show_error(self, text: str) -> None:
        self._label.setText(text)
        self.show()

    def text(self) -> str:
        return self._label.text() if not self.isHidden() else ""


class Panel(QWidget):
    """Subclasses set NAME (object name, never translated), TITLE (English source text) and AREA."""

    NAME = ""
    TITLE = ""
    AREA = Qt.DockWidgetArea.LeftDockWidgetArea
    SPLIT = False  # True: split below the area's first panel instead of sharing its tabs

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName(f"{self.NAME}_panel")
        self.message_bar = MessageBar(self)
        self._pending_refresh: Callable[[], None] | None = None
        self.tables_read: frozenset[str] | None = None
        """The workspace tables the last recorded refresh read; None until one ran (then any edit is news)."""
        session.workspaceReplaced.connect(self._forget_reads)  # another workspace may be read along other paths

    def _forget_reads(self) -> None:
        self.tables_read = None

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Panels", cls.TITLE)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh_recorded(self, refresh: Callable[[], None]) -> None:
        """Run refresh, noting the tables it reads: the panel's dependencies, kept by nobody by hand."""
        with self.session.workspace.recording_reads() as read:
            refresh()
        self.tables_read = frozenset(read)

    def also_recorded(self, show: Callable[[], None]) -> None:
        """Run show, adding the tables it reads to those the panel follows."""
        with self.session.workspace.recording_reads() as read:
            show()
        if self.tables_read is not None:
            self.tables_read |= read

    def refresh_if_read(self, edit: EditFinished, refresh: Callable[[], None]) -> None:
        """After an edit: refresh (when seen) only if the edit changed a table the last refresh read."""
        if edit.touches(self.tables_read):
            self.refresh_when_seen(lambda: self.refresh_recorded(refresh))

    def refresh_when_seen(self, refresh: Callable[[], None]) -> None:
        """Run refresh now; or, while the panel sits behind another tab, when it next comes into view.

        Opening a large file then does not wait on panels nobody is looking at.
        """
        if self._out_of_sight():
            self._pending_refresh = refresh
        else:
            self._pending_refresh = None
            refresh()

    def came_into_view(self) -> None:
        """The window brought this panel's dock into view: run the refresh put off meanwhile."""
        refresh, self._pending_refresh = self._pending_refresh, None
        if refresh is not None:
            refresh()

    def _out_of_sight(self) -> bool:
        # Only a dock of a shown window: a panel on its own (a preview, a test) always refreshes at once.
        dock = self.parentWidget()
        return isinstance(dock, QDockWidget) and dock.window().isVisible() and dock.visibleRegion().isEmpty()

    def retranslate(self) -> None:
        """Set every visible text again; called at start and when the language changes."""
