"""A throwaway PostgreSQL cluster for the tests and benchmarks: initdb and pg_ctl in a temporary folder.

The server listens on 127.0.0.1 on a free port and asks every TCP connection for a password
(scram-sha-256), as a team server does; its superuser ``postgres`` has a random one. PostgreSQL
refuses to run as root, so as root the server binaries run as the ``postgres`` system user
(``runuser``); as anyone else they run as that user. Missing binaries are a failure with the
command that installs them, never a skip.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

SUPERUSER = "postgres"
SERVER_SETTINGS = (
    # A test cluster: nothing has to survive a power cut, everything has to be quick.
    "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
    "-c max_connections=120 -c shared_buffers=32MB"
)


class ClusterUnavailable(Exception):
    pass


def server_bin_dir() -> Path:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
                        if Path(p).parent.name.isdigit() else 0, reverse=True)
    candidates = [Path(p) for p in candidates]
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        found = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, timeout=10).stdout.strip()
        if found:
            candidates.append(Path(found))
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise ClusterUnavailable(
        "the PostgreSQL server programs (initdb, pg_ctl) are not installed; the team-project tests need them. "
        "Install them with `scripts/setup.sh --test` (Debian package `postgresql`).")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """One running server; ``stop()`` removes it with its folder."""

    def __init__(self) -> None:
        self.bin_dir = server_bin_dir()
        self.as_root = os.geteuid() == 0
        # As root the server runs as `postgres`, which must reach the folder: /tmp, not a private TMPDIR.
        self.folder = Path(tempfile.mkdtemp(prefix="workbench-pg-", dir="/tmp" if self.as_root else None))
        self.data = self.folder / "data"
        self.password = secrets.token_urlsafe(18)
        self.port = free_port()
        self.host = "127.0.0.1"
        self._running = False
        try:
            self._init()
            self.start()
        except BaseException:
            self.stop()
            raise

    # ------------------------------------------------------------ running the server programs
    def _run(self, program: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        command = [str(self.bin_dir / program), *args]
        if self.as_root:
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=self.folder)
        if done.returncode != 0:
            raise ClusterUnavailable(f"{program} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}")
        return done

    def _init(self) -> None:
        password_file = self.folder / "superuser-password"
        password_file.write_text(self.password + "\n")
        if self.as_root:
            try:
                account = pwd.getpwnam(SUPERUSER)
            except KeyError:
                raise ClusterUnavailable("running as root, but there is no `postgres` system user to run the "
                                         "server as: install the `postgresql` package") from None
            os.chown(self.folder, account.pw_uid, account.pw_gid)
            os.chown(password_file, account.pw_uid, account.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth-host=scram-sha-256",
                  "--auth-local=trust", f"--pwfile={password_file}", "--no-sync", "-E", "UTF8",
                  "--locale=C.UTF-8" if _has_c_utf8() else "--locale=C")
        password_file.unlink()

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses={self.host} {SERVER_SETTINGS}"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "server.log"),
                  "-w", "-t", "60", "start")
        self._running = True

    def restart(self) -> None:
        """A server restart, as after a crash (every connection is dropped)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        self._running = False
        self.start()

    def stop(self) -> None:
        if self._running:
            with contextlib.suppress(ClusterUnavailable, subprocess.SubprocessError, OSError):
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", timeout=60)
            self._running = False
        shutil.rmtree(self.folder, ignore_errors=True)

    # ------------------------------------------------------------ talking to it
    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        """A URL for user; with password it carries it (the superuser's when user is the superuser)."""
        if password is None and user == SUPERUSER:
            password = self.password
        credentials = quote(user, safe="") + (f":{quote(password, safe='')}" if password else "")
        return f"postgresql://{credentials}@{self.host}:{self.port}/{quote(database, safe='')}"

    def admin(self, database: str = "postgres"):
        """A psycopg connection as the superuser, in autocommit mode."""
        import psycopg

        return psycopg.connect(host=self.host, port=self.port, user=SUPERUSER, password=self.password,
                               dbname=database, autocommit=True, connect_timeout=10)

    def execute(self, statement: str, params: tuple = (), database: str = "postgres") -> list[tuple]:
        with self.admin(database) as connection:
            cursor = connection.execute(statement, params)
            return cursor.fetchall() if cursor.description else []

    def create_database(self, name: str, template: str | None = None) -> None:
        from psycopg import sql

        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        with self.admin() as connection:
            connection.execute(statement)

    def drop_database(self, name: str) -> None:
        from psycopg import sql

        with self.admin() as connection:
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def _has_c_utf8() -> bool:
    try:
        done = subprocess.run(["locale", "-a"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return False
    return any(name.lower().replace("-", "") == "c.utf8" for name in done.stdout.split())
