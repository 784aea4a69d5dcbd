"""Setting up a team project: its tables, the three roles and their rights, and analysts' logins.

The roles are the server's to enforce, not the window's: a viewer's write is refused by
PostgreSQL itself.

- ``workbench_viewer`` reads everything.
- ``workbench_editor`` also changes records and appends history (never changes or removes it)
  and takes snapshots.
- ``workbench_admin`` also removes snapshots and may give the two other roles to analysts.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

from psycopg import sql
from sqlalchemy import text
from sqlalchemy.engine import Connection

from workbench.domain.workspace import Workspace

from .. import project_schema as schema
from ..project import ProjectError
from . import schema as team_schema
from .store import TeamStore

VIEWER, EDITOR, ADMIN = "workbench_viewer", "workbench_editor", "workbench_admin"
ROLES = {"viewer": VIEWER, "editor": EDITOR, "admin": ADMIN}
ANALYST_NAME = re.compile(r"^[^\W\d][\w.\-]*$")  # letters of any script: 王 is a login too
NAME_BYTES = 63  # PostgreSQL's limit on a name, in UTF-8 bytes
SCRAM_ITERATIONS = 4096


def init_project(url: str, workspace: Workspace | None = None, *, password: str | None = None) -> TeamStore:
    """Create the tables and roles in the (empty) database at url, and load workspace as its starting point.

    One transaction: on any failure the database is left as it was.
    """
    store = TeamStore(url, password=password)
    store._schema_checked = True  # nothing to check yet: the tables are made here
    with store._transaction("setting up the project") as connection:
        exists = connection.execute(text("SELECT to_regclass(:name) IS NOT NULL"),
                                    {"name": schema.INFO_TABLE}).scalar()
        if exists:
            raise ProjectError(f"{store.location} holds a Workbench project already; nothing was changed.")
        team_schema.create_schema(connection)
        _create_roles(connection, store.location)
        _grant(connection)
        if workspace is not None:
            store.write_baseline(connection, workspace)
    store._schema_checked = False
    return store


def _create_roles(connection: Connection, location: str) -> None:
    present = set(connection.execute(text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
                                     {"names": list(ROLES.values())}).scalars())
    missing = [role for role in ROLES.values() if role not in present]
    if not missing:
        return
    can_create = connection.execute(text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = CURRENT_USER")
                                    ).scalar()
    if not can_create:
        raise ProjectError(f"{location}: the roles {', '.join(missing)} do not exist on this server and your login "
                           "may not create roles; ask the server's administrator to run `team init`. "
                           "Nothing was changed.")
    for role in missing:
        connection.exec_driver_sql(_ddl(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)), connection))


def _grant(connection: Connection) -> None:
    entity_tables = ", ".join(schema.quoted(name) for name in team_schema.ENTITY_TABLES)
    statements = [
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {VIEWER}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {VIEWER}",
        f"GRANT {VIEWER} TO {EDITOR}",
        f"GRANT INSERT, UPDATE, DELETE ON {entity_tables} TO {EDITOR}",
        # History is appended, never changed: no UPDATE or DELETE for anyone but the owner.
        f"GRANT INSERT ON {schema.HISTORY_TABLE}, {schema.SNAPSHOTS_TABLE} TO {EDITOR}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {EDITOR}",
        f"GRANT {VIEWER}, {EDITOR} TO {ADMIN} WITH ADMIN OPTION",
        f"GRANT DELETE ON {schema.SNAPSHOTS_TABLE} TO {ADMIN}",
        f"GRANT UPDATE ON {schema.INFO_TABLE} TO {ADMIN}",
    ]
    for statement in statements:
        connection.exec_driver_sql(statement)


def add_analyst(url: str, name: str, role: str, *, new_password: str | None = None,
                password: str | None = None) -> None:
    """A login for name with role (viewer, editor, admin); an existing login gets the role added.

    The password is sent as a SCRAM verifier computed here, so the server (and its log) never sees it.
    """
    if role not in ROLES:
        raise ProjectError(f"The role must be one of {', '.join(ROLES)}, not {role!r}.")
    if not ANALYST_NAME.match(name) or len(name.encode("utf-8")) > NAME_BYTES:
        raise ProjectError(f"{name!r} cannot be an analyst's login: use letters, digits, '_', '.' or '-' "
                           f"(up to {NAME_BYTES} bytes), starting with a letter.")
    store = TeamStore(url, password=password)
    try:
        with store._transaction("adding an analyst") as connection:
            exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}).first()
            identifier = sql.Identifier(name)
            if not exists:
                statement = sql.SQL("CREATE ROLE {} LOGIN").format(identifier)
                if role == "admin":
                    statement += sql.SQL(" CREATEROLE")
                connection.exec_driver_sql(_ddl(statement, connection))
            if new_password:
                connection.exec_driver_sql(_ddl(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    identifier, sql.Literal(scram_verifier(new_password))), connection))
            connection.exec_driver_sql(_ddl(sql.SQL("GRANT {} TO {}").format(
                sql.Identifier(ROLES[role]), identifier), connection))
    finally:
        store.close()


def scram_verifier(password: str, salt: bytes | None = None, iterations: int = SCRAM_ITERATIONS) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL keeps for password (RFC 7677), as psql's \\password sends it."""
    salt = salt or secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    encode = lambda data: base64.b64encode(data).decode("ascii")  # noqa: E731
    return f"SCRAM-SHA-256${iterations}:{encode(salt)}${encode(stored_key)}:{encode(server_key)}"


def _ddl(statement: sql.Composable, connection: Connection) -> str:
    # Role names and passwords cannot be bound parameters in DDL: psycopg quotes them as identifiers/literals.
    return statement.as_string(connection.connection.driver_connection)
