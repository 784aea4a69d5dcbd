"""The computed tier list the panel's views share: recomputed once per edit, robustness a little later."""

from __future__ import annotations

import math
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal

from workbench.domain import EditFinished, Workspace
from workbench.domain.entities import Tier
from workbench.domain.baseline import Baseline, baseline_of
from workbench.domain.scoring import UNSCORED_TIER, Margin, TierResult, current_tiers, robustness, \
    robustness_worth_showing

from ...session import Session

ROBUSTNESS_DELAY_MS = 150
POLL_MS = 20
# One worker: robustness of 2,000 vendors takes ~0.3 s, too long for the GUI thread.
_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tier-robustness")


def robustness_recorded(ws: Workspace) -> tuple[dict[str, float], frozenset[str]]:
    """robustness(ws) and the tables it read (to follow, and to copy for the next run)."""
    with ws.recording_reads() as read:
        shares = robustness(ws)
    return shares, frozenset(read)


class TierState(QObject):
    updated = Signal()
    """Composites, ranks and tiers were recomputed."""

    robustnessUpdated = Signal()
    filterChanged = Signal()

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.moved: set[str] = set()  # vendors whose tier changed with the last edit
        self.robustness: dict[str, float] = {}
        self._generation = 0  # bumped by every edit; a result of an older generation is dropped
        self._job: tuple[int, frozenset[str], Future] | None = None
        # The tables robustness read when last computed; None: not known yet, so every edit counts.
        self._robustness_reads: frozenset[str] | None = None
        self._robustness_timer = QTimer(self, singleShot=True, interval=ROBUSTNESS_DELAY_MS)
        self._robustness_timer.timeout.connect(self._start_robustness)
        self._poll_timer = QTimer(self, interval=POLL_MS)
        self._poll_timer.timeout.connect(self._collect_robustness)
        self._recompute(track_moves=False)
        self._robustness_timer.start()
        session.edited.connect(self._on_edited)  # once per edit, however many records it changed
        session.workspaceReplaced.connect(self._on_workspace_replaced)
        session.vendorFilterChanged.connect(self._on_filter_changed)

    # ------------------------------------------------------------ reading
    @property
    def workspace(self):
        return self.session.workspace

    def index_of(self, vendor_id: str) -> int:
        return self._index.get(vendor_id, -1)

    def name_of(self, vendor_id: str) -> str:
        vendor = self.workspace.vendors.get((vendor_id,))
        return vendor.name_zh if vendor else vendor_id

    def tier(self, tier_id: int) -> Tier | None:
        return self._tiers_by_id.get(tier_id)

    def rank_change(self, i: int) -> int | None:
        """Baseline rank minus current rank: positive means the vendor climbed."""
        baseline = self.baseline_ranks[i]
        return None if baseline is None else baseline - int(self.result.ranks[i])

    def robustness_of(self, vendor_id: str) -> float:
        return self.robustness.get(vendor_id, math.nan)

    def robustness_shown(self, vendor_id: str) -> float | None:
        """The share worth showing (below 100%), else None."""
        share = self.robustness_of(vendor_id)
        return share if robustness_worth_showing(share) else None

    def is_scored(self, i: int) -> bool:
        return self.result.is_scored(i)

    def margin_of(self, i: int) -> Margin | None:
        return self.result.margin_shown(i)

    def placement(self, vendor_id: str):
        """The vendor's tier_placements row, if it has one."""
        return self.workspace.tier_placements.get((vendor_id,))

    @property
    def baseline(self) -> Baseline:
        return baseline_of(self.workspace)

    @property
    def has_unscored_row(self) -> bool:
        """Vendors with no scores and no tier given by hand are shown in a row of their own."""
        return bool(self.members(UNSCORED_TIER))

    def override_reason(self, vendor_id: str) -> str:
        placement = self.workspace.tier_placements.get((vendor_id,))
        return placement.override_reason if placement and placement.override_tier is not None else ""

    def is_visible(self, vendor_id: str) -> bool:
        """Follows the province filter other panels set, when the session has one."""
        province = self.session.vendor_filter
        return not province or self._provinces.get(vendor_id) == province

    def members(self, tier_id: int) -> list[int]:
        """Row indices of the visible vendors in a tier, best rank first."""
        members = self._members.get(tier_id, [])
        if not self.session.vendor_filter:  # the usual case, without a test per vendor
            return list(members)
        return [i for i in members if self.is_visible(self.vendor_ids[i])]

    # ------------------------------------------------------------ computing
    def refresh(self) -> None:
        """Recompute now."""
        self._recompute(track_moves=True)

    def _recompute(self, track_moves: bool) -> None:
        ws = self.workspace
        previous = getattr(self, "result", None)
        self.result: TierResult = current_tiers(ws)
        self.vendor_ids = self.result.vendor_ids
        self._index = {v: i for i, v in enumerate(self.vendor_ids)}
        self.tiers = sorted(ws.tiers, key=lambda t: t.tier_id)
        self._tiers_by_id = {t.tier_id: t for t in self.tiers}
        self._provinces = {v.vendor_id: v.hq_province for v in ws.vendors}
        placements = ws.tier_placements
        self.baseline_ranks = [getattr(placements.get((v,)), "baseline_rank", None) for v in self.vendor_ids]
        self._members: dict[int, list[int]] = {}
        for i in self.result.order():
            self._members.setdefault(int(self.result.tiers[i]), []).append(i)
        self.moved = self._moved_since(previous) if track_moves and previous is not None else set()
        self.updated.emit()

    def _moved_since(self, previous: TierResult) -> set[str]:
        before = dict(zip(previous.vendor_ids, previous.tiers.tolist()))
        return {v for v, t in zip(self.vendor_ids, self.result.tiers.tolist()) if v in before and before[v] != t}

    def compute_robustness(self) -> None:
        """Now, on this thread (for callers that need the figures at once)."""
        self._robustness_timer.stop()
        self._generation += 1
        self.robustness, self._robustness_reads = robustness_recorded(self.workspace)
        self.robustnessUpdated.emit()

    def _start_robustness(self) -> None:
        # A private copy of what robustness read last time (all tables the first time); records are
        # immutable, so sharing them is safe.
        copied = self._robustness_reads if self._robustness_reads is not None else frozenset(self.workspace.table_names)
        twin = self.workspace.copy_tables(copied)
        self._job = (self._generation, copied, _worker.submit(robustness_recorded, twin))
        self._poll_timer.start()

    def _collect_robustness(self) -> None:
        generation, copied, future = self._job
        if not future.done():
            return
        self._poll_timer.stop()
        self._job = None
        if generation != self._generation:
            return
        if future.exception() is not None:
            self.robustness = {}  # a failed draw leaves the figures unknown ("…"), never stale
        else:
            shares, read = future.result()
            self._robustness_reads = read
            if not read <= copied:  # it now reads a table the copy lacked: its figures are wrong, draw again
                self._start_robustness()
                return
            self.robustness = shares
        self.robustnessUpdated.emit()

    # ------------------------------------------------------------ following the session
    def _on_edited(self, edit: EditFinished) -> None:
        if edit.touches(self.workspace.reads_of("tiers")):
            self._recompute(track_moves=True)
        if edit.touches(self._robustness_reads):
            self._generation += 1
            self._robustness_timer.start()

    def _on_workspace_replaced(self) -> None:
        self._generation += 1
        self._recompute(track_moves=False)
        self._robustness_timer.start()

    def _on_filter_changed(self, *_args) -> None:
        self.filterChanged.emit()
