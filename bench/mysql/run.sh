#!/usr/bin/env bash
# Times `dotnet dbsync upgrade` of 1,000 generated versions (each CREATE TABLE + CREATE INDEX + a 2-row INSERT) on a
# private MariaDB, against the plain `mariadb` client running the same statements one at a time with a version-row
# UPDATE after each version (DESIGN.md section 11: DbSync at most 1.15x the client).
#
# Usage: bench/mysql/run.sh [versions] [rounds]     (defaults: 1000 versions, 3 rounds; the median is reported)
# Needs: mariadb-server (mariadbd, mariadb-install-db, mariadb), the .NET SDK. The repository comes from
# bench/common.sh's generate_repository, as in the SQLite bench.
set -euo pipefail

VERSIONS=${1:-1000}
ROUNDS=${2:-3}
# shellcheck source=../common.sh
source "$(cd "$(dirname "$0")/.." && pwd)/common.sh"
WORK=$(mktemp -d /tmp/dbsync-bench-mysql.XXXXXX)
# The tool goes into this run's own folder, so a concurrent bench of another section keeps bench/out/tool.
OUT=$WORK/out
# Outside the checkout, so its .config/dotnet-tools.json does not pick another version of the tool.
cd "$WORK"
DATA=$WORK/data
PASSWORD='b3nch@pw'
PASSWORD_URL='b3nch%40pw'
SERVER_PID=

cleanup() {
    if [ -n "$SERVER_PID" ]; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

now() { date +%s.%N; }

since() { awk -v end="$(now)" -v start="$1" 'BEGIN { printf "%.3f", end - start }'; }

echo "== packing and installing the tool (Release)" >&2
install_tool

echo "== starting a private MariaDB" >&2
mkdir -p "$DATA"
USER_NAME=$(id -un)
mariadb-install-db --no-defaults --datadir="$DATA" --auth-root-authentication-method=normal --user="$USER_NAME" --skip-test-db >/dev/null
PORT=$(free_port)
mariadbd --no-defaults --datadir="$DATA" --socket="$DATA/sock" --port="$PORT" --bind-address=127.0.0.1 \
    --user="$USER_NAME" --skip-log-bin --log-error="$DATA/error.log" &
SERVER_PID=$!
for _ in $(seq 1 600); do
    if mariadb --no-defaults -uroot -S "$DATA/sock" -e 'SELECT 1' >/dev/null 2>&1; then break; fi
    sleep 0.1
done
mariadb --no-defaults -uroot -S "$DATA/sock" -e "CREATE USER 'bench'@'127.0.0.1' IDENTIFIED BY '$PASSWORD'; GRANT ALL ON *.* TO 'bench'@'127.0.0.1';"
SERVER_VERSION=$(mariadb --no-defaults -uroot -S "$DATA/sock" -N -e 'SELECT VERSION()')

echo "== generating $VERSIONS versions" >&2
REPO=$WORK/repo
generate_repository "$REPO" "$VERSIONS"
# The client runs the very same statements, file by file, each version followed by its version-row update.
CLIENT_SQL=$WORK/client.sql
{
    echo "CREATE TABLE migrate_version (repository_id VARCHAR(250) NOT NULL, repository_path TEXT, version INTEGER, PRIMARY KEY (repository_id));"
    echo "INSERT INTO migrate_version VALUES ('bench', '$REPO', 0);"
    v=0
    for script in "$REPO"/versions/*_upgrade.sql; do
        v=$((v + 1))
        cat "$script"
        echo "UPDATE migrate_version SET version = $v WHERE repository_id = 'bench' AND version = $((v - 1));"
    done
} > "$CLIENT_SQL"

fresh_database() {
    mariadb --no-defaults -uroot -S "$DATA/sock" -e "DROP DATABASE IF EXISTS $1; CREATE DATABASE $1 CHARACTER SET utf8mb4;"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

minimum() { sort -n | head -1; }

client_times=()
dbsync_times=()
ratios=()
for round in $(seq 1 "$ROUNDS"); do
    fresh_database bench_client
    start=$(now)
    mariadb --no-defaults -h127.0.0.1 -P"$PORT" -ubench -p"$PASSWORD" bench_client < "$CLIENT_SQL"
    client_times+=("$(since "$start")")

    fresh_database bench_dbsync
    printf '[database]\nconnection = mysql+pymysql://bench:%s@127.0.0.1:%s/bench_dbsync\n' "$PASSWORD_URL" "$PORT" > "$WORK/bench.conf"
    start=$(now)
    $DBSYNC --config-file "$WORK/bench.conf" --repository "$REPO" upgrade > "$WORK/dbsync.out"
    dbsync_times+=("$(since "$start")")
    applied=$(mariadb --no-defaults -uroot -S "$DATA/sock" -N -e "SELECT version FROM bench_dbsync.migrate_version")
    [ "$applied" = "$VERSIONS" ] || { echo "DbSync stopped at version $applied" >&2; exit 1; }
    # Each round runs both right after each other, so the ratio within a round is the figure least moved by other load.
    ratios+=("$(awk -v a="${dbsync_times[-1]}" -v b="${client_times[-1]}" 'BEGIN { printf "%.3f", a / b }')")
    echo "round $round: mariadb ${client_times[-1]} s, dotnet dbsync ${dbsync_times[-1]} s, ratio ${ratios[-1]}" >&2
done

CLIENT=$(printf '%s\n' "${client_times[@]}" | median)
DBSYNC_TIME=$(printf '%s\n' "${dbsync_times[@]}" | median)
RATIO=$(printf '%s\n' "${ratios[@]}" | median)
# The fastest round of each is the one least disturbed by other processes on a shared machine.
CLIENT_BEST=$(printf '%s\n' "${client_times[@]}" | minimum)
DBSYNC_BEST=$(printf '%s\n' "${dbsync_times[@]}" | minimum)
BEST_RATIO=$(awk -v a="$DBSYNC_BEST" -v b="$CLIENT_BEST" 'BEGIN { printf "%.3f", a / b }')
printf 'MariaDB %s, %d versions, median of %d rounds (load average at the end: %s)\n' "$SERVER_VERSION" "$VERSIONS" "$ROUNDS" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '  mariadb client, one statement at a time: %.2f s (best %.2f s)\n' "$CLIENT" "$CLIENT_BEST"
printf '  dotnet dbsync upgrade:                   %.2f s (best %.2f s)\n' "$DBSYNC_TIME" "$DBSYNC_BEST"
printf '  ratio: %sx median of the rounds'"'"' ratios, %sx best to best (target: at most 1.15x)\n' "$RATIO" "$BEST_RATIO"
