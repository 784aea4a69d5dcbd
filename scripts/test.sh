#!/usr/bin/env bash
# Set up (if needed, with the test tools) and run the whole test suite without a
# screen. Arguments go on to pytest; the exit code is pytest's.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$repo/scripts/setup.sh" --test
cd "$repo"
QT_QPA_PLATFORM=offscreen exec .venv/bin/python -m pytest "$@"
