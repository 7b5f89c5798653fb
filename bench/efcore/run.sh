#!/usr/bin/env bash
# Times reading an EF Core model (issue 14's target: a 300-entity context exported in under 3 s beyond the build).
# Generates an EF Core 10 SQLite application with ENTITIES entities (each: key, name with a length and an index, a
# decimal, a default, an optional reference to the previous entity), builds it once (timed apart: the build is the
# user's), then times, with the installed tool:
#   - the exporter alone: dotnet exec in the app's dependency context, context creation, GenerateCreateScript;
#   - `revision --autogenerate` with 'ef:...;no-build' on an empty SQLite database: project evaluation + export +
#     loading the script into a scratch database + compare + render (the whole cost a user pays beyond the build).
# Results go to bench/out/efcore/*.md. Needs: hyperfine, python3. Usage: bench/efcore/run.sh [ENTITIES] (default 300); RUNS=5.
set -euo pipefail
# shellcheck source=../common.sh
source "$(dirname "$0")/../common.sh"
OUT="$BENCH_ROOT/out/efcore"
ENTITIES="${1:-300}"
RUNS="${RUNS:-5}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/dbsync-bench-efcore-XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"
install_tool

mkdir -p "$WORK/App" "$WORK/migrations/versions"
python3 - "$WORK/App" "$ENTITIES" <<'PY'
import sys
folder, count = sys.argv[1], int(sys.argv[2])
open(folder + "/App.csproj", "w").write("""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
  <ItemGroup><PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" Version="10.0.15" /></ItemGroup>
</Project>
""")
entities, sets, config = [], [], []
for i in range(count):
    ref = "" if i == 0 else f"    public int? E{i-1:03}Id {{ get; set; }}\n    public E{i-1:03}? E{i-1:03} {{ get; set; }}\n"
    entities.append(f"public class E{i:03}\n{{\n    public int Id {{ get; set; }}\n    public string Name {{ get; set; }} = \"\";\n"
                    f"    public decimal Price {{ get; set; }}\n    public bool Active {{ get; set; }}\n    public DateTime CreatedAt {{ get; set; }}\n{ref}}}\n")
    sets.append(f"    public DbSet<E{i:03}> E{i:03}s => Set<E{i:03}>();")
    config.append(f"        b.Entity<E{i:03}>(e => {{ e.Property(x => x.Name).HasMaxLength(100); e.HasIndex(x => x.Name); e.Property(x => x.Active).HasDefaultValue(true); }});")
open(folder + "/Model.cs", "w").write("using Microsoft.EntityFrameworkCore;\nusing Microsoft.EntityFrameworkCore.Design;\n\n" + "\n".join(entities)
    + "\npublic class BenchContext(DbContextOptions<BenchContext> options) : DbContext(options)\n{\n" + "\n".join(sets)
    + "\n    protected override void OnModelCreating(ModelBuilder b)\n    {\n" + "\n".join(config) + "\n    }\n}\n"
    + "\npublic class BenchContextFactory : IDesignTimeDbContextFactory<BenchContext>\n{\n"
    + "    public BenchContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<BenchContext>().UseSqlite(\"Data Source=:memory:\").Options);\n}\n")
open(folder + "/Program.cs", "w").write("System.Console.WriteLine(\"bench\");\n")
PY
printf '[db_settings]\nrepository_id = bench\nversion_table = migrate_version\nrequired_dbs = []\n\n[dbsync]\nmodel = ef:../App/App.csproj;no-build;configuration=Release\n' > "$WORK/migrations/migrate.cfg"
printf '[database]\nconnection = sqlite:///%s/bench.sqlite\n' "$WORK" > "$WORK/bench.conf"

echo "building the $ENTITIES-entity application (Release)" >&2
BUILD_START=$(date +%s%N)
dotnet build "$WORK/App/App.csproj" -c Release -nologo -v q -nodeReuse:false >"$OUT/build.log" 2>&1 || { tail -20 "$OUT/build.log" >&2; exit 1; }
BUILD_MS=$(( ($(date +%s%N) - BUILD_START) / 1000000 ))

EXPORTER="$(find "$(dirname "$(readlink -f "$DBSYNC")")" -name DbSync.EntityFrameworkCore.Exporter.dll | head -1)"
[ -n "$EXPORTER" ] || { echo "the installed tool has no ef/DbSync.EntityFrameworkCore.Exporter.dll" >&2; exit 1; }
BIN="$WORK/App/bin/Release/net10.0"
cd "$WORK"
hyperfine --warmup 1 --runs "$RUNS" --export-markdown "$OUT/efcore.md" --prepare "rm -f $WORK/migrations/versions/*.sql $WORK/bench.sqlite" \
  -n "exporter alone ($ENTITIES entities: dotnet exec, create the context, GenerateCreateScript)" \
  "dotnet exec --depsfile $BIN/App.deps.json --runtimeconfig $BIN/App.runtimeconfig.json $EXPORTER --assembly $BIN/App.dll --output $WORK/export.json" \
  -n "revision --autogenerate, ef:...;no-build ($ENTITIES tables to add)" \
  "$DBSYNC --config-file bench.conf --repository migrations revision -m bench --autogenerate"

# Where the time of one run goes, from --debug.
rm -f migrations/versions/*.sql bench.sqlite
$DBSYNC --config-file bench.conf --repository migrations --debug revision -m bench --autogenerate 2>&1 >/dev/null \
  | grep -E "debug: (evaluated|read|loaded the model|compared|autogenerate took)" | sed 's/^debug: /- /' > "$OUT/phases.md"
{
  echo
  echo "Build of the $ENTITIES-entity application (Release, not part of the target): $BUILD_MS ms."
  echo
  echo "One run of revision --autogenerate, by phase (--debug):"
  cat "$OUT/phases.md"
} >> "$OUT/efcore.md"
cat "$OUT/efcore.md"
