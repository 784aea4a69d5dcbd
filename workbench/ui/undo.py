"""Qt's undo stack over the domain's commands: the domain computes, Qt only keeps the history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:  # a command brings the domain in; the first frame does not need it
    from workbench.domain import DomainError, Workspace
    from workbench.domain.commands import Command


class EditRejected(Exception):
    """An edit the domain refused; the message is meant for the analyst."""

    def __init__(self, error: DomainError):
        self.problems = error.problems
        super().__init__(str(error))


class WorkspaceUndoCommand(QUndoCommand):
    """Wraps one domain command: applying a command returns its inverse, and so on back and forth.

    Pass `inverse` when the command has already been applied (push_command does,
    so that a refused edit never reaches the stack); the first redo then does nothing.
    """

    def __init__(self, workspace: Workspace, command: Command, inverse: Command | None = None):
        super().__init__(command.label)
        self._workspace = workspace
        self._forward = command
        self._inverse = inverse
        self._skip_first_redo = inverse is not None
        self.touched: tuple[dict, frozenset] = ({}, frozenset())
        """(table -> keys, tables reset) the command changed: a remote change to one makes it stale."""

    def touches(self, records: set[tuple[str, tuple]]) -> bool:
        keys, reset = self.touched
        return any(table in reset or key in keys.get(table, ()) for table, key in records)

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._inverse = self._forward.apply(self._workspace)

    def undo(self) -> None:
        self._forward = self._inverse.apply(self._workspace)


def push_command(stack: QUndoStack, workspace: Workspace, command: Command) -> None:
    """Apply command as one undo step; raise EditRejected (stack unchanged) when the domain refuses it."""
    from workbench.domain import DomainError

    # Applied before pushing: QUndoStack.push would drop the redo history even for a refused edit.
    edits = []
    unsubscribe = workspace.subscribe_edits(edits.append)
    try:
        inverse = command.apply(workspace)
    except DomainError as error:
        raise EditRejected(error) from None
    finally:
        unsubscribe()
    step = WorkspaceUndoCommand(workspace, command, inverse)
    keys: dict = {}
    for edit in edits:
        for table, changed in edit.keys.items():
            keys[table] = keys.get(table, frozenset()) | changed
    step.touched = (keys, frozenset().union(*(edit.reset for edit in edits)))
    stack.push(step)
