#!/usr/bin/env bash
# Two Retning instances behind nginx on one PostgreSQL (docs/deployment.md, "More than one machine"):
# shows that a login on one instance is valid on the other, that the daily reminder job runs under
# its database lease on one instance at a time, and measures one vs two instances through the proxy
# (wrk, 16 connections) with each instance's peak working set.
#
#   bench/cluster/run.sh [seconds per wrk run, default 10]
#
# Everything is private and thrown away at the end: a PostgreSQL on a free port from 55532
# (scripts/lib/test-postgres.sh), the app built in Release, two `dotnet Retning.Web.dll` on free
# 127.0.0.1 ports, nginx in the foreground with its config, pid and logs in a temp folder.
# Settings (environment): SKIP_BUILD=1 uses the existing Release build; KEEP=1 keeps the temp folder.
set -euo pipefail

seconds=${1:-10}
repo=$(cd "$(dirname "$0")/../.." && pwd)
here="$repo/bench/cluster"
user_email=anne@demo.retning.dk        # Afdelingsleder, Mågen: no two-factor required by default
password='Demo-Retning-2026!'
citizen_query=Agnes                    # Agnes Madsen (Mågen) has a demo plan with goals and notes

need() { command -v "$1" > /dev/null 2>&1; }
apt_install() {
    if [ "$(id -u)" -eq 0 ]; then apt-get install -y "$@" > /dev/null || { apt-get update > /dev/null && apt-get install -y "$@" > /dev/null; }
    else sudo apt-get install -y "$@" > /dev/null; fi
}
need nginx || { echo "Installing nginx (Debian)…"; apt_install nginx; }
need wrk || { echo "Installing wrk (Debian)…"; apt_install wrk; }
need psql || apt_install postgresql-client
need curl || apt_install curl

work=$(mktemp -d "${TMPDIR:-/tmp}/retning-cluster.XXXXXX")
app_pids=()
nginx_pid=""
# shellcheck source=scripts/lib/test-postgres.sh
. "$repo/scripts/lib/test-postgres.sh"
cleanup() {
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2> /dev/null || true
    for pid in "${app_pids[@]}"; do kill "$pid" 2> /dev/null || true; done
    for pid in "${app_pids[@]}"; do wait "$pid" 2> /dev/null || true; done
    pg_test_stop
    if [ "${KEEP:-0}" = 1 ]; then echo "Kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# --- PostgreSQL -------------------------------------------------------------------------------
RETNING_PG_PORT=${RETNING_PG_PORT:-55532} pg_test_start
pg_password=$(sed -n 's/.*Password=\([^;]*\).*/\1/p' <<< "$PG_TEST_CONNECTION")
export PGHOST=127.0.0.1 PGPORT=$PG_TEST_PORT PGUSER=postgres PGPASSWORD=$pg_password
psql -q -d postgres -c 'CREATE DATABASE retning' > /dev/null
sql() { psql -d retning -At -F ' | ' -c "$1"; }
connection="Host=127.0.0.1;Port=$PG_TEST_PORT;Username=postgres;Password=$pg_password;Database=retning;Pooling=true"
echo "PostgreSQL on 127.0.0.1:$PG_TEST_PORT, database retning"

# --- The app ----------------------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "Building src/Retning.Web (Release)…"
    dotnet build "$repo/src/Retning.Web" -c Release -v q -nologo > "$work/build.log" || { tail -30 "$work/build.log"; exit 1; }
fi
dll="$repo/src/Retning.Web/bin/Release/net10.0/Retning.Web.dll"

# One instance: Production (secure cookies, the error page), its own port, the shared database.
# The reminder job looks for work every 5 s from hour 0 so that its lease can be watched here
# (production: every 5 min from 06:00).
start_instance() { # n port
    (
        cd "$repo/src/Retning.Web"
        # env: a variable name with dots (the log category) cannot be a shell assignment.
        exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$2" \
            Database__Provider=Postgres ConnectionStrings__Retning="$connection" \
            Demo__Seed=true Reminders__Interval=00:00:05 Reminders__SendFromHour=0 \
            Logging__LogLevel__Default=Warning Logging__LogLevel__Retning.Web.Jobs=Information \
            dotnet "$dll" > "$work/app$1.log" 2>&1
    ) &
    app_pids+=("$!")
}
wait_healthy() { # n port
    for _ in $(seq 1 300); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$2/health")" = 200 ]; then return 0; fi
        if ! kill -0 "${app_pids[$1 - 1]}" 2> /dev/null; then break; fi
        sleep 0.5
    done
    echo "Instance $1 did not become healthy:" >&2
    tail -40 "$work/app$1.log" >&2
    exit 1
}
port1=$(free_port)
port2=$(free_port)
# The first instance migrates and seeds the demo; the second starts on the ready database.
start_instance 1 "$port1"
wait_healthy 1 "$port1"
start_instance 2 "$port2"
wait_healthy 2 "$port2"
echo "Instance 1: http://127.0.0.1:$port1 (pid ${app_pids[0]}), instance 2: http://127.0.0.1:$port2 (pid ${app_pids[1]})"

