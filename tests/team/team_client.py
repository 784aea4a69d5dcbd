"""One analyst's client for the reliability test: edits records others edit too, saves each edit at once.

    python -m tests.team.team_client URL CLIENT EDITS SEED

Before each edit it fetches others' commits (as the window does when it hears of them), then
changes one field to a value no other edit uses and saves. Prints one JSON line per edit:
committed (with its save id) or conflict. After a conflict it takes theirs: it reopens.
"""

from __future__ import annotations

import json
import random
import sys

from workbench.domain import update
from workbench.domain.commands import PutRecord, RemoveRecord
from workbench.storage.project_store import StoreUnavailable, store_for

SLOTS = [("vendors", (vendor,), field) for vendor in ("v0", "v1", "v2") for field in ("description", "flagship_model")]


def apply_remote(workspace, synced, remote) -> None:
    """Others' records into the workspace and the base, without an undo step (nothing of ours is unsaved)."""
    for (table, key), (record, _version) in remote.records.items():
        if record is None:
            if key in workspace.table(table):
                RemoveRecord(table, key).apply(workspace)
        else:
            PutRecord(table, record, validate=False).apply(workspace)
    synced.absorb(remote)


def main(url: str, client: int, edits: int, seed: int) -> int:
    chooser = random.Random(seed)
    store = store_for(url)
    opened = store.open()
    workspace, synced = opened.workspace, opened.synced
    for number in range(edits):
        edit_id = f"c{client}-e{number}"
        table, key, field = chooser.choice(SLOTS)
        while True:
            try:
                apply_remote(workspace, synced, store.changes_since(synced))
                update(workspace, table, key, "edit", **{field: edit_id}).apply(workspace)
                outcome = store.save(workspace, synced, "")
                break
            except StoreUnavailable as exc:  # nothing was written: the same edit again
                print(json.dumps({"edit": edit_id, "retry": str(exc)}), file=sys.stderr, flush=True)
        if outcome.saved:
            synced = outcome.synced
            save_id = outcome.entries[0].save_id if outcome.entries else ""
            print(json.dumps({"edit": edit_id, "result": "committed", "save_id": save_id,
                              "slot": [table, list(key), field]}), flush=True)
        else:
            print(json.dumps({"edit": edit_id, "result": "conflict", "slot": [table, list(key), field],
                              "theirs": getattr(outcome.conflicts[0].theirs, field)}), flush=True)
            opened = store.open()  # take theirs
            workspace, synced = opened.workspace, opened.synced
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])))
