#!/usr/bin/env bash
# Issue 20's benchmark, one command (≈ 15 minutes here): public reads against a static-file host, then live heap per
# circuit at N sessions (default 30) on the self-assessment form and the province dashboard, then on a unit's
# appraisal page (a second portal whose demo year is in appraisal). Each portal is a fresh demo database under
# $LOAD_DIR, Release build, loopback, stopped at the end. Results: docs/performance.md, "Public reads and circuits".
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(cd .. && pwd)"
export LOAD_DIR="${LOAD_DIR:-/tmp/parindex-bench}"
export PORT="${PORT:-5293}"
export PORTAL="http://127.0.0.1:$PORT"
N="${N:-30}"
DLL="$ROOT/artifacts/bin/ParIndex.Web/release/ParIndex.Web.dll"
[ -f "$DLL" ] || dotnet build "$ROOT/src/ParIndex.Web" -c Release -v q
[ -d node_modules ] || npm install --no-audit --no-fund
(cd "$ROOT" && dotnet tool restore > /dev/null)

start_portal() { # $1: name, then extra arguments for the portal
  local name=$1; shift
  mkdir -p "$LOAD_DIR/$name"
  (cd "$ROOT/src/ParIndex.Web" && ASPNETCORE_ENVIRONMENT=Development Demo__Enabled=true \
    ConnectionStrings__Sqlite="Data Source=$LOAD_DIR/$name/portal.db" Evidence__StoragePath="$LOAD_DIR/$name/evidence" \
    Email__PickupFolder="$LOAD_DIR/$name/mail" Serilog__MinimumLevel__Default=Warning \
    Serilog__WriteTo__1__Args__path="$LOAD_DIR/$name/logs/parindex-.log" Reminders__Enabled=false \
    Security__LoginRateLimit__PermitLimit=100000 Security__PublicReadRateLimit__PermitLimit=100000000 \
    Blazor__DisconnectedCircuitRetentionSeconds=20 Blazor__DisconnectedCircuitMaxRetained=200 \
    exec dotnet "$DLL" --urls "$PORTAL" "$@" > "$LOAD_DIR/$name/portal.out" 2>&1) &
  PORTAL_PID=$!
  export PORTAL_PID
  until curl -fs "$PORTAL/health" > /dev/null; do sleep 1; done
}
stop_portal() { kill "$PORTAL_PID" 2> /dev/null || true; wait "$PORTAL_PID" 2> /dev/null || true; }
trap stop_portal EXIT

rm -rf "$LOAD_DIR"
uptime
start_portal open
./public-throughput.sh
for page in self-assessment dashboard; do RETENTION_SECONDS=20 node circuit-heap.mjs "$N" "$page"; done
stop_portal
start_portal appraisal --Demo:Stage=Appraisal
RETENTION_SECONDS=20 node circuit-heap.mjs "$N" appraisal
stop_portal
uptime
