#!/usr/bin/env bash
# The management figures at region scale (bench/README.md, "The management figures at scale"; docs/adr/0014): for each
# size, a synthetic region (Retning.Bench region, seed 1, three years) in a database of its own, the app in Release on
# it, and one request at a time (curl) to the whole-region figures page as the region reader and to the heaviest pages
# and drill-downs as an offer head — WARM requests not counted, then RUNS timed; median and 90th percentile of each.
#
#   bench/insight.sh postgres 500 5000 20000      a private PostgreSQL (kept in DATA; tuned as bench/README.md says)
#   bench/insight.sh sqlite 300                   one offer's size on SQLite
#   DATA=/var/tmp/retning-insight …               where the generated databases live and are reused (the default);
#                                                 a region is generated only when its database is missing
#   RUNS=15 WARM=5 SKIP_BUILD=1 YEARS=3           the defaults, but SKIP_BUILD (unset: build Release first)
#   ONLY=drill-down                               only the pages whose label holds this text
#   KEEP=1                                        keep the work folder (the app's log)
set -euo pipefail

PROVIDER=${1:?usage: bench/insight.sh postgres|sqlite CITIZENS…}
shift
SIZES=("${@:-500}")
RUNS=${RUNS:-15}
WARM=${WARM:-5}
YEARS=${YEARS:-3}
APP_PORT=${APP_PORT:-5611}
PASSWORD='Demo-Retning-2026!'
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA=${DATA:-/var/tmp/retning-insight}
mkdir -p "$DATA"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/retning-insight.XXXXXX")
BENCH=(dotnet "$ROOT/bench/Retning.Bench/bin/Release/net10.0/Retning.Bench.dll")

# ---- What is measured (adjust here when the pages move) -----------------------------------------------------------
# who|label|address[|after-change|settled]: "region" logs in as the region reader (Sektorledelse), "offer" as the first
# offer's head. "after-change" gives the figures' version a new value right before every request (docs/adr/0015), as a
# save of a goal, an evaluation or a note in an ended month does: the page reads and computes its rows afresh (or waits
# for the refresh already under way). "settled" waits SETTLE seconds (default 12) after the change, as a leader who
# opens the page some seconds after it: the app's refresh has read the kept scopes again. Without either, requests
# after the first reuse the rows read under the unchanged version.
PAGES=(
    "region|whole-region figures page, right after a change|/ledelsesinformation|after-change"
    "region|whole-region figures page, 12 s after a change|/ledelsesinformation|settled"
    "region|whole-region figures page|/ledelsesinformation"
    "region|response rate by offer, month by month|/ledelsesinformation/tal/svarprocent?opdeling=tilbud"
    "region|drill-down: response rate rows (counts only)|/ledelsesinformation/tal/svarprocent?raekker=true"
    "offer|offer figures page, right after a change|/ledelsesinformation|after-change"
    "offer|offer figures page|/ledelsesinformation"
    "offer|drill-down: response rate rows (names)|/ledelsesinformation/tal/svarprocent?raekker=true"
    "offer|drill-down: change in support need rows|/ledelsesinformation/tal/stoettebehov?raekker=true"
    "offer|drill-down: evaluations on time, last page|/ledelsesinformation/tal/evalueringer-til-tiden?raekker=true&side=1000"
)
# -------------------------------------------------------------------------------------------------------------------

APP_PID=""
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2> /dev/null || true
    wait 2> /dev/null || true
    [ -n "${KEEP:-}" ] && echo "kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "${SKIP_BUILD:-}" ]; then
    echo "building (Release) …"
    for project in src/Retning.Web bench/Retning.Bench; do
        dotnet build "$ROOT/$project" -c Release -nologo -v q > "$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
    done
fi

if [ "$PROVIDER" = postgres ]; then
    # One server for every size, kept between runs in $DATA/pg (started again when it is down).
    source "$ROOT/bench/scripts/insight-postgres.sh"
    insight_pg_up "$DATA/pg"
fi

database_of() { # citizens → the arguments for Retning.Bench and the app's settings
    if [ "$PROVIDER" = postgres ]; then
        DB_ARGS=(--pg "$(insight_pg_connection "region$1")")
        APP_DB=(Database__Provider=Postgres "ConnectionStrings__Retning=$(insight_pg_connection "region$1");Pooling=true")
    else
        mkdir -p "$DATA/sqlite$1"
        DB_ARGS=(--sqlite "$DATA/sqlite$1/retning.db")
        APP_DB=("Data__Folder=$DATA/sqlite$1")
    fi
}

