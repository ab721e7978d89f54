#!/usr/bin/env bash
# `cmake --install` of the build into a temporary DESTDIR: every file a desktop
# and a Debian package need is there, the installed executable runs and finds its
# Korean translation (compiled in), and the manual page, in English and in Korean,
# names every command and option that --help lists.
#   test_install.sh BUILD_DIR
set -euo pipefail
build="$1"
dest="$(mktemp -d)"
trap 'rm -rf "$dest"' EXIT
id=io.github.c2cportfolio.C2CPortfolio
fail=0
expect() { # description, command...
    local what="$1"; shift
    "$@" || { echo "FAIL: $what" >&2; fail=1; }
}

DESTDIR="$dest" cmake --install "$build" --prefix /usr >/dev/null
share="$dest/usr/share"
for f in "$dest/usr/bin/c2c-portfolio" "$share/applications/$id.desktop" "$share/metainfo/$id.metainfo.xml" \
         "$share/mime/packages/$id.xml" "$share/icons/hicolor/scalable/apps/$id.svg" \
         "$share/man/man1/c2c-portfolio.1.gz" "$share/man/ko/man1/c2c-portfolio.1.gz" \
         "$share/doc/c2c-portfolio/copyright" \
         "$share/doc/c2c-portfolio/changelog.Debian.gz"; do
    expect "$f is installed" test -s "$f"
done
for size in 16 24 32 48 64 128 256; do
    png="$share/icons/hicolor/${size}x${size}/apps/$id.png"
    expect "$png is a ${size}x${size} PNG" bash -c "file '$png' | grep -q 'PNG image data, $size x $size'"
done
expect "the executable is executable" test -x "$dest/usr/bin/c2c-portfolio"
expect "the desktop file starts the installed command" grep -qx 'Exec=c2c-portfolio %f' "$share/applications/$id.desktop"
expect "the desktop file names the icon" grep -qx "Icon=$id" "$share/applications/$id.desktop"

app=("$dest/usr/bin/c2c-portfolio")
export QT_QPA_PLATFORM=offscreen HOME="$dest/home" XDG_DATA_HOME="$dest/home/data" XDG_CONFIG_HOME="$dest/home/config"
version="$("${app[@]}" --version)"
expect "--version prints the version ($version)" test "$version" = "c2c-portfolio $(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$share/metainfo/$id.metainfo.xml")"
expect "Korean with --lang ko" bash -c "'${app[0]}' --help --lang ko | grep -q '명령:'"
expect "Korean under LANG=ko_KR.UTF-8" bash -c "env -u LC_ALL -u LC_MESSAGES LANG=ko_KR.UTF-8 '${app[0]}' --help | grep -q '명령:'"
expect "English under LANG=C.UTF-8" bash -c "env -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 '${app[0]}' --help | grep -q 'Commands:'"

# The manual pages against --help: every command, and every option of every command.
commands="$("${app[@]}" --help --lang en | awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }')"
expect "--help lists the commands" test "$(wc -w <<<"$commands")" -ge 9
declare -A options
for c in $commands; do
    options[$c]="$("${app[@]}" "$c" --help --lang en | grep -oE '^ +(-[a-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+' \
                   | grep -vxE -- '--help.*|--version' || true)"
done
for page in "$share/man/man1/c2c-portfolio.1.gz" "$share/man/ko/man1/c2c-portfolio.1.gz"; do
    man="$(gzip -dc "$page")"
    for c in $commands; do
        grep -q "^\.BI\? $c\b" <<<"$man" || { echo "FAIL: $page has no command $c" >&2; fail=1; }
        for o in ${options[$c]}; do
            grep -qF -- "${o//-/\\-}" <<<"$man" || { echo "FAIL: $page does not name $c $o" >&2; fail=1; }
        done
    done
done
# The Korean page is Korean, in UTF-8, and man reads its name line for whatis.
ko="$share/man/ko/man1/c2c-portfolio.1.gz"
expect "the Korean manual page is UTF-8" bash -c "gzip -dc '$ko' | iconv -f UTF-8 -t UTF-8 >/dev/null"
expect "the Korean manual page has Korean sections" bash -c "gzip -dc '$ko' | grep -qx '\.SH 설명'"
if command -v lexgrog >/dev/null; then
    expect "whatis reads the Korean page's name" bash -c "lexgrog '$ko' | grep -q 'c2c-portfolio - 도시 간'"
fi
exit $fail
