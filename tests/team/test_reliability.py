"""Many analysts at once on overlapping records: every edit is committed or reported as a conflict, none is lost,
and the history holds every committed edit.

The default run is short; the issue's full run is
    WORKBENCH_TEAM_CLIENTS=20 WORKBENCH_TEAM_EDITS=100 scripts/test.sh tests/team/test_reliability.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.factories import make_workspace
from workbench.domain.history import replay, state_of

REPO = Path(__file__).resolve().parents[2]
CLIENTS = int(os.environ.get("WORKBENCH_TEAM_CLIENTS", "6"))
EDITS = int(os.environ.get("WORKBENCH_TEAM_EDITS", "15"))
TIMEOUT_S = 120 + CLIENTS * EDITS  # generous: the machine may be busy


def test_concurrent_clients_lose_nothing(team_url, open_stores):
    clients = [subprocess.Popen([sys.executable, "-m", "tests.team.team_client", team_url, str(n), str(EDITS),
                                 str(1000 + n)], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for n in range(CLIENTS)]
    reports = []
    for client in clients:
        out, err = client.communicate(timeout=TIMEOUT_S)
        assert client.returncode == 0, err
        reports += [json.loads(line) for line in out.splitlines()]

    assert sorted(r["edit"] for r in reports) == sorted(f"c{c}-e{e}" for c in range(CLIENTS) for e in range(EDITS))
    committed = {r["edit"]: r for r in reports if r["result"] == "committed"}
    conflicts = [r for r in reports if r["result"] == "conflict"]
    assert committed and len(committed) + len(conflicts) == CLIENTS * EDITS
    print(f"{CLIENTS} clients x {EDITS} edits: {len(committed)} committed, {len(conflicts)} conflicts")

    store = open_stores(team_url)
    history = list(reversed(store.history()))  # oldest first
    assert [e.seq for e in history] == sorted({e.seq for e in history})
    # Every committed edit is in the history once, in its own save; no conflicting edit is.
    written = {e.after: e for e in history}
    assert len(written) == len(history)
    assert set(written) == set(committed)
    for edit_id, report in committed.items():
        entry = written[edit_id]
        assert (entry.table, list(entry.key), entry.field) == tuple(report["slot"]) and entry.save_id == report["save_id"]
    # Each slot ends at its last committed edit, and the history replayed from the start gives the project now.
    now = store.open()
    assert replay(state_of(make_workspace()), history) == now.synced.state
    for conflict in conflicts:
        assert conflict["theirs"] != conflict["edit"]
