"""Pure-Python domain: entities, rules, calculations, commands. No Qt, no I/O."""

from .commands import Batch, PatchTable, PutRecord, RemoveRecord, move, update
from .rules import DomainError
from .workspace import Change, Workspace, WorkspaceInfo

__all__ = ["Batch", "Change", "DomainError", "PatchTable", "PutRecord", "RemoveRecord", "Workspace", "WorkspaceInfo",
           "move", "update"]
