#!/usr/bin/env bash
# Times `dotnet dbsync upgrade` of 1,000 generated versions on an SQLite file against the sqlite3 client doing the
# same commits, and sqlalchemy-migrate on the same repository (DESIGN.md section 11). Needs: sqlite3, hyperfine,
# python3-migrate (optional). Usage: bench/sqlite/run.sh [COUNT]
set -euo pipefail
source "$(dirname "$0")/../common.sh"
COUNT="${1:-1000}"
WORK="$OUT/sqlite"
mkdir -p "$WORK"
install_tool
generate_repository "$WORK/repo" "$COUNT"
DB="$WORK/bench.sqlite"

# The same statements for the client, in the three shapes of the design's table.
per_version="$WORK/per-version.sql"; autocommit="$WORK/autocommit.sql"; single="$WORK/single.sql"
{
  echo "CREATE TABLE migrate_version (repository_id VARCHAR(250) NOT NULL, repository_path TEXT, version INTEGER, PRIMARY KEY (repository_id));"
  echo "INSERT INTO migrate_version VALUES ('bench', '$WORK/repo', 0);"
} > "$WORK/control.sql"
cp "$WORK/control.sql" "$per_version"; cp "$WORK/control.sql" "$autocommit"; { echo "BEGIN;"; cat "$WORK/control.sql"; } > "$single"
for f in "$WORK"/repo/versions/*_upgrade.sql; do
  v=$((10#$(basename "$f" | cut -d_ -f1)))
  { echo "BEGIN IMMEDIATE;"; cat "$f"; echo "UPDATE migrate_version SET version = $v WHERE repository_id = 'bench' AND version = $((v - 1));"; echo "COMMIT;"; } >> "$per_version"
  { cat "$f"; echo "UPDATE migrate_version SET version = $v WHERE repository_id = 'bench';"; } >> "$autocommit"
  { cat "$f"; echo "UPDATE migrate_version SET version = $v WHERE repository_id = 'bench';"; } >> "$single"
done
echo "COMMIT;" >> "$single"

cd "$WORK"
printf '[database]\nconnection = sqlite:///%s\n' "$DB" > bench.conf
hyperfine --warmup 1 --runs "${RUNS:-5}" --export-markdown "$WORK/results.md" \
  --prepare "rm -f $DB" \
  -n "dotnet dbsync upgrade" "$DBSYNC --config-file bench.conf --repository repo upgrade" \
  -n "sqlite3, one transaction per version + version row" "sqlite3 $DB < $per_version" \
  -n "sqlite3, one statement at a time" "sqlite3 $DB < $autocommit" \
  -n "sqlite3, everything in one transaction" "sqlite3 $DB < $single"

# Start-up: a read-only command on an up-to-date database.
$DBSYNC --config-file bench.conf --repository repo upgrade >/dev/null
hyperfine --warmup 2 --runs 10 --export-markdown "$WORK/startup.md" -n "dotnet dbsync version" "$DBSYNC --config-file bench.conf --repository repo version"

if /usr/bin/python3 -c "import migrate" 2>/dev/null; then
  hyperfine --runs 1 --export-markdown "$WORK/migrate.md" --prepare "rm -f $DB" \
    -n "sqlalchemy-migrate upgrade" "/usr/bin/python3 -c \"from migrate.versioning import api; u='sqlite:///$DB'; api.version_control(u, 'repo'); api.upgrade(u, 'repo')\""
fi
cat "$WORK"/results.md "$WORK"/startup.md "$WORK"/migrate.md 2>/dev/null
