#!/usr/bin/env bash
# Runs every test of FrontBackOffice on a fresh machine: installs what the tests need when it is missing (Chromium,
# PostgreSQL), restores the local dotnet tools, runs the whole test project on SQLite, then every test that touches a
# database again on a throwaway PostgreSQL cluster, and ends with "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

summary() { echo "tests: $1 passed, $2 failed"; }

# Installs a Debian package when the command is missing and we are root; otherwise says what to run.
need() {
  local command=$1 package=$2 purpose=$3
  if [ -n "$command" ]; then return 0; fi
  if [ "$(id -u)" = 0 ]; then
    echo "Installing $package (Debian package) for $purpose..."
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -q "$package" >/dev/null 2>&1; then
      apt-get update -q >/dev/null && apt-get install -y -q "$package" >/dev/null
    fi
    return 0
  fi
  echo "$purpose need $package. Install it with: sudo apt-get install -y $package"
  summary 0 1
  exit 1
}

need "$(command -v chromium)" chromium "The browser tests"
command -v chromium >/dev/null 2>&1 || { echo "Chromium did not install."; summary 0 1; exit 1; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
need "$(pg_bin)" postgresql "The PostgreSQL tests"
bin=$(pg_bin)
[ -x "$bin/initdb" ] || { echo "PostgreSQL did not install."; summary 0 1; exit 1; }

dotnet tool restore >/dev/null || { echo "dotnet tool restore failed"; summary 0 1; exit 1; }

# A throwaway PostgreSQL cluster in a temporary folder, on a free port, removed at the end whatever happens.
# initdb refuses to run as root: as root, the server runs as the postgres user the Debian package creates.
pg_dir=$(mktemp -d)
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
stop_postgres() { as_owner "$bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$pg_dir"; }
trap stop_postgres EXIT
pg_port=55432
while (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$((pg_port + 1)); done
if ! as_owner "$bin/initdb" -D "$pg_dir/data" -A trust -U fbo >"$pg_dir/initdb.log" 2>&1 \
  || ! as_owner "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -o \
       "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=500" start >/dev/null; then
  echo "PostgreSQL did not start:"; cat "$pg_dir"/*.log
  summary 0 1
  exit 1
fi
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port ($pg_dir)"

log=$(mktemp)
total_passed=0
total_failed=0
status=0
flaky=""

# The passed and failed counts that "Passed!/Failed!  - Failed: F, Passed: P" lines of the log say, or nothing.
counts() {
  awk '/(Passed|Failed)!  - Failed:/ {
      for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i + 1); if ($i == "Passed:") p += $(i + 1) }
      seen = 1 } END { if (seen) print p + 0, f + 0 }' "$log"
}

# Runs the tests with the given dotnet test arguments and adds up what they say. Browser tests drive Chromium against
# the app on a machine that may be busy: as Playwright's own CI setting does, up to three of them that fail are run once
# more on their own, and the output names each one that passed only then. Any other failure, or a browser test that
# fails twice, fails the run.
run() {
  local name=$1; shift
  local started=$SECONDS
  dotnet test FrontBackOffice.sln "$@" 2>&1 | tee "$log"
  local code=${PIPESTATUS[0]}
  local passed failed
  read -r passed failed <<<"$(counts)"
  if [ -z "$passed" ]; then
    echo "$name: the tests did not run (see the output above)."
    total_failed=$((total_failed + 1))
    status=1
    return
  fi
  local failures
  failures=$(grep -aoP '^\s+Failed \K[\w.]+' "$log" | sort -u)
  if [ "$failed" -gt 0 ] && [ "$failed" -le 3 ] && [ -n "$failures" ] \
    && ! grep -qv '^FrontBackOffice\.Tests\.Browser\.' <<<"$failures"; then
    echo "$name: running the failed browser test(s) once more: $(paste -sd ' ' <<<"$failures")"
    dotnet test FrontBackOffice.sln --no-build --filter "$(sed 's/^/FullyQualifiedName=/' <<<"$failures" | paste -sd '|')" 2>&1 | tee "$log"
    local again_code=${PIPESTATUS[0]} again_passed again_failed
    read -r again_passed again_failed <<<"$(counts)"
    if [ "$again_code" -eq 0 ] && [ "${again_failed:-1}" -eq 0 ] && [ "${again_passed:-0}" -gt 0 ]; then
      flaky="$flaky$failures"$'\n'
      passed=$((passed + failed))
      failed=0
      code=0
    fi
  fi
  [ "$code" -eq 0 ] || status=1
  echo "$name: $passed passed, $failed failed in $((SECONDS - started)) s"
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
}

# The benchmarks (category Benchmark) measure rather than test: README says how to run them.
if [ $# -eq 0 ]; then
  run "SQLite (every test)" --filter "Category!=Benchmark"
else
  run "SQLite (every test)" "$@"
fi
# The domain, component and architecture tests and the migration checks touch no database: they ran once above.
# Arguments given to this script (a --filter, say) choose the tests of both passes instead.
if [ $# -eq 0 ]; then
  set -- --filter "Category!=Benchmark&FullyQualifiedName!~FrontBackOffice.Tests.Domain.&FullyQualifiedName!~FrontBackOffice.Tests.Components.&FullyQualifiedName!~FrontBackOffice.Tests.Architecture.&FullyQualifiedName!~FrontBackOffice.Tests.Company.&FullyQualifiedName!~FrontBackOffice.Tests.Layout.&FullyQualifiedName!~FrontBackOffice.Tests.Migrations."
fi
FBO_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=fbo" run "PostgreSQL (every test that uses a database)" --no-build "$@"
rm -f "$log"

if [ -n "$flaky" ]; then
  echo "Failed once, then passed when run again (flaky, to look into):"
  sed '/^$/d; s/^/  /' <<<"$flaky"
fi
summary "$total_passed" "$total_failed"
[ "$status" -eq 0 ] && [ "$total_failed" -eq 0 ]
