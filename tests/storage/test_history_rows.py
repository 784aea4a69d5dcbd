"""History entries survive the trip through table rows, Chinese text and empty values included."""

from workbench.domain.history import HistoryEntry, Snapshot
from workbench.storage.history_rows import entry_from_row, entry_to_row, snapshot_from_row, snapshot_to_row
from workbench.storage.project_schema import HISTORY_COLUMNS, SNAPSHOT_COLUMNS


def test_entries_and_snapshots_round_trip_through_rows():
    entries = [
        HistoryEntry(7, "2025-07-01T08:00:00+00:00", "王", "tier_placements", ("zhipu",), "override_tier", None, 1,
                     "新旗舰模型", "s-1"),
        HistoryEntry(8, "2025-07-01T08:00:00+00:00", "王", "vendors", ("newco",), "", None,
                     {"vendor_id": "newco", "name_zh": "新公司", "hq_city": ""}, "", "s-1"),
        HistoryEntry(9, "t", "li", "scores", ("v0", "compute"), "value", 80.5, None),
    ]
    for entry in entries:
        row = entry_to_row(entry)
        assert len(row) == len(HISTORY_COLUMNS)
        assert entry_from_row(row) == entry
    assert entry_to_row(entries[0])[6] is None  # "no value" stays NULL, never the text "null"
    snapshot = Snapshot("2025Q2 发布", 9, "2025-07-02T00:00:00+00:00", "王", "")
    assert len(snapshot_to_row(snapshot)) == len(SNAPSHOT_COLUMNS)
    assert snapshot_from_row(snapshot_to_row(snapshot)) == snapshot
