"""Run one reading function in a child process and send what happens back through a pipe.

    python -m workbench.storage.child_process

The parent writes one framed request, (target "module:function", args, sys.path),
to the child's stdin; the child answers on its stdout with framed (kind, value)
messages: ("progress", fraction) while it works, ("peak_kib", n) with its peak
resident memory, then ("done", result) or ("error", exception). A frame is an
8-byte length and a pickle. The parent side lives in the UI layer
(workbench.ui.process_job); this side imports neither Qt nor anything the
function does not need, so the child starts quickly.

A fresh interpreter, not multiprocessing: a fork of a process running Qt's
threads can deadlock, and multiprocessing's spawn imports the parent's main
script again.
"""

from __future__ import annotations

import importlib
import os
import pickle
import re
import struct
import sys
from typing import Any, BinaryIO

HEADER = struct.Struct("!Q")
# The offline bundle's executable runs no `-m`: it starts the child when given this flag.
FROZEN_CHILD_FLAG = "--reading-child"


def child_command() -> list[str]:
    """The command line that starts a child: this interpreter, or the bundle's own executable."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_CHILD_FLAG]
    return [sys.executable, "-m", __name__ if __name__ != "__main__" else "workbench.storage.child_process"]


def write_frame(stream: BinaryIO, message: Any) -> None:
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(HEADER.pack(len(payload)))
    stream.write(payload)
    stream.flush()


def read_frame(stream: BinaryIO) -> Any:
    """The next message; EOFError when the other side has gone."""
    header = stream.read(HEADER.size)
    if len(header) < HEADER.size:
        raise EOFError("the other process closed the pipe")
    (size,) = HEADER.unpack(header)
    payload = stream.read(size)
    if len(payload) < size:
        raise EOFError("the other process closed the pipe mid-message")
    return pickle.loads(payload)


def run(target: str, args: tuple, send: Any) -> None:
    """Call target ("module:function") with args and progress=, reporting through send."""
    def progress(fraction: float) -> None:
        send(("progress", fraction))

    try:
        module_name, function_name = target.split(":")
        function = getattr(importlib.import_module(module_name), function_name)
        result = function(*args, progress=progress)
    except Exception as error:  # the parent decides what the analyst is told
        send(("peak_kib", peak_resident_kib()))
        send(("error", _sendable(error)))
        return
    send(("peak_kib", peak_resident_kib()))
    send(("done", result))


def _sendable(error: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")


def peak_resident_kib() -> int | None:
    """This process's peak resident memory (VmHWM), or None where /proc does not tell."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            found = re.search(r"VmHWM:\s*(\d+) kB", status.read())
    except OSError:
        return None
    return int(found.group(1)) if found else None


def main() -> None:
    # The protocol keeps the real stdout; anything a library prints goes to stderr instead.
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    target, args, path = read_frame(sys.stdin.buffer)
    sys.path[:0] = [entry for entry in path if entry not in sys.path]
    try:
        run(target, args, lambda message: write_frame(replies, message))
    except (BrokenPipeError, OSError):
        pass  # the parent cancelled or quit: nobody is listening
    finally:
        try:
            replies.close()
        except OSError:
            pass


if __name__ == "__main__":
    main()
