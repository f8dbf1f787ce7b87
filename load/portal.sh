#!/usr/bin/env bash
# Starts the Release portal for a load run on loopback, with its own SQLite file and evidence folder under
# $LOAD_DIR (default /tmp/parindex-load), the demo province grown to $UNITS units (default 300).
# Usage: load/portal.sh start|stop|deadline <seconds>
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LOAD_DIR="${LOAD_DIR:-/tmp/parindex-load}"
PORT="${PORT:-5291}"
UNITS="${UNITS:-300}"
DLL="${DLL:-$ROOT/artifacts/bin/ParIndex.Web/release/ParIndex.Web.dll}"

export ASPNETCORE_ENVIRONMENT=Development
export ConnectionStrings__Sqlite="Data Source=$LOAD_DIR/portal.db"
export Evidence__StoragePath="$LOAD_DIR/evidence"
export Demo__Enabled=true
# The deadline lock job runs every minute, so the storm's lock can be timed; mail goes to files under LOAD_DIR.
export Reminders__IntervalMinutes=1
export Email__PickupFolder="$LOAD_DIR/mail"
export Serilog__MinimumLevel__Default=Warning
export Serilog__WriteTo__1__Args__path="$LOAD_DIR/logs/parindex-.log"
# Hundreds of accounts sign in from one address: the sign-in limiter is per address, so lift it for the run.
export Security__LoginRateLimit__PermitLimit=100000

case "${1:-start}" in
  start)
    [ -f "$DLL" ] || dotnet build "$ROOT/src/ParIndex.Web" -c Release -v q
    mkdir -p "$LOAD_DIR"
    cd "$ROOT/src/ParIndex.Web"
    dotnet "$DLL" load-province "$UNITS" > "$LOAD_DIR/seed.log"
    tail -1 "$LOAD_DIR/seed.log"
    dotnet "$DLL" --urls "http://127.0.0.1:$PORT" > "$LOAD_DIR/portal.out" 2>&1 &
    echo $! > "$LOAD_DIR/portal.pid"
    until curl -fs "http://127.0.0.1:$PORT/health" > /dev/null; do sleep 1; done
    echo "portal pid $(cat "$LOAD_DIR/portal.pid") on http://127.0.0.1:$PORT"
    ;;
  deadline)
    cd "$ROOT/src/ParIndex.Web"
    dotnet "$DLL" load-deadline "$2" | tail -1
    ;;
  stop)
    kill "$(cat "$LOAD_DIR/portal.pid")" && rm "$LOAD_DIR/portal.pid"
    ;;
esac
