"""Qt item models over workspace tables."""

from .record_table import Column, RecordTableModel

__all__ = ["Column", "RecordTableModel"]
