"""Every use of openpyxl's private API, in one place.

openpyxl offers no public way to put a streamed (write-only) sheet inside an
ordinary workbook, nor to copy a cell's whole style by its indexes. These
helpers do both through its internals; pyproject.toml bounds openpyxl below the
next minor version, and tests/storage/test_openpyxl_internals.py fails if an
upgrade moves any of them.
"""

from __future__ import annotations

from contextlib import contextmanager
from copy import copy
from typing import Iterator

from openpyxl import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

__all__ = ["WriteOnlyWorksheet", "add_streamed_sheet", "copy_style", "writing_streamed_sheet"]


def add_streamed_sheet(workbook: Workbook, title: str) -> WriteOnlyWorksheet:
    """A write-only sheet appended to an ordinary workbook (create_sheet makes one only in a write-only workbook)."""
    ws = WriteOnlyWorksheet(parent=workbook, title=title)
    workbook._add_sheet(ws)
    return ws


@contextmanager
def writing_streamed_sheet(workbook: Workbook) -> Iterator[None]:
    """openpyxl's writer picks how to write a sheet from the workbook's write-only flag: raise it meanwhile."""
    workbook._Workbook__write_only = True
    try:
        yield
    finally:
        workbook._Workbook__write_only = False


def copy_style(cell, template) -> None:
    """Give cell the template's style: the style indexes, which openpyxl itself copies between cells."""
    cell._style = copy(template._style)
