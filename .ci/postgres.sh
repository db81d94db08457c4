#!/usr/bin/env bash
# Install Debian's PostgreSQL, start a throwaway cluster on 127.0.0.1 and print
# the URL the server's tests use. Idempotent: a running cluster is reused.
#
#   eval "$(.ci/postgres.sh)"      # exports DAPODIK_TEST_POSTGRES_URL
#   .ci/postgres.sh stop           # stops the cluster
#
# Progress goes to stderr; stdout carries only the export line.
set -euo pipefail

PORT="${DAPODIK_PG_PORT:-55432}"
DATA="${DAPODIK_PG_DATA:-/tmp/dapodik-ci-postgres}"
DB=dapodik_test

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "postgres.sh: installing postgresql" >&2
    $SUDO apt-get update -qq >&2
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

# initdb and postgres refuse to run as root: run them as the postgres user then.
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-}" = stop ]; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -m fast stop >&2 || true
    exit 0
fi

if [ ! -f "$DATA/PG_VERSION" ]; then
    mkdir -p "$DATA"
    [ "$(id -u)" = 0 ] && chown postgres: "$DATA"
    as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 >&2
fi
if ! as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    # fsync off: a CI cluster is thrown away, and tests then run at memory speed.
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
        -o "-h 127.0.0.1 -p $PORT -k $DATA -c max_connections=300 -c fsync=off" start >&2
fi
if ! "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB"
fi
echo "export DAPODIK_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:$PORT/$DB"
