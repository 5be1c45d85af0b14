#!/usr/bin/env bash
# The test command of the README. On a fresh Debian machine with the .NET SDK and npm it
# installs what is missing (chromium, postgresql, poppler-utils, fonts, LibreOffice, npm packages, dotnet tools),
# starts a private PostgreSQL on 127.0.0.1, builds once and runs:
#   unit tests · integration tests on SQLite · the same on PostgreSQL · browser tests
# It prints one line per level and ends with the closing line "N passed, N failed".
# Exit status 0 only when every level ran and nothing failed.
# Full output of each level: .test-artifacts/<level>.log
set -euo pipefail

cd "$(dirname "$0")"
ROOT=$(pwd)
CONFIG=Release
TFM=net10.0
ARTIFACTS=$ROOT/.test-artifacts
LEVEL_TIMEOUT=${RETNING_TEST_LEVEL_TIMEOUT:-900}   # seconds per level; the whole run stays well under 30 min
START_SECONDS=$SECONDS

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

PASSED=0
FAILED=0
PROBLEMS=0
SUMMARY_LINES=()
CLOSED=0

# shellcheck source=scripts/lib/test-postgres.sh
. "$ROOT/scripts/lib/test-postgres.sh"

closing_line() {
    local failed=$FAILED
    if [ "$PROBLEMS" -gt 0 ] && [ "$failed" -eq 0 ]; then
        failed=$PROBLEMS   # a level that broke without reporting failures still counts as failed
    fi
    echo "$PASSED passed, $failed failed"
    CLOSED=1
}

on_exit() {
    local status=$?
    pg_test_stop
    if [ "$CLOSED" -eq 0 ]; then
        # Stopped early (set-up or build failed, or interrupted): still end with the closing line.
        echo "test.sh stopped before all levels ran (exit $status)." >&2
        [ "$status" -ne 0 ] && PROBLEMS=$((PROBLEMS + 1))
        closing_line
    fi
}
trap on_exit EXIT
trap 'exit 130' INT TERM   # make an interrupt run the EXIT trap too (stop PostgreSQL, closing line)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

section() { echo; echo "== $* =="; }

