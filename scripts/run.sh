#!/usr/bin/env bash
# Set up (if needed) and open Workbench on the bundled dataset.
# Arguments go on to main.py, e.g. `scripts/run.sh validate datasets/...`.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$repo/scripts/setup.sh"
cd "$repo"

# Headless commands (validate, export, ...) and --help need no screen; the window
# does. On a Linux machine without a screen it still opens, on a virtual one.
opens_window=true
case "${1:-}" in validate|export|import|screenshot|-*) opens_window=false ;; esac
if $opens_window && [ "$(uname -s)" = Linux ] &&
   [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run: no display found; the window opens on a virtual screen (Xvfb) and is not visible. Stop it with Ctrl+C." >&2
  exec xvfb-run -a .venv/bin/python main.py "$@"
fi
exec .venv/bin/python main.py "$@"
