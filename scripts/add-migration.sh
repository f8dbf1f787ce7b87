#!/usr/bin/env bash
# Adds a migration with the same name to both providers' migrations projects (docs/adr/0002).
# Usage: scripts/add-migration.sh <Name>
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" --context ParIndexDbContext \
    --project "src/ParIndex.Migrations.$provider" --startup-project src/ParIndex.Web \
    --output-dir Migrations -- --Database:Provider "$provider" \
    --ConnectionStrings:SqlServer "Server=localhost;Database=ParIndex;Trusted_Connection=False;TrustServerCertificate=True"
done
