#!/usr/bin/env bash
# The app beside the raw path (bench/README.md): builds Release, makes a fresh database with the demo data and the
# benchmark's citizens (Retning.Bench seed), starts the app and the raw path on it on two 127.0.0.1 ports, logs in,
# and alternates wrk runs A (app) and B (raw) per scenario, PAIRS pairs, with the load average before each pair.
#
#   bench/compare.sh [sqlite|postgres]            defaults: PAIRS=7 DURATION=20s (all scenarios: about 25 minutes)
#   PAIRS=3 DURATION=10s bench/compare.sh         all scenarios in under 10 minutes
#   PAIRS=2 DURATION=5s bench/compare.sh          a quick check
#   SKIP_BUILD=1 KEEP=1 …                         reuse the last build; keep the work folder (database, logs, raw wrk output)
#   SCENARIOS="plan timeline subgoal write"       choose scenarios; TIMEOUT=5s for a loaded machine (default 2s)
#   COUNTERS=0                                    no allocation per request (dotnet-counters); CPU per request is always measured
set -euo pipefail

PROVIDER=${1:-sqlite}
PAIRS=${PAIRS:-7}
DURATION=${DURATION:-20s}
# Long enough for tiered JIT to settle: 10 s into the plan page the app still spends ~45 % of its CPU compiling
# (dotnet-counters' dotnet.jit.compilation.time), the raw path far less; by 20 s both are at steady state (bench/README.md).
WARMUP=${WARMUP:-20s}
SCENARIOS=${SCENARIOS:-plan timeline subgoal write}
APP_PORT=${APP_PORT:-5601}
RAW_PORT=${RAW_PORT:-5602}
TIMEOUT=${TIMEOUT:-2s}                                   # wrk's own default; a slower answer counts as a timeout error
WRK=(wrk -t2 -c16 "-d$DURATION" --latency --timeout "$TIMEOUT")
USER_EMAIL=anne@demo.retning.dk
USER_PASSWORD='Demo-Retning-2026!'
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/retning-compare.XXXXXX")

# ---- The addresses, in one place (adjust here when the app's pages move) ---------------------------------------
plan_url() { echo "/borgere/$1/plan"; }
timeline_url() { echo "/borgere/$1/dagbog"; }            # page 1 of the timeline, newest first
subgoal_url() { echo "/borgere/$1/delmaal/$2"; }
note_form_url() { echo "/borgere/$1/dagbog/ny?delmaal=$2"; }
note_post_url() { echo "/borgere/$1/dagbog/ny"; }        # the raw path's; the app's is the form's action
# -----------------------------------------------------------------------------------------------------------------

command -v wrk > /dev/null || apt-get install -y wrk > /dev/null
# Allocation per request comes from the runtime's own counter (dotnet.gc.heap.total_allocated), read by dotnet-counters.
export PATH="$PATH:$HOME/.dotnet/tools"
if [ "${COUNTERS:-1}" != 0 ] && ! command -v dotnet-counters > /dev/null; then
    dotnet tool install -g dotnet-counters --version 10.0.750501 > /dev/null 2>&1 || echo "dotnet-counters not installed: no allocation figures"
fi
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null || true; done
    wait 2> /dev/null || true
    if [ "$PROVIDER" = postgres ]; then pg_test_stop; fi
    if [ -z "${KEEP:-}" ]; then rm -rf "$WORK"; else echo "kept $WORK"; fi
}
trap cleanup EXIT

if [ -z "${SKIP_BUILD:-}" ]; then
    echo "building (Release) …"
    for project in src/Retning.Web bench/Retning.Bench bench/Retning.RawPath; do
        dotnet build "$ROOT/$project" -c Release -nologo -v q > "$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
    done
fi
BENCH=(dotnet "$ROOT/bench/Retning.Bench/bin/Release/net10.0/Retning.Bench.dll")

APP_ENV=(ASPNETCORE_ENVIRONMENT=Production "ASPNETCORE_URLS=http://127.0.0.1:$APP_PORT" Logging__LogLevel__Default=Warning
    Reminders__Enabled=false Demo__Seed=true)