# --- nginx ------------------------------------------------------------------------------------
proxy_all=$(free_port)
proxy_one=$(free_port)
mkdir -p "$work/nginx/tmp"
[ "$(id -u)" -eq 0 ] && chown -R www-data "$work/nginx/tmp" 2> /dev/null || true
server_line() { printf '        server 127.0.0.1:%s max_fails=2 fail_timeout=10s;\n' "$1"; }
upstream_all="$(server_line "$port1")
$(server_line "$port2")"
upstream_one=$(server_line "$port1")
cp "$here/proxy_headers.conf" "$work/nginx/"
UPSTREAM_ALL=$upstream_all UPSTREAM_ONE=$upstream_one DIR="$work/nginx" PORT_BOTH=$proxy_all PORT_ONE=$proxy_one \
    awk '{ gsub(/@DIR@/, ENVIRON["DIR"]); gsub(/@PORT_BOTH@/, ENVIRON["PORT_BOTH"]); gsub(/@PORT_ONE@/, ENVIRON["PORT_ONE"]);
           if ($0 ~ /@UPSTREAM_ALL@/) { print ENVIRON["UPSTREAM_ALL"]; next }
           if ($0 ~ /@UPSTREAM_ONE@/) { print ENVIRON["UPSTREAM_ONE"]; next } print }' \
    "$here/nginx.conf.template" > "$work/nginx/nginx.conf"
nginx -t -q -p "$work/nginx" -c "$work/nginx/nginx.conf"
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" &
nginx_pid=$!
for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$proxy_all/health" && break; sleep 0.1; done
echo "nginx (pid $nginx_pid): http://127.0.0.1:$proxy_all → both instances, http://127.0.0.1:$proxy_one → instance 1 only"

