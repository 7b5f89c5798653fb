# shellcheck shell=bash
# Section 1 (SQLite upgrade: disk, tmpfs, 10,000 versions) and the workloads the other sections share.

# client_script REPO BEGIN COMMIT: the repository's upgrade scripts as one file for a command-line client, in
# version order, each version followed by its guarded version-row update (what sqlalchemy-migrate and DbSync write),
# wrapped in BEGIN/COMMIT when given. Starts with sqlalchemy-migrate's migrate_version table at version 0.
client_script() {
  local repo="$1" begin="$2" commit="$3" count i n
  local -a files=()
  count=$(find "$repo/versions" -name '*_default_upgrade.sql' | wc -l)
  for ((i = 1; i <= count; i++)); do
    printf -v n '%04d' "$i"; files+=("$repo/versions/${n}_table_${n}_default_upgrade.sql")
  done
  echo "CREATE TABLE migrate_version (repository_id VARCHAR(250) NOT NULL, repository_path TEXT, version INTEGER, PRIMARY KEY (repository_id));"
  echo "INSERT INTO migrate_version (repository_id, repository_path, version) VALUES ('bench', '$repo', 0);"
  awk -v b="$begin" -v c="$commit" '
    function finish() { printf "UPDATE migrate_version SET version = %d WHERE repository_id = '"'"'bench'"'"' AND version = %d;\n", v, v - 1; if (c != "") print c }
    FNR == 1 { if (v) finish(); v++; if (b != "") print b }
    { print }
    END { if (v) finish() }' "${files[@]}"
}

# workload N: the reference repository of N versions and the client scripts for it, generated once per bench run.
# Sets W_REPO, W_FLOOR (one transaction per version), W_AUTOCOMMIT (one statement at a time), W_N.
workload() {
  W_N="$1"; W_REPO="$WORK/repo-$1"
  W_FLOOR="$WORK/client-$1-per-version.sql"; W_AUTOCOMMIT="$WORK/client-$1-autocommit.sql"
  if [ ! -f "$W_FLOOR" ]; then
    log "generating the $1-version repository and its client scripts"
    generate_repository "$W_REPO" "$1"
    client_script "$W_REPO" "BEGIN IMMEDIATE;" "COMMIT;" > "$W_FLOOR"
    client_script "$W_REPO" "" "" > "$W_AUTOCOMMIT"
  fi
}

# alembic_project: the Alembic twin of the 1,000-version repository (W_REPO). Sets ALEMBIC_INI, ALEMBIC_HEAD.
alembic_project() {
  local dir="$WORK/alembic-$W_N"
  if [ ! -f "$dir/head" ]; then
    rm -rf "$dir"
    "$PYTHON" "$BENCH_ROOT/lib/generate.py" alembic "$dir" "$W_REPO" > "$dir.head"
    # Compiled once, as in any installed project (this environment sets PYTHONDONTWRITEBYTECODE; bench/run unsets it).
    "$PYTHON" -m compileall -q "$dir/versions"
    mv "$dir.head" "$dir/head"
  fi
  ALEMBIC_INI="$dir/alembic.ini"; ALEMBIC_HEAD="$(cat "$dir/head")"
}

# --- the contenders, over S_DB (the database file), S_CONF (DbSync's config naming it), W_REPO, W_N -----------------
sqlite_target() { # sqlite_target DB: point the contenders at DB
  S_DB="$1"; S_CONF="$1.conf"
  printf '[database]\nconnection = sqlite:///%s\n' "$S_DB" > "$S_CONF"
}
fresh_sqlite() { rm -f "$S_DB" "$S_DB-journal" "$S_DB-wal" "$S_DB-shm"; }

run_dbsync() { "${TIME[@]}" "$DBSYNC" --config-file "$S_CONF" --repository "$W_REPO" upgrade; }
run_dbsync_fd() { "${TIME[@]}" "$DBSYNC_FD" --config-file "$S_CONF" --repository "$W_REPO" upgrade; }
run_sqlite_floor() { "${TIME[@]}" sqlite3 "$S_DB" < "$W_FLOOR"; }
run_sqlite_autocommit() { "${TIME[@]}" sqlite3 "$S_DB" < "$W_AUTOCOMMIT"; }
run_migrate_sqlite() {
  "${TIME[@]}" "$PYTHON" -c 'import sys; from migrate.versioning import api
api.version_control(sys.argv[1], sys.argv[2]); api.upgrade(sys.argv[1], sys.argv[2])' "sqlite:///$S_DB" "$W_REPO"
}
run_alembic_sqlite() { "${TIME[@]}" "$PYTHON" /usr/bin/alembic -c "$ALEMBIC_INI" -x "url=sqlite:///$S_DB" upgrade head; }

