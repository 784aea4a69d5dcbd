"""Open one panel on its own window over the bundled dataset (for `python -m ...panels.x`)."""

from __future__ import annotations

import sys

from .app import create_app
from .session import Session


def preview_panel(panel_class: type) -> int:
    from workbench.storage.opening import BUNDLED_DATASET, open_workspace

    app = create_app(sys.argv)
    result = open_workspace(BUNDLED_DATASET)
    if result.workspace is None:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        return 1
    session = Session(result.workspace)
    panel = panel_class(session)
    panel.setWindowTitle(panel.title())
    panel.resize(1000, 600)
    panel.show()
    return app.exec()
