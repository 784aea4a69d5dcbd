"""Hearing others' commits as they happen: LISTEN on the channel every save announces itself on.

``listen`` blocks, so it runs on a thread of its own; it wakes at least every ``poll_s`` to see
whether it was asked to stop, and reconnects when the server goes away. Each notice only says
*that* something was committed (seq, save, who); the window then asks ``changes_since``.
After a reconnect it sends a notice with ``reconnected=True``: commits may have been missed
while the connection was down, so the window should ask ``changes_since`` anyway.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from typing import Callable

import psycopg

from ..project import ProjectError
from ..project_store import PasswordRequired, StoreUnavailable
from .connection import connect_raw
from .schema import CHANNEL
from .urls import parse_team_url

RETRY_S = 1.0


@dataclass(frozen=True)
class Notice:
    seq: int = 0
    save_id: str = ""
    analyst: str = ""
    reconnected: bool = False


def listen(url: str, callback: Callable[[Notice], None], stop: threading.Event, *, password: str | None = None,
           poll_s: float = 0.25, on_error: Callable[[Exception], None] | None = None,
           ready: threading.Event | None = None) -> None:
    """Call callback(Notice) for every commit to the team project at url until ``stop`` is set.

    Connection failures are retried every RETRY_S (on_error hears each); a failure that waiting
    will not mend (a wrong password, no such database) ends the loop after on_error heard it.
    ``ready`` is set once the first LISTEN is in place.
    """
    team_url = parse_team_url(url)
    connected_before = False
    while not stop.is_set():
        try:
            connection = connect_raw(team_url, password, autocommit=True)
        except StoreUnavailable as exc:
            if on_error:
                on_error(exc)
            stop.wait(RETRY_S)
            continue
        except (ProjectError, PasswordRequired) as exc:
            if on_error:
                on_error(exc)
            return
        try:
            connection.execute(f"LISTEN {CHANNEL}")
            if ready is not None:
                ready.set()
            if connected_before:
                callback(Notice(reconnected=True))
            connected_before = True
            while not stop.is_set():
                for notify in connection.notifies(timeout=poll_s):
                    callback(_notice(notify.payload))
                    if stop.is_set():
                        break
        except psycopg.Error as exc:  # the server went away: listen again once it is back
            if on_error:
                on_error(StoreUnavailable(f"{team_url.location}: lost the connection that hears others' "
                                          f"changes ({exc}); reconnecting."))
            stop.wait(RETRY_S)
        finally:
            connection.close()


class Listener:
    """``listen`` on a daemon thread: ``Listener(url, callback).start()`` ... ``.stop()``."""

    def __init__(self, url: str, callback: Callable[[Notice], None], *, password: str | None = None,
                 on_error: Callable[[Exception], None] | None = None):
        self._stop = threading.Event()
        self.ready = threading.Event()
        self._thread = threading.Thread(
            target=listen, args=(url, callback, self._stop),
            kwargs={"password": password, "on_error": on_error, "ready": self.ready},
            name="workbench-team-listener", daemon=True)

    def start(self) -> "Listener":
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()


def _notice(payload: str) -> Notice:
    try:
        values = json.loads(payload)
        return Notice(int(values.get("seq", 0)), str(values.get("save_id", "")), str(values.get("analyst", "")))
    except (ValueError, TypeError, AttributeError):
        return Notice()  # a notice someone sent by hand: still a reason to look for changes
