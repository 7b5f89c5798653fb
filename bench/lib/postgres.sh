# shellcheck shell=bash
# Section 3: PostgreSQL (target: DbSync at most 1.1x psql).
#
# postgres_dialect_available is kept so an older tool (without DbSync.PostgreSql) skips the section rather than fail.
# Both sides run each version in one transaction with its version-row update (DbSync also holds pg_advisory_lock on
# a connection of its own and checks it at most once a second, overlapped with the version's statements).

PG_PID=""
PG_BIN=/usr/lib/postgresql/15/bin

# The tool knows the scheme when it no longer answers "unsupported database scheme" (asked with a port nobody
# listens on, so no server is needed).
postgres_dialect_available() {
  local probe="$WORK/postgres-probe.conf" answer
  printf '[database]\nconnection = postgresql://bench@127.0.0.1:1/bench\n' > "$probe"
  answer=$("$DBSYNC" --config-file "$probe" --repository "$W_REPO" version 2>&1 || true)
  ! grep -qi 'unsupported database scheme' <<<"$answer"
}

# A private server as the postgres user (initdb refuses root): ENGINEERING.md "Packages now served".
postgres_start() {
  PG_DIR="$WORK/postgres"
  rm -rf "$PG_DIR"; mkdir -p "$PG_DIR"; chown postgres "$PG_DIR"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust >"$WORK/logs/initdb.log" 2>&1 \
    || die "initdb failed; see $WORK/logs/initdb.log"
  PG_PORT=$(free_port)
  runuser -u postgres -- "$PG_BIN/postgres" -D "$PG_DIR/data" -k "$PG_DIR" -p "$PG_PORT" \
    -c listen_addresses=127.0.0.1 >"$PG_DIR/server.log" 2>&1 &
  PG_PID=$!
  local i
  for ((i = 0; i < 300; i++)); do
    psql_admin -c 'SELECT 1' >/dev/null 2>&1 && break
    kill -0 "$PG_PID" 2>/dev/null || die "postgres exited; see $PG_DIR/server.log"
    sleep 0.1
  done
  meta postgres "$(psql_admin -tAc 'SELECT version()' | cut -d, -f1), fsync=$(psql_admin -tAc 'SHOW fsync'), synchronous_commit=$(psql_admin -tAc 'SHOW synchronous_commit')"
}

# Stops our own server: pg_ctl signals the postmaster named in our datadir's postmaster.pid; then we wait for our
# job (runuser) only.
postgres_stop() {
  if [ -n "$PG_PID" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || kill -TERM "$PG_PID" 2>/dev/null || true
    wait "$PG_PID" 2>/dev/null || true
    PG_PID=""
  fi
}

psql_admin() { psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres "$@"; }

fresh_postgres() {
  PG_RUN=$((PG_RUN + 1))
  [ -z "${P_DB:-}" ] || psql_admin -c "DROP DATABASE IF EXISTS $P_DB" >/dev/null
  P_DB="bench_$PG_RUN"
  psql_admin -c "CREATE DATABASE $P_DB ENCODING 'UTF8' TEMPLATE template0" >/dev/null
  printf '[database]\nconnection = postgresql://postgres@127.0.0.1:%s/%s\n' "$PG_PORT" "$P_DB" > "$WORK/postgres.conf"
}

# The floor: psql running the same statements, one transaction per version with its version-row update
# (PostgreSQL's DDL is transactional, as SQLite's), the same client file as SQLite's floor minus IMMEDIATE.
run_psql_floor() { "${TIME[@]}" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$P_DB" -f "$PG_FLOOR"; }
run_dbsync_postgres() { "${TIME[@]}" "$DBSYNC" --config-file "$WORK/postgres.conf" --repository "$W_REPO" upgrade; }
check_postgres() {
  [ "$(psql_admin -d "$P_DB" -tAc "SELECT version FROM migrate_version WHERE repository_id = 'bench'")" = "$W_N" ] &&
    [ "$(psql_admin -d "$P_DB" -tAc "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 't%'")" = "$W_N" ]
}

section_postgres() {
  workload "$N"
  local dialect=1
  if ! postgres_dialect_available; then
    dialect=0
    echo "not yet: no PostgreSQL dialect" >&2
    note postgres "not yet: no PostgreSQL dialect (the tool answers \`unsupported database scheme 'postgresql'\`); skipped"
    [ "${PG_FLOOR:-0}" = 1 ] || return 0
  fi
  log "PostgreSQL, $N versions"
  PG_FLOOR="$WORK/client-$N-postgres.sql"
  sed 's/^BEGIN IMMEDIATE;$/BEGIN;/' "$W_FLOOR" > "$PG_FLOOR"
  postgres_start
  PG_RUN=0; P_DB=""
  [ "$dialect" = 0 ] || contender dbsync "$(dbsync_label)" fresh_postgres run_dbsync_postgres check_postgres
  contender floor "psql, one transaction per version with its version row (floor)" fresh_postgres run_psql_floor check_postgres
  run_interleaved postgres "$RUNS_MARIADB"
  postgres_stop
  rm -rf "$PG_DIR"
}
