#!/usr/bin/env bash
# The survey benchmark (issue 21, docs/performance.md "Online survey"): a fresh portal with the demo province grown to
# $UNITS (150) units, then load/survey.mjs; the portal is stopped at the end. The survey form's per-address limit is
# lifted: every respondent comes from 127.0.0.1.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
export UNITS="${UNITS:-150}" LOAD_DIR="${LOAD_DIR:-/tmp/parindex-survey-load}" PORT="${PORT:-5293}"
export Security__SurveyRateLimit__PermitLimit=1000000
rm -rf "$LOAD_DIR"
"$HERE/portal.sh" start
trap '"$HERE/portal.sh" stop' EXIT
uptime
PORTAL="http://127.0.0.1:$PORT" PORTAL_PID="$(cat "$LOAD_DIR/portal.pid")" node "$HERE/survey.mjs"
