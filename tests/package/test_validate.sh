#!/usr/bin/env bash
# The menu entry, the AppStream metainfo (as built, and with the screenshots a
# published build names) and the file type pass their own validators.
# Exits 77 (skipped) when a validator is not installed (scripts/setup.sh installs them).
#   test_validate.sh SOURCE_DIR BUILD_DIR VERSION
set -euo pipefail
src="$1" build="$2" version="$3"
id=io.github.c2cportfolio.C2CPortfolio
for tool in desktop-file-validate appstreamcli update-mime-database; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed: skipped"; exit 77; }
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail=0

desktop-file-validate "$src/resources/desktop/$id.desktop" || fail=1
appstreamcli validate --no-net "$build/desktop/$id.metainfo.xml" || fail=1

cmake -DC2C_METAINFO_IN="$src/resources/desktop/$id.metainfo.xml.in" -DC2C_METAINFO_OUT="$tmp/$id.metainfo.xml" \
      -DPROJECT_VERSION="$version" -DC2C_HOMEPAGE_URL=https://example.org/c2c-portfolio \
      -DC2C_SCREENSHOT_BASE_URL=https://example.org/c2c-portfolio/docs -P "$src/cmake/WriteMetainfo.cmake"
appstreamcli validate --no-net "$tmp/$id.metainfo.xml" || fail=1
shots="$(grep -o '<image>[^<]*</image>' "$tmp/$id.metainfo.xml" | sed 's|.*/\([^/<]*\)</image>|\1|')"
[[ "$(wc -w <<<"$shots")" -ge 3 ]] || { echo "FAIL: too few screenshots: $shots" >&2; fail=1; }
for shot in $shots; do
    [[ -s "$src/docs/$shot" ]] || { echo "FAIL: screenshot docs/$shot does not exist" >&2; fail=1; }
done

# update-mime-database reports a malformed type definition and writes the type only if it is well formed.
mkdir -p "$tmp/mime/packages"
cp "$src/resources/desktop/$id.mime.xml" "$tmp/mime/packages/$id.xml"
out="$(XDG_DATA_DIRS="$tmp" update-mime-database "$tmp/mime" 2>&1)"
[[ -z "$out" ]] || { echo "FAIL: update-mime-database: $out" >&2; fail=1; }
[[ -s "$tmp/mime/application/x-c2c-portfolio.xml" ]] || { echo "FAIL: no application/x-c2c-portfolio" >&2; fail=1; }
exit $fail
