#!/usr/bin/env bash
# Two app nodes and the reverse proxy on this machine, sharing one PostgreSQL database; the app is at
# http://localhost:8080 (the proxy), the nodes at :5101 and :5102. Ctrl+C stops all three.
# Usage: FBO_POSTGRES="Host=localhost;Username=fbo;Password=...;Database=fbo" deploy/two-nodes.sh
set -euo pipefail
cd "$(dirname "$0")/.."
: "${FBO_POSTGRES:?set FBO_POSTGRES to the connection string of the database the nodes share}"
dotnet build FrontBackOffice.Web -v q -nologo
dotnet build deploy/Proxy -v q -nologo
# Every node gets the same settings: the provider and the one database (the app's tables and Hangfire's schema).
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Database__Provider=PostgreSql ConnectionStrings__Default="$FBO_POSTGRES" ConnectionStrings__Jobs="$FBO_POSTGRES"
trap 'kill 0' EXIT
dotnet run --no-build --project FrontBackOffice.Web --urls http://127.0.0.1:5101 &
dotnet run --no-build --project FrontBackOffice.Web --urls http://127.0.0.1:5102 &
dotnet run --no-build --project deploy/Proxy
