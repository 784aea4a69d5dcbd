"""Ids for records the analyst adds: suggested from a name, checked to be new and well formed."""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable

from .rules import DomainError

MAX_ID_LENGTH = 40
_WELL_FORMED = re.compile(r"[A-Za-z0-9_.-]{1,%d}" % MAX_ID_LENGTH)


def slug(text: str, fallback: str, length: int = MAX_ID_LENGTH) -> str:
    """Lower-case Latin letters, digits and `_` from text (accents dropped); fallback when none is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")[:length] or fallback


def unique_id(base: str, existing_keys: Iterable[tuple]) -> str:
    """base, or base_2, base_3… whichever no existing key holds (letter case ignored)."""
    taken = {key[0].casefold() for key in existing_keys}
    candidate, number = base, 2
    while candidate.casefold() in taken:
        candidate, number = f"{base}_{number}", number + 1
    return candidate


def check_new_id(new_id: str, existing_keys: Iterable[tuple], field: str, what: str) -> str:
    """The id trimmed; DomainError when it is malformed or taken (letter case ignored)."""
    new_id = new_id.strip()
    if not _WELL_FORMED.fullmatch(new_id):
        raise DomainError([(field, f"use 1-{MAX_ID_LENGTH} letters, digits, '_', '.' or '-'")])
    if new_id.casefold() in {key[0].casefold() for key in existing_keys}:
        raise DomainError([(field, f"a {what} {new_id!r} exists already")])
    return new_id
