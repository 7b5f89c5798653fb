# shellcheck shell=bash
# Section 8: a fleet. FLEET_SIZE SQLite files on disk (FLEET_VERSIONS versions each, the reference workload) upgraded
# by one `upgrade --fleet` run, at --parallel 1 and 4; the rate is FLEET_SIZE / the run's wall time (databases per
# second), start-up included. The run's own summary line ("N databases in T (R databases/s ...)") is kept as a note.

fresh_fleet() { rm -rf "$FLEET_DIR/tenants"; mkdir -p "$FLEET_DIR/tenants"; }
run_fleet() { "${TIME[@]}" "$DBSYNC" --repository "$FLEET_REPO" upgrade --fleet "$FLEET_DIR/tenants.txt" --parallel "$1"; }
run_fleet_1() { run_fleet 1; }
run_fleet_4() { run_fleet 4; }
check_fleet() {
  # Every database at the latest version: the tool's own check over the fleet, then one file read by sqlite3.
  "$DBSYNC" --repository "$FLEET_REPO" check --fleet "$FLEET_DIR/tenants.txt" --parallel 4 >/dev/null 2>&1 &&
    [ "$(sqlite3 "$FLEET_DIR/tenants/t$FLEET_SIZE.db" "SELECT version FROM migrate_version WHERE repository_id = 'bench'")" = "$FLEET_VERSIONS" ]
}

section_fleet() {
  FLEET_DIR="$DISK_DIR/fleet"; FLEET_REPO="$WORK/repo-fleet-$FLEET_VERSIONS"
  log "fleet: $FLEET_SIZE SQLite databases of $FLEET_VERSIONS versions, --parallel 1 and 4"
  mkdir -p "$FLEET_DIR"
  [ -d "$FLEET_REPO" ] || generate_repository "$FLEET_REPO" "$FLEET_VERSIONS"
  local i
  for ((i = 1; i <= FLEET_SIZE; i++)); do echo "sqlite:///$FLEET_DIR/tenants/t$i.db"; done > "$FLEET_DIR/tenants.txt"
  local build="framework-dependent"
  [ -z "$DBSYNC_NATIVE" ] || build="native AOT"
  contender parallel-1 "DbSync upgrade --fleet, $FLEET_SIZE databases, --parallel 1 ($build)" fresh_fleet run_fleet_1 check_fleet
  contender parallel-4 "DbSync upgrade --fleet, $FLEET_SIZE databases, --parallel 4 ($build)" fresh_fleet run_fleet_4 check_fleet
  run_interleaved fleet "$RUNS_FLEET"
  note fleet "the last runs' own summary lines: $(grep -h 'databases/s' "$WORK/logs/fleet.parallel-1.log" "$WORK/logs/fleet.parallel-4.log" | paste -sd' ' -)"
  meta fleet_size "$FLEET_SIZE"; meta fleet_versions "$FLEET_VERSIONS"
}
