"""Team project URLs: ``postgresql://analyst@host:5432/landscape?sslmode=require``.

Parsing needs neither the driver nor SQLAlchemy, so that the window can show and remember a
URL (without its password) before anything is connected.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..project import ProjectError

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5  # an unreachable host is reported within this, not after the system's minutes
# A network that goes silent mid-save (no reset) is noticed within seconds, not after the system's hours:
# TCP keepalives every 2 s after 5 s idle, and unacknowledged data given up after 10 s.
LIVENESS = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 3,
            "tcp_user_timeout": 10_000}
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
# libpq settings a URL may carry; anything else is a typing mistake worth a message.
ALLOWED_PARAMETERS = ("sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl", "application_name",
                      "connect_timeout", "service", "target_session_attrs", "options")


@dataclass(frozen=True)
class TeamUrl:
    host: str
    port: int
    database: str
    user: str = ""  # empty: libpq's default (the service file, PGUSER or the login name)
    password: str | None = field(default=None, repr=False)
    parameters: tuple[tuple[str, str], ...] = ()

    @property
    def location(self) -> str:
        """The URL without its password: safe to show, log and keep in Recent."""
        credentials = quote(self.user, safe="") + "@" if self.user else ""
        host = f"[{self.host}]" if ":" in self.host else quote(self.host, safe="/.-")
        port = "" if self.port == DEFAULT_PORT else f":{self.port}"
        query = "&".join(f"{quote(k)}={quote(v, safe='/.-_')}" for k, v in self.parameters)
        return f"postgresql://{credentials}{host}{port}/{quote(self.database, safe='')}" + (f"?{query}" if query else "")

    def connect_arguments(self, password: str | None = None) -> dict[str, object]:
        """Keyword arguments for psycopg.connect (libpq's names); the password only when one is known."""
        arguments: dict[str, object] = {"host": self.host, "port": self.port, "dbname": self.database,
                                        "connect_timeout": CONNECT_TIMEOUT_S, **LIVENESS}
        if self.user:
            arguments["user"] = self.user
        arguments.update(dict(self.parameters))
        chosen = password if password is not None else self.password
        if chosen is not None:
            arguments["password"] = chosen
        return arguments

    def with_database(self, database: str) -> "TeamUrl":
        return TeamUrl(self.host, self.port, database, self.user, self.password, self.parameters)


def parse_team_url(text: str) -> TeamUrl:
    """The parts of a team project URL; a ProjectError saying what is wrong with it otherwise."""
    shown = redact(text)
    try:
        parts = urlsplit(text.strip())
        port = parts.port
    except ValueError as exc:
        raise ProjectError(f"{shown} is not a team project URL ({exc}). "
                           "Write it as postgresql://analyst@host:5432/database.") from None
    if parts.scheme.lower() not in SCHEMES:
        raise ProjectError(f"{shown} is not a team project URL: it must start with postgresql://.")
    if parts.fragment:
        raise ProjectError(f"{shown}: a team project URL has no '#' part.")
    database = unquote(parts.path.lstrip("/"))
    if not database or "/" in database:
        raise ProjectError(f"{shown} names no database: write it as postgresql://analyst@host:5432/database.")
    parameters = tuple(parse_qsl(parts.query, keep_blank_values=True))
    for name, value in parameters:
        if name not in ALLOWED_PARAMETERS:
            raise ProjectError(f"{shown}: unknown setting '{name}' (a URL may set {', '.join(ALLOWED_PARAMETERS)}).")
        if name == "sslmode" and value not in SSL_MODES:
            raise ProjectError(f"{shown}: sslmode must be one of {', '.join(SSL_MODES)}, not '{value}'.")
        if name == "connect_timeout" and not (value.isdigit() and 0 < int(value) <= 60):
            raise ProjectError(f"{shown}: connect_timeout must be a number of seconds from 1 to 60.")
    host = parts.hostname or ""
    if not host:
        raise ProjectError(f"{shown} names no server: write it as postgresql://analyst@host:5432/database.")
    return TeamUrl(host=host, port=port or DEFAULT_PORT, database=database,
                   user=unquote(parts.username or ""),
                   password=None if parts.password is None else unquote(parts.password),
                   parameters=parameters)


def redact(text: str) -> str:
    """The URL with any password replaced, for messages about a URL that may not even parse."""
    try:
        parts = urlsplit(text)
        if parts.password is None:
            return text
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
        return parts._replace(netloc=netloc).geturl()
    except ValueError:
        scheme, separator, rest = text.partition("://")
        credentials, at, host = rest.rpartition("@")
        if at and ":" in credentials:
            return f"{scheme}{separator}{credentials.split(':', 1)[0]}:***@{host}"
        return text
