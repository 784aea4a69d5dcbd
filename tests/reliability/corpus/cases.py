"""Every hostile input with the outcome expected of it: loaded (how many records) or refused (why)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import hostile_text as text
from . import hostile_xlsx as xlsx


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], Path]
    suffix: str
    table: str
    loaded: int  # records expected; 0 when the file must be refused
    because: str = ""  # text the first problem must contain when refused

    def write(self, folder: Path) -> Path:
        return self.make(folder / f"{self.name}{self.suffix}")


CASES = [
    Case("gbk", text.gbk, ".csv", "vendors", 2),
    Case("utf8_bom", text.utf8_bom, ".csv", "vendors", 2),
    Case("semicolons", text.semicolons, ".csv", "vendors", 2),
    Case("tabs", text.tabs, ".csv", "vendors", 2),
    Case("missing_column", text.missing_column, ".csv", "vendors", 0, "column name_zh: missing required column"),
    Case("extra_column", text.extra_column, ".csv", "vendors", 0, "column internal_rating: unknown column"),
    Case("ragged_rows", text.ragged_rows, ".csv", "vendors", 0, "row 1: has 6 cells; the header names 4"),
    Case("duplicated_ids", text.duplicated_ids, ".csv", "vendors", 0, "row 2, column vendor_id: duplicate primary key"),
    Case("non_numeric", text.non_numeric, ".csv", "scores", 0, "row 1, column value: 'high' is not a number"),
    Case("nan_and_infinity", text.nan_and_infinity, ".csv", "scores", 0, "'NaN' is not a finite number"),
    Case("negative_counts", text.negative_counts, ".csv", "filing_batches", 0, "row 1, column count: -5 is below the minimum 0"),
    Case("shares_over_100_percent", text.shares_over_100_percent, ".csv", "revenue_mix", 0,
         "'120%' is not a share between 0% and 100%"),
    Case("megabyte_string", text.megabyte_string, ".csv", "vendors", 0, "longer than"),
    Case("million_rows", text.million_rows, ".csv", "vendors", 0, "more than 100,000 rows"),
    Case("binary_as_csv", text.binary_as_csv, ".csv", "vendors", 0, "neither UTF-8 nor GB18030"),
    Case("empty", text.empty, ".csv", "vendors", 0, "the file is empty"),
    Case("deep_json", text.deep_json, ".json", "vendors", 0, "JSON nested 10,000 levels deep"),
    Case("entity_bomb", xlsx.entity_bomb, ".xlsx", "vendors", 0, "declares an XML document type"),
    Case("external_entity", xlsx.external_entity, ".xlsx", "vendors", 0, "declares an XML document type"),
    Case("entity_bomb_in_workbook_part", xlsx.entity_bomb_in_workbook_part, ".xlsx", "vendors", 0,
         "part xl/workbook.xml declares an XML document type"),
    Case("external_entity_in_workbook_part", xlsx.external_entity_in_workbook_part, ".xlsx", "vendors", 0,
         "part xl/workbook.xml declares an XML document type"),
    Case("zip_bomb", xlsx.zip_bomb, ".xlsx", "vendors", 0, "possible zip bomb"),
    Case("huge_dimension", xlsx.huge_dimension, ".xlsx", "vendors", 1),
    Case("corrupt_zip", xlsx.corrupt_zip, ".xlsx", "vendors", 0, "the zip archive is damaged"),
]
CASES_BY_NAME = {case.name: case for case in CASES}


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for case in CASES:
        print(case.write(out))
