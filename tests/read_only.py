"""A folder nothing may be written into, for the current user, root included."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """Make `folder` unwritable: by its mode, and for root (whom the mode does not stop) as immutable."""
    folder.mkdir(exist_ok=True)
    folder.chmod(0o555)
    immutable = False
    try:
        if os.access(folder, os.W_OK):  # root: chmod does not restrict it, the immutable flag does
            chattr = shutil.which("chattr")
            immutable = chattr is not None and subprocess.run(
                [chattr, "+i", str(folder)], capture_output=True).returncode == 0
            if not immutable:
                pytest.skip("cannot make a folder read-only for this user (root without chattr +i)")
        yield folder
    finally:
        if immutable:
            subprocess.run([shutil.which("chattr") or "chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)
