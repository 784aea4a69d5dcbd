"""Where the tier board's rows and cards go: arithmetic on demand, not one rectangle per card.

A 2,000-vendor workspace then lays out in a pass over the tiers, and a paint
or a click looks only at the cards its rectangle covers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterator, Mapping

from PySide6.QtCore import QPoint, QRect

HEADER_WIDTH, CARD_WIDTH, CARD_HEIGHT, GAP, ROW_PADDING = 120, 150, 66, 6, 8
ROW_SPACING = 2  # between tier rows
LINE_HEIGHT = CARD_HEIGHT + GAP


@dataclass
class TierRow:
    tier_id: int
    rect: QRect
    members: list[int]  # row indices into the tier state's vendors, in card order
    columns: int

    def card_rect(self, n: int) -> QRect:
        """The n-th card of the row."""
        x = HEADER_WIDTH + GAP + (n % self.columns) * (CARD_WIDTH + GAP)
        top = self.rect.top() + ROW_PADDING + (n // self.columns) * LINE_HEIGHT
        return QRect(x, top, CARD_WIDTH, CARD_HEIGHT)

    def cards_in(self, area: QRect) -> range:
        """Positions n of the cards whose lines overlap area (a superset: check the rectangles)."""
        first = max(0, (area.top() - self.rect.top() - ROW_PADDING) // LINE_HEIGHT)
        last = (area.bottom() - self.rect.top() - ROW_PADDING) // LINE_HEIGHT
        return range(min(len(self.members), first * self.columns),
                     min(len(self.members), (last + 1) * self.columns))

    def card_at(self, pos: QPoint) -> int | None:
        """The position n of the card under pos, if any."""
        for n in self.cards_in(QRect(pos, pos)):
            if self.card_rect(n).contains(pos):
                return n
        return None


def columns_for(width: int) -> int:
    return max(1, (width - HEADER_WIDTH - GAP) // (CARD_WIDTH + GAP))


def row_height(member_count: int, columns: int) -> int:
    lines = max(1, math.ceil(member_count / columns))
    return lines * LINE_HEIGHT - GAP + 2 * ROW_PADDING


class CardPlaces(Mapping[str, QRect]):
    """vendor id → its card's rectangle, for the vendors on the board."""

    def __init__(self, rows: list[TierRow], vendor_ids: list[str]):
        self._rows = rows
        self._places = {vendor_ids[i]: (row_index, n)
                        for row_index, row in enumerate(rows) for n, i in enumerate(row.members)}

    def __getitem__(self, vendor_id: str) -> QRect:
        row_index, n = self._places[vendor_id]
        return self._rows[row_index].card_rect(n)

    def __contains__(self, vendor_id: object) -> bool:
        return vendor_id in self._places

    def __iter__(self) -> Iterator[str]:
        return iter(self._places)

    def __len__(self) -> int:
        return len(self._places)
