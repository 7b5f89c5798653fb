#!/usr/bin/env bash
# What each contender of the MariaDB and PostgreSQL sections asks of the server, counted by the server itself:
# statements and commits, log flushes to disk (InnoDB redo fsyncs; PostgreSQL WAL syncs). One run of each, on a
# fresh database of a private server, with the tool bench/run installed (bench/out/tool-native). Counts, not times:
# they do not move with the machine's load. Usage: bench/profile/server-work.sh [VERSIONS] (default 200).
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$BENCH_DIR/common.sh"
source "$BENCH_DIR/lib/harness.sh"
source "$BENCH_DIR/lib/sqlite.sh"
source "$BENCH_DIR/lib/mariadb.sh"
source "$BENCH_DIR/lib/postgres.sh"
PYTHON=/usr/bin/python3
WORK="$(mktemp -d "${TMPDIR:-/tmp}/dbsync-server-work-XXXXXX")"; chmod 755 "$WORK"; mkdir -p "$WORK/logs"; META="$WORK/meta"
trap 'mariadb_stop; postgres_stop; rm -rf "$WORK"' EXIT
DBSYNC="$BENCH_DIR/out/tool-native/dotnet-dbsync"
[ -x "$DBSYNC" ] || die "run bench/run first: it installs $DBSYNC"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
workload "${1:-200}"

mariadb_counters() {
  mariadb_root -N -e "SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions', 'Com_commit', 'Com_insert', 'Com_update', 'Com_select', 'Com_create_table', 'Com_delete', 'Com_begin', 'Com_set_option', 'Com_stmt_execute', 'Com_stmt_prepare', 'Innodb_data_fsyncs', 'Innodb_log_writes')" | awk '{ printf "%s=%s ", $1, $2 }'
}
mariadb_start
MARIADB_RUN=0; M_DB=""
for who in dbsync floor; do
  fresh_mariadb
  before=$(mariadb_counters)
  if [ "$who" = dbsync ]; then run_dbsync_mariadb >/dev/null 2>&1; else run_mariadb_floor >/dev/null 2>&1; fi
  check_mariadb || die "MariaDB $who did not reach version $W_N"
  echo "mariadb $who, $W_N versions: before: $before"
  echo "mariadb $who, $W_N versions: after:  $(mariadb_counters)"
done
mariadb_stop

PG_FLOOR="$WORK/client-postgres.sql"; sed 's/^BEGIN IMMEDIATE;$/BEGIN;/' "$W_FLOOR" > "$PG_FLOOR"
postgres_counters() {
  psql_admin -tAc "SELECT 'wal_sync=' || wal_sync || ' wal_records=' || wal_records FROM pg_stat_wal" | tr '\n' ' '
  psql_admin -tAc "SELECT 'xact_commit=' || sum(xact_commit) FROM pg_stat_database" | tr '\n' ' '
}
postgres_start
PG_RUN=0; P_DB=""
for who in dbsync floor; do
  fresh_postgres
  before=$(postgres_counters)
  if [ "$who" = dbsync ]; then run_dbsync_postgres >/dev/null 2>&1; else run_psql_floor >/dev/null 2>&1; fi
  check_postgres || die "PostgreSQL $who did not reach version $W_N"
  sleep 1 # pg_stat_wal and pg_stat_database are updated by the backends at exit
  echo "postgres $who, $W_N versions: before: $before"
  echo "postgres $who, $W_N versions: after:  $(postgres_counters)"
done
