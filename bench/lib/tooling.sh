# shellcheck shell=bash
# Section 6 (autogenerate on a 300-table schema; the MSBuild task up to date) and section 7 (memory for a large data
# script).

# --- autogenerate: bench/autogenerate's workload, `revision --autogenerate` by each build of the tool ---------------
run_autogenerate() { "${TIME[@]}" "$DBSYNC" --config-file "$AG_DIR/bench.conf" --repository "$AG_DIR/repo" revision -m bench --autogenerate; }
run_autogenerate_fd() { "${TIME[@]}" "$DBSYNC_FD" --config-file "$AG_DIR/bench.conf" --repository "$AG_DIR/repo" revision -m bench --autogenerate; }
fresh_autogenerate() { rm -f "$AG_DIR"/repo/versions/002_*; }
check_autogenerate() { compgen -G "$AG_DIR/repo/versions/002_*_upgrade.sql" >/dev/null; }

section_autogenerate() {
  AG_DIR="$WORK/autogenerate"
  log "autogenerate, $AG_TABLES tables"
  autogenerate_workload "$AG_DIR/repo" "$AG_TABLES"
  printf '[database]\nconnection = sqlite:///%s\n' "$AG_DIR/bench.sqlite" > "$AG_DIR/bench.conf"
  rm -f "$AG_DIR/bench.sqlite"
  "$DBSYNC" --config-file "$AG_DIR/bench.conf" --repository "$AG_DIR/repo" upgrade >/dev/null
  local label="revision --autogenerate, $AG_TABLES tables, ~$((AG_TABLES / 5)) changes"
  if [ -n "$DBSYNC_NATIVE" ]; then
    contender dbsync "$label (native AOT)" fresh_autogenerate run_autogenerate check_autogenerate
  fi
  contender dbsync-fd "$label (framework-dependent)" fresh_autogenerate run_autogenerate_fd check_autogenerate
  run_interleaved autogenerate "$RUNS"
}

# --- MSBuild: bench/msbuild/run.sh, its per-run lines turned into rows ---------------------------------------------
section_msbuild() {
  log "MSBuild task, $MSBUILD_VERSIONS versions, $MSBUILD_RUNS runs (bench/msbuild/run.sh)"
  local logf="$WORK/logs/msbuild.log"
  if ! "$BENCH_ROOT/msbuild/run.sh" "$MSBUILD_RUNS" "$MSBUILD_VERSIONS" >"$logf.out" 2>"$logf"; then
    tail -20 "$logf" >&2
    note msbuild "bench/msbuild/run.sh FAILED (see bench/out/work/logs/msbuild.log)"
    return 0
  fi
  # "run 3: no-op target 9 ms (task 0 ms, input list 5 ms); validating target 40 ms (task 38 ms, input list 5 ms)"
  awk -v scripts="$((MSBUILD_VERSIONS * 2))" '
    /^run [0-9]+: no-op target/ {
      r = $2; sub(":", "", r); gsub(/[(),;]/, " ")
      # fields: $5 no-op target, $8 its task, $12 its input list; $16 validating target, $19 its task
      row("uptodate", "no-op build: DbSyncValidateMigrations up-to-date check + input list (" scripts " scripts)", r, $5 + $12)
      row("uptodate-target", "no-op build: the target'"'"'s up-to-date check", r, $5)
      row("uptodate-inputs", "no-op build: _DbSyncCollectInputs (the input list)", r, $12)
      row("validate-task", "one script touched: ValidateMigrations task (validates every script)", r, $19)
    }
    function row(key, label, round, ms) { printf "msbuild\t%s\t%s\t%s\t%.6f\t0\n", key, label, round, ms / 1000 }
  ' "$logf" >> "$RESULTS"
  note msbuild "$(grep '^versions:' "$logf.out")"
}

# --- memory: one version holding a large data script ----------------------------------------------------------------
run_memory_dbsync() { "${TIME[@]}" "$DBSYNC" --config-file "$MEM_DIR/bench.conf" --repository "$MEM_DIR/repo" upgrade; }
run_memory_floor() { "${TIME[@]}" sqlite3 "$MEM_DIR/bench.sqlite" < "$MEM_DIR/floor.sql"; }
fresh_memory() { rm -f "$MEM_DIR/bench.sqlite" "$MEM_DIR/bench.sqlite-journal"; }
check_memory() {
  [ "$(sqlite3 "$MEM_DIR/bench.sqlite" "SELECT version FROM migrate_version WHERE repository_id = 'bench'")" = 2 ] &&
    [ "$(sqlite3 "$MEM_DIR/bench.sqlite" 'SELECT count(*) FROM big')" = "$MEM_ROWS" ]
}

section_memory() {
  MEM_DIR="$WORK/memory"
  log "memory: a $MEM_MIB MiB data script"
  rm -rf "$MEM_DIR"; mkdir -p "$MEM_DIR/repo/versions"
  printf '[db_settings]\nrepository_id=bench\nversion_table=migrate_version\nrequired_dbs=[]\nuse_timestamp_numbering=False\n' > "$MEM_DIR/repo/migrate.cfg"
  echo 'CREATE TABLE big (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(64) NOT NULL, qty INTEGER NOT NULL, note TEXT);' \
    > "$MEM_DIR/repo/versions/0001_big_table_default_upgrade.sql"
  echo 'DROP TABLE big;' > "$MEM_DIR/repo/versions/0001_big_table_default_downgrade.sql"
  MEM_ROWS=$("$PYTHON" "$BENCH_ROOT/lib/generate.py" big-script "$MEM_DIR/repo/versions/0002_big_data_default_upgrade.sql" "$MEM_MIB")
  echo 'DELETE FROM big;' > "$MEM_DIR/repo/versions/0002_big_data_default_downgrade.sql"
  {
    echo "CREATE TABLE migrate_version (repository_id VARCHAR(250) NOT NULL, repository_path TEXT, version INTEGER, PRIMARY KEY (repository_id));"
    echo "INSERT INTO migrate_version (repository_id, repository_path, version) VALUES ('bench', '$MEM_DIR/repo', 0);"
    echo "BEGIN IMMEDIATE;"; cat "$MEM_DIR/repo/versions/0001_big_table_default_upgrade.sql"
    echo "UPDATE migrate_version SET version = 1 WHERE repository_id = 'bench' AND version = 0;"; echo "COMMIT;"
    echo "BEGIN IMMEDIATE;"; cat "$MEM_DIR/repo/versions/0002_big_data_default_upgrade.sql"
    echo "UPDATE migrate_version SET version = 2 WHERE repository_id = 'bench' AND version = 1;"; echo "COMMIT;"
  } > "$MEM_DIR/floor.sql"
  printf '[database]\nconnection = sqlite:///%s\n' "$MEM_DIR/bench.sqlite" > "$MEM_DIR/bench.conf"
  local bytes
  bytes=$(stat -c %s "$MEM_DIR/repo/versions/0002_big_data_default_upgrade.sql")
  note memory "data script: $((bytes / 1024 / 1024)) MiB, $MEM_ROWS rows in $(grep -c '^INSERT' "$MEM_DIR/repo/versions/0002_big_data_default_upgrade.sql") INSERT statements of 500 rows; database file on disk"
  meta memory-script-bytes "$bytes"
  contender dbsync "$(dbsync_label)" fresh_memory run_memory_dbsync check_memory
  contender floor "sqlite3, the same two transactions" fresh_memory run_memory_floor check_memory
  run_interleaved memory "$MEM_RUNS"
  [ "${KEEP_WORK:-0}" = 1 ] || rm -rf "$MEM_DIR"
}
