"""Connecting to the team database, and turning what the driver says into a message for the analyst.

One message per kind of failure, each within CONNECT_TIMEOUT_S: a server that cannot be
reached (retryable: StoreUnavailable), a password missing (PasswordRequired) or wrong
(WrongPassword), a database that does not exist, a role without rights (ProjectError).
"""

from __future__ import annotations

import psycopg
import sqlalchemy
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

from ..project import ProjectError
from ..project_store import PasswordRequired, StoreUnavailable
from .urls import CONNECT_TIMEOUT_S, TeamUrl


class WrongPassword(PasswordRequired):
    """The server refused the password given (or the analyst's name): ask again."""


def make_engine(url: TeamUrl, password: str | None = None) -> Engine:
    # The arguments go to psycopg as they are, so libpq's .pgpass, service file and PG* variables apply;
    # pre-ping replaces a connection the server dropped (a restart) before it is used again.
    return create_engine("postgresql+psycopg://", connect_args=url.connect_arguments(password),
                         pool_size=2, max_overflow=4, pool_pre_ping=True, pool_recycle=3600)


def connect_raw(url: TeamUrl, password: str | None = None, **options) -> psycopg.Connection:
    """A plain driver connection (for LISTEN), with the same messages as the store's."""
    try:
        return psycopg.connect(**url.connect_arguments(password), **options)
    except psycopg.Error as exc:
        raise explained(exc, url, connecting=True) from exc


def explained(error: BaseException, url: TeamUrl, *, connecting: bool = False, doing: str = "") -> Exception:
    """The exception to raise instead of a driver error: a message naming the project, not a traceback."""
    if isinstance(error, sqlalchemy.exc.DBAPIError):
        invalidated = error.connection_invalidated
        error = error.orig if error.orig is not None else error
        if invalidated and not isinstance(error, psycopg.errors.InsufficientPrivilege):
            return StoreUnavailable(_lost(url, doing))
    location = url.location
    text = str(error)
    lower = text.lower()
    who = url.user or "your login"
    if isinstance(error, psycopg.errors.InsufficientPrivilege):
        return ProjectError(f"{location}: the server refused this for {who}: {_first_line(text)}. "
                            f"Your role does not allow {doing or 'this'}; ask the project's admin for the right role "
                            "(workbench_viewer reads, workbench_editor edits, workbench_admin manages). "
                            "Nothing was written.")
    if "no password supplied" in lower:
        return PasswordRequired(f"{location}: the server asks for {who}'s password.")
    if "password authentication failed" in lower:
        return WrongPassword(f"{location}: the server refused the password for {who} "
                             "(or there is no analyst of that name).")
    if "does not exist" in lower and "database" in lower:
        return ProjectError(f"{location}: the server has no database named {url.database!r}. Create it "
                            "(createdb) and set it up with `main.py team init URL`, or check the URL.")
    if "role" in lower and "does not exist" in lower:
        return ProjectError(f"{location}: the server knows no analyst named {who!r}; an admin adds one with "
                            "`main.py team add-analyst`.")
    if "permission denied for database" in lower or "not permitted to log in" in lower:
        return ProjectError(f"{location}: {who} may not connect to this database ({_first_line(text)}).")
    if "ssl" in lower and connecting:
        return ProjectError(f"{location}: the secure connection failed ({_first_line(text)}); check the "
                            "URL's sslmode and the server's certificates.")
    if connecting and ("could not translate host name" in lower or "name or service not known" in lower):
        return StoreUnavailable(f"{location}: no server named {url.host!r} was found (check the URL "
                                "or the network).")
    if connecting or isinstance(error, (psycopg.OperationalError, psycopg.InterfaceError)):
        if "timeout" in lower:
            return StoreUnavailable(f"{location}: the server at {url.host}:{url.port} did not answer within "
                                    f"{CONNECT_TIMEOUT_S} s (check the URL, the network or the firewall).")
        if "refused" in lower:
            return StoreUnavailable(f"{location}: no database server answers at {url.host}:{url.port} "
                                    "(it may be stopped or restarting; check the URL).")
        return StoreUnavailable(_lost(url, doing) if not connecting else
                                f"{location}: could not connect ({_first_line(text)}).")
    return ProjectError(f"{location}: the server refused this: {_first_line(text)}. Nothing was written.")


def _lost(url: TeamUrl, doing: str) -> str:
    what = f" while {doing}" if doing else ""
    return (f"{url.location}: the connection to the server was lost{what}. Nothing was written; "
            "your edits are kept. Try again once the server is back.")


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "no reason given"
