"""Load a dataset folder (datapackage.json + CSV tables) into a Workspace, all or nothing.

Every table is read and checked - schema, foreign keys, domain rules - and the
Workspace is only built when nothing at all is wrong, so a bad dataset never
leaves a half-loaded analysis behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from ..domain.citations import citation_problems
from ..domain.market_shares import table_problems as market_share_problems
from ..domain.provinces import resolve_province
from ..domain.rules import check_record
from ..domain.tables import SPECS_BY_NAME, TABLE_SPECS, TableSpec
from ..domain.workspace import Workspace, WorkspaceInfo
from .entity_schema import (PROVINCE_FIELDS, build_records, implied_foreign_keys, province_problem,
                            schema_for, schema_type_problems, unknown_province, with_reference_constraints)
from .problems import InputError, Problem, capped
from .readers import read_json_document, read_table
from .references import SCOPED_TABLES, scope_problems
from .revenue_import import prepare_revenue_table, prepare_share_column
from .table_schema import TypedTable, check_foreign_keys, check_table

DESCRIPTOR = "datapackage.json"
MAX_DESCRIPTOR_BYTES = 10 * 1024 * 1024


@dataclass
class LoadResult:
    workspace: Workspace | None  # None whenever there is a problem
    problems: list[Problem]


@dataclass
class _Resource:
    spec: TableSpec
    path: Path
    schema: dict


def validate_dataset(folder: str | Path) -> list[Problem]:
    return _check_dataset(Path(folder))[2]


def load_dataset(folder: str | Path) -> LoadResult:
    folder = Path(folder)
    package, records, problems = _check_dataset(folder)
    if problems:
        return LoadResult(None, problems)
    info = WorkspaceInfo(title=str(package.get("title") or package.get("name") or folder.name),
                         origin=str(folder), dataset_name=str(package.get("name", "")))
    workspace = Workspace(info)
    for spec in TABLE_SPECS:
        workspace.replace_table(spec.name, records.get(spec.name, []))
    return LoadResult(workspace, [])


def _check_dataset(folder: Path) -> tuple[dict, dict[str, list[Any]], list[Problem]]:
    """(package descriptor, entities by table, problems)."""
    if not folder.is_dir():
        return {}, {}, [Problem(folder.name or str(folder), None, None, "no such dataset folder")]
    try:
        package = read_json_document(folder / DESCRIPTOR, MAX_DESCRIPTOR_BYTES)
    except InputError as error:
        return {}, {}, error.problems
    resources, refused, problems = _resources(folder, package)

    typed: dict[str, TypedTable] = {}
    bad_rows: dict[str, set[int]] = {}
    for resource in resources:
        try:
            raw = read_table(resource.path)
        except InputError as error:
            problems += error.problems
            continue
        table, table_problems = check_table(raw, resource.schema, resource.spec.name)
        typed[resource.spec.name] = table
        bad_rows[resource.spec.name] = {p.row for p in table_problems if p.row is not None}
        problems += table_problems
    unreadable = refused | {r.spec.name for r in resources if r.spec.name not in typed}
    problems += check_foreign_keys(typed, {r.spec.name: r.schema for r in resources}, unreadable)

    records: dict[str, list[tuple[int, Any]]] = {}
    for resource in resources:
        name = resource.spec.name
        if name in typed:
            records[name], build_problems = build_records(resource.spec, typed[name], bad_rows[name])
            problems += build_problems
    problems += _domain_problems(records, typed, check_scopes="vendors" not in unreadable)
    # A record rule may already demand the source (market shares do): one missing source, one complaint.
    said = {(p.file, p.row) for p in problems if p.column == "source_id"}
    problems += [p for p in _citation_problems(records, typed)
                 if p.column != "source_id" or (p.file, p.row) not in said]
    unique = list(dict.fromkeys(problems))  # declared and implied foreign keys may report the same row
    return package, {name: [r for _, r in rows] for name, rows in records.items()}, capped(unique)


def _resources(folder: Path, package: Any) -> tuple[list[_Resource], set[str], list[Problem]]:
    """The package's usable resources, the names of the refused ones, and why they were refused."""
    if not isinstance(package, dict):
        return [], set(), [Problem(DESCRIPTOR, None, None, "must be a JSON object")]
    entries = package.get("resources")
    if not isinstance(entries, list) or not entries:
        return [], set(), [Problem(DESCRIPTOR, None, None, 'has no "resources" list')]
    resources: list[_Resource] = []
    refused: set[str] = set()
    problems: list[Problem] = []
    for position, entry in enumerate(entries, start=1):
        where = f"resource {position}"
        if not isinstance(entry, dict):
            problems.append(Problem(DESCRIPTOR, None, None, f"{where} is not an object"))
            continue
        name = entry.get("name")
        if name not in SPECS_BY_NAME:
            problems.append(Problem(DESCRIPTOR, None, None, f"{where}: unknown table {name!r}; "
                                    f"expected one of {', '.join(SPECS_BY_NAME)}"))
            continue
        if any(r.spec.name == name for r in resources):
            problems.append(Problem(DESCRIPTOR, None, None, f"{where}: table {name!r} appears twice"))
            continue
        path, message = _resource_path(folder, entry.get("path"))
        schema = entry.get("schema", schema_for(SPECS_BY_NAME[name]))
        if not message and not isinstance(schema, dict):
            message = "the schema must be written inline"
        if message:
            problems.append(Problem(DESCRIPTOR, None, None, f"{where} ({name}): {message}"))
            refused.add(name)
            continue
        problems += schema_type_problems(SPECS_BY_NAME[name], schema, path.name)
        schema = with_reference_constraints(SPECS_BY_NAME[name], _with_implied_keys(SPECS_BY_NAME[name], schema))
        resources.append(_Resource(SPECS_BY_NAME[name], path, schema))
    return resources, refused, problems


