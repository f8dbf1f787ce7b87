#!/usr/bin/env bash
# Runs every test of ParIndex (unit, application on SQLite, web host, browser) and prints
# the closing line "N passed, N failed". Installs Debian's chromium first if it is missing.
set -uo pipefail
cd "$(dirname "$0")"

step() { printf '\n==> %s\n' "$*"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x /usr/bin/chromium ] || ! command -v pdftoppm >/dev/null 2>&1 || [ ! -d /usr/share/fonts/truetype/noto ] || [ ! -d /usr/share/fonts/truetype/liberation2 ]; then
  step "Installing chromium, Noto and Liberation fonts and poppler-utils from Debian's packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core fonts-liberation2 poppler-utils >/dev/null \
    || { echo "Could not install chromium; browser tests need /usr/bin/chromium."; exit 1; }
fi

step "Restoring tools and packages"
dotnet tool restore >/dev/null || exit 1
dotnet restore ParIndex.sln --nologo -v quiet || exit 1

step "Building"
dotnet build ParIndex.sln --no-restore --nologo -v quiet -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }

step "Testing"
mkdir -p artifacts/test-results artifacts/screenshots
log=artifacts/test-results/dotnet-test.log
dotnet test ParIndex.sln --no-build --nologo --results-directory artifacts/test-results 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}

passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1   # the run broke before reporting (crash, timeout): never report green
fi
echo "$passed passed, $failed failed"
exit "$rc"
