"""Refresh the .ts files from the UI sources, then compile them to .qm.

Run from anywhere: python resources/translations/build_qm.py
Translate new strings in the .ts (Qt Linguist or a text editor) between the two steps
by running with --update-only first.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("zh_CN",)


def _tool(name: str) -> str:
    """The PySide6 wrapper next to this Python first, then one on PATH."""
    beside_python = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(beside_python) if beside_python.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found: install PySide6 in this environment")
    return found


def main(argv: list[str]) -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "workbench" / "ui").rglob("*.py"))
    for language in LANGUAGES:
        ts = str((HERE / f"workbench_{language}.ts").relative_to(ROOT))
        subprocess.run([_tool("lupdate"), *sources, "-ts", ts, "-source-language", "en",
                        "-target-language", language, "-no-obsolete"], cwd=ROOT, check=True)
        if "--update-only" not in argv:
            subprocess.run([_tool("lrelease"), ts], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