if [ "$PROVIDER" = postgres ]; then
    # shellcheck source=../scripts/lib/test-postgres.sh
    source "$ROOT/scripts/lib/test-postgres.sh"
    pg_test_start
    CONNECTION="$PG_TEST_CONNECTION;Pooling=true;Maximum Pool Size=100"
    APP_ENV+=(Database__Provider=Postgres "ConnectionStrings__Retning=$CONNECTION")
    DB_ARGS=(--pg "$CONNECTION")
else
    mkdir -p "$WORK/data"
    APP_ENV+=("Data__Folder=$WORK/data")
    DB_ARGS=(--sqlite "$WORK/data/retning.db")
fi

wait_healthy() { # port pid
    for _ in $(seq 1 300); do
        curl -sf -o /dev/null "http://127.0.0.1:$1/health" && return 0
        kill -0 "$2" 2> /dev/null || { echo "process on port $1 exited; see $WORK/*.log"; exit 1; }
        sleep 0.5
    done
    echo "port $1 not healthy"; exit 1
}

start_app() {
    (cd "$ROOT/src/Retning.Web" && exec env "${APP_ENV[@]}" dotnet bin/Release/net10.0/Retning.Web.dll >> "$WORK/app.log" 2>&1) &
    APP_PID=$!
    PIDS+=("$APP_PID")
    wait_healthy "$APP_PORT" "$APP_PID"
}

echo "database: $PROVIDER; first start (migrate, demo data) …"
start_app
kill "$APP_PID"; wait "$APP_PID" 2> /dev/null || true
echo "seeding the benchmark's citizens …"
"${BENCH[@]}" seed "${DB_ARGS[@]}" --notes 100,100000 | tee "$WORK/ids"
while IFS='=' read -r key value; do printf -v "ID_$key" '%s' "$value"; done < "$WORK/ids"
start_app
APP_PID_FOR_MEMORY=$APP_PID
(exec env "ASPNETCORE_URLS=http://127.0.0.1:$RAW_PORT" dotnet "$ROOT/bench/Retning.RawPath/bin/Release/net10.0/Retning.RawPath.dll" "${DB_ARGS[@]}" > "$WORK/raw.log" 2>&1) &
RAW_PID=$!
PIDS+=("$RAW_PID")
wait_healthy "$RAW_PORT" "$RAW_PID"

