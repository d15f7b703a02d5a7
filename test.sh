#!/usr/bin/env bash
# Runs every test of FrontBackOffice on a fresh machine: installs what the tests need when it is missing,
# restores the local dotnet tools, runs the whole test project and ends with "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

summary() { echo "tests: $1 passed, $2 failed"; }

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing Chromium (Debian package) for the browser tests..."
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -q chromium >/dev/null 2>&1; then
      apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null
    fi
  fi
  if ! command -v chromium >/dev/null 2>&1; then
    echo "The browser tests need Chromium. Install it with: sudo apt-get install -y chromium"
    summary 0 1
    exit 1
  fi
fi

dotnet tool restore >/dev/null || { echo "dotnet tool restore failed"; summary 0 1; exit 1; }

log=$(mktemp)
dotnet test FrontBackOffice.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# dotnet test ends each test assembly with "Passed!  - Failed: F, Passed: P, ..." (or "Failed!  - ...").
read -r passed failed < <(awk '/(Passed|Failed)!  - Failed:/ {
    for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i + 1); if ($i == "Passed:") p += $(i + 1) }
    seen = 1 } END { if (seen) print p + 0, f + 0 }' "$log")
rm -f "$log"
if [ -z "$passed" ]; then
  echo "The tests did not run (see the build output above)."
  summary 0 1
  exit 1
fi
summary "$passed" "$failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