def _resource_path(folder: Path, text: Any) -> tuple[Path, str | None]:
    """The resource's file inside `folder`, or why the path is refused."""
    if not isinstance(text, str) or not text.strip():
        return folder, '"path" must be the name of a file in the dataset folder'
    if "://" in text:
        return folder, f"remote path {text!r} is not supported"
    posix, windows = PurePosixPath(text), PureWindowsPath(text)
    if posix.is_absolute() or windows.is_absolute() or windows.drive or ".." in windows.parts:
        return folder, f"path {text!r} leads outside the dataset folder"
    path = folder / posix
    # A symbolic link can still lead out of the folder.
    if not path.resolve().is_relative_to(folder.resolve()):
        return folder, f"path {text!r} leads outside the dataset folder"
    if not path.is_file():
        return folder, f"file {text!r} not found"
    return path, None


def _with_implied_keys(spec: TableSpec, schema: dict) -> dict:
    declared = schema.get("foreignKeys") or []
    declared = declared if isinstance(declared, list) else [declared]
    merged = list(declared) + [key for key in implied_foreign_keys(spec) if key not in declared]
    return {**schema, "foreignKeys": merged}


def _domain_problems(records: dict[str, list[tuple[int, Any]]], typed: dict[str, TypedTable],
                     check_scopes: bool) -> list[Problem]:
    """Each record against the domain rules, plus province codes and (when vendors are readable) scopes."""
    problems = []
    # Vendors as read, bad rows included: a vendor refused for its province is not also a missing scope.
    vendor_ids = {row.get("vendor_id") for row in typed["vendors"].rows} if "vendors" in typed else set()
    for name, rows in records.items():
        file = typed[name].file
        province_field = PROVINCE_FIELDS.get(name)
        for number, record in rows:
            for field_name, message in check_record(record):
                if field_name != province_field:  # reported below, with a suggestion
                    problems.append(Problem(file, number, field_name, message))
            if province_field:
                message = province_problem(getattr(record, province_field),
                                           suggest=len(problems) < MAX_SUGGESTED)
                if message:
                    problems.append(Problem(file, number, province_field, message))
        if check_scopes and name in SCOPED_TABLES:
            problems += scope_problems(typed[name], vendor_ids)
    if "market_shares" in records:
        names = {vendor.vendor_id: vendor.name_zh for _, vendor in records.get("vendors", [])}
        definitions = [d for _, d in records.get("market_definitions", [])]
        file = typed["market_shares"].file
        problems += [Problem(file, number, field_name, message) for number, field_name, message
                     in market_share_problems(definitions, records["market_shares"], names)]
    return problems


