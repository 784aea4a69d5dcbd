"""Command line: the window by default, headless commands for automation.

No Qt is imported here at module level: only `screenshot` and the window load it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Callable, Sequence

from . import cli_history

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
COMMANDS = ("validate", "export", "import", "new", "screenshot", "team", *cli_history.COMMANDS)


def _print_problems(problems, stream=None) -> None:
    stream = stream or sys.stderr  # looked up at call time, so a redirected stderr is honoured
    for problem in problems:
        print(str(problem), file=stream)
    print(f"{len(problems)} problem(s)", file=stream)


def _open(path: str | None):
    from .storage.opening import open_workspace
    from .storage.location_kind import is_team_location

    if is_team_location(path):
        from .cli_team import open_team_workspace

        return open_team_workspace(path)

    result = open_workspace(path)
    if result.workspace is None:
        _print_problems(result.problems)
    return result.workspace


def cmd_validate(args: argparse.Namespace) -> int:
    from .storage.opening import is_project, open_workspace
    from .storage.location_kind import is_team_location

    if is_team_location(args.path):
        return _validate_team_project(args.path)

    path = Path(args.path)
    if path.is_file() and path.name != "datapackage.json" and not is_project(path):
        from .storage.dataset import load_table_file

        table = args.table or path.stem
        from .domain.tables import SPECS_BY_NAME

        if table not in SPECS_BY_NAME:
            print(f"{path.name}: say which table it holds with --table ({', '.join(SPECS_BY_NAME)})", file=sys.stderr)
            return EXIT_USAGE
        records, problems = load_table_file(path, table)
        label = f"{len(records)} {table} record(s)"
    else:
        result = open_workspace(path)
        problems = result.problems
        if result.workspace is not None and is_project(path):
            from .storage.references import workspace_problems

            # every value and every reference, then every figure's citation
            problems = workspace_problems(result.workspace, path.name)
            problems += _project_citation_problems(path.name, result.workspace)
        label = "dataset" if result.workspace is None else f"{sum(len(t) for t in result.workspace.snapshot().values())} records"
    if problems:
        _print_problems(problems, sys.stdout)
        return EXIT_PROBLEMS
    print(f"{path.name}: valid ({label})")
    return EXIT_OK


def _validate_team_project(url: str) -> int:
    from .storage.references import workspace_problems
    from .storage.team.urls import redact

    workspace = _open(url)
    if workspace is None:
        return EXIT_PROBLEMS
    label = redact(url)
    problems = workspace_problems(workspace, label) + _project_citation_problems(label, workspace)
    if problems:
        _print_problems(problems, sys.stdout)
        return EXIT_PROBLEMS
    print(f"{label}: valid ({sum(len(t) for t in workspace.snapshot().values())} records)")
    return EXIT_OK


def _project_citation_problems(label: str, workspace) -> list:
    """A dataset with an uncited figure does not load; a project still opens, but validate reports it."""
    from .domain.citations import citation_problems
    from .storage.problems import Problem

    return [Problem(f"{label} ({table})", index + 1, field, message)
            for table, index, field, message in citation_problems(workspace.snapshot())]


def cmd_export(args: argparse.Namespace) -> int:
    """A workbook, PDF briefing or slide deck, by the extension of --out; QtGui draws the pictures, no widgets."""
    from .storage.excel import ExportError, ExportOptions

    workspace = _open(args.path)
    if workspace is None:
        return EXIT_PROBLEMS
    comparison, changes_label = None, ""
    if args.changes_since is not None:
        found = cli_history.changes_since(args.path or "", args.changes_since, workspace)
        if isinstance(found, int):
            return found
        comparison, changes_label = found
    options = ExportOptions(scenario=args.scenario or "base", language=args.language or "en",
                            author=args.author or "", paper_size=args.paper or "A4",
                            comparison=comparison, changes_label=changes_label)
    # Offscreen unless the caller chose a platform: drawing needs no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .ui.deliverables.export import export_file
    from .ui.deliverables.map_picture import ensure_gui_application

    app = ensure_gui_application()  # noqa: F841 (fonts and drawing need one; QtGui only)
    try:
        written = export_file(workspace, args.out, options, with_map=not args.no_map)
    except ExportError as error:
        print(f"export failed: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    detail = ", ".join(written.report.sheets) if written.report is not None else written.summary()
    print(f"wrote {args.out}: {detail}")
    for warning in written.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from .domain.tables import SPECS_BY_NAME

    from .storage.location_kind import is_team_location

    source, project = Path(args.file), args.into
    if not is_team_location(project) and not Path(project).is_file():
        print(f"{project}: no such project (make one with `new`, or save one from the window)", file=sys.stderr)
        return EXIT_PROBLEMS
    if source.suffix.lower() == ".xlsx" and not args.table:
        from .storage.excel_import import is_workbench_export

        if is_workbench_export(source):
            return _maybe_locked(args, project, lambda: _import_round_trip(source, project, args))
    table = args.table or source.stem
    if table not in SPECS_BY_NAME:
        print(f"{source.name}: say which table it holds with --table ({', '.join(SPECS_BY_NAME)})", file=sys.stderr)
        return EXIT_USAGE
    return _maybe_locked(args, project, lambda: _import_table(source, project, table, args.dry_run))


def _maybe_locked(args: argparse.Namespace, project: str, work: Callable[[], int]) -> int:
    """A dry run only reads, so it needs no lock (and may preview into a project open in the window).

    A team project needs none either: its save refuses records changed since they were read."""
    from .storage.location_kind import is_team_location

    return work() if args.dry_run or is_team_location(project) else _locked(Path(project), work)


def _locked(project: Path, work: Callable[[], int]) -> int:
    """work(), holding the project's lock while it reads, changes and writes the project back.

    A project open in a running Workbench is refused: that window's next save
    would otherwise meet a file changed behind its back.
    """
    from .storage.locking import ProjectLocked, acquire_lock

    try:
        lock = acquire_lock(project)
    except ProjectLocked as error:
        print(f"{error} Close it there, or import from that window, then try again; nothing imported.",
              file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        return work()
    finally:
        if lock is not None:
            lock.release()


def _import_table(source: Path, project: str, table: str, dry_run: bool) -> int:
    """Patch the project's table with the file's rows: all of them, or (on any problem) none."""
    from .cli_targets import import_target
    from .storage.readers import MAX_TABLE_ROWS
    from .storage.table_import import plan_table_import

    target = import_target(project)
    if target is None:
        return EXIT_PROBLEMS
    workspace = target.workspace
    plan = plan_table_import(workspace, source, table)
    if plan.problems:
        _print_problems(plan.problems)
        print(f"{source.name}: nothing imported", file=sys.stderr)
        return EXIT_PROBLEMS
    if len(workspace.table(table)) + plan.added > MAX_TABLE_ROWS:
        print(f"{source.name}: nothing imported: {table} would hold {len(workspace.table(table)) + plan.added:,} "
              f"records; the limit is {MAX_TABLE_ROWS:,}", file=sys.stderr)
        return EXIT_PROBLEMS
    if dry_run:
        for line in plan.lines():
            print(line)
        print(f"{plan.summary()}\ndry run: {target.name} was not changed")
        return EXIT_OK
    for change, field_change in plan.clears:  # never silent: an empty cell is taken as "clear this field"
        print(f"cleared: {source.name}, row {change.row}, {field_change.field} (was {field_change.old!r})")
    command = plan.command(f"Import {source.name}")
    failure = target.commit(command) if command is not None else ""
    if failure:
        print(f"{source.name}: nothing imported into {target.name}: {failure}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"imported {source.name} into {target.name}: {plan.summary()}")
    return EXIT_OK


def _import_round_trip(source: Path, project: str, args: argparse.Namespace) -> int:
    """A workbook this app exported, edited in Excel: print the differences and apply them to the project."""
    from .cli_targets import import_target
    from .storage.excel_import import WorkbookImportError, build_edit, plan_import

    target = import_target(project)
    if target is None:
        return EXIT_PROBLEMS
    workspace = target.workspace
    try:
        plan = plan_import(workspace, source)
    except WorkbookImportError as error:
        print(f"{source.name}: nothing imported: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    for change in plan.changes:
        new = "CLEARED (empty cell)" if change.clears else repr(change.new)
        print(f"{change.sheet}!{change.cell} [{change.column}]: {change.old!r} -> {new}")
    for issue in plan.issues:
        print(f"left alone: {issue.sheet}{'!' + issue.cell if issue.cell else ''}: {issue.message}", file=sys.stderr)
    for title in plan.unknown_sheets:
        print(f"left alone: sheet {title!r} was not written by Workbench", file=sys.stderr)
    for title, header in plan.unknown_columns:
        print(f"left alone: column {header!r} of {title} was not written by Workbench", file=sys.stderr)
    for ignored in plan.read_only_edits:
        print(f"ignored: {ignored.describe()}: {ignored.reason}", file=sys.stderr)
    blocked = bool(plan.read_only_edits) and not args.ignore_read_only_sheets
    edit = build_edit(workspace, plan.changes, f"Import {source.name}")
    for refusal in edit.refused:
        print(f"refused: {refusal.change.sheet}!{refusal.change.cell}: {refusal.message}", file=sys.stderr)
    if args.dry_run:
        print(f"dry run: {len(edit.applied)} change(s) would be imported from {source.name}, "
              f"{len(edit.refused)} refused; {target.name} was not changed")
        return EXIT_PROBLEMS if edit.refused or blocked else EXIT_OK
    if blocked:
        print(f"{source.name}: nothing imported: edits in sheets that cannot be imported would be lost; make them "
              "in Workbench, or import the table sheets anyway with --ignore-read-only-sheets", file=sys.stderr)
        return EXIT_PROBLEMS
    failure = target.commit(edit.command) if edit.command is not None else ""
    if failure:
        print(f"{target.name}: nothing imported: {failure}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"imported {len(edit.applied)} change(s) from {source.name} into {target.name}; "
          f"{len(edit.refused)} refused")
    return EXIT_PROBLEMS if edit.refused else EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    """A project made from a dataset, so that scripts can import into it without the window."""
    from .storage.opening import BUNDLED_DATASET, PROJECT_SUFFIX, is_project
    from .storage.project import ProjectError, save_project

    out = Path(args.out)
    if not is_project(out):
        print(f"--out must name a {PROJECT_SUFFIX} file", file=sys.stderr)
        return EXIT_USAGE
    if args.dataset and is_project(args.dataset):
        print(f"{args.dataset}: name a dataset folder; copy a project to make another", file=sys.stderr)
        return EXIT_USAGE
    if (out.exists() or out.is_symlink()) and not args.force:
        print(f"{out}: already exists; nothing written (add --force to replace it)", file=sys.stderr)
        return EXIT_PROBLEMS
    workspace = _open(args.dataset or str(BUNDLED_DATASET))
    if workspace is None:
        return EXIT_PROBLEMS

    def write() -> int:
        try:
            save_project(workspace, out)
        except ProjectError as error:
            print(str(error), file=sys.stderr)
            return EXIT_PROBLEMS
        records = sum(len(table) for table in workspace.snapshot().values())
        print(f"wrote {out}: {records} records from {workspace.info.title}")
        return EXIT_OK

    # A project being replaced may be open in a running Workbench: its lock is honoured.
    return _locked(out, write) if out.is_file() else write()


def cmd_screenshot(args: argparse.Namespace) -> int:
    from .storage.opening import open_workspace

    result = open_workspace(args.path)
    if result.workspace is None:
        _print_problems(result.problems)
        return EXIT_PROBLEMS
    # Offscreen unless the caller chose a platform: a screenshot needs no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .ui.app import render_screenshot

    try:
        render_screenshot(args.path, args.out, size=(args.width, args.height), panel=args.panel)
    except OSError as error:
        print(f"{args.out}: cannot write the picture ({error.strerror or error})", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"wrote {args.out}")
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="workbench", description=__doc__.splitlines()[0])
    parser.add_argument("-V", "--version", action="store_true",
                        help="print the version and the bundled dataset's version and date, then exit")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate", help="check a dataset, project, team project URL or table file; exit 0 clean, "
                                        "1 problems")
    p.add_argument("path", help="dataset folder, .wbproj project, postgresql:// team project URL or table file")
    p.add_argument("--table", help="the table a single CSV/XLSX/JSON file holds (default: the file's name)")
    p.set_defaults(run=cmd_validate)

    p = sub.add_parser("export", help="write an Excel workbook, a PDF briefing or a slide deck from a dataset or project")
    p.add_argument("path", nargs="?", help="dataset folder, .wbproj project or postgresql:// team project URL "
                                           "(default: the bundled dataset)")
    p.add_argument("--out", required=True, help="the file to write: .xlsx (workbook), .pdf (briefing), .pptx (slides)")
    p.add_argument("--author", help="the author named on the cover and in the file's properties")
    p.add_argument("--paper", choices=("A4", "Letter"), help="paper size of the workbook's pages and the briefing "
                                                            "(default A4)")
    p.add_argument("--scenario", choices=("low", "base", "high"))
    p.add_argument("--language", choices=("en", "zh"), help="zh: amounts in 亿元; en (default): in bn CNY")
    p.add_argument("--no-map", action="store_true", help="leave the rendered map out (the Regions sheet's picture, the briefing's and the slides' map page)")
    p.add_argument("--changes-since", metavar="SNAPSHOT",
                   help="add a \"Changes since SNAPSHOT\" sheet (page, slide): what moved since that snapshot of the project")
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("import", help="merge a table (CSV, XLSX or JSON), or a workbook exported by Workbench and "
                                      "edited in Excel, into a saved project")
    p.add_argument("file")
    p.add_argument("--into", required=True, help="the .wbproj project, or a team project URL, to merge into")
    p.add_argument("--table", help="the table the file holds (default: the file's name)")
    p.add_argument("--dry-run", action="store_true",
                   help="print per record which fields would change, from what to what; change nothing")
    p.add_argument("--ignore-read-only-sheets", action="store_true",
                   help="import a workbook's table sheets even though sheets that cannot be imported were edited")
    p.set_defaults(run=cmd_import)

    p = sub.add_parser("new", help="make a project from a dataset, for scripts to import into")
    p.add_argument("dataset", nargs="?", help="dataset folder (default: the bundled dataset)")
    p.add_argument("--out", required=True, help="the .wbproj project to write")
    p.add_argument("--force", action="store_true", help="replace the project if the file exists")
    p.set_defaults(run=cmd_new)

    p = sub.add_parser("screenshot", help="render the main window offscreen to a PNG")
    p.add_argument("path", nargs="?")
    p.add_argument("--out", required=True)
    p.add_argument("--width", type=int, default=1600)
    p.add_argument("--height", type=int, default=1000)
    p.add_argument("--panel", choices=("vendors", "tier_list", "heat_map", "sources", "revenue", "swot_pest", "firms", "key_figures", "history"),
                   help="bring this panel to the front first")
    p.set_defaults(run=cmd_screenshot)
    cli_history.add_commands(sub)

    from .cli_team import add_parser as add_team_parser

    add_team_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if getattr(sys, "frozen", False):
        from .storage import child_process

        if argv[:1] == [child_process.FROZEN_CHILD_FLAG]:  # the offline bundle starting a reading child
            child_process.main()
            return EXIT_OK
    if argv[:1] in (["--version"], ["-V"]):
        from .about import version_text

        print(version_text())
        return EXIT_OK
    if not argv or argv[0] not in COMMANDS and not argv[0].startswith("-"):
        from .ui.app import run_gui

        if len(argv) > 1:
            print(f"usage: workbench [DATASET_OR_PROJECT] | workbench {{{','.join(COMMANDS)}}} ...",
                  file=sys.stderr)
            return EXIT_USAGE
        return run_gui(argv[0] if argv else None)
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.command == "export" and Path(args.out).suffix.lower() not in (".xlsx", ".pdf", ".pptx"):
        print("--out must name an .xlsx (workbook), .pdf (briefing) or .pptx (slides) file", file=sys.stderr)
        return EXIT_USAGE
    return args.run(args)
