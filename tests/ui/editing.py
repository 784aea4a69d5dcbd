"""Typing into a table cell as an analyst would: open its editor, replace the text, press Enter."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit


def type_into_editor(qtbot, view, index, text: str) -> None:
    view.edit(index)
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: view.viewport().findChild(QLineEdit) is None)