# Log in to the app (antiforgery token from the form, then the post), then open the note form (its action, antiforgery
# token and prefilled date and time; the same fields go to the raw path). Done again before every pair: the app checks
# the security stamp of a cookie older than 5 minutes on every request and sends a renewed cookie, which a browser keeps
# but wrk does not — with one cookie for the whole run, every request after minute 5 would pay a user lookup and a new
# cookie (ASP.NET Identity's SecurityStampValidator), which no browser causes.
JAR="$WORK/cookies"
source "$ROOT/bench/scripts/login.sh"
value_of() { grep -o "<input[^>]*name=\"$1\"[^>]*>" "$WORK/form.html" | head -1 | grep -o 'value="[^"]*"' | sed 's/value="//;s/"$//'; }
jar_cookie() { awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$JAR"; }
app_login() {
    log_in "$JAR" "http://127.0.0.1:$APP_PORT" "$USER_EMAIL" "$USER_PASSWORD"
    curl -s -b "$JAR" -c "$JAR" -o "$WORK/form.html" "http://127.0.0.1:$APP_PORT$(note_form_url "$ID_plan_citizen" "$ID_plan_subgoal")"
    APP_COOKIE=$(jar_cookie)
    FORM_ACTION=$(grep -o '<form[^>]*app-diary-form[^>]*>' "$WORK/form.html" | grep -o 'action="[^"]*"' | sed 's/action="//;s/"$//;s/&amp;/\&/g')
    NOTE_BODY="__RequestVerificationToken=$(token_of "$WORK/form.html")&Input.SubGoalId=$ID_plan_subgoal&Input.Score=2"
    NOTE_BODY+="&Input.Text=Vi+%C3%B8vede+sammen%3B+hun+klarede+det+meste+selv.&Input.ObservedDate=$(value_of Input.ObservedDate)"
    NOTE_BODY+="&Input.ObservedTime=$(value_of Input.ObservedTime | sed 's/:/%3A/')"
    export NOTE_BODY
}
app_login
"${BENCH[@]}" session "${DB_ARGS[@]}" --user "$USER_EMAIL" > "$WORK/session"
RAW_COOKIE="RawSession=$(sed -n 's/^user=//p' "$WORK/session"):$(sed -n 's/^session=//p' "$WORK/session")"

app_url() { echo "http://127.0.0.1:$APP_PORT$1"; }
raw_url() { echo "http://127.0.0.1:$RAW_PORT$1"; }
RESULTS="$WORK/results.tsv"
: > "$RESULTS"

to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }; printf "%.3f", v }'; }
seconds_of() { case $1 in *m) echo $((${1%m} * 60)) ;; *s) echo "${1%s}" ;; *) echo "$1" ;; esac; }   # wrk's 20s or 2m
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }   # user + system time of the process, in clock ticks
# run scenario pair side load cookie url [lua]: wrk, plus the side's CPU and allocation per request over the run
run() {
    local out="$WORK/wrk-$1-$2-$3.txt" lua=() pid=$APP_PID counters="" cookie=$5
    [ "$cookie" = app-cookie ] && cookie=$APP_COOKIE
    [ -n "${7:-}" ] && lua=(-s "$7")
    [ "$3" = raw ] && pid=$RAW_PID
    if [ "${COUNTERS:-1}" != 0 ] && command -v dotnet-counters > /dev/null; then
        counters="$out.counters.csv"
        # It writes its file when it ends by itself (a signal loses the buffer): it runs the wrk run plus 5 seconds.
        dotnet-counters collect -p "$pid" --counters 'System.Runtime[dotnet.gc.heap.total_allocated]' --refresh-interval 1 \
            --format csv -o "$counters" --duration "00:00:00:$(($(seconds_of "$DURATION") + 5))" > /dev/null 2>&1 &
        local counters_pid=$!
        sleep 3   # attached (the tool's own start-up is over before wrk starts)
    fi
    local ticks_before; ticks_before=$(cpu_ticks "$pid")
    RUN_ID=$(printf '%08x' $((RANDOM * 32768 + RANDOM))) "${WRK[@]}" "${lua[@]}" -H "Cookie: $cookie" "$6" > "$out" 2>&1
    local ticks_after; ticks_after=$(cpu_ticks "$pid")
    if [ -n "$counters" ]; then wait "$counters_pid" 2> /dev/null || true; fi
    local rps p50 p99 errors requests cpu_ms alloc_kb=""
    rps=$(awk '/^Requests\/sec/ { print $2 }' "$out")
    p50=$(awk '$1 == "50%" { print $2 }' "$out" | to_ms)
    p99=$(awk '$1 == "99%" { print $2 }' "$out" | to_ms)
    # Errors: non-2xx/3xx answers, socket errors (connect, read, write, timeout), and on writes every answer but 302.
    errors=$(awk '/Non-2xx or 3xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } /^not-302:/ { n += $2 } END { print n + 0 }' "$out")
    requests=$(awk '/requests in/ { print $1 }' "$out")
    cpu_ms=$(awk -v t=$((ticks_after - ticks_before)) -v hz="$(getconf CLK_TCK)" -v n="${requests:-0}" 'BEGIN { if (n > 0) printf "%.3f", t * 1000 / hz / n }')
    # The counter reports what was allocated in each second; the seconds before and after wrk are idle (the sum is the run's).
    [ -n "$counters" ] && [ -f "$counters" ] && alloc_kb=$(awk -F, -v n="${requests:-0}" '$3 ~ /total_allocated/ { b += $5 } END { if (n > 0) printf "%.1f", b / 1024 / n }' "$counters")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "${rps:-0}" "${p50:-0}" "${p99:-0}" "$errors" "${cpu_ms:-}" "$alloc_kb" >> "$RESULTS"
}
warm() { # cookie url [lua]: not counted; the first requests of a path pay for the JIT
    local lua=() cookie=$1; [ -n "${3:-}" ] && lua=(-s "$3")
    [ "$cookie" = app-cookie ] && cookie=$APP_COOKIE
    RUN_ID=$(printf '%08x' $((RANDOM * 32768 + RANDOM))) wrk -t2 -c16 "-d$WARMUP" "${lua[@]}" -H "Cookie: $cookie" "$2" > /dev/null 2>&1 || true
}
load() { cut -d' ' -f1 /proc/loadavg; }
check() { # cookie url: the page must answer 200 before it is measured
    local status; status=$(curl -s -o "$WORK/check.html" -w '%{http_code}' -H "Cookie: $1" "$2")
    [ "$status" = 200 ] || { echo "$2 answered $status"; exit 1; }
    echo "  $(wc -c < "$WORK/check.html") bytes  $2"
}

