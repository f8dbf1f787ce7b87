#!/usr/bin/env bash
# Writes the idempotent SQL Server migration script (no server needed) to artifacts/sql/sqlserver.sql.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/sql/sqlserver.sql}
mkdir -p "$(dirname "$out")"
dotnet tool restore >/dev/null
dotnet ef migrations script --idempotent --context ParIndexDbContext --no-build \
  --project src/ParIndex.Migrations.SqlServer --startup-project src/ParIndex.Web -o "$out" \
  -- --Database:Provider SqlServer --ConnectionStrings:SqlServer "Server=ci;Database=ParIndex"
test -s "$out"
echo "SQL Server script: $out ($(wc -l < "$out") lines)"
