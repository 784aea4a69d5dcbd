"""Pure-Python domain: entities, rules, calculations, commands. No Qt, no I/O."""

from .commands import Batch, PutRecord, RemoveRecord, move, update
from .rules import DomainError
from .workspace import Change, Workspace, WorkspaceInfo

__all__ = ["Batch", "Change", "DomainError", "PutRecord", "RemoveRecord", "Workspace", "WorkspaceInfo", "move", "update"]
