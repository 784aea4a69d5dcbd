#!/usr/bin/env bash
# Build the offline bundle: dist/Workbench/, one folder with the executable `Workbench` that
# runs without Python installed (the window, and the same commands as main.py).
#   bash scripts/bundle.sh
# Uses the project's .venv (set up with the test tools, which include PyInstaller) and
# scripts/workbench.spec. On Windows and macOS, see the README's "Offline bundle" section.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$repo/scripts/setup.sh" --test
cd "$repo"
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$repo/dist" --workpath "$repo/build/pyinstaller" scripts/workbench.spec
size=$(du -sh "$repo/dist/Workbench" | cut -f1)
echo "bundle: dist/Workbench ($size); run dist/Workbench/Workbench" >&2
