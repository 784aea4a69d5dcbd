"""Adding and deleting vendors, with everything that belongs to a vendor going along in one undo step."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from . import entities as e
from .analysis import linked_ids
from .commands import Batch, Command, PutRecord, RemoveRecord
from .new_ids import check_new_id, slug, unique_id
from .rules import DomainError
from .tables import TABLE_SPECS
from .workspace import Workspace

# A record belongs to a vendor when one of these fields holds the vendor's id: scores,
# placements and revenue rows by `vendor_id`; SWOT/PEST entries and TOWS strategies by `scope`.
OWNER_FIELDS = ("vendor_id", "scope")


@dataclass(frozen=True)
class VendorDependents:
    """What goes with a vendor when it is deleted, table by table, in table order."""

    vendor_id: str
    records: dict[str, list[Any]]
    relinked: list[e.TowsStrategy]  # strategies elsewhere that link one of the vendor's entries

    @property
    def counts(self) -> dict[str, int]:
        return {table: len(records) for table, records in self.records.items() if records}

    @property
    def total(self) -> int:
        return sum(len(records) for records in self.records.values()) + len(self.relinked)


def dependents(workspace: Workspace, vendor_id: str) -> VendorDependents:
    found: dict[str, list[Any]] = {}
    for spec in TABLE_SPECS:
        if spec.name == "vendors":
            continue
        owner_fields = [name for name in OWNER_FIELDS if name in spec.entity_type.__dataclass_fields__]
        if owner_fields:
            found[spec.name] = [record for record in workspace.table(spec.name)
                                if any(getattr(record, name) == vendor_id for name in owner_fields)]
    entry_ids = {entry.entry_id for entry in found.get("analysis_entries", ())}
    removed_strategies = {strategy.strategy_id for strategy in found.get("tows_strategies", ())}
    relinked = [strategy for strategy in workspace.tows_strategies
                if strategy.strategy_id not in removed_strategies and entry_ids & set(linked_ids(strategy))]
    return VendorDependents(vendor_id, found, relinked)


def delete_vendor(workspace: Workspace, vendor_id: str, label: str = "Delete vendor") -> Batch:
    """Remove a vendor and every record that belongs to it; links to its entries are dropped."""
    if (vendor_id,) not in workspace.vendors:
        raise DomainError([("vendor_id", f"there is no vendor {vendor_id!r}")])
    found = dependents(workspace, vendor_id)
    entry_ids = {entry.entry_id for entry in found.records.get("analysis_entries", ())}
    commands: list[Command] = []
    for strategy in found.relinked:
        kept = ",".join(i for i in linked_ids(strategy) if i not in entry_ids)
        commands.append(PutRecord("tows_strategies", dataclasses.replace(strategy, linked_entries=kept),
                                  label=label, validate=False))
    # Referring records go first, so that nothing ever refers to a vendor that is gone.
    for table in reversed(list(found.records)):
        spec = workspace.table(table).spec
        commands.extend(RemoveRecord(table, spec.key_of(record), label) for record in found.records[table])
    commands.append(RemoveRecord("vendors", (vendor_id,), label))
    return Batch(tuple(commands), label)


def suggest_vendor_id(workspace: Workspace, name_en: str, name_zh: str = "") -> str:
    """A short, unique, lower-case id from the English name (`vendor` when it has no Latin letters)."""
    return unique_id(slug(name_en, "vendor"), workspace.vendors.keys())


def add_vendor(workspace: Workspace, vendor: e.Vendor, label: str = "Add vendor") -> PutRecord:
    """A command that adds a new vendor; its id must be new (case and surrounding spaces ignored).

    The record's own rules (a Chinese name, a known province, a known source) are checked
    when the command is applied, like any edit's.
    """
    vendor_id = check_new_id(vendor.vendor_id, workspace.vendors.keys(), "vendor_id", "vendor")
    return PutRecord("vendors", dataclasses.replace(vendor, vendor_id=vendor_id), label=label)
