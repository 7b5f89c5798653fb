#!/usr/bin/env bash
# Checks every corpus entry with the plain clients, without DbSync:
#   - base.sql runs on an empty database;
#   - the versions' upgrade scripts then run in order;
#   - for every version N with a downgrade script: base + upgrades 1..N, downgrade N, upgrade N again;
#   - every models/NNN.sql runs on an empty database.
# SQLite entries use sqlite3 -bail. MySQL entries use the mariadb client (it runs the DELIMITER
# directive) against a private MariaDB server that this script starts on a temporary datadir and
# stops by its pid; set CORPUS_MYSQL_SOCKET to use a running server instead (root, no password).
#
# Usage: tests/corpus/verify.sh [ENTRY-DIR...]      (default: every tests/corpus/{sqlite,mysql}/*)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d /tmp/corpus-verify.XXXXXX)
FAILS=0 PASSES=0 MYSQLD_PID=
cleanup() {
    if [ -n "$MYSQLD_PID" ]; then
        kill "$MYSQLD_PID" 2>/dev/null
        wait "$MYSQLD_PID" 2>/dev/null
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

if [ $# -gt 0 ]; then
    ENTRIES=()
    for e in "$@"; do ENTRIES+=("$(cd "$e" && pwd)"); done
else
    ENTRIES=("$HERE"/sqlite/*/ "$HERE"/mysql/*/)
fi

ok()   { PASSES=$((PASSES + 1)); echo "ok   $1"; }
fail() { FAILS=$((FAILS + 1)); echo "FAIL $1"; sed 's/^/     /' "$WORK/err" | head -20; }

upgrades()   { ls "$1"/versions/*_upgrade.sql 2>/dev/null | sort; }
downgrade_of() { local u=$1; local d=${u%_upgrade.sql}_downgrade.sql; [ -f "$d" ] && echo "$d"; }

# ---- SQLite ---------------------------------------------------------------------------------
sq() { sqlite3 -bail "$1" < "$2" > /dev/null 2> "$WORK/err" && [ ! -s "$WORK/err" ]; }

verify_sqlite() {
    local e=$1 name db u d f n=0
    name=sqlite/$(basename "$e")
    db=$WORK/x.db; rm -f "$db"
    if ! sq "$db" "$e/base.sql"; then fail "$name base.sql"; return; fi
    ok "$name base.sql"
    mapfile -t ups < <(upgrades "$e")
    for u in "${ups[@]}"; do
        if ! sq "$db" "$u"; then fail "$name $(basename "$u")"; return; fi
        ok "$name $(basename "$u")"
    done
    for ((n = 0; n < ${#ups[@]}; n++)); do
        d=$(downgrade_of "${ups[$n]}") || continue
        rm -f "$db"; sq "$db" "$e/base.sql"
        for ((i = 0; i <= n; i++)); do sq "$db" "${ups[$i]}"; done
        if sq "$db" "$d" && sq "$db" "${ups[$n]}"; then ok "$name $(basename "$d") (and upgrade again)"
        else fail "$name $(basename "$d")"; fi
    done
    for f in "$e"/models/*.sql; do
        [ -f "$f" ] || continue
        rm -f "$db"
        if sq "$db" "$f"; then ok "$name models/$(basename "$f")"; else fail "$name models/$(basename "$f")"; fi
    done
}

# ---- MySQL / MariaDB ------------------------------------------------------------------------
SOCK=${CORPUS_MYSQL_SOCKET:-}
start_mysql() {
    [ -n "$SOCK" ] && return 0
    local dd=$WORK/mysql port=$((33000 + RANDOM % 2000))
    mkdir -p "$dd"
    mariadb-install-db --no-defaults --datadir="$dd" --auth-root-authentication-method=normal \
        --user=root > "$WORK/install.log" 2>&1 || { cat "$WORK/install.log"; return 1; }
    mariadbd --no-defaults --datadir="$dd" --socket="$dd/sock" --port=$port --bind-address=127.0.0.1 \
        --user=root --skip-log-bin > "$WORK/mysqld.log" 2>&1 &
    MYSQLD_PID=$!
    for _ in $(seq 60); do
        mariadb --no-defaults -uroot -S "$dd/sock" -e 'SELECT 1' > /dev/null 2>&1 && { SOCK=$dd/sock; return 0; }
        sleep 0.5
    done
    cat "$WORK/mysqld.log"; return 1
}
my()  { mariadb --no-defaults -uroot -S "$SOCK" "$@"; }
myf() { my "$1" < "$2" > /dev/null 2> "$WORK/err"; }
fresh() { my -e "DROP DATABASE IF EXISTS \`$1\`; CREATE DATABASE \`$1\` CHARACTER SET utf8mb4;"; }

verify_mysql() {
    local e=$1 name db u d f n=0
    name=mysql/$(basename "$e")
    db=corpus_$(basename "$e" | tr -c 'a-zA-Z0-9_\n' _)
    fresh "$db"
    if ! myf "$db" "$e/base.sql"; then fail "$name base.sql"; return; fi
    ok "$name base.sql"
    mapfile -t ups < <(upgrades "$e")
    for u in "${ups[@]}"; do
        if ! myf "$db" "$u"; then fail "$name $(basename "$u")"; return; fi
        ok "$name $(basename "$u")"
    done
    for ((n = 0; n < ${#ups[@]}; n++)); do
        d=$(downgrade_of "${ups[$n]}") || continue
        fresh "$db"; myf "$db" "$e/base.sql"
        for ((i = 0; i <= n; i++)); do myf "$db" "${ups[$i]}"; done
        if myf "$db" "$d" && myf "$db" "${ups[$n]}"; then ok "$name $(basename "$d") (and upgrade again)"
        else fail "$name $(basename "$d")"; fi
    done
    for f in "$e"/models/*.sql; do
        [ -f "$f" ] || continue
        fresh "$db"
        if myf "$db" "$f"; then ok "$name models/$(basename "$f")"; else fail "$name models/$(basename "$f")"; fi
    done
    my -e "DROP DATABASE \`$db\`"
}

MYSQL_STARTED=
for e in "${ENTRIES[@]}"; do
    e=${e%/}
    case "$(basename "$(dirname "$e")")" in
        sqlite) verify_sqlite "$e" ;;
        mysql)
            if [ -z "$MYSQL_STARTED" ]; then
                start_mysql || { echo "FAIL could not start MariaDB"; exit 1; }
                MYSQL_STARTED=1
            fi
            verify_mysql "$e" ;;
        *) echo "skip $e (not under sqlite/ or mysql/)" ;;
    esac
done
echo "$PASSES passed, $FAILS failed"
[ "$FAILS" -eq 0 ]
