"""Bad input and faults on a real server: one clear message each, within 5 s, nothing written."""

from __future__ import annotations

import time

import psycopg
import pytest
from sqlalchemy import event

from tests.factories import make_workspace
from workbench.domain import update
from workbench.storage.project import ProjectError
from workbench.storage.project_store import PasswordRequired, StoreUnavailable, store_for
from workbench.storage.team.connection import WrongPassword
from workbench.storage.team.setup import add_analyst
from workbench.storage.team.urls import parse_team_url, redact

MESSAGE_WITHIN_S = 5.5  # libpq's connect_timeout of 5 s, and a little for the test itself


def edit(workspace, table, key, **fields):
    update(workspace, table, key, "test edit", **fields).apply(workspace)


def timed_failure(url: str, expected: type[Exception], password: str | None = None) -> str:
    store = store_for(url, password=password)
    started = time.monotonic()
    try:
        with pytest.raises(expected) as caught:
            store.open()
    finally:
        store.close()
    assert time.monotonic() - started < MESSAGE_WITHIN_S
    return str(caught.value)


@pytest.mark.parametrize("url, message", [
    ("postgresql://analyst@host:5432/", "names no database"),
    ("postgresql://analyst@:5432/landscape", "names no server"),
    ("postgresql://analyst@host:port/landscape", "not a team project URL"),
    ("postgresql://analyst@host/landscape?sslmode=always", "sslmode must be one of"),
    ("postgresql://analyst@host/landscape?sslmod=require", "unknown setting 'sslmod'"),
    ("mysql://analyst@host/landscape", "must start with postgresql://"),
])
def test_a_malformed_url_is_refused_before_connecting(url, message):
    with pytest.raises(ProjectError, match=message):
        parse_team_url(url)


def test_passwords_never_show_in_locations_or_messages():
    url = parse_team_url("postgresql://wang:pa55word@db.example:6543/landscape?sslmode=require")
    assert url.location == "postgresql://wang@db.example:6543/landscape?sslmode=require"
    assert url.connect_arguments()["password"] == "pa55word"
    assert url.connect_arguments()["connect_timeout"] == 5
    assert parse_team_url("postgres://wang@db.example/landscape").location == "postgresql://wang@db.example/landscape"
    assert redact("postgresql://wang:pa55word@db.example:port/x") == "postgresql://wang:***@db.example:port/x"
    with pytest.raises(ProjectError) as caught:
        parse_team_url("postgresql://wang:pa55word@db.example/")
    assert "pa55word" not in str(caught.value)


def test_a_wrong_password(pg_cluster, team_database):
    message = timed_failure(pg_cluster.url(team_database, password="not-it"), WrongPassword)
    assert "refused the password for postgres" in message and "not-it" not in message


def test_no_password_anywhere_asks_for_one(pg_cluster, team_database, monkeypatch, tmp_path):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    url = f"postgresql://postgres@127.0.0.1:{pg_cluster.port}/{team_database}"
    message = timed_failure(url, PasswordRequired)
    assert "asks for postgres's password" in message
    store = store_for(url, password=pg_cluster.password)  # asked at connect time, never in the URL
    assert store.open().workspace == make_workspace()
    assert pg_cluster.password not in store.location
    store.close()


def test_the_password_file_of_libpq_is_used(pg_cluster, team_database, monkeypatch, tmp_path):
    password_file = tmp_path / "pgpass"
    password_file.write_text(f"127.0.0.1:{pg_cluster.port}:*:postgres:{pg_cluster.password}\n")
    password_file.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(password_file))
    store = store_for(f"postgresql://postgres@127.0.0.1:{pg_cluster.port}/{team_database}")
    assert store.open().workspace == make_workspace()
    store.close()


def test_an_unreachable_host(monkeypatch):
    # TEST-NET-1 (RFC 5737) is never routed: the connection times out, or fails at once.
    message = timed_failure("postgresql://analyst@192.0.2.1:5432/landscape", StoreUnavailable, password="x")
    assert "192.0.2.1" in message


def test_no_server_on_the_port(pg_cluster):
    from tests.pg_cluster import free_port

    message = timed_failure(f"postgresql://analyst@127.0.0.1:{free_port()}/landscape", StoreUnavailable,
                            password="x")
    assert "no database server answers" in message


def test_an_unknown_host_name():
    message = timed_failure("postgresql://analyst@no-such-host.invalid/landscape", StoreUnavailable, password="x")
    assert "no-such-host.invalid" in message


def test_a_database_that_does_not_exist(pg_cluster):
    message = timed_failure(pg_cluster.url("no_such_project"), ProjectError)
    assert "has no database named 'no_such_project'" in message


def test_a_database_that_is_not_a_workbench_project_is_left_alone(pg_cluster, empty_database):
    pg_cluster.execute("CREATE TABLE notes (text TEXT)", database=empty_database)
    url = pg_cluster.url(empty_database)
    assert "not a Workbench team project" in timed_failure(url, ProjectError)
    store = store_for(url)
    with pytest.raises(ProjectError, match="not a Workbench team project"):
        store.save(make_workspace(), None, "")
    store.close()
    tables = pg_cluster.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", database=empty_database)
    assert tables == [("notes",)]