# pairs scenario sideA cookieA urlA sideB cookieB urlB [lua]
pairs() {
    app_login
    warm "$3" "$4" "${8:-}"; warm "$6" "$7" "${8:-}"
    for pair in $(seq 1 "$PAIRS"); do
        app_login   # a fresh cookie for every pair (see app_login)
        local l; l=$(load)
        run "$1" "$pair" "$2" "$l" "$3" "$4" "${8:-}"
        run "$1" "$pair" "$5" "$l" "$6" "$7" "${8:-}"
        echo "  $1 pair $pair done (load $l)"
    done
}

for scenario in $SCENARIOS; do
    case $scenario in
    plan)
        check "$APP_COOKIE" "$(app_url "$(plan_url "$ID_plan_citizen")")"; check "$RAW_COOKIE" "$(raw_url "$(plan_url "$ID_plan_citizen")")"
        pairs plan-30-goals app app-cookie "$(app_url "$(plan_url "$ID_plan_citizen")")" raw "$RAW_COOKIE" "$(raw_url "$(plan_url "$ID_plan_citizen")")" ;;
    timeline)
        for n in 100 100000; do
            citizen_var="ID_notes${n}_citizen"
            check "$APP_COOKIE" "$(app_url "$(timeline_url "${!citizen_var}")")"; check "$RAW_COOKIE" "$(raw_url "$(timeline_url "${!citizen_var}")")"
            pairs "timeline-$n-notes" app app-cookie "$(app_url "$(timeline_url "${!citizen_var}")")" raw "$RAW_COOKIE" "$(raw_url "$(timeline_url "${!citizen_var}")")"
        done ;;
    subgoal)
        # App only: the same sub-goal page at 100 and at 100,000 notes (ratio 100k ÷ 100 of p50).
        small=$(app_url "$(subgoal_url "$ID_notes100_citizen" "$ID_notes100_subgoal")"); large=$(app_url "$(subgoal_url "$ID_notes100000_citizen" "$ID_notes100000_subgoal")")
        check "$APP_COOKIE" "$small"; check "$APP_COOKIE" "$large"
        pairs subgoal-app 100 app-cookie "$small" 100k app-cookie "$large" ;;
    write)
        # Written on the plan citizen's first sub-goal, last, so the read scenarios see the seeded data only.
        pairs note-write app app-cookie "$(app_url "$FORM_ACTION")" raw "$RAW_COOKIE" "$(raw_url "$(note_post_url "$ID_plan_citizen")")" "$ROOT/bench/scripts/post-note.lua" ;;
    *) echo "unknown scenario $scenario"; exit 1 ;;
    esac
done

echo
echo "Retning app vs raw path — $PROVIDER, wrk -t2 -c16 -d$DURATION, $PAIRS pairs, $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC')"
python3 "$ROOT/bench/scripts/summarize.py" "$RESULTS"
echo
echo "app peak working set (VmHWM): $(awk '/VmHWM/ { print $2, $3 }' "/proc/$APP_PID_FOR_MEMORY/status")"
