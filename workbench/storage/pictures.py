"""Pictures that exports need but storage cannot draw (storage has no Qt): makers registered by the ui.

A maker is `maker(workspace, **arguments) -> bytes` (PNG). The ui registers its
makers when the window starts, and the command line registers the QtGui-only
ones before a PDF, slide or workbook export, so no export needs a panel or a
widget. An export asking for a picture nobody registered leaves it out.
"""

from __future__ import annotations

from typing import Callable

PictureMaker = Callable[..., bytes]
_makers: dict[str, PictureMaker] = {}


def register_picture(name: str, maker: PictureMaker) -> None:
    _makers[name] = maker


def make_picture(name: str, workspace, **arguments) -> bytes | None:
    """The picture's PNG bytes; None when no maker is registered under `name`."""
    maker = _makers.get(name)
    return None if maker is None else maker(workspace, **arguments)
