"""One writer per project: a lock file beside it says who has it open.

The lock holds host, process id, user and time as JSON. A lock whose process
no longer runs on this host is stale (the app was killed) and is taken over.
A lock from another host cannot be checked, so it counts as held.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import tempfile
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path


@dataclass(frozen=True)
class LockInfo:
    host: str
    pid: int
    user: str
    since: str  # ISO time, UTC

    def describe(self) -> str:
        return f"{self.user or 'someone'} on {self.host} (process {self.pid}, since {self.since})"


class ProjectLocked(Exception):
    """Another running Workbench has the project open; `holder` says who."""

    def __init__(self, project: Path, holder: LockInfo):
        self.project = project
        self.holder = holder
        super().__init__(f"{project.name} is open in another Workbench: {holder.describe()}.")


def lock_path(project: str | os.PathLike) -> Path:
    # Beside the real file: a project reached through a symbolic link has one lock, not one per link.
    project = resolved(project)
    return project.with_name(f".~lock.{project.name}#")


def resolved(path: str | os.PathLike) -> Path:
    """path with symbolic links followed: the file that is really read and written."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def current_holder() -> LockInfo:
    return LockInfo(socket.gethostname(), os.getpid(), _user_name(),
                    datetime.now(timezone.utc).isoformat(timespec="seconds"))


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return ""


# Process ids are positive and fit a C int on every platform; anything else was not written by a Workbench.
MAX_PID = 2**31 - 1
MAX_LOCK_BYTES = 64 * 1024


def parse_pid(value: object) -> int | None:
    """A process id as written in a lock or recovery file, or None when it cannot be one."""
    if isinstance(value, bool):
        return None
    try:
        pid = int(value) if isinstance(value, (int, str)) else None
    except ValueError:
        return None
    return pid if pid is not None and 0 < pid <= MAX_PID else None


def read_lock(project: str | os.PathLike) -> LockInfo | None:
    """The lock's holder, or None when there is no lock or its content cannot be understood."""
    try:
        path = lock_path(project)
        if path.stat().st_size > MAX_LOCK_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        pid = parse_pid(data["pid"])
        if pid is None or not isinstance(data["host"], str):
            return None
        return LockInfo(data["host"], pid, str(data.get("user", "")), str(data.get("since", "")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None


def is_process_alive(pid: int) -> bool:
    if parse_pid(pid) is None:
        return False  # no process can have it (0, negative, or too large for the system call)
    if os.name == "nt":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0 checks existence without touching the process
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists but belongs to another user
    except (OverflowError, OSError):
        return False  # a pid the system cannot even look up
    return True


def _windows_process_alive(pid: int) -> bool:
    import ctypes

    query_limited_information, still_active = 0x1000, 259
    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def is_live_holder(holder: LockInfo) -> bool:
    """True unless the holder is provably gone: a dead process on this host."""
    if holder.host != socket.gethostname():
        return True
    return is_process_alive(holder.pid)


class ProjectLock:
    """A held lock; release() removes the file if it is still ours."""

    def __init__(self, project: Path, holder: LockInfo, replaced: str = ""):
        self.project = project
        self.holder = holder
        self.replaced = replaced
        """Why a lock found in its place was taken over ("" when there was none), for the analyst."""

    def release(self) -> None:
        current = read_lock(self.project)
        if current is not None and (current.host, current.pid) == (self.holder.host, self.holder.pid):
            with contextlib.suppress(OSError):
                lock_path(self.project).unlink()


def acquire_lock(project: str | os.PathLike) -> ProjectLock | None:
    """Take the project's lock, replacing a stale one.

    Raises ProjectLocked when a live process holds it. Returns None when no lock
    file can be written (a read-only folder): nobody can save there anyway.
    """
    project = Path(project)
    me = current_holder()
    replaced = ""
    for _attempt in range(3):
        try:
            _create_exclusively(lock_path(project), me)
            return ProjectLock(project, me, replaced)
        except FileExistsError:
            holder = read_lock(project)
            if holder is not None and (holder.host, holder.pid) == (me.host, me.pid):
                return ProjectLock(project, holder)  # this process opened it again
            if holder is not None and is_live_holder(holder):
                raise ProjectLocked(project, holder) from None
            # Stale or unreadable (a crash while it was written, or garbage): take it over.
            replaced = (f"a stale lock of {holder.describe()} was replaced" if holder is not None else
                        f"a lock file that could not be understood ({lock_path(project).name}) was replaced")
            with contextlib.suppress(FileNotFoundError):
                lock_path(project).unlink()
        except OSError:
            return None
    holder = read_lock(project)
    raise ProjectLocked(project, holder or LockInfo("?", 0, "", ""))


def _create_exclusively(path: Path, holder: LockInfo) -> None:
    """Write the lock whole, then link it into place: linking fails if a lock exists."""
    fd, temp = tempfile.mkstemp(prefix=".wb-lock-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(holder), handle)
        try:
            os.link(temp, path)
        except FileExistsError:
            raise  # held: the caller looks at the holder
        except OSError:
            # Filesystems without hard links: exclusive create (a crash may leave it empty: stale).
            with open(path, "x", encoding="utf-8") as handle:
                json.dump(asdict(holder), handle)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)
