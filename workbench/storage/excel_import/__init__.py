"""Round trip: read back a workbook this app exported, after an analyst edited it in Excel.

``plan_import`` lists the differences (sheet, row, column, old -> new) plus
what it leaves alone; ``build_edit`` turns the accepted ones into one
undoable Batch. openpyxl is imported only inside this package and ``excel``.
"""

from __future__ import annotations

from .apply import IMPORT_LABEL, ImportEdit, Refusal, build_edit
from .plan import CellChange, CellIssue, ImportPlan, ReadOnlyEdit, plan_import
from .reading import WorkbookImportError, is_workbench_export

__all__ = ["IMPORT_LABEL", "CellChange", "CellIssue", "ImportEdit", "ImportPlan", "ReadOnlyEdit", "Refusal",
           "WorkbookImportError", "build_edit", "is_workbench_export", "plan_import"]
