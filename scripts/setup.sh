#!/usr/bin/env bash
# Shared by run.sh, test.sh and package.sh: installs the Debian 12 packages the
# build needs (only those missing; with sudo when not root), then configures and
# builds. With --packages-only it installs and stops (package.sh builds its own way).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${C2C_BUILD_DIR:-$ROOT/build}"

PACKAGES=(
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev
  libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n libboost-test-dev libgl-dev
  libxlsxwriter-dev libsqlite3-dev libicu-dev sqlite3 iso-codes gettext python3 fonts-nanum
  cmake g++ ninja-build ccache xvfb xauth x11-utils imagemagick poppler-utils libxml2-utils unzip
  desktop-file-utils appstream
)

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
  if [ ! -f "$BUILD/build.ninja" ]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  fi
  cmake --build "$BUILD" --parallel "$(nproc)"
}

install_missing
[ "${1:-}" = "--packages-only" ] && exit 0
configure_and_build
