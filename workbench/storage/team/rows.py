"""Records and keys as the team database's row values, and small helpers of the store."""

from __future__ import annotations

import json
import math
from datetime import datetime, timezone
from typing import Any

from workbench.domain.tables import Key

from .. import project_schema as schema
from ..project import ProjectError


def expect(count: int, wanted: int, table: str) -> None:
    if count != wanted:  # cannot happen under the lock unless another tool writes the table
        raise ProjectError(f"{table}: a record changed while it was being saved; nothing was written. "
                           "Save again.")


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def key_json(key: Key) -> str:
    return json.dumps(list(key), ensure_ascii=False, separators=(",", ":"))


def key_params(spec, key: Key) -> dict[str, Any]:
    return {f"k_{name}": value for name, value in zip(spec.key_fields, key)}


def values_of(spec, record: Any) -> dict[str, Any]:
    values = {}
    for column in schema.COLUMNS[spec.name]:
        value = getattr(record, column.name)
        if isinstance(value, float) and math.isnan(value):
            raise ProjectError(f"{spec.name} {list(spec.key_of(record))}: {column.name} is not a number (NaN); "
                               "nothing was written.")
        values[column.name] = value
    return values
