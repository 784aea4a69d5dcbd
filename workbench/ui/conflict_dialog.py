"""Records someone else changed first, shown field by field: base, mine, theirs; keep mine, take theirs or type."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QGridLayout, QGroupBox, QLabel, QLineEdit,
                               QRadioButton, QScrollArea, QVBoxLayout, QWidget)

from .field_labels import field_label, table_label
from .form_dialog import error_line

if TYPE_CHECKING:
    from workbench.domain import Workspace
    from workbench.storage.project_store import Conflict

MINE, THEIRS, TYPED = 0, 1, 2
WHOLE = ""  # the row of a record one side removed: kept or removed as a whole


def shown(value: Any) -> str:
    return "—" if value is None else str(value)


def parse_like(text: str, examples: list[Any]) -> Any:
    """text as a value of the field's type, told by the values the sides hold; ValueError when it is not one."""
    text = text.strip()
    kinds = {type(value) for value in examples if value is not None}
    if not text and (None in examples or not kinds or kinds == {str}):
        return None if None in examples or not kinds else ""
    if bool in kinds:
        lowered = text.lower()
        if lowered not in ("true", "false", "1", "0", "yes", "no"):
            raise ValueError(text)
        return lowered in ("true", "1", "yes")
    if float in kinds:
        return float(text)
    if int in kinds:
        return int(text)
    return text


class _FieldRow:
    def __init__(self, field: str, mine: Any, theirs: Any, base: Any, group: QButtonGroup, typed: QLineEdit):
        self.field, self.mine, self.theirs, self.base = field, mine, theirs, base
        self.group, self.typed = group, typed

    def value(self) -> Any:
        choice = self.group.checkedId()
        if choice == MINE:
            return self.mine
        if choice == THEIRS:
            return self.theirs
        return parse_like(self.typed.text(), [self.mine, self.theirs, self.base])


class ConflictDialog(QDialog):
    """One box per conflicting record; one row per field the two sides hold differently."""

    def __init__(self, conflicts: list[Conflict], workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve conflicts"))
        self.conflicts = list(conflicts)
        self.rows: list[list[_FieldRow]] = []
        content = QWidget()
        boxes = QVBoxLayout(content)
        intro = QLabel(self.tr("Others saved changes to records you also changed. Nothing was saved. Choose, for "
                               "each field, your value, theirs, or type another; then the save is tried again."))
        intro.setWordWrap(True)
        for conflict in self.conflicts:
            boxes.addWidget(self._box(conflict, workspace))
        boxes.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.error_label = error_line()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply and save again"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(820, 520)

    def _box(self, conflict: Conflict, workspace: Workspace) -> QGroupBox:
        from workbench.domain.change_notes import record_label

        title = self.tr("{0}: {1}").format(table_label(conflict.table), record_label(workspace, conflict.key))
        if conflict.theirs_analyst:
            title += " — " + self.tr("changed by {0}").format(conflict.theirs_analyst)
        box = QGroupBox(title)
        grid = QGridLayout(box)
        for column, header in enumerate((self.tr("Field"), self.tr("Before"), self.tr("Mine"), self.tr("Theirs"),
                                         self.tr("Other value"))):
            grid.addWidget(QLabel(f"<b>{header}</b>"), 0, column)
        rows = []
        for line, (field, base, mine, theirs) in enumerate(self._differences(conflict), start=1):
            group = QButtonGroup(box)
            mine_button, theirs_button = QRadioButton(shown(mine)), QRadioButton(shown(theirs))
            typed_button = QRadioButton()
            for button, choice in ((mine_button, MINE), (theirs_button, THEIRS), (typed_button, TYPED)):
                group.addButton(button, choice)
            # What only one side changed goes its way; what both changed starts as mine.
            (theirs_button if mine == base else mine_button).setChecked(True)
            typed = QLineEdit()
            typed.textEdited.connect(lambda _text, button=typed_button: button.setChecked(True))
            other = QWidget()
            other_layout = QGridLayout(other)
            other_layout.setContentsMargins(0, 0, 0, 0)
            other_layout.addWidget(typed_button, 0, 0)
            other_layout.addWidget(typed, 0, 1)
            if field == WHOLE:
                mine_button.setText(self.tr("Keep it") if mine is not None else self.tr("Removed"))
                theirs_button.setText(self.tr("Keep it") if theirs is not None else self.tr("Removed"))
                other.setEnabled(False)
            grid.addWidget(QLabel(self.tr("(whole record)") if field == WHOLE else field_label(field)), line, 0)
            grid.addWidget(QLabel(shown(base) if field != WHOLE else ""), line, 1)
            grid.addWidget(mine_button, line, 2)
            grid.addWidget(theirs_button, line, 3)
            grid.addWidget(other, line, 4)
            rows.append(_FieldRow(field, mine, theirs, base, group, typed))
        self.rows.append(rows)
        return box

    @staticmethod
    def _differences(conflict: Conflict) -> list[tuple[str, Any, Any, Any]]:
        if conflict.mine is None or conflict.theirs is None:
            return [(WHOLE, conflict.base, conflict.mine, conflict.theirs)]
        base = conflict.base
        return [(f.name, getattr(base, f.name) if base is not None else None,
                 getattr(conflict.mine, f.name), getattr(conflict.theirs, f.name))
                for f in dataclasses.fields(conflict.mine)
                if getattr(conflict.mine, f.name) != getattr(conflict.theirs, f.name)]

    def resolved(self) -> list[tuple[Conflict, Any | None]]:
        """Each conflict with the record chosen (None: removed); ValueError on a typed value of the wrong kind."""
        chosen = []
        for conflict, rows in zip(self.conflicts, self.rows):
            if rows and rows[0].field == WHOLE:
                chosen.append((conflict, rows[0].value()))
                continue
            chosen.append((conflict, dataclasses.replace(conflict.theirs, **{row.field: row.value() for row in rows})))
        return chosen

    def accept(self) -> None:
        try:
            self.resolved()
        except (ValueError, TypeError) as error:
            self.error_label.setText(self.tr("“{0}” is not a value this field can hold.").format(
                str(error).split(": ")[-1]))
            self.error_label.show()
            return
        super().accept()
