"""Where each bubble's name goes so that no two names overlap: pure geometry, in screen pixels (y down)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

GAP = 2.0  # pixels between a bubble and its name

# Places tried around a bubble, in order: the label's top-left corner relative to the bubble's
# centre, from the label's width and height and the bubble's radius.
Offset = Callable[[float, float, float], tuple[float, float]]
CANDIDATES: tuple[Offset, ...] = (
    lambda w, h, r: (-w / 2, -r - GAP - h),  # above
    lambda w, h, r: (-w / 2, r + GAP),  # below
    lambda w, h, r: (r + GAP, -h / 2),  # right
    lambda w, h, r: (-r - GAP - w, -h / 2),  # left
    lambda w, h, r: (0.7 * r, -0.7 * r - h),  # above right
    lambda w, h, r: (-0.7 * r - w, -0.7 * r - h),  # above left
    lambda w, h, r: (0.7 * r, 0.7 * r),  # below right
    lambda w, h, r: (-0.7 * r - w, 0.7 * r),  # below left
    lambda w, h, r: (-w / 2, -r - GAP - 2 * h),  # further above
    lambda w, h, r: (-w / 2, r + GAP + h),  # further below
)


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    width: float
    height: float

    def contains(self, other: "Box") -> bool:
        return (self.left <= other.left and other.left + other.width <= self.left + self.width
                and self.top <= other.top and other.top + other.height <= self.top + self.height)

    def overlaps(self, other: "Box") -> bool:
        return (self.left < other.left + other.width and other.left < self.left + self.width
                and self.top < other.top + other.height and other.top < self.top + self.height)


def place_labels(centres: list[tuple[float, float]], radii: list[float],
                 label_sizes: list[tuple[float, float]], bounds: Box | None = None) -> list[Box]:
    """The box of each bubble's label.

    Greedy, in the order given: each label takes the first place that overlaps no
    label placed before it, no other bubble and stays inside `bounds`; when none is
    free, the place with the least trouble (another label counts most, then leaving
    the bounds, then a bubble).
    """
    bubbles = [Box(x - r, y - r, 2 * r, 2 * r) for (x, y), r in zip(centres, radii)]
    placed: list[Box] = []
    for index, ((x, y), radius, (width, height)) in enumerate(zip(centres, radii, label_sizes)):
        others = bubbles[:index] + bubbles[index + 1:]
        best, best_cost = None, None
        for offset in CANDIDATES:
            dx, dy = offset(width, height, radius)
            box = Box(x + dx, y + dy, width, height)
            cost = 10 * sum(box.overlaps(label) for label in placed) + sum(box.overlaps(b) for b in others)
            if bounds is not None and not bounds.contains(box):
                cost += 5
            if best_cost is None or cost < best_cost:
                best, best_cost = box, cost
            if cost == 0:
                break
        placed.append(best)
    return placed
