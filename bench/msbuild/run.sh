#!/usr/bin/env bash
# Measures the DbSync.MSBuild check on the reference workload of DESIGN.md section 11: a repository of
# 1,000 versions (an upgrade and a downgrade each, 2,000 scripts) recorded in dbsync.sum.
#
#   bench/msbuild/run.sh [RUNS] [VERSIONS]      (defaults: 5 runs of each measurement, 1000 versions)
#
# Packs src/DbSync.MSBuild into a temporary feed, creates a class library referencing it in a temporary folder,
# builds it once, then times with -clp:PerformanceSummary:
#   - a no-op build: DbSyncValidateMigrations must be skipped (its task never runs);
#   - the first build (restore and compile included, the task alone reported);
#   - a build after touching one script: the target is stale, and the task validates all the scripts again.
# Prints the median of each figure; nothing is written into the repository.
set -euo pipefail

runs="${1:-5}"
count="${2:-1000}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/dbsync-bench-msbuild-XXXXXX")"
trap 'rm -rf "$work"' EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
export NUGET_PACKAGES="$work/packages"
version="0.0.0-bench.$(date -u +%Y%m%d%H%M%S)"

echo "packing DbSync.MSBuild $version ..." >&2
dotnet pack "$root/src/DbSync.MSBuild/DbSync.MSBuild.csproj" -c Release -o "$work/feed" -p:Version="$version" \
  -p:ArtifactsPath="$work/artifacts" --disable-build-servers -nodeReuse:false -p:UseSharedCompilation=false -v:q >&2

project="$work/project"
versions="$project/migrations/versions"
mkdir -p "$versions"
cat > "$project/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="dbsync-bench-feed" value="$work/feed" />
  </packageSources>
</configuration>
XML
cat > "$project/Bench.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="DbSync.MSBuild" Version="$version" PrivateAssets="all" />
  </ItemGroup>
</Project>
XML
echo 'namespace Bench; public static class Empty { }' > "$project/Empty.cs"
printf '[db_settings]\nrepository_id = bench\nversion_table = migrate_version\nrequired_dbs = []\nuse_timestamp_numbering = False\n' \
  > "$project/migrations/migrate.cfg"

echo "writing $count versions ..." >&2
for i in $(seq 1 "$count"); do
  n=$(printf '%04d' "$i")
  printf 'CREATE TABLE t%s (id INTEGER PRIMARY KEY, name VARCHAR(64) NOT NULL);\nCREATE INDEX ix_t%s_name ON t%s (name);\nINSERT INTO t%s (id, name) VALUES (1, '"'"'one'"'"'), (2, '"'"'two'"'"');\n' \
    "$n" "$n" "$n" "$n" > "$versions/${n}_table_${n}_default_upgrade.sql"
  printf 'DROP TABLE t%s;\n' "$n" > "$versions/${n}_table_${n}_default_downgrade.sql"
done

# dbsync.sum written independently of DbSync, from the format in docs/msbuild.md: the build passing proves they agree.
h1() { printf 'h1:%s' "$(sha256sum | cut -d' ' -f1 | xxd -r -p | base64 -w0)"; }
body="$(cd "$project/migrations" && printf '%s\n' versions/*.sql | LC_ALL=C sort | while read -r f; do printf '%s %s\n' "$f" "$(tr -d '\r' < "$f" | h1)"; done)"
{ printf '%s\n' "$body" | h1; printf '\n%s\n' "$body"; } > "$project/migrations/dbsync.sum"

build() {
  dotnet build "$project/Bench.csproj" --no-restore -nodeReuse:false --disable-build-servers -p:UseSharedCompilation=false \
    -clp:PerformanceSummary -v:q
}

# "   12 ms  DbSyncValidateMigrations   1 calls" -> 12 (0 when absent from the summary)
figure() { grep -E "^\s+[0-9]+ ms\s+$1\s+[0-9]+ calls" | awk '{print $1}' | head -1 | grep . || echo 0; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "first build ..." >&2
dotnet restore "$project/Bench.csproj" -v:q >&2
first="$(build)" || { echo "$first"; exit 1; }
first_task="$(figure ValidateMigrations <<<"$first")"

noop_target=(); noop_task=(); noop_collect=(); run_target=(); run_task=(); run_collect=()
for r in $(seq 1 "$runs"); do
  out="$(build)"
  grep -q "Build succeeded\|0 Error" <<<"$out" || true
  noop_target+=("$(figure DbSyncValidateMigrations <<<"$out")")
  noop_task+=("$(figure ValidateMigrations <<<"$out")")
  noop_collect+=("$(figure _DbSyncCollectInputs <<<"$out")")

  touch "$versions/0001_table_0001_default_upgrade.sql"
  out="$(build)" || { echo "$out"; exit 1; }
  run_target+=("$(figure DbSyncValidateMigrations <<<"$out")")
  run_task+=("$(figure ValidateMigrations <<<"$out")")
  run_collect+=("$(figure _DbSyncCollectInputs <<<"$out")")
  echo "run $r: no-op target ${noop_target[-1]} ms (task ${noop_task[-1]} ms, input list ${noop_collect[-1]} ms); validating target ${run_target[-1]} ms (task ${run_task[-1]} ms, input list ${run_collect[-1]} ms)" >&2
done

med() { printf '%s\n' "$@" | median; }
echo "versions: $count, scripts: $(find "$versions" -type f | wc -l), runs: $runs (median ms), load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "first build:       ValidateMigrations task $first_task ms"
echo "no-op build:       DbSyncValidateMigrations $(med "${noop_target[@]}") ms, ValidateMigrations task $(med "${noop_task[@]}") ms, _DbSyncCollectInputs $(med "${noop_collect[@]}") ms"
echo "validating build:  DbSyncValidateMigrations $(med "${run_target[@]}") ms, ValidateMigrations task $(med "${run_task[@]}") ms, _DbSyncCollectInputs $(med "${run_collect[@]}") ms"
