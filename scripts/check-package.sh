#!/usr/bin/env bash
# Installs the Debian package into a clean Debian 12 root, as an officer would
# on a fresh machine, and checks it: `apt install ./c2c-portfolio_*.deb` resolves
# the dependencies from the Debian mirror, `c2c-portfolio --version` runs, the
# command line speaks Korean under a Korean locale, the window starts (offscreen)
# and creates the portfolio, the menu entry, icons, file type and manual page are
# in place, and `apt remove` then `apt purge` leave nothing of it behind.
#
#   scripts/check-package.sh [dist/c2c-portfolio_*.deb]
#
# The clean root is made by debootstrap (minbase, bookworm, with its updates and
# security suites) from the mirror in /etc/apt/sources.list*, once, and kept as
# a tarball in C2C_CHECK_CACHE (default /var/tmp/c2c-check-package); each run
# unpacks a fresh copy. Needs root (chroot, mounts) and about 1.5 GB of disk.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deb="${1:-$(ls -t "$ROOT"/dist/c2c-portfolio_*.deb 2>/dev/null | head -1)}"
[[ -f "$deb" ]] || { echo "no package: run scripts/package.sh first, or name the .deb" >&2; exit 1; }
[[ "$(id -u)" -eq 0 ]] || { echo "$0 needs root (debootstrap, chroot)" >&2; exit 1; }
CACHE="${C2C_CHECK_CACHE:-/var/tmp/c2c-check-package}"
APP_ID=io.github.c2cportfolio.C2CPortfolio
MIRROR="${C2C_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap
mkdir -p "$CACHE"
base="$CACHE/bookworm-minbase.tar"
if [[ ! -s "$base" ]]; then
    echo "== debootstrap bookworm (once) from $MIRROR"
    tmp="$(mktemp -d "$CACHE/bootstrap.XXXX")"
    debootstrap --variant=minbase bookworm "$tmp" "$MIRROR" >"$CACHE/debootstrap.log"
    cat >"$tmp/etc/apt/sources.list" <<SOURCES
deb $MIRROR bookworm main
deb $MIRROR bookworm-updates main
deb ${MIRROR%/debian}/debian-security bookworm-security main
SOURCES
    tar -C "$tmp" -cf "$base.part" . && mv "$base.part" "$base"
    rm -rf "$tmp"
fi

root="$(mktemp -d "$CACHE/root.XXXX")"
chmod 755 "$root"  # apt downloads as _apt
cleanup() {
    for m in dev/pts dev proc sys; do mountpoint -q "$root/$m" && umount -l "$root/$m"; done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
tar -C "$root" -xf "$base"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root DEBIAN_FRONTEND=noninteractive "$@"; }

fail=0
check() { # description, command...
    local what="$1"; shift
    if "$@"; then echo "ok   $what"; else echo "FAIL $what"; fail=1; fi
}

echo "== apt install ./$(basename "$deb") in a clean Debian $(cat "$root/etc/debian_version")"
in_root apt-get update -qq
before="$(in_root dpkg-query -W -f='${Package}\n' | sort)"
in_root apt-get install -y -q "/tmp/$(basename "$deb")" >"$CACHE/install.log" 2>&1 \
    || { tail -30 "$CACHE/install.log"; exit 1; }
echo "   $(grep -Eo '[0-9]+ newly installed' "$CACHE/install.log")"

version="$(in_root env QT_QPA_PLATFORM=offscreen c2c-portfolio --version)"
echo "   c2c-portfolio --version: $version"
check "--version runs" test "$version" = "c2c-portfolio $(dpkg-deb -f "$deb" Version | sed 's/-[^-]*$//')"
check "--help in Korean under LANG=ko_KR.UTF-8" \
    bash -c "chroot '$root' env -i PATH=/usr/bin:/bin LANG=ko_KR.UTF-8 QT_QPA_PLATFORM=offscreen c2c-portfolio --help | grep -q '명령:'"
check "summary of the seed portfolio" \
    bash -c "chroot '$root' env -i PATH=/usr/bin:/bin HOME=/tmp/home QT_QPA_PLATFORM=offscreen c2c-portfolio summary --format json | grep -q '\"projects\": 13'"
# The window: it must still be running after a few seconds (timeout's 124), with its portfolio made.
set +e
chroot "$root" env -i PATH=/usr/bin:/bin HOME=/tmp/window QT_QPA_PLATFORM=offscreen LANG=ko_KR.UTF-8 \
    timeout 8 c2c-portfolio >"$CACHE/window.log" 2>&1
window=$?
set -e
check "the window starts and stays up (exit $window after 8 s)" test "$window" -eq 124
check "the window created its portfolio" test -s "$root/tmp/window/.local/share/c2c-portfolio/portfolio.c2c"

for f in /usr/bin/c2c-portfolio /usr/share/applications/$APP_ID.desktop /usr/share/metainfo/$APP_ID.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/$APP_ID.svg /usr/share/icons/hicolor/48x48/apps/$APP_ID.png \
         /usr/share/icons/hicolor/256x256/apps/$APP_ID.png /usr/share/mime/packages/$APP_ID.xml \
         /usr/share/man/man1/c2c-portfolio.1.gz /usr/share/man/ko/man1/c2c-portfolio.1.gz \
         /usr/share/doc/c2c-portfolio/copyright; do
    check "$f" test -s "$root$f"
done
# Caches that other packages' triggers build, when those packages are there.
if in_root dpkg-query -W -f='${Status}' shared-mime-info 2>/dev/null | grep -q "ok installed"; then
    check "file type registered (shared-mime-info)" test -s "$root/usr/share/mime/application/x-c2c-portfolio.xml"
fi
if in_root dpkg-query -W -f='${Status}' desktop-file-utils 2>/dev/null | grep -q "ok installed"; then
    check ".c2c opens with the app (mimeinfo.cache)" grep -q "x-c2c-portfolio=$APP_ID.desktop" "$root/usr/share/applications/mimeinfo.cache"
fi

echo "== apt remove, apt purge"
in_root apt-get remove -y -q c2c-portfolio >"$CACHE/remove.log" 2>&1
check "removed" bash -c "! chroot '$root' dpkg-query -W -f='\${Status}' c2c-portfolio 2>/dev/null | grep -q 'ok installed'"
# Installed from a file and without configuration files, a removed package is already gone
# from apt's view ("Unable to locate package"); dpkg --purge clears whatever state is left.
in_root dpkg --purge c2c-portfolio >>"$CACHE/remove.log" 2>&1
in_root apt-get autoremove --purge -y -q >>"$CACHE/remove.log" 2>&1
left="$(cd "$root" && find usr etc -path '*c2c*' -o -path "*$APP_ID*" | grep -v '^usr/share/doc$' || true)"
check "no file of it left" test -z "$left"
[[ -z "$left" ]] || echo "$left"
after="$(in_root dpkg-query -W -f='${Package}\n' | sort)"
check "autoremove returns the root to its packages before" test "$before" = "$after"
[[ $fail -eq 0 ]] && echo "== all checks passed" || echo "== some checks failed"
exit $fail
