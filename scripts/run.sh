#!/usr/bin/env bash
# Installs what is missing, builds, and opens C2C Portfolio on your own
# portfolio (created from the seed cases on first start). Extra arguments go to
# the application, e.g. scripts/run.sh --lang ko
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
exec "${C2C_BUILD_DIR:-$ROOT/build}/app/c2c-portfolio" "$@"
