# shellcheck shell=bash
# The PostgreSQL of bench/insight.sh: one server for every region size, kept between runs (the regions take long to
# make). PG_CONNECTION (a Npgsql connection string to any database of a running server) uses that server instead.
# The settings are those a server with this much data would be given (bench/README.md): 2 GB shared buffers, 32 MB work
# memory; fsync and synchronous commit stay on (the app refuses to start without them).

insight_pg_up() { # data directory
    if [ -n "${PG_CONNECTION:-}" ]; then return 0; fi
    local dir=$1 bin
    bin=$(find /usr/lib/postgresql -maxdepth 3 -path '*/bin/initdb' -printf '%h\n' 2> /dev/null | sort -V | tail -n 1)
    [ -n "$bin" ] || { apt-get update > /dev/null && apt-get install -y postgresql > /dev/null; bin=$(find /usr/lib/postgresql -maxdepth 3 -path '*/bin/initdb' -printf '%h\n' | sort -V | tail -n 1); }
    local owner=()
    [ "$(id -u)" -eq 0 ] && owner=(runuser -u postgres --)
    if [ ! -d "$dir/data" ]; then
        mkdir -p "$dir"
        head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24 > "$dir/pw"
        chmod 600 "$dir/pw"
        [ "$(id -u)" -eq 0 ] && chown -R postgres "$dir"
        "${owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=scram-sha-256 --pwfile="$dir/pw" -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log"
        cat >> "$dir/data/postgresql.conf" << CONF
listen_addresses = '127.0.0.1'
port = ${INSIGHT_PG_PORT:-56200}
unix_socket_directories = '$dir'
max_connections = 200
shared_buffers = 2GB
effective_cache_size = 12GB
work_mem = 32MB
maintenance_work_mem = 512MB
max_wal_size = 8GB
# The figures' reads are plain scans and joins: compiling them (JIT) costs 20–40 ms a query and saved nothing measurable.
jit = off
CONF
    fi
    if ! "${owner[@]}" "$bin/pg_ctl" -D "$dir/data" status > /dev/null 2>&1; then
        "${owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 120 start > /dev/null
    fi
    PG_CONNECTION="Host=127.0.0.1;Port=${INSIGHT_PG_PORT:-56200};Username=postgres;Password=$(cat "$dir/pw");Database=postgres"
}

insight_pg_connection() { # database
    echo "${PG_CONNECTION/Database=postgres/Database=$1}"
}

insight_pg_create() { # database (nothing when it exists)
    local password host port
    password=$(sed -n 's/.*Password=\([^;]*\).*/\1/p' <<< "$PG_CONNECTION")
    host=$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<< "$PG_CONNECTION")
    port=$(sed -n 's/.*Port=\([^;]*\).*/\1/p' <<< "$PG_CONNECTION")
    PGPASSWORD=$password psql -h "$host" -p "$port" -U postgres -d postgres -qAt -c "CREATE DATABASE $1" 2> /dev/null || true
}
