#!/usr/bin/env bash
# Times a CSV import against its anchor, side by side in one run on this machine:
# a synthetic portfolio CSV (gen_portfolio.py) imported by `sqlite3 .import --csv`
# into a fresh table, then by `c2c-portfolio import` into a new portfolio.
# Prints both wall-clock times and their ratio; the median of --runs runs each.
#
#   scripts/bench-import.sh [--rows N] [--seed S] [--runs N] [--keep DIR]
#
# Environment: C2C_BUILD_DIR (default build), C2C_GEN_PORTFOLIO (default
# ../shared/tools/gen_portfolio.py next to the repository), SQLITE3 (default sqlite3).
# On a shared machine, hold other builds off while timing, e.g.
#   flock /tmp/c2c-build.lock scripts/bench-import.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows=1000000 seed=42 runs=1 keep=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --rows) rows="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --keep) keep="$2"; shift 2 ;;
        *) echo "usage: $0 [--rows N] [--seed S] [--runs N] [--keep DIR]" >&2; exit 2 ;;
    esac
done
app="${C2C_BUILD_DIR:-$ROOT/build}/app/c2c-portfolio"
gen="${C2C_GEN_PORTFOLIO:-$ROOT/../shared/tools/gen_portfolio.py}"
sqlite="${SQLITE3:-sqlite3}"
for need in "$app" "$gen"; do
    [[ -e "$need" ]] || { echo "$need: not found" >&2; exit 1; }
done
command -v "$sqlite" >/dev/null || { echo "$sqlite: not found" >&2; exit 1; }

work="${keep:-$(mktemp -d)}"
mkdir -p "$work"
[[ -n "$keep" ]] || trap 'rm -rf "$work"' EXIT
csv="$work/portfolio-$rows-$seed.csv"
if [[ ! -s "$csv" ]]; then
    echo "generating $rows rows (seed $seed) ..." >&2
    python3 "$gen" --rows "$rows" --seed "$seed" >"$csv.tmp"
    mv "$csv.tmp" "$csv"
fi

now() { date +%s.%N; }
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# One timing of the anchor: the CSV into a fresh table of a fresh database.
time_sqlite() {
    rm -f "$work/anchor.db"*
    local t0 t1
    t0=$(now)
    "$sqlite" "$work/anchor.db" ".import --csv $csv project"
    t1=$(now)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }'
}

# One timing of ours: the CSV into a new portfolio, every check on, one transaction.
time_ours() {
    rm -f "$work/ours.c2c"*
    local t0 t1
    t0=$(now)
    if ! QT_QPA_PLATFORM=offscreen "$app" import --format csv --db "$work/ours.c2c" "$csv" \
        >"$work/ours.out" 2>"$work/ours.err"; then
        cat "$work/ours.err" >&2
        exit 1
    fi
    t1=$(now)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }'
}

anchor=() ours=()
for ((i = 0; i < runs; ++i)); do
    anchor+=("$(time_sqlite)")
    ours+=("$(time_ours)")
done
a=$(printf '%s\n' "${anchor[@]}" | median)
o=$(printf '%s\n' "${ours[@]}" | median)
imported=$(grep -o 'Imported [0-9]*' "$work/ours.out" || true)
stored=$("$sqlite" "$work/anchor.db" "SELECT count(*) FROM project")
printf 'rows: %s (seed %s), CSV %s MB, median of %s run(s)\n' "$rows" "$seed" \
    "$(( $(stat -c %s "$csv") / 1000000 ))" "$runs"
printf 'sqlite3 .import --csv   %8.2f s  (%s rows)\n' "$a" "$stored"
printf 'c2c-portfolio import    %8.2f s  (%s)\n' "$o" "$imported"
printf 'ratio                   %8.2f x\n' "$(awk -v o="$o" -v a="$a" 'BEGIN { print o / a }')"
