"""Reading in a child process: progress, result, refusals, a dying child and cancel."""

import os

from workbench.storage.problems import InputError
from workbench.ui.process_job import ProcessJob

TIMEOUT_MS = 30000


def run(qtbot, target, *args):
    job = ProcessJob(f"tests.ui.process_targets:{target}", args)
    outcome = {"progress": []}
    job.progressed.connect(outcome["progress"].append)
    job.succeeded.connect(lambda result: outcome.setdefault("result", result))
    job.failed.connect(lambda error: outcome.setdefault("error", error))
    return job, outcome


def test_the_result_and_progress_come_back_from_another_process(qtbot):
    job, outcome = run(qtbot, "count_up", 4)
    qtbot.waitUntil(lambda: not job.is_running, timeout=TIMEOUT_MS)
    assert outcome["result"]["counted"] == 4 and outcome["result"]["pid"] != os.getpid()
    assert outcome["progress"] == [0.25, 0.5, 0.75, 1.0] and "error" not in outcome
    if os.path.exists("/proc/self/status"):
        assert job.child_peak_kib > 1000


def test_a_refusal_arrives_with_its_problems_intact(qtbot):
    job, outcome = run(qtbot, "refuse", "firms.csv")
    qtbot.waitUntil(lambda: not job.is_running, timeout=TIMEOUT_MS)
    error = outcome["error"]
    assert isinstance(error, InputError) and "result" not in outcome
    assert [(p.file, p.row, p.column) for p in error.problems] == [("firms.csv", 3, "province_code")]


def test_a_child_that_dies_is_reported_as_a_failure(qtbot):
    job, outcome = run(qtbot, "die")
    qtbot.waitUntil(lambda: not job.is_running, timeout=TIMEOUT_MS)
    assert isinstance(outcome["error"], OSError) and "exit code 7" in str(outcome["error"])


def test_cancel_kills_the_child_and_reports_nothing_more(qtbot):
    job, outcome = run(qtbot, "wait_forever")
    qtbot.waitUntil(lambda: outcome["progress"] == [0.1], timeout=TIMEOUT_MS)
    job.cancel()
    assert not job.is_running
    qtbot.waitUntil(lambda: not job.child_alive, timeout=TIMEOUT_MS)
    qtbot.wait(100)
    assert "error" not in outcome and "result" not in outcome


def test_an_unknown_target_fails_cleanly(qtbot):
    job, outcome = run(qtbot, "no_such_function")
    qtbot.waitUntil(lambda: not job.is_running, timeout=TIMEOUT_MS)
    assert isinstance(outcome["error"], AttributeError)


def test_a_child_that_cannot_be_started_is_a_failure_not_a_traceback(qtbot, monkeypatch):
    import subprocess

    def refuse(*_args, **_kwargs):
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    job, outcome = run(qtbot, "count_up", 1)
    qtbot.waitUntil(lambda: not job.is_running, timeout=TIMEOUT_MS)
    assert isinstance(outcome["error"], OSError) and not job.child_alive


def test_cancel_before_the_child_started_starts_none(qtbot):
    job, outcome = run(qtbot, "count_up", 1)
    job.cancel()
    qtbot.wait(200)
    assert not job.child_alive and outcome == {"progress": []}
