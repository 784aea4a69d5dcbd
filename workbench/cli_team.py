"""`main.py team ...`: set up a team project on a PostgreSQL server, add analysts, take a copy out.

    team init URL [--from DATASET|PROJECT]     tables, roles and the starting workspace
    team add-analyst URL NAME --role ROLE      a login with the role viewer, editor or admin
    team export URL --into FILE.wbproj         the project as it is now, as a file

Passwords are never taken from the command line: the URL's own, libpq's .pgpass / service
file / PGPASSWORD, or asked for at the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Callable, TypeVar

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
T = TypeVar("T")


def add_parser(sub) -> None:
    parser = sub.add_parser("team", help="team projects on a PostgreSQL server: init, add-analyst, export")
    team = parser.add_subparsers(dest="team_command", required=True)

    p = team.add_parser("init", help="create a team project's tables and roles in an empty database and load a "
                                     "dataset or project into it")
    p.add_argument("url", help="postgresql://user@host:5432/database (the database must exist and be empty)")
    p.add_argument("--from", dest="source", help="a dataset folder or .wbproj project (default: the bundled dataset)")
    p.set_defaults(run=cmd_init)

    p = team.add_parser("add-analyst", help="give an analyst a login with a role (needs an admin's login)")
    p.add_argument("url")
    p.add_argument("name", help="the analyst's login name")
    p.add_argument("--role", required=True, choices=("viewer", "editor", "admin"))
    how = p.add_mutually_exclusive_group()
    how.add_argument("--password-stdin", action="store_true", help="read the new login's password from stdin")
    how.add_argument("--no-password", action="store_true",
                     help="set no password (the server authenticates otherwise, e.g. by certificate)")
    p.set_defaults(run=cmd_add_analyst)

    p = team.add_parser("export", help="copy the team project as it is now into a .wbproj file")
    p.add_argument("url")
    p.add_argument("--into", required=True, help="the .wbproj file to write")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.set_defaults(run=cmd_export)


def with_password(url: str, work: Callable[[str | None], T]) -> T:
    """work(password): first with what libpq finds by itself, then once with a password asked at the terminal."""
    from .storage.project_store import PasswordRequired
    from .storage.team.connection import WrongPassword

    try:
        return work(None)
    except WrongPassword:
        raise
    except PasswordRequired as needed:
        if not sys.stdin.isatty():
            raise PasswordRequired(f"{needed} Put it in ~/.pgpass (or the file PGPASSFILE names), or set "
                                   "PGPASSWORD, or run the command at a terminal to be asked.") from None
        return work(getpass.getpass(f"{needed} Password: "))


def store_failures() -> tuple[type[Exception], ...]:
    """What opening or using a project store raises with a message for the analyst."""
    from .storage.project import ProjectError
    from .storage.project_store import PasswordRequired, StoreUnavailable

    return ProjectError, StoreUnavailable, PasswordRequired


def open_team_workspace(url: str):
    """The team project's workspace, or None after printing why not."""
    from .storage.project_store import store_for

    def read(password):
        store = store_for(url, password=password)
        try:
            return store.open().workspace
        finally:
            store.close()

    try:
        return with_password(url, read)
    except store_failures() as error:
        print(str(error), file=sys.stderr)
        return None


def _taken_out(url: str, password: str | None):
    """The team project as it is now, with its whole history (oldest first) and its snapshots."""
    from .storage.project_store import store_for

    store = store_for(url, password=password)
    try:
        workspace = store.open().workspace
        return workspace, list(reversed(store.history())), store.snapshots()
    finally:
        store.close()


def cmd_init(args: argparse.Namespace) -> int:
    from .storage.opening import BUNDLED_DATASET, is_project
    from .storage.team.setup import init_project
    from .storage.team.urls import parse_team_url

    failures = store_failures()
    try:
        location = parse_team_url(args.url).location
    except failures as error:
        print(str(error), file=sys.stderr)
        return EXIT_USAGE
    source = args.source or str(BUNDLED_DATASET)
    if is_project(source):
        from .storage.project import open_project

        try:
            workspace = open_project(source)
        except failures as error:
            print(str(error), file=sys.stderr)
            return EXIT_PROBLEMS
    else:
        from .cli import _open

        workspace = _open(source)
        if workspace is None:
            return EXIT_PROBLEMS
    try:
        with_password(args.url, lambda password: init_project(args.url, workspace, password=password).close())
    except failures as error:
        print(str(error), file=sys.stderr)
        return EXIT_PROBLEMS
    records = sum(len(table) for table in workspace.snapshot().values())
    print(f"set up {location}: {records} records from {Path(source).name}; roles workbench_viewer, "
          "workbench_editor, workbench_admin")
    return EXIT_OK


def cmd_add_analyst(args: argparse.Namespace) -> int:
    from .storage.team.setup import add_analyst

    new_password = None
    if args.password_stdin:
        new_password = sys.stdin.readline().rstrip("\n")
    elif not args.no_password:
        if not sys.stdin.isatty():
            print("say how the new login gets its password: --password-stdin, or --no-password", file=sys.stderr)
            return EXIT_USAGE
        new_password = getpass.getpass(f"Password for {args.name}: ")
        if getpass.getpass("Again: ") != new_password:
            print("the two passwords differ; nothing changed", file=sys.stderr)
            return EXIT_PROBLEMS
    if new_password == "" and not args.no_password:
        print("an empty password cannot be set; nothing changed", file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        with_password(args.url, lambda password: add_analyst(args.url, args.name, args.role,
                                                             new_password=new_password, password=password))
    except store_failures() as error:
        print(str(error), file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"{args.name} may now {'read' if args.role == 'viewer' else 'edit' if args.role == 'editor' else 'manage'} "
          "the team project")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from .storage.opening import PROJECT_SUFFIX, is_project
    from .storage.project import save_project

    into = Path(args.into)
    if not is_project(into):
        print(f"--into must name a {PROJECT_SUFFIX} file", file=sys.stderr)
        return EXIT_USAGE
    if (into.exists() or into.is_symlink()) and not args.force:
        print(f"{into}: already exists; nothing written (add --force to replace it)", file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        workspace, entries, snapshots = with_password(args.url, lambda password: _taken_out(args.url, password))
    except store_failures() as error:
        print(str(error), file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        save_project(workspace, into, history=(entries, snapshots))
    except store_failures() as error:
        print(str(error), file=sys.stderr)
        return EXIT_PROBLEMS
    records = sum(len(table) for table in workspace.snapshot().values())
    print(f"wrote {into}: {records} records, {len(entries)} history entries, {len(snapshots)} snapshots")
    return EXIT_OK
