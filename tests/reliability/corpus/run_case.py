"""Import one corpus file into an open project, in a process of its own, and report as JSON.

    python -m tests.reliability.corpus.run_case FILE TABLE PROJECT

Prints records loaded, problems, seconds, peak memory (MiB) and whether the
open workspace and the project file stayed as they were.
"""

from __future__ import annotations

import hashlib
import json
import resource
import sys
import time
from pathlib import Path


def _peak_kib() -> int:
    """This process's own peak resident size. VmHWM on Linux: ru_maxrss is carried over from the
    parent at fork, so a child of a large test process would report the parent's size."""
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux; bytes on macOS


def main(file: str, table: str, project: str) -> dict:
    from workbench.storage.dataset import load_table_file
    from workbench.storage.project import open_project

    workspace = open_project(project)
    before = workspace.snapshot()
    project_digest = hashlib.sha256(Path(project).read_bytes()).hexdigest()
    start = time.perf_counter()
    records, problems = load_table_file(file, table)
    seconds = time.perf_counter() - start
    peak_kib = _peak_kib()
    return {
        "loaded": len(records),
        "problems": [str(problem) for problem in problems[:20]],
        "seconds": seconds,
        "peak_mib": peak_kib / 1024,
        "workspace_untouched": workspace.snapshot() == before,
        "project_untouched": hashlib.sha256(Path(project).read_bytes()).hexdigest() == project_digest,
    }


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:4]), ensure_ascii=False))
