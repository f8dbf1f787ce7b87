#!/usr/bin/env bash
# The whole deadline-rush run on this machine (about 12 minutes): a fresh portal with 300 units, the days before the
# deadline (every criterion answered), the peak hour at 1× and 3×, circuits, the deadline minute and the lock job.
# Each step is checked in the database right after it (verify.py); the portal is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")"
export LOAD_DIR="${LOAD_DIR:-/tmp/parindex-load}"
rm -rf "$LOAD_DIR"
[ -d node_modules ] || npm install --no-audit --no-fund
./portal.sh start
export PORTAL_PID="$(cat "$LOAD_DIR/portal.pid")"
trap './portal.sh stop' EXIT

uptime
node rush.mjs prepare
node rush.mjs rush 1 && python3 verify.py rush-x1
node rush.mjs rush 3 && python3 verify.py rush-x3
# Circuits before the storm, while every form is still editable (the heaviest the page gets).
for page in self-assessment dashboard; do
  for n in 10 25; do node circuits.mjs "$n" "$page"; done
done
node rush.mjs storm && python3 verify.py storm
sleep 70   # the lock job runs every minute
EXPECT_LOCKED=1 python3 verify.py storm
uptime