# ---------------------------------------------------------------------------------------
section "Set-up"
# fonts-dejavu-core: the charts' font (ScottPlot draws æøå with it in SVG and PNG).
# poppler-utils reads the PDFs back; libreoffice-writer-nogui opens the DOCX files and libreoffice-calc-nogui
# the XLSX exports as a real reader.
if [ ! -x /usr/bin/chromium ] || ! compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null \
   || [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || ! command -v pdftotext > /dev/null \
   || ! command -v soffice > /dev/null || [ ! -e /usr/lib/libreoffice/program/libsclo.so ] \
   || ! command -v curl > /dev/null || ! command -v jq > /dev/null; then
    echo "Installing chromium, postgresql, poppler-utils, fonts-dejavu-core, libreoffice-writer-nogui, libreoffice-calc-nogui, curl and jq with apt-get…"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium postgresql poppler-utils fonts-dejavu-core libreoffice-writer-nogui libreoffice-calc-nogui curl jq
fi
if [ ! -d node_modules/dkfds ]; then
    echo "Installing npm packages (npm ci)…"
    npm ci --no-audit --no-fund --loglevel=error
fi
dotnet tool restore > /dev/null
echo "chromium: $(/usr/bin/chromium --version 2>/dev/null | grep -o 'Chromium [0-9.]*' || echo present)"

pg_test_start
echo "PostgreSQL for the tests: 127.0.0.1:$PG_TEST_PORT (data in $PG_TEST_DIR, removed at the end)"

# ---------------------------------------------------------------------------------------
section "Build ($CONFIG)"
if ! dotnet build Retning.slnx -c "$CONFIG" -nologo -v:minimal -clp:ErrorsOnly; then
    echo "The build failed: no tests were run." >&2
    exit 1
fi

# ---------------------------------------------------------------------------------------
# run_level <label> <log name> <test project> [VAR=value …]
# Runs the built xunit v3 test executable (in-process runner) and reads its summary line:
#   "   <Project>  Total: 12, Errors: 0, Failed: 0, Skipped: 1, Not Run: 0, Time: 1.2s"
# or, for a project without tests, "   <Project>  Total: 0".
run_level() {
    local label=$1 name=$2 project=$3
    shift 3
    local dir="tests/$project/bin/$CONFIG/$TFM"
    local log="$ARTIFACTS/$name.log"
    local -a command
    if [ -x "$dir/$project" ]; then
        command=("$dir/$project")
    elif [ -f "$dir/$project.dll" ]; then
        command=(dotnet "$dir/$project.dll")
    else
        echo "$label: the test project $project was not built ($dir)." >&2
        SUMMARY_LINES+=("$label: not built")
        PROBLEMS=$((PROBLEMS + 1))
        return
    fi

    section "$label"
    local status=0
    # The demo log-in list that every in-process app prints at start-up (and blank lines) go to the log only.
    set +e
    env "$@" timeout --kill-after=30 "$LEVEL_TIMEOUT" "${command[@]}" -noColor -noAutoReporters 2>&1 \
        | tee "$log" \
        | grep --line-buffered -v -E '^Retning demo — fictional data|^  [^ ]+@demo\.retning\.dk |^[[:space:]]*$'
    status=${PIPESTATUS[0]}
    set -e

    local summary
    summary=$(grep -E "^[[:space:]]*$project[[:space:]]+Total: [0-9]+" "$log" | tail -n 1 || true)
    if [ -z "$summary" ]; then
        local why="printed no test summary (exit $status)"
        [ "$status" -eq 124 ] && why="timed out after $LEVEL_TIMEOUT s"
        echo "$label: $why — see $log" >&2
        SUMMARY_LINES+=("$label: $why")
        PROBLEMS=$((PROBLEMS + 1))
        return
    fi

    local total failed errors skipped notrun
    total=$(sed -E 's/.*Total: ([0-9]+).*/\1/' <<< "$summary")
    failed=$(grep -oE 'Failed: [0-9]+' <<< "$summary" | grep -oE '[0-9]+' || echo 0)
    errors=$(grep -oE 'Errors: [0-9]+' <<< "$summary" | grep -oE '[0-9]+' || echo 0)
    skipped=$(grep -oE 'Skipped: [0-9]+' <<< "$summary" | grep -oE '[0-9]+' || echo 0)
    notrun=$(grep -oE 'Not Run: [0-9]+' <<< "$summary" | grep -oE '[0-9]+' || echo 0)
    local passed=$((total - failed - skipped - notrun))
    failed=$((failed + errors))

    PASSED=$((PASSED + passed))
    FAILED=$((FAILED + failed))
    local line="$label: $passed passed, $failed failed"
    [ "$skipped" -gt 0 ] && line+=", $skipped skipped"
    [ "$notrun" -gt 0 ] && line+=", $notrun not run"
    if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
        line+=" (exit $status)"
        PROBLEMS=$((PROBLEMS + 1))
    fi
    SUMMARY_LINES+=("$line")
}

mkdir -p "$ARTIFACTS"
run_level "unit" unit Retning.UnitTests -u RETNING_TEST_PG
run_level "integration (SQLite)" integration-sqlite Retning.IntegrationTests -u RETNING_TEST_PG
run_level "integration (PostgreSQL)" integration-postgres Retning.IntegrationTests "RETNING_TEST_PG=$PG_TEST_CONNECTION"
run_level "browser" browser Retning.BrowserTests -u RETNING_TEST_PG

# Stop PostgreSQL now, so nothing is printed after the closing line.
pg_test_stop

section "Summary"
for line in "${SUMMARY_LINES[@]}"; do
    echo "$line"
done
echo "time: $((SECONDS - START_SECONDS)) s"
closing_line
[ "$FAILED" -eq 0 ] && [ "$PROBLEMS" -eq 0 ]
