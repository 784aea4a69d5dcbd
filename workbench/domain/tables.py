"""Keyed, ordered collections of entities and the catalogue of the workspace's tables."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Generic, Iterator, TypeVar

from . import entities as e

T = TypeVar("T")
Key = tuple  # a record's key is always a tuple of its key fields' values


@dataclass(frozen=True)
class TableSpec:
    name: str
    entity_type: type
    key_fields: tuple[str, ...]

    def key_of(self, entity: Any) -> Key:
        return tuple(getattr(entity, f) for f in self.key_fields)


# Order matters: a table comes after the tables its records refer to.
TABLE_SPECS: tuple[TableSpec, ...] = (
    TableSpec("sources", e.Source, ("source_id",)),
    TableSpec("settings", e.Setting, ("key",)),
    TableSpec("vendors", e.Vendor, ("vendor_id",)),
    TableSpec("dimensions", e.Dimension, ("dimension_id",)),
    TableSpec("scores", e.Score, ("vendor_id", "dimension_id")),
    TableSpec("tiers", e.Tier, ("tier_id",)),
    TableSpec("tier_placements", e.TierPlacement, ("vendor_id",)),
    TableSpec("metrics", e.Metric, ("metric_id",)),
    TableSpec("province_values", e.ProvinceValue, ("metric_id", "province_code")),
    TableSpec("clusters", e.Cluster, ("cluster_id",)),
    TableSpec("filing_batches", e.FilingBatch, ("batch_id",)),
    TableSpec("key_figures", e.KeyFigure, ("figure_id",)),
    TableSpec("market_series", e.MarketSeries, ("series_id",)),
    TableSpec("market_points", e.MarketPoint, ("series_id", "year")),
    TableSpec("revenue_mix", e.RevenueMix, ("vendor_id",)),
    TableSpec("market_definitions", e.MarketDefinition, ("market_id",)),
    TableSpec("market_shares", e.MarketShare, ("market_id", "vendor_id")),
    TableSpec("revenue_observations", e.RevenueObservation, ("observation_id",)),
    TableSpec("analysis_entries", e.AnalysisEntry, ("entry_id",)),
    TableSpec("tows_strategies", e.TowsStrategy, ("strategy_id",)),
)
SPECS_BY_NAME = {spec.name: spec for spec in TABLE_SPECS}


class EntityTable(Generic[T]):
    """Records in a stable order, looked up by key in O(1)."""

    def __init__(self, spec: TableSpec, records: list[T] | None = None):
        self.spec = spec
        self.version = 0
        """Goes up with every edit: a result computed from the table is stale once it has changed."""
        self._derived: dict[str, tuple[int, Any]] = {}
        self._records: dict[Key, T] = {}
        # Row order as a key list and key -> row index, built on demand and kept through appends and
        # in-place replacements, so that a bulk import stays linear; a removal or a move rebuilds them.
        self._order: list[Key] | None = None
        self._positions: dict[Key, int] | None = None
        for record in records or ():
            self._records[spec.key_of(record)] = record

    def __len__(self) -> int:
        return len(self._records)

    def __iter__(self) -> Iterator[T]:
        return iter(self._records.values())

    def __contains__(self, key: Key) -> bool:
        return key in self._records

    def get(self, key: Key) -> T | None:
        return self._records.get(key)

    def keys(self) -> list[Key]:
        return list(self._records)

    def index_of(self, key: Key) -> int:
        position = self._position_index().get(key)
        if position is None:
            raise ValueError(f"{key!r} is not in {self.spec.name}")
        return position

    def at(self, index: int) -> T:
        return self._records[self._key_order()[index]]

    def _key_order(self) -> list[Key]:
        if self._order is None:
            self._order = list(self._records)
        return self._order

    def _position_index(self) -> dict[Key, int]:
        if self._positions is None:
            self._positions = {key: position for position, key in enumerate(self._key_order())}
        return self._positions

    def _forget_order(self) -> None:
        self._order = None
        self._positions = None

    def records(self) -> list[T]:
        return list(self._records.values())

    def mapping(self) -> dict[Key, T]:
        """A copy of key -> record in row order (the records are shared: they are immutable)."""
        return dict(self._records)

    def derived(self, name: str, compute: Callable[["EntityTable[T]"], Any]) -> Any:
        """compute(self), kept until the table next changes; callers must not modify it."""
        kept = self._derived.get(name)
        if kept is None or kept[0] != self.version:
            kept = (self.version, compute(self))
            self._derived[name] = kept
        return kept[1]

    def copy(self) -> "EntityTable[T]":
        """Another table with the same records (immutable, so shared), keys not computed again."""
        twin: EntityTable[T] = EntityTable(self.spec)
        twin._records = dict(self._records)
        return twin

    # Mutation is for commands only: they keep undo exact.
    def _put(self, record: T, index: int | None = None) -> None:
        key = self.spec.key_of(record)
        self.version += 1
        if key in self._records and (index is None or index == self.index_of(key)):
            self._records[key] = record  # replaced in place: the order is unchanged
            return
        if index is None or index >= len(self._records) - (key in self._records):
            if key in self._records:
                self._records.pop(key)
                self._forget_order()
            self._records[key] = record
            if self._order is not None:  # appended: extend the order instead of rebuilding it
                self._order.append(key)
                if self._positions is not None:
                    self._positions[key] = len(self._order) - 1
            return
        items = [(k, v) for k, v in self._records.items() if k != key]
        index = max(0, index)
        items.insert(index, (key, record))
        self._records = dict(items)
        self._forget_order()

    def _remove(self, key: Key) -> T:
        record = self._records.pop(key)
        self.version += 1
        self._forget_order()
        return record

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EntityTable):
            return NotImplemented
        return self.spec == other.spec and list(self._records.items()) == list(other._records.items())