def _citation_problems(records: dict[str, list[tuple[int, Any]]], typed: dict[str, TypedTable]) -> list[Problem]:
    """Figure rows without a source and cited sources without publisher, title or date, by file, row and column."""
    found = citation_problems({name: [record for _, record in rows] for name, rows in records.items()})
    return [Problem(typed[table].file, records[table][index][0], field, message)
            for table, index, field, message in found]


# "Did you mean" hints per file: each costs a fuzzy search, and a hundred show the pattern of a typo.
MAX_SUGGESTED = 100

# Headers an analyst may use for the province column instead of the field name.
PROVINCE_HEADERS = ("province", "province_name", "province_zh", "省份", "省", "省份名称", "地区")


def load_table_file(path: str | Path, table_name: str, sheet: str | None = None) -> tuple[list[Any], list[Problem]]:
    """Entities for one workspace table from a CSV, XLSX or JSON file: (records, []) or ([], problems).

    Columns are matched to the entity's field names (case and surrounding
    spaces ignored); province columns may hold names, which are turned into codes.
    References to other tables are not checked here: that needs the workspace.
    """
    table, problems = read_table_file(path, table_name, sheet)
    if table is None:
        return [], problems
    records, build_problems = build_records(SPECS_BY_NAME[table_name], table,
                                           {p.row for p in problems if p.row is not None})
    problems += build_problems
    for number, record in records:
        problems += [Problem(table.file, number, field_name, message) for field_name, message in check_record(record)]
    if problems:
        return [], capped(list(dict.fromkeys(problems)))
    return [record for _, record in records], []


def read_table_file(path: str | Path, table_name: str, sheet: str | None = None,
                    optional_absent: bool = False) -> tuple[TypedTable | None, list[Problem]]:
    """One table file checked against the table's schema: (typed rows, problems); None when unreadable.

    With ``optional_absent``, a column the file lacks is not required (an
    import that patches records keeps what the file does not name); key
    columns always are.
    """
    path = Path(path)
    spec = SPECS_BY_NAME.get(table_name)
    if spec is None:
        return None, [Problem(path.name, None, None, f"unknown table {table_name!r}")]
    try:
        raw = read_table(path, sheet)
    except InputError as error:
        return None, error.problems
    schema = schema_for(spec)
    field_by_folded = {f["name"].casefold(): f["name"] for f in schema["fields"]}
    raw.columns = [field_by_folded.get(column.strip().casefold(), column) for column in raw.columns]
    problems = _resolve_provinces(raw, PROVINCE_FIELDS.get(table_name))
    if table_name == "revenue_mix":  # shares written "15%" or "5-7%"
        problems += prepare_revenue_table(raw)
    elif table_name == "market_shares":  # a share written "19.9%"
        problems += prepare_share_column(raw)
    if optional_absent:
        schema = {**schema, "fields": [_optional(f) if f["name"] not in raw.columns and f["name"] not in spec.key_fields
                                       else f for f in schema["fields"]]}
    table, table_problems = check_table(raw, schema, table_name)
    return table, problems + table_problems


def _optional(field_spec: dict) -> dict:
    return {**field_spec, "constraints": {**field_spec.get("constraints", {}), "required": False}}


def _resolve_provinces(raw: Any, province_field: str | None) -> list[Problem]:
    """Replace province names in place by their codes; report names that match no division."""
    if province_field is None:
        return []
    if province_field not in raw.columns:
        aliases = [c for c in raw.columns if c.casefold() in PROVINCE_HEADERS]
        if not aliases:
            return []
        raw.columns[raw.columns.index(aliases[0])] = province_field
    position = raw.columns.index(province_field)
    problems = []
    for number, row in enumerate(raw.rows, start=1):
        text = row[position].strip()
        if not text:
            continue
        code = resolve_province(text)
        if code is None:  # only the problems that will be listed get a "did you mean"
            problems.append(Problem(raw.source, number, province_field,
                                    unknown_province(text, suggest=len(problems) < MAX_SUGGESTED)))
        else:
            row[position] = code
    return problems
