"""Pure-Python domain: entities, rules, calculations, commands. No Qt, no I/O."""

from .commands import Batch, PatchTable, PutRecord, RemoveRecord, move, update
from .rules import DomainError
from .workspace import Change, ChangeKind, EditFinished, Workspace, WorkspaceInfo

__all__ = ["Batch", "Change", "ChangeKind", "DomainError", "EditFinished", "PatchTable", "PutRecord", "RemoveRecord",
           "Workspace", "WorkspaceInfo", "move", "update"]
