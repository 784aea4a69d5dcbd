"""One module per sheet; each registers itself with ``@sheet`` (see ..registry)."""
