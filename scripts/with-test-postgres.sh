#!/usr/bin/env bash
# Runs a command with a private PostgreSQL for the tests and RETNING_TEST_PG pointing at it,
# then stops the server and deletes its data. For running some integration tests on
# PostgreSQL by hand, e.g.:
#   scripts/with-test-postgres.sh dotnet run --project tests/Retning.IntegrationTests -- -class '*AuditLogTests'
set -euo pipefail
if [ "$#" -eq 0 ]; then
    echo "usage: $0 <command> [args…]" >&2
    exit 2
fi

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=scripts/lib/test-postgres.sh
. "$here/lib/test-postgres.sh"
trap pg_test_stop EXIT
pg_test_start
echo "Test PostgreSQL on 127.0.0.1:$PG_TEST_PORT" >&2
RETNING_TEST_PG=$PG_TEST_CONNECTION "$@"
