#!/usr/bin/env bash
# Public reads against static files (issue 20): requests per second of the portal's anonymous ranking JSON and a public
# unit page, each beside Kestrel serving the very same bytes as a static file (load/static-host), measured in the same
# run and alternated: static, portal, static, portal… ROUNDS times (default 3), wrk -t1 -c16 for DURATION seconds (default 10)
# each; prints the medians and the ratio portal ÷ static. Targets: JSON ≥ 0.50, unit page ≥ 0.25.
# Needs a portal running (load/portal.sh start, or PORTAL=http://127.0.0.1:port) and wrk (installed from Debian if missing).
set -euo pipefail
cd "$(dirname "$0")"
PORTAL="${PORTAL:-http://127.0.0.1:${PORT:-5291}}"
STATIC_PORT="${STATIC_PORT:-5292}"
ROUNDS="${ROUNDS:-3}"
SECONDS_EACH="${DURATION:-10}"
WORK="${LOAD_DIR:-/tmp/parindex-load}/static"
command -v wrk > /dev/null || { apt-get update -qq && apt-get install -y -qq wrk > /dev/null; } || sudo apt-get install -y -qq wrk

# The newest published year and its first unit, as a citizen would find them.
mkdir -p "$WORK"
curl -fs "$PORTAL/api/public/results" -o "$WORK/results.json"
read -r YEAR CODE < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["selected"]; print(r["year"], r["blocks"][0]["rows"][0]["code"])' "$WORK/results.json")
JSON_PATH="/api/public/results"
PAGE_PATH="/public/$YEAR/units/$CODE"
curl -fs "$PORTAL$PAGE_PATH" -o "$WORK/unit.html"
echo "bytes: results.json $(stat -c %s "$WORK/results.json"), unit page $PAGE_PATH $(stat -c %s "$WORK/unit.html")"

dotnet run static-host/static-host.cs -c Release -- "$WORK" "http://127.0.0.1:$STATIC_PORT" > "$WORK/static-host.log" 2>&1 &
STATIC_PID=$!
# `dotnet run` starts the built host as its child: stop the child, then the parent.
trap 'pkill -P $STATIC_PID 2> /dev/null; kill $STATIC_PID 2> /dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$STATIC_PORT/results.json" > /dev/null; do sleep 1; done

rps() { wrk -t1 -c16 -d"${SECONDS_EACH}s" "$1" | awk '/Requests\/sec/ {print $2}'; }
declare -A runs
for round in $(seq "$ROUNDS"); do
  runs[json_static]+="$(rps "http://127.0.0.1:$STATIC_PORT/results.json") "
  runs[json_portal]+="$(rps "$PORTAL$JSON_PATH") "
  runs[page_static]+="$(rps "http://127.0.0.1:$STATIC_PORT/unit.html") "
  runs[page_portal]+="$(rps "$PORTAL$PAGE_PATH") "
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for what in json page; do
  s=$(echo "${runs[${what}_static]}" | median)
  p=$(echo "${runs[${what}_portal]}" | median)
  printf '%-5s static %9.0f req/s [%s]  portal %9.0f req/s [%s]  ratio %.2f\n' "$what" "$s" "${runs[${what}_static]% }" "$p" "${runs[${what}_portal]% }" "$(python3 -c "print($p / $s)")"
done
uptime