# The checks: the version row says N and the N tables exist.
check_sqlite() {
  [ "$(sqlite3 "$S_DB" "SELECT version FROM migrate_version WHERE repository_id = 'bench'")" = "$W_N" ] &&
    [ "$(sqlite3 "$S_DB" "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 't%'")" = "$W_N" ]
}
check_alembic_sqlite() {
  [ "$(sqlite3 "$S_DB" 'SELECT version_num FROM alembic_version')" = "$ALEMBIC_HEAD" ] &&
    [ "$(sqlite3 "$S_DB" "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 't%'")" = "$W_N" ]
}

dbsync_label() { if [ -n "$DBSYNC_NATIVE" ]; then echo "DbSync upgrade (native AOT)"; else echo "DbSync upgrade (framework-dependent)"; fi; }

# sqlite_contenders WITH_PYTHON: DbSync (both builds when there are two), the floor, and optionally the rest.
sqlite_contenders() {
  contender dbsync "$(dbsync_label)" fresh_sqlite run_dbsync check_sqlite
  if [ -n "$DBSYNC_NATIVE" ] && [ "$1" != floor-only ]; then
    contender dbsync-fd "DbSync upgrade (framework-dependent)" fresh_sqlite run_dbsync_fd check_sqlite
  fi
  contender floor "sqlite3, one transaction per version with its version row (floor)" fresh_sqlite run_sqlite_floor check_sqlite
  [ "$1" = floor-only ] && return
  contender autocommit "sqlite3, one statement at a time" fresh_sqlite run_sqlite_autocommit check_sqlite
  if [ "$1" = with-python ]; then
    contender migrate "sqlalchemy-migrate $MIGRATE_VERSION upgrade" fresh_sqlite run_migrate_sqlite check_sqlite "$PY_RUNS"
    contender alembic "Alembic $ALEMBIC_VERSION upgrade head ($W_N revisions)" fresh_sqlite run_alembic_sqlite check_alembic_sqlite "$PY_RUNS"
  fi
}

section_sqlite() {
  workload "$N"
  alembic_project

  log "SQLite, $N versions, database file on disk ($DISK_DIR)"
  sqlite_target "$DISK_DIR/bench.sqlite"
  meta disk "$(findmnt -no FSTYPE,SOURCE -T "$DISK_DIR" | head -1 | awk '{ print $1 " (" $2 ")" }') at $DISK_DIR"
  # Durability check, untimed: every contender must flush as often as the floor (same journal mode, synchronous=FULL).
  local dbsync_fsyncs floor_fsyncs journal
  fresh_sqlite; dbsync_fsyncs=$(fsyncs "$DBSYNC" --config-file "$S_CONF" --repository "$W_REPO" upgrade)
  journal=$(sqlite3 "$S_DB" 'PRAGMA journal_mode')
  fresh_sqlite; floor_fsyncs=$(fsyncs sh -c "sqlite3 '$S_DB' < '$W_FLOOR'")
  note sqlite-disk "durability check: fsync + fdatasync calls in one run (strace -f): $(dbsync_label) $dbsync_fsyncs, floor $floor_fsyncs; the database DbSync left is in journal_mode=$journal"
  sqlite_contenders with-python
  run_interleaved sqlite-disk "$RUNS"

  log "SQLite, $N versions, database file on tmpfs ($TMPFS_DIR)"
  sqlite_target "$TMPFS_DIR/bench.sqlite"
  sqlite_contenders with-python
  run_interleaved sqlite-tmpfs "$RUNS"
  fresh_sqlite

  workload "$N_BIG"
  log "SQLite, $N_BIG versions, database file on disk"
  sqlite_target "$DISK_DIR/bench-big.sqlite"
  sqlite_contenders floor-only
  run_interleaved sqlite-big "$RUNS_BIG"
  fresh_sqlite
}

# Section 5's small point: 100 versions (1,000 and 10,000 come from section 1).
section_scaling() {
  workload "$N_SMALL"
  log "SQLite, $N_SMALL versions, database file on disk"
  sqlite_target "$DISK_DIR/bench-small.sqlite"
  sqlite_contenders no-python
  run_interleaved sqlite-small "$RUNS"
  fresh_sqlite
}
