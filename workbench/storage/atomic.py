"""Write a file so that a crash leaves the old file or the new one, never a broken one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Iterator

TEMP_PREFIX = ".wb-tmp-"


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not every platform opens folders
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual ones (mkstemp's are private)."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside target; on success it replaces target.

    The caller writes the whole file to the yielded path. On any exception the
    temporary file is removed and target is left as it was.
    """
    # Through a symbolic link the real file is replaced, not the link (resolved once, here).
    target = Path(target)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    folder = target.parent if str(target.parent) else Path(".")
    fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=target.suffix, dir=folder)
    os.close(fd)
    temp = Path(temp_name)
    try:
        yield temp
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(temp, _mode_for(target))
        os.replace(temp, target)
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def remove_orphans(folder: str | os.PathLike) -> list[Path]:
    """Delete temporary files that a killed process left behind."""
    removed = []
    for path in Path(folder).glob(TEMP_PREFIX + "*"):
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed
