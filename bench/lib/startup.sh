# shellcheck shell=bash
# Section 4: start-up. The current version of an up-to-date SQLite file of the N-version repository, read by each
# tool: `dotnet-dbsync version` (installed from the packed package: native and framework-dependent), the sqlite3
# client's query, `alembic current`, sqlalchemy-migrate's db_version. Also, as diagnostics, a no-op `upgrade` (what
# an upgrade costs beyond the statements: start-up, listing and checking the repository) and peak RSS.

section_startup() {
  workload "$N"
  alembic_project
  local db="$WORK/startup.sqlite" adb="$WORK/startup-alembic.sqlite" conf="$WORK/startup.conf" v
  rm -f "$db" "$adb"
  printf '[database]\nconnection = sqlite:///%s\n' "$db" > "$conf"
  "$DBSYNC" --config-file "$conf" --repository "$W_REPO" upgrade >/dev/null
  "$PYTHON" /usr/bin/alembic -c "$ALEMBIC_INI" -x "url=sqlite:///$adb" upgrade head >/dev/null 2>&1
  for v in "$DBSYNC_NATIVE" "$DBSYNC_FD"; do
    [ -n "$v" ] || continue
    [ "$("$v" --config-file "$conf" --repository "$W_REPO" version)" = "$N" ] || die "$v version does not print $N"
  done

  local -a cmds=()
  if [ -n "$DBSYNC_NATIVE" ]; then
    cmds+=("native: dotnet-dbsync version (native AOT)" "$DBSYNC_NATIVE --config-file $conf --repository $W_REPO version")
  fi
  cmds+=("fd: dotnet-dbsync version (framework-dependent)" "$DBSYNC_FD --config-file $conf --repository $W_REPO version"
    "sqlite3: sqlite3 file 'SELECT version FROM migrate_version' (floor)" "sqlite3 $db 'SELECT version FROM migrate_version'"
    "alembic: alembic current ($N revisions)" "$PYTHON /usr/bin/alembic -c $ALEMBIC_INI -x url=sqlite:///$adb current"
    "migrate: sqlalchemy-migrate db_version" "$PYTHON -c 'import sys; from migrate.versioning import api; print(api.db_version(sys.argv[1], sys.argv[2]))' sqlite:///$db $W_REPO")
  if [ -n "$DBSYNC_NATIVE" ]; then
    cmds+=("noop-native: dotnet-dbsync upgrade, nothing to do (native AOT)" "$DBSYNC_NATIVE --config-file $conf --repository $W_REPO upgrade")
  fi
  cmds+=("noop-fd: dotnet-dbsync upgrade, nothing to do (framework-dependent)" "$DBSYNC_FD --config-file $conf --repository $W_REPO upgrade")
  log "start-up: $STARTUP_ROUNDS rounds of hyperfine, $STARTUP_RUNS runs of each command a round"
  hyperfine_rounds startup "$STARTUP_ROUNDS" "$STARTUP_RUNS" "${cmds[@]}"

  # Peak RSS of one run of each, for the scaling table's baseline.
  local rss
  if [ -n "$DBSYNC_NATIVE" ]; then
    rss=$(peak_rss_kib "$DBSYNC_NATIVE" --config-file "$conf" --repository "$W_REPO" version)
    note startup "peak RSS of \`version\`: native AOT $((rss / 1024)) MiB"
    meta rss-version-native "$rss"
  fi
  rss=$(peak_rss_kib "$DBSYNC_FD" --config-file "$conf" --repository "$W_REPO" version)
  note startup "peak RSS of \`version\`: framework-dependent $((rss / 1024)) MiB; sqlite3 query $(( $(peak_rss_kib sqlite3 "$db" 'SELECT version FROM migrate_version') / 1024 )) MiB"
  meta rss-version-fd "$rss"
}
