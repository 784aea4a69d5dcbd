"""Project files changed by another tool: renamed or dropped columns, lost rules, values outside the domain.

Each must be refused when it is opened, naming table, row and column, and
`validate` must report it; none may open with made-up values or crash in export.
"""

from __future__ import annotations

import sqlite3

import pytest

from workbench.cli import main
from workbench.storage.project import ProjectError, open_project


def tamper(path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def refusal(path) -> ProjectError:
    with pytest.raises(ProjectError) as caught:
        open_project(path)
    return caught.value


def test_a_renamed_column_is_refused_not_read_as_its_own_name(project):
    tamper(project, 'ALTER TABLE vendors RENAME COLUMN name_en TO name_english')
    error = refusal(project)
    assert "vendors" in str(error) and "name_en" in str(error)
    assert "has not been changed" in str(error)


def test_a_dropped_column_is_refused(project):
    tamper(project, 'ALTER TABLE sources DROP COLUMN note')
    error = refusal(project)
    assert any("sources" in p.message and "note" in p.message for p in error.problems)


def test_a_column_that_lost_its_type_or_not_null_rule_is_refused(project):
    tamper(project,
           'CREATE TABLE t AS SELECT * FROM settings',
           'DROP TABLE settings',
           'CREATE TABLE settings ("key" TEXT NOT NULL, "value" TEXT, "position" INTEGER NOT NULL)',
           'INSERT INTO settings SELECT * FROM t', 'DROP TABLE t',
           'ALTER TABLE tiers RENAME COLUMN min_score TO old', 'ALTER TABLE tiers ADD COLUMN min_score TEXT')
    messages = [p.message for p in refusal(project).problems]
    assert any("settings" in m and "value" in m and "NOT NULL" in m for m in messages)
    assert any("tiers" in m and "min_score" in m and "TEXT" in m for m in messages)


def test_a_missing_table_is_named(project):
    tamper(project, 'DROP TABLE tows_strategies')
    assert "tows_strategies" in str(refusal(project))


@pytest.mark.parametrize("statement, column, shown", [
    ("UPDATE scores SET value = 500", "scores.value", "500"),
    ("UPDATE scores SET kind = 'rumour'", "scores.kind", "rumour"),
    ("UPDATE tiers SET color = 'red' WHERE tier_id = 2", "tiers.color", "red"),
    ("UPDATE tiers SET tier_id = 0 WHERE tier_id = 1", "tiers.tier_id", "0"),
    ("UPDATE revenue_mix SET share_base = 1.5", "revenue_mix.share_base", "1.5"),
    ("UPDATE analysis_entries SET category = 'gossip'", "analysis_entries.category", "gossip"),
])
def test_values_outside_the_domain_are_refused_naming_table_row_and_column(project, statement, column, shown):
    tamper(project, statement)
    error = refusal(project)
    [found] = [p for p in error.problems if p.column == column][:1]
    assert found.row is not None and shown in found.message


def test_validate_reports_stored_values_outside_the_domain(project, capsys):
    tamper(project, "UPDATE tiers SET color = 'red' WHERE tier_id = 2", "UPDATE scores SET value = 500")
    assert main(["validate", str(project)]) == 1
    out = capsys.readouterr().out
    assert "tiers.color" in out and "'red'" in out
    assert "scores.value" in out and "500" in out


def test_export_of_a_damaged_project_is_refused_before_any_file_is_written(project, tmp_path, capsys):
    tamper(project, "UPDATE tiers SET color = 'red' WHERE tier_id = 2")
    target = tmp_path / "out.xlsx"
    assert main(["export", str(project), "--out", str(target)]) == 1
    assert not target.exists()
    assert "base 16" not in capsys.readouterr().err


def test_a_clean_project_still_opens(project):
    assert len(open_project(project).vendors) == 3
