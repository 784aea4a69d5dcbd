"""Write a file so that a crash leaves the old file or the new one, never a broken one."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import socket
import tempfile
import time
from pathlib import Path
from typing import Iterator

from .locking import is_process_alive

TEMP_PREFIX = ".wb-tmp-"
# Names carry the writer: ".wb-tmp-<host>-<pid>-<random>", so a leftover can be told from a save running now.
_TEMP_NAME = re.compile(re.escape(TEMP_PREFIX) + r"(?P<host>[0-9a-f]{8})-(?P<pid>\d{1,10})-")
FOREIGN_TEMP_AGE_SECONDS = 24 * 3600  # a temporary file of another host (a shared folder) is left this long


def _host_tag() -> str:
    return hashlib.sha1(socket.gethostname().encode("utf-8")).hexdigest()[:8]


def _writer_prefix() -> str:
    return f"{TEMP_PREFIX}{_host_tag()}-{os.getpid()}-"


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
    fd, temp_name = tempfile.mkstemp(prefix=_writer_prefix(), suffix=target.suffix, dir=folder)
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
    """Delete temporary files that killed saves left behind; those of a save still running are kept.

    A file written on this host is an orphan once its writer process is gone; one
    from another host (or unnamed) once it is a day old, since its writer cannot be asked.
    """
    removed = []
    host = _host_tag()
    for path in Path(folder).glob(TEMP_PREFIX + "*"):
        with contextlib.suppress(OSError):
            match = _TEMP_NAME.match(path.name)
            if match and match["host"] == host:
                stale = not is_process_alive(int(match["pid"]))
            else:
                stale = time.time() - path.stat().st_mtime > FOREIGN_TEMP_AGE_SECONDS
            if stale:
                path.unlink()
                removed.append(path)
    return removed
