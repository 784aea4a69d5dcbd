"""Cell values back to entity field values, and whether a cell still holds what was exported."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import fields
from typing import Any

from ..excel.safe_cells import clean_text, fit_to_limit
from ..table_schema import CONVERTERS
from ..xlsx_reader import cell_text

_SCHEMA_TYPES = {"str": "string", "float": "number", "int": "integer", "bool": "boolean"}


def field_types(entity_type: type) -> dict[str, tuple[str, bool]]:
    """Field name -> (Table Schema type, may be None) for an entity dataclass."""
    types = {}
    for f in fields(entity_type):
        parts = [part.strip() for part in str(f.type).split("|")]
        base = next(part for part in parts if part != "None")
        types[f.name] = (_SCHEMA_TYPES[base], "None" in parts)
    return types


def convert(value: Any, schema_type: str, optional: bool) -> Any:
    """The field value a cell stands for; raises ValueError with a message for the analyst."""
    if schema_type == "string":
        return _as_text(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        if optional:
            return None
        raise ValueError("a value is required")
    if schema_type == "number" and isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value):
            raise ValueError(f"{value!r} is not a finite number")
        return float(value)
    if schema_type == "integer" and isinstance(value, (int, float)) and not isinstance(value, bool):
        if not float(value).is_integer():
            raise ValueError(f"{value!r} is not a whole number")
        return int(value)
    if schema_type == "boolean" and isinstance(value, bool):
        return value
    return CONVERTERS[schema_type](cell_text(value), {})


def _as_text(value: Any) -> str:
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()  # Excel turns a typed "2025-04-01" into a date
    return cell_text(value)


def exported_form(value: Any) -> Any:
    """What the export wrote for a field value: text cleaned and cut the way safe_cells does."""
    if isinstance(value, str):
        return fit_to_limit(clean_text(value))[0]
    return value


def unchanged(old: Any, new: Any) -> bool:
    """True when a converted cell value is what the export wrote for ``old``."""
    if isinstance(old, float) and isinstance(new, float):
        # Excel and LibreOffice keep 15 significant digits; 0.1 + 0.2 must not count as an edit.
        return math.isclose(old, new, rel_tol=1e-12, abs_tol=0.0)
    return exported_form(old) == new
