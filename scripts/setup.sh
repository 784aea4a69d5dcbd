#!/usr/bin/env bash
# Prepare this checkout to run Workbench: the system libraries Qt needs, a CJK
# font, Xvfb for machines without a screen, and a .venv with the project in it.
#
#   scripts/setup.sh          the application
#   scripts/setup.sh --test   the application and the test tools
#
# Safe to run again: apt is skipped when every package is installed, pip when
# the venv already matches pyproject.toml, so a second run needs no network.
set -euo pipefail

usage() { echo "usage: scripts/setup.sh [--test]" >&2; exit 2; }

extras=""
case "${1:-}" in
  "") ;;
  --test) extras="test" ;;
  -h|--help) usage ;;
  *) echo "setup: unknown option '$1'" >&2; usage ;;
esac
[ $# -le 1 ] || usage

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv="$repo/.venv"
log=$(mktemp -t workbench-setup.XXXXXX.log)
trap 'rm -f "$log"' EXIT

# Progress goes to stderr, so that scripts/run.sh leaves stdout to the program.
say() { printf 'setup: %s\n' "$*" >&2; }
die() {
  printf 'setup: FAILED: %s\n' "$1" >&2
  if [ -s "$log" ]; then
    printf -- '--- last lines of the output ---\n' >&2
    tail -n 30 "$log" >&2
  fi
  exit 1
}

# What `import PySide6.QtWidgets` needs on a bare Debian, then what a real window
# under Xvfb adds, then a font with Chinese glyphs (the data is in Chinese).
qt_packages="libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3"
xvfb_packages="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 xvfb xauth"
font_packages="fonts-noto-cjk"
# For the tests only: LibreOffice recalculates exported workbooks (about 25 s to install),
# prints them to PDF for the print check with Carlito (as wide as Excel's Calibri, so columns
# print as wide as they do from Excel), and opens exported slide decks (Impress). The team-project
# tests start a throwaway PostgreSQL server of their own (initdb/pg_ctl from the `postgresql` package).
test_packages="libreoffice-calc-nogui libreoffice-impress-nogui fonts-crosextra-carlito postgresql"

python_is_usable() {
  command -v python3 >/dev/null 2>&1 &&
    python3 -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null
}

missing_packages() {
  local wanted="$qt_packages $xvfb_packages $font_packages"
  # Debian's python3 ships venv/ensurepip separately; add them only when needed.
  python_is_usable || wanted="$wanted python3 python3-venv"
  [ -z "$extras" ] || wanted="$wanted $test_packages"
  local package
  for package in $wanted; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' ||
      printf ' %s' "$package"
  done
}

install_system_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    say "not a Debian-like system: install the Qt libraries, Xvfb and a CJK font yourself"
    return
  fi
  local missing
  missing=$(missing_packages)
  if [ -z "$missing" ]; then
    say "system packages: all present"
    return
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 ||
      die "missing system packages ($missing) and not root, no sudo: install them as root"
    sudo="sudo"
  fi
  say "system packages: installing$missing"
  $sudo apt-get update -qq >>"$log" 2>&1 || die "apt-get update failed (network?)"
  # shellcheck disable=SC2086 # the package list is meant to split into words
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    $missing >>"$log" 2>&1 || die "apt-get install failed for: $missing"
}

# The venv is up to date when it was built from this pyproject.toml with these
# extras; the stamp file records both.
stamp="$venv/.workbench-setup"
wanted_stamp() {
  printf '%s extras=%s' "$(sha256sum "$repo/pyproject.toml" | cut -d' ' -f1)" "${1:-none}"
}

venv_is_current() {
  local recorded
  recorded=$(cat "$stamp" 2>/dev/null) || return 1
  "$venv/bin/python" -c 'import workbench' 2>/dev/null || return 1
  # A venv set up for the tests also serves the application.
  [ "$recorded" = "$(wanted_stamp "$extras")" ] ||
    { [ -z "$extras" ] && [ "$recorded" = "$(wanted_stamp test)" ]; }
}

install_python_packages() {
  if venv_is_current; then
    say "python packages: up to date (.venv)"
    return
  fi
  python_is_usable || die "python3 >= 3.11 with venv is needed"
  if [ ! -e "$venv" ]; then
    say "creating .venv"
    python3 -m venv "$venv" >>"$log" 2>&1 || die "python3 -m venv failed"
  elif ! "$venv/bin/python" -c '' 2>/dev/null; then
    # e.g. a .venv made on another machine, pointing at a Python that is not here
    say "rebuilding .venv: its python does not run"
    python3 -m venv --clear "$venv" >>"$log" 2>&1 || die "python3 -m venv --clear failed"
  fi
  local target="."
  [ -z "$extras" ] || target=".[$extras]"
  say "python packages: installing '$target' into .venv (first time: a few minutes)"
  (cd "$repo" && "$venv/bin/python" -m pip install --disable-pip-version-check -q -e "$target") \
    >>"$log" 2>&1 || die "pip install -e '$target' failed"
  wanted_stamp "$extras" >"$stamp"
}

install_system_packages
install_python_packages
say "ready"
