"""A whole framework for one scope: SWOT as a 2x2 grid, PEST as four (or six) columns."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from workbench.domain import analysis

from ...session import Session
from .labels import COLORS, SWOT_GRID, category_name
from .models import EntryListModel
from .views import CardDelegate, CardListView


class CategoryBox(QFrame):
    """One quadrant or factor: a coloured header with the count, the cards, and a line to add one."""

    addRequested = Signal(str, str)  # category, text

    def __init__(self, session: Session, framework: str, scope: str, category: str, parent=None):
        super().__init__(parent)
        self.category = category
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"{framework}_{category}")
        color = COLORS[category]
        self.header = QLabel()
        # A long factor name must not keep six columns from fitting a narrow dock.
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.header.setStyleSheet(f"QLabel {{ background: {color}; color: white; font-weight: bold; padding: 3px 6px; }}")
        self.model = EntryListModel(session, framework, scope, category, self)
        self.delegate = CardDelegate(color, parent=self)
        self.view = CardListView(self.delegate)
        self.view.setModel(self.model)
        self.add_line = QLineEdit()
        self.add_line.setClearButtonEnabled(True)
        self.add_line.returnPressed.connect(self._on_add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.add_line)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._update_header)
        self.retranslate()

    def _on_add(self) -> None:
        self.addRequested.emit(self.category, self.add_line.text())

    def _update_header(self, *_args) -> None:
        self.header.setText(f"{category_name(self.category)}  ({self.model.rowCount()})")

    def retranslate(self) -> None:
        self._update_header()
        self.add_line.setPlaceholderText(self.tr("Add to {0}… (Enter)").format(category_name(self.category)))


class AnalysisBoard(QWidget):
    """The boxes of one framework for one scope; forwards what the analyst asks for to the panel."""

    currentEntryChanged = Signal(str)
    addRequested = Signal(str, str, str)  # scope, category, text
    deleteRequested = Signal(str)
    reorderRequested = Signal(str, int)

    def __init__(self, session: Session, framework: str, scope: str, parent=None):
        super().__init__(parent)
        self.framework = framework
        self.scope = scope
        self.boxes: dict[str, CategoryBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for category in analysis.FRAMEWORKS[framework]:
            box = CategoryBox(session, framework, scope, category, self)
            self.boxes[category] = box
            box.addRequested.connect(lambda c, t: self.addRequested.emit(self.scope, c, t))
            box.view.currentIdChanged.connect(self._on_current_changed)
            box.view.deleteRequested.connect(self.deleteRequested)
            box.view.reorderRequested.connect(self.reorderRequested)
        if framework == "swot":
            for row, pair in enumerate(SWOT_GRID):
                for column, category in enumerate(pair):
                    layout.addWidget(self.boxes[category], row, column)
        else:
            for column, category in enumerate(analysis.FRAMEWORKS[framework]):
                layout.addWidget(self.boxes[category], 0, column)

    def set_scope(self, scope: str) -> None:
        self.scope = scope
        for box in self.boxes.values():
            box.model.set_scope(scope)

    def set_pestle(self, on: bool) -> None:
        """PEST shows Legal and Environmental only in PESTLE mode."""
        visible = analysis.categories_of(self.framework, pestle=on)
        for category, box in self.boxes.items():
            box.setVisible(category in visible)

    def set_priority_order(self, on: bool) -> None:
        for box in self.boxes.values():
            box.model.set_priority_order(on)

    def _on_current_changed(self, entry_id: str) -> None:
        # One current entry per board: clear the others' selection so Delete acts on what is shown.
        sender_view = self.sender()
        for box in self.boxes.values():
            if box.view is not sender_view:
                box.view.clearSelection()
        self.currentEntryChanged.emit(entry_id)

    def select_entry(self, entry_id: str) -> bool:
        box = self.box_of(entry_id)
        if box is None or box.isHidden():
            return False
        box.view.select_id(entry_id)
        box.view.setFocus()
        return True

    def box_of(self, entry_id: str) -> CategoryBox | None:
        return next((box for box in self.boxes.values() if box.model.row_of(entry_id) >= 0), None)

    def retranslate(self) -> None:
        for box in self.boxes.values():
            box.retranslate()


class ComparisonBoards(QWidget):
    """Two boards of the same framework side by side: the main scope, and the one compared with."""

    def __init__(self, session: Session, framework: str, scope: str, parent=None):
        super().__init__(parent)
        self.main = AnalysisBoard(session, framework, scope, self)
        self.other = AnalysisBoard(session, framework, scope, self)
        self.main_title, self.other_title = QLabel(), QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._columns: list[QWidget] = []
        for title, board in ((self.main_title, self.main), (self.other_title, self.other)):
            column = QWidget()
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            title.setStyleSheet("font-weight: bold;")
            column_layout.addWidget(title)
            column_layout.addWidget(board, 1)
            layout.addWidget(column, 1)
            self._columns.append(column)
        self.set_comparing(False)

    def boards(self) -> tuple[AnalysisBoard, AnalysisBoard]:
        return self.main, self.other

    def set_comparing(self, on: bool) -> None:
        self._columns[1].setVisible(on)
        self.main_title.setVisible(on)

    def set_titles(self, main: str, other: str) -> None:
        self.main_title.setText(main)
        self.other_title.setText(other)
