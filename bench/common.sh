# shellcheck shell=bash
# Shared by the bench scripts: pack and install the tool from this checkout, and the reference workload generator.
# Usage: source bench/common.sh; install_tool  -> sets DBSYNC (the command to run), DBSYNC_NATIVE, DBSYNC_FD
BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$BENCH_ROOT/.." && pwd)"
OUT="$BENCH_ROOT/out"
TOOL_PROJECT="${TOOL_PROJECT:-$REPO_ROOT/src/DbSync.Tool}"
# Private package cache, kept between runs (the tool itself is never served from it: unique version per pack).
NUGET_CACHE="$BENCH_ROOT/out/nuget"

# install_tool: packs TOOL_PROJECT with a version of its own into $OUT/feed and installs it from there.
#
# Today the project packs one framework-dependent tool package. Once it is a RID-specific Native AOT tool
# (<ToolPackageRuntimeIdentifiers>linux-x64;any</ToolPackageRuntimeIdentifiers> + <PublishAot>), a plain
# `dotnet pack` writes only the pointer package `dotnet-dbsync` (tools/any/any/DotnetToolSettings.xml listing
# `dotnet-dbsync.linux-x64` and `dotnet-dbsync.any`): with PublishAot the SDK (10.0.401) builds no inner package
# itself (Microsoft.NET.PackTool.targets, _CreateRIDSpecificToolPackages is skipped when the inner tools are AOT).
# Each listed RID is then packed on its own: `-r linux-x64 -p:DebugType=none` (native) and `-r any`
# (framework-dependent). `dotnet tool install dotnet-dbsync` on linux-x64 follows the pointer to the native package;
# `--arch any` fails ("The runtime identifier linux-any is invalid"); the framework-dependent one is installed by
# its own package id, `dotnet tool install dotnet-dbsync.any`, which puts the same `dotnet-dbsync` command in place.
#
# Sets: DBSYNC_FD (framework-dependent tool, always), DBSYNC_NATIVE (native tool, or empty when the project has no
# linux-x64 package), DBSYNC (native when there is one, else framework-dependent), TOOL_VERSION.
install_tool() {
  local feed="$OUT/feed" log="$OUT/pack.log" settings
  TOOL_VERSION="0.0.0-bench.$(date -u +%Y%m%d%H%M%S).$$"
  mkdir -p "$OUT"
  rm -rf "$feed" "$OUT/feed-fd" "$OUT/tool" "$OUT/tool-fd" "$OUT/tool-native" "$NUGET_CACHE"/dotnet-dbsync*
  : > "$log"
  _pack() {
    NUGET_PACKAGES="$NUGET_CACHE" dotnet pack "$TOOL_PROJECT" -c Release -p:Version="$TOOL_VERSION" \
      -p:ArtifactsPath="$OUT/artifacts" -nodeReuse:false --disable-build-servers "$@" >>"$log" 2>&1 \
      || { echo "dotnet pack $* failed; see $log" >&2; tail -20 "$log" >&2; return 1; }
  }
  _install() { # _install PACKAGE_ID DIR [FEED]
    NUGET_PACKAGES="$NUGET_CACHE" dotnet tool install "$1" --tool-path "$2" --add-source "${3:-$feed}" \
      --version "$TOOL_VERSION" >>"$log" 2>&1 \
      || { echo "dotnet tool install $1 failed; see $log" >&2; tail -20 "$log" >&2; return 1; }
  }
  _pack -o "$feed" || return 1
  settings="$(unzip -p "$feed/dotnet-dbsync.$TOOL_VERSION.nupkg" 'tools/*DotnetToolSettings.xml' | tr -d '\r')"
  if grep -q 'RuntimeIdentifierPackage RuntimeIdentifier="linux-x64"' <<<"$settings"; then
    echo "packing the native linux-x64 tool package (Native AOT, takes a while)" >&2
    _pack -o "$feed" -r linux-x64 -p:DebugType=none || return 1
  fi
  if grep -q 'RuntimeIdentifierPackage RuntimeIdentifier="any"' <<<"$settings" \
      && [ ! -f "$feed/dotnet-dbsync.any.$TOOL_VERSION.nupkg" ]; then
    _pack -o "$feed" -r any || return 1
  fi

  DBSYNC_NATIVE=""
  if [ -f "$feed/dotnet-dbsync.linux-x64.$TOOL_VERSION.nupkg" ]; then
    _install dotnet-dbsync "$OUT/tool-native" || return 1
    DBSYNC_NATIVE="$OUT/tool-native/dotnet-dbsync"
    case "$(readlink -f "$DBSYNC_NATIVE")" in
      */dotnet-dbsync.linux-x64/*) ;;
      *) echo "install_tool: $DBSYNC_NATIVE is not the linux-x64 package's binary" >&2; return 1 ;;
    esac
  fi
  if [ -f "$feed/dotnet-dbsync.any.$TOOL_VERSION.nupkg" ]; then
    _install dotnet-dbsync.any "$OUT/tool-fd" || return 1
  elif ! grep -q 'RuntimeIdentifierPackage' <<<"$settings"; then
    _install dotnet-dbsync "$OUT/tool-fd" || return 1           # today's framework-dependent package
  else
    # RID-specific without `any`: pack a framework-dependent package on the side, into a feed of its own.
    _pack -o "$OUT/feed-fd" -p:ToolPackageRuntimeIdentifiers= -p:RuntimeIdentifiers= -p:PublishAot=false || return 1
    _install dotnet-dbsync "$OUT/tool-fd" "$OUT/feed-fd" || return 1
  fi
  DBSYNC_FD="$OUT/tool-fd/dotnet-dbsync"
  DBSYNC="${DBSYNC_NATIVE:-$DBSYNC_FD}"
  # The scripts of one section use $OUT/tool.
  ln -sfn "$(dirname "$DBSYNC")" "$OUT/tool"
  echo "installed dotnet-dbsync $TOOL_VERSION: native ${DBSYNC_NATIVE:-(none: the project packs no linux-x64 package)}, framework-dependent $DBSYNC_FD" >&2
}

# generate_repository DIR COUNT: COUNT versions, each CREATE TABLE + CREATE INDEX + a 2-row INSERT (DESIGN.md 11).
generate_repository() {
  local dir="$1" count="$2" i n
  rm -rf "$dir"; mkdir -p "$dir/versions"
  printf '[db_settings]\nrepository_id=bench\nversion_table=migrate_version\nrequired_dbs=[]\nuse_timestamp_numbering=False\n' > "$dir/migrate.cfg"
  for ((i = 1; i <= count; i++)); do
    printf -v n '%04d' "$i"
    printf 'CREATE TABLE t%s (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(64) NOT NULL, qty INTEGER NOT NULL DEFAULT 0);\nCREATE INDEX ix_t%s_name ON t%s (name);\nINSERT INTO t%s (id, name, qty) VALUES (1, '"'"'alpha'"'"', 10), (2, '"'"'beta'"'"', 20);\n' \
      "$n" "$n" "$n" "$n" > "$dir/versions/${n}_table_${n}_default_upgrade.sql"
    printf 'DROP TABLE t%s;\n' "$n" > "$dir/versions/${n}_table_${n}_default_downgrade.sql"
  done
}
