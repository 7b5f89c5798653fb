# Shared by the bench scripts: pack and install the tool from this checkout into bench/out/tool.
# Usage: source bench/common.sh; install_tool  -> sets DBSYNC (the command to run)
BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$BENCH_ROOT/.." && pwd)"
OUT="$BENCH_ROOT/out"

install_tool() {
  local version="0.0.0-bench.$(date -u +%Y%m%d%H%M%S)"
  rm -rf "$OUT/feed" "$OUT/tool"
  dotnet pack "$REPO_ROOT/src/DbSync.Tool" -c Release -o "$OUT/feed" -p:Version="$version" \
    -p:ArtifactsPath="$OUT/artifacts" -nodeReuse:false >/dev/null
  dotnet tool install dotnet-dbsync --tool-path "$OUT/tool" --add-source "$OUT/feed" --version "$version" >/dev/null
  # The installed tool itself: inside this checkout, `dotnet dbsync` would resolve through .config/dotnet-tools.json.
  DBSYNC="$OUT/tool/dotnet-dbsync"
}

# generate_repository DIR COUNT: COUNT versions, each CREATE TABLE + CREATE INDEX + a 2-row INSERT (DESIGN.md 11).
generate_repository() {
  local dir="$1" count="$2"
  rm -rf "$dir"; mkdir -p "$dir/versions"
  printf '[db_settings]\nrepository_id=bench\nversion_table=migrate_version\nrequired_dbs=[]\nuse_timestamp_numbering=False\n' > "$dir/migrate.cfg"
  for i in $(seq 1 "$count"); do
    local n; n=$(printf '%04d' "$i")
    printf 'CREATE TABLE t%s (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(64) NOT NULL, qty INTEGER NOT NULL DEFAULT 0);\nCREATE INDEX ix_t%s_name ON t%s (name);\nINSERT INTO t%s (id, name, qty) VALUES (1, '"'"'alpha'"'"', 10), (2, '"'"'beta'"'"', 20);\n' \
      "$n" "$n" "$n" "$n" > "$dir/versions/${n}_table_${n}_default_upgrade.sql"
    printf 'DROP TABLE t%s;\n' "$n" > "$dir/versions/${n}_table_${n}_default_downgrade.sql"
  done
}