ensure_region() { # citizens: generates the region unless its database has it already (the logins file says so)
    local logins="$DATA/$PROVIDER-$1.logins"
    [ -s "$logins" ] && return 0
    [ "$PROVIDER" = postgres ] && insight_pg_create "region$1"
    echo "generating $1 citizens × $YEARS years on $PROVIDER (this takes a while) …"
    "${BENCH[@]}" region --citizens "$1" --years "$YEARS" --seed 1 "${DB_ARGS[@]}" | tee "$DATA/$PROVIDER-$1.generated"
    grep '^login=' "$DATA/$PROVIDER-$1.generated" > "$logins"
}

start_app() {
    (cd "$ROOT/src/Retning.Web" && exec env ASPNETCORE_ENVIRONMENT=Production "ASPNETCORE_URLS=http://127.0.0.1:$APP_PORT" \
        Logging__LogLevel__Default=Warning Reminders__Enabled=false Demo__Seed=false "${APP_DB[@]}" \
        dotnet bin/Release/net10.0/Retning.Web.dll >> "$WORK/app.log" 2>&1) &
    APP_PID=$!
    for _ in $(seq 1 300); do
        curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/health" && return 0
        kill -0 "$APP_PID" 2> /dev/null || { cat "$WORK/app.log"; exit 1; }
        sleep 0.5
    done
    echo "app not healthy"; exit 1
}

source "$ROOT/bench/scripts/login.sh"

measure() { # jar address [after-change|settled] → "median p90 bytes" in ms
    local url="http://127.0.0.1:$APP_PORT$2" times="$WORK/times" status
    change() {
        [ -z "${3:-}" ] || "${BENCH[@]}" touch-insight "${DB_ARGS[@]}"
        [ "${3:-}" != settled ] || sleep "${SETTLE:-12}"
    }
    status=$(curl -s -b "$1" -o "$WORK/page.html" -w '%{http_code}' "$url")
    [ "$status" = 200 ] || { echo "$2 answered $status" >&2; exit 1; }
    for _ in $(seq 1 "$WARM"); do change "$@"; curl -s -b "$1" -o /dev/null "$url"; done
    : > "$times"
    for _ in $(seq 1 "$RUNS"); do change "$@"; curl -s -b "$1" -o /dev/null -w '%{time_total}\n' "$url" >> "$times"; done
    sort -n "$times" | awk -v b="$(wc -c < "$WORK/page.html")" '{ t[NR] = $1 * 1000 } END { printf "%.0f %.0f %d", t[int((NR + 1) / 2)], t[int(NR * 0.9 + 0.5)], b }'
}

RESULTS="$WORK/results.tsv"
for citizens in "${SIZES[@]}"; do
    database_of "$citizens"
    ensure_region "$citizens"
    start_app
    region_user=$(sed -n 's/^login=\(sektorledelse[^ ]*\) .*/\1/p' "$DATA/$PROVIDER-$citizens.logins" | head -1)
    offer_user=$(sed -n 's/^login=\(tilbudsleder[^ ]*\) .*/\1/p' "$DATA/$PROVIDER-$citizens.logins" | head -1)
    log_in "$WORK/region.jar" "http://127.0.0.1:$APP_PORT" "$region_user" "$PASSWORD"
    log_in "$WORK/offer.jar" "http://127.0.0.1:$APP_PORT" "$offer_user" "$PASSWORD"
    for page in "${PAGES[@]}"; do
        IFS='|' read -r who label address after_change <<< "$page"
        [[ "$label" == *"${ONLY:-}"* ]] || continue
        read -r median p90 bytes <<< "$(measure "$WORK/$who.jar" "$address" "$after_change")"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$citizens" "$who" "$label" "$median" "$p90" "$bytes" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$RESULTS"
    done
    kill "$APP_PID"; wait "$APP_PID" 2> /dev/null || true; APP_PID=""
done

echo
echo "Management figures — $PROVIDER, $RUNS timed requests one at a time after $WARM, $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC')"
printf '| citizens | as | page | median ms | p90 ms | KB | load |\n| --- | --- | --- | --- | --- | --- | --- |\n'
awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %.0f | %s |\n", $1, $2, $3, $4, $5, $6 / 1024, $7 }' "$RESULTS"
