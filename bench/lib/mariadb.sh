# shellcheck shell=bash
# Section 2: MariaDB. A private mariadbd on a temporary datadir and a free port (ENGINEERING.md "Drivers"), default
# InnoDB settings (every commit flushed), binary log off. Contenders on a fresh database each run, over TCP:
# DbSync `upgrade`, the `mariadb` client running the same statements one at a time with the version-row update
# after each version (the floor), sqlalchemy-migrate with PyMySQL.

MARIADB_PID=""
MARIADB_PASSWORD='b3nch@pw'
MARIADB_PASSWORD_URL='b3nch%40pw'

mariadb_start() {
  MARIADB_DIR="$WORK/mariadb"
  rm -rf "$MARIADB_DIR"; mkdir -p "$MARIADB_DIR"
  mariadb-install-db --no-defaults --datadir="$MARIADB_DIR/data" --auth-root-authentication-method=normal \
    --user="$(id -un)" --skip-test-db >"$WORK/logs/mariadb-install.log" 2>&1 || die "mariadb-install-db failed"
  MARIADB_PORT=$(free_port)
  mariadbd --no-defaults --datadir="$MARIADB_DIR/data" --socket="$MARIADB_DIR/sock" --port="$MARIADB_PORT" \
    --bind-address=127.0.0.1 --user="$(id -un)" --skip-log-bin --log-error="$MARIADB_DIR/error.log" \
    --pid-file="$MARIADB_DIR/mariadbd.pid" >"$MARIADB_DIR/stderr.log" 2>&1 &
  MARIADB_PID=$!
  local i
  for ((i = 0; i < 600; i++)); do
    mariadb_root -e 'SELECT 1' >/dev/null 2>&1 && break
    kill -0 "$MARIADB_PID" 2>/dev/null || die "mariadbd exited; see $MARIADB_DIR/error.log"
    sleep 0.1
  done
  mariadb_root -e "CREATE USER 'bench'@'127.0.0.1' IDENTIFIED BY '$MARIADB_PASSWORD'; GRANT ALL ON *.* TO 'bench'@'127.0.0.1';" \
    || die "MariaDB did not start; see $MARIADB_DIR/error.log"
  meta mariadb "$(mariadb_root -N -e 'SELECT VERSION()'), innodb_flush_log_at_trx_commit=$(mariadb_root -N -e 'SELECT @@innodb_flush_log_at_trx_commit'), log_bin=$(mariadb_root -N -e 'SELECT @@log_bin')"
}

# Stops our own server by its pid (never by name), and waits for that job only.
mariadb_stop() {
  if [ -n "$MARIADB_PID" ]; then
    kill -TERM "$MARIADB_PID" 2>/dev/null || true
    wait "$MARIADB_PID" 2>/dev/null || true
    MARIADB_PID=""
  fi
}

mariadb_root() { mariadb --no-defaults -uroot -S "$MARIADB_DIR/sock" "$@"; }

# Every run gets a database of its own, created utf8mb4 (a --no-defaults server defaults to latin1); the previous
# run's database is dropped first, untimed.
fresh_mariadb() {
  MARIADB_RUN=$((MARIADB_RUN + 1))
  [ -z "${M_DB:-}" ] || mariadb_root -e "DROP DATABASE IF EXISTS $M_DB"
  M_DB="bench_$MARIADB_RUN"
  mariadb_root -e "CREATE DATABASE $M_DB CHARACTER SET utf8mb4"
  printf '[database]\nconnection = mysql+pymysql://bench:%s@127.0.0.1:%s/%s\n' "$MARIADB_PASSWORD_URL" "$MARIADB_PORT" "$M_DB" > "$WORK/mariadb.conf"
}

run_dbsync_mariadb() { "${TIME[@]}" "$DBSYNC" --config-file "$WORK/mariadb.conf" --repository "$W_REPO" upgrade; }
run_dbsync_fd_mariadb() { "${TIME[@]}" "$DBSYNC_FD" --config-file "$WORK/mariadb.conf" --repository "$W_REPO" upgrade; }
run_mariadb_floor() {
  "${TIME[@]}" mariadb --no-defaults -h127.0.0.1 -P"$MARIADB_PORT" -ubench -p"$MARIADB_PASSWORD" "$M_DB" < "$W_AUTOCOMMIT"
}
run_migrate_mariadb() {
  "${TIME[@]}" "$PYTHON" -c 'import sys; from migrate.versioning import api
api.version_control(sys.argv[1], sys.argv[2]); api.upgrade(sys.argv[1], sys.argv[2])' \
    "mysql+pymysql://bench:$MARIADB_PASSWORD_URL@127.0.0.1:$MARIADB_PORT/$M_DB?charset=utf8mb4" "$W_REPO"
}
check_mariadb() {
  [ "$(mariadb_root -N -e "SELECT version FROM $M_DB.migrate_version WHERE repository_id = 'bench'")" = "$W_N" ] &&
    [ "$(mariadb_root -N -e "SELECT count(*) FROM information_schema.tables WHERE table_schema = '$M_DB' AND table_name LIKE 't%'")" = "$W_N" ]
}

section_mariadb() {
  workload "$N"
  log "MariaDB, $N versions"
  mariadb_start
  MARIADB_RUN=0; M_DB=""
  contender dbsync "$(dbsync_label)" fresh_mariadb run_dbsync_mariadb check_mariadb
  if [ -n "$DBSYNC_NATIVE" ]; then
    contender dbsync-fd "DbSync upgrade (framework-dependent)" fresh_mariadb run_dbsync_fd_mariadb check_mariadb
  fi
  contender floor "mariadb client, one statement at a time, version row after each version (floor)" fresh_mariadb run_mariadb_floor check_mariadb
  contender migrate "sqlalchemy-migrate $MIGRATE_VERSION upgrade (PyMySQL)" fresh_mariadb run_migrate_mariadb check_mariadb "$PY_RUNS"
  run_interleaved mariadb "$RUNS_MARIADB"
  mariadb_stop
  rm -rf "$MARIADB_DIR"
}
