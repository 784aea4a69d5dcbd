"""Whether a project location names a team database: a string test that imports nothing.

The window asks it on the GUI thread when a document opens, before the worker thread
has loaded the domain and storage layers; it must not load them itself.
"""

TEAM_URL_PREFIXES = ("postgresql://", "postgres://")


def is_team_location(location: object) -> bool:
    return isinstance(location, str) and location.lower().startswith(TEAM_URL_PREFIXES)
