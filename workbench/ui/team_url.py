"""Team project URLs as the window shows and keeps them: never with a password."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

SSL_MODES = ("", "disable", "allow", "prefer", "require", "verify-ca", "verify-full")
"""libpq's sslmode values; "" leaves libpq's default (prefer)."""


def without_password(url: str) -> str:
    """url with any password taken out of its user part."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    netloc = f"{user}@{host}" if user else host
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


def password_in(url: str) -> str | None:
    return urlsplit(url).password


def with_sslmode(url: str, sslmode: str) -> str:
    """url with its sslmode query parameter set to sslmode ("" takes it out)."""
    parts = urlsplit(url)
    query = [(name, value) for name, value in parse_qsl(parts.query) if name != "sslmode"]
    if sslmode:
        query.append(("sslmode", sslmode))
    return urlunsplit(parts._replace(query=urlencode(query)))


def sslmode_of(url: str) -> str:
    return dict(parse_qsl(urlsplit(url).query)).get("sslmode", "")
