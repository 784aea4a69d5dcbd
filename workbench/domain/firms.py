"""Industry-chain firms: a large, read-only table kept column by column.

A million firms as frozen dataclasses would cost several hundred megabytes; here
the repeated columns (province, city, segment) are small integer codes into a
list of their distinct values, and only the names are one string per firm.
"""

from __future__ import annotations

from typing import Iterable, NamedTuple, Sequence

import numpy as np

FIRM_COLUMNS = ("name", "province_code", "city", "segment")


class Firm(NamedTuple):
    name: str
    province_code: str
    city: str
    segment: str


class PackedStrings:
    """Many strings as one UTF-8 buffer and their end offsets: ~20 bytes a name instead of ~100."""

    def __init__(self):
        self._parts: list[bytes] = []
        self._lengths: list[np.ndarray] = []
        self._buffer = b""
        self._ends = np.zeros(0, dtype=np.int64)

    @classmethod
    def of(cls, values: Iterable[str]) -> "PackedStrings":
        packed = cls()
        packed.extend(values)
        return packed.seal()

    def extend(self, values: Iterable[str]) -> None:
        encoded = [value.encode("utf-8") for value in values]
        self._parts.append(b"".join(encoded))
        self._lengths.append(np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)))

    def seal(self) -> "PackedStrings":
        """Join what extend() gathered; call once, before reading."""
        self._buffer = self._buffer + b"".join(self._parts)
        lengths = np.concatenate([np.diff(self._ends, prepend=0)] + self._lengths)
        self._ends = np.cumsum(lengths)
        self._parts, self._lengths = [], []
        return self

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, index: int) -> str:
        start = int(self._ends[index - 1]) if index > 0 else 0
        return self._buffer[start:int(self._ends[index])].decode("utf-8")


def encode(values: Iterable[str]) -> tuple[tuple[str, ...], np.ndarray]:
    """(distinct values in order of first appearance, each value's position among them)."""
    positions: dict[str, int] = {}
    codes = [positions.setdefault(value, len(positions)) for value in values]
    return tuple(positions), np.asarray(codes, dtype=np.int32)


class FirmTable:
    """Rows are positions 0..len-1; columns are named as in FIRM_COLUMNS."""

    def __init__(self, names: Sequence[str] | PackedStrings, provinces: Sequence[str], province_codes: np.ndarray,
                 cities: Sequence[str], city_codes: np.ndarray, segments: Sequence[str],
                 segment_codes: np.ndarray, synthetic: bool = False):
        lengths = {len(names), len(province_codes), len(city_codes), len(segment_codes)}
        if len(lengths) != 1:
            raise ValueError(f"firm columns differ in length: {sorted(lengths)}")
        self.names = names
        self.provinces = tuple(provinces)  # distinct GB/T 2260 codes
        self.province_codes = province_codes
        self.cities = tuple(cities)
        self.city_codes = city_codes
        self.segments = tuple(segments)
        self.segment_codes = segment_codes
        self.synthetic = synthetic  # generated test data, never to be taken for facts

    @classmethod
    def from_rows(cls, rows: Iterable[Sequence[str]], synthetic: bool = False) -> "FirmTable":
        """A table from (name, province_code, city, segment) rows; for small tables and tests."""
        rows = list(rows)
        columns = list(zip(*rows)) if rows else [(), (), (), ()]
        provinces, province_codes = encode(columns[1])
        cities, city_codes = encode(columns[2])
        segments, segment_codes = encode(columns[3])
        return cls(PackedStrings.of(columns[0]), provinces, province_codes, cities, city_codes,
                   segments, segment_codes, synthetic)

    def __len__(self) -> int:
        return len(self.names)

    def value(self, row: int, column: int) -> str:
        """The text in `row` of column number `column` (see FIRM_COLUMNS)."""
        if column == 0:
            return self.names[row]
        if column == 1:
            return self.provinces[self.province_codes[row]]
        if column == 2:
            return self.cities[self.city_codes[row]]
        return self.segments[self.segment_codes[row]]

    def row(self, row: int) -> Firm:
        return Firm(*(self.value(row, column) for column in range(len(FIRM_COLUMNS))))

    def rows_in_province(self, province_code: str) -> np.ndarray:
        """Positions of the firms in one province, in table order (empty when there are none)."""
        if province_code not in self.provinces:
            return np.empty(0, dtype=np.intp)
        return np.flatnonzero(self.province_codes == self.provinces.index(province_code))

    def count_by_province(self) -> dict[str, int]:
        """Number of firms per province code, largest first."""
        counts = np.bincount(self.province_codes, minlength=len(self.provinces))
        pairs = sorted(zip(self.provinces, counts.tolist()), key=lambda pair: (-pair[1], pair[0]))
        return {code: count for code, count in pairs if count}
