# shellcheck shell=bash
# A private, throw-away PostgreSQL server for the tests: a temp data directory, listening on
# 127.0.0.1 only, SCRAM password auth. Works without systemd (containers, CI).
#
# Source this file, then:
#   pg_test_start        starts the server; sets PG_TEST_CONNECTION (a Npgsql connection string
#                        to the "postgres" database) and PG_TEST_PORT
#   pg_test_stop         stops the server and deletes its directory (safe to call twice)
#
# Settings (environment): RETNING_PG_PORT (first port to try, default 55432).
# As root the server runs as the "postgres" system user (PostgreSQL refuses to run as root);
# otherwise as the calling user.

PG_TEST_DIR=""
PG_TEST_BIN=""
PG_TEST_PORT=""
PG_TEST_CONNECTION=""

_pg_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

_pg_port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pg_test_start() {
    PG_TEST_BIN=$(find /usr/lib/postgresql -maxdepth 3 -path '*/bin/initdb' -printf '%h\n' 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$PG_TEST_BIN" ]; then
        echo "PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)." >&2
        return 1
    fi

    local port=${RETNING_PG_PORT:-55432}
    local tries=0
    while _pg_port_in_use "$port"; do
        tries=$((tries + 1))
        if [ "$tries" -ge 20 ]; then
            echo "No free port for the test PostgreSQL from ${RETNING_PG_PORT:-55432} on." >&2
            return 1
        fi
        echo "Port $port is in use; trying $((port + 1)) for the test PostgreSQL." >&2
        port=$((port + 1))
    done
    PG_TEST_PORT=$port

    PG_TEST_DIR=$(mktemp -d "${TMPDIR:-/tmp}/retning-pg.XXXXXX")
    mkdir -p "$PG_TEST_DIR/sock"
    local password
    password=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
    printf '%s\n' "$password" > "$PG_TEST_DIR/pw"
    chmod 600 "$PG_TEST_DIR/pw"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres "$PG_TEST_DIR"
    fi

    if ! _pg_as_owner "$PG_TEST_BIN/initdb" -D "$PG_TEST_DIR/data" -U postgres --auth=scram-sha-256 \
            --pwfile="$PG_TEST_DIR/pw" -E UTF8 --locale=C.UTF-8 > "$PG_TEST_DIR/initdb.log" 2>&1; then
        cat "$PG_TEST_DIR/initdb.log" >&2
        return 1
    fi

    # fsync and synchronous_commit stay on: the app refuses to start without them.
    if ! _pg_as_owner "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 60 \
            -o "-p $PG_TEST_PORT -c listen_addresses=127.0.0.1 -k $PG_TEST_DIR/sock -c max_connections=200" \
            start > "$PG_TEST_DIR/pg_ctl.log" 2>&1; then
        cat "$PG_TEST_DIR/pg_ctl.log" "$PG_TEST_DIR/server.log" >&2 2>/dev/null || true
        return 1
    fi

    PG_TEST_CONNECTION="Host=127.0.0.1;Port=$PG_TEST_PORT;Username=postgres;Password=$password;Database=postgres"
}

pg_test_stop() {
    if [ -n "$PG_TEST_DIR" ] && [ -d "$PG_TEST_DIR" ]; then
        if [ -f "$PG_TEST_DIR/data/postmaster.pid" ]; then
            _pg_as_owner "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w -t 60 stop > /dev/null 2>&1 || true
        fi
        rm -rf "$PG_TEST_DIR"
    fi
    PG_TEST_DIR=""
}
