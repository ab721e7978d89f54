#!/usr/bin/env bash
# Builds the Debian package dist/c2c-portfolio_<version>-1_<arch>.deb: a Release
# build with Debian's hardening flags in build-package/ (its own folder, tests
# left out), `cpack -G DEB`, then lintian, desktop-file-validate and appstreamcli
# on the result. Installs what is missing first (with sudo when not root).
#
#   scripts/package.sh [--screenshots URL] [--homepage URL]
#
# --screenshots names the web address under which docs/*.png are published, for
# the AppStream screenshots (AppStream accepts only web addresses); without it
# the metainfo has none. Environment: C2C_PACKAGE_BUILD_DIR (default
# build-package), C2C_BUILD_LOCK (default /tmp/c2c-build.lock: builds on a shared
# machine take turns).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${C2C_PACKAGE_BUILD_DIR:-$ROOT/build-package}"
LOCK="${C2C_BUILD_LOCK:-/tmp/c2c-build.lock}"
screenshots="" homepage=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --screenshots) screenshots="$2"; shift 2 ;;
        --homepage) homepage="$2"; shift 2 ;;
        *) echo "usage: $0 [--screenshots URL] [--homepage URL]" >&2; exit 2 ;;
    esac
done

"$ROOT/scripts/setup.sh" --packages-only
tools=(dpkg-dev file lintian desktop-file-utils appstream)
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    sudo=""; [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

locked() { flock "$LOCK" "$@"; }
# Debian's flags: fortify, stack protector, relro and bind-now (lintian checks them).
export DEB_BUILD_MAINT_OPTIONS="hardening=+all"
CXXFLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
LDFLAGS="$(dpkg-buildflags --get LDFLAGS)"
export CXXFLAGS LDFLAGS
locked cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DC2C_BUILD_TESTS=OFF -DC2C_SCREENSHOT_BASE_URL="$screenshots" -DC2C_HOMEPAGE_URL="$homepage" >/dev/null
locked cmake --build "$BUILD" --parallel "$(nproc)"
(cd "$BUILD" && cpack -G DEB >/dev/null)  # copies and strips: no compiler, no lock

mkdir -p "$ROOT/dist"
deb="$(ls -t "$BUILD"/c2c-portfolio_*.deb | head -1)"
cp "$deb" "$ROOT/dist/"
deb="$ROOT/dist/$(basename "$deb")"

# Validators: the menu entry and metainfo as installed, then the whole package.
check="$(mktemp -d)"
trap 'rm -rf "$check"' EXIT
dpkg-deb -x "$deb" "$check"
desktop-file-validate "$check"/usr/share/applications/*.desktop
appstreamcli validate --no-net "$check"/usr/share/metainfo/*.metainfo.xml
lintian --fail-on error "$deb"
echo "$deb"
