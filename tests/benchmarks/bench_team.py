"""Team projects on a throwaway PostgreSQL server on loopback.

- team_open: opening the scaled workspace (2,000 vendors, 5,000 entries; SYNTHETIC rows) from
  the team database, against opening the same workspace from a .wbproj file (the baseline).
- team_edit_visible: one client saves an edit; the time until another client, listening for
  commits, holds the edited record (the save itself included).
- team_snapshots_size: the scaled project after 50 saves, each followed by a snapshot, as a
  share of one copy of its records.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
import threading
import time
from pathlib import Path

from tests.benchmarks.generate import scaled_dataset
from tests.benchmarks.harness import Measurement, NotMeasured, benchmark

VISIBLE_TIMEOUT_S = 10


@functools.lru_cache(maxsize=None)
def cluster():
    from tests.pg_cluster import Cluster, ClusterUnavailable

    try:
        server = Cluster()
    except ClusterUnavailable as exc:
        raise NotMeasured(str(exc)) from None
    atexit.register(server.stop)
    return server


@functools.lru_cache(maxsize=None)
def scaled_team_project() -> tuple[str, str]:
    """(URL of the scaled workspace as a team project, path of the same as a .wbproj file)."""
    from workbench.storage.opening import open_workspace
    from workbench.storage.project import save_project
    from workbench.storage.team.setup import init_project

    workspace = open_workspace(scaled_dataset()).workspace
    if workspace is None:
        raise NotMeasured("the scaled dataset did not open")
    folder = Path(tempfile.mkdtemp(prefix="workbench-bench-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / "scaled.wbproj"
    save_project(workspace, path)
    server = cluster()
    server.create_database("scaled")
    init_project(server.url("scaled"), workspace).close()
    return server.url("scaled"), str(path)


@benchmark("team_open", budget_ratio=1.5)
def team_open(repetitions: int) -> Measurement:
    """Open the scaled workspace from PostgreSQL (connecting included); baseline: from a .wbproj file."""
    from workbench.storage.project import open_project
    from workbench.storage.team.store import TeamStore

    url, path = scaled_team_project()
    samples, baseline = [], []
    for _ in range(repetitions):
        started = time.perf_counter()
        open_project(path)
        baseline.append((time.perf_counter() - started) * 1000)
        store = TeamStore(url)
        started = time.perf_counter()
        store.open()
        samples.append((time.perf_counter() - started) * 1000)
        store.close()
    return Measurement(samples, baseline)


@benchmark("team_edit_visible", budget_ms=1000)
def team_edit_visible(repetitions: int) -> Measurement:
    """A vendor renamed and saved by one client, until a listening client has fetched the new record."""
    from workbench.domain import update
    from workbench.storage.team.listen import Listener
    from workbench.storage.team.store import TeamStore

    url, _path = scaled_team_project()
    writer, reader = TeamStore(url), TeamStore(url)
    mine, theirs = writer.open(), reader.open()
    vendor_key = (mine.workspace.vendors.at(len(mine.workspace.vendors) // 2).vendor_id,)
    seen = {"synced": theirs.synced, "name": None}
    arrived = threading.Event()

    def fetch(_notice) -> None:
        remote = reader.changes_since(seen["synced"])
        seen["synced"].seq = remote.seq
        record, _version = remote.records.get(("vendors", vendor_key), (None, 0))
        if record is not None:
            seen["name"] = record.name_en
            arrived.set()

    listener = Listener(url, fetch).start()
    if not listener.ready.wait(10):
        raise NotMeasured("the listening client did not connect")
    samples = []
    synced = mine.synced
    try:
        for number in range(max(repetitions, 20)):  # a p95 wants more than a handful
            name = f"Synthetic vendor renamed {number}"
            update(mine.workspace, "vendors", vendor_key, "rename", name_en=name).apply(mine.workspace)
            arrived.clear()
            started = time.perf_counter()
            synced = writer.save(mine.workspace, synced, "").synced
            if not arrived.wait(VISIBLE_TIMEOUT_S) or seen["name"] != name:
                raise NotMeasured(f"the other client did not see edit {number} within {VISIBLE_TIMEOUT_S} s")
            samples.append((time.perf_counter() - started) * 1000)
    finally:
        listener.stop()
        writer.close()
        reader.close()
    return Measurement(samples)


SNAPSHOTS = 50
TABLES_SIZE = ("SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n "
               "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> ALL(%s)")


@benchmark("team_snapshots_size", budget_ms=200, unit="%")
def team_snapshots_size(repetitions: int) -> Measurement:
    """The scaled team project after 50 saves, each followed by a snapshot, as a share of one copy of its records."""
    from workbench.domain import update
    from workbench.storage.team.store import TeamStore

    url, _path = scaled_team_project()
    server = cluster()
    server.drop_database("snapshots")
    server.create_database("snapshots", template="scaled")
    one_copy = server.execute(TABLES_SIZE, (["history", "snapshots"],), database="snapshots")[0][0]
    store = TeamStore(server.url("snapshots"))
    opened = store.open()
    synced = opened.synced
    vendors = opened.workspace.vendors.keys()
    for number in range(SNAPSHOTS):
        key = vendors[number * 37 % len(vendors)]
        update(opened.workspace, "vendors", key, "edit", description=f"reviewed in round {number}").apply(
            opened.workspace)
        synced = store.save(opened.workspace, synced, "").synced
        store.take_snapshot(f"round {number}", "")
    store.close()
    server.execute("VACUUM", database="snapshots")
    everything = server.execute(TABLES_SIZE, ([],), database="snapshots")[0][0]
    server.drop_database("snapshots")
    print(f"  one copy of the records {float(one_copy) / 2**20:.1f} MiB; with {SNAPSHOTS} saves and snapshots "
          f"{float(everything) / 2**20:.1f} MiB", flush=True)
    return Measurement([float(everything) / float(one_copy) * 100])
