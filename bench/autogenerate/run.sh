#!/usr/bin/env bash
# Times `dotnet dbsync revision --autogenerate` on a 300-table schema (DESIGN.md section 11: under 1 s), whole process
# (hyperfine) and the engine part (the timings the tool prints with --debug: introspecting the database, loading the
# model into a scratch database, comparing and rendering). Generates a repository whose version 1 creates TABLES tables
# (an SQLite database upgraded to it) and a model.sql with about 60 changes against it: added columns (ALTER TABLE),
# widened columns (table rebuilds), added and dropped indexes, new tables. Also times the no-change case and `check`.
# Results go to bench/out/autogenerate/*.md. Needs: hyperfine. Usage: bench/autogenerate/run.sh [TABLES] (default 300); RUNS=10 by default.
set -euo pipefail
# shellcheck source=../common.sh
source "$(dirname "$0")/../common.sh"
# shellcheck source=workload.sh
source "$(dirname "$0")/workload.sh"
# A folder of its own: other bench scripts reinstall the tool in bench/out.
OUT="$BENCH_ROOT/out/autogenerate"
TABLES="${1:-300}"
RUNS="${RUNS:-10}"
# Outside the checkout: under it, `dotnet dbsync` would run the version named in .config/dotnet-tools.json instead.
WORK="$(mktemp -d "${TMPDIR:-/tmp}/dbsync-bench-autogenerate-XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"
install_tool

autogenerate_workload "$WORK/repo" "$TABLES"

cd "$WORK"
DB="$WORK/bench.sqlite"
printf '[database]\nconnection = sqlite:///%s\n' "$DB" > bench.conf
run() { $DBSYNC --config-file bench.conf --repository repo "$@"; }
run upgrade >/dev/null
echo "database: $TABLES tables; model: $((TABLES + 5)) tables" >&2
run revision -m probe --autogenerate | head -1 >&2
rm -f repo/versions/002_*

hyperfine --warmup 2 --runs "$RUNS" --export-markdown "$OUT/autogenerate.md" --prepare "rm -f $WORK/repo/versions/002_*" \
  -n "revision --autogenerate (~60 changes)" "$DBSYNC --config-file bench.conf --repository repo revision -m bench --autogenerate" \
  -n "check (apply version 1 in a scratch database, compare)" "$DBSYNC --config-file bench.conf --repository repo check || true" \
  -n "start-up floor: dotnet dbsync --version" "$DBSYNC --version"

# The engine part, from --debug: median over RUNS of each phase and of their sum.
for _ in $(seq 1 "$RUNS"); do
  rm -f repo/versions/002_*
  run --debug revision -m bench --autogenerate 2>&1 >/dev/null | awk '
    /debug: introspected the database/ { match($0, /in [0-9.]+ ms/); i = substr($0, RSTART + 3, RLENGTH - 6) }
    /debug: loaded the model/ { match($0, /in [0-9.]+ ms/); m = substr($0, RSTART + 3, RLENGTH - 6) }
    /debug: compared and rendered/ { match($0, /in [0-9.]+ ms/); c = substr($0, RSTART + 3, RLENGTH - 6) }
    /debug: autogenerate took/ { match($0, /took [0-9.]+ ms/); t = substr($0, RSTART + 5, RLENGTH - 8) }
    END { printf "%s %s %s %s\n", i, m, c, t }'
done > "$WORK/engine.txt"
rm -f repo/versions/002_*
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
{
  echo
  echo "| engine phase (median of $RUNS, ms) | time |"
  echo "|:---|---:|"
  echo "| introspect the database ($TABLES tables, 4 queries) | $(cut -d' ' -f1 engine.txt | median) |"
  echo "| load model.sql into in-memory SQLite and introspect it (meanwhile, on another thread) | $(cut -d' ' -f2 engine.txt | median) |"
  echo "| compare and render upgrade + downgrade | $(cut -d' ' -f3 engine.txt | median) |"
  echo "| engine total, wall clock | $(cut -d' ' -f4 engine.txt | median) |"
} > "$OUT/engine.md"
cat "$OUT/autogenerate.md" "$OUT/engine.md"
