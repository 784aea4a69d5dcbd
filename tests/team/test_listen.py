"""Others' commits are heard within 2 s through LISTEN/NOTIFY, also after the connection was dropped."""

from __future__ import annotations

import queue
import time

from workbench.domain import update
from workbench.storage.team.listen import Listener, Notice

HEARD_WITHIN_S = 2.0


def commit_an_edit(store, name_en: str):
    opened = store.open()
    update(opened.workspace, "vendors", ("v0",), "edit", name_en=name_en).apply(opened.workspace)
    return store.save(opened.workspace, opened.synced, "")


def test_a_commit_in_another_connection_is_heard_within_2_s(team_url, open_stores):
    heard: queue.Queue[Notice] = queue.Queue()
    listener = Listener(team_url, heard.put).start()
    try:
        assert listener.ready.wait(5)
        started = time.monotonic()
        outcome = commit_an_edit(open_stores(team_url), "heard")
        notice = heard.get(timeout=HEARD_WITHIN_S)
        assert time.monotonic() - started < HEARD_WITHIN_S
        assert notice == Notice(outcome.entries[-1].seq, outcome.entries[-1].save_id, "postgres")
    finally:
        listener.stop()
    assert not listener.running


def test_listening_resumes_after_the_connection_drops(team_url, team_database, pg_cluster, open_stores):
    heard: queue.Queue[Notice] = queue.Queue()
    errors = []
    listener = Listener(team_url, heard.put, on_error=errors.append).start()
    try:
        assert listener.ready.wait(5)
        pg_cluster.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
                           "AND query ILIKE 'LISTEN%%'", (team_database,))
        assert heard.get(timeout=5) == Notice(reconnected=True)  # commits may have been missed: look
        assert errors and "reconnecting" in str(errors[0])
        outcome = commit_an_edit(open_stores(team_url), "heard again")
        assert heard.get(timeout=HEARD_WITHIN_S).seq == outcome.entries[-1].seq
    finally:
        listener.stop()


def test_a_listener_that_cannot_get_in_says_why_and_ends(pg_cluster, team_database):
    errors = []
    listener = Listener(pg_cluster.url(team_database, password="wrong"), lambda notice: None,
                        on_error=errors.append).start()
    listener._thread.join(6)
    assert not listener.running
    assert "refused the password" in str(errors[0])
