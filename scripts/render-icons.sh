#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from its SVG (the PNGs are
# committed, so building needs no SVG renderer). Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
icons="$ROOT/resources/desktop/icons"
id=io.github.c2cportfolio.C2CPortfolio
command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found: apt install librsvg2-bin" >&2; exit 1; }
for size in 16 24 32 48 64 128 256; do
    mkdir -p "$icons/$size"
    rsvg-convert -w "$size" -h "$size" "$icons/$id.svg" -o "$icons/$size/$id.png"
done