# --- A browser in curl ------------------------------------------------------------------------
# The cookies are Secure (Production), which curl's cookie jar would not send over plain http to
# 127.0.0.1: keep them by hand as "name=value" lines in $work/cookies.
cookie_header() { awk -F= '!seen[$1]++' <(tac "$work/cookies") | paste -sd';' | sed 's/;/; /g'; }
keep_cookies() { grep -i '^set-cookie:' "$1" | sed 's/^[^:]*: *//; s/;.*//' | tr -d '\r' >> "$work/cookies" || true; }
form_value() { # html-file field-name
    grep -o "<input[^>]*name=\"$2\"[^>]*>" "$1" | head -1 | sed -n 's/.*value="\([^"]*\)".*/\1/p'
}
upstream_of() { grep -i '^x-upstream:' "$1" | tr -d '\r' | cut -d' ' -f2; }
log_in() { # base-url-for-the-form base-url-for-the-post
    : > "$work/cookies"
    curl -s -D "$work/h" -o "$work/login.html" "$1/log-ind"
    keep_cookies "$work/h"
    local token status location
    token=$(form_value "$work/login.html" __RequestVerificationToken)
    read -r status location < <(curl -s -D "$work/h" -o /dev/null -w '%{http_code} %{redirect_url}\n' -H "Cookie: $(cookie_header)" \
        --data-urlencode "Input.Email=$user_email" --data-urlencode "Input.Password=$password" \
        --data-urlencode "__RequestVerificationToken=$token" "$2/log-ind")
    keep_cookies "$work/h"
    if [ "$status" != 302 ] || [[ "$location" == */log-ind* ]]; then
        echo "Login as $user_email failed: $status $location" >&2
        exit 1
    fi
}
get_status() { curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $(cookie_header)" "$1"; }

inst1="http://127.0.0.1:$port1"
inst2="http://127.0.0.1:$port2"
echo
echo "== (a) One login, valid on every instance (load $(load))"
log_in "$inst1" "$inst1"
echo "Logged in as $user_email on instance 1 directly."
citizen=$(curl -s -H "Cookie: $(cookie_header)" "$inst1/borgere?q=$citizen_query" \
    | grep -o '/borgere/[0-9a-f]\{8\}-[0-9a-f-]\{27\}' | head -1 | cut -d/ -f3)
[ -n "$citizen" ] || { echo "No citizen found for '$citizen_query'." >&2; exit 1; }
citizen_page="/borgere/$citizen"
plan_page="/borgere/$citizen/plan"
echo "  GET $citizen_page on instance 1: $(get_status "$inst1$citizen_page")"
echo "  GET $citizen_page on instance 2 with instance 1's cookie: $(get_status "$inst2$citizen_page")"
echo "  without the cookie on instance 2: $(curl -s -o /dev/null -w '%{http_code} → %{redirect_url}' "$inst2$citizen_page")"
log_in "$inst1" "$inst2"
echo "Logged in with the form (and antiforgery token) of instance 1 posted to instance 2: accepted."
echo "  GET $plan_page on instance 1 with instance 2's session: $(get_status "$inst1$plan_page")"
echo "Through the proxy (round robin):"
for _ in 1 2 3 4; do
    curl -s -D "$work/h" -o /dev/null -H "Cookie: $(cookie_header)" "http://127.0.0.1:$proxy_all$citizen_page"
    printf '  GET %s → %s from %s\n' "$citizen_page" "$(head -1 "$work/h" | cut -d' ' -f2)" "$(upstream_of "$work/h")"
done
echo "Data-protection keys in the database (table DataProtectionKeys, one key ring for all instances):"
sql 'SELECT "Id", substring("Xml" from '"'"'<creationDate>([^<]*)'"'"') AS created, substring("Xml" from '"'"'<expirationDate>([^<]*)'"'"') AS expires FROM "DataProtectionKeys" ORDER BY "Id"' | sed 's/^/  /'
echo "Server-side sessions of $user_email in the database: $(sql 'SELECT count(*) FROM "UserSessions" s JOIN "AspNetUsers" u ON u."Id" = s."UserId" WHERE u."Email" = '"'$user_email'" 2> /dev/null || echo '(table not found)')"

echo
echo "== (b) The daily reminder runs under its lease, on one instance at a time"
sleep 6 # at least one tick of each instance (interval 5 s)
holders=()
for _ in $(seq 1 40); do
    holders+=("$(sql "SELECT \"Holder\" FROM \"JobLeases\" WHERE \"Name\" = 'daily-digest'")")
    sleep 0.25
done
printf '%s\n' "${holders[@]}" | sort | uniq -c | sed 's/^/  lease daily-digest last held by (count of 40 polls): /'
echo "  instance pids: 1 = ${app_pids[0]}, 2 = ${app_pids[1]} (the holder is machine:pid:guid)"
for n in 1 2; do
    runs=$(grep -c 'Daily reminders made' "$work/app$n.log" || true)
    sum=$(grep -o 'made for [^:]*: [0-9]*' "$work/app$n.log" | awk '{ s += $NF } END { print s + 0 }')
    failed=$(grep -c 'daily reminder run failed' "$work/app$n.log" || true)
    echo "  instance $n: held the lease and looked for work $runs times, made $sum digests; $failed failed runs"
done
echo "  digests in the database: $(sql 'SELECT count(*) FROM "DailyDigests"'), duplicates per (user, day): $(sql 'SELECT count(*) FROM (SELECT 1 FROM "DailyDigests" GROUP BY "UserId", "ForDate" HAVING count(*) > 1) d')"
echo "  audit rows of the job per holder:"
sql "SELECT count(*), \"CorrelationId\" FROM \"AuditEntries\" WHERE \"UserName\" = 'Retning (daglig påmindelse)' GROUP BY \"CorrelationId\"" | sed 's/^/    /'

echo
echo "== (c) One instance vs two through nginx: wrk -t2 -c16 -d${seconds}s --latency"
reset_peaks() { for pid in "${app_pids[@]}"; do echo 5 > "/proc/$pid/clear_refs" 2> /dev/null || true; done; }
peak() { awk '/VmHWM/ { printf "%d MB", $2 / 1024 }' "/proc/$1/status"; }
# wrk's own timeout is 2 s; under load a slower answer would count as an error instead of as latency.
bench() { # label port path
    local out="$work/wrk.txt" shown before rps p99 errors timeouts
    shown=$(sed "s/$citizen/{id}/" <<< "$3")
    before=$(load)
    wrk -t2 -c16 -d"${seconds}s" --latency --timeout 30s -H "Cookie: $(cookie_header)" "http://127.0.0.1:$2$3" > "$out"
    rps=$(awk '/^Requests\/sec/ { print $2 }' "$out")
    p99=$(awk '$1 == "99%" { print $2 }' "$out")
    errors=$(awk '/Non-2xx/ { print $NF }' "$out")
    timeouts=$(awk '/Socket errors/ { print $NF }' "$out")
    printf '%-12s %-20s %8s req/s  p99 %8s  non-2xx %s  timeouts %s  load %s → %s  peak WS: 1 = %s, 2 = %s\n' \
        "$1" "$shown" "$rps" "$p99" "${errors:-0}" "${timeouts:-0}" "$before" "$(load)" \
        "$(peak "${app_pids[0]}")" "$(peak "${app_pids[1]}")"
}
# Warm both instances (JIT, connection pools) before measuring.
wrk -t2 -c16 -d3s -H "Cookie: $(cookie_header)" "http://127.0.0.1:$proxy_all$plan_page" > /dev/null
wrk -t2 -c16 -d3s -H "Cookie: $(cookie_header)" "http://127.0.0.1:$proxy_all$citizen_page" > /dev/null
for path in "$citizen_page" "$plan_page"; do
    reset_peaks
    bench "1 instance" "$proxy_one" "$path"
    reset_peaks
    bench "2 instances" "$proxy_all" "$path"
done
echo "(peak WS = VmHWM of each instance during that run; /proc/<pid>/clear_refs reset it before each run)"
echo "Audit rows: $(sql 'SELECT count(*) FROM "AuditEntries"'); the chain checked by the app's own verify-audit:"
(cd "$repo/src/Retning.Web" && Database__Provider=Postgres ConnectionStrings__Retning="$connection" Logging__LogLevel__Default=Warning \
    dotnet "$dll" verify-audit | sed 's/^/  /') || echo "  verify-audit failed (exit $?)"
echo "Errors logged by the instances (the first is EF looking for its history table in the new database):"
grep -h -A1 '^fail:' "$work"/app*.log | grep -v '^fail:\|^--' | sort | uniq -c | sed 's/^/  /' || true
