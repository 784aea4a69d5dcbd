"""Command line: a project's history and snapshots, and the comparison an export's "Changes since" sheet shows.

    main.py history PROJECT [--vendor ID] [--table T] [--analyst NAME] [--limit N]
    main.py snapshot PROJECT NAME [--note TEXT]
    main.py snapshots PROJECT

PROJECT is a .wbproj file or a team project's URL: both are reached through store_for.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Callable

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
COMMANDS = ("history", "snapshot", "snapshots")


def analyst_name() -> str:
    """The author set in Preferences, else the login name (the same name the window records)."""
    from .storage.file_store import default_analyst

    try:
        from PySide6.QtCore import QSettings

        from .ui.settings import _settings_file

        # Read directly: opening Settings would also stamp (write) the preferences file.
        path = _settings_file()
        author = str(QSettings(str(path), QSettings.Format.IniFormat).value("export/author", "") or "") \
            if path.is_file() else ""
    except Exception:  # no Qt, or an unreadable settings file: the login name will do
        author = ""
    return default_analyst(author)


def history_since(project: Path, workspace):
    """The state an import into ``project`` is recorded from, or None while the project keeps no history yet.

    A project with no history and no snapshot treats what is loaded into it as its starting
    content, as `new` does: a 100,000-row first load is not written out twice. Once it has
    either, every import is recorded, so that snapshots and "changes since" stay exact.
    """
    from .domain.history import state_of
    from .storage.file_store import FileStore
    from .storage.project import ProjectError

    try:
        in_use = FileStore(project).history_in_use()
    except ProjectError:
        in_use = True  # unreadable history: record, and let the save report the problem
    return state_of(workspace) if in_use else None


def _store(location: str):
    """The store, or None after saying why not (a missing file is not made here)."""
    from .storage.project_store import is_team_location, store_for

    if not is_team_location(location) and not Path(location).is_file():
        print(f"{location}: no such project", file=sys.stderr)
        return None
    return store_for(location)


def _with_store(location: str, work: Callable[[Any], Any]) -> Any:
    """work(store), the store closed after; None after printing why when it cannot be read."""
    from .cli_team import store_failures

    store = _store(location)
    if store is None:
        return None
    try:
        return work(store)
    except store_failures() as error:
        print(str(error), file=sys.stderr)
        return None
    finally:
        store.close()


def cmd_history(args: argparse.Namespace) -> int:
    from .domain.history_view import concerns_vendor, describe
    from .domain.tables import SPECS_BY_NAME

    if args.table and args.table not in SPECS_BY_NAME:
        print(f"--table must be one of: {', '.join(SPECS_BY_NAME)}", file=sys.stderr)
        return EXIT_USAGE
    if args.limit is not None and args.limit < 1:
        print("--limit must be 1 or more", file=sys.stderr)
        return EXIT_USAGE
    def read(store):
        # The vendor filter reads records, so the limit applies after it.
        entries = store.history(table=args.table, analyst=args.analyst,
                                limit=None if args.vendor else args.limit)
        if args.vendor:
            workspace = store.open().workspace
            entries = [entry for entry in entries if concerns_vendor(entry, args.vendor, workspace)]
            entries = entries[:args.limit] if args.limit else entries
        return entries

    entries = _with_store(args.project, read)
    if entries is None:
        return EXIT_PROBLEMS
    for entry in entries:
        reason = f"  ({entry.reason})" if entry.reason else ""
        print(f"#{entry.seq}  {entry.at}  {entry.analyst}  {describe(entry)}{reason}")
    print(f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'}")
    return EXIT_OK


def cmd_snapshot(args: argparse.Namespace) -> int:
    from .storage.project_store import is_team_location

    def take() -> int:
        snapshot = _with_store(args.project, lambda store: store.take_snapshot(args.name, analyst_name(),
                                                                               args.note or ""))
        if snapshot is None:
            return EXIT_PROBLEMS
        print(f"snapshot “{snapshot.name}” taken of the saved project (history #{snapshot.history_seq}) "
              f"by {snapshot.analyst} at {snapshot.taken_at}")
        return EXIT_OK

    if is_team_location(args.project) or not Path(args.project).is_file():
        return take()
    from .cli import _locked  # a project open in a running Workbench is written by that window only

    return _locked(Path(args.project), take)


def cmd_snapshots(args: argparse.Namespace) -> int:
    snapshots = _with_store(args.project, lambda store: store.snapshots())
    if snapshots is None:
        return EXIT_PROBLEMS
    for snapshot in snapshots:
        note = f"  {snapshot.note}" if snapshot.note else ""
        print(f"{snapshot.name}  (history #{snapshot.history_seq}, {snapshot.taken_at}, {snapshot.analyst}){note}")
    print(f"{len(snapshots)} snapshot(s)")
    return EXIT_OK


def changes_since(location: str, name: str, workspace):
    """(comparison, label) of workspace against the project's snapshot ``name``, or an exit code after a message."""
    from .domain.compare import compare
    from .storage.project_store import is_team_location

    if not is_team_location(location) and not (Path(location).is_file() and location.lower().endswith(".wbproj")):
        print("--changes-since needs a project (.wbproj file or team URL): a dataset has no snapshots",
              file=sys.stderr)
        return EXIT_USAGE
    def read(store):
        names = [snapshot.name for snapshot in store.snapshots()]
        if name not in names:
            listed = ", ".join(f"“{n}”" for n in names) if names else "none (take one with `snapshot`)"
            print(f"{location}: no snapshot named “{name}”; its snapshots: {listed}", file=sys.stderr)
            return EXIT_USAGE
        return store.workspace_at(name)

    then = _with_store(location, read)
    if then is None:
        return EXIT_PROBLEMS
    if isinstance(then, int):
        return then  # no such snapshot
    return compare(then, workspace), name


def add_commands(sub) -> None:
    """The commands' parsers, on the main parser's subparsers."""
    p = sub.add_parser("history", help="list a project's saved changes, newest first")
    p.add_argument("project", help=".wbproj project or team project URL")
    p.add_argument("--vendor", help="only changes about this vendor id (its record, scores, placement, estimates, "
                                    "entries)")
    p.add_argument("--table", help="only changes to this table (vendors, scores, tier_placements...)")
    p.add_argument("--analyst", help="only changes by this analyst")
    p.add_argument("--limit", type=int, help="at most this many entries")
    p.set_defaults(run=cmd_history)

    p = sub.add_parser("snapshot", help="name the project's saved state (e.g. \"2025Q2 published\")")
    p.add_argument("project", help=".wbproj project or team project URL")
    p.add_argument("name")
    p.add_argument("--note", help="a note kept with the snapshot")
    p.set_defaults(run=cmd_snapshot)

    p = sub.add_parser("snapshots", help="list a project's snapshots, oldest first")
    p.add_argument("project", help=".wbproj project or team project URL")
    p.set_defaults(run=cmd_snapshots)
