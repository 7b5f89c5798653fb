# shellcheck shell=bash
# The autogenerate workload, shared by bench/autogenerate/run.sh and bench/run: a repository whose version 1 creates
# TABLES tables (each with a primary key, a foreign key to the previous table, every 50th ON DELETE CASCADE, a unique
# column, a CHECK, a CURRENT_TIMESTAMP default and two indexes) and a model.sql of TABLES + 5 tables with about 60
# changes against it: added columns (ALTER TABLE), widened columns (SQLite table rebuilds), added and dropped
# indexes, new tables.

# autogenerate_table N DESIRED: one table of the generated schema; DESIRED=1 writes the model's version of it.
autogenerate_table() {
  local i="$1" desired="$2" n p name_type="VARCHAR(64)" action=""
  printf -v n 't%04d' "$i"; printf -v p 't%04d' $((i - 1))
  if [ "$desired" = 1 ] && [ $((i % 25)) = 0 ]; then name_type="VARCHAR(128)"; fi
  if [ $((i % 50)) = 0 ]; then action=" ON DELETE CASCADE"; fi
  printf 'CREATE TABLE %s (\n    id INTEGER NOT NULL PRIMARY KEY,\n' "$n"
  if [ "$i" -gt 1 ]; then printf '    parent_id INTEGER REFERENCES %s (id)%s,\n' "$p" "$action"; fi
  printf '    code VARCHAR(32) NOT NULL UNIQUE,\n    name %s NOT NULL,\n    qty INTEGER NOT NULL DEFAULT 0 CHECK (qty >= 0),\n' "$name_type"
  printf '    price NUMERIC(10, 2),\n    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP'
  if [ "$desired" = 1 ] && [ $((i % 10)) = 0 ]; then printf ',\n    note TEXT'; fi
  printf '\n);\n'
  if [ "$desired" = 0 ] || [ $((i % 50)) != 0 ]; then printf 'CREATE INDEX ix_%s_name ON %s (name);\n' "$n" "$n"; fi
  if [ "$i" -gt 1 ]; then printf 'CREATE INDEX ix_%s_parent ON %s (parent_id);\n' "$n" "$n"; fi
  if [ "$desired" = 1 ] && [ $((i % 30)) = 0 ]; then printf 'CREATE INDEX ix_%s_qty ON %s (qty);\n' "$n" "$n"; fi
  printf '\n'
}

# autogenerate_workload REPO TABLES: writes the repository (migrate.cfg naming model.sql, version 1, model.sql).
autogenerate_workload() {
  local repo="$1" tables="$2" i
  rm -rf "$repo"; mkdir -p "$repo/versions"
  printf '[db_settings]\nrepository_id=bench\nversion_table=migrate_version\nrequired_dbs=[]\nuse_timestamp_numbering=False\n\n[dbsync]\nmodel = model.sql\n' > "$repo/migrate.cfg"
  for ((i = 1; i <= tables; i++)); do autogenerate_table "$i" 0; done > "$repo/versions/001_schema_default_upgrade.sql"
  echo "-- not used" > "$repo/versions/001_schema_default_downgrade.sql"
  for ((i = 1; i <= tables + 5; i++)); do autogenerate_table "$i" 1; done > "$repo/model.sql"
}