def test_a_project_from_a_newer_workbench_is_refused_without_writing(pg_cluster, team_database, team_url):
    pg_cluster.execute("UPDATE project_info SET value = '99' WHERE key = 'team_schema_version'",
                       database=team_database)
    assert "newer version of Workbench (team format 99" in timed_failure(team_url, ProjectError)
    store = store_for(team_url)
    workspace = make_workspace()
    edit(workspace, "vendors", ("v0",), name_en="changed")
    with pytest.raises(ProjectError, match="newer version"):
        store.save(workspace, None, "")
    store.close()
    assert pg_cluster.execute("SELECT count(*) FROM history", database=team_database) == [(0,)]
    assert pg_cluster.execute("SELECT name_en FROM vendors WHERE vendor_id = 'v0'", database=team_database) == [
        ("Baidu",)]


# ---------------------------------------------------------------- roles


@pytest.fixture
def analysts(pg_cluster, team_url, team_database):
    """URLs of a viewer, an editor and a login with no Workbench role, on the test's project."""
    urls = {}
    for name, role in (("viewer_zhao", "viewer"), ("editor_qian", "editor")):
        add_analyst(team_url, name, role, new_password=f"{name}-pw")
        urls[role] = pg_cluster.url(team_database, user=name, password=f"{name}-pw")
    pg_cluster.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'outsider_sun') THEN "
                       "CREATE ROLE outsider_sun LOGIN PASSWORD 'outsider-pw'; END IF; END $$")
    urls["none"] = pg_cluster.url(team_database, user="outsider_sun", password="outsider-pw")
    return urls


def test_a_viewers_save_is_refused_by_the_server(analysts, team_url, open_stores):
    store = open_stores(analysts["viewer"])
    opened = store.open()
    edit(opened.workspace, "vendors", ("v0",), name_en="should not land")
    with pytest.raises(ProjectError, match="refused this for viewer_zhao.*Nothing was written"):
        store.save(opened.workspace, opened.synced, "")
    with pytest.raises(ProjectError, match="refused"):
        store.take_snapshot("viewer's", "")
    assert open_stores(team_url).open().workspace == make_workspace()
    # Not the application's doing: the server itself refuses the statement.
    with psycopg.connect(**parse_team_url(analysts["viewer"]).connect_arguments()) as raw:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            raw.execute("UPDATE vendors SET name_en = 'x'")


def test_an_editor_saves_but_cannot_rewrite_history(analysts, open_stores):
    store = open_stores(analysts["editor"])
    opened = store.open()
    edit(opened.workspace, "vendors", ("v0",), name_en="Baidu AI Cloud")
    outcome = store.save(opened.workspace, opened.synced, "")
    assert outcome.saved and outcome.entries[0].analyst == "editor_qian"
    assert store.take_snapshot("editor's", "").analyst == "editor_qian"
    arguments = parse_team_url(analysts["editor"]).connect_arguments()
    for statement in ("UPDATE history SET after = '\"x\"'", "DELETE FROM history", "DELETE FROM snapshots"):
        with psycopg.connect(**arguments) as raw:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                raw.execute(statement)
    with psycopg.connect(**arguments) as raw:  # history in someone else's name
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            raw.execute("INSERT INTO history (at, analyst, table_name, record_key, field, reason, save_id) "
                        "VALUES ('2025-01-01', 'viewer_zhao', 'vendors', '[\"v0\"]', 'name_en', '', 'x')")


def test_a_login_without_a_workbench_role(analysts):
    message = timed_failure(analysts["none"], ProjectError)
    assert "outsider_sun" in message and "workbench_viewer reads" in message


# ---------------------------------------------------------------- dropped connections


def test_a_connection_dropped_during_a_save_writes_nothing_and_the_next_save_works(pg_cluster, team_database,
                                                                                   team_url, open_stores):
    store = open_stores(team_url)
    opened = store.open()
    edit(opened.workspace, "vendors", ("v0",), name_en="first try")

    def drop_the_connection(connection, cursor, statement, parameters, context, executemany):
        if statement.startswith("INSERT INTO history"):
            event.remove(store.engine, "before_cursor_execute", drop_the_connection)
            pid = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            pg_cluster.execute("SELECT pg_terminate_backend(%s)", (pid,))

    event.listen(store.engine, "before_cursor_execute", drop_the_connection)
    with pytest.raises(StoreUnavailable, match="connection to the server was lost while saving. Nothing was written"):
        store.save(opened.workspace, opened.synced, "")
    assert pg_cluster.execute("SELECT name_en FROM vendors WHERE vendor_id = 'v0'", database=team_database) == [
        ("Baidu",)]
    assert pg_cluster.execute("SELECT count(*) FROM history", database=team_database) == [(0,)]

    outcome = store.save(opened.workspace, opened.synced, "")
    assert outcome.saved and [e.after for e in outcome.entries] == ["first try"]


def test_a_connection_dropped_before_a_save_is_replaced(pg_cluster, team_database, team_url, open_stores):
    store = open_stores(team_url)
    opened = store.open()
    edit(opened.workspace, "vendors", ("v2",), name_en="saved on a new connection")
    dropped = pg_cluster.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
                                 "AND pid <> pg_backend_pid()", (team_database,))
    assert dropped  # the store's pooled connection was there, and is gone
    assert store.save(opened.workspace, opened.synced, "").saved


def test_a_server_restart_between_open_and_save(pg_cluster, team_url, open_stores):
    store = open_stores(team_url)
    opened = store.open()
    edit(opened.workspace, "vendors", ("v1",), name_en="after the restart")
    pg_cluster.restart()
    outcome = store.save(opened.workspace, opened.synced, "")  # the dead pooled connection is replaced
    assert outcome.saved
    assert open_stores(team_url).open().workspace.vendors.get(("v1",)).name_en == "after the restart"
